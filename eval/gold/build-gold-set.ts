import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * `npm run eval:build-gold`: builds `gold-labels.jsonl` from the two independent readings of every real offer
 * (`readings/`), the adjudication of each disagreement (`adjudication.jsonl`) and the duplicate pass
 * (`duplicates.jsonl`), as `classifiers/ANNOTATION.md` describes. Deterministic: the same files give the same
 * gold set, so a change to one reading shows in the diff of the gold set.
 */
const here = new URL('./', import.meta.url);

const labelSchema = z.object({
  category: z.string(),
  severity: z.enum(['certain', 'likely']),
  quote: z.string(),
  field: z.string().optional(),
  reason: z.string(),
});
const readingSchema = z.object({
  id: z.string(),
  labels: z.array(labelSchema),
  doubts: z.string().optional(),
});
const adjudicationSchema = z.object({
  id: z.string(),
  category: z.string(),
  decision: z.enum(['keep', 'drop']),
  severity: z.enum(['certain', 'likely']).optional(),
  quote: z.string().optional(),
  field: z.string().optional(),
  reason: z.string(),
});
const duplicateSchema = z.object({
  id: z.string(),
  original: z.string(),
  severity: z.enum(['certain', 'likely']),
  quote: z.string(),
  field: z.string().optional(),
  reason: z.string(),
});

type Label = z.infer<typeof labelSchema>;

function jsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(new URL(file, here), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

const readingFiles = readdirSync(new URL('readings/', here))
  .filter((name) => name.endsWith('.jsonl'))
  .sort();
/** Batch → reader → offer id → labels. */
const readings = new Map<string, Map<string, Map<string, Label[]>>>();
for (const name of readingFiles) {
  const match = /^batch-(\d+)-reader-([AB])\.jsonl$/.exec(name);
  if (!match) throw new Error(`unexpected reading file ${name}`);
  const [, batch = '', reader = ''] = match;
  const byReader = readings.get(batch) ?? new Map<string, Map<string, Label[]>>();
  byReader.set(
    reader,
    new Map(jsonLines(`readings/${name}`, readingSchema).map((entry) => [entry.id, entry.labels])),
  );
  readings.set(batch, byReader);
}

const adjudications = new Map(
  jsonLines('adjudication.jsonl', adjudicationSchema).map((entry) => [
    `${entry.id}|${entry.category}`,
    entry,
  ]),
);
const duplicates = jsonLines('duplicates.jsonl', duplicateSchema);

interface GoldLabel extends Label {
  /** Set on a duplicate: the earliest copy. */
  original?: string;
}

const gold: { id: string; labels: GoldLabel[]; adjudication?: string }[] = [];
const unsettled: string[] = [];
for (const [batch, byReader] of [...readings].sort(([a], [b]) => Number(a) - Number(b))) {
  const first = byReader.get('A');
  const second = byReader.get('B');
  if (!first || !second) throw new Error(`batch ${batch} needs two readings`);
  for (const [id, labelsA] of first) {
    const labelsB = second.get(id);
    if (!labelsB) throw new Error(`batch ${batch}: ${id} read once`);
    const byCategoryA = new Map(labelsA.map((label) => [label.category, label]));
    const byCategoryB = new Map(labelsB.map((label) => [label.category, label]));
    const categories = [...new Set([...byCategoryA.keys(), ...byCategoryB.keys()])];
    const labels: GoldLabel[] = [];
    const notes: string[] = [];
    for (const category of categories) {
      const a = byCategoryA.get(category);
      const b = byCategoryB.get(category);
      const settled = adjudications.get(`${id}|${category}`);
      if (a && b && a.severity === b.severity) {
        labels.push(a.quote !== '' || b.quote === '' ? a : b);
        continue;
      }
      if (a && b && !settled) {
        // Both readers found it and differ on severity only, with no adjudication: the weaker claim stands.
        labels.push({ ...(a.severity === 'likely' ? a : b), severity: 'likely' });
        continue;
      }
      if (!settled) {
        unsettled.push(`${id} ${category}`);
        continue;
      }
      notes.push(`${category}: ${settled.decision} (${settled.reason})`);
      if (settled.decision === 'drop') continue;
      const base = a ?? b;
      labels.push({
        category,
        severity: settled.severity ?? base?.severity ?? 'likely',
        quote: settled.quote ?? base?.quote ?? '',
        ...((settled.field ?? base?.field) ? { field: settled.field ?? base?.field } : {}),
        reason: settled.reason,
      });
    }
    for (const duplicate of duplicates.filter((entry) => entry.id === id)) {
      const { id: _, ...label } = duplicate;
      labels.push({ category: 'duplicate', ...label });
    }
    gold.push({ id, labels, ...(notes.length > 0 ? { adjudication: notes.join('; ') } : {}) });
  }
}
if (unsettled.length > 0) throw new Error(`disagreements with no adjudication:\n${unsettled.join('\n')}`);
const unknownDuplicates = duplicates.filter((entry) => !gold.some((offer) => offer.id === entry.id));
if (unknownDuplicates.length > 0)
  throw new Error(`duplicates of unknown offers: ${unknownDuplicates.map((d) => d.id)}`);

writeFileSync(
  new URL('gold-labels.jsonl', here),
  `${gold.map((offer) => JSON.stringify(offer)).join('\n')}\n`,
);
const counts = new Map<string, number>();
for (const offer of gold)
  for (const label of offer.labels) counts.set(label.category, (counts.get(label.category) ?? 0) + 1);
process.stdout.write(
  `gold set: ${gold.length} offers, ${gold.filter((offer) => offer.labels.length === 0).length} without label\n` +
    [...counts]
      .sort(([, a], [, b]) => b - a)
      .map(([category, count]) => `  ${category}: ${count}`)
      .join('\n') +
    '\n',
);
