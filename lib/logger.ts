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

/** Removes the password from a connection URL and any token-looking query parameter from a URL. */
export function redactUrl(url: string): string {
  return url
    .replace(/(\/\/[^:/@\s]+:)[^@/\s]+@/g, '$1***@')
    .replace(/([?&](?:client_secret|access_token|token|password)=)[^&\s]+/gi, '$1***');
}

/** Redacts secrets inside free text (error messages may quote a URL or a header). */
export function redactText(text: string): string {
  return redactUrl(text).replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/g, '$1***');
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

let root: Logger | undefined;

/**
 * The process-wide logger: human-readable on a terminal, JSON lines otherwise (pipes, CI, files). Logs go to
 * stderr so that stdout stays clean for data (`--json`).
 */
export function configureLogger(options: { level?: LogLevel; pretty?: boolean } = {}): Logger {
  const level = options.level ?? (process.env.VIGIE_LOG_LEVEL as LogLevel | undefined) ?? 'info';
  const pretty = options.pretty ?? (process.stderr.isTTY === true && process.env.VIGIE_LOG_FORMAT !== 'json');
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
          options: { destination: 2, colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' },
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
