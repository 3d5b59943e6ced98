/**
 * Guarantee 5 — secrets kept.
 *
 * The API client secret, the access tokens France Travail issues, and the database password never appear in
 * logs (debug level included), error messages, reports or the database. A full `vigie audit` runs as a process
 * against the replica with distinctive credentials — and, on PostgreSQL, as a role of its own whose password is
 * in DATABASE_URL — and every output is searched: stdout, stderr, every report file, and every text and JSON
 * column of every table. Failing runs (refused credentials, a database that refuses the connection) are searched
 * too, since secrets leak most easily through error messages.
 *
 * tests/lib/logger.test.ts tests the redaction rules one by one; tests/check/check-replica.test.ts checks that
 * `vigie check` does not print refused credentials.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, type Engine, openDatabase, type VigieDatabase } from '../../db/connect.js';
import { type Replica, startReplica } from '../../replica/index.js';
import { engines, postgresUrl } from '../helpers/databases.js';
import { cliStorage, onCleanup, runVigie } from './helpers/cli-storage.js';

const CLIENT_ID = 'vigie-secrets-test';
const CLIENT_SECRET = `S3CR3T-${randomBytes(9).toString('hex')}`;

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers.splice(0)) await close().catch(() => {});
});

/** Every file under a folder, as text (a PDF's text streams are compressed, so reports here are text formats). */
function filesUnder(dir: string): Array<[string, string]> {
  return readdirSync(dir).flatMap((name): Array<[string, string]> => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [[path, readFileSync(path, 'latin1')]];
  });
}

/** Every text, varchar, json and jsonb value of every table Vigie created, as text, labelled by table.column. */
async function dumpTextColumns(database: VigieDatabase): Promise<string[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and data_type in ('text', 'character varying', 'json', 'jsonb')
    order by table_name, column_name`.execute(database.db);
  const values: string[] = [];
  for (const { table_name, column_name } of columns.rows) {
    const rows = await sql<{
      value: string | null;
    }>`select ${sql.ref(column_name)}::text as value from ${sql.table(table_name)}`.execute(database.db);
    for (const row of rows.rows) if (row.value) values.push(`${table_name}.${column_name}: ${row.value}`);
  }
  return values;
}

/** The token endpoint of a replica, passed through, keeping every access token it hands out. */
async function tokenRecorder(target: Replica): Promise<{ url: string; tokens: string[] }> {
  const tokens: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const upstream = await fetch(target.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': request.headers['content-type'] ?? 'application/x-www-form-urlencoded' },
      body: Buffer.concat(chunks),
    });
    const body = await upstream.text();
    const token = /"access_token"\s*:\s*"([^"]+)"/.exec(body)?.[1];
    if (token) tokens.push(token);
    response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/connexion/oauth2/access_token?realm=%2Fpartenaire`, tokens };
}

/**
 * On PostgreSQL, a login role with a password and a schema of its own, as a real deployment has: the password
 * travels in DATABASE_URL. (The test server trusts local connections, so the password is carried, not checked:
 * what is under test is where it shows up.)
 */
async function storageWithPassword(engine: Engine): Promise<{
  env: Record<string, string>;
  args: string[];
  open: () => Promise<VigieDatabase>;
  password: string | undefined;
  badEnv: Record<string, string> | undefined;
}> {
  if (engine === 'pglite') {
    const storage = await cliStorage('pglite');
    return { ...storage, password: undefined, badEnv: undefined };
  }
  const suffix = randomBytes(5).toString('hex');
  const role = `vigie_secret_${suffix}`;
  const schema = `s_${suffix}`;
  const password = `PGPA55-${randomBytes(9).toString('hex')}`;
  const admin = await openDatabase({ url: postgresUrl!, migrate: false, poolSize: 1 });
  await sql`create role ${sql.id(role)} login password ${sql.lit(password)}`.execute(admin.db);
  await sql`create schema ${sql.id(schema)} authorization ${sql.id(role)}`.execute(admin.db);
  onCleanup(async () => {
    await dropSchema(admin.db, schema).catch(() => {});
    await sql`drop role if exists ${sql.id(role)}`.execute(admin.db).catch(() => {});
    await admin.close();
  });
  const url = new URL(postgresUrl!);
  url.username = role;
  url.password = password;
  url.searchParams.set('options', `-c search_path=${schema}`);
  const bad = new URL(url.href);
  bad.pathname = `/no_such_database_${suffix}`;
  return {
    env: { DATABASE_URL: url.href },
    args: [],
    open: () => openDatabase({ url: url.href, poolSize: 1 }),
    password,
    badEnv: { DATABASE_URL: bad.href },
  };
}

