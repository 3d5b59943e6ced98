import { type CheerioAPI, load } from 'cheerio';
import { type Offer, offerSchema } from '../../../model/offer.js';
import { departementFromLabel, resolveDepartement } from '../../../model/place.js';
import { contractCodeFrom } from './contract-type.js';
import { attributeOrText, readableText } from './page-text.js';

export type DetailPageResult =
  | { ok: true; offer: Offer; raw: Record<string, unknown> }
  | { ok: false; expired: boolean; reason: string };

/** Wordings of France Travail's "this offer is no longer online" page. */
const EXPIRED_TEXT =
  /(n'est plus disponible|n’est plus disponible|offre (a été )?(expirée|clôturée|pourvue)|plus en ligne)/i;

/**
 * Reads an offer from its detail page (`/offres/recherche/detail/{id}`): schema.org microdata first (the most
 * stable part of the page), then the `dt`/`dd` pairs of the summary box, into the same Offer the API gives.
 * Fields the page does not show stay null.
 */
export function parseDetailPage(html: string, expectedId?: string): DetailPageResult {
  const $ = load(html);
  const title = attributeOrText($, $('[itemprop="title"]'));
  const description = readableText($, $('[itemprop="description"]').first());
  if (!title && !description) {
    const text = $('body').text();
    if (EXPIRED_TEXT.test(text))
      return { ok: false, expired: true, reason: 'the offer is no longer available' };
    return { ok: false, expired: false, reason: 'no offer title or description on the page' };
  }
  const facts = definitionList($);
  const id =
    attributeOrText($, $('[itemprop="identifier"] [itemprop="value"]')) ??
    attributeOrText($, $('[itemprop="value"]')) ??
    expectedId ??
    null;
  if (!id) return { ok: false, expired: false, reason: 'no offer reference on the page' };

  const address = $('[itemprop="address"]').first();
  const placeLabel =
    attributeOrText($, address.find('[itemprop="name"]')) ??
    attributeOrText($, $('[itemprop="jobLocation"] [itemprop="name"]'));
  const postcode = attributeOrText($, address.find('[itemprop="postalCode"]'));
  const commune = attributeOrText(
    $,
    $('[itemprop="jobLocation"]').find('[data-commune], [itemprop="addressCommune"]'),
    'data-commune',
  );
  const latitude = numberOrNull(attributeOrText($, $('[itemprop="geo"] [itemprop="latitude"]')));
  const longitude = numberOrNull(attributeOrText($, $('[itemprop="geo"] [itemprop="longitude"]')));

  const contractLines = lines(facts.get('type de contrat') ?? facts.get('contrat'));
  const contractLabel = contractLines[0] ?? null;
  const nature = contractLines[1] ?? null;
  const hoursLines = lines(
    attributeOrText($, $('[itemprop="workHours"]'), 'data-libelle') ?? facts.get('durée du travail') ?? null,
  );
  const fullTimeLine = hoursLines.find((line) => /^temps (plein|partiel)$/i.test(line));
  const hoursLabel = hoursLines.filter((line) => line !== fullTimeLine).join('\n') || null;
  const salary = salaryFrom(facts.get('salaire') ?? null);

  const experienceText = attributeOrText($, $('[itemprop="experienceRequirements"]'));
  const companyBlock = $('.media-body').has('h3.title').first();
  const employerName =
    attributeOrText($, companyBlock.find('h3.title')) ??
    attributeOrText($, $('[itemprop="hiringOrganization"] [itemprop="name"]'));
  const partnerLinks = $('[data-partenaire], .partenaire a[href], a.partenaire[href]')
    .toArray()
    .map((node) => ({
      name: ($(node).attr('data-partenaire') ?? $(node).text()).trim() || null,
      url: $(node).attr('href')?.trim() || null,
    }))
    .filter((link) => link.url && /^https?:\/\//i.test(link.url));
  const applyUrl =
    $('a[data-url-postulation], a.btn-postuler[href], a[itemprop="url"][href]')
      .first()
      .attr('data-url-postulation') ??
    $('a.btn-postuler[href], a[itemprop="url"][href]').first().attr('href') ??
    null;
  const createdAt = attributeOrText($, $('[itemprop="datePosted"]'));
  const updatedAt = attributeOrText($, $('[itemprop="dateModified"]'));

  const raw = {
    id,
    title,
    description,
    placeLabel,
    postcode,
    commune,
    latitude,
    longitude,
    facts: Object.fromEntries(facts),
    employmentType: attributeOrText($, $('[itemprop="employmentType"]')),
    experience: experienceText,
    qualification: attributeOrText($, $('[itemprop="qualifications"]')),
    industry: attributeOrText($, $('[itemprop="industry"]')),
    employerName,
    partnerLinks,
    applyUrl,
    createdAt,
    updatedAt,
  };

  const offer: Offer = {
    id,
    source: 'site',
    title,
    description,
    employer: {
      name: employerName,
      description: readableText($, companyBlock.find('p, .description').first()),
      url: companyBlock.find('a[href^="http"]').first().attr('href') ?? null,
      adapted: null,
    },
    contract: {
      type: contractCodeFrom(contractLabel, raw.employmentType),
      label: contractLabel,
      nature,
      alternance: nature ? /apprentissage|professionnalisation/i.test(nature) : null,
    },
    hours: {
      label: hoursLabel,
      fullTime: fullTimeLine ? /plein/i.test(fullTimeLine) : null,
    },
    salary,
    place: {
      label: placeLabel,
      departement:
        resolveDepartement({ commune, label: placeLabel, postcode }) ?? departementFromLabel(placeLabel),
      commune,
      postcode,
      latitude,
      longitude,
    },
    rome: { code: null, label: null, appellation: null, domain: null },
    sector: { naf: null, code: null, label: raw.industry },
    origin: {
      kind: partnerLinks.length > 0 ? 'partner' : 'france_travail',
      url: null,
      partners: partnerLinks,
    },
    contact: {
      name: null,
      phone: null,
      email: null,
      details: [],
      applyUrl: applyUrl && /^https?:\/\//i.test(applyUrl) ? applyUrl : null,
      recruiterUrl: null,
    },
    experience: {
      code: experienceCode(experienceText),
      label: experienceText?.replace(/\s*[-–(]\s*(expérience )?(exigée|souhaitée)\)?$/i, '').trim() || null,
    },
    qualification: { code: null, label: raw.qualification },
    positions: numberOrNull(facts.get('nombre de postes') ?? null),
    createdAt,
    updatedAt,
  };
  const parsed = offerSchema.safeParse(offer);
  if (!parsed.success)
    return { ok: false, expired: false, reason: parsed.error.issues[0]?.message ?? 'invalid' };
  return { ok: true, offer: parsed.data, raw };
}

/** The summary box: `dt` label (or its screen-reader text, or its title) → `dd` text. */
function definitionList($: CheerioAPI): Map<string, string> {
  const facts = new Map<string, string>();
  $('dl dt').each((_, node) => {
    const dt = $(node);
    const label = (dt.attr('title') ?? dt.text())
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*:$/, '')
      .toLowerCase();
    const dd = dt.nextAll('dd').first();
    const value = readableText($, dd);
    if (label && value && !facts.has(label)) facts.set(label, value);
  });
  return facts;
}

function lines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** "Salaire : Mensuel de 2000.0 Euros sur 12.0 mois" then benefits, one per line. */
function salaryFrom(text: string | null): Offer['salary'] {
  const items = lines(text).map((line) => line.replace(/^salaire\s*:\s*/i, ''));
  const label = items.find((line) => /^(mensuel|horaire|annuel|cachet)\b/i.test(line)) ?? null;
  const commentLine = items.find((line) => /^commentaire\s*:/i.test(line));
  const rest = items.filter((line) => line !== label && line !== commentLine);
  // Without a structured amount the first line is the free-text comment ("Selon expérience").
  const comment = commentLine
    ? commentLine.replace(/^commentaire\s*:\s*/i, '')
    : label
      ? null
      : (rest.shift() ?? null);
  return { label, comment, complements: rest };
}

function experienceCode(text: string | null): 'D' | 'S' | 'E' | null {
  if (!text) return null;
  if (/débutant/i.test(text)) return 'D';
  if (/exigée?/i.test(text)) return 'E';
  if (/souhaitée?/i.test(text)) return 'S';
  return null;
}

function numberOrNull(text: string | null): number | null {
  if (!text) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
