import type { InEachLanguage, Language } from '../lib/messages.js';
import type { CategoryId } from '../model/taxonomy.js';

/**
 * What a jobseeker can do about each kind of problem, as data: who to ask or alert, in plain French (and English,
 * for `vigie check --lang en`). Written for someone about to apply, not for a lawyer; the legal article is shown
 * separately, next to the quoted text.
 */
export type ActionId =
  | 'ask_employer'
  | 'report_france_travail'
  | 'defenseur_des_droits'
  | 'labour_inspectorate'
  | 'never_pay'
  | 'police_report'
  | 'keep_private'
  | 'apply_once'
  | 'check_still_open'
  | 'know_the_contract';

export interface Action {
  id: ActionId;
  /** One sentence, imperative, in French (the verdict's JSON and the web page say it so). */
  text: string;
  /** Where to do it, when there is a public page for it. */
  url?: string;
}

/** Each action in French and in English, side by side: a sentence cannot exist in one language only. */
const ACTION_TEXTS: Readonly<Record<ActionId, { text: InEachLanguage; url?: string }>> = {
  ask_employer: {
    text: {
      fr: 'Demandez des précisions à l’employeur, par écrit de préférence, avant de postuler ou de signer.',
      en: 'Ask the employer for details, in writing if you can, before you apply or sign.',
    },
  },
  report_france_travail: {
    text: {
      fr: 'Signalez l’offre à France Travail : depuis la page de l’offre, ou à votre conseiller par la messagerie de votre espace personnel.',
      en: 'Report the offer to France Travail: from the offer’s page, or to your adviser through the messages of your personal space.',
    },
    url: 'https://candidat.francetravail.fr/',
  },
  defenseur_des_droits: {
    text: {
      fr: 'Contactez le Défenseur des droits, gratuitement : 39 28 ou antidiscriminations.fr. Il traite les discriminations à l’embauche.',
      en: 'Contact the Défenseur des droits (the French rights ombudsman), free of charge: 39 28 or antidiscriminations.fr. It deals with discrimination in hiring.',
    },
    url: 'https://www.antidiscriminations.fr/',
  },
  labour_inspectorate: {
    text: {
      fr: 'Contactez l’inspection du travail (service de renseignement en droit du travail de la DREETS de votre région) : elle contrôle les salaires et les contrats.',
      en: 'Contact the labour inspectorate (the labour law information service of your region’s DREETS): it checks wages and contracts.',
    },
    url: 'https://code.travail.gouv.fr/',
  },
  never_pay: {
    text: {
      fr: 'Ne payez rien : aucun employeur ni intermédiaire n’a le droit de vous faire payer pour un emploi.',
      en: 'Pay nothing: no employer or intermediary is allowed to make you pay for a job.',
    },
  },
  police_report: {
    text: {
      fr: 'Si vous avez déjà payé ou donné vos coordonnées bancaires, portez plainte et signalez l’annonce sur internet-signalement.gouv.fr.',
      en: 'If you have already paid or given your bank details, file a complaint and report the advert on internet-signalement.gouv.fr.',
    },
    url: 'https://www.internet-signalement.gouv.fr/',
  },
  keep_private: {
    text: {
      fr: 'Vous n’êtes pas obligé(e) de fournir cette information : l’employeur ne peut demander que ce qui sert à juger vos compétences pour le poste.',
      en: 'You do not have to give this information: an employer may only ask what helps judge your skills for the job.',
    },
  },
  apply_once: {
    text: {
      fr: 'Inutile de postuler plusieurs fois : c’est le même poste. Postulez de préférence sur l’annonce d’origine.',
      en: 'No need to apply more than once: it is the same job. Apply preferably to the original advert.',
    },
  },
  check_still_open: {
    text: {
      fr: 'Vérifiez auprès de l’employeur que le poste est toujours à pourvoir avant d’envoyer votre candidature.',
      en: 'Check with the employer that the job is still open before you send your application.',
    },
  },
  know_the_contract: {
    text: {
      fr: 'Avant de signer, vérifiez sur le contrat écrit le type de contrat, sa durée, vos horaires et votre salaire.',
      en: 'Before you sign, check on the written contract the type of contract, its length, your hours and your pay.',
    },
    url: 'https://code.travail.gouv.fr/',
  },
};

/** An action as the verdict carries it: its French sentence. */
function action(id: ActionId): Action {
  const { text, url } = ACTION_TEXTS[id];
  return { id, text: text.fr, ...(url ? { url } : {}) };
}

export const ACTIONS: Readonly<Record<ActionId, Action>> = {
  ask_employer: action('ask_employer'),
  report_france_travail: action('report_france_travail'),
  defenseur_des_droits: action('defenseur_des_droits'),
  labour_inspectorate: action('labour_inspectorate'),
  never_pay: action('never_pay'),
  police_report: action('police_report'),
  keep_private: action('keep_private'),
  apply_once: action('apply_once'),
  check_still_open: action('check_still_open'),
  know_the_contract: action('know_the_contract'),
};

/** An action's sentence in a language (the verdict carries the French one). */
export function actionText(id: ActionId, language: Language): string {
  return ACTION_TEXTS[id].text[language];
}

export interface CategoryAdvice {
  /** The problem in one plain sentence, used when a flag brings no explanation of its own. */
  summary: string;
  actions: readonly ActionId[];
}

