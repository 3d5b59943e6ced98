import { LANGUAGES, type Language } from '../../lib/messages.js';
import { type Catalogue, en, fr } from './messages.js';

export type { Catalogue, Language };

/** The languages the CLI speaks: French by default, English on request. Logs stay in English either way. */
export { LANGUAGES };

const CATALOGUES: Record<Language, Catalogue> = { fr, en };

let current: Language = 'fr';

function isLanguage(value: string | undefined): value is Language {
  return value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language asked for: `--lang en|fr` (or `--lang=en`) anywhere before `--`, else `VIGIE_LANG`, else French.
 * Read from the raw arguments because help texts are written when the commands are built, before commander parses
 * them; an unknown value is left to commander's own choice check.
 */
export function languageFrom(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--') break;
    const value =
      argument === '--lang'
        ? argv[index + 1]
        : argument.startsWith('--lang=')
          ? argument.slice(7)
          : undefined;
    if (value !== undefined) return isLanguage(value) ? value : 'fr';
  }
  const fromEnv = env.VIGIE_LANG?.trim().toLowerCase().slice(0, 2);
  return isLanguage(fromEnv) ? fromEnv : 'fr';
}

export function setLanguage(language: Language): void {
  current = language;
}

export function language(): Language {
  return current;
}

/** The messages of the current language. */
export function messages(): Catalogue {
  return CATALOGUES[current];
}

/** The messages of one language (tests compare them). */
export function catalogueOf(language: Language): Catalogue {
  return CATALOGUES[language];
}
