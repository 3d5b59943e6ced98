import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Paths pino blanks in every log line. Secrets travel in options, headers and URLs; naming them here once means
 * no call site has to remember.
 */
const REDACTED_PATHS = [
  'clientSecret',
  'client_secret',
  'accessToken',
  'access_token',
  'token',
  'password',
  'authorization',
  'Authorization',
  'headers.authorization',
  'headers.Authorization',
  '*.clientSecret',
  '*.client_secret',
  '*.accessToken',
  '*.access_token',
  '*.token',
  '*.password',
  '*.authorization',
  '*.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  'databaseUrl',
  '*.databaseUrl',
];

/**
 * The password of a URL's userinfo: everything from the first `:` after the user up to the last `@` of the word.
 * A password may hold an unencoded `/` or `@` (drivers accept such strings), so neither ends it; a URL without
 * credentials but with an `@` further on loses a little more than its password, which is the safe side.
 */
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s"'<>]*:)\S*@/gi;
/**
 * `password=…` in key=value connection strings (libpq's `host=db password=…`, ADO's `Password=…;`, a
 * `PGPASSWORD=…` in a command line) and in query strings: a quoted value to its closing quote, an unquoted one to
 * the next whitespace (a password may hold `&` or `;`, so neither ends it).
 */
const KEY_VALUE_SECRET =
  /((?<![\w-])(?:password|passwd|pwd|pgpassword|client_secret|access_token|refresh_token|token)\s*=\s*)(?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|\S+)/gi;

/** Removes the password from a connection URL or string, and any token-looking parameter from a URL. */
export function redactUrl(url: string): string {
  return url.replace(URL_PASSWORD, '$1***@').replace(KEY_VALUE_SECRET, '$1***');
}

/** Redacts secrets inside free text (error messages may quote a URL or a header). */
export function redactText(text: string): string {
  return redactUrl(text).replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/g, '$1***');
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export type LogFormat = 'auto' | 'json' | 'pretty';

let root: Logger | undefined;

/**
 * The process-wide logger. Logs are in English and go to stderr, so that stdout stays clean for data (`--json`):
 * - as JSON lines when asked (`format: 'json'`, `--log-format json`, `VIGIE_LOG_FORMAT=json`), or when stderr is
 *   not a terminal and no progress display is shown (pipes, CI, files, cron);
 * - otherwise as readable lines: on a terminal, and beside a progress display (`vigie demo`, `vigie audit`), whose
 *   French lines must not be mixed with JSON;
 * - beside a progress display only warnings and errors, unless a level is asked (`level`, `VIGIE_LOG_LEVEL`).
 */
export function configureLogger(
  options: { level?: LogLevel; pretty?: boolean; format?: LogFormat; progress?: boolean } = {},
): Logger {
  const asked = options.level ?? LOG_LEVELS.find((name) => name === process.env.VIGIE_LOG_LEVEL);
  const level = asked ?? (options.progress ? 'warn' : 'info');
  const pretty =
    options.pretty ?? prettyLogs(options.format ?? logFormatFromEnv(), options.progress === true);
  const base = {
    level,
    redact: { paths: REDACTED_PATHS, censor: '***' },
    formatters: { level: (label: string) => ({ level: label }) },
    hooks: {
      logMethod(
        this: Logger,
        args: Parameters<Logger['info']>,
        method: (...rest: Parameters<Logger['info']>) => void,
      ) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)) as Parameters<Logger['info']>,
        );
      },
    },
  };
  root = pretty
    ? pino({
        ...base,
        transport: {
          target: 'pino-pretty',
          options: {
            destination: 2,
            colorize: process.stderr.isTTY === true,
            ignore: 'pid,hostname',
            translateTime: 'HH:MM:ss',
          },
        },
      })
    : pino(base, pino.destination({ fd: 2, sync: true }));
  return root;
}

/** A child logger for one part of Vigie ("crawler", "db", …). */
export function getLogger(component: string): Logger {
  root ??= configureLogger();
  return root.child({ component });
}

function logFormatFromEnv(): LogFormat {
  const format = process.env.VIGIE_LOG_FORMAT;
  return format === 'json' || format === 'pretty' ? format : 'auto';
}

/** Whether logs are readable lines rather than JSON: the policy of configureLogger, as a pure function. */
export function prettyLogs(
  format: LogFormat,
  progress: boolean,
  terminal = process.stderr.isTTY === true,
): boolean {
  if (format !== 'auto') return format === 'pretty';
  return terminal || progress;
}
