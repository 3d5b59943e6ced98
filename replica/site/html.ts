import { escapeHtml } from '../../lib/html.js';

/** Escapes text for HTML content and attribute values: every offer string goes through it (Vigie's own escaper). */
export { escapeHtml };

/** Escaped text with its line breaks kept as `<br>`. */
export function escapeLines(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, '<br>');
}

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body>
<header class="header"><a class="logo" href="/">France Travail</a></header>
<main id="contents">
${body}
</main>
<footer class="footer"><p>Réplique locale du site candidat (Vigie).</p></footer>
</body>
</html>`;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "5 août 2025", as the site writes dates. */
export function frenchDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
