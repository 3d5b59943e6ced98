import type { Offer } from '../../model/offer.js';
import { plainText } from '../engine/normalise.js';

/**
 * Who the employer is, as far as the law on working time and fixed-term contracts cares:
 * - a public employer hiring public-law agents (communes, CCAS, intercommunalities, départements, public
 *   hospitals, "fonction publique", "statutaire", "grille FPT/FPH"): the Code du travail's CDD rules (L1242-1…)
 *   and the 24-hour floor (L3123-27) do not bind it (Code général de la fonction publique);
 * - a teacher's service in a school (State-paid teachers of private schools under contract, a teaching post in
 *   a collège or lycée): hours are teaching hours, 18 h can be a full service, and the teachers are public-law
 *   agents paid by the State;
 * - a private household (particulier employeur), also when an agency recruits "pour le compte de l'un de ses
 *   clients" in personal services: excluded from the 24-hour floor (L3123-27 does not apply to it, convention
 *   collective des particuliers employeurs). "CESU" listed as a perk or a way of payment does not make a household.
 * Each fact keeps the words that prove it, for the flag's explanation.
 */
export interface EmployerFacts {
  /** Words proving a public employer hiring public-law agents, or null. */
  publicEmployer: string | null;
  /** Words proving a teacher's service in a school, or null. */
  teacherService: string | null;
  /** Words proving a private household as the employer, or null. */
  privateHousehold: string | null;
}

/** The employer's own name: "MAIRIE DE …", "COMMUNE LA ROCHE", "Ville d'Annecy", "CCAS de …", "Centre hospitalier …". */
const PUBLIC_NAME =
  /^(?:mairie|commune|ville d[e' ]|ccas|cias|centre communal d'action sociale|centre intercommunal|communaute (?:de communes|d'agglomeration)|agglomeration|grand annecy|metropole|conseil (?:departemental|regional|general)|departement (?:de |du |des |d')|region |syndicat (?:intercommunal|mixte)|sivom|sivu|sdis|centre de gestion|cdg ?\d|centre hospitalier|chu\b|chi\b|ch |hopital|groupe hospitalier|ehpad public|etablissement public|college public|lycee public|universite|prefecture|ministere)/;

/** Words of the text that only a public employer hiring public-law agents writes. */
const PUBLIC_TEXT =
  /\bfonction publique\b|\bcadres? d'emplois?\b|(?<!permis[^.;\n]{0,25})\bcategorie [abc]\b|\bgrille (?:indiciaire|statutaire|fpt|fph|de la fonction publique|des praticiens hospitaliers)\b|\bgrille praticiens hospitaliers\b|\b(?:selon|sur|remuneration) (?:la )?grille fp[th]\b|\bstatutaire\b|\btraitement indiciaire\b|\brifseep\b|\bnbi\b|\bcontractuel de (?:la fonction publique|droit public)\b|\bagent contractuel\b|\bpar voie (?:statutaire|contractuelle)\b|\btitulaire ou contractuel\b|\bcentre communal d'action sociale\b|\bcollectivite territoriale\b/;

const TEACHER_TITLE = /\b(?:enseignant|professeur|professeure|prof)\b/;
/** A school's teaching post (and not private tutoring, which an employer of the Code du travail organises). */
const SCHOOL =
  /\bsous contrat (?:d'association )?avec l'etat\b|\bprive sous contrat\b|\bogec\b|\beducation nationale\b|\b(?:college|lycee|ecole) (?:prive|public)\b|\bcollege\b[^.;\n]{0,40}\blycee\b|\bannee scolaire\b/;
const TUTORING =
  /\bcours particuliers?\b|\bsoutien scolaire\b|\baide aux devoirs\b|\ba domicile\b|\bau domicile\b/;

/**
 * A household employs: the particulier employeur, a family, or an agency recruiting for one of its private
 * clients (mandataire). "chez des particuliers" alone is where a firm's employee works (deliveries, repairs).
 */
const HOUSEHOLD =
  /\bparticuliers? employeurs?\b|\bemploi familial\b|\bemployee? (?:directement )?par (?:le|la|un|une) (?:particulier|famille)\b|(?:(?<=^|[.!?\n] ?)|\b(?:une|la|notre) )famille (?:recherche|recrute|cherche)\b|\bpour le compte (?:de l'un |d'un |de l'une |d'une )?(?:de )?(?:ses|nos|leurs) clients? (?:particuliers?|beneficiaires?)\b|\bpour le compte de (?:particuliers|familles)\b|\bpour (?:une|l'une|l'une) de nos familles\b|\bchez une de nos familles\b|\bmode mandataire\b|\ben mandataire\b|\bservice mandataire\b/;
/** "pour le compte de l'un de ses clients" is a household only in personal services (aide à domicile, ménage). */
const CLIENT_ACCOUNT = /\bpour le compte (?:de l'un |d'un |de l'une |d'une )?(?:de )?(?:ses|nos) clients?\b/;
const PERSONAL_SERVICES =
  /\bservices? a la personne\b|\baide a domicile\b|\baides? menagere?s?\b|\bmenage\b[^.;\n]{0,30}\bdomicile\b|\bgarde d'enfants? a domicile\b|\bauxiliaire de vie\b/;

function quoteOf(match: RegExpExecArray | null): string | null {
  return match ? match[0].trim() : null;
}

export function employerFacts(offer: Offer, text: string): EmployerFacts {
  const name = plainText(offer.employer.name ?? '').trim();
  const about = plainText(offer.employer.description ?? '');
  const all = `${text}\n${about}\n${plainText(offer.salary.comment ?? '')}`;
  const publicEmployer = PUBLIC_NAME.test(name)
    ? (offer.employer.name ?? '').trim()
    : quoteOf(PUBLIC_TEXT.exec(all));
  const title = plainText(offer.title ?? '');
  const teacherService = TEACHER_TITLE.test(title) && !TUTORING.test(all) ? quoteOf(SCHOOL.exec(all)) : null;
  // The employer field itself may say it: "Particulier Employeur" (job boards for households, Yoopies).
  let privateHousehold = quoteOf(HOUSEHOLD.exec(name)) ?? quoteOf(HOUSEHOLD.exec(all));
  if (!privateHousehold && PERSONAL_SERVICES.test(`${title}\n${all}`))
    privateHousehold = quoteOf(CLIENT_ACCOUNT.exec(all));
  return { publicEmployer, teacherService, privateHousehold };
}
