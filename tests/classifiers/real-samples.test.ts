import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_IDS, isGenuine } from '../../model/taxonomy.js';
import { classifyAll, loadSamples } from './helpers.js';

/*
 * Real offers are mostly clean. A category of the illegal or misleading axes that fires on many of them is
 * probably a false alarm: the ceilings below were set after reading, by hand, every flag the rules raise on these
 * 665 offers (see the test output), and stop a rule change from silently turning noisy.
 */
const CEILINGS: Partial<Record<string, number>> = {
  // Problem axes: a few percent at most.
  age_limit: 0.01,
  discrimination: 0.01,
  privacy: 0.01,
  fee_requested: 0.01,
  unpaid_work: 0.01,
  disguised_self_employment: 0.01,
  foreign_language: 0.01,
  undated: 0.01,
  cdd_rules: 0.02,
  // The gold set (eval/gold, read by two readers) holds 23 offers (3.5 %) with a contract contradiction.
  contract_mismatch: 0.04,
  // The gold set finds 30 of 665 (4.5 %).
  hours_mismatch: 0.05,
  duration_missing: 0.02,
  // The gold set holds 98 offers (14.7 %) whose experience field and text disagree: the commonest contradiction.
  experience_mismatch: 0.16,
  place_mismatch: 0.02,
  not_a_job: 0.03,
  // The gold set finds 36 (5.4 %) and 31 (4.7 %) of 665: placeholders and the text's own figures.
  pay_mismatch: 0.06,
  below_minimum_wage: 0.06,
  part_time_under_24h: 0.05,
  duplicate: 0.03,
  dead_link: 0,
  // Described by the data (37 % of salaries empty, 22 % anonymous, 45 % not CDI): the ceiling only catches a bug.
  salary_missing: 0.55,
  anonymous_employer: 0.3,
  // 401 of 665 offers have no dureeTravailLibelle; the gold set finds 220 with no working time at all (33 %).
  hours_missing: 0.4,
  not_cdi: 0.5,
  part_time: 0.15,
  short_contract: 0.05,
};

describe('firing rates on 665 real offers (département 74, August 2025)', () => {
  const offers = loadSamples();
  const flags = classifyAll(offers);

  it('prints and bounds how often each category fires', () => {
    const lines: string[] = [];
    const over: string[] = [];
    for (const category of CATEGORY_IDS) {
      const hits = [...flags.values()].filter((list) =>
        list.some((flag) => flag.category === category),
      ).length;
      const certain = [...flags.values()].filter((list) =>
        list.some((flag) => flag.category === category && flag.severity === 'certain'),
      ).length;
      const rate = hits / offers.length;
      lines.push(
        `${category.padEnd(26)} ${CATEGORIES[category].axis.padEnd(10)} ${String(hits).padStart(4)} (${(rate * 100).toFixed(1).padStart(5)} %), certain ${certain}`,
      );
      if (rate > (CEILINGS[category] ?? 0.02)) over.push(`${category} ${(rate * 100).toFixed(1)} %`);
    }
    const genuine = [...flags.values()].filter((list) => isGenuine(list)).length;
    console.log(
      `firing rates on ${offers.length} real offers:\n${lines.join('\n')}\ngenuine: ${genuine} (${((genuine / offers.length) * 100).toFixed(1)} %)`,
    );
    expect(over).toEqual([]);
  });

  it('prints every flag of the problem axes, for reading by hand', () => {
    const problems: string[] = [];
    for (const offer of offers) {
      for (const flag of flags.get(offer.id) ?? []) {
        if (flag.axis === 'illegal' || flag.axis === 'misleading')
          problems.push(`${offer.id} ${flag.rule} [${flag.severity}] ${flag.evidence.slice(0, 140)}`);
      }
    }
    console.log(`problem flags on the real offers (${problems.length}):\n${problems.join('\n')}`);
    // The gold set finds 208 of the 665 offers (31 %) illegal or misleading, often on several counts.
    expect(problems.length).toBeLessThan(offers.length * 0.45);
  });
});
