import type { Offer } from '../../model/offer.js';
import { CITY_DEPARTEMENTS } from './city-departements.js';

/**
 * Whether an offer with no `entreprise.nom` still names its employer (or the temp agency or recruitment firm
 * that publishes it) somewhere a jobseeker reads: the title, the employer's description, the description, or as
 * the partner when the partner is the employer. Read from the language of offers, never from a list of brands:
 *
 * - a proper name in a naming construction: "Lidl recrute", "Rejoignez Auchan", "chez Buffalo Grill", "Le groupe
 *   DLSI et son agence d'Annecy recrutent", "La Clinique Générale d'Annecy recrute", "Foncia, filiale du groupe
 *   Emeria", "publiée par Manpower", "Je suis Jérémy, consultante chez X";
 * - a proper name repeated in the employer's description and the description (or twice in them);
 * - a brand mark ("botanic®");
 * - the partner's own name in the text (the partner DALKIA and "Rejoignez Dalkia").
 *
 * A proper name is a capitalised word (or one with capitals inside: "BYmyCAR") that is not a common word of the
 * offer (it never appears in lower case there), not a heading word, and not a place (the listing's commune, a
 * town after "à", "sur", "secteur de", a French city). "Notre client, acteur majeur du secteur", "Une enseigne
 * nationale recherche", "Organisme de formation certifié Qualiopi recherche" name nobody.
 */
export interface EmployerName {
  /** The words that name the employer, as written. */
  name: string;
  /** Where they were read. */
  where: 'title' | 'employerDescription' | 'description' | 'partner';
  /** How it was read: the partner's name, a naming construction, a brand mark, a name repeated. */
  how: 'partner' | 'construction' | 'mark' | 'repeated';
}

type Field = 'title' | 'employerDescription' | 'description';

/** A word of a field: built for every word of the offer, so what few words need is computed on demand. */
class Token {
  #word: string | undefined;
  #key: string | undefined;
  /** What `nameLike` and `properName` answered for this word (1 yes, 0 no), -1 before they are asked: kept on the
   * word itself rather than in arrays allocated per offer. */
  nameLikeAnswer: -1 | 0 | 1 = -1;
  properNameAnswer: -1 | 0 | 1 = -1;

  constructor(
    /** The field's text, decoded, and folded when folding kept its length (else null). */
    readonly source: string,
    readonly folded: string | null,
    /** Where the word is in `source` (trailing punctuation dropped), and where the characters between the
     * previous word and this one begin. */
    readonly start: number,
    readonly length: number,
    readonly beforeFrom: number,
    /** The first word of a sentence, a heading or a bullet. */
    readonly initial: boolean,
    readonly field: Field,
    /** A mark "®" or "™" right after the word. */
    readonly mark: boolean,
    /** Written with a capital (isCapitalised). */
    readonly cap: boolean,
  ) {}

  /** The word as written, trailing punctuation dropped. */
  get word(): string {
    this.#word ??= this.source.slice(this.start, this.start + this.length);
    return this.#word;
  }

  /** Lower case, no accents: for comparisons. */
  get key(): string {
    this.#key ??=
      this.folded !== null ? this.folded.slice(this.start, this.start + this.length) : fold(this.word);
    return this.#key;
  }

  /** The characters between the previous word and this one: read for a few words only, never sliced ahead. */
  get before(): string {
    return this.source.slice(this.beforeFrom, this.start);
  }
}

/** At most this many characters of each field are read (the name is at the top of a real offer). */
const MAX_FIELD = 8000;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]{0,60}/gu;

/**
 * Lower case, accents dropped, "’" as "'". The Unicode decomposition of a whole field costs more than reading it:
 * each letter of Latin-1 and Latin Extended is looked up in a table made by `foldReference` itself, and only a
 * text with another letter beyond ASCII is decomposed. A test compares the two.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  let plain: string[] | null = null;
  let from = 0;
  for (let at = 0; at < lower.length; at++) {
    const code = lower.charCodeAt(at);
    if (code < 128) continue;
    const folded = code < FOLDED_LATIN.length + 128 ? FOLDED_LATIN[code - 128] : foldedWide(code);
    if (folded === null || folded === undefined) return foldReference(text);
    if (folded.charCodeAt(0) === code) continue;
    plain ??= [];
    plain.push(lower.slice(from, at), folded);
    from = at + 1;
  }
  if (plain === null) return lower;
  plain.push(lower.slice(from));
  return plain.join('');
}

/** What `fold` must return: the whole text decomposed. */
export function foldReference(text: string): string {
  const lower = text.toLowerCase();
  // Most words are ASCII: the Unicode decomposition only when a letter needs it.
  const plain = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
  return plain.includes('’') ? plain.replace(/’/g, "'") : plain;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `foldReference` of each character from U+0080 to U+024F (Latin-1, Latin Extended-A and B, where every character
 * decomposes to a letter then marks): its one folded character, or null when it folds to none or to several.
 */
/** `foldReference` of a character beyond U+024F ("’", "•", "€"), remembered (an offer uses few of them); null
 * for a mark or half a surrogate pair, whose decomposition depends on its neighbours. */
const foldedWideChars = new Map<number, string | null>();
const MARK = /\p{M}/u;

function foldedWide(code: number): string | null {
  let folded = foldedWideChars.get(code);
  if (folded === undefined) {
    const char = String.fromCharCode(code);
    folded =
      (code >= 0xd800 && code <= 0xdfff) || MARK.test(char) || char.toLowerCase() !== char
        ? null
        : foldReference(char);
    foldedWideChars.set(code, folded);
  }
  return folded;
}

const FOLDED_LATIN: ReadonlyArray<string | null> = Array.from({ length: 0x250 - 128 }, (_, index) => {
  const char = String.fromCharCode(index + 128);
  // A character that lower case changes is read after lowering: only lowered characters are looked up.
  if (char.toLowerCase() !== char) return null;
  const folded = foldReference(char);
  return folded.length === 1 ? folded : null;
});

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  nbsp: ' ',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  euml: 'ë',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
};

