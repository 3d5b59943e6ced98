import { Command } from 'commander';
import { UsageError } from '../../lib/errors.js';
import { REPORT_FORMATS, type ReportFormat, runReport, skippedReason } from '../../pipeline/write-report.js';
import { language, messages } from '../i18n/index.js';
import { CLI_MESSAGES } from '../messages.js';
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
      CLI_MESSAGES.unknownFormat({ formats: unknown.join(', '), known: REPORT_FORMATS.join(', ') }),
    );
  }
  return [...new Set(formats)] as ReportFormat[];
}

export function reportCommand(): Command {
  return new Command('report')
    .description(messages().report.description)
    .option('--audit <id>', messages().report.audit, 'latest')
    .option('--compare <id>', messages().report.compare)
    .option('--format <list>', messages().report.format(REPORT_FORMATS.join(',')), REPORT_FORMATS.join(','))
    .option('--out <dir>', messages().report.out, 'reports-out')
    .option('--keep-contacts', messages().report.keepContacts)
    .addHelpText('after', messages().report.footer)
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
        for (const skip of result.skipped)
          process.stderr.write(`vigie: ${skippedReason(skip.reason, language())}\n`);
        process.stderr.write(
          messages().report.written(result.audit.id, result.audit.label, result.files.length),
        );
      },
    );
}
