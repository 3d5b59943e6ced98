/**
 * Offer text is written by strangers and ends up in a published page: everything that is not the report's own
 * markup goes through `escapeHtml`, and the `html` template below escapes every interpolated value unless it is
 * itself markup built by `html`. No other way of building HTML exists in the renderers.
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/`/g, '&#96;');
}

/** Markup produced by `html`: trusted because every value inside it was escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolated = SafeHtml | string | number | boolean | null | undefined | readonly Interpolated[];

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return new SafeHtml(out);
}

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A link target only if it is an http(s) URL: `javascript:`, `data:` and relative tricks become null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The report's own stylesheet as markup. It is a constant of the program, never offer text; it is still refused
 * if it holds a `<`, which is the only way CSS could end the style element.
 */
export function styleSheet(css: string): SafeHtml {
  if (css.includes('<')) throw new Error('a stylesheet may not contain "<"');
  return new SafeHtml(css);
}
