import { fieldEvidence } from '../engine/evidence.js';
import type { OfferRule, TextRule } from '../rule.js';

const REFERENCE = 'Code du travail, art. L5331-3 et L5331-5';

export const notAJobRules: readonly TextRule[] = [
  {
    kind: 'text',
    id: 'not_a_job.business_for_sale',
    category: 'not_a_job',
    severity: 'certain',
    triggers: ['vendre', 'ceder', 'vente', 'cede', 'reprendre', 'fonds', 'bail', 'porte'],
    patterns: [
      /\b(?:fonds de commerce|commerce|entreprise|societe|boulangerie|restaurant|bar|salon|hotel|affaire|cabinet|clientele) (?:a vendre|a ceder|en vente|cede|a reprendre)\b/g,
      /\b(?:vente|cession|reprise|rachat) (?:d'un |du |de |de la |d'une |de l')?(?:fonds de commerce|droit au bail|pas de porte)\b/g,
      /\bfonds de commerce\b[^.;\n]{0,40}\b(?:prix|\d{2,3} ?\d{3} ?(?:€|euros?)|k€)/g,
    ],
    negations: [
      /\b(?:depuis|suite a|apres|lors de|comptable|juridique|notaire|avocat|conseiller?|expert|gestionnaire|assistante?|accompagner|accompagnement|dossiers?|clients?)[^.;\n]{0,40}(?:cession|reprise|vente)/,
    ],
    explanation:
      "Ce n'est pas une offre d'emploi mais la vente ou la reprise d'un commerce ou d'une entreprise : aucun emploi salarié n'est proposé.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Reprise de fonds de commerce 400 000 €, restaurant 60 couverts.',
          quote: 'Reprise de fonds de commerce 400 000 €, restaurant 60…',
        },
        {
          text: 'Boulangerie à vendre, fonds de commerce, prix 250 000 €.',
          quote: 'Boulangerie à vendre, fonds de commerce, prix…',
        },
      ],
      negative: [
        {
          text: 'Vous accompagnerez nos clients dans la cession de leur fonds de commerce.',
          why: 'the job is to advise on sales of businesses',
        },
        {
          text: 'Reprise d’ancienneté selon convention collective.',
          why: "reprise d'ancienneté is seniority carried over",
        },
      ],
    },
  },
  {
    kind: 'text',
    id: 'not_a_job.buy_in_or_network',
    category: 'not_a_job',
    severity: 'certain',
    triggers: [
      'patron',
      'chef',
      'investissement',
      'apport',
      'entree',
      'franchise',
      'franchises',
      'reseau',
      'marketing',
      'mlm',
      'multi',
      'multiniveau',
      'niveau',
      'vdi',
      'domicile',
      'creez',
      'ouvrez',
      'opportunite',
      'revenus',
      'revenu',
      'remuneration',
      'filleuls',
      'libre',
    ],
    patterns: [
      /\b(?:devenez|etes|serez) (?:votre propre patron|votre propre chef|chef d'entreprise|franchise|independant et libre)\b|\bsoyez votre propre (?:patron|chef)\b/g,
      /\b(?:investissement|apport) (?:de depart|initial|personnel|minimum|financier)\b|\bdroit d'entree\b/g,
      /\b(?:(?:rejoignez|integrez) (?:notre|un) reseau de franchise|ouvrez votre (?:propre )?(?:franchise|agence|magasin)\b|creez votre (?:propre )?(?:entreprise|activite|agence|franchise)\b)/g,
      /\b(?:marketing de reseau|marketing relationnel|vente en reseau|mlm|multi-?niveau)\b|\bvendeur a domicile independant\b|\bvdi\b/g,
      /\b(?:opportunite (?:d'affaires?|business|de revenus? complementaires?)\b|(?:revenus?|remuneration) (?:passifs?|passive|illimites?|residuels?)\b|vos filleuls\b)/g,
    ],
    negations: [/\b(?:pas d'|pas de|sans|aucun) (?:investissement|apport|droit d'entree)\b/],
    explanation:
      "Ce n'est pas un emploi : l'annonce propose d'acheter ou de rejoindre une activité (franchise, réseau de vente, « opportunité ») où le candidat investit ou se paie lui-même.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Devenez votre propre patron ! Investissement de départ : 15 000 €.',
          quote: 'Devenez votre propre patron ! Investissement de départ…',
        },
        {
          text: 'Rejoignez notre réseau de franchisés, droit d’entrée 25 k€.',
          quote: '…notre réseau de franchisés, droit d’entrée 25 k€.',
        },
        {
          text: 'Opportunité business : revenus illimités en marketing de réseau.',
          quote: '…business : revenus illimités en marketing de réseau.',
        },
      ],
      negative: [
        { text: 'Sans investissement ni droit d’entrée, salarié en CDI.', why: 'says there is no buy-in' },
        { text: 'Vous gérez le réseau de magasins de la région.', why: 'a job managing a network of shops' },
      ],
    },
  },
  {
    kind: 'text',
    id: 'not_a_job.training_sold',
    category: 'not_a_job',
    severity: 'likely',
    triggers: ['cpf', 'compte'],
    patterns: [
      /\bformation (?:eligible|financable|finance|financee|prise en charge) (?:au |par (?:le |votre )?|via (?:le |votre )?)cpf\b|\b(?:avec|grace a|via) (?:votre |le )?(?:cpf|compte personnel de formation)\b[^.;\n]{0,40}\b(?:formation|certification|inscri)/g,
    ],
    negations: [/\b(?:salarie|cdi|cdd|contrat de travail|embauche)\b[^.;\n]{0,40}(?:cpf)/],
    explanation:
      "L'annonce vend une formation (financée par votre CPF) présentée comme une offre d'emploi : aucun poste n'est proposé.",
    reference: REFERENCE,
    examples: {
      positive: [
        {
          text: 'Formation éligible au CPF pour devenir agent immobilier, inscrivez-vous.',
          quote: 'Formation éligible au CPF pour devenir agent immobilier,…',
        },
      ],
      negative: [
        {
          text: 'Vous aurez accès à des formations tout au long de votre carrière.',
          why: 'training offered to an employee',
        },
      ],
    },
  },
];

