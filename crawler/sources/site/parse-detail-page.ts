import { type Cheerio, type CheerioAPI, load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { type Offer, offerSchema } from '../../../model/offer.js';
import { resolveDepartement } from '../../../model/place.js';
import { contractCodeFrom } from './contract-type.js';
import { attributeOrText, readableText } from './page-text.js';

export type DetailPageResult =
  | { ok: true; offer: Offer; raw: Record<string, unknown> }
  | { ok: false; expired: boolean; reason: string };

/** Wordings of France Travail's "this offer is no longer online" page. */
const EXPIRED_TEXT =
  /(n'est plus disponible|n’est plus disponible|offre (a été )?(expirée|clôturée|pourvue)|plus en ligne)/i;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+\d#][\d#\s.()-]{7,}$/;

/**
 * Reads an offer from its detail page (`/offres/recherche/detail/{id}`) into the same Offer the API gives:
 * schema.org microdata first (the most stable part of the page), then the `dt`/`dd` summary box, the
 * "informations complémentaires" list and the apply block. Fields the page does not show stay null, never guessed.
 * `pageUrl` is the page's own address: it is what the API calls `origineOffre.urlOrigine`.
 */
export function parseDetailPage(html: string, expectedId?: string, pageUrl?: string): DetailPageResult {
  const $ = load(html);
  const title = attributeOrText($, $('[itemprop="title"]'));
  const hiring = $('[itemprop="hiringOrganization"]').first();
  const description = readableText(
    $,
    $('[itemprop="description"]').not(hiring.find('[itemprop="description"]')).first(),
  );
  if (!title && !description) {
    const text = $('body').text();
    if (EXPIRED_TEXT.test(text))
      return { ok: false, expired: true, reason: 'the offer is no longer available' };
    return { ok: false, expired: false, reason: 'no offer title or description on the page' };
  }
  const facts = definitionList($);
  const id =
    attributeOrText($, $('[itemprop="identifier"] [itemprop="value"]')) ??
    $('[data-id-offre]').first().attr('data-id-offre')?.trim() ??
    expectedId ??
    null;
  if (!id) return { ok: false, expired: false, reason: 'no offer reference on the page' };

  const address = $('[itemprop="address"]').first();
  const placeLabel = attributeOrText($, address.find('[itemprop="name"]'));
  const postcode = attributeOrText($, address.find('[itemprop="postalCode"]'));
  const commune = address.attr('data-commune')?.trim() || null;
  const latitude = numberOrNull(attributeOrText($, $('[itemprop="geo"] [itemprop="latitude"]')));
  const longitude = numberOrNull(attributeOrText($, $('[itemprop="geo"] [itemprop="longitude"]')));

  const contractBox = $('dd.type-contrat').first();
  const contractLines = lines(facts.get('type de contrat') ?? facts.get('contrat'));
  const contractLabel = text($, contractBox.find('.type-contrat-libelle')) ?? contractLines[0] ?? null;
  const nature = text($, contractBox.find('.nature-contrat')) ?? contractLines[1] ?? null;

  const hoursBox = $('dd.duree-travail').first();
  const hoursLines = lines(facts.get('durée du travail'));
  const workHours = readableText($, $('[itemprop="workHours"]').first());
  // "Temps plein" may be the working time itself (dureeTravailLibelle) or the converted label printed after it:
  // only a line outside the workHours element is the latter.
  const afterWorkHours = hoursLines.filter((line) => !lines(workHours).includes(line));
  const fullTimeText =
    text($, hoursBox.find('.duree-converti')) ??
    afterWorkHours.find((line) => /^temps (plein|partiel)$/i.test(line)) ??
    null;
  const hoursLabel = workHours ?? (hoursLines.filter((line) => line !== fullTimeText).join('\n') || null);

  const experienceNode = $('[itemprop="experienceRequirements"]').first();
  const experienceText = text($, experienceNode);
  // `qualifications` also tags the soft skills; the qualification itself is the one in "Informations complémentaires".
  let qualificationNode = $('[itemprop="qualifications"][data-qualification]').first();
  if (qualificationNode.length === 0) {
    qualificationNode = $('li')
      .filter((_, node) => /^\s*qualification\s*:/i.test($(node).text()))
      .first()
      .find('[itemprop="qualifications"], span')
      .first();
  }
  const industryNode = $('[itemprop="industry"]').first();
  const naf = industryNode.attr('data-code-naf')?.trim() || null;
  const romeNode = $('[itemprop="occupationalCategory"]').first();
  const romeCode = romeNode.attr('data-code-rome')?.trim() || null;

  const origin = $('[data-origine]').first().attr('data-origine')?.trim();
  const partnerLinks = $('a#idLienPartenaire[href], a[data-partenaire][href]')
    .toArray()
    .map((node) => ({
      name: ($(node).attr('data-partenaire') ?? $('.partenaire-nom').first().text()).trim() || null,
      url: $(node).attr('href')?.trim() || null,
    }))
    .filter((link) => link.url && /^https?:\/\//i.test(link.url));
  const applyUrl =
    $('a#contactUrlPostulation[href], a.btn-postuler[href]').first().attr('href')?.trim() ?? null;
  const contact = contactFrom($, $('.apply-block ul.contact').first());
  const alternance = $('[data-alternance]').first().attr('data-alternance');

  const raw: Record<string, unknown> = {
    id,
    title,
    description,
    place: { label: placeLabel, postcode, commune, latitude, longitude },
    facts: Object.fromEntries(facts),
    employmentType: attributeOrText($, $('[itemprop="employmentType"]')),
    experience: experienceText,
    origin: origin ?? null,
    partnerLinks,
    applyUrl,
    contact,
  };

  const shownName = text($, hiring.find('[itemprop="name"]')) ?? text($, $('.media-body h3.title').last());
  // What the site prints when the employer chose to stay anonymous: not a name.
  const employerName = shownName && !/^entreprise non communiquée$/i.test(shownName) ? shownName : null;
  const offer: Offer = {
    id,
    source: 'site',
    title,
    description,
    employer: {
      name: employerName,
      description: readableText($, hiring.find('[itemprop="description"], .description-entreprise').first()),
      url: hiring.find('a[itemprop="url"][href]').first().attr('href')?.trim() ?? null,
      adapted: null,
    },
    contract: {
      type: contractCodeFrom(contractLabel, contractBox.attr('data-type-contrat')),
      label: contractLabel,
      nature,
      alternance: alternance === 'true' ? true : alternance === 'false' ? false : null,
    },
    hours: {
      label: hoursLabel,
      fullTime: fullTimeText ? /plein/i.test(fullTimeText) : null,
    },
    salary: salaryFrom($, $('dd.salaire').first(), facts.get('salaire') ?? null),
    place: {
      label: placeLabel,
      departement: resolveDepartement({ commune, label: placeLabel, postcode }),
      commune,
      postcode,
      latitude,
      longitude,
    },
    rome: {
      code: romeCode,
      label: text($, romeNode),
      appellation: text($, $('.rome .appellation, [itemprop="occupationalCategory"] + .appellation').first()),
      domain: romeCode ? romeCode.slice(0, 3).toUpperCase() : null,
    },
    // The API's `secteurActivite` is the NAF division: the code's first two digits.
    sector: { naf, code: naf ? naf.slice(0, 2) : null, label: text($, industryNode) },
    origin: {
      kind: origin === '2' || partnerLinks.length > 0 ? 'partner' : origin === '1' ? 'france_travail' : null,
      url: pageUrl ?? null,
      partners: partnerLinks,
    },
    contact: {
      ...contact,
      applyUrl: applyUrl && /^https?:\/\//i.test(applyUrl) ? applyUrl : null,
      recruiterUrl: null,
    },
    experience: {
      code: experienceCode(experienceNode.attr('data-exigence'), experienceText),
      // "Débutant accepté" and "Expérience exigée" are also real `experienceLibelle` values (most offers have one).
      label: experienceText,
    },
    qualification: {
      code: qualificationNode.attr('data-qualification')?.trim() || null,
      label: text($, qualificationNode),
    },
    positions: integerOrNull(text($, $('.nombre-postes').first()) ?? facts.get('nombre de postes') ?? null),
    createdAt:
      $('[data-date-creation]').first().attr('data-date-creation')?.trim() ??
      attributeOrText($, $('[itemprop="datePosted"]')),
    updatedAt:
      $('[data-date-actualisation]').first().attr('data-date-actualisation')?.trim() ??
      attributeOrText($, $('[itemprop="dateModified"]')),
  };
  const parsed = offerSchema.safeParse(offer);
  if (!parsed.success)
    return { ok: false, expired: false, reason: parsed.error.issues[0]?.message ?? 'invalid' };
  return { ok: true, offer: parsed.data, raw };
}

/** The summary box: `dt` label (or its title) → `dd` text. */
function definitionList($: CheerioAPI): Map<string, string> {
  const facts = new Map<string, string>();
  $('dl dt').each((_, node) => {
    const dt = $(node);
    const label = (dt.attr('title') ?? dt.text())
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*:$/, '')
      .toLowerCase();
    const value = readableText($, dt.nextAll('dd').first());
    if (label && value && !facts.has(label)) facts.set(label, value);
  });
  return facts;
}

/**
 * The apply block lists the contact's name, address lines, phone and e-mail, one per line. The name comes first
 * when there is one; an e-mail or a phone number alone on its line is recognised as such.
 */
function contactFrom(
  $: CheerioAPI,
  list: Cheerio<AnyNode>,
): Omit<Offer['contact'], 'applyUrl' | 'recruiterUrl'> {
  const items = list
    .children('li')
    .toArray()
    .map((node) => $(node).text().replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  let email: string | null = null;
  let phone: string | null = null;
  const rest: string[] = [];
  for (const item of items) {
    if (!email && EMAIL.test(item)) email = item;
    else if (!phone && PHONE.test(item)) phone = item;
    else rest.push(item);
  }
  const first = rest[0];
  const name = first && !/\d/.test(first) && !first.includes(':') ? (rest.shift() ?? null) : null;
  return { name, phone, email, details: rest };
}

function salaryFrom($: CheerioAPI, box: Cheerio<AnyNode>, fallback: string | null): Offer['salary'] {
  if (box.length > 0 && box.find('.salaire-libelle, .salaire-commentaire, .salaire-complements').length > 0) {
    return {
      label: text($, box.find('.salaire-libelle')),
      comment: text($, box.find('.salaire-commentaire')),
      complements: box
        .find('.salaire-complements li')
        .toArray()
        .map((node) => $(node).text().trim())
        .filter(Boolean),
    };
  }
  // The real site's older layout: "Salaire : Mensuel de 2000.0 Euros sur 12.0 mois", then benefits, one a line.
  const items = lines(fallback).map((line) => line.replace(/^salaire\s*:\s*/i, ''));
  const label = items.find((line) => /^(mensuel|horaire|annuel|cachet)\b/i.test(line)) ?? null;
  const rest = items.filter((line) => line !== label);
  const comment = label ? null : (rest.shift() ?? null);
  return { label, comment, complements: rest };
}

function experienceCode(attribute: string | undefined, wording: string | null): 'D' | 'S' | 'E' | null {
  const code = attribute?.trim().toUpperCase();
  if (code === 'D' || code === 'S' || code === 'E') return code;
  if (!wording) return null;
  if (/débutant/i.test(wording)) return 'D';
  if (/exigée?/i.test(wording)) return 'E';
  if (/souhaitée?/i.test(wording)) return 'S';
  return null;
}

function text($: CheerioAPI, element: Cheerio<AnyNode>): string | null {
  return element.length > 0 ? readableText($, element.first()) : null;
}

function lines(value: string | null | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function numberOrNull(value: string | null): number | null {
  if (!value) return null;
  const number = Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : null;
}

function integerOrNull(value: string | null): number | null {
  const number = numberOrNull(value);
  return number !== null && Number.isInteger(number) ? number : null;
}
