import { defineMessage } from '../lib/messages.js';
import type { FaultProblem } from '../replica/faults.js';

/** Why a `--faults` item was refused, in French and in English; `part` is the item as given. */
const FAULT_PROBLEMS: Readonly<
  Record<FaultProblem, { fr: (part: string) => string; en: (part: string) => string }>
> = {
  not_key_value: {
    fr: (part) => `« ${part} » n’est pas de la forme clé=valeur`,
    en: (part) => `"${part}" is not key=value`,
  },
  drift: {
    fr: (part) => `« ${part} » : drift vaut rename, add ou both`,
    en: (part) => `"${part}": drift is rename, add or both`,
  },
  lieux: {
    fr: (part) => `« ${part} » : lieux ne peut valoir que gone`,
    en: (part) => `"${part}": lieux can only be gone`,
  },
  unknown: {
    fr: (part) => `« ${part} » n’est pas une panne connue`,
    en: (part) => `"${part}" is not a known fault`,
  },
};

/**
 * What the CLI's own option checks tell users, in French and in English (lib/messages.ts): an option's value it
 * refuses, a file it cannot read, a destructive command not confirmed. `option` is the option as typed
 * ("--port"), `value` the value given.
 */
export const CLI_MESSAGES = {
  purgeNeedsYes: defineMessage<{ id: string }>('cli.purge_needs_yes', {
    fr: ({ id }) => ({
      message: `purger l’audit ${id} le supprime pour de bon`,
      hint: 'relancez avec --yes pour confirmer',
    }),
    en: ({ id }) => ({
      message: `purging audit ${id} deletes it for good`,
      hint: 'run again with --yes to confirm',
    }),
  }),

  unknownFormat: defineMessage<{ formats: string; known: string }>('cli.unknown_format', {
    fr: ({ formats, known }) => ({
      message: `format de rapport inconnu : ${formats || '(aucun)'}`,
      hint: `choisissez parmi ${known}`,
    }),
    en: ({ formats, known }) => ({
      message: `unknown report format: ${formats || '(none)'}`,
      hint: `choose among ${known}`,
    }),
  }),

  notPort: defineMessage<{ option: string; value: string }>('cli.not_port', {
    fr: ({ option, value }) => ({
      message: `${option} ${value} n’est pas un numéro de port`,
      hint: 'donnez un nombre de 0 à 65535',
    }),
    en: ({ option, value }) => ({
      message: `${option} ${value} is not a port number`,
      hint: 'give a number from 0 to 65535',
    }),
  }),

  notPositiveNumber: defineMessage<{ option: string; value: string }>('cli.not_positive_number', {
    fr: ({ option, value }) => ({ message: `${option} ${value} n’est pas un nombre positif` }),
    en: ({ option, value }) => ({ message: `${option} ${value} is not a positive number` }),
  }),

  notPositiveWholeNumber: defineMessage<{ option: string; value: string }>('cli.not_positive_whole_number', {
    fr: ({ option, value }) => ({ message: `${option} ${value} n’est pas un nombre entier positif` }),
    en: ({ option, value }) => ({ message: `${option} ${value} is not a positive whole number` }),
  }),

  notWholeNumber: defineMessage<{ option: string; value: string }>('cli.not_whole_number', {
    fr: ({ option, value }) => ({ message: `${option} ${value} n’est pas un nombre entier` }),
    en: ({ option, value }) => ({ message: `${option} ${value} is not a whole number` }),
  }),

  notWholeNumberAtLeast: defineMessage<{ option: string; value: string; min: number }>(
    'cli.not_whole_number_at_least',
    {
      fr: ({ option, value, min }) => ({ message: `${option} ${value} n’est pas un nombre entier ≥ ${min}` }),
      en: ({ option, value, min }) => ({ message: `${option} ${value} is not a whole number ≥ ${min}` }),
    },
  ),

  /** `reason` is the file system's own words. */
  cannotRead: defineMessage<{ file: string; reason: string }>('cli.cannot_read', {
    fr: ({ file, reason }) => ({ message: `impossible de lire ${file} : ${reason}` }),
    en: ({ file, reason }) => ({ message: `cannot read ${file}: ${reason}` }),
  }),

  rateLimit: defineMessage<{ value: string }>('cli.rate_limit', {
    fr: ({ value }) => ({
      message: `--rate-limit ${value} : il faut un nombre de requêtes par seconde, ou « off »`,
      hint: 'par ex. --rate-limit 10, ou --rate-limit off',
    }),
    en: ({ value }) => ({
      message: `--rate-limit ${value}: it takes requests per second, or "off"`,
      hint: 'e.g. --rate-limit 10, or --rate-limit off',
    }),
  }),

  rates: defineMessage<{ part: string }>('cli.rates', {
    fr: ({ part }) => ({
      message: `--rates : « ${part} » n’est pas catégorie=part`,
      hint: 'par ex. --rates age_limit=0.05,duplicate=0.2',
    }),
    en: ({ part }) => ({
      message: `--rates: "${part}" is not category=share`,
      hint: 'e.g. --rates age_limit=0.05,duplicate=0.2',
    }),
  }),

  faults: defineMessage<{ problem: FaultProblem; part: string }>('cli.faults', {
    fr: ({ problem, part }) => ({
      message: `--faults : ${FAULT_PROBLEMS[problem].fr(part)}`,
      hint: 'par ex. --faults latency=200,5xx=0.05,drift=rename (voir vigie replica --help)',
    }),
    en: ({ problem, part }) => ({
      message: `--faults: ${FAULT_PROBLEMS[problem].en(part)}`,
      hint: 'e.g. --faults latency=200,5xx=0.05,drift=rename (see vigie replica --help)',
    }),
  }),
} as const;
