import { type AnonymiseCounts, anonymiseAuditRows } from '../db/anonymise.js';
import type { VigieDatabase } from '../db/connect.js';
import type { StoredOffer } from '../db/offers.js';
import { type Offer, offerSchema } from '../model/offer.js';
import { maskContacts } from '../reports/mask-contacts.js';

/**
 * Keys whose values are not prose: identifiers, dates, codes and links, which the figures and the partner pages
 * are joined on. Their values are kept as they are (a reference of ten digits is not a phone number).
 */
function keptAsIs(key: string): boolean {
  return key === 'id' || key === 'logo' || /url/i.test(key) || /^date|At$/.test(key) || /code/i.test(key);
}

/** Every string of a JSON value masked (`maskContacts`), keys and their order kept. */
export function maskJson(value: unknown, names: readonly string[]): unknown {
  if (typeof value === 'string') return maskContacts(value, names);
  if (Array.isArray(value)) return value.map((item) => maskJson(item, names));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = keptAsIs(key) ? item : maskJson(item, names);
    return out;
  }
  return value;
}

/** An application link is kept when it is a web address; a `mailto:` or a phone link is a person. */
function webLink(url: unknown): string | null {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

/** The offer without its contact (name, phone, e-mail, details, the recruiter's page), every text masked. */
export function anonymiseOffer(stored: StoredOffer): { offer: Offer; raw: Record<string, unknown> } {
  const names = [stored.offer.contact.name].filter((name): name is string => Boolean(name?.trim()));
  const masked = offerSchema.parse(maskJson(stored.offer, names));
  const offer: Offer = {
    ...masked,
    contact: {
      name: null,
      phone: null,
      email: null,
      details: [],
      applyUrl: webLink(stored.offer.contact.applyUrl),
      recruiterUrl: null,
    },
  };
  const raw: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(stored.raw)) {
    if (key !== 'contact') {
      raw[key] = keptAsIs(key) ? item : maskJson(item, names);
      continue;
    }
    const contact = item !== null && typeof item === 'object' && !Array.isArray(item) ? item : {};
    const apply = webLink('urlPostulation' in contact ? contact.urlPostulation : null);
    if (apply !== null) raw.contact = { urlPostulation: apply };
  }
  return { offer, raw };
}

/**
 * Anonymises an audit in place: its offers lose their contacts (name, phone, e-mail, coordinates, the recruiter's
 * page; a web application link is kept), and every text it stores — offers, flags' evidence, partner pages'
 * statements, errors — is masked with the one masking function of the reports. What the figures are computed
 * from is untouched, so its report gives the same figures. Idempotent: a second run changes nothing.
 */
export async function anonymiseAudit(database: VigieDatabase, auditId: number): Promise<AnonymiseCounts> {
  return anonymiseAuditRows(database, auditId, {
    offer: anonymiseOffer,
    text: (text, names) => maskContacts(text, names),
    json: maskJson,
  });
}
