import { defineMessage } from '../lib/messages.js';

/** What the reports' validation import tells users, in French and in English (lib/messages.ts). */
export const REPORTS_MESSAGES = {
  validationFileEmpty: defineMessage('reports.validation_file_empty', {
    fr: () => ({
      message: 'le fichier de validation est vide',
      hint: 'exportez-en un avec `vigie validate export`',
    }),
    en: () => ({ message: 'the validation file is empty', hint: 'export one with `vigie validate export`' }),
  }),

  validationFileColumns: defineMessage('reports.validation_file_columns', {
    fr: () => ({
      message: 'le fichier de validation n’a pas de colonnes « audit » et « offre »',
      hint: 'importez le fichier écrit par `vigie validate export`, avec sa ligne d’en-tête',
    }),
    en: () => ({
      message: 'the validation file has no "audit" and "offre" columns',
      hint: 'import the file `vigie validate export` wrote, with its header line',
    }),
  }),

  validationFileAudits: defineMessage<{ count: number }>('reports.validation_file_audits', {
    fr: ({ count }) => ({
      message: `le fichier de validation doit porter sur un seul audit, il en a ${count}`,
    }),
    en: ({ count }) => ({ message: `the validation file must hold one audit, it holds ${count}` }),
  }),

  validationAuditMissing: defineMessage<{ auditId: string }>('reports.validation_audit_missing', {
    fr: ({ auditId }) => ({ message: `l’audit ${auditId} du fichier de validation n’existe pas ici` }),
    en: ({ auditId }) => ({ message: `audit ${auditId} of the validation file does not exist here` }),
  }),

  /** `reason` is the verdict parser's words. */
  validationCell: defineMessage<{ line: number; column: string; reason: string }>('reports.validation_cell', {
    fr: ({ line, column, reason }) => ({ message: `ligne ${line}, colonne ${column} : ${reason}` }),
    en: ({ line, column, reason }) => ({ message: `line ${line}, column ${column}: ${reason}` }),
  }),
} as const;
