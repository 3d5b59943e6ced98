import type { AnyNode, Element, ParentNode } from 'domhandler';

/**
 * Every element of a parsed page that the detail-page reader asks about, collected in one walk of the tree, in
 * document order. A page used to be searched by some thirty CSS selectors, each compiled and each walking the
 * whole document: most of the time spent reading a page. The walk is iterative, so a page nested thousands of
 * levels deep is read like any other instead of overflowing the stack.
 */
export class PageIndex {
  /** Elements by the exact value of their `itemprop` attribute (what `[itemprop="x"]` matches). */
  private readonly itemprop = new Map<string, Element[]>();
  /** Elements by each token of their `class` attribute (what `.x` matches). */
  private readonly classes = new Map<string, Element[]>();
  /** Elements by tag name, for the few tags asked about. */
  private readonly tags = new Map<string, Element[]>();
  /** Elements by the name of an attribute they carry, for the few attributes asked about. */
  private readonly attributes = new Map<string, Element[]>();
  /** Position of every element in document order: sorts unions the way a selector list does. */
  private readonly order = new Map<Element, number>();

  constructor(root: ParentNode) {
    const stack: AnyNode[] = [];
    pushChildren(stack, root.children);
    let position = 0;
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isElement(node)) {
        this.order.set(node, position++);
        this.index(node);
      }
      if ('children' in node) pushChildren(stack, node.children);
    }
  }

  private index(element: Element): void {
    const attribs = element.attribs;
    if (INDEXED_TAGS.has(element.name)) add(this.tags, element.name, element);
    const itemprop = attribs.itemprop;
    if (itemprop !== undefined) add(this.itemprop, itemprop, element);
    const className = attribs.class;
    if (className !== undefined) {
      for (const token of className.split(CLASS_SEPARATOR)) if (token) add(this.classes, token, element);
    }
    for (const name of INDEXED_ATTRIBUTES) if (name in attribs) add(this.attributes, name, element);
  }

  /** `[itemprop="name"]`, in document order. */
  byItemprop(name: string): readonly Element[] {
    return this.itemprop.get(name) ?? NONE;
  }

  /** `.name`, in document order. */
  byClass(name: string): readonly Element[] {
    return this.classes.get(name) ?? NONE;
  }

  /** Elements with this tag name (one of INDEXED_TAGS), in document order. */
  byTag(name: IndexedTag): readonly Element[] {
    return this.tags.get(name) ?? NONE;
  }

  /** `[name]` (one of INDEXED_ATTRIBUTES), in document order. */
  withAttribute(name: IndexedAttribute): readonly Element[] {
    return this.attributes.get(name) ?? NONE;
  }

  /** The elements of several lists, once each, in document order: what a selector list (`a, b`) gives. */
  union(...lists: ReadonlyArray<readonly Element[]>): Element[] {
    const all = new Set<Element>();
    for (const list of lists) for (const element of list) all.add(element);
    return [...all].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

const NONE: readonly Element[] = [];

/** What CSS calls white space between class names. */
const CLASS_SEPARATOR = /[ \t\n\r\f]+/;

const TAG_NAMES = ['a', 'body', 'dd', 'dt', 'h1', 'h3', 'h4', 'img', 'li', 'ul'] as const;
type IndexedTag = (typeof TAG_NAMES)[number];
const INDEXED_TAGS: ReadonlySet<string> = new Set(TAG_NAMES);

// The real pages carry no data-* attribute with an offer's codes (public scrapers read none): only the result
// list's `data-id-offre` is known.
const INDEXED_ATTRIBUTES = ['data-id-offre'] as const;
type IndexedAttribute = (typeof INDEXED_ATTRIBUTES)[number];

function add(map: Map<string, Element[]>, key: string, element: Element): void {
  const list = map.get(key);
  if (list) list.push(element);
  else map.set(key, [element]);
}

/** Children pushed last-first, so that popping the stack visits them in document order. */
function pushChildren(stack: AnyNode[], children: readonly AnyNode[]): void {
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
}

/** An element, as CSS selectors see one (`<script>` and `<style>` included). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Whether `node` is a descendant of `ancestor` (not the node itself): what `ancestor.find(…)` searches. */
export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}

/**
 * Whether one of the node's ancestor elements passes `test`: the descendant combinator (`a b`). Like css-select,
 * the walk stops at the first parent that is not an element (a `<template>`'s content is a fragment of its own).
 */
export function hasAncestor(node: AnyNode, test: (element: Element) => boolean): boolean {
  for (let parent = node.parent; parent && isElement(parent); parent = parent.parent)
    if (test(parent)) return true;
  return false;
}

/** Whether the element's `class` attribute holds this token. */
export function hasClass(element: Element, name: string): boolean {
  const className = element.attribs.class;
  return className?.split(CLASS_SEPARATOR).includes(name) ?? false;
}

/**
 * All the text under a node, scripts and styles included, comments left out: what cheerio's `.text()` gives
 * (domutils' `textContent`), without its recursion. Elements named in `skipping` are left out with their text.
 */
export function textContent(node: AnyNode, skipping?: ReadonlySet<string>): string {
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') text += current.data;
    else if (current.type === 'comment' || !('children' in current)) continue;
    else if (skipping && 'name' in current && skipping.has(current.name)) continue;
    else pushChildren(stack, current.children);
  }
  return text;
}

/** cheerio's `.text()` of a selection, without its recursion. */
export function textOf(selection: ArrayLike<AnyNode>, skipping?: ReadonlySet<string>): string {
  let text = '';
  for (let index = 0; index < selection.length; index++) text += textContent(selection[index]!, skipping);
  return text;
}