export const CATEGORY_ADVICE: Readonly<Record<CategoryId, CategoryAdvice>> = {
  age_limit: {
    summary: 'L’offre impose un âge : c’est interdit, sauf quand une loi l’exige pour ce métier.',
    actions: ['defenseur_des_droits', 'report_france_travail', 'ask_employer'],
  },
  discrimination: {
    summary:
      'L’offre écarte des candidats pour leur sexe, leur origine, leur apparence, leur famille ou un autre critère interdit.',
    actions: ['defenseur_des_droits', 'report_france_travail'],
  },
  privacy: {
    summary: 'L’offre demande une information personnelle qui n’a pas de lien avec le travail proposé.',
    actions: ['keep_private', 'report_france_travail', 'defenseur_des_droits'],
  },
  fee_requested: {
    summary: 'L’offre vous demande de payer : c’est interdit, et c’est souvent le signe d’une arnaque.',
    actions: ['never_pay', 'report_france_travail', 'police_report'],
  },
  unpaid_work: {
    summary:
      'L’offre prévoit du travail non payé (par exemple une « journée d’essai » gratuite) : c’est du travail dissimulé.',
    actions: ['labour_inspectorate', 'report_france_travail'],
  },
  disguised_self_employment: {
    summary:
      'L’offre impose le statut d’auto-entrepreneur pour un vrai travail de salarié : c’est du salariat déguisé.',
    actions: ['labour_inspectorate', 'ask_employer', 'report_france_travail'],
  },
  foreign_language: {
    summary: 'L’offre n’est pas rédigée en français, ce qu’exige la loi pour un emploi en France.',
    actions: ['ask_employer', 'report_france_travail'],
  },
  below_minimum_wage: {
    summary: 'Le salaire annoncé est inférieur au SMIC pour les heures indiquées.',
    actions: ['labour_inspectorate', 'ask_employer', 'report_france_travail'],
  },
  cdd_rules: {
    summary:
      'L’offre présente un CDD ou une mission d’intérim d’une façon que la loi interdit (promesse de CDI, durée trop longue).',
    actions: ['know_the_contract', 'labour_inspectorate', 'report_france_travail'],
  },
  part_time_under_24h: {
    summary:
      'Le temps partiel proposé fait moins de 24 heures par semaine, sans qu’une exception prévue par la loi soit indiquée.',
    actions: ['ask_employer', 'labour_inspectorate'],
  },
  undated: {
    summary: 'L’offre n’a pas de date de publication : impossible de savoir si elle est récente.',
    actions: ['check_still_open', 'report_france_travail'],
  },
  contract_mismatch: {
    summary: 'Le contrat affiché n’est pas celui que décrit le texte de l’offre (ou la page du partenaire).',
    actions: ['ask_employer', 'know_the_contract', 'report_france_travail'],
  },
  hours_mismatch: {
    summary: 'La durée du travail manque ou se contredit entre l’affichage et le texte.',
    actions: ['ask_employer', 'know_the_contract', 'report_france_travail'],
  },
  duration_missing: {
    summary: 'C’est un contrat à durée limitée, mais sa durée n’est indiquée nulle part.',
    actions: ['ask_employer', 'know_the_contract'],
  },
  experience_mismatch: {
    summary: 'L’expérience demandée se contredit (par exemple « débutant accepté » et « 5 ans exigés »).',
    actions: ['ask_employer'],
  },
  place_mismatch: {
    summary: 'Le lieu de travail se contredit entre l’affichage, le texte ou la page du partenaire.',
    actions: ['ask_employer', 'report_france_travail'],
  },
  pay_mismatch: {
    summary: 'Le salaire affiché est incohérent ou contredit par le texte (ou la page du partenaire).',
    actions: ['ask_employer', 'know_the_contract', 'report_france_travail'],
  },
  not_a_job: {
    summary:
      'Ce n’est pas une offre d’emploi : on vous propose d’acheter une activité, une franchise ou une formation.',
    actions: ['never_pay', 'report_france_travail'],
  },
  salary_missing: {
    summary: 'Aucun salaire n’est indiqué.',
    actions: ['ask_employer'],
  },
  duplicate: {
    summary: 'Le même poste est publié plusieurs fois, sous d’autres numéros.',
    actions: ['apply_once'],
  },
  dead_link: {
    summary:
      'La page du site partenaire n’existe plus ou ne montre plus l’offre : le poste est peut-être déjà pourvu.',
    actions: ['check_still_open', 'report_france_travail'],
  },
  anonymous_employer: {
    summary: 'Le nom de l’employeur n’est pas indiqué.',
    actions: ['ask_employer'],
  },
  hours_missing: {
    summary: 'La durée du travail (heures par semaine, temps plein ou partiel) n’est indiquée nulle part.',
    actions: ['ask_employer'],
  },
  not_cdi: {
    summary: 'Ce n’est pas un CDI.',
    actions: ['know_the_contract'],
  },
  part_time: {
    summary: 'C’est un temps partiel.',
    actions: ['know_the_contract'],
  },
  short_contract: {
    summary: 'Le contrat dure moins d’un mois.',
    actions: ['know_the_contract'],
  },
};

export function adviceFor(category: CategoryId): Action[] {
  return CATEGORY_ADVICE[category].actions.map((id) => ACTIONS[id]);
}
