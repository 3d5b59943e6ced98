import type { Flag } from '../../model/flag.js';
import type { Offer } from '../../model/offer.js';
import { AnchoredPattern } from '../engine/anchored-pattern.js';
import { plainText } from '../engine/normalise.js';
import { type PreparedOffer, quoteText } from '../engine/prepared-offer.js';
import { CITY_DEPARTEMENTS } from '../facts/city-departements.js';

/*
 * Findings that read fields as well as words: experience contradictions, place contradictions, foreign-language
 * text, undated and anonymous offers, franchise and business-takeover contracts.
 */
const L5331_3 = 'Code du travail, art. L5331-3';

const BEGINNER_OK =
  /\b(?:debutants? (?:acceptes?|bienvenus?|acceptee?s?|possibles?)|(?:ouvert|accessible) aux debutants|aucune experience (?:n'est )?(?:requise|exigee|necessaire|demandee)|sans experience|pas d'experience (?:requise|exigee|necessaire)|premiere experience (?:non exigee|non requise|non obligatoire)|experience non (?:exigee|requise|obligatoire|necessaire))\b/g;
const BEGINNER_CONDITION =
  /^[^.;\n]{0,6}(?:si|avec|ayant|titulaire|ou|sous reserve|a condition|dans le cadre|en alternance)\b/;
const EXPERIENCE_REQUIRED =
  /\b(\d{1,2}) ?ans? (?:d'experience|minimum d'experience|d'experience minimum)(?: (?:minimum|exigee?s?|requise?s?|obligatoires?|indispensables?|imperative?s?|significative))?|\bexperience (?:de \d{1,2} ans? )?(?:exigee|obligatoire|indispensable|imperative|requise) (?:de |d'au moins )?(\d{1,2})? ?(?:ans?)?|\bexperience (?:significative|professionnelle|confirmee|reussie|solide) (?:de|d'au moins) (\d{1,2}) ans?(?: minimum)?(?: (?:obligatoire|exigee|requise|indispensable|imperative))?/g;
const OR_BEGINNER = /\b(?:ou|sinon|a defaut) (?:debutant|jeune diplome|formation|diplome)/;

export function experienceMismatch(prepared: PreparedOffer): Flag | null {
  const { offer } = prepared;
  const text = prepared.text;
  const mentionsExperience = text.includes('experience');
  const mentionsBeginner = text.includes('debutant');
  if (!mentionsExperience && !mentionsBeginner && offer.experience.code !== 'E') return null;
  const beginner = mayAcceptBeginners(text, mentionsBeginner) ? firstUnconditional(BEGINNER_OK, text) : null;
  const years = experienceYears(offer.experience.label);
  const fieldRequires = offer.experience.code === 'E' && (years === null || years >= 1);
  const labelSaysBeginner =
    offer.experience.code === 'D' && /debutant/i.test(plainText(offer.experience.label ?? 'debutant'));
  // A demand in the text only contradicts a beginner label or a beginner phrase: most offers have neither.
  const required = mentionsExperience && (beginner || labelSaysBeginner) ? firstRequired(text) : null;
  let evidence: string | null = null;
  if (beginner && fieldRequires) {
    evidence = `experienceLibelle: ${offer.experience.label ?? 'Expérience exigée'} ; texte: « ${quoteText(prepared, beginner.index, beginner.index + beginner[0].length)} »`;
  } else if (required && labelSaysBeginner) {
    evidence = `experienceLibelle: ${offer.experience.label ?? 'Débutant accepté'} ; texte: « ${quoteText(prepared, required.index, required.index + required[0].length)} »`;
  } else if (beginner && required) {
    evidence = `« ${quoteText(prepared, required.index, required.index + required[0].length)} » et « ${quoteText(prepared, beginner.index, beginner.index + beginner[0].length)} »`;
  }
  if (!evidence) return null;
  return {
    category: 'experience_mismatch',
    axis: 'misleading',
    rule: 'experience_mismatch.required_and_beginner',
    severity: 'certain',
    evidence,
    reference: L5331_3,
    explanation:
      "L'offre se contredit sur l'expérience : elle l'exige et accepte les débutants en même temps. Le candidat ne peut pas savoir s'il a sa chance.",
  };
}

/**
 * Every phrase of BEGINNER_OK names "debutant" or says "experience" with one of these words before or after it:
 * "aucune experience", "sans experience", "pas d'experience", "premiere experience", "experience non". Checked at
 * each occurrence of "experience" (a few per offer) rather than by five searches of the whole text.
 */
const BEFORE_EXPERIENCE = ['aucune ', 'sans ', "pas d'", 'premiere '];

function mayAcceptBeginners(text: string, mentionsBeginner: boolean): boolean {
  if (mentionsBeginner) return true;
  for (let at = text.indexOf('experience'); at >= 0; at = text.indexOf('experience', at + 1)) {
    if (text.startsWith(' non', at + 10)) return true;
    for (const words of BEFORE_EXPERIENCE) if (text.startsWith(words, at - words.length)) return true;
  }
  return false;
}

function firstUnconditional(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (!BEGINNER_CONDITION.test(after)) return match;
  }
  return null;
}

function firstRequired(text: string): RegExpExecArray | null {
  EXPERIENCE_REQUIRED.lastIndex = 0;
  for (let match = EXPERIENCE_REQUIRED.exec(text); match; match = EXPERIENCE_REQUIRED.exec(text)) {
    const phrase = match[0];
    // "2 ans d'expérience" alone is a wish; only an explicit demand contradicts "débutant accepté".
    const lead = text.slice(Math.max(0, match.index - 20), match.index);
    if (
      !/minimum|exige|requis|obligatoire|indispensable|imperati/.test(phrase) &&
      !/(?:imperativement|obligatoirement|au minimum) $/.test(lead)
    )
      continue;
    const years = Number(match[1] ?? match[2] ?? match[3] ?? '1');
    if (years < 1) continue;
    const after = text.slice(match.index + phrase.length, match.index + phrase.length + 50);
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (
      OR_BEGINNER.test(after) ||
      /\bou\b[^.;\n]{0,20}$/.test(before) ||
      /\b(?:diplome|formation)\b[^.;\n]{0,10}$/.test(before)
    )
      continue;
    return match;
  }
  return null;
}

function experienceYears(label: string | null): number | null {
  const match = /(\d{1,2}) ?(an|mois)/i.exec(label ?? '');
  if (!match) return null;
  return match[2]!.toLowerCase() === 'an' ? Number(match[1]) : Number(match[1]) / 12;
}

/** Every place phrase starts with one of its words: tried only where they occur (see text/anchored-pattern.ts). */
const PLACE_PHRASE = new AnchoredPattern(
  /\b(?:poste (?:est )?(?:base|situe|localise) (?:a|au|sur(?: notre site de| le site de)?)|lieu de (?:travail|la mission|mission|l'emploi) ?:|localisation (?:du poste )?:|poste a pourvoir (?:a|sur)|lieu ?:|vous travaillerez (?:a|au|sur le site de)|situe a|base a|rattachee? a (?:notre|l'|votre) (?:agence|site|etablissement|depot|magasin) (?:de|d')) ?(?:(\d{5}) )?([a-z'-]{1,20}(?: [a-z'-]{1,20}){0,5}) ?(?:\((\d{2,3}|2a|2b)\)|(\d{5}))?/g,
  ['poste', 'lieu', 'localisation', 'vous travaillerez', 'situe a', 'base a', 'rattache'],
);
const NOT_THE_JOB =
  /(?:agence|siege|societe|entreprise|groupe|cabinet|bureaux|nous sommes|implantee?|filiale|notre client)[^.;\n]{0,30}$/;

/** The rule reads a description only when it has one of these words: literal searches, faster than one alternation. */
const PLACE_WORDS = [
  'base a',
  'situe',
  'localise',
  'lieu',
  'localisation',
  'pourvoir',
  'travaillerez',
  'rattache',
];

export function placeMismatch(prepared: PreparedOffer): Flag | null {
  const { offer } = prepared;
  const listed = offer.place.departement;
  if (!listed) return null;
  const words = prepared.description.text;
  if (!PLACE_WORDS.some((word) => words.includes(word))) return null;
  const stated: Array<{ dep: string; match: RegExpExecArray }> = [];
  for (const match of PLACE_PHRASE.matchAll(words)) {
    const before = prepared.description.text.slice(Math.max(0, match.index - 40), match.index);
    if (NOT_THE_JOB.test(before)) continue;
    const dep = departementOf(match[2]!, match[3], match[1] ?? match[4]);
    // One phrase naming the listed département is enough to agree: no need to read the others.
    if (dep === listed) return null;
    if (dep) stated.push({ dep, match });
  }
  if (stated.length === 0) return null;
  const first = stated[0]!;
  const offset = prepared.title.text.length + 1;
  return {
    category: 'place_mismatch',
    axis: 'misleading',
    rule: 'place_mismatch.text_names_other_place',
    severity: 'certain',
    evidence: `lieuTravail: ${offer.place.label} ; texte: « ${quoteText(prepared, offset + first.match.index, offset + first.match.index + first.match[0].length)} »`,
    reference: L5331_3,
    explanation:
      "Le lieu de travail affiché n'est pas celui que donne le texte de l'offre : le candidat ne sait pas où il travaillerait.",
    details: { listed, stated: first.dep },
  };
}

/**
 * The first word of every name `CITY_DEPARTEMENTS[name]` answers: the cities, and the names every object inherits
 * ("constructor"), so that skipping the other words changes no answer.
 */
const CITY_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...Object.keys(CITY_DEPARTEMENTS), ...Object.getOwnPropertyNames(Object.prototype)].map(
    (name) => name.split(' ')[0]!,
  ),
);

/** The département a place phrase names: "(85)", a postcode, or a known city at the start of the words. */
export function departementOf(words: string, depCode?: string, postcode?: string): string | null {
  if (depCode)
    return depCode.toUpperCase().length === 3 && !depCode.startsWith('97')
      ? depCode.slice(0, 2)
      : depCode.toUpperCase();
  if (postcode) return postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2);
  const tokens = words.replace(/-/g, ' ').replace(/'/g, ' ').trim().split(' ').filter(Boolean);
  // "notre site de Lorient", "la ville de Lyon": the city may come after a few words.
  for (let from = 0; from < tokens.length; from++) {
    if (!CITY_FIRST_WORDS.has(tokens[from]!)) continue;
    for (let length = Math.min(5, tokens.length - from); length >= 1; length--) {
      const dep = CITY_DEPARTEMENTS[tokens.slice(from, from + length).join(' ')];
      if (dep) return dep;
    }
  }
  return null;
}

const ENGLISH_WORDS =
  'the|and|you|your|to|of|with|for|we|are|is|will|our|be|this|that|have|has|an|at|by|from|or|job|team|work|skills|experience|looking|join|role|company';
const FRENCH_WORDS =
  'le|la|les|de|des|et|vous|votre|vos|nous|un|une|du|en|pour|au|aux|est|sont|dans|sur|avec|par|qui|que|ce|cette|poste|notre|nos|il|elle';
const ENGLISH = new RegExp(`(?<![a-z'])(?:${ENGLISH_WORDS})(?![a-z'])`, 'g');
const FRENCH = new RegExp(`(?<![a-z'])(?:${FRENCH_WORDS})(?![a-z'])`, 'g');

export function foreignLanguage(prepared: PreparedOffer): Flag | null {
  const { offer } = prepared;
  // Jobs abroad are outside L5331-4.
  if (!offer.place.departement && offer.place.label) return null;
  const text = prepared.description.text;
  // Most offers: no common English word at all, no need to count.
  if (!afterSpace(text, 'the ') && !afterSpace(text, 'and ') && !afterSpace(text, 'you')) return null;
  const english = text.match(ENGLISH)?.length ?? 0;
  const french = text.match(FRENCH)?.length ?? 0;
  if (english + french < 15 || english < 2 * french) return null;
  return {
    category: 'foreign_language',
    axis: 'illegal',
    rule: 'foreign_language.mostly_english',
    severity: english >= 4 * Math.max(1, french) ? 'certain' : 'likely',
    evidence: quoteText(
      prepared,
      prepared.title.text.length + 1,
      prepared.title.text.length + 1 + Math.min(80, prepared.description.text.length),
    ),
    reference: 'Code du travail, art. L5331-4',
    explanation:
      "L'offre est rédigée pour l'essentiel en anglais : une offre pour un emploi en France doit être rédigée en français.",
    details: { englishWords: english, frenchWords: french },
  };
}

/**
 * `text.includes(' ' + word)`, searching for the word and checking the space before: a search that starts with a
 * space stops at every space of the text, which made three of them cost as much as the rest of the rule.
 */
function afterSpace(text: string, word: string): boolean {
  for (let at = text.indexOf(word, 1); at >= 0; at = text.indexOf(word, at + 1))
    if (text.charCodeAt(at - 1) === 32) return true;
  return false;
}

export function undated(offer: Offer): Flag | null {
  if (offer.createdAt) return null;
  return {
    category: 'undated',
    axis: 'illegal',
    rule: 'undated.no_creation_date',
    severity: 'certain',
    evidence: 'dateCreation: (absente)',
    reference: 'Code du travail, art. L5332-1',
    explanation: "L'offre ne porte pas de date de publication : toute offre publiée doit être datée.",
  };
}

export function anonymousEmployer(offer: Offer): Flag | null {
  if (offer.origin.kind !== 'partner' || offer.employer.name) return null;
  const interim = offer.contract.type === 'MIS';
  return {
    category: 'anonymous_employer',
    axis: 'quality',
    rule: interim ? 'anonymous_employer.temp_agency_unnamed' : 'anonymous_employer.partner_offer',
    severity: 'certain',
    evidence: 'entreprise.nom: (absent)',
    // A temp agency must name itself (L5332-3); other anonymous offers are lawful but leave the jobseeker blind.
    reference: interim ? 'Code du travail, art. L5332-3' : null,
    explanation: interim
      ? "Cette mission d'intérim ne nomme pas l'agence qui la propose, alors que la loi l'exige."
      : "L'offre, publiée par un site partenaire, ne nomme pas l'employeur : le candidat ne sait pas à qui il postule.",
  };
}

export function contractNotAJob(offer: Offer): Flag | null {
  const kind = offer.contract.type?.toUpperCase();
  if (kind === 'LIB' || kind === 'CCE') {
    // Independent work is offered, not employment (taxonomy: honest LIB offers are not_a_job); likely only, as
    // a liberal practice (a surgeon joining a clinic) is still real work.
    return {
      category: 'not_a_job',
      axis: 'misleading',
      rule: 'not_a_job.independent_activity',
      severity: 'likely',
      evidence: `typeContrat: ${kind}${offer.contract.label ? ` (${offer.contract.label})` : ''}`,
      reference: 'Code du travail, art. L5331-3',
      explanation:
        "L'annonce propose une activité indépendante (profession libérale ou commerciale), pas un emploi salarié : pas de salaire garanti ni de contrat de travail.",
    };
  }
  if (kind !== 'FRA' && kind !== 'REP') return null;
  return {
    category: 'not_a_job',
    axis: 'misleading',
    rule: kind === 'FRA' ? 'not_a_job.franchise_contract' : 'not_a_job.business_takeover_contract',
    severity: 'certain',
    evidence: `typeContrat: ${kind}${offer.contract.label ? ` (${offer.contract.label})` : ''}`,
    reference: 'Code du travail, art. L5331-3 et L5331-5',
    explanation:
      kind === 'FRA'
        ? "C'est une franchise : le candidat achète le droit d'exploiter une enseigne, ce n'est pas un emploi salarié."
        : "C'est une reprise d'entreprise : le candidat rachète une activité, ce n'est pas un emploi salarié.",
  };
}
