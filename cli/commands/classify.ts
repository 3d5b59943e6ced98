import { Command } from 'commander';
import { DuplicateIndex, duplicateFlags } from '../../classifiers/duplicates/duplicate-index.js';
import { CLASSIFIER_VERSION, classifyOffer, defaultContext } from '../../classifiers/index.js';
import { readOffersFile } from '../../crawler/sources/file/read-offers-file.js';
import type { VigieDatabase } from '../../db/connect.js';
import { terminalSafeJson, terminalText } from '../../lib/terminal-text.js';
import type { Flag } from '../../model/flag.js';
import type { Offer } from '../../model/offer.js';
import type { PartnerPage } from '../../model/partner-page.js';
import { CATEGORIES, type CategoryId, isGenuine } from '../../model/taxonomy.js';

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
    const label = CATEGORIES[flag.category as CategoryId]?.label ?? flag.category;
    const certainty = flag.severity === 'certain' ? 'certain' : 'probable';
    return `  • [${AXIS_FR[flag.axis] ?? flag.axis}] ${label} (${certainty}) : ${flag.evidence}${flag.reference ? `\n      ${flag.reference}` : ''}\n      ${flag.explanation}`;
  });
  return `${head}\n${verdict}\n${lines.map((line) => `${line}\n`).join('')}\n`;
}

function formatFileSummary(summary: ClassifyFileSummary): string {
  const share = summary.offers ? Math.round((summary.genuine / summary.offers) * 1000) / 10 : 0;
  return `${summary.offers} offres classées, ${summary.genuine} conformes (${share.toLocaleString('fr-FR')} %), ${summary.flags} signalements${summary.rejected ? `, ${summary.rejected} entrées ignorées` : ''}.\n`;
}

export interface ClassifyOptions {
  database: VigieDatabase;
  /** Audit number or "latest". @default 'latest' */
  audit?: number | string;
  /** Offers read per batch. @default 1000 */
  batchSize?: number;
}

export interface ClassifySummary {
  auditId: number;
  classifierVersion: string;
  offers: number;
  /** Flags stored, duplicates included. */
  flags: number;
  flaggedOffers: number;
  genuine: number;
  duplicateClusters: number;
  byCategory: Partial<Record<CategoryId, number>>;
}

/**
 * `vigie classify --audit`: classifies an audit's stored offers, streaming them in batches, and stores the flags
 * and duplicate clusters under CLASSIFIER_VERSION, replacing that version's earlier results atomically.
 */
