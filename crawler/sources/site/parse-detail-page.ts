import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { type Offer, offerSchema } from '../../../model/offer.js';
import { resolveDepartement } from '../../../model/place.js';
import { contractCodeFrom } from './contract-type.js';
import { hasAncestor, hasClass, isElement, isInside, PageIndex, textContent, textOf } from './page-index.js';
import { attributeOrTextOf, readableTextOf } from './page-text.js';

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
  const page = new PageIndex(load(html).root()[0]!);
  const title = attributeOrTextOf(page.byItemprop('title')[0]);
  const hiring = page.byItemprop('hiringOrganization')[0];
  const within = (list: readonly Element[]) => (hiring ? list.filter((node) => isInside(node, hiring)) : []);
  const description = readableTextOf(
    page.byItemprop('description').find((node) => !hiring || !isInside(node, hiring)),
  );
  if (!title && !description) {
    const text = textOf(page.byTag('body'));
    if (EXPIRED_TEXT.test(text))
      return { ok: false, expired: true, reason: 'the offer is no longer available' };
    return { ok: false, expired: false, reason: 'no offer title or description on the page' };
  }
  const facts = definitionList(page);
  const id =
    attributeOrTextOf(
      page
        .byItemprop('value')
        .find((node) => hasAncestor(node, (parent) => parent.attribs.itemprop === 'identifier')),
    ) ??
    page.withAttribute('data-id-offre')[0]?.attribs['data-id-offre']?.trim() ??
    expectedId ??
    null;
  if (!id) return { ok: false, expired: false, reason: 'no offer reference on the page' };

  const address = page.byItemprop('address')[0];
  const inAddress = (list: readonly Element[]) =>
    address ? list.find((node) => isInside(node, address)) : undefined;
  const placeLabel = attributeOrTextOf(inAddress(page.byItemprop('name')));
  const postcode = attributeOrTextOf(inAddress(page.byItemprop('postalCode')));
  const commune = address?.attribs['data-commune']?.trim() || null;
  const inGeo = (node: Element) => hasAncestor(node, (parent) => parent.attribs.itemprop === 'geo');
  const latitude = numberOrNull(attributeOrTextOf(page.byItemprop('latitude').find(inGeo)));
  const longitude = numberOrNull(attributeOrTextOf(page.byItemprop('longitude').find(inGeo)));

  const contractBox = firstDd(page, 'type-contrat');
  const contractLines = lines(facts.get('type de contrat') ?? facts.get('contrat'));
  const contractLabel =
    readableTextOf(descendant(page.byClass('type-contrat-libelle'), contractBox)) ?? contractLines[0] ?? null;
  const nature =
    readableTextOf(descendant(page.byClass('nature-contrat'), contractBox)) ?? contractLines[1] ?? null;

  const hoursBox = firstDd(page, 'duree-travail');
  const hoursLines = lines(facts.get('durée du travail'));
  const workHours = readableTextOf(page.byItemprop('workHours')[0]);
  // "Temps plein" may be the working time itself (dureeTravailLibelle) or the converted label printed after it:
  // only a line outside the workHours element is the latter.
  const afterWorkHours = hoursLines.filter((line) => !lines(workHours).includes(line));
  const fullTimeText =
    readableTextOf(descendant(page.byClass('duree-converti'), hoursBox)) ??
    afterWorkHours.find((line) => /^temps (plein|partiel)$/i.test(line)) ??
    null;
  const hoursLabel = workHours ?? (hoursLines.filter((line) => line !== fullTimeText).join('\n') || null);

  const experienceNode = page.byItemprop('experienceRequirements')[0];
  const experienceText = readableTextOf(experienceNode);
  // `qualifications` also tags the soft skills; the qualification itself is the one in "Informations complémentaires".
  const qualificationNode =
    page.byItemprop('qualifications').find((node) => 'data-qualification' in node.attribs) ??
    qualificationInList(page);
  const industryNode = page.byItemprop('industry')[0];
  const naf = industryNode?.attribs['data-code-naf']?.trim() || null;
  const romeNode = page.byItemprop('occupationalCategory')[0];
  const romeCode = romeNode?.attribs['data-code-rome']?.trim() || null;

  const origin = page.withAttribute('data-origine')[0]?.attribs['data-origine']?.trim();
  const partnerLinks = page
    .byTag('a')
    .filter(
      (node) =>
        node.attribs.href !== undefined &&
        (node.attribs.id === 'idLienPartenaire' || node.attribs['data-partenaire'] !== undefined),
    )
    .map((node) => ({
      name:
        (node.attribs['data-partenaire'] ?? textOrEmpty(page.byClass('partenaire-nom')[0])).trim() || null,
      url: node.attribs.href?.trim() || null,
    }))
    .filter((link) => link.url && /^https?:\/\//i.test(link.url));
  const applyUrl =
    page
      .byTag('a')
      .find(
        (node) =>
          node.attribs.href !== undefined &&
          (node.attribs.id === 'contactUrlPostulation' || hasClass(node, 'btn-postuler')),
      )
      ?.attribs.href?.trim() ?? null;
  const contact = contactFrom(
    page
      .byTag('ul')
      .find(
        (node) => hasClass(node, 'contact') && hasAncestor(node, (parent) => hasClass(parent, 'apply-block')),
      ),
  );
  const alternance = page.withAttribute('data-alternance')[0]?.attribs['data-alternance'];

  const raw: Record<string, unknown> = {
    id,
    title,
    description,
    place: { label: placeLabel, postcode, commune, latitude, longitude },
    facts: Object.fromEntries(facts),
    employmentType: attributeOrTextOf(page.byItemprop('employmentType')[0]),
    experience: experienceText,
    origin: origin ?? null,
    partnerLinks,
    applyUrl,
    contact,
  };

  const shownName =
    readableTextOf(within(page.byItemprop('name'))[0]) ??
    readableTextOf(
      page
        .byTag('h3')
        .filter(
          (node) => hasClass(node, 'title') && hasAncestor(node, (parent) => hasClass(parent, 'media-body')),
        )
        .at(-1),
    );
  // What the site prints when the employer chose to stay anonymous: not a name.
  const employerName = shownName && !/^entreprise non communiquée$/i.test(shownName) ? shownName : null;
  const offer: Offer = {
    id,
    source: 'site',
    title,
    description,
    employer: {
      name: employerName,
      description: readableTextOf(
        within(page.union(page.byItemprop('description'), page.byClass('description-entreprise')))[0],
      ),
      url:
        within(page.byItemprop('url'))
          .find((node) => node.name === 'a' && node.attribs.href !== undefined)
          ?.attribs.href?.trim() ?? null,
      adapted: null,
    },
    contract: {
      type: contractCodeFrom(contractLabel, contractBox?.attribs['data-type-contrat']),
      label: contractLabel,
      nature,
      alternance: alternance === 'true' ? true : alternance === 'false' ? false : null,
    },
    hours: {
      label: hoursLabel,
      fullTime: fullTimeText ? /plein/i.test(fullTimeText) : null,
    },
    salary: salaryFrom(page, firstDd(page, 'salaire'), facts.get('salaire') ?? null),
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
      label: readableTextOf(romeNode),
      appellation: readableTextOf(
        page
          .byClass('appellation')
          .find(
            (node) =>
              hasAncestor(node, (parent) => hasClass(parent, 'rome')) ||
              previousElement(node)?.attribs.itemprop === 'occupationalCategory',
          ),
      ),
      domain: romeCode ? romeCode.slice(0, 3).toUpperCase() : null,
    },
    // The API's `secteurActivite` is the NAF division: the code's first two digits.
    sector: { naf, code: naf ? naf.slice(0, 2) : null, label: readableTextOf(industryNode) },
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
      code: experienceCode(experienceNode?.attribs['data-exigence'], experienceText),
      // "Débutant accepté" and "Expérience exigée" are also real `experienceLibelle` values (most offers have one).
      label: experienceText,
    },
    qualification: {
      code: qualificationNode?.attribs['data-qualification']?.trim() || null,
      label: readableTextOf(qualificationNode),
    },
    positions: integerOrNull(
      readableTextOf(page.byClass('nombre-postes')[0]) ?? facts.get('nombre de postes') ?? null,
    ),
    createdAt:
      page.withAttribute('data-date-creation')[0]?.attribs['data-date-creation']?.trim() ??
      attributeOrTextOf(page.byItemprop('datePosted')[0]),
    updatedAt:
      page.withAttribute('data-date-actualisation')[0]?.attribs['data-date-actualisation']?.trim() ??
      attributeOrTextOf(page.byItemprop('dateModified')[0]),
  };
  const parsed = offerSchema.safeParse(offer);
  if (!parsed.success)
    return { ok: false, expired: false, reason: parsed.error.issues[0]?.message ?? 'invalid' };
  return { ok: true, offer: parsed.data, raw };
}

