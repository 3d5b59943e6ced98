import { fieldEvidence } from '../engine/evidence.js';
import { employerNamed } from '../facts/employer-name.js';
import type { OfferRule } from '../rule.js';

const NO_NAME = fieldEvidence('employer', '(non renseignée)');
const UNNAMED = { name: null, description: null, url: null, adapted: null };
const PARTNER = { kind: 'partner', url: null, partners: [{ name: 'METEOJOB', url: null }] };

/**
 * A partner's offer with no `entreprise.nom` and no employer named anywhere else a jobseeker reads: the text, the
 * employer's description, or the partner itself when the partner is the employer (facts/employer-name.ts). A
 * named temp agency or recruitment firm is a named employer ("Manpower recherche pour son client"): only "notre
 * client, acteur majeur du secteur" with no name anywhere is anonymous.
 */
export const anonymousEmployerRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'anonymous_employer.unnamed',
    category: 'anonymous_employer',
    severity: 'certain',
    explanation:
      "L'offre, publiée par un site partenaire, ne nomme l'employeur nulle part (ni dans la fiche, ni dans le texte) : le candidat ne sait pas à qui il postule.",
    detect(prepared) {
      const { offer } = prepared;
      if (offer.origin.kind !== 'partner' || offer.employer.name) return null;
      if (employerNamed(offer)) return null;
      const interim = offer.contract.type === 'MIS';
      if (!interim) return { rule: 'anonymous_employer.partner_offer', evidence: NO_NAME };
      // A temp agency must name itself (L5332-3); other anonymous offers are lawful but leave the jobseeker blind.
      return {
        rule: 'anonymous_employer.temp_agency_unnamed',
        evidence: NO_NAME,
        reference: 'Code du travail, art. L5332-3',
        explanation:
          "Cette mission d'intérim ne nomme nulle part l'agence qui la propose, alors que la loi l'exige.",
      };
    },
    examples: {
      positive: [
        {
          offer: { origin: PARTNER, employer: UNNAMED },
          quote: NO_NAME,
        },
        {
          // Real (Meteojob, 2025): the client and the agency both unnamed.
          description:
            "Notre client, entreprise leader en France et à l'international dans le secteur de l'environnement, recherche son nouveau Technicien de maintenance pour son site de Marignier (Haute-Savoie).",
          offer: { origin: PARTNER, employer: UNNAMED },
          quote: NO_NAME,
        },
        {
          // Real (Meteojob, 2025): a certification is not a name.
          description:
            'Organisme de formation certifié Qualiopi recherche un/une formateur/formatrice expérimenté(e) maîtrisant parfaitement le Pack Office.',
          offer: { origin: PARTNER, employer: UNNAMED },
          quote: NO_NAME,
        },
        {
          // Real (Club Officine, 2025): "Pharmacie d'Officine" is a kind of shop, not its name.
          title: "Préparateur / Préparatrice en pharmacie d'officine (H/F)",
          description:
            "Nous cherchons activement un Préparateur en Pharmacie (H/F) pour occuper un poste en Pharmacie d'Officine sous un contrat CDI à Temps partiel (25 h/semaine) sur THONON-LES-BAINS (74200).",
          offer: { origin: PARTNER, employer: UNNAMED },
          quote: NO_NAME,
        },
      ],
      negative: [
        {
          offer: { employer: UNNAMED },
          why: 'France Travail itself may publish an offer without the employer’s name (the agency knows it)',
        },
        {
          // Real (Meteojob, 2025).
          description:
            'Description du poste : ✨Nous sommes. Auchan Retail France, une entreprise de distribution de plus de 50 000 collaborateurs.',
          offer: { origin: PARTNER, employer: UNNAMED },
          why: 'the employer names itself in the text ("Auchan Retail France, une entreprise…")',
        },
        {
          // Real (Dalkia, 2025).
          description: 'Rejoignez Dalkia et devenez un acteur clé de la transition énergétique !',
          offer: {
            origin: { kind: 'partner', url: null, partners: [{ name: 'DALKIA', url: null }] },
            employer: UNNAMED,
          },
          why: 'the partner is the employer, and names itself',
        },
        {
          // Real (Meteojob, 2025): a temp agency named in the employer's description.
          description: 'Description du poste : POSTE DE NUIT : horaires entre 18h et 4h00 du matin.',
          offer: {
            origin: PARTNER,
            employer: {
              ...UNNAMED,
              description:
                "L'agence RANDSTAD de St-Pierre-En-Faucigny recherche pour le compte de son client, primeurs de la Vallée de l'Arve un PREPARATEUR DE COMMANDES (F/H)",
            },
          },
          why: 'a named temp agency recruiting for its client is a named employer (L5332-3 asks the agency’s name)',
        },
        {
          description: 'La Clinique Générale d’Annecy recrute un(e) infirmier(e) de bloc opératoire.',
          offer: { origin: PARTNER, employer: UNNAMED },
          why: 'an organisation named by its kind and its name ("La Clinique Générale d’Annecy recrute")',
        },
        {
          // Real (Indeed, 2025).
          description:
            'En tant que serveur, vous serez l’ambassadeur de l’expérience client chez Buffalo Grill.',
          offer: { origin: PARTNER, employer: UNNAMED },
          why: '"chez X" names the employer',
        },
        {
          // Real (Meteojob, 2025): a recruiter signing the offer.
          description:
            "Mon client recherche un poseur expérimenté.\nHubert Perrier, recruteur indépendant à Annecy (Mercato de l'Emploi).",
          offer: { origin: PARTNER, employer: UNNAMED },
          why: 'an independent recruiter who names himself is named (like an agency)',
        },
        {
          // Real (Apecita, 2025).
          description: 'botanic® est une entreprise familiale qui vit sur des valeurs humaines.',
          offer: { origin: PARTNER, employer: UNNAMED },
          why: 'a brand mark names a brand, even in lower case',
        },
        {
          description: "Lidl recrute pour son magasin d'Annecy un(e) employé(e) polyvalent(e).",
          offer: { origin: PARTNER, employer: UNNAMED },
          why: '"X recrute" at the head of a sentence names the employer',
        },
      ],
    },
  },
];
