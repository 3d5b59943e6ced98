import { startReplica } from '../../replica/index.js';
import type { ReplicaArrivals, ReplicaLogSummary } from './replica-child.js';

/**
 * Runs a replica in its own process, so that generating and serving offers uses the second core while the code
 * under measurement uses the first, and so that the replica's memory is not counted in the benchmark's peak RSS.
 * Prints one JSON line with the URLs once listening; on a line "stats" on stdin, prints the request log's summary;
 * on "times", every arrival time by route (to find where a crawl left the rate unused).
 */
const options = JSON.parse(process.argv[2] ?? '{}');
const replica = await startReplica({ rateLimit: false, ...options });
process.stdout.write(
  `${JSON.stringify({ url: replica.url, apiUrl: replica.apiUrl, tokenUrl: replica.tokenUrl, siteUrl: replica.siteUrl })}\n`,
);
let input = '';
process.stdin.on('data', (chunk: Buffer) => {
  input += chunk.toString('utf8');
  for (let end = input.indexOf('\n'); end >= 0; end = input.indexOf('\n')) {
    const command = input.slice(0, end).trim();
    input = input.slice(end + 1);
    if (command === 'stats') {
      const stats = replica.stats();
      process.stdout.write(`${JSON.stringify(summarise(stats))}\n`);
    } else if (command === 'times') {
      const stats = replica.stats();
      const arrivals: ReplicaArrivals = {
        timeOrigin: performance.timeOrigin,
        byRoute: Object.fromEntries(
          Object.keys(stats.byRoute).map((route) => [route, stats.timestamps(route)]),
        ),
      };
      process.stdout.write(`${JSON.stringify(arrivals)}\n`);
    }
  }
});
process.on('SIGTERM', () => {
  replica.close().finally(() => process.exit(0));
});

function summarise(stats: ReturnType<typeof replica.stats>): ReplicaLogSummary {
  const times = stats.timestamps();
  return {
    requests: stats.requests,
    byRoute: stats.byRoute,
    rejected429: stats.rejected429,
    maxRatePerSecond: stats.maxLimitedPerSecond(1000),
    maxRatePerSecondAllRoutes: stats.maxRatePerSecond(1000),
    firstMs: times[0] ?? 0,
    lastMs: times.at(-1) ?? 0,
  };
}
