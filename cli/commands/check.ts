import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { CheckError } from '../../check/check-error.js';
import type { CheckSettingFlags } from '../../check/check-settings.js';
import type { CheckLookup } from '../../check/run-check.js';
import type { Verdict } from '../../check/verdict.js';
import type { DatabaseOptions } from '../../db/connect.js';
import { getLogger } from '../../lib/logger.js';
import type { InEachLanguage } from '../../lib/messages.js';
import { terminalLine, terminalSafeJson } from '../../lib/terminal-text.js';
import { globalOptions } from '../global-options.js';
import { catalogueOf, type Language, language, messages } from '../i18n/index.js';

export interface CheckCommandOptions extends CheckSettingFlags {
  /** An offer id, a France Travail link or a partner link. */
  input?: string;
  /** A file of offers saved from the API (checked as they are: nothing is fetched unless `follow`), or the plain
   * text of an offer. */
  file?: string;
  /** The pasted text of an offer (title, description, "Type de contrat : …" lines): judged as it is. */
  text?: string;
  /** With `file`: also read the partner pages the offers link to. @default false */
  follow?: boolean;
  json?: boolean;
  /** Where to look for duplicates; undefined: no database. */
  database?: DatabaseOptions;
  env?: NodeJS.ProcessEnv;
  /** The language of the verdict's framing and of the errors. @default the CLI's (`--lang`, `VIGIE_LANG`) */
  language?: Language;
}

export interface CheckCommandResult {
  /** 0 genuine, 1 flagged (or expired), 2 no verdict. */
  exitCode: 0 | 1 | 2;
  verdicts: Verdict[];
  /** What the command prints on stdout. */
  output: string;
  /** What it prints on stderr (errors, and lines of a file that were skipped, in the CLI's language). */
  errors: string;
}

/**
 * `vigie check`: the verdict on one offer. Callable from tests; never throws for a bad input or a failed fetch
 * (those are exit code 2 with a message in the CLI's language). The classifiers, the crawler, the database and Chromium are all
 * loaded only when needed, so `--file` answers in well under a second.
 */
export async function runCheckCommand(options: CheckCommandOptions): Promise<CheckCommandResult> {
  const [{ formatVerdict }, { toCheckError }] = await Promise.all([
    import('../../check/format-verdict.js'),
    import('../../check/to-check-error.js'),
  ]);
  const said = options.language ?? language();
  const close: Array<() => Promise<void>> = [];
  const skipped: InEachLanguage[] = [];
  try {
    const verdicts =
      options.text !== undefined
        ? [await (await import('../../check/check-text.js')).checkText(options.text)]
        : options.file
          ? await checkFile(options, close, skipped)
          : await checkInput(
              options,
              options.database ? await openLookup(options.database, close) : undefined,
              close,
            );
    const output = options.json
      ? `${terminalSafeJson(verdicts.length === 1 ? verdicts[0] : verdicts, 2)}\n`
      : verdicts.map((verdict) => formatVerdict(verdict, said)).join('\n');
    const exitCode = verdicts.every((verdict) => verdict.genuine) ? 0 : 1;
    return { exitCode, verdicts, output, errors: skippedLines(skipped, said) };
  } catch (error) {
    const failure = toCheckError(error);
    if (failure.code === 'internal') getLogger('check').error({ err: error }, 'check failed unexpectedly');
    // The message, its hint and its context (a file, a host) in the CLI's language.
    const text = failure.saidIn(said);
    const context = failure.context ? `  ${terminalLine(failure.context[said])}\n` : '';
    const advice =
      failure.code === 'malformed' || failure.code === 'too_long'
        ? catalogueOf(said).checkErrors.textAdvice
        : '';
    return {
      exitCode: 2,
      verdicts: [],
      output: options.json ? `${terminalSafeJson({ error: errorJson(failure, said) })}\n` : '',
      errors: `${skippedLines(skipped, said)}vigie: ${text.message}\n${context}  → ${text.hint ?? ''}\n${advice}`,
    };
  } finally {
    for (const release of close) await release().catch(() => {});
  }
}

