/**
 * What Vigie tells its users when something goes wrong, in each language the CLI speaks. Each layer keeps its own
 * catalogue (db/messages.ts, crawler/messages.ts, …) with the French and the English text of every message side by
 * side; an error carries the message's code and parameters, and the CLI says it in its own language
 * (VigieError.saidIn). Logs stay in English and do not come from here.
 */

/** The languages users are spoken to in: French by default, English on request (`--lang en`, `VIGIE_LANG=en`). */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A short text in each language, side by side: a context line, a label, a sentence of a verdict. */
export type InEachLanguage = Readonly<Record<Language, string>>;

/** A message as the user reads it: what went wrong, and what to do about it in one sentence. */
export interface Said {
  message: string;
  hint?: string;
}

/** One message with its parameters filled in, ready to be said in either language. */
export interface Message {
  /** Stable and machine-readable ("db.postgres_unreachable"): tests and callers tell messages apart by it. */
  readonly code: string;
  saidIn(language: Language): Said;
}

/** The French and the English text of one message, from the same typed parameters. */
export type Texts<P> = Readonly<Record<Language, (params: P) => Said>>;

/** A message function: its typed parameters in, a Message out. Its code and texts are kept for tests. */
export interface MessageDefinition<P> {
  (params: P): Message;
  readonly code: string;
  readonly texts: Texts<P>;
}

/**
 * Defines one message: `defineMessage<{ file: string }>('check.file_missing', { fr: …, en: … })`. Both languages
 * are required by the type, and take the same parameters.
 */
export function defineMessage<P = void>(code: string, texts: Texts<P>): MessageDefinition<P> {
  const build = (params: P): Message => ({ code, saidIn: (language) => texts[language](params) });
  return Object.assign(build, { code, texts });
}

/** A message whose text is already written (a third party's, or one kept as it is): the same in every language. */
export function verbatim(code: string, said: Said): Message {
  return { code, saidIn: () => said };
}