/** The contract type itself is not employment: franchise, business takeover, independent activity. */
export const notAJobContractRule: OfferRule = {
  kind: 'offer',
  id: 'not_a_job.contract_type',
  category: 'not_a_job',
  severity: 'certain',
  // A subordinate job demanded under self-employment is a job (a disguised one), not "no job".
  unless: 'disguised_self_employment',
  reference: REFERENCE,
  explanation: "Le type de contrat n'est pas un emploi salarié.",
  detect(prepared) {
    const { offer } = prepared;
    const kind = offer.contract.type?.toUpperCase();
    // "Type de contrat : Profession libérale (LIB)": the label the listing shows, and the code.
    const evidence = fieldEvidence(
      'contract',
      offer.contract.label && offer.contract.label.toUpperCase() !== kind
        ? `${offer.contract.label} (${kind})`
        : `${kind}`,
    );
    if (kind === 'LIB' || kind === 'CCE') {
      // Independent work is offered, not employment (taxonomy: honest LIB offers are not_a_job); likely only, as
      // a liberal practice (a surgeon joining a clinic) is still real work.
      return {
        rule: 'not_a_job.independent_activity',
        severity: 'likely',
        evidence,
        reference: 'Code du travail, art. L5331-3',
        explanation:
          "L'annonce propose une activité indépendante (profession libérale ou commerciale), pas un emploi salarié : pas de salaire garanti ni de contrat de travail.",
      };
    }
    if (kind !== 'FRA' && kind !== 'REP') return null;
    return {
      rule: kind === 'FRA' ? 'not_a_job.franchise_contract' : 'not_a_job.business_takeover_contract',
      evidence,
      explanation:
        kind === 'FRA'
          ? "C'est une franchise : le candidat achète le droit d'exploiter une enseigne, ce n'est pas un emploi salarié."
          : "C'est une reprise d'entreprise : le candidat rachète une activité, ce n'est pas un emploi salarié.",
    };
  },
  examples: {
    positive: [
      { contractType: 'FRA', quote: 'Type de contrat : FRA' },
      {
        contractType: 'LIB',
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        quote: 'Type de contrat : Profession libérale (LIB)',
      },
    ],
    negative: [
      { contractType: 'CDI', why: 'an employment contract' },
      { contractType: 'DIN', why: 'a CDI intérimaire is employment' },
    ],
  },
};
