import { fieldEvidence, textEvidence } from '../engine/evidence.js';
import { normaliseWithMap, plainText, quoteOriginal } from '../engine/normalise.js';
import { type PreparedOffer, quoteText } from '../engine/prepared-offer.js';
import { CDI_LATER, isFixedTerm, PATH_TO_CDI, PATH_TO_CDI_RAW_WORDS } from '../facts/contract.js';
import type { OfferFacts } from '../facts/offer-facts.js';
import type { OfferRule } from '../rule.js';

/**
 * More ways a fixed term is sold as a way in: "poste en vue de CDI", "intégrer ses équipes sur le long terme", the
 * CDI or the hire put after the contract ("CDI à terme", "embauche possible à l'issue de la mission", "CDI
 * envisageable par la suite"; not "embauche à l'issue de la formation", a training before a hire).
 */
const WAY_IN =
  /\ben vue (?:d'un |de )?(?:cdi|contrat a duree indeterminee)\b|\bintegrer (?:ses|nos|leurs) equipes (?:sur le long terme|durablement|de facon durable)\b|\bevolution (?:de|du) contrat (?:en|a la) fin de (?:la )?(?:saison|mission|contrat)\b|\b(?:cdi|embauche) (?:possible |envisageable |envisagee )?(?:a terme|a l'issue (?:du contrat|de la mission|du cdd|de votre contrat|de votre mission)|par la suite)\b/;

/*
 * "catégorie B" as the employer facts read it, a civil service's grade: an offer that only says it of a driving
 * licence ("Permis de conduire de catégorie B", "permis catégorie C") is no public employer.
 */
const CIVIL_SERVICE_GRADE = /^categorie [abc]$/;
const GRADE_WORDS = /\bcategorie [abc]\b/g;
const LICENCE_BEFORE = /\bpermis (?:de conduire )?(?:de |du |d'une )?(?:la )?$/;

/** A public employer's contracts are public law: the Code du travail's CDD rules do not bind them. */
function isPublicLaw(prepared: PreparedOffer, facts: OfferFacts): boolean {
  const { publicEmployer, teacherService } = facts.employer;
  if (teacherService) return true;
  if (!publicEmployer) return false;
  if (!CIVIL_SERVICE_GRADE.test(publicEmployer)) return true;
  const all = `${prepared.text}\n${plainText(prepared.offer.employer.description ?? '')}`;
  for (const grade of all.matchAll(GRADE_WORDS))
    if (!LICENCE_BEFORE.test(all.slice(Math.max(0, grade.index - 30), grade.index))) return true;
  return false;
}

/** A training comes before the CDI: "préparation opérationnelle à l'emploi", "après une période de formation". */
const TRAINING_FIRST =
  /\b(?:poei|afpr|preparation operationnelle|(?:apres|a l'issue d'|a l'issue de|suite a) (?:une |la |votre |ta )?(?:periode de )?formation)\b/;

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
      const publicLaw = () => isPublicLaw(prepared, facts);
      // The phrase itself is a fact (facts/contract.ts, PATH_TO_CDI): contract_mismatch reads it too.
      const match = facts.pathToCdi;
      if (match)
        return publicLaw()
          ? null
          : { evidence: textEvidence(quoteText(prepared, match.index, match.index + match[0].length)) };
      const text = prepared.text;
      const wayIn =
        text.includes('en vue') ||
        text.includes('integrer') ||
        text.includes('evolution') ||
        text.includes('cdi') ||
        text.includes('embauche')
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
          // 0655207-like: "catégorie B" of a driving licence is no civil service grade.
          text: 'Permis de conduire de catégorie B exigé. CDD de 6 mois pouvant déboucher sur un CDI.',
          offer: {
            contract: SIX_MONTH_CDD,
          },
          quote: 'Texte : « …conduire de catégorie B exigé. CDD de 6 mois pouvant déboucher sur un CDI. »',
        },
        {
          text: 'Contrat de 3 mois, CDI à terme pour le bon candidat.',
          offer: {
            contract: SIX_MONTH_CDD,
          },
          quote: 'Texte : « Contrat de 3 mois, CDI à terme pour le bon candidat. »',
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
          text: 'Préparation opérationnelle à l’emploi de 400 heures, embauche à l’issue de la formation.',
          offer: {
            contract: SIX_MONTH_CDD,
          },
          why: 'a hire after a training, not after the contract',
        },
        {
          text: 'Agent d’entretien de catégorie C, permis B. CDD de 6 mois pouvant déboucher sur une titularisation.',
          offer: {
            contract: SIX_MONTH_CDD,
          },
          why: 'a civil service grade: a public employer, whose contracts are public law',
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
    id: 'cdd_rules.cdi_after_fixed_term',
    category: 'cdd_rules',
    severity: 'likely',
    reference: 'Code du travail, art. L1242-1 (CDD), L1251-5 (intérim)',
    explanation:
      "L'offre est affichée en CDI mais son texte fait d'abord passer le candidat par un autre contrat (mission d'intérim, CDD) « en vue » du CDI : un contrat à durée limitée ne peut pas servir à pourvoir, à l'essai, un emploi durable de l'entreprise.",
    detect(prepared, facts) {
      // A CDI listing whose text puts the CDI later (ANNOTATION.md, hard call 7): the job starts under a fixed
      // term sold as the way in, which is what path_to_cdi finds on a fixed-term listing. Not a CDI intérimaire, nor
      // an apprenticeship "en vue d'une embauche": its own contract, with its own rules (L6221-1).
      const contract = facts.contract;
      if (contract.kind !== 'CDI' || contract.alternance || prepared.text.includes('cdi interimaire'))
        return null;
      const text = prepared.text;
      const match = CDI_LATER.exec(text);
      if (!match || isPublicLaw(prepared, facts)) return null;
      // A training before the hire (a POEI, "en vue de CDI après une période de formation") is no fixed term.
      if (TRAINING_FIRST.test(text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 60)))
        return null;
      return { evidence: textEvidence(quoteText(prepared, match.index, match.index + match[0].length)) };
    },
    examples: {
      positive: [
        {
          // 0654575: a temp agency's CDI listing.
          text: 'Nous recrutons pour notre client un(e) Standardiste dans le cadre d’un poste en vue de CDI.',
          quote: 'Texte : « …dans le cadre d’un poste en vue de CDI. »',
        },
        {
          text: 'Mission d’intérim de 3 mois pouvant déboucher sur un CDI chez notre client.',
          quote: 'Texte : « Mission d’intérim de 3 mois pouvant déboucher sur un CDI chez notre client. »',
        },
        {
          text: 'Poste de cariste, pré-embauche, démarrage lundi.',
          quote: 'Texte : « Poste de cariste, pré-embauche, démarrage lundi. »',
        },
      ],
      negative: [
        {
          text: 'Nous vous embauchons en CDI dès votre arrivée, CDI à la clé.',
          why: '"embauche en CDI" and "CDI à la clé" are the CDI itself',
        },
        {
          text: 'Poste en CDD pouvant évoluer sur un CDI.',
          offer: { contract: SIX_MONTH_CDD },
          why: 'a fixed-term listing: path_to_cdi finds it, not this rule',
        },
        {
          text: 'Poste en vue de CDI après une période de formation de 400 heures (POEI).',
          why: 'a training before the hire, not a fixed-term contract',
        },
        {
          text: 'CDI intérimaire en vue de CDI chez notre client.',
          why: 'a CDI intérimaire is a CDI with the agency: no fixed term comes first',
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
