import { normaliseWithMap } from '../engine/normalise.js';
import { PrecheckedPattern } from '../engine/prechecked-pattern.js';
import { findPayAmounts } from '../facts/pay/find-pay-amounts.js';
import { parseSalaryLabel } from '../facts/pay/parse-salary-label.js';
import { type PayAmount, unitIsAbsurd } from '../facts/pay/pay-amount.js';
import type { OfferRule, PageRule } from '../rule.js';

const UNIT_FR: Record<string, string> = {
  hour: "de l'heure",
  month: 'par mois',
  year: 'par an',
  day: 'par jour',
  week: 'par semaine',
  performance: 'par cachet',
};

function formatRange(amount: PayAmount): string {
  const f = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  return amount.min === amount.max ? `${f(amount.min)} €` : `${f(amount.min)} € à ${f(amount.max)} €`;
}

/** The amount compared with the SMIC (the label's, else the comment's, else the text's) cannot be that pay. */
const impossibleAmount: OfferRule = {
  kind: 'offer',
  id: 'pay_mismatch.impossible_amount',
  category: 'pay_mismatch',
  severity: 'certain',
  explanation: 'Le montant affiché ne peut pas être le salaire réel.',
  detect(_prepared, facts) {
    const absurdity = facts.payAbsurdity;
    if (!absurdity) return null;
    const amount = facts.pay.reference!;
    const evidence = `${amount.where === 'label' ? 'salaire.libelle: ' : ''}${amount.evidence}`;
    if (absurdity === 'unit_error')
      return {
        rule: 'pay_mismatch.unit_error',
        evidence,
        explanation: `Le montant affiché (${formatRange(amount)} ${UNIT_FR[amount.unit!]}) est impossible pour cette unité : le salaire réel n'est pas celui qui est affiché.`,
        details: { min: amount.min, max: amount.max, unit: amount.unit },
      };
    return {
      rule: 'pay_mismatch.range_too_wide',
      evidence,
      explanation: `La fourchette de salaire (${formatRange(amount)}) va du simple à plus du triple : elle n'informe pas sur le salaire réel.`,
      details: { min: amount.min, max: amount.max, ratio: Math.round((amount.max / amount.min) * 10) / 10 },
    };
  },
  examples: {
    positive: [
      {
        offer: { salary: { label: 'Mensuel de 11.88 Euros', comment: null, complements: [] } },
        quote: 'salaire.libelle: Mensuel de 11.88 Euros',
      },
      {
        offer: {
          salary: { label: 'Mensuel de 1800.0 Euros à 6000.0 Euros', comment: null, complements: [] },
        },
        quote: 'salaire.libelle: Mensuel de 1800.0 Euros à 6000.0 Euros',
      },
    ],
    negative: [
      {
        offer: {
          salary: { label: 'Mensuel de 1800.0 Euros à 2500.0 Euros', comment: null, complements: [] },
        },
        why: 'a plausible monthly range',
      },
      {
        offer: { salary: { label: 'De 11.88 Euros à 11.88 Euros', comment: null, complements: [] } },
        why: 'no unit declared: 11.88 is read as hourly, not as an absurd monthly pay',
      },
    ],
  },
};

const COMMISSION_ONLY = new PrecheckedPattern(
  /\b(?:uniquement|exclusivement|seulement) (?:a la |aux |sur )?commissions?\b|\b(?:remuneration|remunere|paye) (?:uniquement |exclusivement |100 ?% )?(?:a la |aux |sur )commissions?\b(?! ?\+)(?! en plus)|\bpas de (?:salaire )?fixe\b|\bsans (?:salaire )?fixe\b/,
  ['commission', 'fixe'],
);

const commissionOnly: OfferRule = {
  kind: 'offer',
  id: 'pay_mismatch.commission_only_with_salary',
  category: 'pay_mismatch',
  severity: 'certain',
  explanation:
    "L'offre affiche un salaire mais le texte dit que la rémunération se fait uniquement à la commission : le salaire affiché n'est pas garanti.",
  detect(prepared, facts) {
    if (facts.pay.label.status !== 'parsed') return null;
    const text = prepared.text;
    const commission = COMMISSION_ONLY.exec(text);
    if (!commission) return null;
    const end = commission.index + commission[0].length;
    if (/\bfixe\b/.test(text.slice(end, end + 30))) return null;
    return { evidence: `salaire.libelle: ${prepared.offer.salary.label} ; texte: « ${commission[0]} »` };
  },
  examples: {
    positive: [
      {
        text: 'Rémunération uniquement à la commission.',
        quote:
          'salaire.libelle: Mensuel de 2000.0 Euros sur 12.0 mois ; texte: « remuneration uniquement a la commission »',
      },
    ],
    negative: [
      { text: 'Fixe + commissions sur les ventes.', why: 'a fixed salary and commissions on top' },
      {
        text: 'Rémunération uniquement à la commission.',
        offer: { salary: { label: null, comment: null, complements: [] } },
        why: 'no salary shown, so none is contradicted',
      },
    ],
  },
};

