import type { Offer } from '../../model/offer.js';
import { NearWordPattern, occurrencesOf } from '../engine/near-word-pattern.js';
import { lineBreakAt, type NormalisedText, plainText } from '../engine/normalise.js';
import { includesWord } from '../engine/substring-filter.js';
import { quoteExact } from './quote.js';

/**
 * What an offer says about the experience it asks for: the listing's field (`experienceExige`/`experienceLibelle`)
 * and the statements of its text, read on the normalised text (lower case, no accents). A statement is either a
 * door open to beginners ("débutants acceptés", "que tu aies déjà une expérience ou non", "Niveau d'expérience
 * minimum requis : Débutant") or a demand ("vous justifiez d'une expérience", "5 ans d'expérience minimum",
 * "Expérience … exigée"), with the years it names. Soft wishes ("un plus", "appréciée", "idéalement", "souhaitée"),
 * alternatives ("… ou expérience équivalente", "si expérience"), questions, the employer's own experience ("fort de
 * 60 ans d'expérience"), narrative ("Votre expérience réussie vous a permis…", "vous avez acquis") and negated
 * phrases ("aucune expérience requise" is never a demand) are told apart.
 */

/** Years of experience: "2 à 4 ans" is 2 to 4; "N ans", "au moins N ans" and "N ans minimum" are N to N. */
export interface YearsRange {
  min: number;
  max: number;
}

export interface ExperienceField {
  code: 'D' | 'S' | 'E' | null;
  /** `experienceLibelle` as shown, or what the code means when there is none. */
  shown: string;
  /** Years the field asks for: "2 An(s)", "Expérience exigée de 1 An(s)", "24 Mois", "(de 1 à 3 ans)". */
  years: YearsRange | null;
  /** The field itself offers another way in: "6 Mois - ou formation", "Débutant accepté - si diplôme". */
  alternative: boolean;
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
};

function count(raw: string): number {
  return /^\d/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? Number.NaN);
}

function inYears(value: number, unit: string): number {
  return unit.startsWith('mois') ? value / 12 : value;
}

export function readExperienceField(offer: Offer): ExperienceField {
  const code = offer.experience.code;
  const label = plainText(offer.experience.label ?? '');
  const shown =
    offer.experience.label?.trim() ||
    (code === 'E'
      ? 'Expérience exigée'
      : code === 'D'
        ? 'Débutant accepté'
        : code === 'S'
          ? 'Expérience souhaitée'
          : '');
  let years: YearsRange | null = null;
  const range = /(\d{1,2}) a (\d{1,2}) ans/.exec(label);
  const single = /(\d{1,3}) ?(an|mois)/.exec(label);
  if (range) years = { min: Number(range[1]), max: Number(range[2]) };
  else if (single) {
    const value = inYears(Number(single[1]), single[2]!);
    years = { min: value, max: value };
  }
  return { code, shown, years, alternative: /\bou\b|\bsi\b/.test(label) };
}

export type StatementKind = 'beginner' | 'demand';

/** A phrase of the text about experience, before its sentence is read (see `judgeStatement`). */
export interface ExperienceCandidate {
  kind: StatementKind;
  /** Where it is: offsets in the normalised text it was found in. */
  start: number;
  end: number;
  years: YearsRange | null;
  /** The phrase itself makes it a demand: "exigée", "minimum", "vous justifiez", "requis : Confirmé". */
  strong: boolean;
  /** The phrase must open its line or list item to be a demand ("- Expérience préalable en …"). */
  itemOnly?: boolean;
  /** The word alone must be its whole item, under a profile's heading ("Profil recherché : … / Expérience / …"). */
  alone?: boolean;
}

/** A candidate read in its sentence: null when the sentence makes it no statement at all. */
export interface ExperienceStatement extends ExperienceCandidate {
  /** "un plus", "souhaitée", "idéalement": a wish, not a demand. */
  soft: boolean;
  /** "ou expérience équivalente", "si expérience…", "Bac avec 3 ans … ou": one way in among others. */
  alternative: boolean;
  /** The words to quote, from the phrase to the end of its sentence. */
  quote: string;
}

const N = '(\\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)';
const UNIT = '(ans?|annees?|mois)';

/*
 * The phrases are tried only near "experien" (see NearWordPattern), whose places each text finds once for them all
 * (`experiencePlaces`): each demand holds it at most its pattern's lead after its start, counted from the longest
 * words its pattern allows before it. A phrase added to a pattern needs "experien" within that lead of its start.
 */
