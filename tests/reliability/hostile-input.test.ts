/**
 * Guarantee 3 — hostile input: no crash, no hang, every rejection explained.
 *
 * Offers are text written by strangers, and pages are HTML served by strangers. Every parser that reads them —
 * salary labels, working-time labels, contract labels, amounts and hours in free text, the website's detail and
 * search pages, partner pages, the whole classifier, and the contact masking applied to quoted text — takes random
 * and mutated inputs (fast-check) without throwing, and a rejected input comes back with a reason. Regular
 * expressions are the classic hang: every pattern of every clause rule (iterated from the rule data, negations and
 * exceptions included) runs against 100,000-character strings of near-matches built from the rule's own positive
 * examples, under a wall-clock guard that only a real hang (catastrophic backtracking) can trip.
 *
 * Imported JSON is fuzzed in fuzz-import.test.ts; tests/classifiers/rules.test.ts has a shorter backtracking check
 * on fixed fragments.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseText, normaliseWithMap } from '../../classifiers/engine/normalise.js';
import { findDurations, parseContract } from '../../classifiers/facts/contract.js';
import { findWeeklyHours, parseHoursLabel } from '../../classifiers/facts/hours.js';
import { findPayAmounts, mentionsSmicAsPay } from '../../classifiers/facts/pay/find-pay-amounts.js';
import { parseSalaryLabel } from '../../classifiers/facts/pay/parse-salary-label.js';
import { classifyOffer, defaultContext } from '../../classifiers/index.js';
import { TEXT_RULES } from '../../classifiers/rules/index.js';
import { readPartnerPage } from '../../crawler/sources/partner/parse-partner-page.js';
import { parseDetailPage } from '../../crawler/sources/site/parse-detail-page.js';
import { parseSearchPage } from '../../crawler/sources/site/parse-search-page.js';
import { parseApiOffer } from '../../model/from-api-offer.js';
import type { Offer } from '../../model/offer.js';
import { startReplica } from '../../replica/index.js';
import { maskContacts } from '../../reports/mask-contacts.js';
import { realSamples } from '../helpers/real-samples.js';
import { SOAK } from './helpers/cli-storage.js';
import { HangGuard } from './helpers/hang-guard.js';

const RUNS = SOAK ? 5_000 : 300;
/**
 * Far above what a sound parser needs on these sizes (milliseconds, even on a loaded 2-core CI machine), far
 * below a catastrophic one (minutes, or forever). Long inputs run in a worker thread the guard can terminate.
 */
const HANG_MS = 5_000;
const LONG = 100_000;
/** 5 s on the reference machine, more on a slower or loaded one (measured once, when the file starts). */
const guard = new HangGuard(HANG_MS);
afterAll(async () => {
  await guard.close();
});

/** Work run in this thread, timed after the fact: over the guard's limit, it runs once more before failing. */
function timed<T>(what: string, work: () => T): T {
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const result = work();
    const elapsed = performance.now() - started;
    if (elapsed <= guard.limitMs) return result;
    if (attempt === 2) throw new Error(`${what} took ${Math.round(elapsed)} ms twice: a hang`);
  }
}

const samples = realSamples(40);

function sampleOffer(index: number): Offer {
  const parsed = parseApiOffer(samples[index % samples.length]);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.offer;
}

/** A real offer whose text fields are replaced: what a rule, the pay or the contract classifier reads. */
function offerWith(text: { title?: string | null; description?: string | null }, index = 0): Offer {
  const offer = sampleOffer(index);
  return {
    ...offer,
    title: text.title === undefined ? offer.title : text.title,
    description: text.description === undefined ? offer.description : text.description,
  };
}

const realSalaryLabels = samples.flatMap((sample) => {
  const label = (sample.salaire as { libelle?: string } | undefined)?.libelle;
  return label ? [label] : [];
});
const realHoursLabels = samples.flatMap((sample) =>
  typeof sample.dureeTravailLibelle === 'string' ? [sample.dureeTravailLibelle] : [],
);

/** Mutations of a seed string: characters dropped, inserted, repeated; the shape of a drifting source. */
function mutated(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.nat(),
      fc.nat({ max: 40 }),
      fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('0', '9'.repeat(40), ',', '.', ' à ', '€', 'h')),
      fc.nat({ max: 50 }),
    )
    .map(([seed, at, drop, insert, repeat]) => {
      const index = seed.length === 0 ? 0 : at % seed.length;
      const middle = insert.repeat(1 + (repeat % 5));
      return seed.slice(0, index) + middle + seed.slice(index + drop);
    });
}