export async function runClassify(options: ClassifyOptions): Promise<ClassifySummary> {
  const [{ resolveAudit, setAuditStatus }, { streamOffers }, { listPartnerPages }, flagsStore] =
    await Promise.all([
      import('../../db/audits.js'),
      import('../../db/offers.js'),
      import('../../db/partner-pages.js'),
      import('../../db/flags.js'),
    ]);
  const { db } = options.database;
  const audit = await resolveAudit(db, options.audit ?? 'latest');
  const staging = `${CLASSIFIER_VERSION}~staging`;
  await flagsStore.deleteClassification(db, audit.id, staging);

  const pagesByOffer = new Map<string, PartnerPage[]>();
  for (const page of await listPartnerPages(db, audit.id)) {
    const list = pagesByOffer.get(page.offerId);
    if (list) list.push(page);
    else pagesByOffer.set(page.offerId, [page]);
  }

  const summary: ClassifySummary = {
    auditId: audit.id,
    classifierVersion: CLASSIFIER_VERSION,
    offers: 0,
    flags: 0,
    flaggedOffers: 0,
    genuine: 0,
    duplicateClusters: 0,
    byCategory: {},
  };
  const count = (flag: Flag) => {
    summary.flags++;
    summary.byCategory[flag.category] = (summary.byCategory[flag.category] ?? 0) + 1;
  };
  const index = new DuplicateIndex();
  // Whether each offer is genuine before duplicates are known; a duplicate flag can only turn it false.
  const genuineBefore = new Set<string>();
  for await (const batch of streamOffers(db, audit.id, { batchSize: options.batchSize ?? 1000 })) {
    const rows: Array<{ offerId: string; flag: Flag }> = [];
    for (const { offer } of batch) {
      summary.offers++;
      index.add(offer);
      const flags = classifyOffer(offer, defaultContext({ partnerPages: pagesByOffer.get(offer.id) ?? [] }));
      if (flags.length > 0) summary.flaggedOffers++;
      if (isGenuine(flags)) genuineBefore.add(offer.id);
      for (const flag of flags) {
        count(flag);
        rows.push({ offerId: offer.id, flag });
      }
    }
    await flagsStore.insertFlags(db, audit.id, staging, rows);
  }
  const clusters = index.cluster();
  const duplicates = duplicateFlags(clusters);
  const duplicateRows = [...duplicates].map(([offerId, flag]) => ({ offerId, flag }));
  for (const { offerId, flag } of duplicateRows) {
    count(flag);
    genuineBefore.delete(offerId);
  }
  await flagsStore.insertFlags(db, audit.id, staging, duplicateRows);
  await flagsStore.insertDuplicateClusters(db, audit.id, staging, clusters);
  await flagsStore.promoteClassification(db, audit.id, staging, CLASSIFIER_VERSION);
  summary.genuine = genuineBefore.size;
  summary.duplicateClusters = clusters.length;
  summary.flaggedOffers = await countFlaggedOffers(options.database, audit.id);
  await setAuditStatus(db, audit.id, audit.status === 'complete' ? 'complete' : 'classified', {
    classifierVersion: CLASSIFIER_VERSION,
    details: { classification: { ...summary } },
  });
  return summary;
}

async function countFlaggedOffers(database: VigieDatabase, auditId: number): Promise<number> {
  const row = await database.db
    .selectFrom('flags')
    .select((eb) => eb.fn.count<number>('offer_id').distinct().as('n'))
    .where('audit_id', '=', auditId)
    .where('classifier_version', '=', CLASSIFIER_VERSION)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function formatClassifySummary(summary: ClassifySummary): string {
  const share = summary.offers ? Math.round((summary.genuine / summary.offers) * 1000) / 10 : 0;
  const categories = Object.entries(summary.byCategory)
    .sort((a, b) => b[1] - a[1])
    .map(([category, n]) => `  ${CATEGORIES[category as CategoryId]?.label ?? category} : ${n}`)
    .join('\n');
  return `Audit ${summary.auditId} classé (classifieur ${summary.classifierVersion}) : ${summary.offers} offres, ${summary.flags} signalements sur ${summary.flaggedOffers} offres, ${summary.genuine} offres conformes (${share.toLocaleString('fr-FR')} %), ${summary.duplicateClusters} groupes de doublons.\n${categories}${categories ? '\n' : ''}`;
}

export function classifyCommand(): Command {
  return new Command('classify')
    .description('flag illegal, misleading and poor offers: an audit in the database, or a file without one')
    .option('--audit <id>', 'the audit to classify: a number or "latest"', 'latest')
    .option(
      '--file <path>',
      'classify offers from a file (one offer, an array, {"resultats":[…]} or JSONL), no database',
    )
    .option('--json', 'print one JSON line per offer (with --file) or the summary as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ vigie classify --file offres.jsonl --json     one JSON line per offer: id, genuine, flags
  $ vigie classify --file offre.json              a readable summary in French
  $ vigie classify                                classify the latest audit and store its flags
  $ vigie classify --audit 3                      classify audit 3 again (replaces this version's flags)`,
    )
    .action(async (flags: { audit?: string; file?: string; json?: boolean }, command: Command) => {
      if (flags.file) {
        await classifyFile({ file: flags.file, json: flags.json === true });
        return;
      }
      const { withDatabase } = await import('../open-database.js');
      const summary = await withDatabase(command, (database) =>
        runClassify({ database, audit: flags.audit ?? 'latest' }),
      );
      process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : formatClassifySummary(summary));
    });
}
