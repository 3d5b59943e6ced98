/**
 * Guarantee 7, nothing half-done is published: a report is written from a finished classification only (a
 * classification killed mid-way leaves "~staging" flags that no report reads), into temporary files renamed into
 * place once whole, and a write that fails (disk full) ends with a clear French error, the database released.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { CLASSIFIER_VERSION } from '../../classifiers/index.js';
import { createAudit } from '../../db/audits.js';
import { openDatabase, type VigieDatabase } from '../../db/connect.js';
import { storeOffers } from '../../db/offers.js';
import { DatabaseError, databaseDiskFull, exitCodeFor, UsageError, WriteError } from '../../lib/errors.js';
import { parseApiOffer } from '../../model/from-api-offer.js';
import { runClassify } from '../../pipeline/classify-audit.js';
import { reportFigures, runReport } from '../../pipeline/write-report.js';
import { writeOffersCsv } from '../../reports/export/offers-csv.js';
import { SAMPLES } from '../classifiers/helpers.js';
import { describeEachEngine, openTestDatabase } from '../helpers/databases.js';
import { seedDatabaseFolder } from '../helpers/pglite-template.js';
import { seedAudit, simulatedOffers, TEN_OFFERS, VERSION } from '../reports/fixtures.js';
import { onCleanup, runVigie, seededRandom } from './helpers/cli-storage.js';

const raws = readFileSync(SAMPLES, 'utf8')
  .trim()
  .split('\n')
  .slice(0, 200)
  .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Stands for `kill -9` in the middle of a classification: the `after`-th insert into `flags` never happens. */
class KilledAfter implements KyselyPlugin {
  private inserts = 0;
  constructor(private readonly after: number) {}
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'flags') {
      this.inserts++;
      if (this.inserts > this.after) throw new Error('killed');
    }
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

async function seedOffers(database: VigieDatabase): Promise<number> {
  const audit = await createAudit(database.db, {
    label: 'classification interrompue',
    source: 'file',
    design: { kind: 'import', file: 'offres.jsonl' },
  });
  const batch = raws.map((raw) => {
    const parsed = parseApiOffer(raw);
    if (!parsed.ok) throw new Error(parsed.reason);
    return { offer: parsed.offer, raw };
  });
  await storeOffers(database.db, audit.id, batch);
  return audit.id;
}

function killedDatabase(database: VigieDatabase, after: number): VigieDatabase {
  return { ...database, db: database.db.withPlugin(new KilledAfter(after)) };
}

describeEachEngine('a report from a finished classification only', (engine) => {
  it('refuses an audit whose only classification was killed mid-way (exit code 2, French message)', async () => {
    const database = await openTestDatabase(engine);
    const auditId = await seedOffers(database);
    await expect(
      runClassify({ database: killedDatabase(database, 1), audit: auditId, batchSize: 50 }),
    ).rejects.toThrow('killed');
    // The killed run did leave half-written flags behind: the report must not read them.
    const staged = await database.db
      .selectFrom('flags')
      .select('classifier_version')
      .where('audit_id', '=', auditId)
      .execute();
    expect(staged.length).toBeGreaterThan(0);
    expect(new Set(staged.map((row) => row.classifier_version))).toEqual(
      new Set([`${CLASSIFIER_VERSION}~staging`]),
    );
    const refused = await reportFigures(database.db, { audit: auditId }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UsageError);
    expect((refused as UsageError).message).toMatch(/aucune classification terminée/);
  });

  it('uses the last finished classification, never the staging flags of a later killed one', async () => {
    const database = await openTestDatabase(engine);
    const auditId = await seedOffers(database);
    const finished = await runClassify({ database, audit: auditId, batchSize: 50 });
    const before = await reportFigures(database.db, { audit: auditId });
    // An audit whose classification did not record its version (older data): the fallback must skip staging.
    await database.db
      .updateTable('audits')
      .set({ classifier_version: null })
      .where('id', '=', auditId)
      .execute();
    await expect(
      runClassify({ database: killedDatabase(database, 2), audit: auditId, batchSize: 50 }),
    ).rejects.toThrow('killed');
    const after = await reportFigures(database.db, { audit: auditId });
    expect(after.figures.audit.classifierVersion).toBe(finished.classifierVersion);
    expect(after.figures.audit.flaggedOffers).toBe(before.figures.audit.flaggedOffers);
    expect(after.figures.audit.flaggedOffers).toBe(finished.flaggedOffers);
  });
});

/** A file stream that takes `room` bytes, then fails as a full disk does. */
function fullDisk(room: number): Writable {
  let written = 0;
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      written += chunk.length;
      if (written > room) {
        callback(
          Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 }),
        );
      } else callback();
    },
  });
}

const REPORT_FORMATS = ['html', 'md', 'csv', 'json'] as const;

