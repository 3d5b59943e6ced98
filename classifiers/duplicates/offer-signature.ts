import type { Offer } from '../../model/offer.js';
import * as hash32 from '../engine/hash32.js';
import { normaliseText } from '../engine/normalise.js';
import { descriptionHashes } from './fused-text.js';

// Plain local bindings: the inner loops below run once per shingle of every offer of an audit.
const combine = hash32.combine;
const fmix32 = hash32.fmix32;
const hashString = hash32.hashString;

/**
 * What the duplicate finder keeps of an offer: a few hundred bytes instead of the offer. Computing it needs one
 * offer at a time, so signatures can be made while streaming an audit from the database.
 */
export interface OfferSignature {
  id: string;
  /** Epoch milliseconds; +Infinity when undated (an undated copy is never the original of a dated one). */
  createdAt: number;
  /** 64-bit hash of the normalised title and description, as two 32-bit halves. */
  exactHi: number;
  exactLo: number;
  /** Where: the INSEE commune, else the département, else the place label (hashed); 0 when unknown. */
  place: number;
  /** Normalised employer name (hashed); 0 when anonymous. */
  employer: number;
  /** Contract type code (hashed); 0 when unknown. A CDI and a seasonal CDD of one employer are two jobs. */
  contract: number;
  /**
   * The feed the offer came through: France Travail's own, or its partners' names (hashed); 0 when unknown. One feed
   * publishing two titles publishes two posts; a copy under another title comes through another feed.
   */
  source: number;
  /** One-permutation MinHash of the description's word 3-shingles: SIGNATURE_BINS 16-bit values. */
  text: Uint16Array;
  /** The title's distinct words (markers like "H/F" dropped), hashed and sorted, 0-padded: TITLE_WORDS values. */
  title: Uint32Array;
  /** The ROME code and appellation the offer is filed under (hashed); 0 when either is unknown. */
  appellation: number;
  /**
   * The title's words that its appellation does not hold (hashed as a set; 0 when none). Two titles naming one
   * appellation differently ("Plongeur" and "Plongeur / Plongeuse en restauration") leave the same words; two jobs
   * under one appellation ("Enseignant soutien scolaire - Maths" and "… - Anglais") do not.
   */
  titleRest: number;
  /** How many word 3-shingles the description has: with the MinHash, how much of one text the other contains. */
  shingles: number;
  /**
   * The names and periods the description states, as a bottom-k set (the FACT_WORDS smallest hashes, sorted,
   * 0-padded): capitalised words inside a sentence (a town, a store, a client: "à Marignier"), months, seasons,
   * years and dates ("saison d'hiver 2025-2026", "le mois d'août"). One template for two towns or two seasons
   * differs here, and only here.
   */
  facts: Uint32Array;
}

export const SIGNATURE_BINS = 64;
export const TITLE_WORDS = 12;
export const FACT_WORDS = 16;

const WORD = /[a-z0-9]+/g;
/** Words that say nothing of the job: gender markers, contract words, filler. */
const TITLE_NOISE = new Set([
  'h',
  'f',
  'x',
  'hf',
  'fh',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'en',
  'et',
  'a',
  'au',
  'cdi',
  'cdd',
  'interim',
  'arrondissement',
  'e',
]);

