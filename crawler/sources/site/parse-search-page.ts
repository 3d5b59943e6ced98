import { load } from 'cheerio';
import { textContent, textOf } from './page-index.js';
import { readableText } from './page-text.js';

export interface SearchPageItem {
  id: string;
  title: string | null;
  company: string | null;
  place: string | null;
}

export interface SearchPage {
  /** The count the page prints ("1 234 offres"); null when the page shows none. */
  total: number | null;
  items: SearchPageItem[];
}

/** A results page (`/offres/recherche?…`) or the HTML inside the "more results" Tapestry answer. */
// Text is read with `textOf`, not cheerio's `.text()`, whose recursion a page nested thousands deep overflows.
export function parseSearchPage(html: string): SearchPage {
  const $ = load(html);
  const items: SearchPageItem[] = [];
  $('li.result[data-id-offre]').each((_, node) => {
    const li = $(node);
    const id = li.attr('data-id-offre')?.trim();
    if (!id) return;
    const subtext = li.find('.subtext').first();
    const place = textOf(subtext.find('span').last()).trim() || null;
    // The employer is the subtext without its <span> children (the place).
    const company =
      (subtext[0]?.children ?? [])
        .filter((child) => !(child.type === 'tag' && child.name === 'span'))
        .map((node) => textContent(node))
        .join('')
        .replace(/\s+/g, ' ')
        .replace(/\s*[-–—]\s*$/, '')
        .trim() || null;
    items.push({ id, title: readableText($, li.find('.media-heading-title').first()), company, place });
  });
  return { total: totalFrom($), items };
}

/** The count in `#zoneAfficherListeOffres h1.title`: "2179 offres", "10 723 offres" (any kind of space). */
function totalFrom($: ReturnType<typeof load>): number | null {
  const candidates = $('#zoneAfficherListeOffres h1.title')
    .toArray()
    .map((node) => textContent(node));
  for (const text of candidates) {
    const match = /(\d[\d \u00a0\u202f.]*)\s+offres?\b/i.exec(text);
    if (match) return Number(match[1]!.replace(/[ \u00a0\u202f.]/g, ''));
  }
  if ($('li.result[data-id-offre]').length === 0 && /aucune offre|aucun résultat/i.test(textOf($('body'))))
    return 0;
  return null;
}