const EXPERIENCE_WORD: readonly string[] = ['experien'];

/** Where a normalised text says "experien": found once for its beginner phrases and its demands. */
export function experiencePlaces(text: string): number[] {
  return occurrencesOf(text, EXPERIENCE_WORD);
}

/*
 * Doors open to beginners. Each match is a statement that experience is not needed; the sentence check below
 * drops the conditional ones ("débutants acceptés si titulaire du CAP") and the negated ones ("débutants non
 * acceptés" never matches: every phrase here is positive).
 *
 * Tried only near its words: every phrase holds "experien", "debut", "former", "ptionnel" or "acultati" at most 27
 * characters after its start ("ouvertes a tous, personnes debutants", "avec ou sans de l'premiere experience"), but
 * for "que tu aies … experience", whose words before "experience" have no bound: it opens with its own words. A
 * phrase added here needs one of the words within BEGINNER_LEAD characters of its start.
 */
const BEGINNER_LEAD = 30;
const BEGINNER_OWN_WORDS: readonly string[] = [
  'debut',
  'former',
  'ptionnel',
  'acultati',
  'que tu aies',
  'que vous ayez',
];
const BEGINNER = new NearWordPattern(
  new RegExp(
    [
      '\\bdebutants? (?:(?:sont |est )?(?:acceptes?|acceptees?|bienvenus?|bienvenues?|possibles?)|et etudiants? acceptes?)',
      '\\bdebutants? (?:[a-z]{1,12} ){0,3}?(?:sont (?:les |la )?bienvenu|peuvent)',
      '\\b(?:ouverte?s? (?:aux|a des|a tous,?) (?:profils |personnes )?debutants?|accessibles? aux debutants?)',
      "\\bexperiences? (?:[a-z'/]{1,20},? ){0,12}?(?:mais |n'est |ne sont )?(?:pas|non) (?:obligatoire|exigee|requise|indispensable|necessaire)s?\\b",
      '\\bprofils? debutants? acceptes?',
      "\\bavec ou sans (?:une |de l')?(?:premiere )?experience",
      '\\bsans experience\\b',
      '\\bni experience\\b',
      "\\bque (?:tu aies|vous ayez) (?:deja |de l'|une |des |d'une )*(?:premiere |1ere )?experiences?\\b[a-z' ]{0,50}? ou (?:non|pas|que (?:tu demarres|vous demarriez|tu debutes|vous debutiez))",
      "\\bniveau d'experience (?:minimum )?(?:requis )?: ?(?:debutant|sans experience)",
      "\\baucune experience (?:[a-z]{1,12} )?(?:n'est )?(?:requise|exigee|necessaire|demandee|obligatoire)",
      "\\b(?:n'avez|n'as) (?:pas d'|ni |aucune )experience",
      "\\bpas d'experience (?:requise|exigee|necessaire|demandee|obligatoire)",
      '\\b(?:premiere )?experience (?:prealable )?non (?:exigee|requise|obligatoire|necessaire)',
      '\\bexperience ?: ?indifferente?',
      '\\bdebutants? ou (?:premiere|1ere) experience',
      '\\bou (?:si )?(?:vous etes |tu es )debutant',
      // "Vous êtes débutant ? Nous vous formons", "Si tu es débutante, …" (not "vous n'êtes pas débutant").
      '\\b(?:vous etes|tu es) debutante?s?\\b',
      // An invitation to start out, or to be trained from scratch: "Vous voulez débuter en cuisine ?", "nous sommes
      // ouverts à former les candidats motivés" (not "pas ouverts à former").
      '\\b(?:vous voulez|tu veux|vous souhaitez|tu souhaites|envie de) debuter\\b',
      '(?<!pas )(?<!plus )\\bouverte?s? a former (?:les |des |de )?(?:candidats?|candidates?|personnes?|profils?|debutants?|motive)',
      // A job board's experience line marked optional: "Agent d'entretien ou similaire : 1 an (Optionnel)".
      '\\b(?:\\d{1,2} ?(?:ans?|annees?|mois)|experiences?) \\((?:optionnel|optionnelle|facultatif|facultative)\\)',
    ].join('|'),
    'g',
  ),
  [...EXPERIENCE_WORD, ...BEGINNER_OWN_WORDS],
  BEGINNER_LEAD,
);

