import { plainText } from '../engine/normalise.js';
import { quoteText } from '../engine/prepared-offer.js';
import type { OfferRule } from '../rule.js';

export const BEGINNER_OK =
  /\b(?:debutants? (?:acceptes?|bienvenus?|acceptee?s?|possibles?)|(?:ouvert|accessible) aux debutants|aucune experience (?:n'est )?(?:requise|exigee|necessaire|demandee)|sans experience|pas d'experience (?:requise|exigee|necessaire)|premiere experience (?:non exigee|non requise|non obligatoire)|experience non (?:exigee|requise|obligatoire|necessaire))\b/g;
const BEGINNER_CONDITION =
  /^[^.;\n]{0,6}(?:si|avec|ayant|titulaire|ou|sous reserve|a condition|dans le cadre|en alternance)\b/;
const EXPERIENCE_REQUIRED =
  /\b(\d{1,2}) ?ans? (?:d'experience|minimum d'experience|d'experience minimum)(?: (?:minimum|exigee?s?|requise?s?|obligatoires?|indispensables?|imperative?s?|significative))?|\bexperience (?:de \d{1,2} ans? )?(?:exigee|obligatoire|indispensable|imperative|requise) (?:de |d'au moins )?(\d{1,2})? ?(?:ans?)?|\bexperience (?:significative|professionnelle|confirmee|reussie|solide) (?:de|d'au moins) (\d{1,2}) ans?(?: minimum)?(?: (?:obligatoire|exigee|requise|indispensable|imperative))?/g;
const OR_BEGINNER = /\b(?:ou|sinon|a defaut) (?:debutant|jeune diplome|formation|diplome)/;

/**
 * Every phrase of BEGINNER_OK names "debutant" or says "experience" with one of these words before or after it:
 * "aucune experience", "sans experience", "pas d'experience", "premiere experience", "experience non". Checked at
 * each occurrence of "experience" (a few per offer) rather than by five searches of the whole text.
 */
const BEFORE_EXPERIENCE = ['aucune ', 'sans ', "pas d'", 'premiere '];

export function mayAcceptBeginners(text: string, mentionsBeginner: boolean): boolean {
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

export const experienceMismatchRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'experience_mismatch.required_and_beginner',
    category: 'experience_mismatch',
    severity: 'certain',
    explanation:
      "L'offre se contredit sur l'expérience : elle l'exige et accepte les débutants en même temps. Le candidat ne peut pas savoir s'il a sa chance.",
    detect(prepared) {
      const { offer } = prepared;
      const text = prepared.text;
      const mentionsExperience = text.includes('experience');
      const mentionsBeginner = text.includes('debutant');
      if (!mentionsExperience && !mentionsBeginner && offer.experience.code !== 'E') return null;
      const beginner = mayAcceptBeginners(text, mentionsBeginner)
        ? firstUnconditional(BEGINNER_OK, text)
        : null;
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
      return evidence ? { evidence } : null;
    },
    examples: {
      positive: [
        {
          text: 'Débutant accepté.',
          offer: { experience: { code: 'E', label: '5 An(s)' } },
          quote: 'experienceLibelle: 5 An(s) ; texte: « Débutant accepté. »',
        },
        {
          text: 'Vous avez 3 ans d’expérience exigée en cuisine.',
          offer: { experience: { code: 'D', label: 'Débutant accepté' } },
          quote:
            'experienceLibelle: Débutant accepté ; texte: « Vous avez 3 ans d’expérience exigée en cuisine. »',
        },
      ],
      negative: [
        {
          text: 'Débutants acceptés si titulaire du CAP.',
          offer: { experience: { code: 'E', label: '2 An(s)' } },
          why: 'beginners on a condition do not contradict a demand for experience',
        },
        {
          text: 'Vous avez 3 ans d’expérience exigée en cuisine.',
          offer: { experience: { code: 'S', label: 'Expérience souhaitée' } },
          why: 'a demand alone, with nothing accepting beginners',
        },
      ],
    },
  },
];
