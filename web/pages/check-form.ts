import { formatCount, MAX_TEXT_LENGTH } from '../../check/text-limits.js';
import { html, type SafeHtml } from '../../lib/html.js';

export interface CheckFormOptions {
  value?: string;
  /** The id of the element describing an error, when the last input was refused. */
  errorId?: string;
  autofocus?: boolean;
}

/**
 * The form: a GET so that it works without JavaScript and a verdict page can be bookmarked or shared. The field
 * is type="text", not "url", because an offer number is a valid answer too. No maxlength: a browser would cut a
 * long paste without a word; the server says what is too long instead.
 */
export function checkForm(options: CheckFormOptions = {}): SafeHtml {
  const describedBy = options.errorId ? `${options.errorId} aide-q` : 'aide-q';
  return html`<form class="check" method="get" action="/verifier" role="search" aria-label="Vérifier une offre">
<label for="q">Lien ou numéro de l’offre</label>
<p class="help" id="aide-q">Par exemple https://candidat.francetravail.fr/offres/recherche/detail/196FBMG, ou seulement 196FBMG.</p>
<div class="row">
<input type="text" id="q" name="q" value="${options.value ?? ''}" autocomplete="off" autocapitalize="off" spellcheck="false" inputmode="url" enterkeyhint="go" aria-describedby="${describedBy}"${options.errorId ? html` aria-invalid="true"` : ''}${options.autofocus ? html` autofocus` : ''}>
<button type="submit">Vérifier</button>
</div>
</form>`;
}

/**
 * The form for a pasted offer text: a POST (a text does not fit in a link), so a verdict on a text cannot be
 * bookmarked. No maxlength either: past MAX_TEXT_LENGTH the server answers with the text's length and the limit.
 */
export function textForm(options: CheckFormOptions = {}): SafeHtml {
  const describedBy = options.errorId ? `${options.errorId} aide-texte` : 'aide-texte';
  return html`<form class="check check-text" method="post" action="/verifier" aria-label="Vérifier le texte d’une offre">
<label for="texte">Texte de l’offre</label>
<p class="help" id="aide-texte">Vous n’avez que le texte de l’annonce (copié d’un site, d’un e-mail, d’une capture) ? Collez-le ici : l’intitulé, la description, et les lignes « Type de contrat : … », « Salaire : … », « Durée du travail : … » si elle en a. Jusqu’à ${formatCount(MAX_TEXT_LENGTH)} caractères.</p>
<textarea id="texte" name="texte" rows="10" spellcheck="false" aria-describedby="${describedBy}"${options.errorId ? html` aria-invalid="true"` : ''}${options.autofocus ? html` autofocus` : ''}>
${options.value ?? ''}</textarea>
<div class="row"><button type="submit">Vérifier ce texte</button></div>
</form>`;
}
