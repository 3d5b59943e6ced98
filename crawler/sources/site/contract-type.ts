/**
 * The API's contract code from what the website prints. The site shows the label ("CDD - 4 Mois", "Contrat à
 * durée déterminée - 6 Mois", "Intérim - 5 Jour(s)"), both eras of wording at once, and not always the code.
 */
const LABEL_TO_CODE: Array<[RegExp, string]> = [
  [/^(cdi\b|contrat à durée indéterminée)/i, 'CDI'],
  [/^(cdd\b|contrat à durée déterminée)/i, 'CDD'],
  [/^(intérim|interim|mission intérimaire|mis\b)/i, 'MIS'],
  [/^(saisonnier|contrat (travail )?saisonnier|sai\b)/i, 'SAI'],
  [/^(cdd insertion|ddi\b)/i, 'DDI'],
  [/^(cdi intérimaire|din\b)/i, 'DIN'],
  [/^(profession commerciale|cce\b)/i, 'CCE'],
  [/^(profession libérale|lib\b)/i, 'LIB'],
  [/^(franchise|fra\b)/i, 'FRA'],
  [/^(reprise d'entreprise|reprise d’entreprise|rep\b)/i, 'REP'],
  [/^(tti\b|travail temporaire insertion)/i, 'TTI'],
];

const CODES = new Set(LABEL_TO_CODE.map(([, code]) => code));

export function contractCodeFrom(label: string | null, hint?: string | null): string | null {
  const code = hint?.trim().toUpperCase();
  if (code && CODES.has(code)) return code;
  if (!label) return null;
  const text = label.trim();
  // "CDI intérimaire" and "CDD insertion" must win over plain "CDI"/"CDD".
  if (/^cdi intérimaire/i.test(text)) return 'DIN';
  if (/^cdd insertion/i.test(text)) return 'DDI';
  for (const [pattern, value] of LABEL_TO_CODE) if (pattern.test(text)) return value;
  return null;
}
