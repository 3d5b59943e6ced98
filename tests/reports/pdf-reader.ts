import { inflateSync } from 'node:zlib';

/**
 * A tiny reader of the PDFs Chromium (Skia) writes, enough for tests: the pages in order, the text each shows
 * (decoded through its fonts' ToUnicode maps) and the URIs of its links. Skia writes plain (uncompressed)
 * dictionaries and Flate-compressed streams, which is all this reads.
 */
export interface PdfPage {
  text: string;
  links: string[];
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2] ?? '';
    const start = body.indexOf('stream');
    if (start < 0) {
      found.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, start);
    const raw = body.slice(start + 'stream'.length).replace(/^\r?\n/, '');
    const data = Buffer.from(raw.slice(0, raw.lastIndexOf('endstream')), 'latin1');
    found.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(data) : data });
  }
  return found;
}

function ref(dict: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : null;
}

function refs(list: string): number[] {
  return [...list.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));
}

/** glyph code → text, from a ToUnicode CMap's bfchar and bfrange entries. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const entry of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(Number.parseInt(entry[1] ?? '', 16), hexText(entry[2] ?? ''));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const entry of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const low = Number.parseInt(entry[1] ?? '', 16);
      const high = Number.parseInt(entry[2] ?? '', 16);
      const first = Number.parseInt(entry[3] ?? '', 16);
      for (let code = low; code <= high; code++) map.set(code, String.fromCharCode(first + code - low));
    }
  return map;
}

export function readPdf(pdf: Buffer): PdfPage[] {
  const all = objects(pdf);
  const dictOf = (id: number | null) => (id === null ? '' : (all.get(id)?.dict ?? ''));
  const catalog = [...all.values()].find((object) => /\/Type\s*\/Catalog/.test(object.dict));
  if (!catalog) throw new Error('no catalog in the PDF');
  const pageIds: number[] = [];
  const walk = (id: number) => {
    const dict = dictOf(id);
    if (/\/Type\s*\/Pages/.test(dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
      for (const kid of refs(kids)) walk(kid);
    } else pageIds.push(id);
  };
  walk(ref(catalog.dict, 'Pages') ?? -1);
  const fontMaps = new Map<number, Map<number, string>>();
  const fontMap = (id: number) => {
    let map = fontMaps.get(id);
    if (!map) {
      const cmap = all.get(ref(dictOf(id), 'ToUnicode') ?? -1)?.stream;
      map = cmap ? toUnicode(cmap.toString('latin1')) : new Map();
      fontMaps.set(id, map);
    }
    return map;
  };
  return pageIds.map((id) => {
    const dict = dictOf(id);
    const fonts = new Map<string, number>();
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(dict)?.[1] ?? '';
    for (const entry of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g))
      fonts.set(entry[1] ?? '', Number(entry[2]));
    const contentIds = /\/Contents\s*\[([^\]]*)\]/.exec(dict)?.[1];
    const content = (contentIds ? refs(contentIds) : [ref(dict, 'Contents') ?? -1])
      .map((contentId) => all.get(contentId)?.stream?.toString('latin1') ?? '')
      .join('\n');
    let text = '';
    let map = new Map<number, string>();
    for (const token of content.matchAll(
      /\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bET\b/g,
    )) {
      if (token[1] !== undefined) map = fontMap(fonts.get(token[1]) ?? -1);
      else if (token[2] !== undefined || token[3] !== undefined) {
        const hexes =
          token[2] !== undefined
            ? [token[2]]
            : [...(token[3] ?? '').matchAll(/<([0-9A-Fa-f]*)>/g)].map((hex) => hex[1] ?? '');
        for (const hex of hexes)
          for (const unit of hex.match(/.{4}/g) ?? []) text += map.get(Number.parseInt(unit, 16)) ?? '';
      } else text += ' ';
    }
    const annots = /\/Annots\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    const links = refs(annots)
      .map((annot) => /\/URI\s*\(([^)]*)\)/.exec(dictOf(annot))?.[1])
      .filter((uri): uri is string => uri !== undefined);
    return { text: text.replace(/\s+/g, ' '), links };
  });
}
