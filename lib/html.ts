/**
 * The one way Vigie builds HTML, for the web pages and the published reports alike. Offer text is written by
 * strangers: `html` escapes every interpolated value unless it is already `SafeHtml` (built by `html` itself), so
 * leaving text unescaped takes an explicit `unsafeRaw` or `styleSheet`, which only constant markup uses.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for an element's content or a quoted attribute value; null and undefined become ''. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (char) => ENTITIES[char] ?? char);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item)).join('');
  return escapeHtml(value);
}

/** A template tag: `html\`<p>${offer.title}</p>\`` escapes the title. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Constant markup only: never pass text that came from an offer, a request or a partner. */
export function unsafeRaw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A URL safe to put in an href: only absolute http(s) links survive; `javascript:`, `data:` and relative tricks
 * become null, and the caller shows the text without a link.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * A stylesheet of the program as markup. It is a constant, never offer text; it is still refused if it holds a
 * `<`, which is the only way CSS could end the style element.
 */
export function styleSheet(css: string): SafeHtml {
  if (css.includes('<')) throw new Error('a stylesheet may not contain "<"');
  return new SafeHtml(css);
}
