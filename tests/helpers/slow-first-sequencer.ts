import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Starts the slow test files first. Vitest orders files by the durations of its last run on this machine, and on a
 * fresh clone (CI) by size: a one-minute file that happens to be small then starts last and runs alone at the end,
 * one core idle. The durations of a whole run are committed (tests/helpers/test-durations.json, refreshed by
 * scripts/test-durations.ts), so every run starts the long files at once and the quick ones fill the gaps.
 * Files not in that list (quick ones, or new ones) follow, largest first.
 */
const DURATIONS_FILE = new URL('./test-durations.json', import.meta.url);

function committedDurations(): Map<string, number> {
  const parsed: unknown = JSON.parse(readFileSync(DURATIONS_FILE, 'utf8'));
  const durations = new Map<string, number>();
  if (typeof parsed !== 'object' || parsed === null) return durations;
  for (const [file, seconds] of Object.entries(parsed)) {
    if (typeof seconds === 'number') durations.set(file, seconds);
  }
  return durations;
}

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const durations = committedDurations();
    const root = this.ctx.config.root;
    const keyed = files.map((spec) => {
      const path = relative(root, spec.moduleId);
      return { spec, seconds: durations.get(path) ?? 0, size: statSync(spec.moduleId).size };
    });
    keyed.sort((a, b) => b.seconds - a.seconds || b.size - a.size);
    return keyed.map(({ spec }) => spec);
  }
}
