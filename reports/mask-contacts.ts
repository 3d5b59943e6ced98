const PHONE = /(?:\+33\s?\(?0?\)?\s?|0033\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g;
// The local part is bounded (RFC 5321: 64 characters at most): unbounded, every start of a long run of letters
// with no "@" would scan to its end, which is quadratic and hangs on a 100,000-character description.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// "Mme Dupont", "M. Jean Martin", "Monsieur DURAND": a recruiter addressed by name.
const NAMED_PERSON =
  /\b(?:M\.|Mr\.?|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+(?:[A-ZÀ-Ý][\p{L}'-]+)(?:\s+[A-ZÀ-Ý][\p{L}'-]+)?/gu;

export const MASKED_PHONE = '[téléphone masqué]';
export const MASKED_EMAIL = '[e-mail masqué]';
export const MASKED_NAME = '[nom masqué]';

/**
 * Removes what identifies a person from a quoted offer text: phone numbers, e-mail addresses, recruiters' names
 * (the offer's contact name wherever it appears, and titled names). Reports are published; the recruiter who
 * wrote a bad offer is not the story, and quoting their number would only expose them.
 */
export function maskContacts(text: string, names: readonly (string | null | undefined)[] = []): string {
  let masked = text
    .replace(EMAIL, MASKED_EMAIL)
    .replace(PHONE, MASKED_PHONE)
    .replace(NAMED_PERSON, MASKED_NAME);
  for (const name of names) {
    const trimmed = name?.trim();
    if (!trimmed || trimmed.length < 3) continue;
    masked = masked.replace(new RegExp(escapeRegExp(trimmed), 'giu'), MASKED_NAME);
  }
  return masked;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