const FULL_TIME_BASIS =
  /\b(?:pour un|base|sur la base d'un|en equivalent|equivalent) temps (?:plein|complet)\b|\bbase 35 ?h|\betp\b/;

/** The description states a pay of the same unit that no reading of the label allows (outside it by 10 %). */
const textDiffers: OfferRule = {
  kind: 'offer',
  id: 'pay_mismatch.text_differs',
  category: 'pay_mismatch',
  severity: 'certain',
  explanation:
    "Le salaire affiché dans l'offre n'est pas celui qu'annonce son texte : l'un des deux est faux.",
  detect(prepared, facts) {
    if (facts.payAbsurdity || facts.pay.label.status !== 'parsed') return null;
    const label = facts.pay.label.amount;
    if (!label.unit || label.unitInferred) return null;
    const text = prepared.description.text;
    if (!text.includes('€') && !text.includes('euro')) return null;
    const stated = facts.descriptionAmounts.find(
      (amount) =>
        amount.payContext &&
        !amount.excluded &&
        amount.unit === label.unit &&
        !amount.unitInferred &&
        amount.basis !== 'net',
    );
    if (!stated || unitIsAbsurd(stated.unit!, stated.min, stated.max)) return null;
    if (stated.min <= label.max * 1.1 && stated.max >= label.min * 0.9) return null;
    // "2163 € brut pour un temps plein" on a part-time job: the label is the same pay, pro rata.
    if (label.unit !== 'hour' && FULL_TIME_BASIS.test(text)) return null;
    return {
      evidence: `salaire.libelle: ${label.evidence} ; texte: « ${stated.evidence} »`,
      details: { label: [label.min, label.max], text: [stated.min, stated.max], unit: label.unit },
    };
  },
  examples: {
    positive: [
      {
        text: 'Salaire : 1 400 € brut par mois.',
        quote:
          'salaire.libelle: Mensuel de 2000.0 Euros sur 12.0 mois ; texte: « Salaire : 1 400 € brut par mois. »',
      },
    ],
    negative: [
      { text: 'Salaire : 2 000 € brut par mois.', why: 'the text agrees with the label' },
      {
        text: 'Salaire : 2 900 € brut par mois pour un temps plein.',
        offer: { salary: { label: 'Mensuel de 2000.0 Euros sur 12.0 mois', comment: null, complements: [] } },
        why: 'a full-time basis: the label may be the same pay pro rata',
      },
    ],
  },
};

const partnerPagePay: PageRule = {
  kind: 'page',
  id: 'pay_mismatch.partner_page_pay',
  category: 'pay_mismatch',
  severity: 'certain',
  explanation:
    "Le salaire affiché sur France Travail n'est pas celui qu'indique la page de l'offre chez le partenaire.",
  detect(offer, page, facts) {
    if (!page.stated.pay) return null;
    const label = facts.salaryLabel;
    if (label.status !== 'parsed' || !label.amount.unit) return null;
    const fromLabel = parseSalaryLabel(page.stated.pay);
    const stated: PayAmount | undefined =
      fromLabel.status === 'parsed'
        ? fromLabel.amount
        : findPayAmounts(normaliseWithMap(page.stated.pay), 'comment')[0];
    if (!stated || stated.unit !== label.amount.unit) return null;
    // Ranges that overlap, within 5 %, agree: rounding and "à partir de" are not contradictions.
    const overlap = stated.min <= label.amount.max * 1.05 && stated.max >= label.amount.min * 0.95;
    if (overlap) return null;
    return {
      evidence: `annonce: ${offer.salary.label} ; page du partenaire (${page.url}): ${page.stated.pay}`,
      details: {
        listed: [label.amount.min, label.amount.max],
        stated: [stated.min, stated.max],
        unit: stated.unit,
        url: page.url,
      },
    };
  },
  examples: {
    positive: [
      {
        pages: [{ stated: { pay: '1 400 € brut par mois' } }],
        quote:
          'annonce: Mensuel de 2000.0 Euros sur 12.0 mois ; page du partenaire (https://partner.example/offre/1): 1 400 € brut par mois',
      },
    ],
    negative: [
      { pages: [{ stated: { pay: '2 000 € brut mensuel' } }], why: 'the page agrees' },
      { pages: [{ stated: { pay: '12 € de l’heure' } }], why: 'another unit: not comparable' },
    ],
  },
};

export const payMismatchRules = { impossibleAmount, commissionOnly, textDiffers, partnerPagePay };
