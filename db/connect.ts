import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { inspect } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, type Migration, type MigrationProvider, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { DatabaseError } from '../lib/errors.js';
import { getLogger, redactUrl } from '../lib/logger.js';
import { DB_MESSAGES } from './messages.js';
import { migrations } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';
import { lockDataDir } from './pglite-lock.js';
import type { Schema } from './schema.js';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** A PostgreSQL connection URL; when set, the embedded database is not used. */
  url?: string;
  /** The embedded database's folder. @default `$VIGIE_DB` or `~/.local/share/vigie/db` */
  path?: string;
  /** `memory://` keeps the embedded database in memory (tests, one-off checks). */
  inMemory?: boolean;
  /** An already open PGlite instance to use (and not close): tests share one per file. */
  pglite?: PGlite;
  /** A Postgres schema to work in, created if missing: lets tests isolate themselves in one database. */
  schema?: string;
  /** Run pending migrations on open. @default true */
  migrate?: boolean;
  /** Connections in the PostgreSQL pool. @default 10 */
  poolSize?: number;
  /**
   * This process keeps the embedded database open for its whole life (`vigie serve`): another process opening
   * it is told at once who holds it, instead of waiting. @default false
   */
  longLived?: boolean;
}

export interface VigieDatabase {
  db: Kysely<Schema>;
  engine: Engine;
  /** Where the data lives, with any password removed: safe to print. */
  location: string;
  close(): Promise<void>;
}

/** The options the CLI gives: DATABASE_URL wins, then `--db`, then VIGIE_DB, then the per-user default. */
export function databaseOptionsFromEnvironment(
  flags: { db?: string },
  env: NodeJS.ProcessEnv = process.env,
): DatabaseOptions {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const path = flags.db ?? env.VIGIE_DB ?? defaultDataDir(env);
  return path === 'memory://' ? { inMemory: true } : { path: resolve(path) };
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'vigie', 'db');
}

export async function openDatabase(options: DatabaseOptions): Promise<VigieDatabase> {
  const opened = options.url ? await openPostgres(options.url, options) : await openPGlite(options);
  try {
    if (options.schema) {
      validateSchemaName(options.schema);
      await createSchema(opened, options.schema);
      if (opened.engine === 'pglite')
        await sql`set search_path to ${sql.id(options.schema)}`.execute(opened.db);
    }
    if (options.migrate !== false) await migrate(opened);
    return opened;
  } catch (error) {
    await opened.close();
    throw error;
  }
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<VigieDatabase> {
  // Counts come back as bigint (int8); every count Vigie handles fits a double.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  const location = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client that loses its server (a restart) emits here; without a listener the process would crash.
  pool.on('error', (error) =>
    getLogger('db').warn({ err: error.message }, 'idle PostgreSQL connection lost'),
  );
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseError(
      DB_MESSAGES.postgresUnreachable({
        location,
        reason: error instanceof Error ? redactUrl(error.message) : String(error),
      }),
      { cause: error },
    );
  }
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', location, close: () => db.destroy() };
}

/**
 * The embedded database's folder, as PGlite must be given it: symbolic links followed (PGlite cannot open a
 * folder through one), and never a folder that already holds other files (PGlite would write its own among them).
 */
function embeddedFolder(path: string): string {
  const folder = existsSync(path) ? realpathSync(path) : resolve(path);
  if (!existsSync(folder)) return folder;
  if (!statSync(folder).isDirectory()) {
    throw new DatabaseError(DB_MESSAGES.folderIsAFile({ folder }));
  }
  const entries = readdirSync(folder);
  if (entries.length > 0 && !entries.includes('PG_VERSION')) {
    throw new DatabaseError(
      DB_MESSAGES.folderNotADatabase({
        folder,
        entries: `${entries.slice(0, 3).join(', ')}${entries.length > 3 ? '…' : ''}`,
      }),
    );
  }
  return folder;
}

