import { InvalidArgumentError } from 'commander';
import { messages } from './i18n/index.js';

/** Commander argument parsers: a wrong value is refused before the command runs, with a French reason. */

export function integer(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number)) throw new InvalidArgumentError(messages().invalid.wholeNumber);
  return number;
}

export function positiveInteger(value: string): number {
  const number = integer(value);
  if (number <= 0) throw new InvalidArgumentError(messages().invalid.positiveWholeNumber);
  return number;
}

export function positiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new InvalidArgumentError(messages().invalid.positiveNumber);
  return number;
}
