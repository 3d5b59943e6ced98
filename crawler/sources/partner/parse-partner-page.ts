import { type CheerioAPI, load } from 'cheerio';
import type { PartnerPage } from '../../../model/partner-page.js';
import { textOf } from '../site/page-index.js';
import { readableText } from '../site/page-text.js';

export type Stated = PartnerPage['stated'];

/** Wordings partner sites use to say an offer is gone, while still answering 200. */
const EXPIRED_TEXT =
  /(offre (a )?(expirée|expiré|pourvue|clôturée|n'est plus (disponible|en ligne)|n’est plus (disponible|en ligne))|n'est plus disponible|n’est plus disponible|annonce (a été )?(supprimée|désactivée|expirée)|no longer available|job (has )?expired|cette offre n'existe plus|plus d'actualité)/i;

export interface PartnerPageReading {
  expired: boolean;
  stated: Stated;
  /** Enough offer-like text to believe an offer is shown. */
  hasOffer: boolean;
}

/**
 * What a partner page says about the job: JSON-LD `JobPosting` when present (most job boards publish it for
 * search engines), then schema.org microdata, then labelled pairs (`dt`/`dd`, table rows, "Contrat : CDD" lines).
 * Values are kept as quoted text: the classifiers compare them with the listing, and a report shows them.
 */
export function readPartnerPage(html: string): PartnerPageReading {
  const $ = load(html);
  const text = readableText($, $('body')) ?? '';
  const fromJsonLd = jobPostingFromJsonLd($);
  const labelled = labelledPairs($, text);
  const pick = (...values: Array<string | null | undefined>) =>
    values.find((value): value is string => typeof value === 'string' && value.trim() !== '')?.trim() ?? null;

  const stated: Stated = {
    title: pick(
      fromJsonLd.title,
      textOf($('[itemprop="title"]').first()),
      textOf($('h1').first()),
      $('meta[property="og:title"]').attr('content'),
    ),
    contract: pick(fromJsonLd.contract, textOf($('[itemprop="employmentType"]').first()), labelled.contract),
    duration: pick(labelled.duration),
    pay: pick(fromJsonLd.pay, textOf($('[itemprop="baseSalary"]').first()), labelled.pay),
    place: pick(fromJsonLd.place, textOf($('[itemprop="jobLocation"]').first()), labelled.place),
    hours: pick(fromJsonLd.hours, textOf($('[itemprop="workHours"]').first()), labelled.hours),
  };
  // Boards often fold the duration into the contract ("CDD 3 mois", "Intérim - 2 semaines").
  if (!stated.duration && stated.contract) {
    stated.duration =
      /(\d+([,.]\d+)?)\s*(mois|jours?|semaines?|ans?|an\(s\)|jour\(s\))/i.exec(stated.contract)?.[0] ?? null;
  }
  for (const key of Object.keys(stated) as Array<keyof Stated>) {
    const value = stated[key];
    if (value) stated[key] = value.replace(/\s+/g, ' ').trim().slice(0, 300);
  }
  const hasOffer =
    Boolean(stated.contract || stated.pay || stated.place) ||
    (text.length > 200 && /(poste|mission|contrat|profil|candidat)/i.test(text));
  return { expired: EXPIRED_TEXT.test(text), stated, hasOffer };
}

const LABELS: Array<[keyof Omit<Stated, 'title'>, RegExp]> = [
  ['contract', /^(type de contrat|contrat|type d'emploi|type de poste|nature du contrat)$/i],
  ['duration', /^(durée( du contrat| de (la )?mission)?|durée du cdd)$/i],
  ['pay', /^(salaire|rémunération|remuneration|salaire proposé|paie)$/i],
  ['place', /^(lieu|lieu de travail|localisation|ville|adresse|lieu de (la )?mission)$/i],
  ['hours', /^(horaires?|durée (du travail|hebdomadaire)|temps de travail|temps (plein|partiel))$/i],
];

function labelledPairs($: CheerioAPI, text: string): Partial<Record<keyof Stated, string>> {
  const found: Partial<Record<keyof Stated, string>> = {};
  const offer = (label: string, value: string) => {
    const clean = label.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
    for (const [field, pattern] of LABELS) {
      if (!found[field] && pattern.test(clean) && value.trim()) found[field] = value.trim();
    }
  };
  // The first dd after each dt, found by walking to it: `nextAll('dd')` collects every later dd for each dt, which
  // is quadratic, and a page of 20,000 pairs took a minute.
  $('dt').each((_, node) => {
    const between = $(node).nextUntil('dd');
    offer(textOf([node]), textOf((between.length > 0 ? between.last() : $(node)).next('dd')));
  });
  $('tr').each((_, node) => {
    const cells = $(node).children('th, td');
    if (cells.length >= 2) offer(textOf(cells.eq(0)), textOf(cells.eq(1)));
  });
  $('[data-label], [data-field]').each((_, node) => {
    const label = $(node).attr('data-label') ?? $(node).attr('data-field') ?? '';
    offer(label, textOf([node]));
  });
  for (const line of text.split('\n')) {
    const match = /^([^:]{3,40}?)\s*:\s*(.+)$/.exec(line);
    if (match) offer(match[1]!, match[2]!);
  }
  return found;
}

interface JobPostingFacts {
  title?: string;
  contract?: string;
  pay?: string;
  place?: string;
  hours?: string;
}

function jobPostingFromJsonLd($: CheerioAPI): JobPostingFacts {
  for (const node of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse(textOf([node]));
    } catch {
      continue;
    }
    const posting = findJobPosting(data);
    if (!posting) continue;
    const location = first(posting.jobLocation) as Record<string, unknown> | undefined;
    const address = (location?.address ?? {}) as Record<string, unknown>;
    const salary = posting.baseSalary as Record<string, unknown> | undefined;
    const value = (salary?.value ?? {}) as Record<string, unknown>;
    const amount =
      value.minValue !== undefined && value.maxValue !== undefined
        ? `${value.minValue} – ${value.maxValue}`
        : (value.value ?? value.minValue ?? salary?.value);
    return {
      ...(typeof posting.title === 'string' ? { title: posting.title } : {}),
      ...(posting.employmentType !== undefined
        ? { contract: [posting.employmentType].flat().join(', ') }
        : {}),
      ...(amount !== undefined && typeof amount !== 'object'
        ? { pay: [amount, salary?.currency, value.unitText].filter(Boolean).join(' ') }
        : {}),
      ...(address.addressLocality || address.postalCode
        ? { place: [address.postalCode, address.addressLocality].filter(Boolean).join(' ') }
        : {}),
      ...(typeof posting.workHours === 'string' ? { hours: posting.workHours } : {}),
    };
  }
  return {};
}

function findJobPosting(data: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findJobPosting(item);
      if (found) return found;
    }
    return undefined;
  }
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (record['@type'] === 'JobPosting') return record;
    if (record['@graph']) return findJobPosting(record['@graph']);
  }
  return undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}
