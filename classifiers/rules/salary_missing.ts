import type { OfferRule } from '../rule.js';

export const salaryMissingRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'salary_missing.no_amount',
    category: 'salary_missing',
    severity: 'certain',
    explanation:
      "Aucun montant de salaire n'est indiqué, ni dans le champ salaire ni dans le texte : impossible de savoir ce que paie ce poste avant de postuler.",
    detect(prepared, facts) {
      if (facts.pay.stated) return null;
      const { salary } = prepared.offer;
      return { evidence: salary.comment ? `salaire.commentaire: ${salary.comment}` : 'salaire: (vide)' };
    },
    examples: {
      positive: [
        { offer: { salary: { label: null, comment: null, complements: [] } }, quote: 'salaire: (vide)' },
        {
          offer: { salary: { label: null, comment: 'Selon profil', complements: [] } },
          quote: 'salaire.commentaire: Selon profil',
        },
      ],
      negative: [
        {
          text: 'Rémunération : 1 900 € brut par mois.',
          offer: { salary: { label: null, comment: null, complements: [] } },
          why: 'the fields are empty but the text states an amount',
        },
        {
          text: 'Salaire : SMIC en vigueur.',
          offer: { salary: { label: null, comment: null, complements: [] } },
          why: '"au SMIC" states the pay without a figure',
        },
      ],
    },
  },
];