/* A beginner phrase that goes on with a condition is no open door: "débutant accepté si titulaire du CAP". */
const BEGINNER_CONDITION =
  /^[^.;!?]{0,6}(?:si|avec|ayant|titulaire|sous reserve|a condition|dans le cadre|en alternance)\b/;

/* Years of experience, the number first: "5 ans d'expérience minimum", "au moins 3 années d'expériences",
 * "3 à 5 ans d'expérience", "moins de 2 ans d'expérience" (a maximum). "experien" comes at most 50 characters in
 * ("au minimum de quatre a quatre annees au minimum d'experience"). */
const YEARS_FIRST = new NearWordPattern(
  new RegExp(
    `\\b(au moins |minimum |au minimum |a minima |plus de |moins de )?(?:de |d')?${N}(?: ?(?:a|-|/) ?${N})? ?${UNIT}(?: minimum| au minimum| au moins)? d'experiences?\\b`,
    'g',
  ),
  EXPERIENCE_WORD,
  50,
);
/* Years after the word: "expérience de 4 ans", "expérience réussie de deux à trois ans", "expérience minimum de 3
 * ans", "Expérience en vente de 2 ans", "Expérience : 2 ans minimum", "expérience confirmée (>3 ans)", "expérience en
 * usinage (Tournage/Fraisage) d'au moins 5 ans". The words in between are letters only (no digit, no punctuation
 * but an apostrophe, or an aside in parentheses): the years belong to this experience. */
