import { quoteText } from '../engine/prepared-offer.js';
import type { OfferRule } from '../rule.js';

const ENGLISH_WORDS =
  'the|and|you|your|to|of|with|for|we|are|is|will|our|be|this|that|have|has|an|at|by|from|or|job|team|work|skills|experience|looking|join|role|company';
const FRENCH_WORDS =
  'le|la|les|de|des|et|vous|votre|vos|nous|un|une|du|en|pour|au|aux|est|sont|dans|sur|avec|par|qui|que|ce|cette|poste|notre|nos|il|elle';
const ENGLISH = new RegExp(`(?<![a-z'])(?:${ENGLISH_WORDS})(?![a-z'])`, 'g');
const FRENCH = new RegExp(`(?<![a-z'])(?:${FRENCH_WORDS})(?![a-z'])`, 'g');

/**
 * `text.includes(' ' + word)`, searching for the word and checking the space before: a search that starts with a
 * space stops at every space of the text, which made three of them cost as much as the rest of the rule.
 */
function afterSpace(text: string, word: string): boolean {
  for (let at = text.indexOf(word, 1); at >= 0; at = text.indexOf(word, at + 1))
    if (text.charCodeAt(at - 1) === 32) return true;
  return false;
}

export const foreignLanguageRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'foreign_language.mostly_english',
    category: 'foreign_language',
    severity: 'likely',
    explanation:
      "L'offre est rédigée pour l'essentiel en anglais : une offre pour un emploi en France doit être rédigée en français.",
    detect(prepared) {
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
        severity: english >= 4 * Math.max(1, french) ? 'certain' : 'likely',
        evidence: quoteText(
          prepared,
          prepared.title.text.length + 1,
          prepared.title.text.length + 1 + Math.min(80, prepared.description.text.length),
        ),
        details: { englishWords: english, frenchWords: french },
      };
    },
    examples: {
      positive: [
        {
          text: 'We are looking for a barista to join our team. You will work with the manager and you will have the keys of the shop. Your skills are what we look for, and the role is at our company.',
          quote:
            'We are looking for a barista to join our team. You will work with the manager and you will have the keys of…',
        },
      ],
      negative: [
        {
          text: 'Vous suivrez les KPI et ferez le reporting hebdomadaire au head of sales.',
          why: 'English terms in a French text',
        },
        {
          text: 'Un grand salon de thé recrute. Andorre et youpi : the-matique, band.',
          why: '"the", "and" and "you" inside French words',
        },
      ],
    },
  },
];
