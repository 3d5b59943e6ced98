import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { CLASSIFIER_VERSION } from '../classifiers/index.js';
import { coverageCheck } from '../eval/coverage.js';
import {
  type EvaluationSet,
  labelledCorpusSet,
  realGoldSet,
  replicaTruthSet,
} from '../eval/evaluation-sets.js';
import { type Score, type SetScore, scoreSet } from '../eval/score.js';
import { checkTargets, TARGETS, type TargetCheck } from '../eval/targets.js';
import { writeErrors } from '../eval/write-errors.js';
import type { CategoryId } from '../model/taxonomy.js';

/**
 * `npm run eval [-- --out eval/results.json] [--replica 3000]`: scores the classifiers on the real gold set, the
 * labelled corpus and the replica's planted truth, prints the tables and writes JSON. An evaluation, not a test:
 * nothing fails when a target is missed.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seeds: { type: 'string', default: '20' },
    /** Coverage: the planted reading only (no classification), for hundreds of seeds. */
    planted: { type: 'boolean', default: false },
    offers: { type: 'string', default: '20000' },
    sample: { type: 'string', default: '2000' },
    out: { type: 'string', default: 'eval/results.json' },
    replica: { type: 'string', default: '3000' },
    /** A folder to write, per category, the real offers Vigie got wrong (false positives and misses). */
    errors: { type: 'string' },
  },
});

const started = Date.now();
if (positionals[0] === 'coverage') {
  runCoverage();
  process.exit(0);
}
if (positionals.length > 0) {
  process.stderr.write(`unknown evaluation ${positionals.join(' ')}; known: coverage\n`);
  process.exit(2);
}

/**
 * `npm run eval -- coverage [--seeds 20] [--offers 20000] [--sample 2000] [--planted]`: the share of seeded sample
 * audits whose interval holds the population's figure, for each headline figure, under both allocations;
 * `--planted` measures the estimator alone (planted truth, no classification), fast enough for hundreds of seeds.
 */
function runCoverage(): void {
  const rows = coverageCheck({
    offers: Number(values.offers),
    sampleSize: Number(values.sample),
    seeds: Number(values.seeds),
    corpusSeed: 20261202,
    plantedOnly: values.planted,
  });
  const pct = (value: number) => (value * 100).toFixed(1);
  const table = markdownTable(
    [
      'figure',
      'truth',
      'allocation',
      'population',
      'mean estimate',
      'mean width',
      'covered',
      'coverage',
      '≥ 93 %',
    ],
    rows.map((row) => [
      row.figure,
      row.truthKind,
      row.allocation,
      pct(row.truth),
      pct(row.meanEstimate),
      pct(row.meanWidth),
      `${row.covered}/${row.runs}`,
      pct(row.coverage),
      row.coverage >= 0.93 ? 'yes' : '**no**',
    ]),
  );
  process.stdout.write(
    `Coverage of the 95 % intervals: ${values.seeds} stratified samples (by département) of ${values.sample} offers ` +
      `from a ${values.offers}-offer replica, per allocation.\n` +
      '"planted": offers judged by the replica\'s truth (the estimator alone); "flags": the sample judged as an ' +
      'audit of it would be, the population as a census would be (duplicates looked for among the sample and its companions, one targeted search per sampled offer).\n\n' +
      `${table}\n`,
  );
  const fallback = values.planted ? 'eval/coverage-planted.json' : 'eval/coverage.json';
  const out = values.out === 'eval/results.json' ? fallback : values.out;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        seconds: (Date.now() - started) / 1000,
        // The conditions, so that a figure quoted elsewhere can be traced to its run.
        conditions: {
          offers: Number(values.offers),
          sample: Number(values.sample),
          seeds: Number(values.seeds),
          plantedOnly: values.planted,
          loadAverage: loadavg().map((value) => Math.round(value * 10) / 10),
        },
        rows,
      },
      null,
      2,
    )}\n`,
  );
  process.stdout.write(`written ${out}\n`);
}
const sets: EvaluationSet[] = [realGoldSet(), labelledCorpusSet(), replicaTruthSet(Number(values.replica))];
const scores = new Map(sets.map((set) => [set.name, scoreSet(set.truth, set.predicted)]));
const real = scores.get('real');
if (!real) throw new Error('the real gold set was not scored');
const targets = checkTargets(real);

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}`);
const withInterval = (value: number | null, interval: Score['precisionInterval']) =>
  value === null || interval === null
    ? '—'
    : `${percent(value)} (${percent(interval.low)}–${percent(interval.high)})`;

function sideBySide(): string {
  const header = ['category', ...sets.flatMap((set) => [`${set.name} P`, `${set.name} R`])];
  const rows = (sets[0] ? (scores.get(sets[0].name)?.categories ?? []) : []).map((row) => [
    row.category,
    ...sets.flatMap((set) => {
      const score = scores.get(set.name)?.categories.find((c) => c.category === row.category);
      if (!score || set.unmeasured.includes(row.category)) return ['n/m', 'n/m'];
      return [percent(score.precision), percent(score.recall)];
    }),
  ]);
  return markdownTable(header, rows);
}

