import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { listAudits, resolveAudit } from '../db/audits.js';
import type { Schema } from '../db/schema.js';
import { getLogger } from '../lib/logger.js';
import type { AuditPages } from './server.js';

export interface AuditPagesOptions {
  /** Reports rendered at once; a request beyond waits its turn. @default 1 */
  maxConcurrentRenders?: number;
  /** Requests waiting for a render slot beyond which the server answers 503 at once. @default 8 */
  maxWaitingRenders?: number;
  /** Rendered reports kept, newest first. @default 8 */
  maxCachedReports?: number;
  /** The audit's HTML report (tests count the calls). @default the report renderer through `reportFigures` */
  render?: (db: Kysely<Schema>, auditId: number) => Promise<string>;
}

export async function renderReport(db: Kysely<Schema>, auditId: number): Promise<string> {
  // Loaded on first use: the report's figures and renderer are the heaviest part of the server.
  const [{ reportFigures }, { renderHtml }] = await Promise.all([
    import('../pipeline/write-report.js'),
    import('../reports/render/render-html.js'),
  ]);
  const { figures } = await reportFigures(db, { audit: auditId });
  // Lets the event loop answer what came in meanwhile (/healthz) between the queries and the rendering.
  await nextTurn();
  return renderHtml(figures);
}

/**
 * The audits of the database, each with the report renderer's own HTML: the same page `vigie report` writes,
 * through the same use case, so an audit not yet classified shows its counts rather than a report of no finding.
 * A rendered report is kept per audit, classification version and status (a report changes only when one of them
 * does), concurrent requests for one report share its render, and at most `maxConcurrentRenders` run at once.
 */
export function auditPages(db: Kysely<Schema>, options: AuditPagesOptions = {}): AuditPages {
  const render = options.render ?? renderReport;
  const maxRenders = options.maxConcurrentRenders ?? 1;
  const maxWaiting = options.maxWaitingRenders ?? 8;
  const maxCached = options.maxCachedReports ?? 8;
  const reports = new Map<string, Promise<string>>();
  const waiting: Array<() => void> = [];
  let running = 0;

  async function slot(): Promise<() => void> {
    if (running >= maxRenders) {
      if (waiting.length >= maxWaiting) throw new RendersBusy();
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    running++;
    return () => {
      running--;
      waiting.shift()?.();
    };
  }

  function cachedRender(key: string, auditId: number): Promise<string> {
    const known = reports.get(key);
    if (known) {
      reports.delete(key);
      reports.set(key, known);
      return known;
    }
    const rendering = (async () => {
      const release = await slot();
      try {
        return await render(db, auditId);
      } finally {
        release();
      }
    })();
    reports.set(key, rendering);
    // A failed render is not kept: the next request tries again.
    rendering.catch(() => {
      if (reports.get(key) === rendering) reports.delete(key);
    });
    while (reports.size > maxCached) {
      const oldest = reports.keys().next().value;
      if (oldest === undefined) break;
      reports.delete(oldest);
    }
    return rendering;
  }

  return {
    list: () => listAudits(db),
    async report(reference) {
      const audit = await resolveAudit(db, reference).catch(() => undefined);
      if (!audit) return null;
      const key = `${audit.id}|${audit.classifierVersion ?? ''}|${audit.status}`;
      try {
        return { html: await cachedRender(key, audit.id) };
      } catch (error) {
        if (error instanceof RendersBusy) return { busy: true };
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

class RendersBusy extends Error {}
