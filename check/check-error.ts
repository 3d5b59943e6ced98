import { VigieError } from '../lib/errors.js';
import type { InEachLanguage, Language, Said } from '../lib/messages.js';
import { formatCount, MAX_TEXT_LENGTH } from './text-limits.js';

/**
 * Why a check gave no verdict. Each has a message a jobseeker can act on, in French (the web page's, and the CLI's
 * by default) and in English (`vigie check --lang en`), side by side in CHECK_ERRORS.
 */
export type CheckErrorCode =
  | 'empty'
  | 'too_long'
  | 'malformed'
  | 'scheme'
  | 'foreign_site'
  | 'not_an_offer_page'
  | 'not_found'
  | 'partner_unknown'
  | 'blocked'
  | 'network'
  | 'timeout'
  | 'too_large'
  | 'busy'
  | 'credentials'
  | 'text_empty'
  | 'text_too_short'
  | 'text_too_long'
  | 'file_missing'
  | 'file_unreadable'
  | 'file_empty'
  | 'file_invalid_json'
  | 'file_no_offers'
  | 'internal';

const TEXT_HINT =
  'Collez l’intitulé et la description de l’offre, avec les lignes « Type de contrat : … », « Salaire : … » et « Durée du travail : … » si vous les avez.';

const MAX_TEXT_CHARACTERS = formatCount(MAX_TEXT_LENGTH);

const TEXT_HINT_EN =
  'Paste the title and the description of the offer, with the lines "Type de contrat : …", "Salaire : …" and "Durée du travail : …" if you have them.';

/**
 * Each code's message and hint in French and in English, side by side: the type makes a code or a language
 * missing an error, so a message cannot exist in one language only.
 */
