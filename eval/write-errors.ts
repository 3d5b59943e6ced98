import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS } from '../model/taxonomy.js';
import type { EvaluationSet } from './evaluation-sets.js';
import { readGoldSet } from './gold-set.js';

/**
 * One file per category listing the real offers Vigie got wrong: each false positive with the flag it raised,
 * each miss with the readers' quote and reason. For reading the offers behind a figure, not for tuning to them:
 * a rule is written from the law and the language of offers, and judged on offers it was not written from.
 */
export function writeErrors(folder: string, set: EvaluationSet): number {
  mkdirSync(folder, { recursive: true });
  const gold = new Map(readGoldSet().map((offer) => [offer.id, offer]));
  let files = 0;
  for (const category of CATEGORY_IDS) {
    if (set.unmeasured.includes(category)) continue;
    const lines: string[] = [];
    for (const [id, truth] of set.truth) {
      const flags = (set.predicted.get(id) ?? []).filter((flag) => flag.category === category);
      const isTrue = truth.has(category);
      if (flags.length > 0 && !isTrue) {
        for (const flag of flags)
          lines.push(
            `FP ${id} ${flag.rule} [${flag.severity}] evidence: ${flag.evidence.replace(/\s+/g, ' ')}`,
          );
      } else if (flags.length === 0 && isTrue) {
        const label = gold.get(id)?.labels.find((entry) => entry.category === category);
        lines.push(
          `FN ${id} [${label?.severity ?? '?'}] ${label?.field ?? ''}: « ${label?.quote.replace(/\s+/g, ' ') ?? ''} » — ${label?.reason ?? ''}`,
        );
      }
    }
    if (lines.length === 0) continue;
    writeFileSync(join(folder, `${category}.txt`), `${lines.join('\n')}\n`);
    files++;
  }
  return files;
}
