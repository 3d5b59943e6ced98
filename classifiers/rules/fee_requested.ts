import type { TextRule } from '../rule.js';

const REFERENCE = 'Code du travail, art. L5321-3 et L5331-1';
const NOT_CHARGED =
  /\b(?:pris(?:es)? en charge|rembourses?|remboursees?|offerts?|offertes?|gratuite?s?|aucuns? frais|sans frais|pas de frais|finances?|financees?|a la charge de l'(?:employeur|entreprise)|par l'(?:employeur|entreprise)|par nos soins|par la societe|indemnises?|indemnite|remuneree?s?|payee?s?|defraye)\b/;

export const feeRequestedRules: readonly TextRule[] = [
  {
    kind: 'text',
    id: 'fee_requested.application_fee',
    category: 'fee_requested',
    severity: 'certain',
    triggers: [
      'frais',
      'cheque',
      'participation',
      'payante',
      'kit',
      'pack',
      'materiel',
      'mallette',
      'achat',
      'charge',
      'regler',
      'payer',
      'verser',
    ],
    patterns: [
      /\bfrais (?:de dossier|d'inscription|d'adhesion|de candidature|de recrutement|de selection|de formation|d'ouverture de dossier)\b/g,
      /\bcheque de \d{1,4} ?(?:€|euros?\b)|\b\d{1,4} ?(?:€|euros?) (?:de frais|a regler|a payer|a verser)\b/g,
      /\bparticipation (?:financiere )?(?:aux|des) frais (?:de recrutement|de dossier|d'inscription|de formation|de selection)\b|\bparticipation (?:financiere )?(?:du candidat|de votre part|demandee au candidat)\b/g,
      /\bformation (?:initiale )?(?:payante|a vos frais|a votre charge|a la charge du candidat)\b|\b(?:kit|pack|materiel|mallette) (?:de demarrage|de depart|de lancement|de vente)?(?: obligatoire)?(?: (?:est|sont))? (?:a (?:acheter|payer|acquerir|vos frais|votre charge)|payant)\b|\bachat (?:obligatoire )?(?:d'un|du|de votre) (?:kit|pack|stock|materiel de demarrage)\b/g,
    ],
    // Its triggers include common words ("frais", "charge", "materiel"): most windows hold none of the phrases.
    precheck:
      /frais (?:de (?:dossier|candidature|recrutement|selection|formation)|d'(?:inscription|adhesion|ouverture))|cheque de|de frais|a regler|a payer|a verser|du candidat|de votre part|au candidat|payant|vos frais|votre charge|acheter|acquerir|achat /,
    negations: [NOT_CHARGED],
    explanation:
      "L'offre demande au candidat de payer (frais de dossier, formation, kit…) pour obtenir le poste : aucun paiement ne peut être exigé d'un demandeur d'emploi.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Frais de dossier : 30 € à régler avec la candidature.',
          quote: 'Frais de dossier : 30 € à régler avec la candidature.',
        },
        {
          text: 'Joindre un chèque de 50 € pour l’inscription.',
          quote: 'Joindre un chèque de 50 € pour l’inscription.',
        },
        {
          text: 'Formation payante obligatoire avant embauche.',
          quote: 'Formation payante obligatoire avant embauche.',
        },
        { text: 'Kit de démarrage à acheter (150 €).', quote: 'Kit de démarrage à acheter (150 €).' },
      ],
      negative: [
        { text: 'Frais de déplacement remboursés.', why: 'expenses repaid to the employee' },
        { text: 'Formation rémunérée à la prise de poste.', why: 'a paid training' },
        {
          text: 'Frais de formation pris en charge par l’entreprise.',
          why: 'training costs borne by the employer',
        },
        { text: 'Aucun frais de dossier ne vous sera demandé.', why: 'no fee asked' },
      ],
    },
  },
  {
    kind: 'text',
    id: 'fee_requested.subscription',
    category: 'fee_requested',
    severity: 'likely',
    triggers: ['abonnement', 'redevance', 'entree', 'cotisation'],
    patterns: [
      /\b(?:abonnement|redevance|cotisation) (?:mensuel(?:le)? |annuel(?:le)? )?(?:de |d'un montant de |a )\d{2,5}(?:[.,]\d{1,2})? ?(?:€|euros?\b)(?: ?ht| ?ttc)?(?: ?(?:\/|par) ?(?:mois|an))?|\bdroit d'entree (?:de |: ?)?\d{1,3}(?:[ .]?\d{3})? ?(?:€|euros?\b)/g,
    ],
    negations: [
      NOT_CHARGED,
      /\b(?:remboursement|transport|navigo|sport|salle|telephon\w{0,4}|mutuelle|prevoyance|syndic\w{0,4}|comite|cse)\b/,
    ],
    // "Pas de droit d'entrée, seulement un abonnement de 140 €": a negation covers the fee it names, not the next.
    judge: (match, prepared) =>
      /\b(?:pas|sans|aucun|aucune|ni) (?:de |d'|d'un |d'une )?$/.test(
        prepared.text.slice(Math.max(0, match.index - 20), match.index),
      )
        ? null
        : 'likely',
    explanation:
      "L'offre fait payer au candidat un abonnement ou un droit d'entrée pour exercer : aucun paiement ne peut être exigé d'un demandeur d'emploi. « Probable » : si l'annonce recrute des agents réellement indépendants dans un réseau (pas un placement), l'article L5321-3 peut ne pas s'appliquer, mais ce n'est alors pas un emploi.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          // Real (Meteojob, August 2025): the negation covers the entry fee only.
          text: "Pas de droit d'entrée, seulement un abonnement de 140 € HT/mois (168 € TTC).",
          quote: "…droit d'entrée, seulement un abonnement de 140 € HT/mois (168 € TTC).",
        },
        {
          text: "Droit d'entrée de 5 000 € pour rejoindre le réseau.",
          quote: "Droit d'entrée de 5 000 € pour rejoindre le réseau.",
        },
      ],
      negative: [
        {
          text: "Pas de droit d'entrée ni d'abonnement : vous êtes salarié.",
          why: 'negated: no fee at all',
        },
        {
          text: 'Remboursement de 50 % de l’abonnement de 84 € par mois aux transports en commun.',
          why: 'a transport pass the employer repays',
        },
        {
          text: 'Abonnement de 30 € par mois à la salle de sport offert.',
          why: 'a perk, not a fee',
        },
      ],
    },
  },
  {
    kind: 'text',
    id: 'fee_requested.premium_number',
    category: 'fee_requested',
    severity: 'certain',
    triggers: [
      '08',
      '0890',
      '0891',
      '0892',
      '0893',
      '0894',
      '0895',
      '0896',
      '0897',
      '0898',
      '0899',
      'surtaxe',
    ],
    patterns: [/(?<!\d)08 ?9[0-9](?:[ .]?\d{2}){3}(?!\d)|\bnumero surtaxe\b/g],
    explanation:
      "Pour postuler, l'offre renvoie à un numéro surtaxé (08 9x) : le candidat paie pour candidater.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Appelez le 08 99 12 34 56 pour postuler.',
          quote: 'Appelez le 08 99 12 34 56 pour postuler.',
        },
        { text: 'Renseignements au 0892 70 12 34.', quote: 'Renseignements au 0892 70 12 34.' },
      ],
      negative: [
        { text: 'Appelez le 04 50 12 34 56.', why: 'an ordinary landline' },
        { text: 'Tél. 0800 123 456 (gratuit).', why: 'a free 0800 number' },
      ],
    },
  },
];