export const CHECK_ERRORS: Readonly<Record<CheckErrorCode, Readonly<Record<Language, Required<Said>>>>> = {
  empty: {
    fr: {
      message: 'Vous n’avez rien saisi.',
      hint: 'Collez le lien de l’offre (il commence par https://candidat.francetravail.fr/) ou son numéro, par exemple 196FBMG.',
    },
    en: {
      message: 'You typed nothing.',
      hint: 'Paste the link of the offer (it starts with https://candidat.francetravail.fr/) or its number, for example 196FBMG.',
    },
  },
  too_long: {
    fr: {
      message: 'Le texte saisi est trop long pour être un lien ou un numéro d’offre.',
      hint: 'Collez seulement le lien de l’offre, ou son numéro (7 caractères, par exemple 196FBMG) ; pour faire vérifier le texte d’une annonce, collez-le dans le champ « Texte de l’offre » (vigie check --text -).',
    },
    en: {
      message: 'The text typed is too long to be a link or an offer number.',
      hint: 'Paste only the link of the offer, or its number (7 characters, for example 196FBMG); to have the text of an advert checked, paste it in the "Texte de l’offre" field (vigie check --text -).',
    },
  },
  malformed: {
    fr: {
      message: 'Ce texte n’est ni un lien ni un numéro d’offre.',
      hint: 'Le numéro d’une offre France Travail a 7 caractères, par exemple 196FBMG ; il figure sous le titre de l’offre.',
    },
    en: {
      message: 'This text is neither a link nor an offer number.',
      hint: 'A France Travail offer number has 7 characters, for example 196FBMG; it is shown under the title of the offer.',
    },
  },
  scheme: {
    fr: {
      message: 'Seuls les liens web (http ou https) peuvent être vérifiés.',
      hint: 'Copiez le lien depuis la barre d’adresse de votre navigateur, sur la page de l’offre.',
    },
    en: {
      message: 'Only web links (http or https) can be checked.',
      hint: 'Copy the link from your browser’s address bar, on the page of the offer.',
    },
  },
  foreign_site: {
    fr: {
      message:
        'Ce lien ne mène ni à France Travail ni à un site partenaire connu : Vigie ne le consulte pas.',
      hint: 'Cherchez l’offre sur candidat.francetravail.fr et collez ce lien-là, ou son numéro.',
    },
    en: {
      message:
        'This link leads neither to France Travail nor to a known partner site: Vigie does not visit it.',
      hint: 'Look for the offer on candidat.francetravail.fr and paste that link, or its number.',
    },
  },
  not_an_offer_page: {
    fr: {
      message: 'Ce lien mène bien à France Travail, mais pas à une offre précise.',
      hint: 'Ouvrez l’offre elle-même (son titre dans la liste des résultats), puis copiez le lien de cette page.',
    },
    en: {
      message: 'This link does lead to France Travail, but not to one offer.',
      hint: 'Open the offer itself (its title in the list of results), then copy the link of that page.',
    },
  },
  not_found: {
    fr: {
      message: 'Aucune offre ne porte ce numéro sur France Travail.',
      hint: 'Vérifiez le numéro (7 caractères, sous le titre de l’offre) ; l’offre a peut-être aussi été retirée.',
    },
    en: {
      message: 'No offer has this number on France Travail.',
      hint: 'Check the number (7 characters, under the title of the offer); the offer may also have been withdrawn.',
    },
  },
  partner_unknown: {
    fr: {
      message: 'Ce lien de site partenaire ne correspond à aucune offre France Travail connue de Vigie.',
      hint: 'Ouvrez l’offre sur candidat.francetravail.fr et collez son lien ou son numéro.',
    },
    en: {
      message: 'This partner-site link matches no France Travail offer Vigie knows.',
      hint: 'Open the offer on candidat.francetravail.fr and paste its link or its number.',
    },
  },
  blocked: {
    fr: {
      message: 'Ce lien ne peut pas être consulté : il mène à une adresse qui n’est pas publique.',
      hint: 'Collez le lien de l’offre sur candidat.francetravail.fr, ou son numéro.',
    },
    en: {
      message: 'This link cannot be visited: it leads to an address that is not public.',
      hint: 'Paste the link of the offer on candidat.francetravail.fr, or its number.',
    },
  },
  network: {
    fr: {
      message: 'Le site de France Travail (ou du partenaire) n’a pas pu être joint.',
      hint: 'Vérifiez la connexion à Internet de cet ordinateur ; si elle fonctionne, le site est sans doute en panne passagère : réessayez dans quelques minutes.',
    },
    en: {
      message: 'The France Travail website (or the partner’s) could not be reached.',
      hint: 'Check this computer’s Internet connection; if it works, the site is probably down for a while: try again in a few minutes.',
    },
  },
  timeout: {
    fr: {
      message: 'Le site de France Travail (ou du partenaire) a mis trop de temps à répondre.',
      hint: 'Réessayez dans quelques minutes.',
    },
    en: {
      message: 'The France Travail website (or the partner’s) took too long to answer.',
      hint: 'Try again in a few minutes.',
    },
  },
  too_large: {
    fr: {
      message: 'La page de l’offre est anormalement volumineuse : elle n’a pas été lue.',
      hint: 'Réessayez plus tard, ou vérifiez l’offre directement sur candidat.francetravail.fr.',
    },
    en: {
      message: 'The page of the offer is abnormally large: it was not read.',
      hint: 'Try again later, or check the offer directly on candidat.francetravail.fr.',
    },
  },
  busy: {
    fr: {
      message: 'Trop de vérifications en peu de temps.',
      hint: 'Patientez un instant puis réessayez.',
    },
    en: {
      message: 'Too many checks in a short time.',
      hint: 'Wait a moment, then try again.',
    },
  },
  credentials: {
    fr: {
      message: 'L’API de France Travail refuse les identifiants de cette installation de Vigie.',
      hint: 'Vérifiez FT_CLIENT_ID et FT_CLIENT_SECRET, ou retirez-les pour que Vigie lise le site public.',
    },
    en: {
      message: 'The France Travail API refuses the credentials of this Vigie installation.',
      hint: 'Check FT_CLIENT_ID and FT_CLIENT_SECRET, or unset them so that Vigie reads the public website.',
    },
  },
  text_empty: {
    fr: {
      message: 'Le texte de l’offre est vide.',
      hint: TEXT_HINT,
    },
    en: {
      message: 'The text of the offer is empty.',
      hint: TEXT_HINT_EN,
    },
  },
  text_too_short: {
    fr: {
      message: 'Ce texte est trop court pour être une offre d’emploi.',
      hint: TEXT_HINT,
    },
    en: {
      message: 'This text is too short to be a job offer.',
      hint: TEXT_HINT_EN,
    },
  },
  text_too_long: {
    fr: {
      message: `Le texte collé dépasse ${MAX_TEXT_CHARACTERS} caractères, la limite de Vigie : il n’a pas été lu.`,
      hint: 'Gardez l’intitulé, la description et les lignes « Type de contrat », « Salaire », « Durée du travail » ; retirez le reste (menus du site, autres offres, conditions d’utilisation).',
    },
    en: {
      message: `The pasted text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters, Vigie’s limit: it was not read.`,
      hint: 'Keep the title, the description and the lines "Type de contrat", "Salaire", "Durée du travail"; remove the rest (the site’s menus, other offers, terms of use).',
    },
  },
  file_missing: {
    fr: {
      message: 'Le fichier indiqué n’existe pas.',
      hint: 'Vérifiez son nom et son chemin (relatif au dossier où vous lancez vigie), par exemple --file ./offre.json.',
    },
    en: {
      message: 'The file given does not exist.',
      hint: 'Check its name and its path (relative to the folder you run vigie from), for example --file ./offre.json.',
    },
  },
  file_unreadable: {
    fr: {
      message: 'Le fichier indiqué ne peut pas être lu.',
      hint: 'Donnez le chemin d’un fichier (pas d’un dossier) que vous avez le droit de lire.',
    },
    en: {
      message: 'The file given cannot be read.',
      hint: 'Give the path of a file (not a folder) you are allowed to read.',
    },
  },
  file_empty: {
    fr: {
      message: 'Le fichier indiqué est vide.',
      hint: 'Enregistrez-y l’offre : le JSON de l’API France Travail, ou le texte de l’annonce (intitulé, description, « Type de contrat : … »).',
    },
    en: {
      message: 'The file given is empty.',
      hint: 'Save the offer in it: the JSON of the France Travail API, or the text of the advert (title, description, "Type de contrat : …").',
    },
  },
  file_invalid_json: {
    fr: {
      message: 'Le fichier commence comme du JSON mais n’est pas du JSON valide.',
      hint: 'Corrigez-le à l’endroit indiqué (une virgule ou une accolade en trop ou en moins, le plus souvent), ou réenregistrez l’offre depuis l’API.',
    },
    en: {
      message: 'The file starts like JSON but is not valid JSON.',
      hint: 'Fix it at the place shown (a comma or a brace too many or missing, most often), or save the offer again from the API.',
    },
  },
  file_no_offers: {
    fr: {
      message: 'Le fichier ne contient aucune offre lisible.',
      hint: 'Il doit contenir une offre de l’API France Travail (un objet avec son « id »), une liste d’offres, {"resultats":[…]}, une offre par ligne (JSON Lines), ou le texte d’une annonce.',
    },
    en: {
      message: 'The file holds no offer that can be read.',
      hint: 'It must hold a France Travail API offer (an object with its "id"), a list of offers, {"resultats":[…]}, one offer per line (JSON Lines), or the text of an advert.',
    },
  },
  internal: {
    fr: {
      message: 'Une erreur inattendue a empêché la vérification.',
      hint: 'Réessayez ; si cela se reproduit, signalez-le aux mainteneurs de Vigie.',
    },
    en: {
      message: 'An unexpected error prevented the check.',
      hint: 'Try again; if it happens again, report it to Vigie’s maintainers.',
    },
  },
};

/** What the user is told for a code, in a language: the web page's is always French. */
export function checkErrorSaid(code: CheckErrorCode, language: Language = 'fr'): Required<Said> {
  return CHECK_ERRORS[code][language];
}

export interface CheckErrorOptions extends ErrorOptions {
  /**
   * Where and why, in French and in English, built by Vigie from what it knows (a file name and line, a host and a
   * failure kind, a length): "offre.json, ligne 3, colonne 5 : …". Shown by the CLI in its language; the web page
   * shows only contexts built from numbers ("Le texte collé fait 23 456 caractères"), in French.
   */
  context?: InEachLanguage;
}

/**
 * A check that could not give a verdict, for a reason the user is told in their language (French by default).
 * `detail` is for logs only: it may quote a URL or an internal message and is never shown on the web page.
 */
export class CheckError extends VigieError {
  readonly context: InEachLanguage | undefined;

  constructor(
    readonly code: CheckErrorCode,
    readonly detail?: string,
    options?: CheckErrorOptions,
  ) {
    super({ code: `check.${code}`, saidIn: (language) => checkErrorSaid(code, language) }, options);
    this.context = options?.context;
  }
}
