import type { Flag } from '../../model/flag.js';
import type { Offer } from '../../model/offer.js';
import { CATEGORIES } from '../../model/taxonomy.js';
import type { ClassifierContext } from '../context.js';
import { type PreparedOffer, prepareOffer } from '../engine/prepared-offer.js';
import { analysePay, type PayFacts } from '../facts/pay/analyse-pay.js';
import { findPayAmounts } from '../facts/pay/find-pay-amounts.js';
import { type PayAmount, unitIsAbsurd } from '../facts/pay/pay-amount.js';

const L5331_3 = 'Code du travail, art. L5331-3';
const SMIC_REF = 'Code du travail, art. L3231-2 et décret de revalorisation du SMIC';

const UNIT_FR: Record<string, string> = {
  hour: "de l'heure",
  month: 'par mois',
  year: 'par an',
  day: 'par jour',
  week: 'par semaine',
  performance: 'par cachet',
};

const COMMISSION_ONLY =
  /\b(?:uniquement|exclusivement|seulement) (?:a la |aux |sur )?commissions?\b|\b(?:remuneration|remunere|paye) (?:uniquement |exclusivement |100 ?% )?(?:a la |aux |sur )commissions?\b(?! ?\+)(?! en plus)|\bpas de (?:salaire )?fixe\b|\bsans (?:salaire )?fixe\b/;

/** Pay: `salary_missing`, `below_minimum_wage`, `pay_mismatch`. */
export function classifyPay(
  offer: Offer,
  context: ClassifierContext,
  prepared: PreparedOffer = prepareOffer(offer),
): Flag[] {
  const facts = analysePay(prepared, context);
  const flags: Flag[] = [];
  if (!facts.stated) flags.push(salaryMissing(offer));

  const absurd = facts.reference ? absurdPay(facts.reference) : null;
  if (absurd) flags.push(absurd);

  const commission =
    facts.label.status === 'parsed' &&
    (prepared.text.includes('commission') || prepared.text.includes('fixe'))
      ? COMMISSION_ONLY.exec(prepared.text)
      : null;
  if (
    commission &&
    facts.label.status === 'parsed' &&
    !/\bfixe\b/.test(
      prepared.text.slice(
        commission.index + commission[0].length,
        commission.index + commission[0].length + 30,
      ),
    )
  ) {
    flags.push({
      category: 'pay_mismatch',
      axis: 'misleading',
      rule: 'pay_mismatch.commission_only_with_salary',
      severity: 'certain',
      evidence: `salaire.libelle: ${offer.salary.label} ; texte: « ${commission[0]} »`,
      reference: L5331_3,
      explanation:
        "L'offre affiche un salaire mais le texte dit que la rémunération se fait uniquement à la commission : le salaire affiché n'est pas garanti.",
    });
  }

  if (!absurd && facts.label.status === 'parsed') {
    const differs = textContradictsLabel(facts.label.amount, prepared);
    if (differs) flags.push(differs);
  }

  if (!absurd) {
    const below = belowMinimum(offer, facts);
    if (below) flags.push(below);
  }
  return flags;
}

function salaryMissing(offer: Offer): Flag {
  const shown = offer.salary.comment ? `salaire.commentaire: ${offer.salary.comment}` : 'salaire: (vide)';
  return {
    category: 'salary_missing',
    axis: CATEGORIES.salary_missing.axis,
    rule: 'salary_missing.no_amount',
    severity: 'certain',
    evidence: shown,
    reference: null,
    explanation:
      "Aucun montant de salaire n'est indiqué, ni dans le champ salaire ni dans le texte : impossible de savoir ce que paie ce poste avant de postuler.",
  };
}

function absurdPay(amount: PayAmount): Flag | null {
  if (amount.unit && !amount.unitInferred && unitIsAbsurd(amount.unit, amount.min, amount.max)) {
    return {
      category: 'pay_mismatch',
      axis: 'misleading',
      rule: 'pay_mismatch.unit_error',
      severity: 'certain',
      evidence: `${amount.where === 'label' ? 'salaire.libelle: ' : ''}${amount.evidence}`,
      reference: L5331_3,
      explanation: `Le montant affiché (${formatRange(amount)} ${UNIT_FR[amount.unit]}) est impossible pour cette unité : le salaire réel n'est pas celui qui est affiché.`,
      details: { min: amount.min, max: amount.max, unit: amount.unit },
    };
  }
  if (amount.max > 3 * amount.min) {
    return {
      category: 'pay_mismatch',
      axis: 'misleading',
      rule: 'pay_mismatch.range_too_wide',
      severity: 'certain',
      evidence: `${amount.where === 'label' ? 'salaire.libelle: ' : ''}${amount.evidence}`,
      reference: L5331_3,
      explanation: `La fourchette de salaire (${formatRange(amount)}) va du simple à plus du triple : elle n'informe pas sur le salaire réel.`,
      details: { min: amount.min, max: amount.max, ratio: Math.round((amount.max / amount.min) * 10) / 10 },
    };
  }
  return null;
}

