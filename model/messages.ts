import { defineMessage } from '../lib/messages.js';

/** What the model tells users of stored data it cannot read, in French and in English (lib/messages.ts). */
export const MODEL_MESSAGES = {
  /** `what` names the stored value ("the design of audit 3"), `issues` the first mismatches, both in English. */
  storedMismatch: defineMessage<{ what: string; issues: string }>('model.stored_mismatch', {
    fr: ({ what, issues }) => ({
      message: `donnée enregistrée illisible par cette version de Vigie (${what}) : ${issues}`,
      hint: 'elle a été écrite par une autre version : lancez cette version-là, ou commencez un nouvel audit',
    }),
    en: ({ what, issues }) => ({
      message: `${what} does not match this version of Vigie: ${issues}`,
      hint: 'it was written by another version: run that version, or start a new audit',
    }),
  }),
} as const;