function errorJson(failure: CheckError, language: Language) {
  const { message, hint } = failure.saidIn(language);
  return {
    code: failure.code,
    message,
    ...(failure.context ? { context: failure.context[language] } : {}),
    hint,
  };
}

function skippedLines(skipped: readonly InEachLanguage[], language: Language): string {
  return skipped.map((line) => `vigie: ${terminalLine(line[language])}\n`).join('');
}

async function checkInput(
  options: CheckCommandOptions,
  lookup: CheckLookup | undefined,
  close: Array<() => Promise<void>>,
): Promise<Verdict[]> {
  const [{ checkSettingsFrom, inputHostsOf }, { runCheck }] = await Promise.all([
    import('../../check/check-settings.js'),
    import('../../check/run-check.js'),
  ]);
  const settings = checkSettingsFrom(options, options.env);
  const fetcher = await openFetcher(options, close);
  const verdict = await runCheck(options.input ?? '', {
    fetcher,
    hosts: inputHostsOf(settings),
    siteUrl: settings.siteUrl,
    ...(lookup ? { lookup } : {}),
  });
  return [verdict];
}

/**
 * `--file`: offers saved from the API (each line or item that is not an offer is skipped and said, with its
 * number), or the plain text of one offer. The file's problems (missing, empty, broken JSON) are CheckErrors in
 * both languages naming the file, and the line and column for broken JSON.
 */
async function checkFile(
  options: CheckCommandOptions,
  close: Array<() => Promise<void>>,
  skipped: InEachLanguage[],
): Promise<Verdict[]> {
  const path = options.file ?? '';
  const [{ inspectCheckFile, fileCheckError, inFile, rejection }, { CheckError }] = await Promise.all([
    import('../../check/check-file.js'),
    import('../../check/check-error.js'),
  ]);
  const content = await inspectCheckFile(path);
  if (content.kind === 'text')
    return [await (await import('../../check/check-text.js')).checkText(content.text)];

  const lookup = options.database ? await openLookup(options.database, close) : undefined;
  const [{ readOffersFile }, { checkOffer }] = await Promise.all([
    import('../../crawler/sources/file/read-offers-file.js'),
    import('../../check/run-check.js'),
  ]);
  const fetcher = options.follow ? await openFetcher(options, close) : undefined;
  const verdicts: Verdict[] = [];
  try {
    for await (const entry of readOffersFile(path)) {
      if (!entry.ok) {
        skipped.push(rejection(path, entry));
        continue;
      }
      const partnerPages = fetcher ? await fetcher.partnerPagesOf(entry.offer) : [];
      verdicts.push(await checkOffer(entry.offer, { partnerPages, ...(lookup ? { lookup } : {}) }));
    }
  } catch (error) {
    throw fileCheckError(error) ?? error;
  }
  if (verdicts.length === 0) {
    throw new CheckError('file_no_offers', `${skipped.length} entries rejected`, {
      context: inFile(
        path,
        skipped.length === 0
          ? undefined
          : skipped.length === 1
            ? {
                fr: 'sa seule entrée a été ignorée, voir plus haut',
                en: 'its only entry was skipped, see above',
              }
            : {
                fr: `ses ${skipped.length} entrées ont été ignorées, voir plus haut`,
                en: `its ${skipped.length} entries were skipped, see above`,
              },
      ),
    });
  }
  return verdicts;
}

async function openFetcher(options: CheckCommandOptions, close: Array<() => Promise<void>>) {
  const [{ checkSettingsFrom }, { createCheckFetcher }] = await Promise.all([
    import('../../check/check-settings.js'),
    import('../../check/crawler-fetcher.js'),
  ]);
  const fetcher = await createCheckFetcher(checkSettingsFrom(options, options.env));
  close.push(() => fetcher.close());
  return fetcher;
}

