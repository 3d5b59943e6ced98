import { plainText } from '../engine/normalise.js';
import { PrecheckedPattern } from '../engine/prechecked-pattern.js';
import { quoteText } from '../engine/prepared-offer.js';
import { type ContractKind, contractLabelEvidence, isFixedTerm, unitDays } from '../facts/contract.js';
import type { OfferRule, PageRule } from '../rule.js';

/** A CDI listing whose text describes something else: short missions, a CDD, interim work. */
const CDI_BUT_NOT = new PrecheckedPattern(
  /\bmissions? (?:d'une|d'un|de \d{1,2}|de quelques) (?:semaine|jour|journee|mois)s?\b|\b(?:il s'agit d'un|un|poste en|pour un) remplacement (?:de|d'une duree de) \d{1,2} (?:mois|semaines?|jours?)\b|\bmissions? (?:hebdomadaires?|ponctuelles?|journalieres?|a la journee|a la semaine)\b|\b(?:cdd|contrat a duree determinee) (?:de|d'une duree de) \d{1,2} (?:mois|semaines?|jours?)\b|\bmissions? d'interim\b|\bmissions? interimaires?\b|\bcontrat de mission\b/,
  ['mission', 'cdd', 'determinee', 'remplacement'],
);
/** A fixed-term listing whose text says the contract is a CDI (not "may lead to a CDI": that is cdd_rules). */
const NOT_CDI_BUT_CDI = new PrecheckedPattern(
  /\b(?:type de contrat|contrat|poste) ?: ?cdi\b(?! interim)|\bposte (?:a pourvoir )?en cdi\b(?! interim)|\b(?:nous recrutons|recrute|embauche) en cdi\b(?! interim)/,
  ['cdi'],
);

function ratio(a: number, b: number): number {
  return Math.max(a, b) / Math.max(1, Math.min(a, b));
}

const listingVsText: OfferRule = {
  kind: 'offer',
  id: 'contract_mismatch.listing_vs_text',
  category: 'contract_mismatch',
  severity: 'certain',
  explanation: "Le contrat affiché n'est pas celui que décrit le texte de l'offre : l'un des deux est faux.",
  /** At most one of three findings, the first that holds: CDI describing missions, fixed term describing a CDI, lengths that differ. */
  detect(prepared, facts) {
    const text = prepared.text;
    const contract = facts.contract;
    if (contract.kind === 'CDI' && !text.includes('cdi interimaire')) {
      const match = CDI_BUT_NOT.exec(text);
      if (match && !facts.pathToCdi) {
        return {
          rule: 'contract_mismatch.cdi_describes_missions',
          evidence: `${contractLabelEvidence(prepared.offer)} ; texte: « ${quoteText(prepared, match.index, match.index + match[0].length)} »`,
          explanation:
            "L'offre est affichée en CDI mais son texte décrit des missions ou un contrat à durée limitée : le contrat réel n'est pas celui qui est affiché.",
        };
      }
    }
    if (!isFixedTerm(contract.kind)) return null;
    const match = NOT_CDI_BUT_CDI.exec(text);
    if (match && !facts.pathToCdi) {
      return {
        rule: 'contract_mismatch.fixed_term_describes_cdi',
        evidence: `${contractLabelEvidence(prepared.offer)} ; texte: « ${quoteText(prepared, match.index, match.index + match[0].length)} »`,
        explanation:
          "Le type de contrat affiché est à durée limitée alors que le texte parle d'un CDI : l'un des deux est faux.",
      };
    }
    const durations = facts.textDurations;
    if (contract.durationDays === null || durations.length === 0) return null;
    // Only a contradiction when no length in the text agrees with the label (a text may list several).
    if (durations.some((d) => ratio(d.days, contract.durationDays!) < 1.5)) return null;
    const first = durations[0]!;
    return {
      rule: 'contract_mismatch.duration_differs',
      evidence: `${contractLabelEvidence(prepared.offer)} ; texte: « ${quoteText(prepared, first.index, first.index + first.length)} »`,
      explanation: `La durée affichée (${contract.durationText}) ne correspond pas à celle que donne le texte de l'offre.`,
      details: { labelDays: contract.durationDays, textDays: first.days },
    };
  },
  examples: {
    positive: [
      {
        text: 'Mission d’une semaine renouvelable.',
        quote: 'typeContratLibelle: CDI ; texte: « Mission d’une semaine renouvelable. »',
      },
      {
        text: 'Poste en CDI, temps plein.',
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: false } },
        quote: 'typeContratLibelle: CDD - 6 Mois ; texte: « Poste en CDI, temps plein. »',
      },
      {
        text: 'CDD de 2 mois pour la saison.',
        offer: { contract: { type: 'CDD', label: 'CDD - 12 Mois', nature: null, alternance: false } },
        quote: 'typeContratLibelle: CDD - 12 Mois ; texte: « CDD de 2 mois pour la saison. »',
      },
    ],
    negative: [
      {
        text: 'Missions variées au sein de l’équipe.',
        why: '"missions" as tasks, not interim missions',
      },
      {
        text: 'CDD de 6 mois pouvant déboucher sur un CDI.',
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: false } },
        why: 'a CDI as the prospect is cdd_rules, not a contradiction',
      },
      {
        text: 'CDD de 6 mois, renouvelable.',
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: false } },
        why: 'the text agrees with the label',
      },
    ],
  },
};

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

