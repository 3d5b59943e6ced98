import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Refreshes tests/helpers/test-durations.json (the order tests/helpers/slow-first-sequencer.ts starts test files
 * in) from a vitest JSON report of a whole run:
 *
 *   npx vitest run --reporter=default --reporter=json --outputFile.json=/tmp/vigie-tests.json
 *   npx tsx scripts/test-durations.ts /tmp/vigie-tests.json
 *
 * Only files that take seconds are kept: the order of the quick ones does not change the run's length.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('../tests/helpers/test-durations.json', import.meta.url));
const MIN_SECONDS = 3;

interface FileResult {
  name: string;
  startTime: number;
  endTime: number;
}

function fileResults(report: unknown): FileResult[] {
  if (typeof report !== 'object' || report === null || !('testResults' in report)) return [];
  const results = report.testResults;
  if (!Array.isArray(results)) return [];
  return results.flatMap((entry: unknown): FileResult[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    if (!('name' in entry) || !('startTime' in entry) || !('endTime' in entry)) return [];
    const { name, startTime, endTime } = entry;
    return typeof name === 'string' && typeof startTime === 'number' && typeof endTime === 'number'
      ? [{ name, startTime, endTime }]
      : [];
  });
}

const reportPath = process.argv[2];
if (!reportPath) {
  console.error('usage: tsx scripts/test-durations.ts <rapport JSON de vitest>');
  process.exit(2);
}
const durations = fileResults(JSON.parse(readFileSync(reportPath, 'utf8')))
  .map((file) => [relative(ROOT, file.name), Math.round((file.endTime - file.startTime) / 1000)] as const)
  .filter(([, seconds]) => seconds >= MIN_SECONDS)
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
writeFileSync(OUT, `${JSON.stringify(Object.fromEntries(durations), null, 2)}\n`);
console.info(`${durations.length} fichiers de test lents écrits dans ${relative(ROOT, OUT)}`);
