import { bothSides, fieldEvidence, textEvidence } from '../engine/evidence.js';
import { quoteText } from '../engine/prepared-offer.js';
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

/**
 * What a "Profession libérale" (LIB) or "Profession commerciale" (CCE) code proves is a status, not the absence of a
 * job: a training body hiring a freelance trainer to give its courses, or a school its visiting teachers, buys work
 * it pays for. No job is offered when the candidate works on his own account, and the offer says so in words of
 * that world: his own business or clientele ("votre propre activité", "vous êtes votre propre patron"), pay taken
 * from his sales or fees (commission, rétrocession, a share of the turnover: "rémunération de 60 à 90 %"), a
 * libéral practice ("exercice libéral, secteur 1 ou 2"), a franchise, a mandate (agent commercial, mandataire),
 * the pitch of independence ("franchissez le pas vers l'indépendance"), selling in a network ("vente à domicile",
 * "développez votre propre équipe"), or the candidate paying (a training "à financer (CPF accepté)", a service
 * "moyennant un forfait", a monthly subscription). "Indépendant" or "auto-entrepreneur" alone is the status again
 * (a freelance trainer is one), not a sign.
 */
const OWN_ACCOUNT =
  /\b(?:votre|ton|sa|son|leur) propre (?:activite|entreprise|patron|chef|agence|cabinet|business|structure|reseau|clientele|patientele|societe|affaire|succes|equipe)\b|\bpropre patron\b|\bentreprenez\b|\bentrepreneur dans l'ame\b|\besprit d'entrepreneur\b|\bdevenez entrepreneur\b|\bindependance\b|\b(?:exercice|activite|collaboration|installation|pratique) liberale?\b|\bsecteur (?:1|2|i|ii) (?:ou (?:1|2|i|ii)|conventionne)\b|\bcommissions?\b|\bchiffre d'affaires\b|\bretrocession\b|\b(?:votre|ta|sa) (?:propre )?(?:clientele|patientele)\b|\bfranchises?\b|\bredevance\b|\bmandataire\b|\bagents? commerciaux\b|\bagent commercial\b|\ba (?:votre|ton|son) compte\b|\bremuneration[^.;]{0,30}\b\d{1,3} ?%|\bvente (?:a domicile|directe|en reunion)\b|\b(?:votre|ton|avec le|via le|grace au) cpf\b|\bcpf accepte\b|\bformation[^.;]{0,30}\ba (?:financer|vos frais|votre charge)\b|\bmoyennant (?:un|une) (?:forfait|participation|somme|paiement|abonnement|cotisation)\b|\bvotre recherche d'emploi\b|\babonnement (?:de \d|mensuel)/;

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
  detect(prepared, facts) {
    const { offer } = prepared;
    // The code, or the label of either era when the code is missing ("Profession libérale", "Franchise").
    const kind = facts.contract.kind;
    if (kind !== 'LIB' && kind !== 'CCE' && kind !== 'FRA' && kind !== 'REP') return null;
    // "Type de contrat : Profession libérale (LIB)": the label the listing shows, and the code.
    const evidence = fieldEvidence(
      'contract',
      offer.contract.label && offer.contract.label.toUpperCase() !== kind
        ? `${offer.contract.label} (${kind})`
        : `${kind}`,
    );
    if (kind === 'LIB' || kind === 'CCE') {
      // The status alone may be a freelance job for the recruiter; the text must say the candidate works for
      // himself. Likely only, as a liberal practice (a surgeon joining a clinic) is still real work.
      const sign = OWN_ACCOUNT.exec(prepared.text);
      if (!sign) return null;
      return {
        rule: 'not_a_job.independent_activity',
        severity: 'likely',
        evidence: bothSides(
          evidence,
          textEvidence(quoteText(prepared, sign.index, sign.index + sign[0].length)),
        ),
        reference: 'Code du travail, art. L5331-3',
        explanation:
          "L'annonce propose une activité indépendante (profession libérale ou commerciale) où le candidat travaille pour son propre compte, pas un emploi salarié : pas de salaire garanti ni de contrat de travail.",
      };
    }
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
        // No code: the label of either era names the type (facts/contract.ts).
        description: 'Exercice libéral en cabinet de groupe, patientèle existante.',
        offer: { contract: { type: null, label: 'Profession libérale', nature: null, alternance: null } },
        quote:
          'Type de contrat : Profession libérale (LIB) ; Texte : « Exercice libéral en cabinet de groupe, patientèle… »',
      },
      {
        // Real (2025): a surgeon's libéral practice in a clinic.
        description:
          'Haute-Savoie, Nord-Ouest Annecy. Exercice libéral, secteur 1 ou 2. Chir pied / cheville.',
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        quote:
          'Type de contrat : Profession libérale (LIB) ; Texte : « Haute-Savoie, Nord-Ouest Annecy. Exercice libéral, secteur 1 ou 2. Chir pied… »',
      },
      {
        // Real (2025): a network of car-sale agents paid on commission.
        description:
          'Une rémunération attractive et non plafonnée : 70 % de la commission vous revient sur chaque vente.',
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        quote:
          'Type de contrat : Profession libérale (LIB) ; Texte : « …non plafonnée : 70 % de la commission vous revient sur chaque vente. »',
      },
      {
        // Real (2025): an estate agents' network, paid a share of the turnover.
        description: 'Rémunération évolutive de 60 à 90%. Un local peut être mis à votre disposition.',
        offer: {
          contract: { type: 'CCE', label: 'Profession commerciale', nature: null, alternance: null },
        },
        quote:
          'Type de contrat : Profession commerciale (CCE) ; Texte : « Rémunération évolutive de 60 à 90%. Un local peut être mis à… »',
      },
      {
        description:
          'En tant que recruteur indépendant, vous développez votre propre activité de recrutement.',
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        quote:
          'Type de contrat : Profession libérale (LIB) ; Texte : « …indépendant, vous développez votre propre activité de recrutement. »',
      },
      {
        description: 'Vendeuse à domicile : rejoignez notre réseau de vente directe de cosmétiques bio.',
        offer: {
          contract: { type: 'CCE', label: 'Profession commerciale', nature: null, alternance: null },
        },
        quote:
          'Type de contrat : Profession commerciale (CCE) ; Texte : « …rejoignez notre réseau de vente directe de cosmétiques bio. »',
      },
      {
        description:
          'Devenez conseiller en immobilier : financez votre formation avec votre CPF, puis exercez.',
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        quote:
          'Type de contrat : Profession libérale (LIB) ; Texte : « …financez votre formation avec votre CPF, puis exercez. »',
      },
      {
        description:
          'Coach emploi : nous vous accompagnons dans votre recherche d’emploi moyennant un forfait de 490 €.',
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        quote:
          'Type de contrat : Profession libérale (LIB) ; Texte : « …nous vous accompagnons dans votre recherche d’emploi moyennant un forfait de 490… »',
      },
    ],
    negative: [
      { contractType: 'CDI', why: 'an employment contract' },
      { contractType: 'DIN', why: 'a CDI intérimaire is employment' },
      {
        description:
          'Organisme de formation recherche un formateur d’anglais pour des formations éligibles au CPF, en présentiel.',
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        why: 'the courses the trainer gives are eligible to the CPF; the trainer pays nothing and is paid',
      },
      {
        // Real (France Travail, 2025).
        description:
          "Organisme de formation certifié Qualiopi recherche un/une formateur/formatrice expérimenté(e) maîtrisant parfaitement le Pack Office afin de dispenser des formations individuelles et collectives sur le secteur d'Annecy et Haute-Savoie. Rémunération en fonction de l'expérience.",
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        why: 'a training body buys a freelance trainer’s work: the status is libéral, the work is offered and paid',
      },
      {
        description:
          'Formateur indépendant (statut auto-entrepreneur) pour animer nos sessions de formation SST, rémunération à la journée.',
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        why: '"indépendant" and "auto-entrepreneur" restate the status: the sessions are the recruiter’s',
      },
      {
        description:
          'Professeur de piano pour notre école de musique, cours le mercredi, rémunération horaire.',
        offer: { contract: { type: 'LIB', label: 'Profession libérale', nature: null, alternance: null } },
        why: 'a school pays its visiting teacher for its own pupils',
      },
    ],
  },
};
