import { html, type SafeHtml } from '../../lib/html.js';

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** The page's summary for search engines and link previews. */
  description?: string;
  /** The menu entry of this page, marked for screen readers. */
  current?: 'check' | 'audits';
}

/** Every page's frame: French, responsive, no script at all, one style sheet. */
export function pageLayout(options: PageOptions): string {
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} — Vigie</title>
<meta name="description" content="${options.description ?? 'Vérifiez en un instant si une offre d’emploi de France Travail respecte la loi.'}">
<link rel="stylesheet" href="/style.css">
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="site"><div class="inner">
<a href="/">Vigie</a>
<nav aria-label="Menu principal"><a href="/"${options.current === 'check' ? html` aria-current="page"` : ''}>Vérifier une offre</a><a href="/audits"${options.current === 'audits' ? html` aria-current="page"` : ''}>Audits</a></nav>
</div></header>
<main id="contenu" tabindex="-1"><div class="inner">
${options.body}
</div></main>
<footer class="site"><div class="inner">
<p>Vigie est un outil libre qui lit les offres publiées sur France Travail. Ses réponses ne sont pas des avis juridiques.</p>
</div></footer>
</body>
</html>
`.value;
}
