import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Offer } from '../../model/offer.js';

/**
 * Normalised replica offers on disk, shared by the benchmarks that read a million of them (classify, dedup,
 * dedup quality). Writing an offer (replica) and normalising it (zod) cost far more than classifying it: doing it
 * once, on both cores, keeps the whole run inside its 30 minutes, and no benchmark times it anyway.
 */
export interface CachedOffer {
  offer: Offer;
  /** The replica's truth: the original this offer copies, if it is a planted duplicate. */
  duplicateOf: string | null;
}

const PARTS = 2;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** What writes the cache: the replica's generator, the parsing into an Offer, and the worker that chains them. */
const CACHE_SOURCES = ['replica', 'model', 'bench/helpers/offer-cache-worker.ts'];

function typeScriptFiles(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) =>
      entry.isDirectory() || entry.name.endsWith('.ts') ? typeScriptFiles(join(path, entry.name)) : [],
    );
}

/**
 * A hash of the sources the cache is written from: a cache written by yesterday's replica would time today's
 * classifiers on offers the replica no longer makes, and nothing would say so. Each version has its own folder.
 */
function cacheSourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of CACHE_SOURCES.flatMap((source) => typeScriptFiles(join(ROOT, source)))) {
    hash.update(relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 10);
}

let sourcesHash: string | undefined;

export function cacheDirectory(scale: number, seed: number): string {
  sourcesHash ??= cacheSourcesHash();
  return join(
    process.env.VIGIE_BENCH_CACHE ?? join(tmpdir(), 'vigie-bench'),
    `offers-s${seed}-n${scale}-${sourcesHash}`,
  );
}

/** Generates the cache if it is missing (both cores, one worker per half), and returns its folder. */
export async function ensureOfferCache(scale: number, seed: number): Promise<string> {
  const folder = cacheDirectory(scale, seed);
  if (existsSync(join(folder, 'complete'))) return folder;
  removeOtherVersions(folder);
  mkdirSync(folder, { recursive: true });
  const per = Math.ceil(scale / PARTS);
  await Promise.all(
    Array.from({ length: PARTS }, (_, part) => {
      const start = part * per;
      const end = Math.min(scale, start + per);
      const worker = tsWorker(new URL('./offer-cache-worker.ts', import.meta.url), {
        workerData: { scale, seed, start, end, path: join(folder, `part-${part}.jsonl`) },
        resourceLimits: { maxOldGenerationSizeMb: 4096 },
      });
      return new Promise<void>((resolve, reject) => {
        worker.once('error', reject);
        worker.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`cache worker exited ${code}`)),
        );
      });
    }),
  );
  writeFileSync(join(folder, 'complete'), `${new Date().toISOString()}\n`);
  return folder;
}

/** A million offers' cache is 2.8 GB: the caches of the same seed and scale written by other sources go. */
function removeOtherVersions(folder: string): void {
  const parent = dirname(folder);
  if (!existsSync(parent)) return;
  const prefix = basename(folder).replace(/-[0-9a-f]{10}$/, '-');
  for (const name of readdirSync(parent)) {
    if (
      name !== basename(folder) &&
      name.startsWith(prefix) &&
      /^[0-9a-f]{10}$/.test(name.slice(prefix.length))
    )
      rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** The cached offers in corpus order, `size` at a time (memory stays that of one chunk). */
export async function* readOfferCache(folder: string, size = 5_000): AsyncGenerator<CachedOffer[]> {
  let chunk: CachedOffer[] = [];
  for (let part = 0; part < PARTS; part++) {
    const lines = createInterface({
      input: createReadStream(join(folder, `part-${part}.jsonl`)),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (line === '') continue;
      const [offer, duplicateOf] = JSON.parse(line) as [Offer, string | null];
      chunk.push({ offer, duplicateOf });
      if (chunk.length === size) {
        yield chunk;
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** Writes lines to a file, waiting when the stream asks; renames it into place once complete. */
export async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  renameSync(partial, path);
}

/** A worker thread running a TypeScript file: the worker registers tsx itself, as bin/vigie.js does. */
export function tsWorker(file: URL, options: WorkerOptions): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(code, { ...options, eval: true });
}
