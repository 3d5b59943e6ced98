import type { Flag, Severity } from '../model/flag.js';
import type { Offer } from '../model/offer.js';
import type { PartnerPage } from '../model/partner-page.js';
import { type Axis, CATEGORIES, type CategoryId, isGenuine } from '../model/taxonomy.js';
import { type Action, adviceFor, CATEGORY_ADVICE } from './advice.js';
import type { TextField } from './offer-text.js';

/** One problem found in the offer, ready to show to a jobseeker. The field names follow the taxonomy's. */
export interface VerdictFlag {
  category: CategoryId;
  axis: Axis;
  rule: string;
  severity: Severity;
  /** The quoted text of the offer, or the field and its value. */
  evidence: string;
  /** The legal article, or null for quality and stability notes. */
  reference: string | null;
  /** The problem in one plain French sentence. */
  explanation: string;
  /** The category's French label ("Limite d'âge"). */
  label: string;
  /** Whether it makes the offer not genuine (illegal, misleading, duplicate, dead link, no salary). */
  blocking: boolean;
  advice: Action[];
}

/**
 * Another id under which the same job is published: a copy the classifiers clustered with this offer in the
 * latest audit ("duplicate"), or, for an offer no audit clustered, one with the same title, employer and
 * département in the latest audit ("similar": worth a look, not proof).
 */
export interface DuplicateRef {
  id: string;
  kind: 'duplicate' | 'similar';
  /** True for the earliest copy, the one to apply to. */
  original: boolean;
  title: string | null;
  partner: string | null;
  auditId: number;
}

/** What the partner's page (where a partner offer really lives) says, next to the listing. */
export interface PartnerSummary {
  url: string;
  finalUrl: string | null;
  /** true: the offer is there; false: gone; null: the page could not be read. */
  live: boolean | null;
  reason: string | null;
  /** "browser" when the page needed JavaScript and was read through Chromium. */
  renderedWith: PartnerPage['renderedWith'];
  /** What the page states, quoted. */
  stated: PartnerPage['stated'];
  /** True when a classifier found the page contradicting the listing (contract, duration, pay, place). */
  contradicts: boolean;
}

export interface OfferSummary {
  title: string | null;
  employer: string | null;
  place: string | null;
  contract: string | null;
  hours: string | null;
  salary: string | null;
  createdAt: string | null;
  partnerName: string | null;
}

/** A check a pasted text did not allow, and why, in French (NOT_CHECKED_TEXTS has the English). */
export interface NotChecked {
  check: 'duplicates' | 'partner_page' | 'date' | 'contract' | 'salary' | 'hours';
  message: string;
}

/** For a verdict on a pasted text: the fields read from it, and what only the listing itself could show. */
export interface TextReading {
  /** Fields stated on lines of their own ("Type de contrat : CDD"), as read; the title is in `offer`. */
  fields: Array<{ field: TextField; label: string; value: string }>;
  notChecked: NotChecked[];
  /** The length of the text read, in characters. */
  length: number;
}

/**
 * The answer to "is this offer real?". JSON-ready: `vigie check --json` prints it as is, and the web page renders
 * it. `genuine` follows the report's headline definition (taxonomy `isGenuine`), so a check and an audit agree.
 */
export interface Verdict {
  id: string | null;
  /** The offer's page on France Travail's website. */
  url: string | null;
  genuine: boolean;
  /** Present and true when France Travail no longer shows the offer: an answer, not an error. */
  expired?: boolean;
  /** Present and true when only a partner page was found, with no France Travail offer to classify. */
  unmatched?: boolean;
  offer: OfferSummary | null;
  /** Problems first (blocking), then notes on the job itself (not a CDI, part time…). */
  flags: VerdictFlag[];
  duplicates: DuplicateRef[];
  partner: PartnerSummary | null;
  /** Where the offer was read: "api", "site", "file", "text" (a pasted text). */
  source: string | null;
  /** Present for a pasted text: what was read in it and the checks it did not allow. */
  text?: TextReading;
  checkedAt: string;
}

const CONTRADICTION_CATEGORIES: ReadonlySet<CategoryId> = new Set([
  'contract_mismatch',
  'place_mismatch',
  'pay_mismatch',
  'hours_mismatch',
]);

const AXIS_ORDER: Readonly<Record<Axis, number>> = { illegal: 0, misleading: 1, quality: 2, stability: 3 };

export function toVerdictFlag(flag: Flag): VerdictFlag {
  const explanation = flag.explanation.trim() || CATEGORY_ADVICE[flag.category].summary;
  return {
    category: flag.category,
    axis: flag.axis,
    rule: flag.rule,
    severity: flag.severity,
    evidence: flag.evidence,
    reference: flag.reference,
    explanation,
    label: CATEGORIES[flag.category].label,
    blocking: !isGenuine([flag]),
    advice: adviceFor(flag.category),
  };
}

export interface VerdictInput {
  offer: Offer;
  flags: readonly Flag[];
  partnerPages: readonly PartnerPage[];
  duplicates: readonly DuplicateRef[];
  offerUrl: string | null;
  checkedAt: string;
}

/** Assembles the verdict from what was fetched and classified. Pure. */
export function buildVerdict(input: VerdictInput): Verdict {
  const flags = dedupeFlags(input.flags).map(toVerdictFlag);
  flags.sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      AXIS_ORDER[a.axis] - AXIS_ORDER[b.axis] ||
      Number(a.severity === 'likely') - Number(b.severity === 'likely'),
  );
  const page = input.partnerPages.find((candidate) => candidate.offerId === input.offer.id);
  const partner: PartnerSummary | null = page
    ? {
        url: page.url,
        finalUrl: page.finalUrl,
        live: page.live,
        reason: page.reason,
        renderedWith: page.renderedWith,
        stated: page.stated,
        contradicts: input.flags.some(
          (flag) => CONTRADICTION_CATEGORIES.has(flag.category) && mentionsPartner(flag),
        ),
      }
    : null;
  return {
    id: input.offer.id,
    url: input.offerUrl,
    genuine: isGenuine(input.flags),
    offer: summarise(input.offer),
    flags,
    duplicates: [...input.duplicates],
    partner,
    source: input.offer.source,
    checkedAt: input.checkedAt,
  };
}

/** The verdict for an offer France Travail no longer shows. */
export function expiredVerdict(id: string, offerUrl: string | null, checkedAt: string): Verdict {
  return {
    id,
    url: offerUrl,
    genuine: false,
    expired: true,
    offer: null,
    flags: [],
    duplicates: [],
    partner: null,
    source: null,
    checkedAt,
  };
}

function summarise(offer: Offer): OfferSummary {
  return {
    title: offer.title,
    employer: offer.employer.name,
    place: offer.place.label,
    contract: offer.contract.label ?? offer.contract.type,
    hours: offer.hours.label,
    salary: offer.salary.label ?? offer.salary.comment,
    createdAt: offer.createdAt,
    partnerName: offer.origin.partners[0]?.name ?? null,
  };
}

/** The same finding twice (two rules quoting the same words for one category) is shown once. */
function dedupeFlags(flags: readonly Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags.filter((flag) => {
    const key = `${flag.category}\u0000${flag.evidence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mentionsPartner(flag: Flag): boolean {
  const details = JSON.stringify(flag.details ?? {});
  return /partner|partenaire/i.test(`${flag.rule} ${details} ${flag.evidence}`);
}