for (const engine of engines) {
  describe(`secrets in every output of a full audit [${engine}]`, () => {
    it('never show the client secret, the tokens or the database password', async () => {
      const target = await startReplica({
        offers: 400,
        seed: 17,
        rateLimit: false,
        // Short-lived tokens: the run renews them, so more than one token is issued and searched for.
        tokenTtlSeconds: 4,
        credentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
      });
      closers.push(() => target.close());
      const recorder = await tokenRecorder(target);
      const storage = await storageWithPassword(engine);
      const out = mkdtempSync(join(tmpdir(), 'vigie-secrets-'));
      onCleanup(() => rmSync(out, { recursive: true, force: true }));

      const common = [
        '--api-url',
        target.apiUrl,
        '--token-url',
        recorder.url,
        '--rate',
        '300',
        '--partner-rate',
        '300',
        '--no-browser',
      ];
      const env = {
        ...storage.env,
        FT_CLIENT_ID: CLIENT_ID,
        FT_CLIENT_SECRET: CLIENT_SECRET,
        VIGIE_LOG_LEVEL: 'debug',
      };
      const audit = await runVigie(
        [
          ...storage.args,
          '--log-level',
          'debug',
          'audit',
          '--sample',
          '80',
          '--seed',
          '5',
          '--out',
          out,
          '--format',
          'html,md,csv,json',
          '--json',
          ...common,
        ],
        env,
      ).done;
      expect(audit.code, audit.stderr.slice(-2000)).toBe(0);
      // The logs really were at debug level, or searching them proves little.
      expect(audit.stderr).toContain('"level":"debug"');

      // Failing runs: credentials refused, and (PostgreSQL) a database that refuses the connection.
      const refused = await runVigie(
        [...storage.args, '--log-level', 'debug', 'crawl', '--sample', '5', ...common],
        { ...env, FT_CLIENT_SECRET: `${CLIENT_SECRET}-WRONG` },
      ).done;
      expect(refused.code).not.toBe(0);
      const outputs = [audit.stdout, audit.stderr, refused.stdout, refused.stderr];
      if (storage.badEnv) {
        const noDatabase = await runVigie(['--log-level', 'debug', 'audits'], {
          ...storage.badEnv,
          VIGIE_LOG_LEVEL: 'debug',
        }).done;
        expect(noDatabase.code).toBe(3);
        expect(noDatabase.stderr).toContain('***@');
        outputs.push(noDatabase.stdout, noDatabase.stderr);
      }

      const files = filesUnder(out);
      // The offers, the CGT comparison and the application links as CSV; HTML, JSON and Markdown.
      expect(files.map(([path]) => path.split('.').pop()).sort()).toEqual([
        'csv',
        'csv',
        'csv',
        'html',
        'json',
        'md',
      ]);
      const database = await storage.open();
      let columns: string[];
      try {
        columns = await dumpTextColumns(database);
      } finally {
        await database.close();
      }
      expect(columns.some((value) => value.startsWith('offers.raw'))).toBe(true);

      expect(recorder.tokens.length).toBeGreaterThan(0);
      const secrets = [CLIENT_SECRET, ...recorder.tokens, ...(storage.password ? [storage.password] : [])];
      const places: Array<[string, string]> = [
        ...outputs.map((text, index): [string, string] => [`process output ${index}`, text]),
        ...files,
        ...columns.map((value): [string, string] => [value.slice(0, value.indexOf(':')), value]),
      ];
      const leaks = places.flatMap(([where, text]) =>
        secrets
          .filter((secret) => text.includes(secret))
          .map((secret) => `${where} holds ${secret.slice(0, 10)}…`),
      );
      expect(leaks).toEqual([]);
    }, 300_000);
  });
}