async function openPGlite(options: DatabaseOptions): Promise<VigieDatabase> {
  if (options.pglite) {
    const db = new Kysely<Schema>({ dialect: new PGliteDialect(options.pglite) });
    return { db, engine: 'pglite', location: 'shared PGlite', close: () => db.destroy() };
  }
  const inMemory = options.inMemory === true || options.path === 'memory://';
  const dataDir = inMemory ? undefined : embeddedFolder(options.path ?? defaultDataDir());
  const release = dataDir ? await lockDataDir(dataDir, { longLived: options.longLived === true }) : () => {};
  let pglite: PGlite;
  try {
    pglite = dataDir ? new PGlite(dataDir) : new PGlite();
    await pglite.waitReady;
  } catch (error) {
    release();
    // PGlite rejects with plain objects as well as Errors: either way the reason is said, never "[object Object]".
    const reason =
      error instanceof Error ? error.message : inspect(error, { depth: 2, breakLength: Infinity });
    throw new DatabaseError(DB_MESSAGES.embeddedUnopenable({ dataDir, reason }), { cause: error });
  }
  const db = new Kysely<Schema>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    location: dataDir ?? 'memory',
    async close() {
      // The lock goes whatever happens to the close (a full disk refusing the last checkpoint).
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}

/** The PostgreSQL advisory lock that migrations, and the drops of schemas, take one at a time. */
const MIGRATION_LOCK_ID = 727_071_001;

/**
 * Brings the schema up to date. On PostgreSQL several processes may start together (workers, schedulers): an
 * advisory lock held on one connection makes them migrate one after the other, so the second finds nothing to do.
 */
async function migrate(database: VigieDatabase): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations as Record<string, Migration> };
  await database.db.connection().execute(async (connection) => {
    const lockId = MIGRATION_LOCK_ID;
    if (database.engine === 'postgres') await sql`select pg_advisory_lock(${lockId})`.execute(connection);
    try {
      const schemaName = (
        await sql<{ schema: string }>`select current_schema() as schema`.execute(connection)
      ).rows[0]?.schema;
      const migrator = new Migrator({
        db: connection,
        provider,
        // Migrations written in parallel branches may land out of order; each stands alone, so run what is missing.
        allowUnorderedMigrations: true,
        ...(schemaName ? { migrationTableSchema: schemaName } : {}),
      });
      // Kysely looks for its migration table across every schema; a schema another process drops at that
      // moment (tests sharing a server do) fails the look-up with 3F000, with 42P01 for one of its tables dropped
      // mid-query, or with 42703 for a column another schema's migration is adding. Nothing was changed: look again.
      let { error, results } = await migrator.migrateToLatest();
      for (let attempt = 0; attempt < 3 && isDroppedSchemaRace(error); attempt++) {
        ({ error, results } = await migrator.migrateToLatest());
      }
      for (const result of results ?? []) {
        if (result.status === 'Success')
          getLogger('db').debug({ migration: result.migrationName }, 'migrated');
      }
      if (error) {
        throw new DatabaseError(
          DB_MESSAGES.migrationFailed({ reason: error instanceof Error ? error.message : String(error) }),
          { cause: error },
        );
      }
    } finally {
      if (database.engine === 'postgres') await sql`select pg_advisory_unlock(${lockId})`.execute(connection);
    }
  });
}

/**
 * Drops a schema and all it holds, between two migrations: Kysely's migrator lists every table of every schema
 * before it migrates, and a schema dropped during that listing fails it (3F000). Tests and benches that share one
 * server drop their schemas here, so that no migration meets one half-dropped, however many files end together.
 */
export async function dropSchema(db: Kysely<Schema>, schema: string): Promise<void> {
  validateSchemaName(schema);
  await db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`.execute(connection);
    try {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(connection);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.execute(connection);
    }
  });
}

/**
 * Runs `work` while this process holds the migrator's lock, as `migrate` and `dropSchema` do: for a migrator run
 * by hand (a test taking migrations down and up) on a server other processes share, no schema is dropped while it
 * lists every schema's tables. A no-op lock on PGlite, which nobody else opens.
 */
export async function withMigrationLock<T>(
  db: Kysely<Schema>,
  engine: Engine,
  work: () => Promise<T>,
): Promise<T> {
  if (engine !== 'postgres') return work();
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.execute(connection);
    }
  });
}

/**
 * `create schema if not exists` is not safe against itself: two processes creating the same schema at once can
 * both pass the "not exists" test, and one then fails on the catalogue's unique index. That one has lost a race
 * whose outcome it wanted anyway.
 */
async function createSchema(database: VigieDatabase, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(database.db);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  }
}

/**
 * invalid_schema_name, undefined_table and undefined_column: a schema, a table of it or a column changed by another
 * process while Kysely listed every table with its columns.
 */
const DROPPED_DURING_LOOKUP = new Set(['3F000', '42P01', '42703']);

function isDroppedSchemaRace(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } } | undefined)?.code;
  const causeCode = (error as { cause?: { code?: string } } | undefined)?.cause?.code;
  return DROPPED_DURING_LOOKUP.has(code ?? '') || DROPPED_DURING_LOOKUP.has(causeCode ?? '');
}

function validateSchemaName(name: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new DatabaseError(DB_MESSAGES.invalidSchemaName({ name }));
  }
}
