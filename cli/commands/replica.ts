import { Command } from 'commander';
import { UsageError } from '../../lib/errors.js';
import { getLogger } from '../../lib/logger.js';
import type { CategoryRates, Replica, ReplicaOptions } from '../../replica/index.js';

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
    throw new UsageError(`--${name} ${value} is not a whole number ≥ ${min}`);
  return number;
}

/** `age_limit=0.05,duplicate=0.2` → rates. */
function parseRates(text: string): Partial<CategoryRates> {
  const rates: Record<string, number> = {};
  for (const part of text.split(',').filter(Boolean)) {
    const [key, value] = part.split('=');
    const rate = Number(value);
    if (!key || !Number.isFinite(rate) || rate < 0 || rate > 1) {
      throw new UsageError(
        `--rates: "${part}" is not category=share`,
        'e.g. --rates age_limit=0.05,duplicate=0.2',
      );
    }
    rates[key] = rate;
  }
  return rates as Partial<CategoryRates>;
}

/** Turns the command-line flags into replica options. */
export async function replicaOptionsFrom(flags: ReplicaFlags): Promise<ReplicaOptions> {
  const { parseFaults } = await import('../../replica/index.js');
  const port = integer('port', flags.port, 0);
  if (port > 65535) throw new UsageError(`--port ${flags.port} is not a port number`);
  const rateLimit =
    flags.rateLimit === 'off'
      ? false
      : (() => {
          const perSecond = Number(flags.rateLimit);
          if (!Number.isFinite(perSecond) || perSecond <= 0)
            throw new UsageError('--rate-limit takes requests per second, or "off"');
          return {
            perSecond,
            burst: flags.burst ? integer('burst', flags.burst, 1) : Math.max(1, Math.ceil(perSecond)),
          };
        })();
  let faults: ReplicaOptions['faults'];
  try {
    faults = flags.faults ? parseFaults(flags.faults) : undefined;
  } catch (error) {
    throw new UsageError(`--faults: ${error instanceof Error ? error.message : String(error)}`);
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
    .description(
      'run a local replica of France Travail (API, website, partner pages) with a seeded corpus whose defects are known',
    )
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--offers <n>', 'offers online at start', '100000')
    .option('--seed <n>', 'corpus seed: the same seed gives the same offers', '42')
    .option(
      '--faults <spec>',
      'faults, e.g. latency=200,5xx=0.05,429=0.02,reset=0.01,truncate=0.01,malformed=0.01,trickle=0.01,drift=rename',
    )
    .option('--rate-limit <perSecond>', 'API token bucket per client, in requests per second, or "off"', '10')
    .option('--burst <n>', 'bucket size of the rate limit (default: the rate)')
    .option('--token-ttl <seconds>', 'expires_in of the OAuth2 tokens', '1499')
    .option('--epoch <n>', 'advance the corpus n months at start (offers expire, appear, change)', '0')
    .option('--crawl-delay <seconds>', 'add a Crawl-delay line to robots.txt')
    .option('--rates <list>', 'planting rates, e.g. age_limit=0.05,duplicate=0.2')
    .option('--reference-date <iso>', 'the corpus "now" (default 2026-11-15T12:00:00Z)')
    .option('--truth <file>', 'also write the ground truth of every offer to this JSONL file')
    .addHelpText(
      'after',
      `
Paths: /partenaire/offresdemploi/v2/offres/search, /offres/{id}, /referentiel/{name}  (the API)
       /connexion/oauth2/access_token?realm=%2Fpartenaire  (tokens)
       /offres/recherche, /offres/recherche/detail/{id}, /robots.txt  (the website)
       /_partners/{slug}/offres/{id}  (partner pages), /_truth/{id}  (ground truth)
       POST /_admin/faults {json}, POST /_admin/advance {"expire":0.1,"add":0.1,"modify":0.05}

Examples:
  $ vigie replica
  $ vigie replica --port 8080 --offers 1000000 --seed 42
  $ vigie replica --offers 20000 --faults latency=100,5xx=0.02,429=0.01 --rate-limit 3
  $ vigie replica --rate-limit off --truth truth.jsonl`,
    )
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
