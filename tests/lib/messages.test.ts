import { describe, expect, it } from 'vitest';
import { CHECK_ERRORS, CheckError, type CheckErrorCode, checkErrorSaid } from '../../check/check-error.js';
import { CLI_MESSAGES } from '../../cli/messages.js';
import { CRAWLER_MESSAGES } from '../../crawler/messages.js';
import { DB_MESSAGES } from '../../db/messages.js';
import { FETCH_HINTS, type FetchHint, LIB_MESSAGES } from '../../lib/error-messages.js';
import { DatabaseError } from '../../lib/errors.js';
import { FetchFailure } from '../../lib/http/fetch-failure.js';
import { defineMessage, LANGUAGES, type MessageDefinition } from '../../lib/messages.js';
import { MODEL_MESSAGES } from '../../model/messages.js';
import { PIPELINE_MESSAGES } from '../../pipeline/messages.js';
import { REPORTS_MESSAGES } from '../../reports/messages.js';

/** Every catalogue of user-facing error messages (lib/messages.ts), layer by layer. */
const CATALOGUES: Record<string, Record<string, MessageDefinition<never>>> = {
  cli: CLI_MESSAGES,
  crawler: CRAWLER_MESSAGES,
  db: DB_MESSAGES,
  lib: LIB_MESSAGES,
  model: MODEL_MESSAGES,
  pipeline: PIPELINE_MESSAGES,
  reports: REPORTS_MESSAGES,
};

const definitions = Object.entries(CATALOGUES).flatMap(([layer, catalogue]) =>
  Object.entries(catalogue).map(([name, definition]) => ({ layer, name, definition })),
);

/** The parameters that choose between texts rather than being said in them, by message: a real value is given. */
const CHOICES: Record<string, Record<string, unknown>> = {
  'crawler.source_reason': { reason: 'no_credentials' },
  'cli.faults': { problem: 'unknown' },
};

/**
 * Parameters whose every field reads as its own name ("‹folder›"), so that a text shows which ones it says;
 * a choosing parameter gets one of its codes where a message is keyed by it.
 */
function namedParameters(code: string): never {
  const choices = CHOICES[code] ?? {};
  // A stand-in for any message's parameters: the test cannot name each message's own type.
  return new Proxy(
    {},
    {
      get: (_target, key) => (typeof key === 'string' && key in choices ? choices[key] : `‹${String(key)}›`),
    },
  ) as never;
}

function parametersSaid(text: string): string[] {
  return [...text.matchAll(/‹(\w+)›/g)].map((match) => match[1]!).sort();
}

describe('the error catalogues', () => {
  it('give each message a code of its own, named after its layer', () => {
    const codes = definitions.map(({ definition }) => definition.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { layer, definition } of definitions)
      expect(definition.code).toMatch(new RegExp(`^${layer}\\.[a-z_]+$`));
  });

  it.each(definitions.map(({ layer, name, definition }) => [`${layer}.${name}`, definition] as const))(
    'say %s in French and in English, with the same facts',
    (_name, definition) => {
      const [french, english] = LANGUAGES.map((language) =>
        definition.texts[language](namedParameters(definition.code)),
      );
      expect(french!.message.trim()).not.toBe('');
      expect(english!.message).not.toBe(french!.message);
      // A hint in one language and not the other would leave a reader without what to do.
      expect(english!.hint === undefined).toBe(french!.hint === undefined);
      // The cause (a server's reason, a file name) is said in both.
      expect(parametersSaid(`${english!.message} ${english!.hint ?? ''}`)).toEqual(
        parametersSaid(`${french!.message} ${french!.hint ?? ''}`),
      );
      // French typography left in the English text is a sign of an untranslated message.
      expect(`${english!.message} ${english!.hint ?? ''}`).not.toMatch(/[«»]|\s[:;?!](\s|$)/);
    },
  );
});

describe('an error built from a message', () => {
  const unreachable = defineMessage<{ host: string }>('test.unreachable', {
    fr: ({ host }) => ({ message: `impossible de joindre ${host}`, hint: 'réessayez' }),
    en: ({ host }) => ({ message: `cannot reach ${host}`, hint: 'try again' }),
  });

  it('is French by default, says itself in English on request, and keeps its code and cause', () => {
    const cause = new Error('ECONNREFUSED');
    const error = new DatabaseError(unreachable({ host: 'db.example' }), { cause });
    expect(error.message).toBe('impossible de joindre db.example');
    expect(error.hint).toBe('réessayez');
    expect(error.saidIn('en')).toEqual({ message: 'cannot reach db.example', hint: 'try again' });
    expect(error.saidIn('fr')).toEqual({ message: 'impossible de joindre db.example', hint: 'réessayez' });
    expect(error.messageCode).toBe('test.unreachable');
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('DatabaseError');
  });
});

describe('a request that failed for good', () => {
  it.each(Object.keys(FETCH_HINTS) as FetchHint[])(
    'quotes its technical line as it is and says what to do (%s) in each language',
    (hint) => {
      const line = 'GET https://example.org/offres failed after 7 attempts: connect ECONNREFUSED';
      const failure = new FetchFailure('network', line, 'https://example.org/offres', null, 7, hint);
      const french = failure.saidIn('fr');
      const english = failure.saidIn('en');
      expect(french.message).toBe(line);
      expect(english.message).toBe(line);
      expect(failure.message).toBe(line);
      expect(french.hint).toBe(FETCH_HINTS[hint].fr);
      expect(english.hint).toBe(FETCH_HINTS[hint].en);
      expect(french.hint).not.toBe(english.hint);
      expect(english.hint).not.toMatch(/[«»’]|\s[:;?!](\s|$)/);
    },
  );

  it('tells the French reader to run the command again by default', () => {
    const failure = new FetchFailure('http_503', 'GET https://example.org failed after 3 attempts: 503', 'x');
    expect(failure.hint).toMatch(/^la requête a été réessayée .* relancez la même commande/);
  });
});

describe('the check’s own messages', () => {
  const codes = Object.keys(CHECK_ERRORS) as CheckErrorCode[];

  it.each(codes)('say %s in French and in English, each with what to do', (code) => {
    const french = checkErrorSaid(code, 'fr');
    const english = checkErrorSaid(code, 'en');
    for (const said of [french, english]) {
      expect(said.message.trim()).not.toBe('');
      expect(said.hint.trim()).not.toBe('');
    }
    expect(english.message).not.toBe(french.message);
    expect(english.hint).not.toBe(french.hint);
    // The French labels the reader is asked to type ("Type de contrat : …") are quoted as they are.
    const unquoted = `${english.message} ${english.hint}`.replace(/"[^"]*"/g, '""');
    expect(unquoted).not.toMatch(/[«»]|\s[:;?!](\s|$)/);
  });

  it('are what a CheckError says, French by default, under codes of their own', () => {
    for (const code of codes) {
      const error = new CheckError(code);
      expect(error.message).toBe(CHECK_ERRORS[code].fr.message);
      expect(error.hint).toBe(CHECK_ERRORS[code].fr.hint);
      expect(error.saidIn('en')).toEqual(CHECK_ERRORS[code].en);
      expect(error.messageCode).toBe(`check.${code}`);
    }
    const all = [
      ...codes.map((code) => `check.${code}`),
      ...definitions.map(({ definition }) => definition.code),
    ];
    expect(new Set(all).size).toBe(all.length);
  });
});
