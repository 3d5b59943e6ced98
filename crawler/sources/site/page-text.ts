import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';

/**
 * The text of an element as a reader sees it: `<br>` and block ends become line breaks, runs of spaces one space.
 * The API's descriptions are plain text with `\n`; the website prints the same text with `<br>` and paragraphs,
 * so this is what makes the two sources comparable.
 */
export function readableText($: CheerioAPI, element: Cheerio<AnyNode>): string | null {
  if (element.length === 0) return null;
  const clone = element.first().clone();
  clone.find('script, style, noscript').remove();
  // Line breaks in the HTML source are mere spaces; only <br> and block ends break lines on the page.
  collapseSourceWhitespace(clone.toArray());
  clone.find('br').replaceWith('\n');
  clone.find('p, div, li, h1, h2, h3, h4, h5, h6, tr, dd, dt').each((_, node) => {
    $(node).append('\n');
  });
  const text = clone
    .text()
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text;
}

function collapseSourceWhitespace(nodes: AnyNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') node.data = node.data.replace(/\s+/g, ' ');
    else if ('children' in node) collapseSourceWhitespace(node.children as AnyNode[]);
  }
}

/** An attribute or the text, trimmed; null when empty. */
export function attributeOrText(
  $: CheerioAPI,
  element: Cheerio<AnyNode>,
  attribute = 'content',
): string | null {
  if (element.length === 0) return null;
  const first = element.first();
  const value = first.attr(attribute) ?? readableText($, first);
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
