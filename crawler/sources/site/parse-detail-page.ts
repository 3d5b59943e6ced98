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

/**
 * Reads an offer from its detail page (`/offres/recherche/detail/{id}`) into the same Offer the API gives, from
 * what public scrapers of the real site rely on (no full saved page is known): `span[itemprop=title]` in an h1
 * "Offre n° …", `[itemprop=description]`, `[itemprop=workHours]`, `[itemprop=datePosted][content]`,
 * `[itemprop=jobLocation] [itemprop=name]`, `employmentType`, `experienceRequirements`, the `dt`/`dd` pairs
 * ("Type de contrat", "Salaire", "Durée du travail"), the company in `.media-body h3.title` and the partner link
 * `a#idLienPartenaire[href]`. Every field is optional. What the page does not give — ROME and NAF codes, the
 * commune, the origin, alternance, and the recruiter's contact (loaded later by an AJAX call) — is null, never
 * guessed. `pageUrl` is the page's own address: it is what the API calls `origineOffre.urlOrigine`.
 */
export function parseDetailPage(html: string, expectedId?: string, pageUrl?: string): DetailPageResult {
  const page = new PageIndex(load(html).root()[0]!);
  const title = attributeOrTextOf(page.byItemprop('title')[0]);
  const description = readableTextOf(page.byItemprop('description')[0]);
  if (!title && !description) {
    const text = textOf(page.byTag('body'));
    if (EXPIRED_TEXT.test(text))
      return { ok: false, expired: true, reason: 'the offer is no longer available' };
    return { ok: false, expired: false, reason: 'no offer title or description on the page' };
  }
  const facts = definitionList(page);
  const heading = page.byTag('h1').find((node) => /offre n°/i.test(textContent(node)));
  const id =
    /offre n°\s*([A-Za-z0-9]+)/i.exec(heading ? textContent(heading) : '')?.[1] ??
    attributeOrTextOf(
      page
        .byItemprop('value')
        .find((node) => hasAncestor(node, (parent) => parent.attribs.itemprop === 'identifier')),
    ) ??
    expectedId ??
    null;
  if (!id) return { ok: false, expired: false, reason: 'no offer reference on the page' };

  const location = page.byItemprop('jobLocation')[0];
  const inLocation = (list: readonly Element[]) =>
    location ? list.find((node) => isInside(node, location)) : undefined;
  const placeLabel = attributeOrTextOf(inLocation(page.byItemprop('name')));
  // schema.org's postal code, when a page has one; the commune's INSEE code is never on the page.
  const postcode = attributeOrTextOf(inLocation(page.byItemprop('postalCode')));
  const commune = null;
  const inGeo = (node: Element) => hasAncestor(node, (parent) => parent.attribs.itemprop === 'geo');
  const latitude = numberOrNull(attributeOrTextOf(page.byItemprop('latitude').find(inGeo)));
  const longitude = numberOrNull(attributeOrTextOf(page.byItemprop('longitude').find(inGeo)));

  const contractLines = lines(facts.get('type de contrat') ?? facts.get('contrat'));
  const contractLabel = contractLines[0] ?? null;
  const nature = contractLines[1] ?? null;

  // "Durée du travail": the `dd` is itself `[itemprop=workHours]`, or holds it; "Temps plein" / "Temps partiel"
  // is the last line when the site gives it (the API's dureeTravailLibelleConverti).
  const workHoursNode = page.byItemprop('workHours')[0];
  const hoursLines = lines(facts.get('durée du travail') ?? readableTextOf(workHoursNode));
  const lastLine = hoursLines.at(-1);
  const fullTimeText = lastLine && /^temps (plein|partiel)$/i.test(lastLine) ? lastLine : null;
  const hoursLabel =
    hoursLines.filter((_line, index) => !(fullTimeText && index === hoursLines.length - 1)).join('\n') ||
    null;

  const experienceNode = page.byItemprop('experienceRequirements')[0];
  const experienceText = readableTextOf(experienceNode);
  // "2 An(s) (Exigé)": the requirement is printed beside the wording, in the same list item.
  const experienceItem = experienceNode
    ? page.byTag('li').find((node) => isInside(experienceNode, node))
    : undefined;
  const experienceRequired = experienceItem ? /\(exigée?\)/i.test(textContent(experienceItem)) : false;
  // `qualifications` also tags the soft skills; the qualification itself is the one in "Informations complémentaires".
  const qualificationNode = qualificationInList(page);
  const industryNode = page.byItemprop('industry')[0];
  const romeNode = page.byItemprop('occupationalCategory')[0];

  const applyBlock = page.byClass('apply-block')[0];
  const partnerName =
    readableTextOf(applyBlock ? page.byTag('h4').find((node) => isInside(node, applyBlock)) : undefined) ??
    (applyBlock
      ? page
          .byTag('img')
          .find((node) => isInside(node, applyBlock))
          ?.attribs.alt?.trim()
      : undefined) ??
    null;
  const partnerLinks = page
    .byTag('a')
    .filter((node) => node.attribs.href !== undefined && node.attribs.id === 'idLienPartenaire')
    .map((node) => ({ name: partnerName || null, url: node.attribs.href?.trim() || null }))
    .filter((link) => link.url && /^https?:\/\//i.test(link.url));

  const raw: Record<string, unknown> = {
    id,
    title,
    description,
    place: { label: placeLabel, postcode, commune, latitude, longitude },
    facts: Object.fromEntries(facts),
    employmentType: attributeOrTextOf(page.byItemprop('employmentType')[0]),
    experience: experienceText,
    partnerLinks,
  };

  const shownName = readableTextOf(
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
    employer: { name: employerName, description: null, url: null, adapted: null },
    contract: {
      type: contractCodeFrom(contractLabel),
      label: contractLabel,
      nature,
      alternance: null,
    },
    hours: {
      label: hoursLabel,
      fullTime: fullTimeText ? /plein/i.test(fullTimeText) : null,
    },
    salary: salaryFrom(facts.get('salaire') ?? null),
    place: {
      label: placeLabel,
      departement: resolveDepartement({ commune, label: placeLabel, postcode }),
      commune,
      postcode,
      latitude,
      longitude,
    },
    // The page shows the job's label, never its ROME or NAF code.
    rome: { code: null, label: readableTextOf(romeNode), appellation: null, domain: null },
    sector: { naf: null, code: null, label: readableTextOf(industryNode) },
    // A partner link says the offer is a partner's; its absence proves nothing, so the origin stays unknown.
    origin: {
      kind: partnerLinks.length > 0 ? 'partner' : null,
      url: pageUrl ?? null,
      partners: partnerLinks,
    },
    // The recruiter's contact is loaded by an AJAX call after the page: never in it.
    contact: { name: null, phone: null, email: null, details: [], applyUrl: null, recruiterUrl: null },
    experience: {
      code: experienceCode(experienceRequired ? 'E' : undefined, experienceText),
      // "Débutant accepté" and "Expérience exigée" are also real `experienceLibelle` values (most offers have one).
      label: experienceText,
    },
    qualification: { code: null, label: readableTextOf(qualificationNode) },
    positions: integerOrNull(facts.get('nombre de postes') ?? null),
    createdAt: page.byItemprop('datePosted')[0]?.attribs.content?.trim() || null,
    updatedAt: page.byItemprop('dateModified')[0]?.attribs.content?.trim() || null,
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
 * The "Salaire" `dd`: "Salaire brut : Mensuel de 2000.0 Euros sur 12.0 mois" (older pages: "Salaire : …"), then the
 * remark and the benefits, one a line.
 */
function salaryFrom(text: string | null): Offer['salary'] {
  const items = lines(text).map((line) => line.replace(/^salaire(\s+brut)?\s*:\s*/i, ''));
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

function nextElement(node: Element): Element | undefined {
  for (let next = node.next; next; next = next.next) if (isElement(next)) return next;
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
