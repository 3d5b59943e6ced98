import type { Benchmark } from './benchmark.js';
import { benchDatabase } from './helpers/crawl-database.js';
import { secondsSince } from './helpers/offers.js';
import { buildReportCensus, timeHtmlReport } from './helpers/report-census.js';

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
    try {
      const built = performance.now();
      const { auditId: id, flags } = await buildReportCensus(database, scale);
      const buildSeconds = secondsSince(built);
      const report = await timeHtmlReport(database, id);
      return {
        value: report.seconds,
        extra: {
          offers: scale,
          flags,
          htmlKb: report.htmlKb,
          auditBuildSeconds: buildSeconds,
          // This process only: the server's own work is in another process.
          clientCpuSeconds: report.cpuSeconds,
        },
      };
    } finally {
      await database.close();
    }
  },
};