function realDetail(score: SetScore, set: EvaluationSet): string {
  const header = [
    'category',
    'support',
    'tp',
    'fp',
    'fn',
    'precision (95 % CI)',
    'certain P',
    'likely P',
    'recall (95 % CI)',
  ];
  const rows = score.categories
    .filter((row) => !set.unmeasured.includes(row.category))
    .map((row) => [
      row.category,
      String(row.support),
      String(row.tp),
      String(row.fp),
      String(row.fn),
      withInterval(row.precision, row.precisionInterval),
      row.certain.tp + row.certain.fp === 0
        ? '—'
        : `${percent(row.certain.precision)} (${row.certain.tp + row.certain.fp})`,
      row.likely.tp + row.likely.fp === 0
        ? '—'
        : `${percent(row.likely.precision)} (${row.likely.tp + row.likely.fp})`,
      withInterval(row.recall, row.recallInterval),
    ]);
  for (const [axis, axisScore] of Object.entries(score.axes)) rows.push(groupRow(`axis ${axis}`, axisScore));
  rows.push(groupRow('offer level (illegal + misleading)', score.offerLevel));
  return markdownTable(header, rows);
}

function groupRow(name: string, score: Score): string[] {
  return [
    `**${name}**`,
    String(score.support),
    String(score.tp),
    String(score.fp),
    String(score.fn),
    withInterval(score.precision, score.precisionInterval),
    '',
    '',
    withInterval(score.recall, score.recallInterval),
  ];
}

function targetTable(checks: readonly TargetCheck[]): string {
  return markdownTable(
    ['target', 'measured', 'wanted', 'met'],
    checks.map((check) => [
      check.name,
      percent(check.measured),
      `≥ ${percent(check.wanted)}`,
      check.met ? 'yes' : '**no**',
    ]),
  );
}

/**
 * The precision measured on the real gold set, as the report's method section shows it until a user imports
 * their own validation: written as a module so that rendering reads no file.
 */
function writeGoldSetPrecision(score: SetScore, set: EvaluationSet): void {
  const rows = score.categories
    .filter((row) => !set.unmeasured.includes(row.category) && row.tp + row.fp + row.fn > 0)
    .map((row) => ({
      category: row.category,
      support: row.support,
      truePositives: row.tp,
      falsePositives: row.fp,
      falseNegatives: row.fn,
      precision: row.precision,
      precisionInterval: row.precisionInterval,
      recall: row.recall,
      recallInterval: row.recallInterval,
    }));
  const module = `// Written by \`npm run eval\` (scripts/eval.ts): do not edit by hand.
import type { GoldSetPrecision } from './gold-set-precision-type.js';

export const GOLD_SET_PRECISION: GoldSetPrecision = ${JSON.stringify(
    {
      classifierVersion: CLASSIFIER_VERSION,
      measuredOn: new Date().toISOString().slice(0, 10),
      offers: score.offers,
      description: 'offres réelles de France Travail (API, Haute-Savoie, août 2025), lues deux fois',
      rows,
    },
    null,
    2,
  )};
`;
  writeFileSync('reports/render/gold-set-precision.ts', module);
}

function markdownTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const realSet = sets[0];
if (!realSet) throw new Error('no real set');
process.stdout.write(
  [
    `Classifier ${CLASSIFIER_VERSION}`,
    ...sets.map((set) => `- ${set.name}: ${set.description}`),
    '',
    `Real gold set (${real.offers} offers):`,
    realDetail(real, realSet),
    '',
    'Targets on the real set:',
    targetTable(targets),
    '',
    'Side by side (precision and recall, %; n/m: not measured by that set):',
    sideBySide(),
    '',
  ].join('\n'),
);

const unmeasured: Record<string, readonly CategoryId[]> = Object.fromEntries(
  sets.map((set) => [set.name, set.unmeasured]),
);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify(
    {
      classifierVersion: CLASSIFIER_VERSION,
      measuredAt: new Date().toISOString(),
      seconds: (Date.now() - started) / 1000,
      sets: Object.fromEntries(
        sets.map((set) => [
          set.name,
          { description: set.description, unmeasured: unmeasured[set.name], ...scores.get(set.name) },
        ]),
      ),
      targets: { wanted: TARGETS, checks: targets },
    },
    null,
    2,
  )}\n`,
);
process.stdout.write(`written ${values.out}\n`);
writeGoldSetPrecision(real, realSet);
if (values.errors) {
  const written = writeErrors(values.errors, realSet);
  process.stdout.write(
    `errors of the real set per category written to ${values.errors}/ (${written} files)\n`,
  );
}
