import type { Kysely } from 'kysely';
import { listAudits, resolveAudit } from '../db/audits.js';
import type { Schema } from '../db/schema.js';
import { getLogger } from '../lib/logger.js';
import type { AuditPages } from './server.js';

/**
 * The audits of the database, each with the report renderer's own HTML: the same page `vigie report` writes,
 * through the same use case, so an audit not yet classified shows its counts rather than a report of no finding.
 */
export function auditPages(db: Kysely<Schema>): AuditPages {
  return {
    list: () => listAudits(db),
    async report(reference) {
      const audit = await resolveAudit(db, reference).catch(() => undefined);
      if (!audit) return null;
      try {
        // Loaded on first use: the report's figures and renderer are the heaviest part of the server.
        const [{ reportFigures }, { renderHtml }] = await Promise.all([
          import('../pipeline/write-report.js'),
          import('../reports/render/render-html.js'),
        ]);
        return { html: renderHtml((await reportFigures(db, { audit: audit.id })).figures) };
      } catch (error) {
        // An audit still running or not classified, or one the report cannot describe yet: its counts are still worth showing.
        getLogger('web').warn(
          { audit: audit.id, err: error instanceof Error ? error.message : String(error) },
          'report not rendered',
        );
        const summary = (await listAudits(db)).find((row) => row.id === audit.id);
        return summary ? { summary } : null;
      }
    },
  };
}
