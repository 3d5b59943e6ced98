import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { CrawlOptions } from '../../../crawler/crawl.js';
import { dropSchema, openDatabase, type VigieDatabase } from '../../../db/connect.js';
import { listOfferIds } from '../../../db/offers.js';
import {
  DEFAULT_CREDENTIALS,
  type Replica,
  type ReplicaOptions,
  startReplica,
} from '../../../replica/index.js';
import { postgresUrl } from '../../helpers/databases.js';

const replicas: Replica[] = [];
const databases: VigieDatabase[] = [];

afterAll(async () => {
  for (const replica of replicas.splice(0)) await replica.close().catch(() => {});
  for (const database of databases.splice(0)) await database.close().catch(() => {});
});

export async function replica(options: ReplicaOptions): Promise<Replica> {
  // The replica's own rate limit is off unless a test wants it: the crawler's limiter is what is under test.
  const started = await startReplica({ rateLimit: false, ...options });
  replicas.push(started);
  return started;
}

/**
 * A database for end-to-end crawls: PostgreSQL when TEST_DATABASE_URL is set (much faster for thousands of
 * offers), the embedded PGlite otherwise. Each gets its own schema, dropped afterwards. The pool is the CLI's
 * default size (10): with fewer, four crawl workers, planning and the shared limiter queued for connections long
 * enough on a loaded machine for the pool's 10-second wait to fail a 20,000-offer census.
 */
export async function crawlDatabase(): Promise<VigieDatabase> {
  const schema = `c_${randomBytes(5).toString('hex')}`;
  let database: VigieDatabase;
  if (postgresUrl) {
    const inner = await openDatabase({ url: postgresUrl, schema, poolSize: 10 });
    database = {
      ...inner,
      async close() {
        await dropSchema(inner.db, schema).catch(() => {});
        await inner.close();
      },
    };
  } else {
    database = await openDatabase({ inMemory: true });
  }
  databases.push(database);
  return database;
}

/** Crawl settings pointing at a replica, fast (no politeness waits to speak of), API or website. */
export function replicaSettings(
  target: Pick<Replica, 'apiUrl' | 'tokenUrl' | 'siteUrl'>,
  source: 'api' | 'site' = 'api',
): CrawlOptions {
  return {
    source,
    ...(source === 'api'
      ? { clientId: DEFAULT_CREDENTIALS.clientId, clientSecret: DEFAULT_CREDENTIALS.clientSecret }
      : {}),
    apiUrl: target.apiUrl,
    tokenUrl: target.tokenUrl,
    siteUrl: target.siteUrl,
    rate: 1000,
    partnerRate: 1000,
    concurrency: 4,
    partners: false,
    browser: false,
    baseDelayMs: 20,
    maxDelayMs: 200,
    progress: false,
  };
}

export async function storedIds(database: VigieDatabase, auditId: number): Promise<string[]> {
  return listOfferIds(database.db, auditId);
}

export interface ReplicaProcess {
  url: string;
  apiUrl: string;
  tokenUrl: string;
  siteUrl: string;
  close(): Promise<void>;
}

/** A replica in a child process (see replica-process.ts): for the big census, where one core is not enough. */
export async function replicaProcess(options: ReplicaOptions): Promise<ReplicaProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', REPLICA_SCRIPT, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const end = buffer.indexOf('\n');
      if (end >= 0) resolve(buffer.slice(0, end));
    });
    child.once('exit', (code) => reject(new Error(`the replica process exited with ${code}`)));
  });
  const urls = JSON.parse(line) as Omit<ReplicaProcess, 'close'>;
  const handle: ReplicaProcess = {
    ...urls,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
  children.push(handle);
  return handle;
}

const REPLICA_SCRIPT = fileURLToPath(new URL('./replica-process.ts', import.meta.url));
const children: ReplicaProcess[] = [];
afterAll(async () => {
  for (const child of children.splice(0)) await child.close();
});
