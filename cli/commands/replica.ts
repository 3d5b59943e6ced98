import { Command } from 'commander';
import { UsageError } from '../../lib/errors.js';
import { getLogger } from '../../lib/logger.js';
import type { CategoryRates, Replica, ReplicaOptions } from '../../replica/index.js';
import { messages } from '../i18n/index.js';
import { CLI_MESSAGES } from '../messages.js';

interface ReplicaFlags {
  port: string;
  host: string;
  offers: string;
  seed: string;
  faults?: string;
  rateLimit: string;
  burst?: string;
  tokenTtl: string;
  epoch: string;
  crawlDelay?: string;
  rates?: string;
  truth?: string;
  referenceDate?: string;
}

function integer(name: string, value: string, min: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new UsageError(CLI_MESSAGES.notWholeNumberAtLeast({ option: `--${name}`, value, min }));
  return number;
}

/** `age_limit=0.05,duplicate=0.2` → rates. */
function parseRates(text: string): Partial<CategoryRates> {
  const rates: Record<string, number> = {};
  for (const part of text.split(',').filter(Boolean)) {
    const [key, value] = part.split('=');
    const rate = Number(value);
    if (!key || !Number.isFinite(rate) || rate < 0 || rate > 1) {
      throw new UsageError(CLI_MESSAGES.rates({ part }));
    }
    rates[key] = rate;
  }
  return rates as Partial<CategoryRates>;
}

/** Turns the command-line flags into replica options. */
export async function replicaOptionsFrom(flags: ReplicaFlags): Promise<ReplicaOptions> {
  const { FaultsSyntaxError, parseFaults } = await import('../../replica/index.js');
  const port = integer('port', flags.port, 0);
  if (port > 65535) throw new UsageError(CLI_MESSAGES.notPort({ option: '--port', value: flags.port }));
  const rateLimit =
    flags.rateLimit === 'off'
      ? false
      : (() => {
          const perSecond = Number(flags.rateLimit);
          if (!Number.isFinite(perSecond) || perSecond <= 0)
            throw new UsageError(CLI_MESSAGES.rateLimit({ value: flags.rateLimit }));
          return {
            perSecond,
            burst: flags.burst ? integer('burst', flags.burst, 1) : Math.max(1, Math.ceil(perSecond)),
          };
        })();
  let faults: ReplicaOptions['faults'];
  try {
    faults = flags.faults ? parseFaults(flags.faults) : undefined;
  } catch (error) {
    if (error instanceof FaultsSyntaxError) {
      throw new UsageError(CLI_MESSAGES.faults({ problem: error.problem, part: error.part }), {
        cause: error,
      });
    }
    throw error;
  }
  return {
    port,
    host: flags.host,
    offers: integer('offers', flags.offers, 1),
    seed: integer('seed', flags.seed, 0),
    faults,
    rateLimit,
    tokenTtlSeconds: integer('token-ttl', flags.tokenTtl, 1),
    epoch: integer('epoch', flags.epoch, 0),
    crawlDelaySeconds: flags.crawlDelay !== undefined ? Number(flags.crawlDelay) : undefined,
    rates: flags.rates ? parseRates(flags.rates) : undefined,
    referenceDate: flags.referenceDate,
  };
}

/** What `vigie replica` prints: where everything is, and the demo credentials, as environment lines too. */
export function describeReplica(replica: Replica): string {
  return [
    `Replica of France Travail: ${replica.total} offers online`,
    `  website   ${replica.siteUrl}/offres/recherche`,
    `  API       ${replica.apiUrl}`,
    `  token     ${replica.tokenUrl}`,
    `  truth     ${replica.url}/_truth/{id}`,
    `  client    ${replica.credentials.clientId} / ${replica.credentials.clientSecret}`,
    '',
    `FT_API_URL=${replica.apiUrl}`,
    `FT_TOKEN_URL=${replica.tokenUrl}`,
    `FT_SITE_URL=${replica.siteUrl}`,
    `FT_CLIENT_ID=${replica.credentials.clientId}`,
    `FT_CLIENT_SECRET=${replica.credentials.clientSecret}`,
    '',
  ].join('\n');
}

export function replicaCommand(): Command {
  return new Command('replica')
    .description(messages().replica.description)
    .option('--port <port>', messages().replica.port, '8080')
    .option('--host <host>', messages().replica.host, '127.0.0.1')
    .option('--offers <n>', messages().replica.offers, '100000')
    .option('--seed <n>', messages().replica.seed, '42')
    .option('--faults <spec>', messages().replica.faults)
    .option('--rate-limit <perSecond>', messages().replica.rateLimit, '10')
    .option('--burst <n>', messages().replica.burst)
    .option('--token-ttl <seconds>', messages().replica.tokenTtl, '1499')
    .option('--epoch <n>', messages().replica.epoch, '0')
    .option('--crawl-delay <seconds>', messages().replica.crawlDelay)
    .option('--rates <list>', messages().replica.rates)
    .option('--reference-date <iso>', messages().replica.referenceDate)
    .option('--truth <file>', messages().replica.truth)
    .addHelpText('after', messages().replica.footer)
    .action(async (flags: ReplicaFlags) => {
      const log = getLogger('replica');
      const options = await replicaOptionsFrom(flags);
      const { startReplica } = await import('../../replica/index.js');
      const started = performance.now();
      const replica = await startReplica(options);
      log.info(
        { offers: replica.corpus.size, ms: Math.round(performance.now() - started), url: replica.url },
        'replica started',
      );
      if (flags.truth) {
        await replica.writeTruth(flags.truth);
        log.info({ file: flags.truth }, 'truth written');
      }
      process.stdout.write(describeReplica(replica));
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          log.info('stopping');
          replica.close().finally(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