/** The summary box: `dt` label (or its title) → `dd` text. */
function definitionList(page: PageIndex): Map<string, string> {
  const facts = new Map<string, string>();
  for (const dt of page.byTag('dt')) {
    if (!hasAncestor(dt, (parent) => parent.name === 'dl')) continue;
    const label = (dt.attribs.title ?? textContent(dt))
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*:$/, '')
      .toLowerCase();
    let dd = nextElement(dt);
    while (dd && dd.name !== 'dd') dd = nextElement(dd);
    const value = readableTextOf(dd);
    if (label && value && !facts.has(label)) facts.set(label, value);
  }
  return facts;
}

/** `dd.name`: the first `dd` with this class. */
function firstDd(page: PageIndex, className: string): Element | undefined {
  return page.byClass(className).find((node) => node.name === 'dd');
}

/** The first element of `list` inside `ancestor` (none without an ancestor): `ancestor.find(…).first()`. */
function descendant(list: readonly Element[], ancestor: Element | undefined): Element | undefined {
  return ancestor ? list.find((node) => isInside(node, ancestor)) : undefined;
}

/** The older layout's "Qualification : …" line: its first `[itemprop="qualifications"]` or `span`. */
function qualificationInList(page: PageIndex): Element | undefined {
  const item = page.byTag('li').find((node) => /^\s*qualification\s*:/i.test(textContent(node)));
  if (!item) return undefined;
  const stack: AnyNode[] = [...item.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'span' || node.attribs.itemprop === 'qualifications') return node;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return undefined;
}

