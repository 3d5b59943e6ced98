import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/**
 * The text of an element as a reader sees it: `<br>` and block ends become line breaks, runs of spaces one space.
 * The API's descriptions are plain text with `\n`; the website prints the same text with `<br>` and paragraphs,
 * so this is what makes the two sources comparable.
 */
export function readableText(_$: CheerioAPI, element: Cheerio<AnyNode>): string | null {
  return readableTextOf(element[0]);
}

/** `readableText` of one node; null when there is none. */
export function readableTextOf(root: AnyNode | undefined): string | null {
  if (!root) return null;
  // Read straight from the tree, without cloning and editing it: this runs for most fields of every page.
  const parts: string[] = [];
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
/** On the walk's stack: the end of a block, where a line break goes once its children are read. */
const BLOCK_END = Symbol('block end');

/**
 * The text under `nodes` as a reader sees it: line breaks in the HTML source are mere spaces; only <br> and block
 * ends break lines on the page. Iterative, so that a page nested thousands deep does not overflow the stack.
 */
function collectText(nodes: readonly AnyNode[], parts: string[]): void {
  const stack: Array<AnyNode | typeof BLOCK_END> = [];
  for (let index = nodes.length - 1; index >= 0; index--) stack.push(nodes[index]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      parts.push('\n');
    } else if (node.type === 'text') {
      parts.push(node.data.replace(/\s+/g, ' '));
    } else if ('name' in node && 'children' in node) {
      if (HIDDEN.has(node.name)) continue;
      if (node.name === 'br') {
        parts.push('\n');
        continue;
      }
      if (BLOCKS.has(node.name)) stack.push(BLOCK_END);
      const children = node.children as AnyNode[];
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
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

/** `attributeOrText` of one element. */
export function attributeOrTextOf(element: Element | undefined, attribute = 'content'): string | null {
  if (!element) return null;
  const value = element.attribs[attribute] ?? readableTextOf(element);
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
