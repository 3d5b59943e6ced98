import { openDatabase } from '../../db/connect.js';
import { buildReportCensus } from './report-census.js';

/**
 * Writes the report benchmark's census into an embedded database folder, in a process of its own so that building
 * it (minutes, and more memory than the report) never weighs on the report row's CPU time or peak RSS. Prints one
 * JSON line: the audit's id, its flags and the seconds the build took.
 */
const [folder, scaleText] = process.argv.slice(2);
if (!folder || !scaleText) throw new Error('usage: report-census-build.ts <folder> <scale>');
const started = performance.now();
const database = await openDatabase({ path: folder });
try {
  const built = await buildReportCensus(database, Number(scaleText));
  process.stdout.write(`${JSON.stringify({ ...built, seconds: (performance.now() - started) / 1000 })}\n`);
} finally {
  await database.close();
}
