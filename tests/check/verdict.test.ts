import { describe, expect, it } from 'vitest';
import { ACTIONS, adviceFor, CATEGORY_ADVICE } from '../../check/advice.js';
import { formatVerdict } from '../../check/format-verdict.js';
import { checkOffer } from '../../check/run-check.js';
import { buildVerdict, expiredVerdict } from '../../check/verdict.js';
import type { Flag } from '../../model/flag.js';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../model/taxonomy.js';
import { sampleOffer } from './sample-offer.js';

function flag(category: CategoryId, overrides: Partial<Flag> = {}): Flag {
  return {
    category,
    axis: CATEGORIES[category].axis,
    rule: `${category}.test`,
    severity: 'certain',
    evidence: 'moins de 30 ans',
    reference: CATEGORIES[category].reference,
    explanation: '',
    ...overrides,
  };
}

describe('advice', () => {
  it('has a plain sentence and at least one action for every category of the taxonomy', () => {
    for (const id of CATEGORY_IDS) {
      expect(CATEGORY_ADVICE[id].summary.length, id).toBeGreaterThan(10);
      expect(adviceFor(id).length, id).toBeGreaterThan(0);
    }
  });

  it('sends each kind of problem to the right place', () => {
    const actions = (id: CategoryId) => adviceFor(id).map((action) => action.id);
    expect(actions('discrimination')).toContain('defenseur_des_droits');
    expect(actions('age_limit')).toContain('defenseur_des_droits');
    expect(actions('below_minimum_wage')).toContain('labour_inspectorate');
    expect(actions('unpaid_work')).toContain('labour_inspectorate');
    expect(actions('cdd_rules')).toContain('labour_inspectorate');
    expect(actions('fee_requested')).toEqual(expect.arrayContaining(['never_pay', 'report_france_travail']));
    expect(actions('salary_missing')).toContain('ask_employer');
    expect(actions('duplicate')).toContain('apply_once');
  });

  it('links only to https pages', () => {
    for (const action of Object.values(ACTIONS)) if (action.url) expect(action.url).toMatch(/^https:\/\//);
  });
});

describe('buildVerdict', () => {
  const base = {
    offer: sampleOffer(),
    partnerPages: [],
    duplicates: [],
    offerUrl: 'https://candidat.francetravail.fr/offres/recherche/detail/196FBMG',
    checkedAt: '2026-11-28T12:00:00.000Z',
  };

  it('is genuine with no flag, or with stability notes only', () => {
    expect(buildVerdict({ ...base, flags: [] }).genuine).toBe(true);
    const verdict = buildVerdict({ ...base, flags: [flag('not_cdi'), flag('part_time')] });
    expect(verdict.genuine).toBe(true);
    expect(verdict.flags.every((item) => !item.blocking)).toBe(true);
  });

  it('is not genuine with an illegal, misleading or headline-quality flag, problems first', () => {
    const verdict = buildVerdict({
      ...base,
      flags: [flag('not_cdi'), flag('salary_missing'), flag('age_limit', { explanation: 'Limite d’âge.' })],
    });
    expect(verdict.genuine).toBe(false);
    expect(verdict.flags.map((item) => item.category)).toEqual(['age_limit', 'salary_missing', 'not_cdi']);
    expect(verdict.flags[0]).toMatchObject({
      explanation: 'Limite d’âge.',
      reference: 'Code du travail, art. L5331-2, L1132-1',
      blocking: true,
      label: "Limite d'âge",
    });
    // A flag without its own explanation gets the category's plain sentence.
    expect(verdict.flags[1]?.explanation).toBe(CATEGORY_ADVICE.salary_missing.summary);
    expect(verdict.flags[0]?.advice.map((action) => action.id)).toContain('defenseur_des_droits');
  });

  it('says whether the partner page contradicts the listing', () => {
    const page = {
      offerId: '196FBMG',
      url: 'https://www.meteojob.com/offre/1',
      finalUrl: 'https://www.meteojob.com/offre/1',
      status: 200,
      live: true,
      reason: 'ok',
      renderedWith: 'http' as const,
      stated: { title: null, contract: 'CDD 3 mois', duration: null, pay: null, place: null, hours: null },
      error: null,
      fetchedAt: base.checkedAt,
    };
    const verdict = buildVerdict({
      ...base,
      partnerPages: [page],
      flags: [flag('contract_mismatch', { rule: 'contract_mismatch.partner_contract' })],
    });
    expect(verdict.partner).toMatchObject({
      live: true,
      contradicts: true,
      stated: { contract: 'CDD 3 mois' },
    });
  });

  it('answers an expired offer as expired, not genuine', () => {
    const verdict = expiredVerdict('196FBMG', base.offerUrl, base.checkedAt);
    expect(verdict).toMatchObject({ expired: true, genuine: false, flags: [] });
    expect(formatVerdict(verdict)).toMatch(/n’est plus disponible/);
  });
});

describe('formatVerdict', () => {
  it('quotes the evidence and the law, and cannot be hijacked by terminal escapes', () => {
    const offer = sampleOffer({ intitule: 'Vendeur\u001b[2J\u001b[31m (H/F)\r' });
    const verdict = buildVerdict({
      offer,
      partnerPages: [],
      duplicates: [],
      offerUrl: null,
      checkedAt: '2026-11-28T12:00:00.000Z',
      flags: [
        flag('age_limit', { evidence: 'moins de 30 ans\u001b]0;pwned\u0007', explanation: 'Âge imposé.' }),
      ],
    });
    const text = formatVerdict(verdict);
    expect(text).not.toMatch(/\u001b|\r|\u0007/);
    expect(text).toContain('« moins de 30 ans');
    expect(text).toContain('Texte de loi : Code du travail, art. L5331-2');
    expect(text).toContain('Défenseur des droits');
  });
});

describe('checkOffer', () => {
  it('still gives a verdict when the database of past audits fails', async () => {
    const verdict = await checkOffer(sampleOffer(), {
      classify: () => [],
      lookup: {
        duplicatesOf: async () => {
          throw new Error('connection terminated');
        },
        offerForPartnerUrl: async () => null,
      },
    });
    expect(verdict).toMatchObject({ id: '196FBMG', genuine: true, duplicates: [] });
  });
});
