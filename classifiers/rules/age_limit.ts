import type { Severity } from '../../model/flag.js';
import type { PreparedOffer } from '../engine/prepared-offer.js';
import type { TextRule } from '../rule.js';

const REFERENCE = 'Code du travail, art. L5331-2 et L1132-1';
const EXPLANATION =
  "Une offre d'emploi ne peut pas fixer d'âge maximum au candidat, sauf si une loi l'impose : l'âge est un critère de discrimination interdit.";

/** People the job serves, not the candidate: "enfants de moins de 16 ans", "jeunes de moins de 26 ans accompagnés". */
const PUBLIC_SERVED =
  /(?:enfants?|jeunes|eleves|public|publics|patients?|personnes|beneficiaires|usagers|mineurs|adolescents|bebes|residents|stagiaires|apprenants|accompagn\w{0,6}|aupres d(?:e|es|')|clients?|famille|aide|aides|eligible|eligibles|dispositif|contrat aide|pec|cui|emplois? francs?|subvention|mission locale)[^.;\n]{0,25}$/;

/*
 * Apprenticeship is open from 16 to 29 (a legal bound: Code du travail, art. L6222-1), and aided contracts have
 * legal age conditions: an upper bound of 29 or 30 on such an offer is the law's, not the employer's. A narrower
 * range ("ouvert aux 18 à 21 ans" on an apprenticeship) is the employer's choice: kept, as likely.
 */
function judgeAge(match: RegExpExecArray, prepared: PreparedOffer): Severity | null {
  // A single age with no upper-bound word is a minimum ("avoir 18 ans"), which the law often imposes itself.
  if (
    !/moins de|maximum|max|au plus|jusqu'a|limite|pas plus|n'excedant|\d{2} ?(?:ans )?(?:a|et|-|\/) ?\d{2}/.test(
      match[0],
    )
  )
    return null;
  const ages = [...match[0].matchAll(/\d{2}/g)].map((m) => Number(m[0]));
  const max = Math.max(...ages);
  if (max < 18) return null;
  const before = prepared.text.slice(Math.max(0, match.index - 60), match.index);
  // "Poste ouvert aux 18 à 21 ans" speaks of the candidate, whatever the words before it.
  if (!/^(?:poste|offre|contrat|recrutement) /.test(match[0]) && PUBLIC_SERVED.test(before)) return null;
  const offer = prepared.offer;
  const nature = (offer.contract.nature ?? '').toLowerCase();
  const alternance =
    offer.contract.alternance === true ||
    /apprenti|professionnalisation/.test(nature) ||
    /\b(?:apprenti|alternan|contrat pro)/.test(prepared.text);
  // The law's own range is 16 to 29: a bound inside it ("de 25 à 30 ans", "moins de 26 ans") is the employer's.
  const min = ages.length > 1 ? Math.min(...ages) : 0;
  if (alternance) return max >= 29 && min <= 18 ? null : 'likely';
  if (
    /\b(?:eligible|contrat aide|pec|cui|emplois? francs?|service civique)\b/.test(prepared.text) &&
    max >= 25 &&
    max <= 30
  )
    return null;
  return 'certain';
}

export const ageLimitRules: readonly TextRule[] = [
  {
    kind: 'text',
    id: 'age_limit.age_range',
    category: 'age_limit',
    severity: 'certain',
    triggers: ['ans'],
    patterns: [
      /\b(?:agee?s?|age|ayant|avoir|vous avez|etre age|candidats?|profil|tranche d'age|limite d'age|age requis|age maximum|age max|age limite|age souhaite)\b ?:? ?(?:de |d'|entre |compris entre )?(?:moins de |maximum |max |au plus |au maximum |jusqu'a )?(?:\d{2} ?(?:ans )?(?:a|et|-|\/) ?)?\d{2} ?ans\b(?! d'exp| d'anc| minimum| min\b| et plus| ou plus| revolus| au moins)/g,
      /\b(?:moins de|pas plus de|n'excedant pas|maximum|max\.?|au maximum|au plus) \d{2} ans\b(?! d'exp| d'anc| de metier| dans| en )/g,
      /\b\d{2} ?ans (?:maximum|max|au plus|maxi|au maximum)\b/g,
      /\b(?:entre|de) \d{2} (?:et|a) \d{2} ans\b(?! d'exp| d'anc)/g,
      /\b(?:(?:poste|offre|contrat|recrutement) )?(?:ouvert|ouverte|reserve|reservee|destine|destinee|accessible) (?:aux?|pour les) (?:jeunes |candidats |personnes )?(?:de |agee?s? de )?\d{2} ?(?:ans )?(?:a|et|-) ?\d{2} ans\b/g,
    ],
    // Every pattern ends on an age: "ans" alone is also in "dans" and "sans", whose windows cover most offers.
    precheck: /\d\d ?ans/,
    negations: [
      /\b(?:pas|sans|aucune?) (?:de )?limite d'age\b/,
      /\btous ages\b/,
      /\bquel que soit (?:votre|l')age\b/,
    ],
    judge: judgeAge,
    explanation: EXPLANATION,
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Vous avez moins de 30 ans et êtes motivé.',
          quote: 'Vous avez moins de 30 ans et êtes motivé.',
        },
        { text: 'Candidat âgé(e) de 20 à 35 ans.', quote: 'Candidat âgé(e) de 20 à 35 ans.' },
        { text: 'Âge maximum : 40 ans.', quote: 'Âge maximum : 40 ans.' },
        {
          text: 'Profil recherché : entre 25 et 35 ans, dynamique.',
          quote: 'Profil recherché : entre 25 et 35 ans, dynamique.',
        },
        { text: 'Limite d’âge : 45 ans.', quote: 'Limite d’âge : 45 ans.' },
        {
          // Real (August 2025): an apprenticeship narrower than the legal 16-29 range (likely).
          description:
            'Contrat d’apprentissage. Garde d’enfants auprès des familles clientes de l’agence.\n\nPoste ouvert au 18 à 21 ans.',
          alternance: true,
          quote: '…familles clientes de l’agence. Poste ouvert au 18 à 21 ans.',
        },
        {
          text: 'Nous recherchons une personne de 35 ans maximum.',
          quote: '…recherchons une personne de 35 ans maximum.',
        },
      ],
      negative: [
        { text: "Pas de limite d'âge, ouvert aux seniors.", why: 'the offer says there is no age limit' },
        {
          text: 'Vous travaillerez auprès de jeunes enfants.',
          why: 'young children are the people served, not the candidate',
        },
        {
          text: 'Accueil des enfants de moins de 16 ans au centre de loisirs.',
          why: "the children's age, not the candidate's",
        },
        {
          text: 'Vous avez au moins 5 ans d’expérience, maximum 10 ans dans le poste.',
          why: 'a bound on experience, not on age',
        },
        {
          text: 'Vous accompagnerez des jeunes de moins de 26 ans vers l’emploi.',
          why: 'the public served: young people the job accompanies',
        },
        { text: 'Une équipe jeune et dynamique de 25 personnes.', why: "a team's size, not an age" },
        {
          text: 'Vous devez avoir 18 ans minimum (service d’alcool).',
          why: 'a legal minimum age, not a maximum',
        },
        { text: 'Entreprise fondée il y a 30 ans.', why: "the company's age" },
        {
          text: 'Vous devez avoir 18 ans pour servir de l’alcool.',
          why: 'a minimum age the law sets for serving alcohol',
        },
        {
          description: 'Poste ouvert aux 16 à 29 ans, en contrat d’apprentissage.',
          alternance: true,
          why: "apprenticeship's own legal range, 16 to 29, however it is worded",
        },
        {
          description: 'Contrat d’apprentissage ouvert aux candidats de 16 à 29 ans.',
          alternance: true,
          why: "apprenticeship's own legal range, 16 to 29",
        },
      ],
    },
  },
  {
    kind: 'text',
    id: 'age_limit.young_profile',
    category: 'age_limit',
    severity: 'certain',
    triggers: [
      'jeune',
      'jeunes',
      'retraite',
      'retraitee',
      'retraites',
      'retraitees',
      'senior',
      'seniors',
      'jeunesse',
    ],
    patterns: [
      /\b(?:profil|candidate?s?|personne) jeune\b(?! diplome)/g,
      /\bjeune retraitee?s?\b/g,
      /\b(?:recherch\w{0,5}|recrut\w{0,5}|cherch\w{0,4}) (?:un |une |des )?jeunes?\b(?! diplome)(?! (?:et|&) dynamique)(?! talent)(?! pousse)(?! entreprise)(?! societe)(?! femme)(?! homme)(?! fille)(?! garcon)/g,
      /\bjeunesse exigee\b|\bpas de seniors?\b|\bseniors? s'abstenir\b/g,
    ],
    negations: [
      /\bjeunes? (?:et moins jeunes|ou seniors?|comme seniors?)\b/,
      /\bjeunes? (?:enfants?|publics?|patients?)\b/,
    ],
    explanation: EXPLANATION,
    reference: REFERENCE,
    examples: {
      positive: [
        { text: 'Profil jeune exigé pour ce poste.', quote: 'Profil jeune exigé pour ce poste.' },
        {
          text: 'Nous recherchons jeune retraité pour gardiennage.',
          quote: 'Nous recherchons jeune retraité pour gardiennage.',
        },
        { text: 'Recherche jeune pour la saison, motivé.', quote: 'Recherche jeune pour la saison, motivé.' },
      ],
      negative: [
        {
          text: 'Rejoignez une équipe jeune et dynamique.',
          why: 'the team is young, not the candidate required',
        },
        {
          text: 'Nous recherchons un jeune diplômé en comptabilité.',
          why: 'jeune diplômé names a qualification, not an age',
        },
        { text: 'Vous animerez des ateliers pour un public jeune.', why: 'the public served is young' },
        {
          text: 'Nous recrutons des jeunes et moins jeunes, tous profils.',
          why: 'young and not so young: everyone',
        },
      ],
    },
  },
];
