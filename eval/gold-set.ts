import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Severity } from '../model/flag.js';
import { CATEGORY_IDS, type CategoryId } from '../model/taxonomy.js';

/**
 * The gold set: every real offer of `tests/fixtures/real-offers/` read by two annotators against every category,
 * disagreements settled (`classifiers/ANNOTATION.md`; built by `npm run eval:build-gold` from `eval/gold/`). One line an offer; an offer with no label is a labelled
 * clean offer, not a missing one.
 */
export const GOLD_LABELS_PATH = new URL('./gold/gold-labels.jsonl', import.meta.url);

/**
 * The categories a reader may give: the classifiers' own (every category of the written taxonomy now has a
 * rule; `hours_missing` was the last one added).
 */
const LABEL_CATEGORIES = CATEGORY_IDS;

const goldLabelSchema = z.object({
  category: z.enum(LABEL_CATEGORIES),
  severity: z.enum(['certain', 'likely']),
  /** The words of the offer that prove it (empty for an absence: no salary, no employer named). */
  quote: z.string(),
  /** Where the quote is: `description`, `intitule`, `salaire.libelle`… */
  field: z.string().optional(),
  reason: z.string(),
  /** On a duplicate: the id of the earliest copy. */
  original: z.string().optional(),
});

const goldOfferSchema = z.object({
  id: z.string().min(1),
  labels: z.array(goldLabelSchema),
  /** How a disagreement between the two readings was settled, when there was one. */
  adjudication: z.string().optional(),
});

export type GoldLabel = z.infer<typeof goldLabelSchema>;
export type GoldOffer = z.infer<typeof goldOfferSchema>;

/** What a set's truth says of one offer: each category found, with its severity. */
export type Truth = ReadonlyMap<string, ReadonlyMap<CategoryId, Severity>>;

export function readGoldSet(path: URL | string = GOLD_LABELS_PATH): GoldOffer[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = goldOfferSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`gold set line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export function truthOfGoldSet(gold: readonly GoldOffer[]): Truth {
  const known = new Set<string>(CATEGORY_IDS);
  const isScored = (label: GoldLabel): label is GoldLabel & { category: CategoryId } =>
    known.has(label.category);
  return new Map(
    gold.map((offer) => [
      offer.id,
      new Map(offer.labels.filter(isScored).map((label) => [label.category, label.severity])),
    ]),
  );
}
