import type { Severity } from '../../model/flag.js';
import type { PreparedOffer } from '../engine/prepared-offer.js';
import type { TextRule } from '../rule.js';

/** Signs of subordination: fixed hours, a manager, a workplace, a uniform (Cass. 2e civ. 7 juill. 2016). */
const SUBORDINATION =
  /\bhoraires? (?:fixes?|imposes?|de travail ?:)|\bsous la (?:responsabilite|direction|supervision)\b|\bmanager\b|\bresponsable (?:hierarchique|de (?:salle|magasin|secteur|equipe|site|boutique))\b|\bchef d'equipe\b|\bplanning (?:impose|fourni|etabli|defini)\b|\bdu lundi au (?:vendredi|samedi)\b|\bde \d{1,2} ?h ?\d{0,2} a \d{1,2} ?h\b|\bau sein de (?:notre|l'|nos) (?:equipe|magasin|restaurant|entrepot|agence)s?\b|\bpointage\b|\buniforme\b|\btenue (?:fournie|exigee|imposee)\b|\b\d{2} ?h(?:eures)? (?:par|\/) ?semaine\b/;
const SALARIED = new Set(['CDI', 'CDD', 'MIS', 'SAI', 'DDI', 'DIN']);

function judge(_match: RegExpExecArray, prepared: PreparedOffer): Severity | null {
  const kind = prepared.offer.contract.type?.toUpperCase() ?? '';
  if (SALARIED.has(kind)) return 'certain';
  return SUBORDINATION.test(prepared.text) ? 'certain' : null;
}

export const disguisedSelfEmploymentRules: readonly TextRule[] = [
  {
    kind: 'text',
    id: 'disguised_self_employment.status_required',
    category: 'disguised_self_employment',
    severity: 'certain',
    triggers: [
      'entrepreneur',
      'entrepreneurs',
      'autoentrepreneur',
      'autoentrepreneurs',
      'microentrepreneur',
      'microentrepreneurs',
      'siret',
      'independant',
      'freelance',
    ],
    patterns: [
      /\b(?:statut (?:d'|de )?|etre |en tant qu'|sous (?:le )?statut (?:d'|de )?|avoir le statut (?:d'|de )?|disposer du statut (?:d'|de )?|inscrit (?:en tant qu'|comme )?)(?:auto|micro)[- ]?entrepreneurs?\b/g,
      /\b(?:reserve|ouvert|destine|accessible) (?:uniquement |exclusivement |seulement )?aux (?:auto|micro)[- ]?entrepreneurs\b/g,
      /\b(?:auto|micro)[- ]?entrepreneurs? (?:obligatoire|exige|indispensable|requis|imperatif|uniquement|necessaire)\b/g,
      /\b(?:numero de )?siret (?:obligatoire|exige|indispensable|requis|necessaire)\b/g,
      /\bstatut (?:d')?independant (?:obligatoire|exige|requis|indispensable)\b|\bsous statut (?:d')?independant\b|\ben freelance (?:uniquement|obligatoire)\b/g,
    ],
    negations: [
      /\b(?:pas de|sans|aucun) statut (?:d')?(?:auto|micro)|\bcumul (?:possible )?avec (?:un|une|votre) (?:statut|activite)\b|\bretraite ou (?:auto|micro)/,
    ],
    judge,
    explanation:
      "L'offre impose le statut d'auto-entrepreneur pour un travail encadré (horaires, responsable, lieu fixe) : c'est un salariat déguisé, qui prive le travailleur de ses droits de salarié.",
    reference: 'Code du travail, art. L8221-6 ; Cass. 2e civ. 7 juill. 2016, n° 15-16.110',
    examples: {
      positive: [
        {
          description:
            'Statut auto-entrepreneur obligatoire. Horaires fixes du lundi au vendredi, sous la responsabilité du chef de salle.',
          contractType: 'LIB',
          quote: 'Statut auto-entrepreneur obligatoire. Horaires fixes…',
        },
        {
          description: 'Livreur : statut auto-entrepreneur obligatoire.',
          contractType: 'CDI',
          quote: 'Livreur : statut auto-entrepreneur obligatoire.',
        },
      ],
      negative: [
        {
          description:
            'Rejoignez notre réseau de conseillers indépendants, statut auto-entrepreneur, vous organisez votre activité librement.',
          contractType: 'LIB',
          why: 'a genuine independent activity, with no sign of subordination',
        },
        {
          description: 'Nos salariés peuvent cumuler avec une activité d’auto-entrepreneur.',
          contractType: 'CDI',
          why: 'salaried staff may also be self-employed on the side',
        },
      ],
    },
  },
];
