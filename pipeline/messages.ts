import { writeReasonIn } from '../lib/errors.js';
import { defineMessage } from '../lib/messages.js';

/** What the pipelines (audit, report, schedule) tell users, in French and in English (lib/messages.ts). */
export const PIPELINE_MESSAGES = {
  unknownPeriod: defineMessage<{ value: string; choices: string }>('pipeline.unknown_period', {
    fr: ({ value, choices }) => ({
      message: `période inconnue « ${value} »`,
      hint: `choisissez parmi ${choices}`,
    }),
    en: ({ value, choices }) => ({ message: `unknown period "${value}"`, hint: `use one of ${choices}` }),
  }),

  crawlStopped: defineMessage<{ auditId: number }>('pipeline.crawl_stopped', {
    fr: ({ auditId }) => ({
      message: `la collecte de l’audit ${auditId} s’est arrêtée avant la fin`,
      hint: 'relancez la même commande : elle reprend où elle s’est arrêtée',
    }),
    en: ({ auditId }) => ({
      message: `the crawl of audit ${auditId} stopped before the end`,
      hint: 'run the same command again: it continues from where it stopped',
    }),
  }),

  /** `reason` is the cron library's own words. */
  invalidCron: defineMessage<{ cron: string; reason: string }>('pipeline.invalid_cron', {
    fr: ({ cron, reason }) => ({
      message: `expression cron invalide « ${cron} » : ${reason}`,
      hint: 'donnez cinq champs (minute heure jour mois jour-de-semaine), par ex. "0 6 1 * *" pour 6 h le 1er de chaque mois',
    }),
    en: ({ cron, reason }) => ({
      message: `invalid cron expression "${cron}": ${reason}`,
      hint: 'use five fields (minute hour day month weekday), e.g. "0 6 1 * *" for 06:00 on the 1st of each month',
    }),
  }),

  comparedWithItself: defineMessage('pipeline.compared_with_itself', {
    fr: () => ({ message: 'un audit ne peut pas être comparé à lui-même' }),
    en: () => ({ message: 'an audit cannot be compared with itself' }),
  }),

  notClassified: defineMessage<{ auditId: number }>('pipeline.not_classified', {
    fr: ({ auditId }) => ({
      message:
        `l’audit ${auditId} n’a aucune classification terminée : son rapport ne montrerait aucun constat ` +
        '(une classification interrompue ne compte pas)',
      hint: `le classer d’abord avec \`vigie classify --audit ${auditId}\``,
    }),
    en: ({ auditId }) => ({
      message:
        `audit ${auditId} has no finished classification: its report would show no finding ` +
        '(an interrupted classification does not count)',
      hint: `classify it first with \`vigie classify --audit ${auditId}\``,
    }),
  }),

  /** `errno` is the file system's code ("ENOSPC"), said with its reason in each language. */
  reportNotWritten: defineMessage<{ out: string; errno: string }>('pipeline.report_not_written', {
    fr: ({ out, errno }) => ({
      message: `impossible d’écrire le rapport dans ${out} : ${writeReasonIn(errno, 'fr')}`,
      hint: 'libérer de la place ou choisir un autre dossier avec --out ; les fichiers d’un rapport précédent sont intacts',
    }),
    en: ({ out, errno }) => ({
      message: `cannot write the report in ${out}: ${writeReasonIn(errno, 'en')}`,
      hint: 'free some space or choose another folder with --out; the files of an earlier report are intact',
    }),
  }),

  /** Said in place of the PDF when Chromium is not there: the other formats are written. */
  pdfNotProduced: defineMessage('pipeline.pdf_not_produced', {
    fr: () => ({
      message:
        'PDF non produit : Chromium est introuvable (installer le paquet chromium, ou définir VIGIE_CHROMIUM). ' +
        'Le rapport HTML s’imprime aussi en PDF depuis un navigateur.',
    }),
    en: () => ({
      message:
        'PDF not produced: Chromium was not found (install the chromium package, or set VIGIE_CHROMIUM). ' +
        'The HTML report also prints to PDF from a browser.',
    }),
  }),
} as const;
