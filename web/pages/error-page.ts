import { type CheckErrorCode, checkErrorSaid } from '../../check/check-error.js';
import { html } from '../../lib/html.js';
import { checkForm, textForm } from './check-form.js';
import { pageLayout } from './page-layout.js';

/**
 * The page for a check that gave no verdict. Only the fixed French message of the error's code is shown, never
 * the error's own text (which may quote internals); `context` is for facts built from numbers only ("Le texte
 * collé fait 23 456 caractères"). For a pasted text, the text form comes back with the whole text in it.
 */
export function checkErrorPage(
  code: CheckErrorCode,
  value: string,
  options: { text?: boolean; context?: string } = {},
): string {
  // The web page serves French jobseekers: always the French message.
  const { message, hint } = checkErrorSaid(code, 'fr');
  const form = options.text
    ? textForm({ value, errorId: 'erreur-q', autofocus: true })
    : checkForm({ value: value.slice(0, 2000), errorId: 'erreur-q', autofocus: true });
  return pageLayout({
    title: 'Vérification impossible',
    body: html`<section class="verdict error" aria-labelledby="titre-erreur">
<h1 id="titre-erreur"><span class="icon" aria-hidden="true">⚠</span><span>Vérification impossible</span></h1>
<p id="erreur-q"><strong>${message}</strong>${options.context ? html` ${options.context}` : ''}</p>
<p>${hint}</p>
</section>
${form}`,
  });
}

/** A plain message page: not found, too many requests, request too large. */
export function messagePage(title: string, message: string): string {
  return pageLayout({
    title,
    body: html`<section class="verdict error" aria-labelledby="titre-message">
<h1 id="titre-message"><span class="icon" aria-hidden="true">⚠</span><span>${title}</span></h1>
<p>${message}</p>
<p><a href="/">Retour à la vérification d’une offre</a></p>
</section>`,
  });
}
