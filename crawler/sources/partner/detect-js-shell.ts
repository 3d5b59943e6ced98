import { load } from 'cheerio';
import { textOf } from '../site/page-index.js';

/** What a visitor never reads as text. */
const NOT_SHOWN = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/**
 * True when a page is an empty shell that JavaScript fills in (a React/Vue/Angular app): almost no visible text,
 * an app root or scripts, and nothing that reads like an offer. Decided from the HTML, never from the host name:
 * the same job board serves server-rendered pages one year and an app the next.
 */
export function isJavaScriptShell(html: string): boolean {
  const $ = load(html);
  const scripts = $('script').length;
  if (scripts === 0) return false;
  // Read without cheerio's clone and `.text()`, whose recursion a page nested thousands deep overflows.
  const text = textOf($('body'), NOT_SHOWN).replace(/\s+/g, ' ').trim();
  const hasJobPosting = $('script[type="application/ld+json"]')
    .toArray()
    .some((node) => /JobPosting/.test(textOf([node])));
  if (hasJobPosting) return false;
  const appRoot = $(
    '#root, #app, #__next, #__nuxt, [ng-app], [ng-version], [data-reactroot], app-root',
  ).first();
  // An app root holding only a "loading…" placeholder is as empty as one holding nothing.
  const rootIsEmpty = appRoot.length > 0 && textOf(appRoot).replace(/\s+/g, ' ').trim().length < 60;
  if (rootIsEmpty && text.length < 400) return true;
  // "Enable JavaScript to run this app": the noscript message is the only text some shells have.
  const noscript = textOf($('noscript'));
  if (/javascript/i.test(noscript) && text.length < 200) return true;
  return text.length < 80 && !/(cdi|cdd|salaire|contrat|poste|mission)/i.test(text);
}