function belowMinimum(offer: Offer, facts: PayFacts): Flag | null {
  const { reference, hourly, minimumHourly, smic } = facts;
  if (!reference || hourly === null || minimumHourly === null || !smic) return null;
  // Rounding in the employer's own form ("1801" for 1801.80) is not a wage offence worth a certain flag.
  const gap = (minimumHourly - hourly) / minimumHourly;
  if (gap < 0.002) return null;
  const hoursMatter = reference.unit !== 'hour';
  const hoursKnown = facts.hoursStated || offer.hours.fullTime === true;
  const certain =
    gap > 0.005 &&
    reference.where === 'label' &&
    reference.basis !== 'net' &&
    !reference.unitInferred &&
    (!hoursMatter || hoursKnown);
  const minimumName =
    facts.minimumKind === 'smic'
      ? `le SMIC horaire en vigueur au ${offer.createdAt?.slice(0, 10)} (${smic.hourly.toFixed(2)} €)`
      : `le minimum légal d'un contrat d'${facts.minimumKind} (${minimumHourly.toFixed(2)} € de l'heure, la plus basse part du SMIC prévue)`;
  const where =
    reference.where === 'label'
      ? 'salaire.libelle: '
      : reference.where === 'comment'
        ? 'salaire.commentaire: '
        : '';
  return {
    category: 'below_minimum_wage',
    axis: 'illegal',
    rule:
      facts.minimumKind === 'smic' ? `below_minimum_wage.${reference.unit}` : 'below_minimum_wage.alternance',
    severity: certain ? 'certain' : 'likely',
    evidence: `${where}${reference.evidence}`,
    reference:
      facts.minimumKind === 'smic' ? SMIC_REF : 'Code du travail, art. D6222-26 (apprentis), D6325-15',
    explanation: `Le salaire proposé revient à ${hourly.toFixed(2)} € brut de l'heure${hoursMatter ? ` pour ${formatHours(facts.weeklyHours)} par semaine${facts.hoursStated ? '' : ' (durée supposée)'}` : ''}, moins que ${minimumName}.`,
    details: {
      hourly: Math.round(hourly * 100) / 100,
      smic: smic.hourly,
      minimum: minimumHourly,
      weeklyHours: facts.weeklyHours,
      hoursStated: facts.hoursStated,
      smicSource: smic.source,
    },
  };
}

const FULL_TIME_BASIS =
  /\b(?:pour un|base|sur la base d'un|en equivalent|equivalent) temps (?:plein|complet)\b|\bbase 35 ?h|\betp\b/;

/** The description states a pay of the same unit that no reading of the label allows (outside it by 10 %). */
function textContradictsLabel(label: PayAmount, prepared: PreparedOffer): Flag | null {
  if (!label.unit || label.unitInferred) return null;
  const text = prepared.description.text;
  if (!text.includes('€') && !text.includes('euro')) return null;
  const stated = findPayAmounts(prepared.description, 'description').find(
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
    category: 'pay_mismatch',
    axis: 'misleading',
    rule: 'pay_mismatch.text_differs',
    severity: 'certain',
    evidence: `salaire.libelle: ${label.evidence} ; texte: « ${stated.evidence} »`,
    reference: L5331_3,
    explanation:
      "Le salaire affiché dans l'offre n'est pas celui qu'annonce son texte : l'un des deux est faux.",
    details: { label: [label.min, label.max], text: [stated.min, stated.max], unit: label.unit },
  };
}

function formatRange(amount: PayAmount): string {
  const f = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  return amount.min === amount.max ? `${f(amount.min)} €` : `${f(amount.min)} € à ${f(amount.max)} €`;
}

function formatHours(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  return minutes ? `${whole} h ${String(minutes).padStart(2, '0')}` : `${whole} h`;
}