/** Partner feeds send some descriptions HTML-escaped ("v&eacute;hicules", "d&#39;emploi"). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? Number.parseInt(entity.slice(2), 16)
          : Number.parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[entity] ?? whole;
  });
}

/** Between two words, a sentence, heading or bullet boundary: ". ", ":", a new line, a bullet, " - ". */
export const BOUNDARY = /[.!?:;\n\r•*✅✨⦁·▪►|]|\s[-–—]\s|^\s*[-–—]/u;
const BOUNDARY_CHARS = new Set(Array.from('.!?:;\n\r•*✅✨⦁·▪►|', (char) => char.charCodeAt(0)));

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x202f;
}

function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

/** BOUNDARY.test(source.slice(from, to)), without the slice (a test compares them). */
export function boundaryBetween(source: string, from: number, to: number): boolean {
  let leading = true;
  for (let at = from; at < to; at++) {
    const code = source.charCodeAt(at);
    // A space, the gap between most words, is no boundary and leaves `leading` as it is.
    if (code === 32) continue;
    if (BOUNDARY_CHARS.has(code)) return true;
    if (isDash(code)) {
      if (leading) return true;
      if (
        at > from &&
        isSpace(source.charCodeAt(at - 1)) &&
        at + 1 < to &&
        isSpace(source.charCodeAt(at + 1))
      )
        return true;
    }
    if (!isSpace(code)) leading = false;
  }
  return false;
}

/** The whole text folded at once when folding keeps its length (almost always): each word's key is a slice. */
function foldedAlike(source: string): string | null {
  const folded = fold(source);
  return folded.length === source.length ? folded : null;
}

/**
 * The [start, end) spans of WORD's matches in `source`, in order, found by one scan of the character codes instead
 * of the Unicode regex (a match object per word): a word starts on a letter or a digit and goes on over letters,
 * digits and `&'’.-`, at most 61 code points. `wordSpansReference` is the regex itself; a test compares them.
 */
export function wordSpans(source: string): number[] {
  const spans: number[] = [];
  const length = source.length;
  let index = 0;
  while (index < length) {
    const code = source.charCodeAt(index);
    if (code < 128) {
      if (!isAsciiAlphanumeric(code)) {
        index++;
        continue;
      }
    } else {
      const point = source.codePointAt(index)!;
      if (!isLetterOrNumber(point)) {
        index += point > 0xffff ? 2 : 1;
        continue;
      }
    }
    const start = index;
    index += code >= 0xd800 && code <= 0xdbff && source.codePointAt(index)! > 0xffff ? 2 : 1;
    for (let count = 0; count < 60 && index < length; count++) {
      const next = source.charCodeAt(index);
      if (next < 128) {
        if (isAsciiAlphanumeric(next) || next === 38 || next === 39 || next === 46 || next === 45) {
          index++;
          continue;
        }
        break;
      }
      if (next === 0x2019) {
        index++;
        continue;
      }
      const point = source.codePointAt(index)!;
      if (!isLetterOrNumber(point)) break;
      index += point > 0xffff ? 2 : 1;
    }
    spans.push(start, index);
  }
  return spans;
}