function sameFamily(a: ContractKind, b: ContractKind): boolean {
  const family = (kind: ContractKind) => (kind === 'SAI' || kind === 'DDI' ? 'CDD' : kind);
  return family(a) === family(b);
}

const partnerPageContract: PageRule = {
  kind: 'page',
  id: 'contract_mismatch.partner_page_contract',
  category: 'contract_mismatch',
  severity: 'certain',
  explanation:
    "Le contrat affiché sur France Travail n'est pas celui qu'indique la page de l'offre chez le partenaire.",
  detect(offer, page, facts) {
    if (!page.stated.contract) return null;
    const listed = facts.contract.kind;
    const stated = statedKind(page.stated.contract);
    if (!listed || !stated || sameFamily(listed, stated)) return null;
    return {
      evidence: `annonce: ${offer.contract.label ?? listed} ; page du partenaire (${page.url}): ${page.stated.contract}`,
      details: { listed, stated, url: page.url },
    };
  },
  examples: {
    positive: [
      {
        pages: [{ stated: { contract: 'Intérim' } }],
        quote: 'annonce: CDI ; page du partenaire (https://partner.example/offre/1): Intérim',
      },
    ],
    negative: [
      { pages: [{ stated: { contract: 'CDI' } }], why: 'the page agrees' },
      {
        offer: { contract: { type: 'SAI', label: 'Saisonnier - 3 Mois', nature: null, alternance: null } },
        pages: [{ stated: { contract: 'CDD' } }],
        why: 'a seasonal contract is a kind of CDD',
      },
    ],
  },
};

const DURATION = /(\d{1,3}) ?(mois|semaines?|jours?|ans?)\b/;

const partnerPageDuration: PageRule = {
  kind: 'page',
  id: 'contract_mismatch.partner_page_duration',
  category: 'contract_mismatch',
  severity: 'certain',
  explanation:
    "La durée du contrat affichée sur France Travail n'est pas celle qu'indique la page de l'offre chez le partenaire.",
  detect(offer, page, facts) {
    const listed = facts.contract;
    if (listed.durationDays === null || !page.stated.duration) return null;
    const match = DURATION.exec(plainText(page.stated.duration));
    if (!match) return null;
    const stated = Number(match[1]) * unitDays(match[2]!);
    if (stated <= 0 || Math.max(stated, listed.durationDays) / Math.min(stated, listed.durationDays) < 1.5)
      return null;
    return {
      evidence: `annonce: ${offer.contract.label} ; page du partenaire (${page.url}): ${page.stated.duration}`,
      details: { listedDays: listed.durationDays, statedDays: stated, url: page.url },
    };
  },
  examples: {
    positive: [
      {
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: null } },
        pages: [{ stated: { duration: '2 mois' } }],
        quote: 'annonce: CDD - 6 Mois ; page du partenaire (https://partner.example/offre/1): 2 mois',
      },
    ],
    negative: [
      {
        offer: { contract: { type: 'CDD', label: 'CDD - 6 Mois', nature: null, alternance: null } },
        pages: [{ stated: { duration: '26 semaines' } }],
        why: 'the same length in other units',
      },
    ],
  },
};

export const contractMismatchRules = { listingVsText, partnerPageContract, partnerPageDuration };