export function signatureOf(offer: Offer): OfferSignature {
  const title = normaliseText(offer.title);
  // One pass over the normalised description gives both exact hashes and its word hashes: the same values as
  // hashString over `${title}\n${normaliseText(description)}` and over each [a-z0-9]+ word, without building
  // those strings (the description is normalised into a reused buffer, see fused-text.ts).
  const hi = Math.imul(hashRun(title, 0x811c9dc5) ^ 10, FNV_PRIME);
  const lo = Math.imul(hashRun(title, 0x1b873593) ^ 10, FNV_PRIME);
  const words = descriptionHashes(offer.description, hi, lo);
  // Job boards append the place to the title ("Comptable H/F - Lorient") and write one or both genders: compare
  // the job words only, reduced to a common stem.
  const placeWords = new Set(normaliseText(offer.place.label).match(WORD) ?? []);
  const titleWords = jobWords(title.match(WORD) ?? [], placeWords);
  const appellation =
    offer.rome.code && offer.rome.appellation
      ? hashString(`${offer.rome.code}\n${normaliseText(offer.rome.appellation)}`) || 1
      : 0;
  const created = offer.createdAt ? Date.parse(offer.createdAt) : Number.NaN;
  return {
    id: offer.id,
    createdAt: Number.isFinite(created) ? created : Number.POSITIVE_INFINITY,
    exactHi: fmix32(words.hi),
    exactLo: fmix32(words.lo),
    place: placeKey(offer),
    employer: offer.employer.name ? hashString(employerKey(offer.employer.name)) || 1 : 0,
    contract: offer.contract.type ? hashString(offer.contract.type.toUpperCase()) || 1 : 0,
    source: sourceKey(offer),
    text:
      words.count > 0
        ? minhashOfHashes(words.hashes, words.count, 3, SIGNATURE_BINS)
        : minhash(titleWords, 3, SIGNATURE_BINS),
    title: wordSet(titleWords),
    appellation,
    titleRest: appellation === 0 ? 0 : restOf(titleWords, offer.rome.appellation!),
    shingles: Math.max(0, words.count - 2),
    facts: factsOf(offer.description, words.starts, words.startCount),
  };
}

function sourceKey(offer: Offer): number {
  const partners = offer.origin.partners
    .map((partner) => normaliseText(partner.name ?? ''))
    .filter((name) => name !== '')
    .sort();
  if (partners.length > 0) return hashString(`partner\n${partners.join('\n')}`) || 1;
  return offer.origin.kind ? hashString(offer.origin.kind) || 1 : 0;
}

/**
 * A store network's words around its name: one U store is "Super U" on its own feed and "U Les Commerçants" on the
 * cooperative's (Distrijob), "Système U" or "Magasins U" elsewhere; one Carrefour is "Carrefour Market" or
 * "Carrefour". The employer is the store, at the offer's place: the network's name without them.
 */
const STORE_FORMAT_WORDS = new Set(
  'super hyper hypermarche supermarche market city express contact proxi drive les commercants systeme magasin magasins'.split(
    ' ',
  ),
);

/** The employer's name as the duplicate finder compares it: letters and digits, store-format words dropped. */
export function employerKey(name: string): string {
  const words = normaliseText(name).match(WORD) ?? [];
  const kept = words.filter((word) => !STORE_FORMAT_WORDS.has(word));
  return (kept.length > 0 ? kept : words).join('');
}

/**
 * Title words that name a kind of worker or a contract, not the job itself: "Employé commercial", "Conseiller
 * vendeur", "Agent", "Hôte", "libre service". Two titles of one job share a word outside these ("charcuterie",
 * "caisse", "location de véhicules"); two jobs of one store share only these ("rayon liquides", "rayon épicerie").
 */
const ROLE_WORDS =
  'employe employee agent agente vendeur vendeuse conseiller conseillere hote hotesse rayon commercial commerciale libre service polyvalent polyvalente equipier equipiere assistant assistante adjoint adjointe responsable chef cheffe operateur operatrice ouvrier ouvriere collaborateur collaboratrice personnel super hyper market magasin u'.split(
    ' ',
  );
/** ROLE_WORDS as the title sets hold them (stemmed, hashed); built on first use, after `stem`'s patterns exist. */
let roleHashes: ReadonlySet<number> | null = null;

/**
 * Whether two titles can name one job in two ways: they share a word that names the job (not a role word), and it
 * is not the case that each names the job with a word the other lacks ("Soutien scolaire - Maths" and "… -
 * Anglais"). "Conseiller vendeur en charcuterie" and "Employé de rayon boucherie et charcuterie" can; "Employé de
 * rayon liquides" and "Employé commercial rayon épicerie" cannot.
 */
