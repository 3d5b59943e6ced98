import { fieldEvidence } from '../engine/evidence.js';
import { employerNamed, fieldNamesNobody } from '../facts/employer-name.js';
import type { OfferRule } from '../rule.js';

const NO_NAME = fieldEvidence('employer', '(non renseignée)');
const UNNAMED = { name: null, description: null, url: null, adapted: null };
const PARTNER = { kind: 'partner', url: null, partners: [{ name: 'METEOJOB', url: null }] };

/**
 * An offer that names no employer anywhere a jobseeker reads: no `entreprise.nom` (or one that names nobody: the
 * franchisee of a brand, "Confidentiel", the job board itself), and no employer named in the text, the employer's
 * description, or as the partner when the partner is the employer (facts/employer-name.ts). A named temp agency or
 * recruitment firm is a named employer ("Manpower recherche pour son client"): only "notre client, acteur majeur
 * du secteur" with no name anywhere is anonymous.
 *
 * Only partners' offers: the taxonomy counts "no employer named anywhere on an offer not posted by France Travail
 * itself". An offer posted at France Travail (origine 1) is published by the agency, to which the employer gave its
 * name and address (L5332-2), so an anonymous one there is the lawful anonymity the law provides for; a partner's
 * anonymous offer has no such publisher. An offer of unknown origin (a pasted text) says nothing of the listing.
 */
const NO_NAME_FIELD: Record<'network' | 'placeholder' | 'job_board', string> = {
  network: 'désigne le réseau ou la marque dont l’employeur est membre, pas l’employeur lui-même',
  placeholder: 'ne donne aucun nom',
  job_board: 'est le site d’annonces qui diffuse l’offre, pas l’employeur',
};

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
      if (offer.origin.kind !== 'partner') return null;
      const nobody = fieldNamesNobody(offer);
      if (offer.employer.name && !nobody) return null;
      if (employerNamed(offer)) return null;
      const evidence = nobody ? fieldEvidence('employer', offer.employer.name ?? '') : NO_NAME;
      const field = nobody
        ? `Le nom affiché (« ${offer.employer.name} ») ${NO_NAME_FIELD[nobody]}, et le texte ne nomme pas l'employeur`
        : null;
      if (offer.contract.type === 'MIS') {
        // A temp agency must name itself (L5332-3); other anonymous offers are lawful but leave the jobseeker blind.
        return {
          rule: 'anonymous_employer.temp_agency_unnamed',
          evidence,
          reference: 'Code du travail, art. L5332-3',
          explanation: field
            ? `${field} : cette mission d'intérim ne nomme pas l'agence qui la propose, alors que la loi l'exige.`
            : "Cette mission d'intérim ne nomme nulle part l'agence qui la propose, alors que la loi l'exige.",
        };
      }
      return {
        rule: 'anonymous_employer.partner_offer',
        evidence,
        ...(field ? { explanation: `${field} : le candidat ne sait pas à qui il postule.` } : {}),
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
        {
          // A kind of firm is not its name (the words of a real France Travail offer, 2025, on a partner's).
          description:
            "Notre entreprise artisanale et familiale recherche un collaborateur ou une collaboratrice pour intégrer l'équipe de pâtisserie.",
          offer: { origin: PARTNER, employer: UNNAMED },
          quote: NO_NAME,
        },
        {
          // Real (Digital Recruiters, 2025): the franchisee of a brand, the brand's network, no hotel named.
          description:
            'Afin de compléter notre équipe, nous recherchons un réceptionniste de nuit en cdi à mi-temps.\nCarte collaborateur Heartists: Réduction dans les hôtels et restaurant du groupe Accor et ses partenaires.',
          offer: {
            origin: PARTNER,
            employer: {
              ...UNNAMED,
              name: 'Franchisé Accor',
              description: "Hôtel indépendant membre d'un réseau de franchise d'une enseigne Accor",
            },
          },
          quote: 'Entreprise : Franchisé Accor',
        },
        {
          description:
            'Notre restaurant, franchisé de l’enseigne Burger Club, recrute un équipier polyvalent.',
          offer: { origin: PARTNER, employer: UNNAMED },
          quote: NO_NAME,
        },
        {
          // Real (Meteojob, 2025): the name field holds the job board, which the text presents as such.
          description:
            "Le site internet concepteur-vendeur.fr est spécialisé dans la diffusion d'offres d'emploi dans le secteur de l'habitat.\nUne enseigne nationale recherche un commercial pour vendre des agencements d'intérieur.",
          offer: {
            origin: PARTNER,
            employer: { ...UNNAMED, name: 'Concepteur Vendeur', description: 'Concepteur Vendeur' },
          },
          quote: 'Entreprise : Concepteur Vendeur',
        },
        {
          description: 'Société en pleine croissance recherche un technicien de maintenance.',
          offer: { origin: PARTNER, employer: { ...UNNAMED, name: 'Entreprise confidentielle' } },
          quote: 'Entreprise : Entreprise confidentielle',
        },
      ],
      negative: [
        {
          // Real (France Travail, 2025): the agency, not the jobseeker, holds the employer's name.
          description:
            "Notre entreprise artisanale et familiale recherche un collaborateur ou une collaboratrice pour intégrer l'équipe de pâtisserie.",
          offer: { employer: UNNAMED },
          why: 'an offer posted at France Travail itself is out of the category (taxonomy; the employer gave its name to the agency, L5332-2)',
        },
        {
          description: 'Afin de compléter notre équipe, nous recrutons un(e) secrétaire.',
          offer: { employer: UNNAMED, origin: { kind: null, url: null, partners: [] } },
          why: 'an offer of unknown origin (a text pasted into `vigie check`) may have shown the name elsewhere',
        },
        {
          // Real (Digital Recruiters, 2025).
          description:
            'Nous recherchons pour notre hôtel Mercure Annecy Sud à Annecy un Plongeur F/H, en CDI à 39H.',
          offer: {
            origin: PARTNER,
            employer: {
              ...UNNAMED,
              name: 'Franchisé Accor',
              description: "Hôtel indépendant membre d'un réseau de franchise d'une enseigne Accor",
            },
          },
          why: 'the franchised hotel names itself in the text ("notre hôtel Mercure Annecy Sud")',
        },
        {
          description:
            'Retrouvez toutes nos offres sur le site carrefour-recrute.fr, dédié à la diffusion de nos offres d’emploi.',
          offer: { origin: PARTNER, employer: { ...UNNAMED, name: 'Carrefour' } },
          why: 'an employer’s own recruitment site ("nos offres") is not a job board: the name field names it',
        },
        {
          description: 'Le magasin Intermarché de Sallanches recrute un boucher.',
          offer: { origin: PARTNER, employer: UNNAMED },
          why: 'a store of a brand, named in the text ("Le magasin Intermarché de Sallanches recrute")',
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
