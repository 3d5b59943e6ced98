import type { TextRule } from '../rule.js';

const REFERENCE = 'Code du travail, art. L8221-5 (travail dissimulé) ; Cass. soc. 26 nov. 2008';

export const unpaidWorkRules: readonly TextRule[] = [
  {
    kind: 'text',
    id: 'unpaid_work.unpaid_trial',
    category: 'unpaid_work',
    severity: 'certain',
    triggers: [
      // Whole words: "rétribuée" is not found by "rémunérée" ("la première journée n'est pas rétribuée").
      'premiers',
      'premieres',
      'retribue',
      'retribuee',
      'retribues',
      'retribuees',
      'essai',
      'gratuit',
      'gratuite',
      'gratuits',
      'gratuites',
      'remuneree',
      'remunerees',
      'remunere',
      'remuneres',
      'payee',
      'payees',
      'paye',
      'payes',
      'remuneration',
      'benevole',
      'benevoles',
      'benevolement',
    ],
    patterns: [
      /\b(?:premiers?|premieres?) (?:\d{1,2} )?(?:jours?|journees?|semaines?|heures?)(?: de travail| d'essai)? (?:ne sont pas|n'est pas|non|sans etre) (?:remuneree?s?|payee?s?|retribuee?s?)\b/g,
      /\b(?:journees?|periodes?|jours?|semaines?|stages?|mises? en situation|tests?|heures?) d'essai(?: de \d{1,2} (?:jours?|semaines?|heures?))? (?:non (?:remunerees?|remuneres?|payees?|payes?|retribuees?)|gratuite?s?|benevoles?|sans (?:remuneration|salaire|contrepartie))\b/g,
      /\bessai (?:non remunere|non paye|gratuit|benevole)e?s?\b/g,
      /\b(?:non remuneree?s?|non payee?s?|gratuite?s?|sans remuneration|benevolement) (?:pendant|durant|lors de|les premiers?|la premiere) (?:la |le |les |une |un )?(?:periode|journee|semaine|jours?|formation|essai|mois)\b/g,
      /\bformation (?:initiale |prealable )?(?:non remuneree|gratuite et obligatoire|benevole) (?:avant|prealable a) (?:l'embauche|la prise de poste)\b/g,
    ],
    // Its triggers include "remuneration", "paye" and "essai", in most offers: an unpaid trial says so in these words.
    precheck:
      /essai (?:non|gratuit|benevol|sans|de \d)|(?:pas|non|etre) (?:remuner|paye|retribu)|gratuit|sans remuneration |benevole/,
    explanation:
      "L'offre prévoit un essai ou un travail sans salaire : travailler en conditions réelles sans être payé est du travail dissimulé, même « à l'essai ».",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Les 3 premiers jours de travail ne sont pas rémunérés (période de découverte).',
          quote: 'Les 3 premiers jours de travail ne sont pas rémunérés (période de découverte).',
        },
        { text: 'Période d’essai de 5 jours non payée.', quote: 'Période d’essai de 5 jours non payée.' },
        {
          text: 'Une journée d’essai non rémunérée est prévue.',
          quote: 'Une journée d’essai non rémunérée est prévue.',
        },
        { text: 'Période d’essai non payée de 3 jours.', quote: 'Période d’essai non payée de 3 jours.' },
        { text: 'Stage d’essai gratuit avant embauche.', quote: 'Stage d’essai gratuit avant embauche.' },
        {
          // The singular, and "rétribuée": words of their own for the trigger index.
          text: 'Attention : la première journée n’est pas rétribuée.',
          quote: 'Attention : la première journée n’est pas rétribuée.',
        },
      ],
      negative: [
        { text: 'Période d’essai de 2 mois.', why: 'an ordinary probation period, paid' },
        { text: 'Journée d’essai rémunérée.', why: 'a paid trial day' },
        { text: 'Stage conventionné de 6 semaines.', why: 'a school internship, under its own rules' },
      ],
    },
  },
  {
    kind: 'text',
    id: 'unpaid_work.volunteer_for_job',
    category: 'unpaid_work',
    severity: 'likely',
    triggers: ['benevole', 'benevoles', 'benevolat'],
    patterns: [
      /\b(?:poste|mission|emploi|travail) (?:de |en tant que |a titre )?benevoles?\b|\b(?:a titre|en tant que) benevole\b|\bbenevolat (?:obligatoire|exige|requis)\b/g,
    ],
    negations: [
      /\b(?:experience|engagement|activites?|associati\w{0,4}|investissement)s? (?:associati\w{0,4} |personnelles? )?(?:de |en tant que |a titre )?benevole/,
      /\bbenevoles? (?:de l'association|du club|de l'equipe)\b|\bencadrer (?:des|les) benevoles\b|\bcoordonner (?:des|les) benevoles\b|\bavec (?:des|les) benevoles\b/,
    ],
    explanation:
      "L'offre présente un vrai poste comme du bénévolat : un travail subordonné pour un employeur doit être payé.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Poste de serveur à titre bénévole, 35h par semaine.',
          quote: 'Poste de serveur à titre bénévole, 35h par semaine.',
        },
      ],
      negative: [
        { text: 'Une expérience bénévole est un plus.', why: 'volunteering as past experience' },
        {
          text: 'Vous coordonnerez les bénévoles de l’association.',
          why: 'volunteers the employee coordinates',
        },
      ],
    },
  },
];