/** The spans of WORD's matches, by the regex: what `wordSpans` must equal. */
export function wordSpansReference(source: string): number[] {
  const spans: number[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(source); match; match = WORD.exec(source))
    spans.push(match.index, match.index + match[0].length);
  return spans;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Whether a code point beyond ASCII is \p{L} or \p{N}, remembered per code point (an offer uses few of them). */
const letterOrNumber = new Map<number, boolean>();
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

function isLetterOrNumber(point: number): boolean {
  let known = letterOrNumber.get(point);
  if (known === undefined) {
    known = LETTER_OR_NUMBER.test(String.fromCodePoint(point));
    letterOrNumber.set(point, known);
  }
  return known;
}

/** Appends the tokens of one field to `tokens`. */
function tokenise(text: string, field: Field, tokens: Token[]): void {
  const source = decodeEntities(text.length > MAX_FIELD ? text.slice(0, MAX_FIELD) : text);
  const folded = foldedAlike(source);
  const spans = wordSpans(source);
  const first = tokens.length;
  let last = 0;
  let previousEndsSentence = false;
  for (let span = 0; span < spans.length; span += 2) {
    const index = spans[span]!;
    const end = spans[span + 1]!;
    let length = end - index;
    // Trailing dots, hyphens and apostrophes belong to the sentence, not the word ("Annecy." "Dalkia,").
    while (length > 1) {
      const code = source.charCodeAt(index + length - 1);
      if (code !== 46 && code !== 39 && code !== 0x2019 && code !== 45 && code !== 38) break;
      length--;
    }
    tokens.push(
      new Token(
        source,
        folded,
        index,
        length,
        last,
        tokens.length === first || previousEndsSentence || boundaryBetween(source, last, index),
        field,
        source.charCodeAt(end) === 0xae || source.charCodeAt(end) === 0x2122,
        isCapitalisedAt(source, index, length),
      ),
    );
    const lastCode = source.charCodeAt(index + length - 1);
    previousEndsSentence = lastCode === 46 || lastCode === 33 || lastCode === 63 || lastCode === 58;
    last = end;
  }
}

/**
 * Words often written with a capital in offers that are not names: pronouns and determiners, headings, contract
 * and field words, kinds of organisations.
 */
const COMMON = new Set(
  `a à au aux avec c ce cet cette ces chez d dans de des du elle elles en entre et il ils j je l la le les leur
  leurs lui ma mes mon n ne nos notre nous on ou où par pas pour qu que quel quelle quels quelles qui quoi sa sans
  se ses si son sous sur ta tes ton tu un une vos votre vous y ici alors ainsi afin
  aussi bien car cependant chaque comme donc enfin mais ni or puis tout toute tous toutes plus très
  description poste postes profil profils mission missions principales principale activite activites tache taches
  avantage avantages remuneration salaire salaires horaire horaires contrat contrats type lieu date debut duree
  experience experiences formation formations qualification qualifications competence competences savoir etre
  faire qualite qualites aptitude aptitudes diplome diplomes presentation propos sommes envie pourquoi comment
  rejoignez rejoindre rejoins rejoignez-nous integrer integrez candidature candidatures postuler postulez
  information informations infos complementaires condition conditions statut temps plein partiel cdi cdd interim
  interimaire alternance apprentissage stage rattache rattachee sein responsabilite niveau permis bac vehicule
  entreprise entreprises societe societes agence agences groupe client clients cabinet equipe equipes structure
  enseigne marque reseau magasin magasins boutique etablissement site sites service services direction
  recrutement recrute recherche recherchons recrutons offre offres emploi emplois job jobs travail
  description du poste profil recherche vos missions votre profil nos avantages
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre
  octobre novembre decembre
  titre professionnel professionnelle commercial commerciale employe employee brevet certificat
  h f hf h/f f/h cv rh it si pme tpe eti ce cse rtt smic brut net mois an ans heure heures semaine jour jours
  madame monsieur mme mlle m mr`.split(/\s+/),
);

/** Places a job text names that are not employers. */
const PLACE_WORDS = new Set([
  ...Object.keys(CITY_DEPARTEMENTS).flatMap((city) => city.split(' ')),
  ...`france haute savoie haute-savoie suisse geneve leman europe auvergne rhone alpes rhone-alpes isere ain
  mont blanc mont-blanc chablais faucigny genevois aravis arve vallee lac annecy region departement ville commune
  metropole arrondissement cedex saint sainte st ste les bains sur sous`.split(/\s+/),
]);

/** After these words a capitalised word is a place: "à Cluses", "secteur de Thonon", "basé sur Annecy". */
const PLACE_BEFORE =
  /(?:^|\s)(?:à|a|au|aux|sur|vers|pres\s+d[e']|proche\s+d[e']|secteur\s+d[e']|region\s+d[e']|site\s+d[e']|vallee\s+d[e']|alentours\s+d[e']|environs\s+d[e']|concession\s+d[e']|ville\s+d[e']|commune\s+d[e']|agence\s+d[e']|magasin\s+d[e']|centre\s+d[e']|bassin\s+d[e']|pays\s+d[e']|base\s+a|basee\s+a|situe\s+a|situee\s+a|implante\s+a|implantee\s+a)\s*$/;

/** Kinds of organisation before a name: "le groupe DLSI", "la Clinique Générale", "l'agence RANDSTAD". */
const ORGANISATION =
  /^(?:l')?(?:groupe|societe|entreprise|agence|enseigne|marque|cabinet|clinique|fondation|association|etablissement|hotel|restaurant|magasin|boutique|concession|reseau|laboratoire|maison|residence|ehpad|ecole|institut|centre|mutuelle|banque|domaine|camping|federation|cooperative|fromagerie|boulangerie|patisserie|pharmacie|garage|chalet|studio|atelier|ambulance|transport|taxi)s?$/;

/** A verb after a name at the head of a clause: "Lidl recrute", "Randstad vous ouvre", "Foncia c'est". */
const VERB_AFTER =
  /^(?:recrute|recrutent|recherche|recherchent|embauche|embauchent|propose|proposent|accompagne|accompagnent|est|sont|c'est|compte|comptent|concoit|fabrique|fabriquent|developpe|developpent|distribue|garantit|federe|ouvre|offre|offrent|s'engage|met|reunit|revolutionne|intervient|accueille|assure|emploie|regroupe|rassemble|vous|ont|fait|conseille|produit|commercialise|gere|exploite|beneficie|affirme|reste|incarne|renforce|poursuit|cherche|leader|filiale|souhaite|souhaitent|s'apprete|s'appretent|agrandit|lance)$/;

/** Words before a name that say it is the employer: "chez", "rejoignez", "au sein de", "publiée par". */
const NAME_AFTER =
  /(?:^|\s)(?:chez|rejoignez|rejoindre|rejoins|rejoint|integrer|integrez|integrant|filiale\s+d[eu']|enseigne\s+d[eu']|publiee\s+par|proposee\s+par|creee?\s+par|sommes|consultante?|recruteur|recruteuse|collaborateurs\s+d[eu']|(?:rejoignez|rejoindre|rejoins|integrer|integrez)\s+(?:l'equipe|les\s+equipes|la\s+team)(?:\s+d[eu'])?|(?:agence|cabinet|societe)\s+(?:d'emploi|d'interim|de\s+recrutement|de\s+travail\s+temporaire)(?:\s+\S+){0,6}|au\s+sein\s+d[eu']|au\s+sein\s+de\s+l'|au\s+sein\s+du\s+groupe|pour\s+le\s+groupe|par\s+le\s+groupe)\s*$/u;

/** After a name and a comma: "Auchan Retail France, une entreprise de distribution". */
const APPOSITION =
  /^,?\s*(?:(?:un|une|le|la|1er|premier|premiere|n°\s?1)\s+|l')?(?:acteur|actrice|leader|specialiste|entreprise|societe|groupe|agence|cabinet|filiale|enseigne|premier|premiere|reference|expert|marque|reseau|fabricant|concepteur|createur|editeur|association|fondation|organisme|structure|pme|eti|start-up|startup|recruteur|recruteuse|consultante?|situee?|implantee?|installee?|fondee?)\b/;

/** "Société certifiée ISO 9001": a norm, not a name. */
const CERTIFIED = /^(?:certifiee?s?|agreee?s?|labellisee?s?|habilitee?s?|normee?s?|qualifiee?s?)$/;

/** An organisation's word, up to three words, and a name in quotes. */
const QUOTED_NAME =
  /\b(?:[Gg]roupe|[Ss]ociété|[Ee]ntreprise|[Aa]gence|[Ee]nseigne|[Mm]arque|[Cc]abinet|[Rr]éseau|[Aa]ssociation|[Ff]ondation|[Cc]rèches?|[Mm]agasins?|[Rr]estaurants?|[Hh]ôtel|[Mm]aison|[Rr]ésidence|[Ee]tablissement|[Éé]tablissement)(?:\s+[\p{L}'’-]{1,20}){0,3}\s*[«"“]\s*([^»"”\n]{2,40}?)\s*[»"”]/u;

/** Before a name, words saying the employer is a member of that brand's network, not the brand itself. */
const NETWORK_MEMBER =
  /(?:^|\s)(?:franchise|franchisee|franchises|franchisees|franchisage|affilie|affiliee|adherent|adherente|licencie|licenciee|sous\s+(?:l')?enseigne|membre\s+d(?:u|'un)\s+reseau)(?:\s|$)/;

/** An article that belongs to a name when capitalised inside a sentence ("l'hôtel La Cour du 6"). */
const NAME_ARTICLE = /^(?:la|le|les)$/;

/** Right before a name with no article: "chez", "rejoignez", "rejoindre", "intégrer". */
const BARE_NAME_AFTER = /^(?:chez|rejoignez|rejoindre|rejoins|rejoint|integrer|integrez)$/;

/** A possessive or pronoun opens no name in capitals ("NOTRE CLIENT recherche", "NOUS recrutons"). */
const POSSESSIVE =
  /^(?:notre|nos|votre|vos|leur|leurs|son|sa|ses|mon|ma|mes|nous|vous|on|il|elle|ils|elles|je)$/;

/** Verbs by which a subject recruits, as written (accents tell "recherche" from "recherché"): after words in
 * capitals, they make them a name. */
const RECRUITING_VERB = /^(?:recrute|recrutent|recherche|recherchent|embauche|embauchent|cherche|cherchent)$/;

/** A past participle as written ("recherché", "recherchée"): VERB_AFTER reads folded words. */
const PARTICIPLE = /ée?s?$/u;

/** Words in capitals that open an announcement rather than name a firm ("URGENT recherche"). */
const NOT_A_NAME =
  /^(?:urgent|urgente|important|nouveau|nouvelle|annonce|opportunite|immediat|immediatement)$/;

/** A word written in capitals: no lower-case letter, at least one capital ("PHARMACIE", "D'ARVE", "À"). */
function isUpperWord(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** A name in quotes as a sentence's subject: 'Le "Grenier Al'Pain" Boulangerie Pâtisserie à CHATEL recherche'. */
const QUOTED_SUBJECT = /(?:^|[.!?:\n]\s*)(?:Le|La|Les|L['’])\s*[«"“]\s*(\p{Lu}[^»"”\n]{1,40}?)\s*[»"”]/u;

/** A public body's word before its place: "La Ville d'Annemasse recrute", "Mairie de Sallanches". */
const PUBLIC_BODY =
  /^(?:mairie|ville|commune|communaute|departement|region|ccas|cias|metropole|agglomeration)$/;

/** Words that begin no name. */
const DETERMINER =
  /^(?:le|la|les|l|un|une|des|du|de|d|ce|cette|ces|nous|notre|nos|vous|votre|vos|il|elle|on|je|tu)$/;

/** isCapitalised(source.slice(start, start + length)), read from the character codes. */
export function isCapitalisedAt(source: string, start: number, length: number): boolean {
  let at = start;
  const second = length > 1 ? source.charCodeAt(start + 1) : Number.NaN;
  const initial = source.charCodeAt(start);
  // "l'Union", "d'Auteuil": the name begins after the elision.
  if (
    (second === 39 || second === 0x2019) &&
    (initial === 100 || initial === 108 || initial === 68 || initial === 76)
  )
    at = start + 2;
  if (at < start + length) {
    const code = source.charCodeAt(at);
    if (code >= 65 && code <= 90) return true;
    if (code >= 128) {
      const first = source[at]!;
      if (first !== first.toLowerCase()) return true;
    }
  }
  // Capitals inside a word in lower case: "botanic" no, "eBay"-like brands yes.
  return innerCapitalAt(source, start, start + length);
}

/** What `isCapitalisedAt` must return: the word's own test. */
export function isCapitalised(word: string): boolean {
  let at = 0;
  const second = word.charCodeAt(1);
  if ((second === 39 || second === 0x2019) && /^[dlDL]/.test(word)) at = 2;
  const code = word.charCodeAt(at);
  if (code >= 65 && code <= 90) return true;
  if (code >= 128) {
    const first = word[at] ?? '';
    if (first !== first.toLowerCase()) return true;
  }
  return INNER_CAPITAL.test(word);
}

/** INNER_CAPITAL.test(source.slice(from, to)): a lower-case letter then a capital, told from the code points. */
function innerCapitalAt(source: string, from: number, to: number): boolean {
  let lower = false;
  for (let at = from; at < to; at++) {
    const code = source.charCodeAt(at);
    let kind: LetterCase;
    if (code < 128) kind = code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : 0;
    else {
      const point = source.codePointAt(at)!;
      // A pair of surrogates is one code point when the pair ends within the word, as the regex reads it.
      const pair = point > 0xffff && at + 1 < to;
      kind = letterCase(pair ? point : code);
      if (pair) at++;
    }
    if (lower && kind === 2) return true;
    lower = kind === 1;
  }
  return false;
}

/** 1 a lower-case letter (\p{Ll}), 2 a capital (\p{Lu}), 0 anything else. */
type LetterCase = 0 | 1 | 2;
const letterCases = new Map<number, LetterCase>();
const LOWER_LETTER = /^\p{Ll}$/u;
const UPPER_LETTER = /^\p{Lu}$/u;

function letterCase(point: number): LetterCase {
  let known = letterCases.get(point);
  if (known === undefined) {
    const char = String.fromCodePoint(point);
    known = LOWER_LETTER.test(char) ? 1 : UPPER_LETTER.test(char) ? 2 : 0;
    letterCases.set(point, known);
  }
  return known;
}

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

interface Reading {
  tokens: Token[];
  /** The capitalised words of the offer also written in lower case somewhere: common words, not names (only
   * name-like words are asked about, so COMMON's words are left out). */
  lowerCase: Set<string>;
  /** The listing's place words (PLACE_WORDS hold the others). */
  places: Set<string>;
  /** The title's words: the job, not the employer. */
  titleWords: Set<string>;
  /** The title's words written in lower case there ("pharmacie d'officine"): common words. */
  titleLower: Set<string>;
  /** The words of the brand whose network the name field says the employer belongs to ("Franchisé Accor"):
   * wherever the text names that brand ("réduction dans les hôtels du groupe Accor"), it names the network. */
  network: Set<string>;
}

function readOffer(offer: Offer, description: string, employerDescription: string): Reading {
  const tokens: Token[] = [];
  tokenise(offer.title ?? '', 'title', tokens);
  tokenise(employerDescription, 'employerDescription', tokens);
  tokenise(description, 'description', tokens);
  const lowerCase = alsoInLowerCase(tokens);
  const places = new Set<string>();
  for (const word of fold(offer.place.label ?? '').split(/[^a-z]+/)) if (word.length > 1) places.add(word);
  // The title's tokens come first (tokenised first).
  const titleWords = new Set<string>();
  const titleLower = new Set<string>();
  for (const token of tokens) {
    if (token.field !== 'title') break;
    titleWords.add(token.key);
    if (!token.cap) titleLower.add(token.key);
  }
  const network = new Set<string>();
  const field = foldedName(offer.employer.name);
  if (NETWORK_NAME.test(field))
    for (const word of field.split(' ')) if (!NETWORK_WORD.test(word)) network.add(word);
  return {
    tokens,
    lowerCase,
    places,
    titleWords,
    titleLower,
    network,
  };
}

/**
 * The keys of the capitalised words (with and without an elision) that a word in lower case also has. Most words
 * are in lower case and few of them are also capitalised: a word's length and first and last letters, read in
 * the folded text, rule out most of them before its key is sliced. COMMON's words are left out: only a name-like
 * word's key, and its key without an elision, are looked up, and nameLike turns down both when either is common;
 * capitalised at the head of sentences ("Vous", "Les", "Nous"), they would let through the most frequent words.
 */
function alsoInLowerCase(tokens: readonly Token[]): Set<string> {
  const capitalised = new Set<string>();
  // The shapes of the capitalised keys, one bit each (a shape's low 16 bits, hashed): a clear bit rules a word
  // out, a set one sends it on to the keys themselves, so the answer is the keys'.
  const shapes = SHAPE_BITS;
  shapes.fill(0);
  for (const token of tokens) {
    if (!token.cap) continue;
    const key = token.key;
    if (!COMMON.has(key)) {
      capitalised.add(key);
      noteShape(shapes, shapeOf(key, 0, key.length));
    }
    const bare = withoutElision(key);
    if (bare !== key && !COMMON.has(bare)) {
      capitalised.add(bare);
      noteShape(shapes, shapeOf(bare, 0, bare.length));
    }
  }
  const found = new Set<string>();
  for (const token of tokens) {
    if (token.cap) continue;
    if (token.folded !== null && !hasShape(shapes, shapeOf(token.folded, token.start, token.length)))
      continue;
    const key = token.key;
    if (capitalised.has(key)) found.add(key);
  }
  return found;
}

/** Reused by every call (cleared first): one bit per hashed shape. */
const SHAPE_BITS = new Int32Array(1 << 11);

function shapeBit(shape: number): number {
  return Math.imul(shape, 0x9e3779b1) >>> 16;
}

function noteShape(bits: Int32Array, shape: number): void {
  const bit = shapeBit(shape);
  bits[bit >> 5]! |= 1 << (bit & 31);
}

function hasShape(bits: Int32Array, shape: number): boolean {
  const bit = shapeBit(shape);
  return (bits[bit >> 5]! & (1 << (bit & 31))) !== 0;
}

/** The key without a leading "d'" or "l'": `key.replace(/^[dl]'/, '')` without the regex. */
function withoutElision(key: string): string {
  const first = key.charCodeAt(0);
  return key.charCodeAt(1) === 39 && (first === 100 || first === 108) ? key.slice(2) : key;
}

/** A word's length and first and last characters, as one small integer. */
function shapeOf(text: string, start: number, length: number): number {
  if (length === 0) return 0;
  return (
    ((length & 0x3f) << 24) |
    ((text.charCodeAt(start) & 0xfff) << 12) |
    (text.charCodeAt(start + length - 1) & 0xfff)
  );
}

/** A word that can be (part of) a name in a naming construction: capitalised, not common, not a place. */
function nameLike(reading: Reading, at: number): boolean {
  const token = reading.tokens[at] as Token;
  if (token.nameLikeAnswer >= 0) return token.nameLikeAnswer === 1;
  const result = computeNameLike(reading, at);
  token.nameLikeAnswer = result ? 1 : 0;
  return result;
}

function computeNameLike(reading: Reading, at: number): boolean {
  const token = reading.tokens[at] as Token;
  if (!token.cap) return false;
  if (!hasTwoPlainLetters(token.key) || startsWithNumber(token)) return false;
  const key = withoutElision(token.key);
  if (COMMON.has(key) || COMMON.has(token.key) || ORGANISATION.test(key) || NOT_A_NAME.test(key))
    return false;
  if (
    PLACE_WORDS.has(key) ||
    PLACE_WORDS.has(token.key) ||
    reading.places.has(key) ||
    reading.places.has(token.key)
  )
    return false;
  if (reading.titleLower.has(token.key) || reading.titleLower.has(key)) return false;
  if (reading.network.has(key)) return false;
  // PLACE_BEFORE, anchored at the end, reads one word or two ("à", "secteur de"): two words are enough, and the
  // six before them are not folded for it.
  return !PLACE_BEFORE.test(precedingWords(reading, at, 2));
}

/** Whether a key holds at least two of a–z: `key.replace(/[^a-z]/g, '').length >= 2` without the new string. */
function hasTwoPlainLetters(key: string): boolean {
  let letters = 0;
  for (let at = 0; at < key.length; at++) {
    const code = key.charCodeAt(at);
    if (code >= 97 && code <= 122 && ++letters === 2) return true;
  }
  return false;
}

/** `/^\p{N}/u.test(token.word)`, the regex asked only when the word opens beyond ASCII. */
function startsWithNumber(token: Token): boolean {
  const code = token.source.charCodeAt(token.start);
  if (code < 128) return code >= 48 && code <= 57;
  return NUMBER_FIRST.test(token.word);
}

const NUMBER_FIRST = /^\p{N}/u;

/** A word that is a name wherever it stands: name-like and never written in lower case in the offer. */
function properName(reading: Reading, at: number): boolean {
  const token = reading.tokens[at] as Token;
  const key = withoutElision(token.key);
  return nameLike(reading, at) && !reading.lowerCase.has(token.key) && !reading.lowerCase.has(key);
}

/** Up to eight words before a token, in its sentence, folded. */
function precedingWords(reading: Reading, at: number, count = 8): string {
  const token = reading.tokens[at] as Token;
  const words: string[] = [];
  for (let index = at - 1; index >= 0 && index >= at - count; index--) {
    const previous = reading.tokens[index];
    if (!previous || previous.field !== token.field || (reading.tokens[index + 1] as Token).initial) break;
    words.unshift(previous.key);
  }
  return words.join(' ');
}

/** The name tokens[from..to] spell, read in a naming construction: written only for the one returned. */
function construction(tokens: readonly Token[], from: number, to: number): EmployerName {
  const name = tokens
    .slice(from, to + 1)
    .map((t, i) => (i === 0 ? t.word : `${/\s/.test(t.before) ? ' ' : t.before}${t.word}`))
    .join('');
  return { name, where: (tokens[from] as Token).field, how: 'construction' };
}

/** Name connectors inside a name: "Fondation Apprentis d'Auteuil", "Arve Intérim & Recrutement". */
const CONNECTOR = /^(?:de|du|des|d|et|&|la|le|l)$/;

export function employerNamed(offer: Offer): EmployerName | null {
  // A job board presenting itself ("Le site X est spécialisé dans la diffusion d'offres d'emploi") names the
  // publisher, not the employer: its sentence is not read.
  const description = withoutJobBoardSentences(offer.description ?? '');
  const employerDescription = withoutJobBoardSentences(offer.employer.description ?? '');
  const reading = readOffer(offer, description, employerDescription);
  const { tokens } = reading;
  // Every name and construction begins on a capitalised word: the loops visit only those.
  const capitalised: number[] = [];
  for (let at = 0; at < tokens.length; at++) if ((tokens[at] as Token).cap) capitalised.push(at);
  const isName = (at: number): boolean => {
    const token = tokens[at] as Token;
    if (token.properNameAnswer >= 0) return token.properNameAnswer === 1;
    const result = properName(reading, at);
    token.properNameAnswer = result ? 1 : 0;
    return result;
  };
  const sameSentence = (a: number, b: number) =>
    tokens[a]?.field === tokens[b]?.field && !(tokens[b] as Token).initial;

  // A brand mark names a brand: "botanic® est une entreprise familiale".
  for (const token of tokens)
    if (token.mark && token.field !== 'title') return { name: token.word, where: token.field, how: 'mark' };

  // A name in quotes after an organisation's word: "Le groupe de micro crèches « les Bambins d'abord » recherche".
  for (const field of ['employerDescription', 'description'] as const) {
    const text = field === 'description' ? description : employerDescription;
    if (!text) continue;
    if (!text.includes('«') && !text.includes('"') && !text.includes('“')) continue;
    const read = text.length > MAX_FIELD ? text.slice(0, MAX_FIELD) : text;
    const quoted = QUOTED_NAME.exec(read) ?? QUOTED_SUBJECT.exec(read);
    if (quoted?.[1]) return { name: quoted[1].trim(), where: field, how: 'construction' };
  }

  // The partner is the employer when its own name is in the text ("DALKIA", "Rejoignez Dalkia").
  for (const partner of offer.origin.partners) {
    const compact = fold(partner.name ?? '').replace(/[^a-z0-9]/g, '');
    if (compact.length < 4) continue;
    for (const index of capitalised) {
      const token = tokens[index] as Token;
      if (!isName(index)) continue;
      const key = token.key.replace(/[^a-z0-9]/g, '');
      if (key.length >= 4 && (compact === key || (key.length >= 5 && compact.startsWith(key))))
        return { name: token.word, where: 'partner', how: 'partner' };
    }
  }

  // The employer's description opening on a name in capitals: "ARVE INTERIM & RECRUTEMENT SALLANCHES spécialiste…".
  const opening = tokens.findIndex((token) => token.field === 'employerDescription');
  if (opening >= 0) {
    let end = opening;
    while (
      sameSentence(end, end + 1) &&
      /^[\p{Lu}&][\p{Lu}\p{N}&'’.-]*$/u.test((tokens[end + 1] as Token).word)
    )
      end++;
    const next = tokens[end + 1];
    const first = tokens[opening] as Token;
    if (
      end > opening &&
      /^\p{Lu}{2,}/u.test(first.word) &&
      !COMMON.has(first.key) &&
      next &&
      sameSentence(end, end + 1) &&
      !next.cap
    )
      return {
        name: tokens
          .slice(opening, end + 1)
          .map((t) => t.word)
          .join(' '),
        where: 'employerDescription',
        how: 'construction',
      };
  }

  // In the title, a capitalised word after a word in lower case: "Vendeur fruits et légumes Grand Frais".
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.field !== 'title') break;
    const previous = tokens[index - 1] as Token;
    if (
      /^\s+$/.test(token.before) &&
      !token.initial &&
      !previous.cap &&
      /^\p{Lu}\p{Ll}/u.test(token.word) &&
      nameLike(reading, index) &&
      !reading.lowerCase.has(token.key)
    )
      return { name: token.word, where: 'title', how: 'construction' };
  }

  for (const index of capitalised) {
    const token = tokens[index] as Token;
    // The title holds the job's name; an adverb opens a sentence ("Idéalement située").
    // An organisation's word may begin its name: "La Boulangerie du Marché est", "la Clinique Générale d'Annecy".
    const organisationHead = token.cap && ORGANISATION.test(token.key);
    if (token.field === 'title' || !(organisationHead || nameLike(reading, index))) continue;
    if (token.initial && token.key.endsWith('ment')) continue;
    // The whole name: capitalised words and connectors, within one sentence ("Lynx RH Annemasse", "La F.O.L. de
    // Haute-Savoie", "Fondation Apprentis d'Auteuil").
    let end = index;
    while (end + 1 < tokens.length && sameSentence(end, end + 1)) {
      const next = tokens[end + 1] as Token;
      if (next.cap && !DETERMINER.test(next.key) && !/^\p{N}/u.test(next.word)) {
        end++;
        continue;
      }
      const after = tokens[end + 2];
      if (CONNECTOR.test(next.key) && after && sameSentence(end + 1, end + 2) && after.cap) {
        end += 2;
        continue;
      }
      break;
    }
    if (organisationHead) {
      let named = false;
      for (let at = index + 1; at <= end; at++) if (isName(at)) named = true;
      // "le restaurant Le Chalet": an organisation's word named by its own capitalised article.
      const article = tokens[index - 1];
      const kind = tokens[index - 2];
      if (
        !named &&
        article?.cap &&
        !article.initial &&
        NAME_ARTICLE.test(article.key) &&
        kind &&
        !kind.cap &&
        ORGANISATION.test(kind.key) &&
        sameSentence(index - 2, index)
      )
        return construction(tokens, index - 1, end);
      if (!named) continue;
    }
    const before = precedingWords(reading, index);
    // The brand of a network the employer belongs to is not the employer's name: "Hôtel indépendant membre d'un
    // réseau de franchise d'une enseigne Accor", "franchisé de l'enseigne X", "affilié au groupement Y".
    if (NETWORK_MEMBER.test(before)) continue;
    // An organisation's word and capitalised words are a name only as a subject: "au sein de l'Atelier de
    // Décolletage" is a workshop.
    if (!organisationHead && NAME_AFTER.test(before)) return construction(tokens, index, end);
    // "le groupe DLSI", "l'agence RANDSTAD", "notre agence générale SwissLife", "nos magasins Grand Frais".
    const previous = tokens[index - 1];
    const second = tokens[index - 2];
    if (
      !organisationHead &&
      !token.initial &&
      ((previous && ORGANISATION.test(previous.key)) ||
        (second &&
          previous &&
          ORGANISATION.test(second.key) &&
          !previous.initial &&
          !previous.cap &&
          !CONNECTOR.test(previous.key) &&
          !CERTIFIED.test(previous.key)) ||
        // A name with its own article: "le restaurant Le Chalet recrute", "l'hôtel La Cour du 6".
        (second &&
          previous &&
          ORGANISATION.test(second.key) &&
          previous.cap &&
          !previous.initial &&
          NAME_ARTICLE.test(previous.key)))
    )
      return construction(
        tokens,
        index - (previous && NAME_ARTICLE.test(previous.key) && previous.cap ? 1 : 0),
        end,
      );
    // At the head of a clause, a verb: "Lidl recrute", "Architecte du futur, Dassault Aviation est un groupe",
    // "La F.O.L. de Haute-Savoie recrute", "Les ambulances X regroupe".
    const clauseHead =
      token.initial ||
      /,\s*$/.test(token.before) ||
      (previous !== undefined &&
        DETERMINER.test(previous.key) &&
        (previous.initial || /,\s*$/.test(previous.before)));
    const next = tokens[end + 1];
    if (next && sameSentence(end, end + 1)) {
      // A participle is a job sought, not a firm acting: "TECHNICIEN DE MAINTENANCE recherché".
      if (clauseHead && VERB_AFTER.test(next.key) && !PARTICIPLE.test(next.word))
        return construction(tokens, index, end);
    }
    if (next && next.field === token.field) {
      const rest = `${next.before}${next.word}${tokens[end + 2]?.before ?? ''}${tokens[end + 2]?.word ?? ''}`;
      if (/^,/.test(next.before.trim()) || next.before.includes(',')) {
        if (APPOSITION.test(fold(rest))) return construction(tokens, index, end);
      }
    }
  }

  // Words that name because of where they stand, though each is common, an organisation's or a place's: right
  // after "chez" or "rejoignez" with no article ("Chez PHARMACIE DE LA VALLÉE", "Rejoignez Ateliers de la
  // Vallée !", "Rejoindre CLINIQUE DES TILLEULS, c'est…": "chez la pharmacie" would be a kind of shop), or in
  // capitals at the head of a clause before a recruiting verb ("SERVICES A DOMICILE DU LAC recrute", "AU PAIN
  // SOURCES recrute", "LE CAFÉ DES SPORTS recherche").
  for (const index of capitalised) {
    const token = tokens[index] as Token;
    if (token.field === 'title') continue;
    const previous = tokens[index - 1];
    const afterChez =
      previous !== undefined &&
      !token.initial &&
      sameSentence(index - 1, index) &&
      BARE_NAME_AFTER.test(previous.key) &&
      !/^[dl]'/.test(token.key);
    const inCapitals = isUpperWord(token.word) && !POSSESSIVE.test(token.key);
    // An organisation's word in either case, any words in capitals ("Rejoignez LA TABLE DES ALPES"), or
    // capitalised words ("Rejoindre Alpes Contrôles, c'est…"); and a public body before its place anywhere
    // ("La Ville d'Annemasse recrute": the place is the name).
    const publicBody = PUBLIC_BODY.test(token.key);
    const bare =
      publicBody ||
      (afterChez && (ORGANISATION.test(token.key) || inCapitals || !DETERMINER.test(token.key)));
    const upper = !bare && inCapitals && (token.initial || /,\s*$/.test(token.before));
    if (!bare && !upper) continue;
    const capitals = inCapitals;
    let end = index;
    while (end + 1 < tokens.length && sameSentence(end, end + 1)) {
      const next = tokens[end + 1] as Token;
      if (capitals) {
        if (!isUpperWord(next.word)) break;
        end++;
        continue;
      }
      if (next.cap && !DETERMINER.test(next.key) && !/^\p{N}/u.test(next.word)) {
        end++;
        continue;
      }
      // Connectors between capitalised words: "Ateliers de la Vallée".
      let gap = end + 1;
      while (gap < end + 3 && CONNECTOR.test((tokens[gap] as Token).key) && sameSentence(gap, gap + 1)) gap++;
      const after = tokens[gap];
      if (gap > end + 1 && after && after.cap && !DETERMINER.test(after.key)) {
        end = gap;
        continue;
      }
      break;
    }
    if (end === index) continue;
    let own = false;
    for (let at = index; at <= end; at++) {
      const key = withoutElision((tokens[at] as Token).key);
      if (key.length >= 3 && !COMMON.has(key) && !ORGANISATION.test(key) && !NOT_A_NAME.test(key)) own = true;
    }
    // After "chez", an organisation's word and capitalised words name ("Chez Pharmacie de la Vallée"); a public
    // body names itself by its place ("Ville d'Annemasse", "Mairie de Sallanches").
    if (publicBody) {
      const place = tokens[end] as Token;
      if (end > index + 1 || /^[dl]'/.test(place.key) || place.cap) return construction(tokens, index, end);
      continue;
    }
    if (bare && (own || !capitals)) return construction(tokens, index, end);
    const verb = tokens[end + 1];
    // The verb as written: "TECHNICIEN DE MAINTENANCE recherché" is a job sought, not a firm seeking.
    if (!verb || !sameSentence(end, end + 1) || verb.cap || !RECRUITING_VERB.test(verb.word)) continue;
    if (own) return construction(tokens, index, end);
  }

  // A name repeated: in the employer's description and the description, or twice in the text.
  const seen = new Map<string, { first: Token; count: number }>();
  for (const index of capitalised) {
    const token = tokens[index] as Token;
    if (token.field === 'title' || token.key.length < 3 || !isName(index)) continue;
    const entry = seen.get(token.key);
    if (!entry) {
      seen.set(token.key, { first: token, count: token.initial ? 0 : 1 });
      continue;
    }
    if (!token.initial) entry.count++;
    if (entry.first.field !== token.field && entry.count > 0 && !reading.titleWords.has(token.key))
      return { name: entry.first.word, where: entry.first.field, how: 'repeated' };
  }
  return null;
}

/**
 * Whether `entreprise.nom` names nobody, and why: the franchisee of a brand ("Franchisé Accor": the hotel that
 * employs is a member of Accor's network, and stays unnamed), a placeholder ("Confidentiel", "Entreprise anonyme",
 * "Non communiqué"), or the job board that carries the offer ("Concepteur Vendeur", which the text presents as
 * "Le site internet concepteur-vendeur.fr est spécialisé dans la diffusion d'offres d'emploi"). Null when the
 * field is empty or holds a name.
 */
export function fieldNamesNobody(offer: Offer): 'network' | 'placeholder' | 'job_board' | null {
  const name = foldedName(offer.employer.name);
  if (name === '') return null;
  if (NETWORK_NAME.test(name)) return 'network';
  if (PLACEHOLDER_NAME.test(name)) return 'placeholder';
  const compact = name.replace(/[^a-z0-9]/g, '');
  if (compact.length < 5) return null;
  for (const text of [offer.description, offer.employer.description])
    for (const sentence of jobBoardSentences(text ?? ''))
      if (
        fold(sentence)
          .replace(/[^a-z0-9]/g, '')
          .includes(compact)
      )
        return 'job_board';
  return null;
}

/** The name field folded, its words split by single spaces. */
function foldedName(name: string | null): string {
  return fold(name ?? '')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The words of a network's name field that are not the brand's: "franchisé", "membre du réseau". */
const NETWORK_WORD =
  /^(?:franchise|franchisee|franchises|franchisees|affilie|affiliee|adherent|adherente|licencie|licenciee|membre|du|d'un|reseau|de|la|le|l'|des|enseigne|groupe|hotel|magasin|restaurant|agence)$/;

/** "Franchisé Accor", "Hôtel franchisé Ibis", "Adhérent Système U", "Membre du réseau X": a member, unnamed. */
const NETWORK_NAME =
  /^(?:[a-z]+ )?(?:franchise|franchisee|franchises|franchisees|affilie|affiliee|adherent|adherente|licencie|licenciee|membre d(?:u|'un) reseau)(?: |$)/;

/** A name field that says no name: "Confidentiel", "Entreprise confidentielle", "Anonyme", "NC", "Non communiqué". */
const PLACEHOLDER_NAME =
  /^(?:(?:entreprise|societe|employeur|client|cabinet|etablissement|structure|recruteur|offre) )?(?:confidentiel|confidentielle|confidentiels|anonyme|non communique|non communiquee|non renseigne|non renseignee|non precise|non precisee|non diffuse|non mentionne)$|^(?:entreprise|societe|employeur|client|notre client|un client|nc|n c|na|n a|x+|xxx)$/;

/**
 * A sentence where a site or platform presents itself as publishing job offers: "Le site internet
 * concepteur-vendeur.fr est spécialisé dans la diffusion d'offres d'emploi dans le secteur de l'habitat". An
 * employer speaking of its own site says "notre site", "nos offres": that sentence is not a job board's.
 */
const JOB_BOARD_SITE = /\b(?:site|plateforme|portail|job ?board|agregateur)\b/;
const JOB_BOARD_PUBLISHES =
  /\b(?:specialise|specialisee|dedie|dediee)s? (?:dans|a|en) (?:la |l')?(?:diffusion|publication|relais|agregation|multidiffusion)(?: [a-z']+){0,2} (?:d')?(?:offres?|annonces?) (?:d'emplois?|de recrutement)\b|\b(?:est|,) (?:un|une|le|la|le premier|la premiere) (?:job ?board|site (?:internet )?d'(?:offres d')?emploi|plateforme d'(?:offres d')?emploi)\b/;
const OWN_SITE = /\b(?:notre|nos)\b/;

/**
 * JOB_BOARD_PUBLISHES read on the text as written (any case, accents or not, either apostrophe): one test of the
 * raw text before any split, since few offers hold it (`jobBoardSentencesReference` splits every text; a test
 * compares them).
 */
const E = '[eé]\\u0301?';
const JOB_BOARD_PRECHECK = new RegExp(
  `(?:sp${E}cialis${E}|d${E}di${E})e?s? (?:dans|[aà]\\u0300?|en) (?:la |l['’])?(?:diffusion|publication|relais|agr${E}gation|multidiffusion)` +
    `|(?:est|,) (?:un|une|le|la|le premier|la premi[eè]\\u0300?re) (?:job ?board|site (?:internet )?d['’]|plateforme d['’])`,
  'iu',
);

export function jobBoardSentences(text: string): string[] {
  if (!JOB_BOARD_PRECHECK.test(text)) return [];
  return jobBoardSentencesReference(text);
}

/** What `jobBoardSentences` must return: every sentence of the text read. */
export function jobBoardSentencesReference(text: string): string[] {
  const found: string[] = [];
  // Sentences end at a line or at a stop followed by a space: a domain name ("x.fr") keeps its dot.
  for (const sentence of text.split(/\n|[!?]|\.(?=\s|$)/)) {
    const folded = fold(sentence);
    if (JOB_BOARD_SITE.test(folded) && JOB_BOARD_PUBLISHES.test(folded) && !OWN_SITE.test(folded))
      found.push(sentence);
  }
  return found;
}

/** The text with a job board's sentences about itself blanked out (same length, so positions stay). */
function withoutJobBoardSentences(text: string): string {
  let out = text;
  for (const sentence of jobBoardSentences(text)) out = out.replace(sentence, ' '.repeat(sentence.length));
  return out;
}
