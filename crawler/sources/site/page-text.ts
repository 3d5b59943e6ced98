import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';

/**
 * The text of an element as a reader sees it: `<br>` and block ends become line breaks, runs of spaces one space.
 * The API's descriptions are plain text with `\n`; the website prints the same text with `<br>` and paragraphs,
 * so this is what makes the two sources comparable.
 */
export function readableText(_$: CheerioAPI, element: Cheerio<AnyNode>): string | null {
  if (element.length === 0) return null;
  // Read straight from the tree, without cloning and editing it: this runs for most fields of every page.
  const parts: string[] = [];
  const root = element[0]!;
  if (root.type === 'text') parts.push(root.data.replace(/\s+/g, ' '));
  else if ('children' in root) collectText(root.children as AnyNode[], parts);
  const text = parts
    .join('')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text;
}

/** Elements whose text a reader never sees. */
const HIDDEN = new Set(['script', 'style', 'noscript']);
/** Elements that end a line on the page. */
const BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'dd', 'dt']);

/**
 * The text under `nodes` as a reader sees it: line breaks in the HTML source are mere spaces; only <br> and block
 * ends break lines on the page.
 */
function collectText(nodes: readonly AnyNode[], parts: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      parts.push(node.data.replace(/\s+/g, ' '));
    } else if ('name' in node && 'children' in node) {
      if (HIDDEN.has(node.name)) continue;
      if (node.name === 'br') {
        parts.push('\n');
        continue;
      }
      collectText(node.children as AnyNode[], parts);
      if (BLOCKS.has(node.name)) parts.push('\n');
    }
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
