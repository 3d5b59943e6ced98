import { Command } from 'commander';
import { UsageError } from '../../lib/errors.js';
import { REPORT_FORMATS, type ReportFormat, runReport } from '../../pipeline/write-report.js';
import { withDatabase } from '../open-database.js';

export { REPORT_FORMATS } from '../../pipeline/write-report.js';

export function parseFormats(text: string): ReportFormat[] {
  const formats = text
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter(Boolean)
    .map((format) => (format === 'markdown' ? 'md' : format));
  const unknown = formats.filter((format) => !(REPORT_FORMATS as readonly string[]).includes(format));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(
      `unknown report format: ${unknown.join(', ') || '(none)'}`,
      `choose among ${REPORT_FORMATS.join(', ')}`,
    );
  }
  return [...new Set(formats)] as ReportFormat[];
}

export function reportCommand(): Command {
  return new Command('report')
    .description(
      'write the audit report in French: HTML, PDF, Markdown, CSV of every offer, JSON of every figure',
    )
    .option('--audit <id>', 'the audit to report on: a number or "latest"', 'latest')
    .option('--compare <id>', 'an earlier audit to compare with, month over month: a number or "previous"')
    .option(
      '--format <list>',
      `comma-separated formats among ${REPORT_FORMATS.join(',')}`,
      REPORT_FORMATS.join(','),
    )
    .option('--out <dir>', 'folder to write the files into', 'reports-out')
    .option(
      '--keep-contacts',
      'keep phone numbers, e-mails and recruiter names in quotes and exports (masked by default)',
    )
    .addHelpText(
      'after',
      `
Files: vigie-audit-ID.html (self-contained, works offline), .pdf (needs Chromium), .md, .json, -offres.csv.

Examples:
  $ vigie report                                        the latest audit, every format, into ./reports-out
  $ vigie report --audit 12 --compare previous          with the changes since audit 11
  $ vigie report --format html,md --out site/rapports   only the page and the Markdown
  $ vigie report --format csv --keep-contacts           every offer with its flags, contacts kept`,
    )
    .action(
      async (
        flags: { audit: string; compare?: string; format: string; out: string; keepContacts?: boolean },
        command: Command,
      ) => {
        const formats = parseFormats(flags.format);
        const result = await withDatabase(command, (database) =>
          runReport({
            database,
            audit: flags.audit,
            ...(flags.compare ? { compare: flags.compare } : {}),
            formats,
            out: flags.out,
            keepContacts: flags.keepContacts === true,
          }),
        );
        for (const file of result.files) process.stdout.write(`${file.path}\n`);
        for (const skip of result.skipped) process.stderr.write(`vigie: ${skip.reason}\n`);
        process.stderr.write(
          `Rapport de l’audit ${result.audit.id} (${result.audit.label}) : ${result.files.length} fichier(s) écrit(s).\n`,
        );
      },
    );
}
