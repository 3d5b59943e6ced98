import { bothSides, fieldEvidence, textEvidence } from '../engine/evidence.js';
import { plainText } from '../engine/normalise.js';
import { includesWord } from '../engine/substring-filter.js';
import { departementOf } from '../facts/places.js';
import { quoteExact } from '../facts/quote.js';
import type { OfferRule, PageRule } from '../rule.js';

/**
 * The place phrases. A plain global regex: V8's own scan of the description, which skips most positions on their
 * first letters, costs less than an indexOf of each of the phrases' nine opening words followed by a try at each
 * "poste", a word of nearly every offer (measured, 4 December 2026); the description is read only when
 * mentionsAPlace holds.
 */
const PLACE_PHRASE =
  /\b(?:poste (?:est )?(?:base|situe|localise) (?:a|au|sur(?: notre site de| le site de)?)|lieu de (?:travail|la mission|mission|l'emploi) ?:|localisation (?:du poste )?:|poste (?:est )?a pourvoir (?:en cdi |en cdd |des que possible |immediatement )?(?:a|au|sur|dans)(?: notre| l'| le| la)?(?: agence| site| magasin| etablissement| restaurant)?(?: de| d')?|(?:integrer|rejoindre|rejoignez|rejoins|integrez) (?:l'agence|notre agence|le site|notre site|l'etablissement|notre etablissement|le magasin|notre magasin|notre restaurant) (?:de|d')|lieu ?:|vous travaillerez (?:a|au|sur le site de)|situe a|base a|rattachee? a (?:notre|l'|votre) (?:agence|site|etablissement|depot|magasin) (?:de|d')) ?(?:(\d{5}) )?([a-z'-]{1,20}(?: [a-z'-]{1,20}){0,5}) ?(?:\((\d{2,3}|2a|2b)\)|(\d{5}))?/g;
const NOT_THE_JOB =
  /(?:agence|siege|societe|entreprise|groupe|cabinet|bureaux|nous sommes|implantee?|filiale|notre client)[^.;\n]{0,30}$/;

/**
 * The rule reads a description only when it has one of these words: literal searches, faster than one alternation.
 * The most frequent first (in the replica offers: rejoin 35 %, pourvoir 28 %, integre 24 %…): most descriptions
 * hold one, and the search stops at the first found instead of scanning the text for the rare ones.
 */
const PLACE_WORDS = [
  'rejoin',
  'pourvoir',
  'integre',
  'travaillerez',
  'rattache',
  'lieu',
  'situe',
  'base a',
  'localise',
  'localisation',
];

/** Whether the description holds one of PLACE_WORDS (most offers hold none: each absent word costs no scan). */
function mentionsAPlace(description: string): boolean {
  for (const word of PLACE_WORDS) if (includesWord(description, word)) return true;
  return false;
}

const textNamesOtherPlace: OfferRule = {
  kind: 'offer',
  id: 'place_mismatch.text_names_other_place',
  category: 'place_mismatch',
  severity: 'certain',
  explanation:
    "Le lieu de travail affiché n'est pas celui que donne le texte de l'offre : le candidat ne sait pas où il travaillerait.",
  detect(prepared) {
    const { offer } = prepared;
    const listed = offer.place.departement;
    if (!listed) return null;
    const words = prepared.description.text;
    if (!mentionsAPlace(words)) return null;
    const stated: Array<{ dep: string; match: RegExpExecArray }> = [];
    PLACE_PHRASE.lastIndex = 0;
    for (let match = PLACE_PHRASE.exec(words); match; match = PLACE_PHRASE.exec(words)) {
      const before = prepared.description.text.slice(Math.max(0, match.index - 40), match.index);
      if (NOT_THE_JOB.test(before)) continue;
      const dep = departementOf(match[2]!, match[3], match[1] ?? match[4]);
      // One phrase naming the listed département is enough to agree: no need to read the others.
      if (dep === listed) return null;
      if (dep) stated.push({ dep, match });
    }
    if (stated.length === 0) return null;
    const first = stated[0]!;
    return {
      evidence: bothSides(
        fieldEvidence('place', offer.place.label ?? listed),
        textEvidence(
          quoteExact(prepared.description, first.match.index, first.match.index + first.match[0].length),
        ),
      ),
      details: { listed, stated: first.dep },
    };
  },
  examples: {
    positive: [
      {
        text: 'Poste basé à La Roche-sur-Yon.',
        quote: 'Lieu de travail : 74 - Annecy ; Texte : « Poste basé à La Roche-sur-Yon »',
      },
      {
        text: 'Poste basé à Lorient.',
        quote: 'Lieu de travail : 74 - Annecy ; Texte : « Poste basé à Lorient »',
      },
      {
        // 0629478: the job's own agency, far from the listed place.
        text: 'Ce poste est à pourvoir en CDI sur notre agence de Marseille (13).',
        quote:
          'Lieu de travail : 74 - Annecy ; Texte : « poste est à pourvoir en CDI sur notre agence de Marseille (13) »',
      },
      {
        // 196DFXS
        text: 'Vous allez intégrer l’agence de La Rochelle composée de moins d’une dizaine de personnes.',
        quote:
          'Lieu de travail : 74 - Annecy ; Texte : « intégrer l’agence de La Rochelle composée de moins d’une »',
      },
    ],
    negative: [
      {
        text: 'Poste basé à Lorient. Lieu de travail : Annecy (74).',
        why: 'one phrase names the listed département: the offer agrees with itself',
      },
      {
        text: 'Notre agence basée à Lyon recrute pour son client.',
        why: 'the agency’s place, not the job’s',
      },
    ],
  },
};

const partnerPagePlace: PageRule = {
  kind: 'page',
  id: 'place_mismatch.partner_page_place',
  category: 'place_mismatch',
  severity: 'certain',
  explanation:
    "Le lieu de travail affiché sur France Travail n'est pas celui qu'indique la page de l'offre chez le partenaire.",
  detect(offer, page) {
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
      evidence: bothSides(
        fieldEvidence('place', offer.place.label ?? listed),
        `Page du partenaire (${page.url}) : ${page.stated.place}`,
      ),
      details: { listed, stated, url: page.url },
    };
  },
  examples: {
    positive: [
      {
        pages: [{ stated: { place: 'Lyon (69)' } }],
        quote:
          'Lieu de travail : 74 - Annecy ; Page du partenaire (https://partner.example/offre/1) : Lyon (69)',
      },
    ],
    negative: [{ pages: [{ stated: { place: 'Annecy (74)' } }], why: 'the page agrees' }],
  },
};

export const placeMismatchRules = { textNamesOtherPlace, partnerPagePlace };
