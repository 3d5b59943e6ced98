import { html, type SafeHtml } from '../../lib/html.js';

export interface CheckFormOptions {
  value?: string;
  /** The id of the element describing an error, when the last input was refused. */
  errorId?: string;
  autofocus?: boolean;
}

/**
 * The form: a GET so that it works without JavaScript and a verdict page can be bookmarked or shared. The field
 * is type="text", not "url", because an offer number is a valid answer too.
 */
export function checkForm(options: CheckFormOptions = {}): SafeHtml {
  const describedBy = options.errorId ? `${options.errorId} aide-q` : 'aide-q';
  return html`<form class="check" method="get" action="/verifier" role="search" aria-label="Vérifier une offre">
<label for="q">Lien ou numéro de l’offre</label>
<p class="help" id="aide-q">Par exemple https://candidat.francetravail.fr/offres/recherche/detail/196FBMG, ou seulement 196FBMG.</p>
<div class="row">
<input type="text" id="q" name="q" value="${options.value ?? ''}" maxlength="2000" autocomplete="off" autocapitalize="off" spellcheck="false" inputmode="url" enterkeyhint="go" aria-describedby="${describedBy}"${options.errorId ? html` aria-invalid="true"` : ''}${options.autofocus ? html` autofocus` : ''}>
<button type="submit">Vérifier</button>
</div>
</form>`;
}
