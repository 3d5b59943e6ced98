import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import { type Audit, resolveAudit } from '../db/audits.js';
import { countOffers } from '../db/offers.js';
import type { Schema } from '../db/schema.js';
import { AtomicFiles, sweepStaleTemporaries } from '../lib/atomic-files.js';
import { UsageError, WriteError, writeFailureCode } from '../lib/errors.js';
import type { Language, MessageDefinition } from '../lib/messages.js';
import { applicationLinksCsv } from '../reports/export/application-links-csv.js';
import { cgtCsv } from '../reports/export/cgt-csv.js';
import { writeOffersCsv } from '../reports/export/offers-csv.js';
import { reportClassifierVersion } from '../reports/figures/audit-facts.js';
import { computeFigures } from '../reports/figures/compute-figures.js';
import { adjustedWeights } from '../reports/figures/nonresponse-figure.js';
import type { ReportFigures } from '../reports/figures/report-figures.js';
import { renderHtml } from '../reports/render/render-html.js';
import { renderMarkdown } from '../reports/render/render-markdown.js';
import { PIPELINE_MESSAGES } from './messages.js';

export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  /** An open database (the CLI's, the web server's, a test's). */
  database: { db: Kysely<Schema> };
  /** "latest" (default), or an audit number. */
  audit?: string | number;
  /** An earlier audit to compare with: a number or "previous" (the audit before `audit`). */
  compare?: string | number;
  /** @default every format */
  formats?: readonly ReportFormat[];
  /** The folder to write into, created if missing. */
  out: string;
  /** Keep phone numbers, e-mails and recruiters' names in quotes and exports. @default false */
  keepContacts?: boolean;
  /** The report's date. @default now */
  now?: Date;
  /** Makes the CSV's file stream (tests inject one that fails as a full disk would). */
  openFile?: (path: string) => Writable;
}

/** Why a format was not produced. */
export type SkipReason = 'pdf_not_produced';

const SKIP_REASONS: Readonly<Record<SkipReason, MessageDefinition<void>>> = {
  pdf_not_produced: PIPELINE_MESSAGES.pdfNotProduced,
};

/** A format's reason for not being produced, in a language. */
export function skippedReason(reason: SkipReason, language: Language): string {
  return SKIP_REASONS[reason]().saidIn(language).message;
}

export interface ReportResult {
  audit: Audit;
  figures: ReportFigures;
  files: Array<{ format: ReportFormat; path: string }>;
  /** Formats not produced, with the reason's code (PDF without Chromium), said by skippedReason. */
  skipped: Array<{ format: ReportFormat; reason: SkipReason }>;
}

export interface ReportFiguresOptions {
  /** "latest" (default), or an audit number. */
  audit?: string | number;
  /** An earlier audit to compare with: a number or "previous" (the audit before `audit`). */
  compare?: string | number;
  /** Keep phone numbers, e-mails and recruiters' names in quotes and exports. @default false */
  keepContacts?: boolean;
  /** The report's date. @default now */
  now?: Date;
}

/**
 * The figures of an audit's report, for `vigie report` and the web pages alike: resolves the audit (and the one
 * to compare with) and refuses an audit that has offers but no classification, whose report would call every
 * offer genuine.
 */
export async function reportFigures(
  db: Kysely<Schema>,
  options: ReportFiguresOptions = {},
): Promise<{ audit: Audit; figures: ReportFigures }> {
  const audit = await resolveAudit(db, options.audit ?? 'latest');
  const compareWith =
    options.compare === undefined ? undefined : await resolveAudit(db, options.compare, audit.id);
  if (compareWith?.id === audit.id) throw new UsageError(PIPELINE_MESSAGES.comparedWithItself());
  for (const checked of compareWith ? [audit, compareWith] : [audit]) {
    // An unclassified audit has no flags: its report would call every offer genuine.
    if (!(await reportClassifierVersion(db, checked)) && (await countOffers(db, checked.id)) > 0) {
      throw new UsageError(PIPELINE_MESSAGES.notClassified({ auditId: checked.id }));
    }
  }
  const figures = await computeFigures(db, audit, {
    keepContacts: options.keepContacts ?? false,
    ...(compareWith ? { compareWith } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { audit, figures };
}

/** `vigie report`: computes the figures of an audit once and writes every requested format. */
export async function runReport(options: ReportOptions): Promise<ReportResult> {
  const { db } = options.database;
  const formats = options.formats ?? REPORT_FORMATS;
  const { audit, figures } = await reportFigures(db, {
    ...(options.audit !== undefined ? { audit: options.audit } : {}),
    ...(options.compare !== undefined ? { compare: options.compare } : {}),
    ...(options.keepContacts !== undefined ? { keepContacts: options.keepContacts } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const out = resolve(options.out);
  const files: ReportResult['files'] = [];
  const skipped: ReportResult['skipped'] = [];
  // Every file is written under a temporary name and renamed into place once all are whole: a report killed or
  // failing half-way leaves the previous report's files as they were, never a cut CSV beside a stale JSON.
  const staged = new AtomicFiles();
  try {
    await mkdir(out, { recursive: true });
    await sweepStaleTemporaries(out);
    const base = join(out, `vigie-audit-${audit.id}`);
    const html = formats.includes('html') || formats.includes('pdf') ? renderHtml(figures) : '';
    for (const format of formats) {
      if (format === 'html') {
        await writeFile(staged.stage(`${base}.html`), html);
        files.push({ format, path: `${base}.html` });
      } else if (format === 'pdf') {
        // Loaded on demand: playwright-core is heavy, and most runs of the CLI never print a PDF.
        const { canRenderPdf, renderPdf } = await import('../reports/export/render-pdf.js');
        if (!canRenderPdf()) {
          skipped.push({ format, reason: 'pdf_not_produced' });
          continue;
        }
        const pdf = await renderPdf(html);
        await writeFile(staged.stage(`${base}.pdf`), pdf);
        files.push({ format, path: `${base}.pdf` });
      } else if (format === 'md') {
        await writeFile(staged.stage(`${base}.md`), renderMarkdown(figures));
        files.push({ format, path: `${base}.md` });
      } else if (format === 'json') {
        await writeFile(staged.stage(`${base}.json`), `${JSON.stringify(figures, null, 2)}\n`);
        files.push({ format, path: `${base}.json` });
      } else if (format === 'csv') {
        const path = `${base}-offres.csv`;
        await writeOffersCsv(db, audit.id, figures.audit.classifierVersion ?? '', staged.stage(path), {
          keepContacts: options.keepContacts ?? false,
          // The weights of the figures, adjusted for the drawn offers lost; the CSV keeps the drawn ones beside.
          weightOf: adjustedWeights(figures.nonResponse),
          ...(options.openFile ? { open: options.openFile } : {}),
        });
        files.push({ format, path });
        // "Face à l'audit CGT" travels with the data too, in its own file.
        const cgtPath = `${base}-cgt.csv`;
        await writeFile(staged.stage(cgtPath), cgtCsv(figures));
        files.push({ format, path: cgtPath });
        // So do application sites, counted apart from partners' copies.
        const applications = applicationLinksCsv(figures);
        if (applications !== null) {
          const applicationsPath = `${base}-candidature.csv`;
          await writeFile(staged.stage(applicationsPath), applications);
          files.push({ format, path: applicationsPath });
        }
      }
    }
    await staged.commit();
  } catch (error) {
    await staged.discard();
    const errno = writeFailureCode(error);
    if (errno === null) throw error;
    throw new WriteError(PIPELINE_MESSAGES.reportNotWritten({ out, errno }), { cause: error });
  }
  return { audit, figures, files, skipped };
}