const YEARS_AFTER = new NearWordPattern(
  new RegExp(
    `\\bexperiences? (?:(?:[a-z'/]{1,20}|\\([a-z'/ ,-]{1,30}\\)) ){0,8}?(?:de |d'|: ?|\\(|> ?)?(au moins |minimum |au minimum |a minima |minimum de |de minimum |d'au moins |superieure a )?(?:de |d')?\\(?>? ?${N}(?: ?(?:a|-) ?${N})? ?${UNIT}\\b( minimum| au minimum)?`,
    'g',
  ),
  EXPERIENCE_WORD,
  0,
);
/* Demands without years, the strong ones first (see `WithoutYears`). All but the last hold "experien". */
const DEMANDS: ReadonlyArray<{ pattern: NearWordPattern; strong: boolean; itemOnly?: boolean }> = [
  // "Expérience dans le commerce ou la vente exigée", "Expérience … indispensable pour ce poste".
  {
    pattern: new NearWordPattern(
      /\bexperiences? (?:[a-z'/*]{1,20} ){0,10}?(?:exigee?s?|requise?s?|obligatoires?|indispensables?|imperative?s?|demandee?s?|attendue?s?)\b/g,
      EXPERIENCE_WORD,
      0,
    ),
    strong: true,
  },
  // "vous justifiez d'une première expérience", "justifiant d'une expérience" (hard call 1: a demand). At most
  // "vous justifiez idealement d'une " and two words of twelve letters before "experien".
  {
    pattern: new NearWordPattern(
      /\b(?:vous justifiez|tu justifies|justifiant|justifier) (?:egalement |deja |idealement )?(?:d'une |d'un |de l'|d'|de )?(?:[a-z]{1,12} ){0,2}?experiences?\b/g,
      EXPERIENCE_WORD,
      58,
    ),
    strong: true,
  },
  // "Niveau d'expérience minimum requis : Confirmé".
  {
    pattern: new NearWordPattern(
      /\bniveau d'experience (?:minimum )?(?:requis )?: ?(?:confirme|experimente|expert|senior)/g,
      EXPERIENCE_WORD,
      9,
    ),
    strong: true,
  },
  // "Vous avez une expérience dans la vente", "vous disposez d'une première expérience réussie", "ayant déjà eu
  // des expériences", "Avoir une expérience similaire". Not "vous avez acquis…": narrative. At most "vous possedez
  // obligatoirement eu d'une " and two words of twelve letters before "experien".
  {
    pattern: new NearWordPattern(
      /\b(?:vous avez|tu as|et avez|vous possedez|tu possedes|et possedez|vous disposez|tu disposes|et disposez|disposez|possedez|avoir|ayant) (?:deja |egalement |au moins |obligatoirement |imperativement )?(?:eu )?(?:une |de l'|des |d'une |d'un |un |d')(?:[a-z]{1,12} ){0,2}?experiences?\b/g,
      EXPERIENCE_WORD,
      65,
    ),
    strong: false,
  },
  // "un(e) conseiller(ère) de vente avec expérience", "avec une première expérience dans …".
  {
    pattern: new NearWordPattern(
      /\bavec (?:une |de l')?(?:premiere |1ere |solide |bonne )?experiences?\b(?! client)/g,
      EXPERIENCE_WORD,
      19,
    ),
    strong: false,
  },
  // A profile item that is the word itself: "- Expérience préalable en tant que cariste", "Expérience du travail
  // avec les enfants", "Expérience professionnelle dans les métiers de l'eau", "Expérience sur poupées mobiles";
  // with a qualifier that makes it a demand, "- Une première expérience réussie dans le recrutement" (not "- Une
  // expérience professionnelle dans l'enseignement", which a list of benefits offers); or beside what the candidate
  // knows, "Connaissances et expériences mécanique, hydraulique". At most "connaissances et " before "experien".
  {
    pattern: new NearWordPattern(
      /\b(?:(?:une |un )?(?:premiere|1ere|solide|bonne|reelle|veritable|forte) experiences? (?:reussie |significative |confirmee |professionnelle |averee )?(?:prealable|professionnelle|similaire|significative|confirmee|solide|averee|reussie|du|de la|de l'|des|dans|en|sur|d'au moins)|experiences? (?:prealable|professionnelle|similaire|significative|confirmee|solide|averee|du|de la|de l'|des|dans|en|sur|d'au moins)|(?:connaissances?|competences?) et experiences? [a-z]{3,})\b/g,
      EXPERIENCE_WORD,
      17,
    ),
    strong: false,
    itemOnly: true,
  },
  // "Nous recherchons un moniteur d'auto-école expérimenté", "Expérimenté sur machines CN", "Vous êtes un vendeur
  // confirmé". Its own words: at most "recherchons une/une " and five words of twenty-five characters before them.
  {
    pattern: new NearWordPattern(
      /\b(?:recherch|recrut|cherch)[a-z]{0,6} (?:un|une|des|son|sa|ses)(?:\/une)? (?:[a-z'/()-]{1,25} ){1,5}?(?:experimente|confirme)s?\b|\bexperimentes? (?:en|sur|dans)\b|\b(?:vous etes|tu es) (?:un |une )?(?:[a-z'/()-]{1,25} ){0,3}?(?:experimente|confirme)s?\b/g,
      ['experimente', 'confirme'],
      153,
    ),
    strong: false,
  },
];

/* A title that asks for an experienced worker: "Vendeur Automobile Confirmé", "Cariste expérimenté". */
const TITLE_DEMAND = /\b(?:confirme|experimente)s?\b/;

/**
 * Whether a normalised text holds a word every phrase of BEGINNER needs: "debut" ("débutant", "débuter"), "former"
 * ("ouverts à former"), "ptionnel" / "acultati" (a job board's "1 an (Optionnel)"), else "experience". A phrase
 * added to BEGINNER needs its word here, or it is never tried.
 */
export function mayOpenTheDoor(text: string): boolean {
  return (
    includesWord(text, 'debut') ||
    includesWord(text, 'experience') ||
    includesWord(text, 'former') ||
    includesWord(text, 'ptionnel') ||
    includesWord(text, 'acultati')
  );
}

/**
 * The doors open to beginners of a normalised text, in the order of the text: cheap, before any sentence is read.
 * Found apart from the demands, which the rule often does not need (see `findDemandCandidates`).
 */
export function findBeginnerCandidates(
  text: string,
  experienceAt = experiencePlaces(text),
): ExperienceCandidate[] {
  const own = occurrencesOf(text, BEGINNER_OWN_WORDS);
  const occurrences = own.length === 0 ? experienceAt : [...experienceAt, ...own].sort((a, b) => a - b);
  return BEGINNER.matches(text, occurrences).map(({ start, end }) => ({
    kind: 'beginner',
    start,
    end,
    years: null,
    strong: true,
  }));
}

/**
 * Which demands without years to look for: all, only the strong ones ("exigée", "vous justifiez"), or none. The
 * demands with years, and the title's word, are always looked for. Leaving some out changes no other candidate:
 * the strong demands come first in DEMANDS, and a demand is only left out for overlapping an earlier one.
 */
export type WithoutYears = 'all' | 'strong' | 'none';

/**
 * The demands of a normalised text, in the order of the text. A demand overlapping a beginner phrase of the same
 * text (`beginners`, from `findBeginnerCandidates`) or an earlier demand is left out, except for the years-first
 * phrases and the title's own word, which stand anyway.
 */
export function findDemandCandidates(
  text: string,
  beginners: readonly ExperienceCandidate[],
  isTitle = false,
  withoutYears: WithoutYears = 'all',
  experienceAt = experiencePlaces(text),
): ExperienceCandidate[] {
  const found: ExperienceCandidate[] = [];
  if (isTitle && !includesWord(text, 'debutant')) {
    const match = TITLE_DEMAND.exec(text);
    if (match)
      found.push({
        kind: 'demand',
        start: match.index,
        end: match.index + match[0].length,
        years: null,
        strong: false,
      });
  }
  // Every demand holds "experien", but "recherchons un vendeur confirmé", which holds "confirme".
  if (!includesWord(text, 'experien') && !includesWord(text, 'experiment') && !includesWord(text, 'confirme'))
    return found;
  const overlaps = (start: number, end: number) =>
    overlapsCandidate(beginners, start, end) || overlapsCandidate(found, start, end);
  // Every match ends on "d'experience", which most texts lack: one look at the text's trigrams spares the windows.
  const yearsFirst = includesWord(text, "d'experience") ? YEARS_FIRST.matches(text, experienceAt) : [];
  for (const { start, end, groups } of yearsFirst) {
    const years = yearsOf(groups[2]!, groups[3], groups[4]!, groups[1]);
    if (years) found.push({ kind: 'demand', start, end, years, strong: firm(text, start, groups[0]!) });
  }
  for (const { start, end, groups } of YEARS_AFTER.matches(text, experienceAt)) {
    const words = groups[0]!;
    // "expérience auprès des enfants de moins de 3 ans": an age, not years of experience.
    if (/\b(?:enfants?|age|ages|jeunes|bebes?|moins de) /.test(words.slice(0, words.length - 12))) continue;
    // "selon expérience sur 13 mois": the months of pay, not of experience.
    if (/ sur \(?>? ?(?:\d{1,2}|[a-z]{2,6}) ?(?:ans?|annees?|mois)\b/.test(words)) continue;
    const years = yearsOf(groups[2]!, groups[3], groups[4]!, groups[1] ?? groups[5]);
    if (years && !overlaps(start, end))
      found.push({ kind: 'demand', start, end, years, strong: firm(text, start, words) });
  }
  for (const { pattern, strong, itemOnly } of DEMANDS) {
    if (withoutYears === 'none' || (withoutYears === 'strong' && !strong)) break;
    const matches =
      pattern.words === EXPERIENCE_WORD ? pattern.matches(text, experienceAt) : pattern.matches(text);
    for (const { start, end } of matches) {
      if (overlaps(start, end)) continue;
      found.push({ kind: 'demand', start, end, years: null, strong, ...(itemOnly ? { itemOnly } : {}) });
    }
  }
  // The word alone, as an item of a profile list ("Profil recherché : … De formation CAP/BEP / Expérience / Maîtrise
  // de la lecture de plans"): judged on its line (see `judgeStatement`).
  if (withoutYears === 'all') {
    for (const start of experienceAt) {
      const word = BARE_WORD.exec(text.slice(start, start + 13));
      if (!word || (start > 0 && text[start - 1] !== ' ' && text[start - 1] !== '*')) continue;
      const end = start + word[0].length;
      if (!overlaps(start, end))
        found.push({ kind: 'demand', start, end, years: null, strong: false, itemOnly: true, alone: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "experience" or "experiences" and nothing after on its line but a space (`judgeStatement` reads the line). */
const BARE_WORD = /^experiences?(?= |$)/;

/** Years stated as a demand: "minimum", "exigée", "vous justifiez de…", "impérativement". */
function firm(text: string, index: number, phrase: string): boolean {
  return (
    /minimum|moins|minima|>|exige|requis|obligatoire|indispensable|imperati/.test(phrase) ||
    /(?:justifiez|justifies|justifiant|justifier|imperativement|obligatoirement)\b[^.;!?]{0,25}$/.test(
      text.slice(Math.max(0, index - 40), index),
    )
  );
}

function overlapsCandidate(found: readonly ExperienceCandidate[], start: number, end: number): boolean {
  return found.some((other) => other.start < end && start < other.end);
}

function yearsOf(
  first: string,
  second: string | undefined,
  unit: string,
  bound: string | undefined,
): YearsRange | null {
  const low = count(first);
  if (!Number.isFinite(low)) return null;
  const min = inYears(low, unit);
  // The employer's own history ("fort de 65 ans d'expérience") is no demand made of a candidate.
  if (min > 15 || min <= 0) return null;
  if (second !== undefined) {
    const high = inYears(count(second), unit);
    return Number.isFinite(high) && high >= min ? { min, max: high } : null;
  }
  if (bound?.startsWith('moins')) return { min: 0, max: min };
  // "au moins 3 ans", "3 ans minimum": the demand is 3 years, as a field's "3 An(s)" is; compared as such.
  return { min, max: min };
}

/*
 * Around a candidate, in its sentence: the wish words that make a demand soft, the words that make it one way
 * among others, the employer's own experience, a question, a negation.
 */
const SOFT =
  /\bun plus\b|\batouts?\b|\bapprecie|\bsouhait|\bidealement\b|\bde preference\b|\bpreferable|\bserait\b|\bbienvenue?s?\b|\bsi possible\b|\beventuellement\b|\bpas (?:obligatoire|exigee|indispensable|necessaire|requise)|\bnon (?:obligatoire|exigee|requise)|\boptionnel|\bfacultati|\bvalorise|\bidealement\b|\bpermis de\b/;
const NEGATED_BEFORE =
  /(?:\baucune?|\bsans|\bpas d'|\bpas de|\bni|\bnon|\bn'|\bplus qu'un|\bplus que|\bau-dela d'un|\bau-dela de)\s?(?:[a-z]{1,12} )?$/;
const ALTERNATIVE_BEFORE =
  /\b(?:ou|soit)(?: bien)? (?:d'une |d'un |une |un |de |d'|avec |justifiant |ayant |vous justifiez |vous avez )?(?:une |de l')?$|\bsi (?:vous avez |tu as |vous justifiez )?(?:d'une |une |de l')?$/;
const ALTERNATIVE_AFTER =
  /^[^.;!?]{0,40}?\bou (?:d'une |d'un |une |un )?(?:formation|diplome|equivalent|bac|cap|bts|titulaire|niveau|si|debutante?s?)\b|^[^.;!?]{0,20}?\bequivalente?\b/;
/* A wish in parentheses with a subject of its own: "(Tornos serait un plus)", "(la connaissance de SAP est un atout)". */
const OWN_SUBJECT_WISH =
  /\((?:[a-z0-9'/-]{1,20} ){1,5}(?:serait|seraient|est|sont) (?:un plus|un atout|appreciee?s?|bienvenue?s?)\)/g;
/* A wish for the field of a demand, after it: "idéalement en usinage", "de préférence dans la grande distribution". */
const FIELD_WISH =
  /\b(?:idealement|de preference|si possible|preferablement) (?:en|dans|sur|chez|aupres d(?:e|es|u|')|au sein d(?:e|es|u|'))\b/g;
/* A list of profiles, any one of which will do: "titulaire de l'un des diplômes suivants", "un des profils suivants". */
const ONE_OF_BEFORE =
  /\b(?:l'un|l'une|un|une) des (?:diplomes|profils|titres|qualifications|formations|certifications|parcours|cas) suivante?s\b/;
const EMPLOYER_OWN =
  /\b(?:nous|notre|nos|fort de|forte de|depuis|entreprise|societe|groupe|cabinet|equipe)\b/;
const NARRATIVE =
  /\b(?:acquis|vous a permis|vous permettra|permettra|acquerir|enrichi|developper|mettre a profit|mettez|partager|valoriser|au service)\b/;

/** The sentence around [start, end): the text from the last break before to the first break after (bounded). */
export function sentenceAround(
  normalised: NormalisedText,
  start: number,
  end: number,
): { from: number; to: number } {
  const text = normalised.text;
  let from = start;
  while (from > 0 && start - from < 160 && !isBreak(normalised, from)) from--;
  let to = end;
  while (to < text.length && to - end < 160 && !isBreak(normalised, to)) to++;
  return { from, to };
}

/** A sentence or item ends at this character: punctuation, a list bullet, or a line break in the source. */
function isBreak(normalised: NormalisedText, at: number): boolean {
  const text = normalised.text;
  const char = text[at]!;
  if (
    char === '.' ||
    char === ';' ||
    char === '!' ||
    char === '?' ||
    char === '\u2022' ||
    char === '\u00b7'
  ) {
    // "Bac+2", "3.5": a dot between digits is no full stop.
    return !(char === '.' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? ''));
  }
  if (char === '*' && text[at + 1] === '*') return true;
  if ((char === '-' || char === '*') && text[at - 1] === ' ' && text[at + 1] === ' ') return true;
  if (char !== ' ') return false;
  // A space of the normalised text stands for whitespace of the source: is there a line break among it?
  return lineBreakAt(normalised, at);
}

/** Reads a candidate in its sentence. Null: no statement (negated, narrative, the employer's own, a question). */
export function judgeStatement(
  normalised: NormalisedText,
  candidate: ExperienceCandidate,
): ExperienceStatement | null {
  const text = normalised.text;
  const { from, to } = sentenceAround(normalised, candidate.start, candidate.end);
  const before = text.slice(from, candidate.start);
  const after = text.slice(candidate.end, to);
  const sentenceEnd = text[to];
  if (candidate.kind === 'beginner') {
    if (BEGINNER_CONDITION.test(after)) return null;
    return new JudgedStatement(candidate, false, false, normalised, to);
  }
  const phrase = text.slice(candidate.start, candidate.end);
  if (NEGATED_BEFORE.test(text.slice(Math.max(from, candidate.start - 30), candidate.start))) return null;
  if (
    /^[^.;!?]{0,40}?\b(?:n'est pas|ne sont pas|pas (?:obligatoire|exigee|requise|necessaire|indispensable)|non (?:exigee|requise|obligatoire))/.test(
      after,
    )
  )
    return null;
  // "Vous avez déjà une expérience dans le domaine ?" invites; "… et vous bénéficiez de 5 à 10 ans d'expérience ?"
  // still names the years.
  if (sentenceEnd === '?' && !candidate.years && !candidate.strong) return null;
  if (
    NARRATIVE.test(before.slice(-40)) ||
    NARRATIVE.test(after.slice(0, 30)) ||
    /^(?:votre|ton|ta|vos|tes) /.test(phrase)
  )
    return null;
  if (candidate.years && EMPLOYER_OWN.test(before.slice(-40))) return null;
  if (
    /^ (?:client|utilisateur|d'achat|candidat|collaborateur|patient|unique|enrichissante|riche|terrain)/.test(
      after,
    )
  )
    return null;
  if (
    candidate.itemOnly &&
    (!opensItem(normalised, from, candidate.start) || inBenefits(text, candidate.start))
  )
    return null;
  // The word alone: its whole item, in a profile's list (not a heading over what follows: "Expérience" then "Une
  // première expérience serait un plus" on the next line).
  if (
    candidate.alone &&
    (after.trim() !== '' ||
      !underProfile(text, candidate.start) ||
      SOFT.test(text.slice(to, to + 80)) ||
      /\bdebut/.test(text.slice(to, to + 80)))
  )
    return null;
  // "Expérience sur poupées mobiles (Tornos serait un plus)": the aside's wish is for its own subject, not this one.
  // "5 ans d'expérience, idéalement en usinage": after the demand, the wish is for its field, not for the demand.
  const sentence = (before + phrase + after.replace(FIELD_WISH, ' ')).replace(OWN_SUBJECT_WISH, ' ');
  const soft = SOFT.test(sentence);
  const alternative =
    ALTERNATIVE_BEFORE.test(before.slice(-30)) ||
    ALTERNATIVE_AFTER.test(after) ||
    // "titulaire de l'un des diplômes suivants : CAP PE … Assistant maternel avec 3 ans d'expérience": the years
    // are one profile of several, beside diplomas that ask for none.
    (!candidate.strong &&
      ONE_OF_BEFORE.test(text.slice(Math.max(0, candidate.start - 200), candidate.start)));
  return new JudgedStatement(candidate, soft, alternative, normalised, to);
}

/*
 * The headings of a list of what the job gives and of what it asks: an item is read under the nearer one before it
 * ("Nous offrons : - Une première expérience professionnelle dans un grand groupe" is a benefit).
 */
const BENEFITS_HEADING =
  /\b(?:nous (?:vous )?(?:offrons|proposons)|on vous (?:offre|propose)|(?:vos|les|nos) avantages|avantages ?:|ce que nous (?:vous )?(?:offrons|proposons)|pourquoi nous rejoindre|ce poste vous (?:offre|apporte))\b/g;
const PROFILE_HEADING =
  /\b(?:profil|competences|exigences|prerequis|requis|qualites|vous etes|vous avez|recherchons|ce qu'on recherche|ce que nous recherchons|savoir-faire)\b/g;

/** Whether the nearest heading within 300 characters before `start` is that of a list of benefits. */
function inBenefits(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 300), start);
  let benefits = -1;
  for (const match of lead.matchAll(BENEFITS_HEADING)) benefits = match.index;
  if (benefits < 0) return false;
  let profile = -1;
  for (const match of lead.matchAll(PROFILE_HEADING)) profile = match.index;
  return benefits > profile;
}

/** Whether a profile's heading stands within 200 characters before `start`, nearer than any list of benefits. */
function underProfile(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 200), start);
  let profile = -1;
  for (const match of lead.matchAll(PROFILE_LIST)) profile = match.index;
  if (profile < 0) return false;
  let benefits = -1;
  for (const match of lead.matchAll(BENEFITS_HEADING)) benefits = match.index;
  return profile > benefits;
}
const PROFILE_LIST =
  /\b(?:profil(?: recherche)?|competences|exigences|prerequis|requis|qualites|ce qu'on recherche|ce que nous recherchons|vous avez|vous possedez)\b/g;

/** The candidate opens its line or list item: only a bullet, "Profil :" or nothing stands before it. */
function opensItem(normalised: NormalisedText, from: number, start: number): boolean {
  const lead = normalised.text.slice(from, start);
  return /^[\s\-*•·:.;!?]*(?:(?:profil(?: recherche)?|competences|exigences|prerequis|requis) ?:?[\s\-*]*)?$/.test(
    lead,
  );
}

/**
 * The statement of a candidate, its quote taken when read: most statements are judged and never quoted, and
 * quoting maps the text back to its source, which costs more than reading every sentence. A class rather than an
 * object literal with a getter: V8 gives such a literal a shape of its own each time, and copies the candidate slowly.
 */
class JudgedStatement implements ExperienceStatement {
  readonly kind: StatementKind;
  readonly start: number;
  readonly end: number;
  readonly years: YearsRange | null;
  readonly strong: boolean;
  readonly itemOnly?: boolean;
  #quoted: string | null = null;

  constructor(
    candidate: ExperienceCandidate,
    readonly soft: boolean,
    readonly alternative: boolean,
    private readonly normalised: NormalisedText,
    /** Where the candidate's sentence ends. */
    private readonly to: number,
  ) {
    this.kind = candidate.kind;
    this.start = candidate.start;
    this.end = candidate.end;
    this.years = candidate.years;
    this.strong = candidate.strong;
    if (candidate.itemOnly !== undefined) this.itemOnly = candidate.itemOnly;
  }

  get quote(): string {
    this.#quoted ??= quoteExact(this.normalised, this.start, Math.min(this.to, this.start + 180));
    return this.#quoted;
  }
}

/*
 * Experience of any length: "Au moins une expérience liée requise, quelque soit la durée", "une expérience, même
 * courte, dans la vente". Against a field that names years, the text asks for fewer: none in particular.
 */
const ANY_LENGTH =
  /\bexperiences?\b[^.;!?]{0,60}?\b(?:quel(?:le)? ?que soit|quelque soit|peu importe|quelle qu'en soit|qu'elle qu'en soit) (?:la |sa |leur )?duree\b|\bexperiences?\b[^.;!?]{0,40}?\b(?:meme courte|meme breve|meme de courte duree|de toute duree|de quelque duree que ce soit)\b/;

/** Where a normalised text accepts experience of any length: the phrase's offsets, or null. */
export function findAnyLength(text: string): { start: number; end: number } | null {
  if (!includesWord(text, 'duree') && !includesWord(text, 'meme')) return null;
  const match = ANY_LENGTH.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Whether two year ranges agree: the one's minimum falls within the other (a field range containing the text's). */
export function yearsAgree(field: YearsRange, text: YearsRange): boolean {
  return (field.min >= text.min && field.min <= text.max) || (text.min >= field.min && text.min <= field.max);
}