describe('label parsers', () => {
  it('read any salary label or say it is unparsed, quoting it', () => {
    expect(realSalaryLabels.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), mutated(realSalaryLabels)), (label) => {
        const result = timed('parseSalaryLabel', () => parseSalaryLabel(label));
        if (label.trim() === '') expect(result.status).toBe('missing');
        else if (result.status === 'unparsed') expect(result.label).toBe(label);
        else if (result.status === 'parsed') {
          expect(Number.isFinite(result.amount.min)).toBe(true);
          expect(result.amount.min).toBeLessThanOrEqual(result.amount.max);
          expect(result.amount.evidence).toBe(label);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('read any working-time label, hours within a week or none', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), mutated(realHoursLabels)), (label) => {
        const result = timed('parseHoursLabel', () => parseHoursLabel(label));
        if (result.weekly !== null) {
          expect(result.weekly).toBeGreaterThan(0);
          expect(result.weekly).toBeLessThanOrEqual(72);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('read amounts, hours and durations in any free text', () => {
    const descriptions = samples.map((sample) => String(sample.description ?? ''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 500 }), mutated(descriptions), mutated(realSalaryLabels)),
        (text) => {
          const normalised = normaliseWithMap(text);
          timed('findPayAmounts', () => findPayAmounts(normalised, 'description'));
          timed('mentionsSmicAsPay', () => mentionsSmicAsPay(normalised.text, false));
          for (const hours of timed('findWeeklyHours', () => findWeeklyHours(normalised.text)))
            expect(hours.weekly).toBeGreaterThan(0);
          timed('findDurations', () => findDurations(normalised.text));
          timed('parseContract', () =>
            parseContract({ ...sampleOffer(0), contract: { ...sampleOffer(0).contract, label: text } }),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('finish on long labels and texts', async () => {
    for (const piece of [
      '1',
      '1,',
      '1 ',
      'de 1',
      '35h',
      '9'.repeat(14),
      'Mensuel de 1 ',
      'a.',
      '1 € a ',
      '35 h par ',
    ]) {
      const text = piece.repeat(Math.ceil(LONG / piece.length));
      await guard.run({ kind: 'labels', text }, `label parsers on "${piece}" × ${LONG}`);
      await guard.run(
        { kind: 'classify', text, sample: samples[0] },
        `classifyOffer on "${piece}" × ${LONG}`,
      );
    }
  });
});

describe('the whole classifier', () => {
  it('classifies real offers whose text is replaced by anything, without throwing', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.option(fc.string({ maxLength: 300 })),
        fc.option(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 500 }))),
        (index, title, description) => {
          const flags = timed('classifyOffer', () =>
            classifyOffer(offerWith({ title, description }, index), defaultContext()),
          );
          for (const flag of flags) {
            expect(flag.explanation.length).toBeGreaterThan(10);
            expect(typeof flag.evidence).toBe('string');
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/**
 * Near-matches of a rule, built from one of its positive examples: repeated whole (so the rule matches and
 * checks its negations every time), cut one character short (so every start almost matches), as a run of its
 * prefixes (the classic pump for nested or overlapping quantifiers), without spaces, and with its numbers
 * stretched. Each is LONG characters.
 */
function nearMatches(example: string): Array<[string, string]> {
  const text = normaliseText(example).trim() || example;
  const fill = (piece: string) => piece.repeat(Math.ceil(LONG / Math.max(1, piece.length))).slice(0, LONG);
  const prefixes: string[] = [];
  for (let length = 1; prefixes.join('').length < LONG; length = (length % text.length) + 1)
    prefixes.push(text.slice(0, length));
  const variants: Array<[string, string]> = [
    ['repeated', fill(`${text} `)],
    ['one short', fill(`${text.slice(0, -1)} `)],
    ['prefixes', prefixes.join('').slice(0, LONG)],
    ['no spaces', fill(text.replace(/\s+/g, ''))],
    ['digits stretched', fill(`${text.replace(/\d+/g, (digits) => digits.repeat(12))} `)],
    ['spaces doubled', fill(`${text.replace(/ /g, '  ')} `)],
  ];
  // The normal suite keeps the three shapes most likely to trip a backtracking engine; soak runs them all.
  return SOAK
    ? variants
    : variants.filter(([name]) => ['one short', 'prefixes', 'digits stretched'].includes(name));
}

describe('every clause rule against long adversarial strings', () => {
  for (const rule of TEXT_RULES) {
    it(`${rule.id}: every pattern finishes on ${LONG.toLocaleString('en')} characters of near-matches`, async () => {
      const examples = rule.examples.positive.map((example) =>
        [example.title, example.text ?? example.description].filter(Boolean).join(' '),
      );
      expect(examples.length).toBeGreaterThan(0);
      if (!SOAK) examples.splice(1);
      const regexes = [...rule.patterns, ...(rule.negations ?? []), ...(rule.exceptions ?? [])];
      for (const example of examples) {
        for (const [variant, text] of nearMatches(example)) {
          const what = `${rule.id} on "${example.slice(0, 30)}…" ${variant}`;
          // Each regex alone, on the whole string: the worst case, beyond the windows the rule engine uses.
          for (const regex of regexes)
            await guard.run(
              { kind: 'regex', source: regex.source, flags: regex.flags, text },
              `${what} ${regex}`,
            );
          // The rule as the classifier runs it, in the title and the description, fast path and exhaustive.
          await guard.run({ kind: 'rule', ruleId: rule.id, text, sample: samples[0] }, `${what} runRule`);
        }
      }
    }, 600_000);
  }
});

describe('contact masking of quoted text (reports, exports, validation samples)', () => {
  it('finishes on long strings of near-contacts', async () => {
    for (const piece of [
      'a',
      'a.',
      'a@',
      '@a',
      'a@b.',
      '0',
      '06 ',
      '+33 6',
      'Mme ',
      'M. A',
      'Madame Aé',
      'x-',
    ]) {
      const text = piece.repeat(Math.ceil(LONG / piece.length));
      await guard.run(
        { kind: 'mask', text, names: ['Dupont', text.slice(0, 50)] },
        `maskContacts("${piece}" × ${LONG})`,
      );
    }
  });

  it('masks any text without throwing, and masks what it was told is a name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ minLength: 3, maxLength: 20 }), (text, name) => {
        const masked = timed('maskContacts', () => maskContacts(`${text} ${name} ${text}`, [name]));
        if (name.trim().length >= 3) expect(masked.toLowerCase()).not.toContain(name.trim().toLowerCase());
      }),
      { numRuns: RUNS },
    );
  });
});

describe('HTML pages', () => {
  let detailPages: string[] = [];
  let searchPage = '';
  let partnerPages: string[] = [];
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const replica = await startReplica({ offers: 200, seed: 5, rateLimit: false });
    close = () => replica.close();
    const ids = [...replica.ids()].slice(0, 12);
    detailPages = await Promise.all(
      ids.map(async (id) => (await fetch(`${replica.siteUrl}/offres/recherche/detail/${id}`)).text()),
    );
    searchPage = await (await fetch(`${replica.siteUrl}/offres/recherche?lieux=74D&range=0-19`)).text();
    const partnerUrls = ids.flatMap((id) => {
      const url = replica.offer(id)?.origineOffre?.partenaires?.[0]?.url;
      return url ? [url] : [];
    });
    partnerPages = await Promise.all(partnerUrls.map(async (url) => (await fetch(url)).text()));
  });
  afterAll(async () => {
    await close();
  });

  /** A real page with one slice cut, duplicated or replaced by hostile markup. */
  function mutatedPage(pages: () => string[]): fc.Arbitrary<string> {
    const hostile = fc.constantFrom(
      '<',
      '</dd>',
      '<dt>Salaire</dt><dd>',
      '<script>while(1){}</script>',
      '<![CDATA[',
      '<!--',
      '&#x0;',
      '\u0000',
      '<div itemprop="title">'.repeat(500),
      'é'.repeat(10_000),
    );
    return fc
      .tuple(
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 5000 }),
        fc.oneof(hostile, fc.string({ maxLength: 50 })),
        fc.nat({ max: 3 }),
      )
      .map(([which, at, length, insert, how]) => {
        const page = pages()[which % pages().length]!;
        const start = at % page.length;
        const slice = page.slice(start, start + length);
        if (how === 0) return page.slice(0, start) + page.slice(start + length);
        if (how === 1) return page.slice(0, start) + slice + slice + page.slice(start);
        if (how === 2) return page.slice(0, start);
        return page.slice(0, start) + insert + page.slice(start + length);
      });
  }

  it('the detail page parser reads an offer or says why not, whatever the page', () => {
    expect(detailPages.length).toBeGreaterThan(5);
    for (const page of detailPages) expect(parseDetailPage(page).ok).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedPage(() => detailPages),
          fc.string({ maxLength: 2000 }),
        ),
        (page) => {
          const result = timed('parseDetailPage', () => parseDetailPage(page, 'X1'));
          if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
          else expect(result.offer.id.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: Math.min(RUNS, SOAK ? 2_000 : 150) },
    );
  });

  it('the search page and partner page readers never throw', () => {
    expect(partnerPages.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedPage(() => [searchPage]),
          mutatedPage(() => partnerPages),
          fc.string({ maxLength: 2000 }),
        ),
        (page) => {
          const search = timed('parseSearchPage', () => parseSearchPage(page));
          expect(Array.isArray(search.items)).toBe(true);
          const partner = timed('readPartnerPage', () => readPartnerPage(page));
          expect(typeof partner.expired).toBe('boolean');
        },
      ),
      { numRuns: Math.min(RUNS, SOAK ? 2_000 : 150) },
    );
  });

  it('finish on huge and deeply nested pages', async () => {
    const huge = [
      // Nested far deeper than cheerio's own `.text()` and `.clone()` recursion survives: the readers walk iteratively.
      `<html><body><script></script>${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}</body></html>`,
      `<html><body><div itemprop="description">${'a '.repeat(100_000)}</div></body></html>`,
      `<html><body><dl>${'<dt>Salaire</dt><dd>1 €</dd>'.repeat(5_000)}</dl></body></html>`,
      `<html><body><a href="mailto:${'a'.repeat(100_000)}">x</a><span itemprop="email">${'a@'.repeat(50_000)}</span></body></html>`,
    ];
    for (const [index, page] of huge.entries()) {
      for (const parser of ['detail', 'partner', 'search'] as const)
        await guard.run(
          { kind: 'pages', parser, text: page },
          `${parser} page parser on huge page ${index + 1}`,
        );
    }
  });
});
