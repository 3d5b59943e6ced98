/**
 * Every flag of every offer of three sets, canonically serialised, with a sha256 per set: the proof that a change
 * to the classifiers leaves their flags byte-identical (bench/README.md, CONTRIBUTING.md).
 *
 *   npm run flags:fingerprint                      writes .fingerprints/flags.txt and prints the hashes
 *   npm run flags:fingerprint -- --out FILE        writes FILE instead
 *   npm run flags:fingerprint -- --compare FILE    also compares with FILE and lists the first differing offers
 *   npm run flags:fingerprint -- --replica 5000    fewer replica offers (default 60,000), for a quick look
 *
 * The sets: (a) the real samples (tests/fixtures/real-offers), (b) the labelled corpus (tests/classifiers/corpus)
 * with its partner pages, (c) seeded replica offers (seed 42) with the partner pages the crawler would have stored
 * from the replica's truth. Each offer's flags are `classifyOffer`'s, in order, then its duplicate flag (the
 * clustering of its whole set), exactly as `vigie classify --file` stores them. Exit status 1 when a compare differs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuplicateIndex, duplicateFlags } from '../classifiers/duplicates/duplicate-index.js';
import { CLASSIFIER_VERSION, classifyOffer, defaultContext } from '../classifiers/index.js';
import { pagesFromTruth } from '../eval/evaluation-sets.js';
import { parseApiOffer } from '../model/from-api-offer.js';
import type { Offer } from '../model/offer.js';
import { type PartnerPage, partnerPageSchema } from '../model/partner-page.js';
import { Corpus } from '../replica/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REAL = join(root, 'tests/fixtures/real-offers/api-offers-74-2025-08.jsonl');
const LABELLED = join(root, 'tests/classifiers/corpus/labelled-offers.jsonl');

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, '.fingerprints/flags.txt') },
    compare: { type: 'string' },
    replica: { type: 'string', default: '60000' },
    seed: { type: 'string', default: '42' },
  },
});

interface OfferSet {
  name: string;
  offers: Offer[];
  pages: PartnerPage[];
}

function jsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function realSet(): OfferSet {
  const offers = jsonLines(REAL).flatMap((api) => {
    const parsed = parseApiOffer(api);
    return parsed.ok ? [parsed.offer] : [];
  });
  return { name: 'real', offers, pages: [] };
}

function labelledSet(): OfferSet {
  const offers: Offer[] = [];
  const pages: PartnerPage[] = [];
  for (const line of jsonLines(LABELLED)) {
    const { _expected, _note, _partnerPages, ...api } = line;
    const parsed = parseApiOffer(api, 'file');
    if (!parsed.ok) throw new Error(`labelled offer rejected: ${parsed.reason}`);
    offers.push(parsed.offer);
    for (const page of (_partnerPages as unknown[] | undefined) ?? [])
      pages.push(partnerPageSchema.parse(page));
  }
  return { name: 'labelled', offers, pages };
}

function replicaSet(size: number, seed: number): OfferSet {
  const corpus = new Corpus({ offers: size, seed });
  const base = 'http://replica.test';
  const offers: Offer[] = [];
  const pages: PartnerPage[] = [];
  for (let index = 0; index < corpus.size; index++) {
    const parsed = parseApiOffer(corpus.offer(index, base));
    if (!parsed.ok) continue;
    offers.push(parsed.offer);
    const truth = corpus.truth(index, base);
    pages.push(...pagesFromTruth(parsed.offer, truth));
  }
  return { name: `replica-${size}-seed${seed}`, offers, pages };
}

/** JSON with object keys sorted at every depth: the same flags always give the same bytes. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** One line per offer: set, position, id, then its flags in order. */
function fingerprint(set: OfferSet): { lines: string[]; sha256: string; raw: string; flags: number } {
  const index = new DuplicateIndex();
  for (const offer of set.offers) index.add(offer);
  const duplicates = duplicateFlags(index.cluster());
  // Each offer is given its own pages, as the audit pipeline does (pipeline/classify-audit.ts): classifyOffer keeps
  // only the pages of the offer, in their order, so the flags are the same as with every page of the set, and the
  // run does not filter every page for every offer.
  const pagesByOffer = new Map<string, PartnerPage[]>();
  for (const page of set.pages) {
    const pages = pagesByOffer.get(page.offerId);
    if (pages) pages.push(page);
    else pagesByOffer.set(page.offerId, [page]);
  }
  const noPages = defaultContext();
  const lines: string[] = [];
  // The flags as stored (JSON.stringify keeps each object's key order): a second hash, so key order is pinned too.
  const raw = createHash('sha256');
  let flags = 0;
  set.offers.forEach((offer, position) => {
    const pages = pagesByOffer.get(offer.id);
    const found = classifyOffer(offer, pages ? defaultContext({ partnerPages: pages }) : noPages);
    const duplicate = duplicates.get(offer.id);
    if (duplicate) found.push(duplicate);
    flags += found.length;
    lines.push(`${set.name}\t${position}\t${offer.id}\t${canonical(found)}`);
    raw.update(`${JSON.stringify(found)}\n`);
  });
  const sha256 = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { lines, sha256, raw: raw.digest('hex'), flags };
}

const started = performance.now();
const sets = [realSet(), labelledSet(), replicaSet(Number(values.replica), Number(values.seed))];
const output: string[] = [`# classifier ${CLASSIFIER_VERSION}`];
const summary: string[] = [];
for (const set of sets) {
  const { lines, sha256, raw, flags } = fingerprint(set);
  output.push(
    `# set ${set.name} offers ${set.offers.length} flags ${flags} sha256 ${sha256} raw-sha256 ${raw}`,
    ...lines,
  );
  summary.push(
    `${set.name.padEnd(22)} ${String(set.offers.length).padStart(6)} offers ${String(flags).padStart(6)} flags  sha256 ${sha256}  raw ${raw.slice(0, 16)}`,
  );
}
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, `${output.join('\n')}\n`);
console.log(
  `classifier ${CLASSIFIER_VERSION}\n${summary.join('\n')}\nwritten to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

if (values.compare) {
  const before = readFileSync(values.compare, 'utf8').split('\n');
  const after = `${output.join('\n')}\n`.split('\n');
  const differing: string[] = [];
  const length = Math.max(before.length, after.length);
  for (let line = 0; line < length && differing.length < 10; line++) {
    if (before[line] === after[line]) continue;
    if (before[line]?.startsWith('# ') && after[line]?.startsWith('# ')) {
      differing.push(`header:\n  before ${before[line]}\n  after  ${after[line]}`);
      continue;
    }
    differing.push(
      `line ${line + 1}:\n  before ${before[line] ?? '(none)'}\n  after  ${after[line] ?? '(none)'}`,
    );
  }
  if (differing.length === 0) {
    console.log(`identical to ${values.compare}: every flag of every offer of every set`);
  } else {
    console.log(`DIFFERS from ${values.compare}; first differences:\n${differing.join('\n')}`);
    process.exitCode = 1;
  }
}
