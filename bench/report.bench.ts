import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../pipeline/write-report.js';
import type { Benchmark } from './benchmark.js';
import { benchDatabase } from './helpers/crawl-database.js';
import { cpuSeconds, secondsSince } from './helpers/offers.js';
import { buildReportCensus } from './helpers/report-census.js';

/**
 * `vigie report --format html` on a census of `scale` offers in PostgreSQL (`buildReportCensus`: written with SQL,
 * not crawled), in a fresh schema dropped afterwards. Only the report (every figure, then the HTML) is timed.
 */
export const benchmark: Benchmark = {
  name: 'report',
  measures: 'all figures + HTML, census on PostgreSQL',
  unit: 's',
  target: { value: 30, kind: 'atMost' },
  defaultScale: 1_000_000,
  async run({ scale, postgresUrl }) {
    const database = await benchDatabase('postgres', postgresUrl);
    const out = mkdtempSync(join(tmpdir(), 'vigie-bench-report-'));
    try {
      const built = performance.now();
      const { auditId: id, flags } = await buildReportCensus(database, scale);
      const buildSeconds = secondsSince(built);

      const started = performance.now();
      const cpuBefore = cpuSeconds();
      const result = await runReport({ database, audit: id, formats: ['html'], out });
      const seconds = secondsSince(started);
      const cpu = cpuSeconds() - cpuBefore;
      const html = result.files.find((file) => file.format === 'html');
      return {
        value: seconds,
        extra: {
          offers: scale,
          flags,
          htmlKb: html ? statSync(html.path).size / 1024 : 0,
          auditBuildSeconds: buildSeconds,
          // This process only: the server's own work is in another process.
          clientCpuSeconds: cpu,
        },
      };
    } finally {
      rmSync(out, { recursive: true, force: true });
      await database.close();
    }
  },
};
