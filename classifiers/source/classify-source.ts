import type { Flag } from '../../model/flag.js';
import type { Offer } from '../../model/offer.js';
import type { PartnerPage } from '../../model/partner-page.js';
import { departementOf } from '../clauses/field-rules.js';
import type { ClassifierContext } from '../context.js';
import { normaliseWithMap, plainText } from '../engine/normalise.js';
import { type ContractKind, parseContract, unitDays } from '../facts/contract.js';
import { findPayAmounts } from '../facts/pay/find-pay-amounts.js';
import { parseSalaryLabel } from '../facts/pay/parse-salary-label.js';
import type { PayAmount } from '../facts/pay/pay-amount.js';

const L5331_3 = 'Code du travail, art. L5331-3';

/** The listing against what its partner pages state: dead_link, contract_mismatch, pay_mismatch, place_mismatch. */
export function classifySource(offer: Offer, context: ClassifierContext): Flag[] {
  const pages = context.partnerPages.filter((page) => page.offerId === offer.id);
  if (pages.length === 0) return [];
  const flags: Flag[] = [];
  const dead = pages.filter((page) => page.live === false);
  if (dead.length > 0) {
    const page = dead[0]!;
    flags.push({
      category: 'dead_link',
      axis: 'quality',
      rule: `dead_link.${page.reason ?? 'gone'}`,
      severity: 'certain',
      evidence: `${page.url} → ${page.status !== null ? `HTTP ${page.status}` : 'pas de réponse'}${page.reason ? ` (${page.reason})` : ''}${page.finalUrl && page.finalUrl !== page.url ? `, redirigé vers ${page.finalUrl}` : ''}`,
      reference: null,
      explanation:
        "Le lien vers l'offre chez le partenaire ne mène plus à l'offre (page disparue, expirée ou redirigée vers l'accueil) : le candidat ne peut pas postuler.",
      details: { urls: dead.map((p) => p.url) },
    });
  }
  for (const page of pages) {
    if (page.live !== true) continue;
    const found = [
      contractFlag(offer, page),
      durationFlag(offer, page),
      payFlag(offer, page),
      placeFlag(offer, page),
    ];
    for (const flag of found) if (flag && !flags.some((f) => f.category === flag.category)) flags.push(flag);
  }
  return flags;
}

const STATED_KINDS: Array<[RegExp, ContractKind]> = [
  [/\bcdi interim/, 'DIN'],
  [/\bcdi\b|duree indeterminee|permanent/, 'CDI'],
  [/\binterim|\bmission\b|travail temporaire|interimaire/, 'MIS'],
  [/\bsaisonnier|\bsaison\b/, 'SAI'],
  [/\bcdd\b|duree determinee|temporary|fixed.term/, 'CDD'],
  [/\bfreelance|independant|liberal/, 'LIB'],
];

function statedKind(text: string): ContractKind | null {
  const plain = plainText(text);
  return STATED_KINDS.find(([pattern]) => pattern.test(plain))?.[1] ?? null;
}

function contractFlag(offer: Offer, page: PartnerPage): Flag | null {
  if (!page.stated.contract) return null;
  const listed = parseContract(offer).kind;
  const stated = statedKind(page.stated.contract);
  if (!listed || !stated || sameFamily(listed, stated)) return null;
  return {
    category: 'contract_mismatch',
    axis: 'misleading',
    rule: 'contract_mismatch.partner_page_contract',
    severity: 'certain',
    evidence: `annonce: ${offer.contract.label ?? listed} ; page du partenaire (${page.url}): ${page.stated.contract}`,
    reference: L5331_3,
    explanation:
      "Le contrat affiché sur France Travail n'est pas celui qu'indique la page de l'offre chez le partenaire.",
    details: { listed, stated, url: page.url },
  };
}

function sameFamily(a: ContractKind, b: ContractKind): boolean {
  const family = (kind: ContractKind) => (kind === 'SAI' || kind === 'DDI' ? 'CDD' : kind);
  return family(a) === family(b);
}

const DURATION = /(\d{1,3}) ?(mois|semaines?|jours?|ans?)\b/;

function durationFlag(offer: Offer, page: PartnerPage): Flag | null {
  const listed = parseContract(offer);
  if (listed.durationDays === null || !page.stated.duration) return null;
  const match = DURATION.exec(plainText(page.stated.duration));
  if (!match) return null;
  const stated = Number(match[1]) * unitDays(match[2]!);
  if (stated <= 0 || Math.max(stated, listed.durationDays) / Math.min(stated, listed.durationDays) < 1.5)
    return null;
  return {
    category: 'contract_mismatch',
    axis: 'misleading',
    rule: 'contract_mismatch.partner_page_duration',
    severity: 'certain',
    evidence: `annonce: ${offer.contract.label} ; page du partenaire (${page.url}): ${page.stated.duration}`,
    reference: L5331_3,
    explanation:
      "La durée du contrat affichée sur France Travail n'est pas celle qu'indique la page de l'offre chez le partenaire.",
    details: { listedDays: listed.durationDays, statedDays: stated, url: page.url },
  };
}

function payFlag(offer: Offer, page: PartnerPage): Flag | null {
  if (!page.stated.pay) return null;
  const label = parseSalaryLabel(offer.salary.label);
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
    category: 'pay_mismatch',
    axis: 'misleading',
    rule: 'pay_mismatch.partner_page_pay',
    severity: 'certain',
    evidence: `annonce: ${offer.salary.label} ; page du partenaire (${page.url}): ${page.stated.pay}`,
    reference: L5331_3,
    explanation:
      "Le salaire affiché sur France Travail n'est pas celui qu'indique la page de l'offre chez le partenaire.",
    details: {
      listed: [label.amount.min, label.amount.max],
      stated: [stated.min, stated.max],
      unit: stated.unit,
      url: page.url,
    },
  };
}

function placeFlag(offer: Offer, page: PartnerPage): Flag | null {
  const listed = offer.place.departement;
  if (!listed || !page.stated.place) return null;
  const text = plainText(page.stated.place);
  const depCode = /\((\d{2,3}|2a|2b)\)/.exec(text)?.[1];
  const postcode = /\b(\d{5})\b/.exec(text)?.[1];
  const leading = /^(\d{2,3}|2a|2b) ?-/.exec(text)?.[1];
  const words = text
    .replace(/^(\d{2,3}|2a|2b) ?- ?/, '')
    .replace(/\(.*?\)|\d{5}|,.*$/g, ' ')
    .trim();
  const stated = departementOf(words, depCode ?? leading, postcode);
  if (!stated || stated === listed) return null;
  return {
    category: 'place_mismatch',
    axis: 'misleading',
    rule: 'place_mismatch.partner_page_place',
    severity: 'certain',
    evidence: `annonce: ${offer.place.label} ; page du partenaire (${page.url}): ${page.stated.place}`,
    reference: L5331_3,
    explanation:
      "Le lieu de travail affiché sur France Travail n'est pas celui qu'indique la page de l'offre chez le partenaire.",
    details: { listed, stated, url: page.url },
  };
}
