import type { OfferRule } from '../rule.js';

export const anonymousEmployerRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'anonymous_employer.unnamed',
    category: 'anonymous_employer',
    severity: 'certain',
    explanation:
      "L'offre, publiée par un site partenaire, ne nomme pas l'employeur : le candidat ne sait pas à qui il postule.",
    detect(prepared) {
      const { offer } = prepared;
      if (offer.origin.kind !== 'partner' || offer.employer.name) return null;
      const interim = offer.contract.type === 'MIS';
      if (!interim) return { rule: 'anonymous_employer.partner_offer', evidence: 'entreprise.nom: (absent)' };
      // A temp agency must name itself (L5332-3); other anonymous offers are lawful but leave the jobseeker blind.
      return {
        rule: 'anonymous_employer.temp_agency_unnamed',
        evidence: 'entreprise.nom: (absent)',
        reference: 'Code du travail, art. L5332-3',
        explanation:
          "Cette mission d'intérim ne nomme pas l'agence qui la propose, alors que la loi l'exige.",
      };
    },
    examples: {
      positive: [
        {
          offer: {
            origin: { kind: 'partner', url: null, partners: [] },
            employer: { name: null, description: null, url: null, adapted: null },
          },
          quote: 'entreprise.nom: (absent)',
        },
      ],
      negative: [
        {
          offer: { employer: { name: null, description: null, url: null, adapted: null } },
          why: 'France Travail itself may publish an offer without the employer’s name (the agency knows it)',
        },
      ],
    },
  },
];
