import type { InEachLanguage } from '../lib/messages.js';
import type { TextField } from './offer-text.js';
import type { NotChecked } from './verdict.js';

/** How the verdict names each field it read, in French (the verdict's own `label`) and in English. */
export const TEXT_FIELD_LABELS: Readonly<Record<TextField, InEachLanguage>> = {
  title: { fr: 'Intitulé', en: 'Title' },
  contract: { fr: 'Type de contrat', en: 'Type of contract' },
  hours: { fr: 'Durée du travail', en: 'Working hours' },
  salary: { fr: 'Salaire', en: 'Pay' },
  employer: { fr: 'Employeur', en: 'Employer' },
  place: { fr: 'Lieu', en: 'Place' },
  date: { fr: 'Publiée le', en: 'Published on' },
  experience: { fr: 'Expérience', en: 'Experience' },
  qualification: { fr: 'Qualification', en: 'Qualification' },
  reference: { fr: 'Numéro d’offre', en: 'Offer number' },
};

/**
 * Each check a pasted text does not allow, and why, in French (the verdict's own `message`) and in English. The
 * English quotes the French field lines as they are: they are what the reader can add to the text.
 */
export const NOT_CHECKED_TEXTS: Readonly<Record<NotChecked['check'], InEachLanguage>> = {
  duplicates: {
    fr: 'Doublons : il faut comparer l’annonce aux autres offres publiées ; un texte seul ne le permet pas (vérifiez le lien ou le numéro de l’offre pour cela).',
    en: 'Duplicates: the advert must be compared with the other published offers; a text alone does not allow it (check the link or the number of the offer for that).',
  },
  partner_page: {
    fr: 'Page du site partenaire : sans le lien de l’annonce, Vigie ne peut pas vérifier qu’elle est encore en ligne ni qu’elle dit la même chose que France Travail.',
    en: 'Partner site page: without the link of the advert, Vigie cannot check that it is still online, nor that it says the same as France Travail.',
  },
  date: {
    fr: 'Date de publication : le texte n’en donne pas ; toute offre doit être datée, l’annonce en ligne l’est peut-être (ajoutez « Publiée le : … »). Le salaire est comparé au SMIC d’aujourd’hui.',
    en: 'Publication date: the text gives none; every offer must be dated, and the online advert may be (add "Publiée le : …"). The pay is compared with today’s minimum wage (SMIC).',
  },
  contract: {
    fr: 'Type de contrat : pas de ligne « Type de contrat : … » ; CDD, intérim et durée du contrat n’ont été cherchés que dans la description.',
    en: 'Type of contract: no "Type de contrat : …" line; fixed-term contracts (CDD), temping and the contract’s length were looked for in the description only.',
  },
  salary: {
    fr: 'Salaire : pas de ligne « Salaire : … » ; le salaire n’a été cherché que dans la description, et son absence n’est pas reprochée à l’offre (l’annonce en ligne l’indique peut-être).',
    en: 'Pay: no "Salaire : …" line; the pay was looked for in the description only, and its absence is not held against the offer (the online advert may state it).',
  },
  hours: {
    fr: 'Durée du travail : pas de ligne « Durée du travail : … » ; temps partiel et horaires n’ont été cherchés que dans la description.',
    en: 'Working hours: no "Durée du travail : …" line; part time and hours were looked for in the description only.',
  },
};