/** Duplicates come from past audits; without a database (or if it is busy), the check goes on without them. */
async function openLookup(
  options: DatabaseOptions,
  close: Array<() => Promise<void>>,
): Promise<CheckLookup | undefined> {
  try {
    const [{ openDatabase }, { databaseLookup }] = await Promise.all([
      import('../../db/connect.js'),
      import('../../check/database-lookup.js'),
    ]);
    const database = await openDatabase({ ...options, migrate: false });
    close.push(() => database.close());
    return databaseLookup(database.db);
  } catch (error) {
    getLogger('check').warn(
      { err: error instanceof Error ? error.message : String(error) },
      'database not available: duplicates are not looked up',
    );
    return undefined;
  }
}

/**
 * The database to look duplicates up in: DATABASE_URL, --db or VIGIE_DB when given; else the default embedded
 * database only if it exists (opening it would create an empty one). `--file` uses only an explicit one: PGlite
 * takes seconds to start, and a file check should answer at once.
 */
export function databaseForCheck(
  flags: { db?: string; noDb?: boolean; file?: string },
  env: NodeJS.ProcessEnv,
  defaultDir: string,
): DatabaseOptions | undefined {
  if (flags.noDb) return undefined;
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const explicit = flags.db ?? env.VIGIE_DB;
  if (explicit) return explicit === 'memory://' ? undefined : { path: explicit };
  if (flags.file) return undefined;
  return existsSync(defaultDir) ? { path: defaultDir } : undefined;
}

/**
 * Where a check reads France Travail and partner pages, and how long it waits: the options `vigie check` and
 * `vigie serve` share (both turn them into check settings).
 */
export function addCheckSourceOptions(command: Command): Command {
  return command
    .option('--api-url <url>', messages().check.apiUrl)
    .option('--site-url <url>', messages().check.siteUrl)
    .option('--token-url <url>', messages().check.tokenUrl)
    .option('--partner-host <host...>', messages().check.partnerHost)
    .option('--timeout <ms>', messages().check.timeout)
    .option('--no-browser', messages().check.noBrowser);
}

export function checkCommand(): Command {
  return addCheckSourceOptions(
    new Command('check')
      .description(messages().check.description)
      .argument('[offer]', messages().check.offer)
      .option('--file <path>', messages().check.file)
      .option('--text <text>', messages().check.text)
      .option('--follow', messages().check.follow)
      .option('--json', messages().check.json),
  )
    .addOption(new Option('--no-duplicates', messages().check.noDuplicates))
    .addHelpText('after', messages().check.footer)
    .action(
      async (
        input: string | undefined,
        flags: CheckSettingFlags & {
          file?: string;
          text?: string;
          follow?: boolean;
          json?: boolean;
          duplicates?: boolean;
        },
        command: Command,
      ) => {
        const db = globalOptions(command).db;
        const text = flags.text === '-' ? await readStdinText() : flags.text;
        // The default folder is worked out only when it may be used: db/connect.js loads the database engines.
        const defaultDir =
          flags.file || text !== undefined ? '' : (await import('../../db/connect.js')).defaultDataDir();
        const database = databaseForCheck(
          {
            ...(db ? { db } : {}),
            noDb: flags.duplicates === false,
            ...(flags.file ? { file: flags.file } : text !== undefined ? { file: '-' } : {}),
          },
          process.env,
          defaultDir,
        );
        const { duplicates: _duplicates, text: _text, ...settings } = flags;
        const result = await runCheckCommand({
          ...settings,
          ...(text !== undefined ? { text } : {}),
          ...(input !== undefined ? { input } : {}),
          ...(database ? { database } : {}),
        });
        process.stdout.write(result.output);
        process.stderr.write(result.errors);
        process.exitCode = result.exitCode;
      },
    );
}

/**
 * The text of `--text -`, read from stdin up to a little past the limit (the check then says it is too long,
 * with its length, rather than cutting it). On a terminal, a line on stderr says how to end the paste.
 */
async function readStdinText(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(messages().check.pastePrompt);
  const { MAX_TEXT_LENGTH } = await import('../../check/text-limits.js');
  const limit = MAX_TEXT_LENGTH * 4 + 4;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    size += buffer.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}
