/**
 * How a flag quotes what it judged, in the words a jobseeker or a union reader sees on the listing: "Durée du
 * travail : 18 H", never the API's field name ("dureeTravailLibelle: 18 H"). A contradiction quotes both sides,
 * the field and the text, joined by " ; ".
 */
export const FIELD_LABELS = {
  title: 'Intitulé',
  contract: 'Type de contrat',
  nature: 'Nature du contrat',
  hours: 'Durée du travail',
  workingTime: 'Temps de travail',
  salary: 'Salaire',
  salaryComment: 'Précision sur le salaire',
  experience: 'Expérience',
  place: 'Lieu de travail',
  employer: 'Entreprise',
  employerDescription: "Présentation de l'entreprise",
  createdAt: 'Date de création',
} as const;

export type EvidenceField = keyof typeof FIELD_LABELS;

/** "Durée du travail : 18 H" — one field of the listing as the flag read it, whitespace folded. */
export function fieldEvidence(field: EvidenceField, value: string): string {
  return `${FIELD_LABELS[field]} : ${foldWhitespace(value)}`;
}

/**
 * `value.replace(/\s+/g, ' ').trim()`, with one test first: a value whose only white space is single spaces
 * between words (most field values) comes back as it is, without a replace calling the regex once per space.
 */
export function foldWhitespace(value: string): string {
  return UNFOLDED.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
}

/** White space other than a space, two spaces in a row, or a space at either end. */
const UNFOLDED = /[^\S ]| {2}|^ | $/;

/** "Texte : « … »" — words of the offer's text (description, or the employer's description when it says so). */
export function textEvidence(
  quote: string,
  where: 'description' | 'employerDescription' = 'description',
): string {
  return `${where === 'description' ? 'Texte' : FIELD_LABELS.employerDescription} : « ${quote} »`;
}

/** Both sides of a contradiction, the listing's first. */
export function bothSides(...sides: readonly string[]): string {
  return sides.join(' ; ');
}
