import { CONTRACT_TYPES } from '../../model/contract-types.js';
import type { Offer } from '../../model/offer.js';
import { plainText } from '../engine/normalise.js';
import { PrecheckedPattern } from '../engine/prechecked-pattern.js';

export type ContractKind =
  | 'CDI'
  | 'CDD'
  | 'MIS'
  | 'SAI'
  | 'DDI'
  | 'DIN'
  | 'CCE'
  | 'LIB'
  | 'FRA'
  | 'REP'
  | 'TTI';

export interface ContractFacts {
  kind: ContractKind | null;
  /** Duration shown in `typeContratLibelle`, in days (a month is 30 days). */
  durationDays: number | null;
  /** As written: "4 Mois", "5 Jour(s)". */
  durationText: string | null;
  /** Apprenticeship or professionalisation: their own durations and pay rules apply. */
  alternance: boolean;
}

const KNOWN: ReadonlySet<string> = new Set(CONTRACT_TYPES);

/* Both eras of `typeContratLibelle`: "CDD - 4 Mois" and "Contrat à durée déterminée - 6 Mois", "Intérim" and
 * "Mission intérimaire", "CDI Intérimaire", "CDD Insertion". Order matters: the longer names first. */
const LABEL_KINDS: Array<[RegExp, ContractKind]> = [
  [/^cdi interimaire|^contrat a duree indeterminee interimaire/, 'DIN'],
  [/^cdd insertion|^contrat a duree determinee d'insertion/, 'DDI'],
  [/^cdi\b|^contrat a duree indeterminee/, 'CDI'],
  [/^cdd\b|^contrat a duree determinee/, 'CDD'],
  [/^interim|^mission interimaire|^travail temporaire/, 'MIS'],
  [/^saisonnier|^contrat (?:de )?travail saisonnier/, 'SAI'],
  [/^profession liberale/, 'LIB'],
  [/^profession commerciale/, 'CCE'],
  [/^franchise/, 'FRA'],
  [/^reprise d'entreprise/, 'REP'],
];

const DURATION = /- ?(\d{1,3}) ?(mois|jours?(?:\(s\))?|ans?(?:\(s\))?|semaines?(?:\(s\))?)/;

export const DAYS_PER_UNIT: Record<string, number> = { mois: 30, jour: 1, an: 365, semaine: 7 };

export function unitDays(unit: string): number {
  const base = unit.replace(/\(s\)$/, '').replace(/s$/, '');
  return DAYS_PER_UNIT[base] ?? (base.startsWith('moi') ? 30 : 1);
}

export function parseContract(offer: Offer): ContractFacts {
  const label = plainText(offer.contract.label ?? '').trim();
  const code = offer.contract.type?.toUpperCase() ?? null;
  let kind: ContractKind | null = code && KNOWN.has(code) ? (code as ContractKind) : null;
  if (!kind) kind = LABEL_KINDS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
  const duration = DURATION.exec(label);
  const nature = (offer.contract.nature ?? '').toLowerCase();
  return {
    kind,
    durationDays: duration ? Number(duration[1]) * unitDays(duration[2]!) : null,
    durationText: duration
      ? (offer.contract.label ?? '').slice((offer.contract.label ?? '').lastIndexOf('-') + 1).trim()
      : null,
    alternance:
      offer.contract.alternance === true ||
      nature.includes('apprentissage') ||
      nature.includes('professionnalisation'),
  };
}

/** Contracts with an end date: the ones that must state a duration. */
export function isFixedTerm(kind: ContractKind | null): boolean {
  return kind === 'CDD' || kind === 'MIS' || kind === 'SAI' || kind === 'DDI';
}

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  dixhuit: 18,
  vingt: 20,
};

/*
 * A contract length in the text: "CDD de 6 mois", "mission d'une semaine", "contrat d'une durée de 3 mois",
 * "pour une durée de 12 mois", "mission de 2 jours".
 */
const TEXT_DURATION =
  /\b(?:cdd|contrat|mission|remplacement|poste|interim|saison)(?: [a-z']{1,14}){0,2}? (?:de|d'une duree de|d'un|d'une|pour une duree de|pour|sur) (\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix-huit|vingt) (mois|semaines?|jours?|ans?)\b(?! d'exp| minimum| d'anciennete)/g;

export interface DurationInText {
  days: number;
  index: number;
  length: number;
}

export function findDurations(text: string): DurationInText[] {
  const found: DurationInText[] = [];
  TEXT_DURATION.lastIndex = 0;
  for (let match = TEXT_DURATION.exec(text); match; match = TEXT_DURATION.exec(text)) {
    const raw = match[1]!;
    const count = /^\d/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw.replace('-', '')] ?? 0);
    if (count > 0)
      found.push({ days: count * unitDays(match[2]!), index: match.index, length: match[0].length });
  }
  return found;
}

/** How the flags quote the contract shown: `typeContratLibelle`, or the code when there is no label. */
export function contractLabelEvidence(offer: Offer): string {
  return `typeContratLibelle: ${offer.contract.label ?? offer.contract.type}`;
}

/**
 * A fixed-term contract presented as a step to a CDI ("CDD pouvant déboucher sur un CDI"): the finding of
 * cdd_rules.path_to_cdi, and what makes a CDI-looking text agree with a fixed-term listing (contract_mismatch).
 * Every match closes with "cdi", "embauche" or "titularisation".
 */
export const PATH_TO_CDI = new PrecheckedPattern(
  /\b(?:cdd|contrat a duree determinee|mission|interim|contrat)\b[^.;\n]{0,80}\b(?:pouvant|pourra|peut|pourrait|susceptible de|possibilite de|possibilites de|perspectives? de|avec|evolutif|evoluer|debouchant|deboucher|qui debouchera|en vue d'(?:une )?embauche|aboutir|se transformer|transformable|puis|avant|suivi d'un|vers un)\b[^.;\n]{0,40}\b(?:cdi|embauche|titularisation)\b(?! interim)|\ben vue d'(?:une )?embauche\b|\bpre-?embauche\b|\bcdd evolutif\b|\bcdi a la cle\b|\bpossibilite de (?:cdi|contrat a duree indeterminee)\b|\b(?:prolongation|poursuite|transformation|evolution|passage|embauche|titularisation) en (?:cdi|contrat a duree indeterminee)\b(?! interim)|\bperspectives? (?:de|d'un) cdi\b/,
  ['cdi', 'embauche', 'titularisation'],
);

/** A replacement is named: an exception to the 24-hour floor, and a hint that a fixed term's end is known. */
export const REPLACEMENT =
  /\bremplacement\b|\bremplacer\b|\bconge (?:maternite|parental|maladie)\b|\barret maladie\b/;
