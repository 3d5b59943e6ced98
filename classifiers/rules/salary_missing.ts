import { fieldEvidence } from '../engine/evidence.js';
import type { OfferRule } from '../rule.js';

const NO_PAY = { salary: { label: null, comment: null, complements: [] } };

export const salaryMissingRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'salary_missing.no_amount',
    category: 'salary_missing',
    severity: 'certain',
    explanation:
      "Aucun montant de salaire n'est indiqué, ni dans le champ salaire ni dans le texte : impossible de savoir ce que paie ce poste avant de postuler.",
    detect(prepared, facts) {
      const pay = facts.pay;
      if (pay.stated) return null;
      const { salary } = prepared.offer;
      const evidence = salary.comment
        ? fieldEvidence('salaryComment', salary.comment)
        : salary.label
          ? fieldEvidence('salary', salary.label)
          : fieldEvidence('salary', '(non indiqué)');
      // "SMIC" alone names the legal minimum without a figure (ANNOTATION.md, hard call 2).
      if (pay.saysSmic)
        return {
          rule: 'salary_missing.smic_without_amount',
          severity: 'likely',
          evidence,
          explanation:
            "L'offre renvoie au SMIC sans donner de montant : le salaire réel (heures, primes, part du SMIC) reste inconnu avant de postuler.",
        };
      return { evidence };
    },
    examples: {
      positive: [
        { offer: NO_PAY, quote: 'Salaire : (non indiqué)' },
        {
          offer: { salary: { label: null, comment: 'Selon profil', complements: [] } },
          quote: 'Précision sur le salaire : Selon profil',
        },
        {
          // A month count is not an amount (193LVNV).
          offer: { salary: { label: null, comment: 'selon profil sur 13.5', complements: [] } },
          quote: 'Précision sur le salaire : selon profil sur 13.5',
        },
        {
          // A collective agreement's year is not an amount.
          text: 'Rémunération : Selon CCN 1966.',
          offer: NO_PAY,
          quote: 'Salaire : (non indiqué)',
        },
        {
          // "SMIC" alone (193WQTC, 193CTTJ): named, not stated.
          offer: { salary: { label: null, comment: 'smic en vigueur', complements: [] } },
          quote: 'Précision sur le salaire : smic en vigueur',
        },
        {
          // A truncated label with no figure (0637188).
          offer: { salary: { label: 'Annuel de', comment: null, complements: [] } },
          quote: 'Salaire : Annuel de',
        },
      ],
      negative: [
        {
          text: 'Rémunération : 1 900 € brut par mois.',
          offer: NO_PAY,
          why: 'the fields are empty but the text states an amount',
        },
        {
          // Partner feeds' labelled amounts without a currency (0665463).
          text: 'Salaire minimum : 2300\nSalaire maximum : 2500\nType de salaire : Mensuel Brut (EUR)',
          offer: NO_PAY,
          why: 'an amount without € is still an amount',
        },
        {
          // The pay line sits under "Salaire et avantages" (0631524): the benefits heading does not make it a perk.
          text: 'Salaire et avantages du poste :\n- Salaire brut mensuel : 2080 euros',
          offer: NO_PAY,
          why: 'a pay word after the benefits heading: it is the pay',
        },
        {
          text: '- Salaire horaire brut : 12.18 euros',
          offer: NO_PAY,
          why: 'an hourly amount written in words (0631088)',
        },
      ],
    },
  },
];
