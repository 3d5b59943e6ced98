import { DuplicateIndex, duplicateFlags } from '../classifiers/duplicates/duplicate-index.js';
import { classifyOffer, defaultContext } from '../classifiers/index.js';
import { readOffersFile } from '../crawler/sources/file/read-offers-file.js';
import { terminalSafeJson, terminalText } from '../lib/terminal-text.js';
import type { Flag } from '../model/flag.js';
import type { Offer } from '../model/offer.js';
import { CATEGORIES, isGenuine } from '../model/taxonomy.js';

export interface ClassifyFileOptions {
  file: string;
  json?: boolean;
  /** Where results go; default process.stdout. */
  write?: (text: string) => void;
  /** Where problems with the input go; default process.stderr. */
  warn?: (text: string) => void;
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
  const offers: Offer[] = [];
  let rejected = 0;
  for await (const entry of readOffersFile(options.file)) {
    if (entry.ok) offers.push(entry.offer);
    else {
      rejected++;
      const why = entry.reason.startsWith('malformed JSON') ? entry.reason : `not an offer (${entry.reason})`;
      warn(`${entry.position}: ${why}, skipped\n`);
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
        : terminalText(formatOffer(offer, genuine, flags)),
    );
  }
  if (!options.json) write(formatFileSummary(summary));
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

const AXIS_FR: Record<string, string> = {
  illegal: 'illégal',
  misleading: 'trompeur',
  quality: 'qualité',
  stability: 'stabilité',
};

export function formatOffer(offer: Offer, genuine: boolean, flags: readonly Flag[]): string {
  const head = [offer.id, offer.title ?? '(sans intitulé)', offer.place.label].filter(Boolean).join(' — ');
  const verdict = genuine
    ? flags.length === 0
      ? '  ✔ offre conforme : aucun signalement'
      : '  ✔ offre conforme (signalements de stabilité seulement)'
    : '  ✘ offre non conforme ou de mauvaise qualité';
  const lines = flags.map((flag) => {
    const label = CATEGORIES[flag.category].label;
    const certainty = flag.severity === 'certain' ? 'certain' : 'probable';
    return `  • [${AXIS_FR[flag.axis] ?? flag.axis}] ${label} (${certainty}) : ${flag.evidence}${flag.reference ? `\n      ${flag.reference}` : ''}\n      ${flag.explanation}`;
  });
  return `${head}\n${verdict}\n${lines.map((line) => `${line}\n`).join('')}\n`;
}

function formatFileSummary(summary: ClassifyFileSummary): string {
  const share = summary.offers ? Math.round((summary.genuine / summary.offers) * 1000) / 10 : 0;
  return `${summary.offers} offres classées, ${summary.genuine} conformes (${share.toLocaleString('fr-FR')} %), ${summary.flags} signalements${summary.rejected ? `, ${summary.rejected} entrées ignorées` : ''}.\n`;
}