/**
 * The apply block lists the contact's name, address lines, phone and e-mail, one per line. The name comes first
 * when there is one; an e-mail or a phone number alone on its line is recognised as such.
 */
function contactFrom(list: Element | undefined): Omit<Offer['contact'], 'applyUrl' | 'recruiterUrl'> {
  const items = (list?.children ?? [])
    .filter((node): node is Element => isElement(node) && node.name === 'li')
    .map((node) => textContent(node).replace(/\s+/g, ' ').trim())
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

function salaryFrom(page: PageIndex, box: Element | undefined, fallback: string | null): Offer['salary'] {
  const label = descendant(page.byClass('salaire-libelle'), box);
  const comment = descendant(page.byClass('salaire-commentaire'), box);
  const lists = box ? page.byClass('salaire-complements').filter((node) => isInside(node, box)) : [];
  if (box && (label || comment || lists.length > 0)) {
    return {
      label: readableTextOf(label),
      comment: readableTextOf(comment),
      // `.salaire-complements li` inside the box: the list itself may be the box or enclose it.
      complements: page
        .byTag('li')
        .filter(
          (node) =>
            isInside(node, box) && hasAncestor(node, (parent) => hasClass(parent, 'salaire-complements')),
        )
        .map((node) => textContent(node).trim())
        .filter(Boolean),
    };
  }
  // The real site's older layout: "Salaire : Mensuel de 2000.0 Euros sur 12.0 mois", then benefits, one a line.
  const items = lines(fallback).map((line) => line.replace(/^salaire\s*:\s*/i, ''));
  const shown = items.find((line) => /^(mensuel|horaire|annuel|cachet)\b/i.test(line)) ?? null;
  const rest = items.filter((line) => line !== shown);
  const remark = shown ? null : (rest.shift() ?? null);
  return { label: shown, comment: remark, complements: rest };
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

function textOrEmpty(node: Element | undefined): string {
  return node ? textContent(node) : '';
}

function nextElement(node: Element): Element | undefined {
  for (let next = node.next; next; next = next.next) if (isElement(next)) return next;
  return undefined;
}

function previousElement(node: Element): Element | undefined {
  for (let previous = node.prev; previous; previous = previous.prev) if (isElement(previous)) return previous;
  return undefined;
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
