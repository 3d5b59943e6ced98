import { Command } from 'commander';
import type { CheckSettingFlags } from '../../check/check-settings.js';
import type { DatabaseOptions, VigieDatabase } from '../../db/connect.js';
import { UsageError } from '../../lib/errors.js';
import { getLogger } from '../../lib/logger.js';
import type { RunningServer } from '../../web/server.js';
import { globalOptions } from '../global-options.js';
import { messages } from '../i18n/index.js';
import { CLI_MESSAGES } from '../messages.js';
import { positiveInteger } from '../option-parsers.js';
import { addCheckSourceOptions } from './check.js';

export interface ServeOptions extends CheckSettingFlags {
  port?: number;
  host?: string;
  /** The database of past audits; undefined: the pages about audits say there are none. */
  database?: DatabaseOptions;
  trustProxy?: boolean;
  /** Checks a client may make per minute. @default 12 */
  perMinute?: number;
  /** Checks running at once, all clients together. @default 4 */
  maxChecks?: number;
  /** Checks one client may run at once. @default half of maxChecks, at least 1 */
  maxChecksPerClient?: number;
  env?: NodeJS.ProcessEnv;
}

export interface ServeHandle extends RunningServer {
  /** Stops the server, Chromium and the database. */
  stop(): Promise<void>;
}

/**
 * `vigie serve`: starts the web page for jobseekers with the real check (France Travail or a replica, per the
 * same settings as `vigie check`) and the audits of the database.
 */
export async function runServe(options: ServeOptions): Promise<ServeHandle> {
  const [{ checkSettingsFrom, inputHostsOf }, { createCheckFetcher }, { runCheck }, { startServer }] =
    await Promise.all([
      import('../../check/check-settings.js'),
      import('../../check/crawler-fetcher.js'),
      import('../../check/run-check.js'),
      import('../../web/server.js'),
    ]);
  const settings = checkSettingsFrom(options, options.env);
  const fetcher = await createCheckFetcher(settings);
  const database = options.database ? await openOptional(options.database) : undefined;
  const lookup = database
    ? (await import('../../check/database-lookup.js')).databaseLookup(database.db)
    : undefined;
  const hosts = inputHostsOf(settings);
  const perMinute = options.perMinute ?? 12;
  const server = await startServer({
    port: options.port ?? 3000,
    host: options.host ?? '127.0.0.1',
    hosts,
    check: (query, signal) =>
      runCheck(query, {
        fetcher,
        hosts,
        siteUrl: settings.siteUrl,
        signal,
        ...(lookup ? { lookup } : {}),
      }),
    ...(database ? { audits: (await import('../../web/audit-pages.js')).auditPages(database.db) } : {}),
    rateLimit: { burst: Math.max(1, Math.min(perMinute, 10)), perSecond: perMinute / 60 },
    trustProxy: options.trustProxy === true,
    ...(options.maxChecks !== undefined ? { maxConcurrentChecks: options.maxChecks } : {}),
    ...(options.maxChecksPerClient !== undefined ? { maxChecksPerClient: options.maxChecksPerClient } : {}),
  });
  return {
    ...server,
    async stop() {
      await server.close();
      await fetcher.close();
      await database?.close();
    },
  };
}

async function openOptional(options: DatabaseOptions): Promise<VigieDatabase | undefined> {
  try {
    const { openDatabase } = await import('../../db/connect.js');
    // Held for the server's life: a CLI command on the same embedded database is told at once who holds it.
    return await openDatabase({ ...options, longLived: true });
  } catch (error) {
    getLogger('web').warn(
      { err: error instanceof Error ? error.message : String(error) },
      'database not available: the audit pages will be empty',
    );
    return undefined;
  }
}

export function serveCommand(): Command {
  return addCheckSourceOptions(
    new Command('serve')
      .description(messages().serve.description)
      .option('--port <port>', messages().serve.port, '3000')
      .option('--host <host>', messages().serve.host, '127.0.0.1'),
  )
    .option('--per-minute <n>', messages().serve.perMinute, '12')
    .option('--trust-proxy', messages().serve.trustProxy)
    .option('--max-checks <n>', messages().serve.maxChecks, positiveInteger)
    .option('--max-checks-per-client <n>', messages().serve.maxChecksPerClient, positiveInteger)
    .addHelpText('after', messages().serve.footer)
    .action(
      async (
        flags: CheckSettingFlags & {
          port: string;
          host: string;
          perMinute: string;
          trustProxy?: boolean;
          maxChecks?: number;
          maxChecksPerClient?: number;
        },
        command: Command,
      ) => {
        const port = Number(flags.port);
        const perMinute = Number(flags.perMinute);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new UsageError(CLI_MESSAGES.notPort({ option: '--port', value: flags.port }));
        }
        if (!Number.isFinite(perMinute) || perMinute <= 0) {
          throw new UsageError(
            CLI_MESSAGES.notPositiveNumber({ option: '--per-minute', value: flags.perMinute }),
          );
        }
        const { databaseOptionsFromEnvironment } = await import('../../db/connect.js');
        const handle = await runServe({
          ...flags,
          port,
          perMinute,
          database: databaseOptionsFromEnvironment(globalOptions(command)),
        });
        process.stderr.write(messages().serve.listening(handle.url));
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            handle.stop().finally(resolve);
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
      },
    );
}
