import { rejection } from '../check/check-file.js';
import { DuplicateIndex, duplicateFlags } from '../classifiers/duplicates/duplicate-index.js';
import { classifyOffer, defaultContext } from '../classifiers/index.js';
import { readOffersFile } from '../crawler/sources/file/read-offers-file.js';
import type { Language } from '../lib/messages.js';
import { terminalSafeJson, terminalText } from '../lib/terminal-text.js';
import type { Flag } from '../model/flag.js';
import type { Offer } from '../model/offer.js';
import { type Axis, CATEGORIES, isGenuine } from '../model/taxonomy.js';

export interface ClassifyFileOptions {
  file: string;
  json?: boolean;
  /** Where results go; default process.stdout. */
  write?: (text: string) => void;
  /** Where problems with the input go; default process.stderr. */
  warn?: (text: string) => void;
  /** The language of the framing and of the skipped lines; the findings stay French. @default 'fr' */
  language?: Language;
}

export interface ClassifyFileSummary {
  offers: number;
  /** Lines or items that were not an offer, reported on stderr and skipped. */
  rejected: number;
  genuine: number;
  flags: number;
}

/** One offer's result as `--json` prints it: a stable, documented shape. */
export interface ClassifiedOfferLine {
  id: string;
  genuine: boolean;
  flags: Array<Pick<Flag, 'category' | 'axis' | 'rule' | 'severity' | 'evidence' | 'reference'>>;
}

/**
 * `vigie classify --file`: classifies offers saved from the API without a database. Accepts one offer, an array,
 * the API's `{"resultats": […]}` or JSONL; duplicates are looked for within the file.
 */
export async function classifyFile(options: ClassifyFileOptions): Promise<ClassifyFileSummary> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const warn = options.warn ?? ((text: string) => process.stderr.write(text));
  const words = WORDS[options.language ?? 'fr'];
  const offers: Offer[] = [];
  let rejected = 0;
  for await (const entry of readOffersFile(options.file)) {
    if (entry.ok) offers.push(entry.offer);
    else {
      rejected++;
      warn(`${rejection(options.file, entry)[options.language ?? 'fr']}\n`);
    }
  }
  const index = new DuplicateIndex();
  for (const offer of offers) index.add(offer);
  const duplicates = duplicateFlags(index.cluster());
  const context = defaultContext();
  const summary: ClassifyFileSummary = { offers: offers.length, rejected, genuine: 0, flags: 0 };
  for (const offer of offers) {
    const flags = classifyOffer(offer, context);
    const duplicate = duplicates.get(offer.id);
    if (duplicate) flags.push(duplicate);
    const genuine = isGenuine(flags);
    summary.flags += flags.length;
    if (genuine) summary.genuine++;
    write(
      options.json
        ? `${terminalSafeJson(toLine(offer.id, genuine, flags))}\n`
        : terminalText(formatOffer(offer, genuine, flags, options.language)),
    );
  }
  if (!options.json) write(words.summary(summary));
  return summary;
}

function toLine(id: string, genuine: boolean, flags: readonly Flag[]): ClassifiedOfferLine {
  return {
    id,
    genuine,
    flags: flags.map(({ category, axis, rule, severity, evidence, reference }) => ({
      category,
      axis,
      rule,
      severity,
      evidence,
      reference,
    })),
  };
}

/** The words around each offer's result, in each language; the category labels and findings stay French. */
interface ClassifyFileWords {
  axes: Readonly<Record<Axis, string>>;
  certain: string;
  likely: string;
  untitled: string;
  genuine: string;
  genuineWithNotes: string;
  notGenuine: string;
  colon: string;
  summary: (summary: ClassifyFileSummary) => string;
}

const WORDS: Readonly<Record<Language, ClassifyFileWords>> = {
  fr: {
    axes: { illegal: 'illégal', misleading: 'trompeur', quality: 'qualité', stability: 'stabilité' },
    certain: 'certain',
    likely: 'probable',
    untitled: '(sans intitulé)',
    genuine: '  ✔ offre conforme : aucun signalement',
    genuineWithNotes: '  ✔ offre conforme (signalements de stabilité seulement)',
    notGenuine: '  ✘ offre non conforme ou de mauvaise qualité',
    colon: ' : ',
    summary: (summary) =>
      `${summary.offers} offres classées, ${summary.genuine} conformes (${share(summary).toLocaleString('fr-FR')} %), ${summary.flags} signalements${summary.rejected ? `, ${summary.rejected} entrées ignorées` : ''}.\n`,
  },
  en: {
    axes: { illegal: 'illegal', misleading: 'misleading', quality: 'quality', stability: 'stability' },
    certain: 'certain',
    likely: 'likely',
    untitled: '(no title)',
    genuine: '  ✔ genuine offer: no flag',
    genuineWithNotes: '  ✔ genuine offer (stability flags only)',
    notGenuine: '  ✘ offer not genuine, or of poor quality',
    colon: ': ',
    summary: (summary) =>
      `${summary.offers} offers classified, ${summary.genuine} genuine (${share(summary).toLocaleString('en-GB')} %), ${summary.flags} flags${summary.rejected ? `, ${summary.rejected} entries skipped` : ''} (findings are explained in French, as the audit reports are).\n`,
  },
};

function share(summary: ClassifyFileSummary): number {
  return summary.offers ? Math.round((summary.genuine / summary.offers) * 1000) / 10 : 0;
}

export function formatOffer(
  offer: Offer,
  genuine: boolean,
  flags: readonly Flag[],
  language: Language = 'fr',
): string {
  const words = WORDS[language];
  const head = [offer.id, offer.title ?? words.untitled, offer.place.label].filter(Boolean).join(' — ');
  const verdict = genuine ? (flags.length === 0 ? words.genuine : words.genuineWithNotes) : words.notGenuine;
  const lines = flags.map((flag) => {
    const label = CATEGORIES[flag.category].label;
    const certainty = flag.severity === 'certain' ? words.certain : words.likely;
    return `  • [${words.axes[flag.axis]}] ${label} (${certainty})${words.colon}${flag.evidence}${flag.reference ? `\n      ${flag.reference}` : ''}\n      ${flag.explanation}`;
  });
  return `${head}\n${verdict}\n${lines.map((line) => `${line}\n`).join('')}\n`;
}