export function titlesNameOneJob(a: Uint32Array, b: Uint32Array, offsetA = 0, offsetB = 0): boolean {
  roleHashes ??= new Set(ROLE_WORDS.map((word) => hashString(stem(word)) || 1));
  const roles = roleHashes;
  const job = (words: Uint32Array, offset: number) => {
    const out = new Set<number>();
    for (let k = 0; k < TITLE_WORDS; k++) {
      const word = words[offset + k] ?? 0;
      if (word === 0) break;
      if (!roles.has(word)) out.add(word);
    }
    return out;
  };
  const inA = job(a, offsetA);
  const inB = job(b, offsetB);
  let shared = 0;
  for (const word of inA) if (inB.has(word)) shared++;
  return shared > 0 && (shared === inA.size || shared === inB.size);
}

/**
 * A name inside a sentence (after a word that introduces one, a comma or an apostrophe: "à Marignier", "d'Annecy",
 * "notre client Renault"), with its article when a town has one ("à La Clusaz", "site de La Roche-sur-Yon": "La"
 * alone is too short for a name, and the town went unseen) and its arrondissement when it has one ("Marseille
 * 8e", "Paris 15ème": one template for two arrondissements of one city is two posts), or a period: a month, a
 * season, a year, a day and month. Any lower-case word before a capital is not enough: partner feeds that drop line breaks glue one line's
 * last word to the next line's first ("avec le sourire Toujours disponible", "13e moisPrime annuelle"), and those
 * are no names.
 */