function reportFiles(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

describe('report files renamed into place once whole', () => {
  it('a report failing mid-CSV leaves the previous files intact, no temporary file, a French error', async () => {
    const database = await openTestDatabase('pglite');
    const audit = await seedAudit(database.db, { kind: 'census' }, TEN_OFFERS);
    const out = mkdtempSync(join(tmpdir(), 'vigie-atomic-'));
    await runReport({ database, audit: audit.id, formats: REPORT_FORMATS, out });
    const before = reportFiles(out);
    // HTML, Markdown, PDF, and the CSV's three files (the offers, the "Face à l'audit CGT" table, the application
    // links).
    expect(Object.keys(before)).toHaveLength(6);

    // Relabelled, so that a file written again would differ from the one before.
    await database.db
      .updateTable('audits')
      .set({ label: 'Autre libellé' })
      .where('id', '=', audit.id)
      .execute();
    const failed = await runReport({
      database,
      audit: audit.id,
      formats: REPORT_FORMATS,
      out,
      openFile: () => fullDisk(300),
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(WriteError);
    expect((failed as WriteError).message).toMatch(/disque est plein/);
    expect(exitCodeFor(failed)).toBe(1);
    expect(reportFiles(out)).toEqual(before);
  });

  it('a temporary file left by a killed report is swept by the next one', async () => {
    const database = await openTestDatabase('pglite');
    const audit = await seedAudit(database.db, { kind: 'census' }, TEN_OFFERS);
    const out = mkdtempSync(join(tmpdir(), 'vigie-atomic-'));
    // pid 2^22 + 1 is above Linux's pid_max: no process holds it.
    writeFileSync(join(out, `.vigie-audit-${audit.id}-offres.csv.4194305.0123abcd.tmp`), 'offre;lien\r\nO01');
    await runReport({ database, audit: audit.id, formats: ['csv'], out });
    expect(readdirSync(out).sort()).toEqual([
      `vigie-audit-${audit.id}-candidature.csv`,
      `vigie-audit-${audit.id}-cgt.csv`,
      `vigie-audit-${audit.id}-offres.csv`,
    ]);
  });
});

describe('a full disk ends with a clear error', () => {
  it('writeOffersCsv rejects at once on a full disk instead of waiting for a close already past', async () => {
    const database = await openTestDatabase('pglite');
    // More than a stream buffer's worth of rows: the old code was waiting on 'drain' when the error came.
    const audit = await seedAudit(database.db, { kind: 'census' }, simulatedOffers(seededRandom(19), 2_000));
    const write = writeOffersCsv(database.db, audit.id, VERSION, '/dev/full');
    const timeout = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 5_000).unref());
    const outcome = await Promise.race([
      write.then(
        () => 'written',
        (error: unknown) => error,
      ),
      timeout,
    ]);
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as NodeJS.ErrnoException).code).toBe('ENOSPC');
  });

  it('a full database disk is a DatabaseError in French (exit code 3), not "unexpected error"', () => {
    const pgFull = Object.assign(
      new Error('could not extend file "base/16384/16385": No space left on device'),
      {
        code: '53100',
      },
    );
    const mapped = databaseDiskFull(pgFull);
    expect(mapped).toBeInstanceOf(DatabaseError);
    expect(mapped?.message).toMatch(/disque est plein/);
    expect(exitCodeFor(mapped)).toBe(3);
    expect(databaseDiskFull(Object.assign(new Error('x'), { code: '23505' }))).toBeNull();
  });

  const root = process.getuid?.() === 0 && process.platform === 'linux';
  it.skipIf(!root)(
    '`vigie report` into a full 2 MB tmpfs exits 1 in French within seconds, and the database lock is released',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vigie-full-'));
      const dbPath = seedDatabaseFolder(join(dir, 'db'));
      const seeded = await openDatabase({ path: dbPath });
      const audit = await seedAudit(seeded.db, { kind: 'census' }, TEN_OFFERS);
      await seeded.close();
      const full = join(dir, 'full');
      mkdirSync(full);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', full]);
      onCleanup(() => {
        execFileSync('umount', [full]);
        rmSync(dir, { recursive: true, force: true });
      });
      // Filled to the brim: the report's first file cannot be written.
      spawnSync('dd', ['if=/dev/zero', `of=${join(full, 'filler')}`, 'bs=64k'], { stdio: 'ignore' });
      const report = await runVigie([
        '--db',
        dbPath,
        'report',
        '--audit',
        String(audit.id),
        '--format',
        'html,md,csv,json',
        '--out',
        full,
      ]).done;
      expect(report.code).toBe(1);
      expect(report.stderr).toMatch(/impossible d’écrire le rapport .* le disque est plein \(ENOSPC\)/);
      expect(report.stderr).not.toMatch(/unexpected error/);
      expect(readdirSync(full)).toEqual(['filler']);
      const audits = await runVigie(['--db', dbPath, 'audits']).done;
      expect(audits.code).toBe(0);
    },
    120_000,
  );
});
