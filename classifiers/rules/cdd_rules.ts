import { fieldEvidence, textEvidence } from '../engine/evidence.js';
import { normaliseWithMap, quoteOriginal } from '../engine/normalise.js';
import { quoteText } from '../engine/prepared-offer.js';
import { isFixedTerm, PATH_TO_CDI, PATH_TO_CDI_RAW_WORDS } from '../facts/contract.js';
import type { OfferRule } from '../rule.js';

/** More ways a fixed term is sold as a way in: "poste en vue de CDI", "intégrer ses équipes sur le long terme". */
const WAY_IN =
  /\ben vue (?:d'un |de )?(?:cdi|contrat a duree indeterminee)\b|\bintegrer (?:ses|nos|leurs) equipes (?:sur le long terme|durablement|de facon durable)\b|\bevolution (?:de|du) contrat (?:en|a la) fin de (?:la )?(?:saison|mission|contrat)\b/;

/** The listing most examples below are read against: "CDD - 6 Mois". */
const SIX_MONTH_CDD = {
  type: 'CDD',
  label: 'CDD - 6 Mois',
  nature: 'Contrat travail',
  alternance: false,
} as const;

export const cddRulesRules: readonly OfferRule[] = [
  {
    kind: 'offer',
    id: 'cdd_rules.path_to_cdi',
    category: 'cdd_rules',
    severity: 'certain',
    reference: 'Code du travail, art. L1242-1 (CDD), L1251-5 (intérim)',
    explanation:
      "Un CDD ou une mission d'intérim ne peut pas servir à pourvoir un emploi durable de l'entreprise : le présenter comme une étape vers un CDI est contraire aux règles de ces contrats.",
    detect(prepared, facts) {
      if (!isFixedTerm(facts.contract.kind)) return null;
      // A public employer's contracts are public law: the Code du travail's CDD rules do not bind them.
      // Read only once a phrase is found: most fixed-term offers have none.
      const publicLaw = () => Boolean(facts.employer.publicEmployer || facts.employer.teacherService);
      // The phrase itself is a fact (facts/contract.ts, PATH_TO_CDI): contract_mismatch reads it too.
      const match = facts.pathToCdi;
      if (match)
        return publicLaw()
          ? null
          : { evidence: textEvidence(quoteText(prepared, match.index, match.index + match[0].length)) };
      const text = prepared.text;
      const wayIn =
        text.includes('en vue') || text.includes('integrer') || text.includes('evolution')
          ? WAY_IN.exec(text)
          : null;
      if (wayIn && !publicLaw())
        return {
          rule: 'cdd_rules.way_in',
          severity: 'likely',
          evidence: textEvidence(quoteText(prepared, wayIn.index, wayIn.index + wayIn[0].length)),
          explanation:
            "Le contrat à durée limitée est présenté comme une porte d'entrée vers un emploi durable, ce que les règles du CDD et de l'intérim interdisent, sauf si le contrat a son propre motif légal (saison, remplacement).",
        };
      // Partner feeds put the ad's first paragraph in the employer's description (0655207).
      const about = prepared.offer.employer.description;
      if (about && PATH_TO_CDI_RAW_WORDS.test(about)) {
        const normalised = normaliseWithMap(about);
        const found = PATH_TO_CDI.exec(normalised.text);
        if (found && !publicLaw())
          return {
            evidence: textEvidence(
              quoteOriginal(normalised, found.index, found.index + found[0].length),
              'employerDescription',
            ),
          };
      }
      return null;
    },
    examples: {
      positive: [
        {
          text: 'CDD de 6 mois pouvant déboucher sur un CDI.',
          offer: {
            contract: SIX_MONTH_CDD,
          },
          quote: 'Texte : « CDD de 6 mois pouvant déboucher sur un CDI. »',
        },
        {
          // Neither "CDI" nor "embauche": the path is said by "évolutif", or by the CDI spelt out.
          text: 'Poste de magasinier en CDD évolutif, démarrage rapide.',
          offer: {
            contract: SIX_MONTH_CDD,
          },
          quote: 'Texte : « Poste de magasinier en CDD évolutif, démarrage rapide. »',
        },
        {
          text: 'Contrat de 6 mois avec évolution en contrat à durée indéterminée.',
          offer: {
            contract: SIX_MONTH_CDD,
          },
          quote: 'Texte : « Contrat de 6 mois avec évolution en contrat à durée indéterminée. »',
        },
        {
          // 0655207: the ad's first paragraph sits in the employer's description.
          offer: {
            contract: SIX_MONTH_CDD,
            employer: {
              name: 'Magasin Test',
              description: 'Poste en CDD pouvant évoluer sur un CDI.',
              url: null,
              adapted: null,
            },
          },
          quote: "Présentation de l'entreprise : « Poste en CDD pouvant évoluer sur un CDI. »",
        },
      ],
      negative: [
        {
          text: 'CDI pouvant évoluer vers un poste de chef d’équipe.',
          why: 'a CDI listing: the path to a CDI only matters for a fixed-term contract',
        },
        {
          text: 'CDD de 6 mois, remplacement d’un congé maternité.',
          offer: {
            contract: SIX_MONTH_CDD,
          },
          why: 'a lawful replacement, with no hire promised',
        },
        {
          text: 'Contrat de 12 mois, possibilité de titularisation à l’issue.',
          offer: {
            contract: { type: 'CDD', label: 'CDD - 12 Mois', nature: 'Contrat travail', alternance: false },
            employer: { name: 'MAIRIE DE FAVERGES', description: null, url: null, adapted: null },
          },
          why: 'a commune hiring a public-law agent: CDD rules of the Code du travail do not bind it',
        },
      ],
    },
  },
  {
    kind: 'offer',
    id: 'cdd_rules.over_18_months',
    category: 'cdd_rules',
    severity: 'likely',
    explanation: "La durée affichée dépasse les 18 mois qu'autorise la loi, sauf cas particuliers.",
    detect(prepared, facts) {
      const contract = facts.contract;
      const months = contract.durationDays !== null ? contract.durationDays / 30 : null;
      if (months === null || contract.alternance || (contract.kind !== 'MIS' && contract.kind !== 'CDD'))
        return null;
      if (months <= 18) return null;
      // A commune's 36-month contract (196DCDS) is public law (Code général de la fonction publique, L332-8…).
      if (facts.employer.publicEmployer) return null;
      const interim = contract.kind === 'MIS';
      return {
        rule: interim ? 'cdd_rules.interim_over_18_months' : 'cdd_rules.cdd_over_18_months',
        // 24 and 36 months exist for some cases (CDD à objet défini, missions abroad, awaiting a hire).
        severity: interim && months > 24 ? 'certain' : 'likely',
        evidence: fieldEvidence(
          'contract',
          prepared.offer.contract.label ?? prepared.offer.contract.type ?? '',
        ),
        reference: interim ? 'Code du travail, art. L1251-12' : 'Code du travail, art. L1242-8',
        explanation: `La durée affichée (${contract.durationText}) dépasse les 18 mois qu'autorise la loi, sauf cas particuliers.`,
        details: { months },
      };
    },
    examples: {
      positive: [
        {
          offer: {
            contract: { type: 'CDD', label: 'CDD - 24 Mois', nature: 'Contrat travail', alternance: false },
          },
          quote: 'Type de contrat : CDD - 24 Mois',
        },
      ],
      negative: [
        {
          offer: {
            contract: {
              type: 'CDD',
              label: 'CDD - 24 Mois',
              nature: 'Contrat apprentissage',
              alternance: true,
            },
          },
          why: 'an apprenticeship has its own lengths, up to three years',
        },
        {
          offer: {
            contract: { type: 'CDD', label: 'CDD - 18 Mois', nature: 'Contrat travail', alternance: false },
          },
          why: '18 months is the limit itself',
        },
        {
          offer: {
            contract: { type: 'CDD', label: 'CDD - 36 Mois', nature: 'Contrat travail', alternance: false },
            employer: { name: 'COMMUNE LA ROCHE', description: null, url: null, adapted: null },
          },
          why: "a commune's contract is public law, not a CDD of the Code du travail",
        },
      ],
    },
  },
];
