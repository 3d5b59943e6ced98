import type { PartnerPage } from '../model/partner-page.js';
import { SMIC_TABLE, type SmicRate } from './facts/pay/smic-table.js';

/** Everything a classifier may know besides the offer itself. No clock: the reference date is the offer's. */
export interface ClassifierContext {
  /** What the crawler saw on the offer's partner pages (any order; only those with offerId === offer.id count). */
  partnerPages: readonly PartnerPage[];
  smicTable: readonly SmicRate[];
}

export function defaultContext(overrides: Partial<ClassifierContext> = {}): ClassifierContext {
  return { partnerPages: [], smicTable: SMIC_TABLE, ...overrides };
}