const FACT =
  /(?<=(?:(?<![\p{L}])(?:a|à|au|aux|de|du|des|en|sur|sous|chez|pour|par|vers|près|pres|le|la|les|notre|nos|votre|client|clients|magasin|agence|site|station|ville|commune|secteur|région|region|et|ou) |[,(] ?|['’]))(?:(?:L[ae] |Les |L['’])?\p{Lu}\p{Ll}[\p{L}-]{1,40}(?: \d{1,2}(?:e|er|eme|ème)(?![\p{L}\p{N}]))?|\p{Lu}{4,40}(?![\p{L}]))|(?<![\p{L}\p{N}])(?:[Jj]anvier|[Ff][eé]vrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]o[uû]t|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd][eé]cembre|[Hh]iver|[Pp]rintemps|[Aa]utomne|[Hh]ivernale|[Ee]stivale|20\d\d|\d{1,2}\/\d{1,2})(?![\p{L}\p{N}])|(?<=(?:[ld]['’]|\ben |\bcet ))[EeÉé]t[eé](?![\p{L}\p{N}])/gu;

/** Capitalised inside a sentence, and still no name: contract and heading words a partner's layout capitalises. */
const NOT_FACTS = new Set(
  'contrat mission missions interim interimaire notre votre nous vous poste temps plein partiel reference cdi cdd duree determinee indeterminee salaire horaires profil description entreprise societe agence client'.split(
    ' ',
  ),
);

/** FACT anchored at one position: tried only where `mayStartFact` lets a match start. */
const FACT_AT = new RegExp(FACT.source, 'uy');

/** 1 for ASCII letters and digits: no match of FACT starts right after one. */
const ALNUM = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ALNUM[code] = 1;
for (let code = 65; code <= 90; code++) ALNUM[code] = 1;
for (let code = 97; code <= 122; code++) ALNUM[code] = 1;
/**
 * FACT's lower-case openings, as first letter → the letters that may follow it: the months, seasons and "été"
 * ("janvier", "juin", "fevrier", "mars", "mai", "avril", "aout", "automne", "hiver", "estivale", "ete"…).
 */
const SECOND_LETTERS = new Map<number, string>([
  [0x6a, 'au'],
  [0x66, 'e\u00e9'],
  [0x6d, 'a'],
  [0x61, 'vou'],
  [0x73, 'e'],
  [0x6f, 'c'],
  [0x6e, 'o'],
  [0x64, 'e\u00e9'],
  [0x68, 'i'],
  [0x70, 'r'],
  [0x65, 'st'],
  [0xe9, 't'],
]);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;

/**
 * Whether a match of FACT may start at `at`, false only where none can: every branch starts a word (no letter or
 * digit before it); a capitalised name follows a space, a comma, a parenthesis or an apostrophe; a month, a season,
 * "été", a year or a date starts with one of a few letter pairs or a digit. A character outside the BMP is left to
 * the pattern.
 */
function mayStartFact(text: string, at: number): boolean {
  const before = at === 0 ? 32 : text.charCodeAt(at - 1);
  if (before < 128 && ALNUM[before] === 1) return false;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  let opens: boolean;
  if (code < 128) {
    if (code >= 48 && code <= 57)
      // "20\d\d", "\d/\d", "\d\d/\d".
      opens =
        (code === 50 && next === 48) ||
        next === 47 ||
        (next >= 48 && next <= 57 && text.charCodeAt(at + 2) === 47);
    else if (code >= 65 && code <= 90) {
      if (nameMayFollow(text, at, before)) return true;
      opens = mayOpenPeriod(code + 32, next);
    } else opens = mayOpenPeriod(code, next);
  } else if (code >= 0xd800 && code <= 0xdbff) return true;
  else if (code === 0xe9) opens = mayOpenPeriod(code, next);
  else if ((code >= 0xdc00 && code <= 0xdfff) || !UPPER.test(text[at]!)) return false;
  else if (nameMayFollow(text, at, before)) return true;
  else opens = code === 0xc9 && mayOpenPeriod(0xe9, next);
  if (!opens) return false;
  // A period or "été" has no letter or digit before it (ASCII ones were ruled out above).
  return before < 128 || (before >= 0xd800 && before <= 0xdfff) || !LETTER_OR_NUMBER.test(text[at - 1]!);
}

/** FACT's words that introduce a name ("à Marignier", "notre client Renault"). */
const NAME_INTRODUCERS = new Set(
  'a à au aux de du des en sur sous chez pour par vers près pres le la les notre nos votre client clients magasin agence site station ville commune secteur région region et ou'.split(
    ' ',
  ),
);
const LETTER = /^\p{L}$/u;

/**
 * FACT's lookbehind for a name, by hand: a comma, a parenthesis or an apostrophe before it, or a space after one of
 * those or after a whole word of NAME_INTRODUCERS.
 */
function nameMayFollow(text: string, at: number, before: number): boolean {
  if (before === 44 || before === 40 || before === 39 || before === 0x2019) return true;
  if (before !== 32 || at < 2) return false;
  const last = text.charCodeAt(at - 2);
  if (last === 44 || last === 40) return true;
  let start = at - 1;
  while (start > 0 && at - 1 - start < 8 && isLetter(text, start - 1)) start--;
  if (start === at - 1 || (start > 0 && isLetter(text, start - 1))) return false;
  return NAME_INTRODUCERS.has(text.slice(start, at - 1));
}

function isLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // A surrogate half ends the word: the pattern is then tried (a letter outside the BMP is too rare to matter).
  return code < 0xd800 || code > 0xdfff ? LETTER.test(text[at]!) : false;
}

function mayOpenPeriod(lower: number, next: number): boolean {
  const seconds = SECOND_LETTERS.get(lower);
  return seconds?.includes(String.fromCharCode(next)) === true;
}

/**
 * FACT's matches, in the order and at the places a global FACT.exec loop finds them: the anchored pattern is tried
 * at each position `mayStartFact` allows, resuming after a match as the global one does. The global pattern, its
 * lookbehinds tried at every character, was half of a signature's time.
 */
export function factMatches(
  text: string,
  found: (match: string) => void,
  starts: Int32Array | null = null,
  startCount = 0,
): void {
  if (starts !== null) {
    // The places the description's normalisation noted (descriptionHashes): no search at all.
    let at = 0;
    for (let k = 0; k < startCount; k++) {
      const start = starts[k]!;
      if (start >= text.length) return;
      if (start < at || !mayStartFact(text, start)) continue;
      FACT_AT.lastIndex = start;
      const match = FACT_AT.exec(text);
      if (match === null) continue;
      found(match[0]);
      at = FACT_AT.lastIndex;
    }
    return;
  }
  let at = 0;
  while (at < text.length) {
    CANDIDATE.lastIndex = at;
    const candidate = CANDIDATE.exec(text);
    if (candidate === null) return;
    at = candidate.index;
    if (!mayStartFact(text, at)) {
      at++;
      continue;
    }
    FACT_AT.lastIndex = at;
    const match = FACT_AT.exec(text);
    if (match === null) {
      at++;
      continue;
    }
    found(match[0]);
    at = FACT_AT.lastIndex;
  }
}

/**
 * A cheap native search for the places `mayStartFact` may accept (a superset of them): no ASCII letter or digit
 * before, then a capital, a character outside ASCII, one of the periods' first two letters, or a year's or date's
 * first digits.
 */
const CANDIDATE =
  /(?<![A-Za-z0-9])(?:[A-Z\u0080-\uffff]|j[au]|f[e\u00e9]|ma|a[vou]|se|oc|no|d[e\u00e9]|hi|pr|e[st]|20|\d\/|\d\d\/)/g;

/** The reference scan `factMatches` must equal (tests). */
export function factMatchesReference(text: string): string[] {
  return Array.from(text.matchAll(FACT), (match) => match[0]);
}

/** A match's folded hash, 0 for NOT_FACTS: names repeat from offer to offer, normalised once. */
const factHashes = new Map<string, number>();

function factHash(match: string): number {
  let hash = factHashes.get(match);
  if (hash === undefined) {
    // Case and accents do not matter ("Août", "aout"); words of the contract are not names ("en Contrat à durée…").
    const word = normaliseText(match);
    hash = NOT_FACTS.has(word) ? 0 : hashString(word) || 1;
    if (factHashes.size >= 100_000) factHashes.clear();
    factHashes.set(match, hash);
  }
  return hash;
}

/**
 * The bottom-k set of the description's names and periods (FACT_WORDS smallest hashes of folded words), each
 * mention its own element: a name's second mention hashes apart from its first. A template naming its town twice
 * ("notre établissement de Strasbourg … secteur de Strasbourg") and the same template for another sector ("…
 * établissement de Strasbourg … secteur de Valence") then each hold one the other lacks, a substitution, where as
 * sets of names one would hold the other, like a copy that only adds a blurb.
 */
function factsOf(description: string | null, starts: Int32Array | null = null, startCount = 0): Uint32Array {
  const out = new Uint32Array(FACT_WORDS);
  if (!description) return out;
  const text = description.length > 20_000 ? description.slice(0, 20_000) : description;
  let count = 0;
  factMatches(
    text,
    (match) => {
      // "Marseille 8e" is Marseille, and Marseille's 8th arrondissement ("8e", "8ème" alike): a text that says
      // "Marseille" only has one of the other's names, not a name the other lacks.
      const ordinal = ARRONDISSEMENT.exec(match);
      const word = factHash(ordinal === null ? match : match.slice(0, ordinal.index));
      if (word === 0) return;
      if (count + 2 > mentionWords.length) {
        mentionWords = grownWords(mentionWords);
        mentionHashes = grownWords(mentionHashes);
      }
      mentionWords[count++] = word;
      if (ordinal !== null) mentionWords[count++] = combine(word, 0x100 + Number(ordinal[1])) || 1;
    },
    starts,
    startCount,
  );
  if (count === 0) return out;
  // The k-th mention of a word is the word's hash combined with k; a first mention keeps the word's own hash, so
  // a text naming each name once has the set it had.
  const words = mentionWords.subarray(0, count).sort();
  const hashes = mentionHashes.subarray(0, count);
  let run = 0;
  for (let k = 0; k < count; k++) {
    run = k > 0 && words[k] === words[k - 1] ? run + 1 : 1;
    hashes[k] = run === 1 ? words[k]! : combine(words[k]!, run) || 1;
  }
  hashes.sort();
  let kept = 0;
  for (let k = 0; k < count && kept < FACT_WORDS; k++)
    if (k === 0 || hashes[k] !== hashes[k - 1]) out[kept++] = hashes[k]!;
  return out;
}

/** The arrondissement FACT may read after a city's name. */
const ARRONDISSEMENT = / (\d{1,2})(?:e|er|eme|ème)$/;
let mentionWords = new Uint32Array(256);
let mentionHashes = new Uint32Array(256);

function grownWords(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(array.length * 2);
  next.set(array);
  return next;
}

/**
 * Whether two bottom-k fact sets show a substitution: each holds a name or period the other lacks (one template
 * for Marignier and for Publier, for August and for the winter). A copy that only adds words (a company blurb
 * around the same text) is no substitution. Only hashes below both sets' largest are compared, so that the bottom-k
 * sketches stand for the whole sets.
 */
export function factsDiffer(a: Uint32Array, b: Uint32Array, offsetA = 0, offsetB = 0): boolean {
  let sizeA = 0;
  let sizeB = 0;
  while (sizeA < FACT_WORDS && a[offsetA + sizeA] !== 0) sizeA++;
  while (sizeB < FACT_WORDS && b[offsetB + sizeB] !== 0) sizeB++;
  if (sizeA === 0 || sizeB === 0) return false;
  const limit = Math.min(
    sizeA === FACT_WORDS ? a[offsetA + sizeA - 1]! : 0xffffffff,
    sizeB === FACT_WORDS ? b[offsetB + sizeB - 1]! : 0xffffffff,
  );
  let onlyA = false;
  let onlyB = false;
  let i = 0;
  let j = 0;
  while (i < sizeA || j < sizeB) {
    const x = i < sizeA ? a[offsetA + i]! : 0xffffffff;
    const y = j < sizeB ? b[offsetB + j]! : 0xffffffff;
    if (Math.min(x, y) > limit) break;
    if (x === y) {
      i++;
      j++;
    } else if (x < y) {
      onlyA = true;
      i++;
    } else {
      onlyB = true;
      j++;
    }
    if (onlyA && onlyB) return true;
  }
  return false;
}

const appellationWords = new Map<string, ReadonlySet<string>>();

/** The words of `titleWords` (stems) that the appellation does not hold, hashed as a set; 0 when none. */
function restOf(titleWords: readonly string[], appellation: string): number {
  let named = appellationWords.get(appellation);
  if (!named) {
    named = new Set(jobWords(normaliseText(appellation).match(WORD) ?? [], new Set()));
    // The ROME has about 11,000 appellations: the cache stays small.
    if (appellationWords.size < 20_000) appellationWords.set(appellation, named);
  }
  const rest = [...new Set(titleWords.filter((word) => !named.has(word)))].map((word) => hashString(word));
  if (rest.length === 0) return 0;
  rest.sort((a, b) => a - b);
  let hash = 0x2545f491;
  for (const word of rest) hash = combine(hash, word);
  return hash || 1;
}

/** A title's job words: markers, numbers and the place's words dropped, genders reduced to one stem. */
function jobWords(words: readonly string[], placeWords: ReadonlySet<string>): string[] {
  return words
    .filter((word) => !TITLE_NOISE.has(word) && !placeWords.has(word) && !/^\d+(?:e|er|eme)?$/.test(word))
    .map(stem);
}

const GENDER_ENDING = /(?:euse|eur|trice|teur|ienne|ien|iere|ier|ere|er|enne|en|e|s)$/;

/** "mecanicienne" and "mecanicien", "vendeuse" and "vendeur" reduce to one stem. */
function stem(word: string): string {
  if (word.length <= 5) return word;
  const stemmed = word.replace(GENDER_ENDING, '');
  // "Chauffeur" is what job boards write for the appellations' "conducteur" (poids lourd, livreur, bus, SPL).
  return stemmed === 'chauff' ? 'conduc' : stemmed;
}

const FNV_PRIME = 0x01000193;
/** FNV-1a state after `text`, from `seed` (hashString without its finaliser). */
function hashRun(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++)
    hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash;
}

function placeKey(offer: Offer): number {
  const key =
    offer.place.commune ??
    offer.place.departement ??
    (offer.place.label ? normaliseText(offer.place.label) : null);
  return key ? hashString(key) || 1 : 0;
}

/** A small exact word set: titles are short, so their Jaccard similarity can be computed, not estimated. */
export function wordSet(words: readonly string[]): Uint32Array {
  const hashes = [...new Set(words.map((word) => hashString(word) || 1))]
    .sort((a, b) => a - b)
    .slice(0, TITLE_WORDS);
  const out = new Uint32Array(TITLE_WORDS);
  out.set(hashes);
  return out;
}

/** Jaccard similarity of two 0-padded sorted word sets. */
export function wordSetSimilarity(a: Uint32Array, b: Uint32Array, offsetA = 0, offsetB = 0): number {
  let i = 0;
  let j = 0;
  let both = 0;
  let sizeA = 0;
  let sizeB = 0;
  while (sizeA < TITLE_WORDS && a[offsetA + sizeA] !== 0) sizeA++;
  while (sizeB < TITLE_WORDS && b[offsetB + sizeB] !== 0) sizeB++;
  if (sizeA === 0 && sizeB === 0) return 1;
  while (i < sizeA && j < sizeB) {
    const x = a[offsetA + i]!;
    const y = b[offsetB + j]!;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both / (sizeA + sizeB - both);
}

const EMPTY = 0xffffffff;

/**
 * One-permutation hashing (Li, Owen, Zhang 2012) with rotation densification (Shrivastava, Li 2014): one hash per
 * shingle instead of one per shingle and bin, which is what makes a million offers fit in a minute. Each bin keeps
 * the low 16 bits of its minimum: two bins agree with probability ≈ Jaccard + 2^-16.
 */
export function minhash(words: readonly string[], shingle: number, bins: number): Uint16Array {
  const hashes = Uint32Array.from(words, (word) => hashString(word));
  return minhashOfHashes(hashes, hashes.length, shingle, bins);
}

/** `minhash` over words already hashed (the first `count` of `hashes`). */
export function minhashOfHashes(
  hashes: Uint32Array,
  count: number,
  shingle: number,
  bins: number,
): Uint16Array {
  const mins = new Uint32Array(bins).fill(EMPTY);
  const shift = 32 - Math.log2(bins);
  const size = Math.min(shingle, Math.max(1, count));
  for (let start = 0; start + size <= count; start++) {
    let hash = hashes[start]!;
    for (let k = 1; k < size; k++) hash = combine(hash, hashes[start + k]!);
    hash = fmix32(hash);
    const bin = hash >>> shift;
    const value = (hash << (32 - shift)) >>> (32 - shift);
    if (value < mins[bin]!) mins[bin] = value;
  }
  const out = new Uint16Array(bins);
  let any = false;
  for (let bin = 0; bin < bins; bin++) if (mins[bin] !== EMPTY) any = true;
  if (!any) return out;
  for (let bin = 0; bin < bins; bin++) {
    let from = bin;
    let distance = 0;
    while (mins[from] === EMPTY) {
      from = (from + 1) % bins;
      distance++;
    }
    // A borrowed value is re-hashed with the distance, so two empty bins borrowing alike still agree by chance only.
    const value = distance === 0 ? mins[from]! : fmix32(mins[from]! + Math.imul(distance, 0x9e3779b1));
    out[bin] = value & 0xffff;
  }
  return out;
}

/** Share of agreeing bins: an estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(
  a: Uint16Array,
  b: Uint16Array,
  offsetA = 0,
  offsetB = 0,
  bins = a.length,
): number {
  let same = 0;
  for (let bin = 0; bin < bins; bin++) if (a[offsetA + bin] === b[offsetB + bin]) same++;
  return same / bins;
}
