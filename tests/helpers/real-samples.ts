import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The 665 offers the real API served for département 74 in August 2025, one JSON object a line, copied into the
 * project with phone numbers and e-mail addresses masked (`tests/fixtures/real-offers/README.md`).
 */
export const REAL_SAMPLES_PATH = fileURLToPath(
  new URL('../fixtures/real-offers/api-offers-74-2025-08.jsonl', import.meta.url),
);

/** The real samples' lines, the first `limit` of them when given. */
export function realSampleLines(limit?: number): string[] {
  const lines = readFileSync(REAL_SAMPLES_PATH, 'utf8').split('\n').filter(Boolean);
  return limit === undefined ? lines : lines.slice(0, limit);
}

/** The real samples as the API served them, the first `limit` of them when given. */
export function realSamples(limit?: number): Record<string, unknown>[] {
  return realSampleLines(limit).map((line) => JSON.parse(line) as Record<string, unknown>);
}
