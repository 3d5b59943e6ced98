import type { Language } from '../lib/messages.js';
import { terminalLine } from '../lib/terminal-text.js';
import { actionText } from './advice.js';
import { partnerComparison } from './partner-comparison.js';
import { NOT_CHECKED_TEXTS, TEXT_FIELD_LABELS } from './text-reading-texts.js';
import type { Verdict, VerdictFlag } from './verdict.js';

/**
 * The words around a verdict, in each language the CLI speaks. The findings themselves (each rule's explanation,
 * the quoted text, the legal article) are the audit's data and stay in French, as in the audit reports.
 */
interface Framing {
  pastedText: string;
  pastedTextOf: (id: string) => string;
  offer: (id: string) => string;
  partnerPage: string;
  expired: string;
  unmatched: string;
  genuineText: string;
  genuineOffer: string;
  problems: (count: number) => string;
  /** Said once, before the findings, when they are in another language than the framing. */
  findingsInFrench: string | null;
  blocking: string;
  notes: string;
  likely: string;
  evidence: (quote: string) => string;
  reference: string;
  partnerPageAt: string;
  partnerGone: string;
  partnerUnread: string;
  partnerContradicts: string;
  partnerLive: string;
  listing: (value: string) => string;
  notStated: string;
  readInText: string;
  notCheckedInText: string;
  duplicates: string;
  similar: string;
  original: string;
  via: (partner: string) => string;
  disclaimer: string;
  /** "Salaire : …" in French, "Pay: …" in English. */
  colon: string;
}

const FRAMING: Readonly<Record<Language, Framing>> = {
  fr: {
    pastedText: 'Texte collé',
    pastedTextOf: (id) => `Texte collé (offre ${id})`,
    offer: (id) => `Offre ${id}`,
    partnerPage: 'Page partenaire',
    expired: 'Cette offre n’est plus disponible sur France Travail : elle a expiré ou a été retirée.',
    unmatched:
      'Vigie n’a pas retrouvé l’offre France Travail correspondant à ce lien ; voici ce que dit la page du partenaire.',
    genuineText:
      'Vigie n’a rien relevé d’illégal ni de trompeur dans ce texte (certains points demandent l’annonce en ligne : voir plus bas).',
    genuineOffer: 'Vigie n’a rien relevé d’illégal ni de trompeur dans cette offre.',
    problems: (count) =>
      count === 1
        ? 'Attention : Vigie a relevé 1 problème dans cette offre.'
        : `Attention : Vigie a relevé ${count} problèmes dans cette offre.`,
    findingsInFrench: null,
    blocking: 'Ce qui ne va pas :',
    notes: 'À savoir sur ce poste :',
    likely: '(probable : une exception prévue par la loi pourrait s’appliquer)',
    evidence: (quote) => `Dans l’offre : « ${quote} »`,
    reference: 'Texte de loi : ',
    partnerPageAt: 'Page du partenaire : ',
    partnerGone: 'L’offre n’y est plus en ligne.',
    partnerUnread: 'La page n’a pas pu être lue.',
    partnerContradicts: 'Elle ne dit pas la même chose que l’annonce sur France Travail.',
    partnerLive: 'L’offre y est en ligne.',
    listing: (value) => ` (France Travail : ${value})`,
    notStated: 'non indiqué',
    readInText: 'Lu dans le texte :',
    notCheckedInText: 'Ce que Vigie n’a pas pu vérifier avec le texte seul :',
    duplicates: 'Le même poste est aussi publié sous ces numéros :',
    similar: 'Offres semblables (même intitulé, même employeur, même département) :',
    original: ' (annonce d’origine)',
    via: (partner) => `, via ${partner}`,
    disclaimer:
      'Vigie lit le texte de l’offre ; ce n’est pas un avis juridique. En cas de doute, demandez conseil.',
    colon: ' : ',
  },
  en: {
    pastedText: 'Pasted text',
    pastedTextOf: (id) => `Pasted text (offer ${id})`,
    offer: (id) => `Offer ${id}`,
    partnerPage: 'Partner page',
    expired: 'This offer is no longer available on France Travail: it has expired or been withdrawn.',
    unmatched:
      'Vigie did not find the France Travail offer this link belongs to; here is what the partner’s page says.',
    genuineText:
      'Vigie found nothing illegal or misleading in this text (some points need the online advert: see below).',
    genuineOffer: 'Vigie found nothing illegal or misleading in this offer.',
    problems: (count) =>
      count === 1
        ? 'Warning: Vigie found 1 problem in this offer.'
        : `Warning: Vigie found ${count} problems in this offer.`,
    findingsInFrench: 'Findings are explained in French, as the audit reports are.',
    blocking: 'What is wrong:',
    notes: 'Good to know about this job:',
    likely: '(likely: an exception provided by law might apply)',
    evidence: (quote) => `In the offer: "${quote}"`,
    reference: 'Law: ',
    partnerPageAt: 'Partner’s page: ',
    partnerGone: 'The offer is no longer online there.',
    partnerUnread: 'The page could not be read.',
    partnerContradicts: 'It does not say the same as the listing on France Travail.',
    partnerLive: 'The offer is online there.',
    listing: (value) => ` (France Travail: ${value})`,
    notStated: 'not stated',
    readInText: 'Read in the text:',
    notCheckedInText: 'What Vigie could not check from the text alone:',
    duplicates: 'The same job is also published under these numbers:',
    similar: 'Similar offers (same title, same employer, same département):',
    original: ' (original advert)',
    via: (partner) => `, via ${partner}`,
    disclaimer: 'Vigie reads the text of the offer; this is not legal advice. If in doubt, ask for advice.',
    colon: ': ',
  },
};

/**
 * The verdict as plain text for a terminal, framed in a language (French by default). Offer text is quoted as is
 * but stripped of control characters: an offer must not be able to move the cursor, clear the screen or hide a
 * line with terminal escapes.
 */
export function formatVerdict(verdict: Verdict, language: Language = 'fr'): string {
  const words = FRAMING[language];
  const lines: string[] = [];
  const heading = verdict.text
    ? verdict.id
      ? words.pastedTextOf(terminalLine(verdict.id))
      : words.pastedText
    : verdict.id
      ? words.offer(terminalLine(verdict.id))
      : words.partnerPage;
  const title = verdict.offer?.title ? ` — ${terminalLine(verdict.offer.title)}` : '';
  lines.push(`${heading}${title}`);
  if (verdict.offer?.employer) lines.push(`  ${terminalLine(verdict.offer.employer)}${place(verdict)}`);
  if (verdict.url) lines.push(`  ${terminalLine(verdict.url)}`);
  lines.push('');
  lines.push(headline(verdict, language));

  const blocking = verdict.flags.filter((flag) => flag.blocking);
  const notes = verdict.flags.filter((flag) => !flag.blocking);
  if (verdict.flags.length > 0 && words.findingsInFrench) lines.push('', words.findingsInFrench);
  if (blocking.length > 0) {
    lines.push('', words.blocking);
    for (const [index, flag] of blocking.entries()) lines.push(...formatFlag(flag, index + 1, language));
  }
  if (notes.length > 0) {
    lines.push('', words.notes);
    for (const flag of notes) lines.push(`  • ${terminalLine(flag.explanation)}`);
  }
  lines.push(...formatPartner(verdict, language));
  lines.push(...formatTextReading(verdict, language));
  const groups: Array<[string, typeof verdict.duplicates]> = [
    [words.duplicates, verdict.duplicates.filter((d) => d.kind === 'duplicate')],
    [words.similar, verdict.duplicates.filter((d) => d.kind === 'similar')],
  ];
  for (const [title, duplicates] of groups) {
    if (duplicates.length === 0) continue;
    lines.push('', title);
    for (const duplicate of duplicates) {
      const original = duplicate.original ? words.original : '';
      const via = duplicate.partner ? words.via(terminalLine(duplicate.partner)) : '';
      lines.push(`  • ${terminalLine(duplicate.id)}${original}${via}`);
    }
  }
  lines.push('', words.disclaimer);
  return `${lines.join('\n')}\n`;
}

/** The verdict in one sentence, in a language (French by default: the web page's heading). */
export function headline(verdict: Verdict, language: Language = 'fr'): string {
  const words = FRAMING[language];
  if (verdict.expired) return words.expired;
  if (verdict.unmatched) return words.unmatched;
  if (verdict.genuine) return verdict.text ? words.genuineText : words.genuineOffer;
  return words.problems(verdict.flags.filter((flag) => flag.blocking).length);
}

function formatFlag(flag: VerdictFlag, index: number, language: Language): string[] {
  const words = FRAMING[language];
  const lines = [`  ${index}. ${terminalLine(flag.explanation)}`];
  if (flag.severity === 'likely') lines.push(`     ${words.likely}`);
  if (flag.evidence) lines.push(`     ${words.evidence(terminalLine(flag.evidence))}`);
  if (flag.reference) lines.push(`     ${words.reference}${terminalLine(flag.reference)}`);
  for (const action of flag.advice) {
    lines.push(`     → ${actionText(action.id, language)}${action.url ? ` (${action.url})` : ''}`);
  }
  return lines;
}

function formatPartner(verdict: Verdict, language: Language): string[] {
  const words = FRAMING[language];
  const partner = verdict.partner;
  if (!partner) return [];
  const lines = ['', `${words.partnerPageAt}${terminalLine(partner.url)}`];
  if (partner.live === false) lines.push(`  ${words.partnerGone}`);
  else if (partner.live === null) lines.push(`  ${words.partnerUnread}`);
  else if (partner.contradicts) lines.push(`  ${words.partnerContradicts}`);
  else lines.push(`  ${words.partnerLive}`);
  for (const row of partnerComparison(verdict, language)) {
    const listing = verdict.offer ? words.listing(terminalLine(row.listing ?? words.notStated)) : '';
    lines.push(`  ${row.label}${words.colon}${terminalLine(row.page)}${listing}`);
  }
  return lines;
}

/** For a pasted text: the fields read, and each check the text did not allow. */
function formatTextReading(verdict: Verdict, language: Language): string[] {
  const words = FRAMING[language];
  const reading = verdict.text;
  if (!reading) return [];
  const lines: string[] = [];
  if (reading.fields.length > 0) {
    lines.push('', words.readInText);
    for (const field of reading.fields) {
      lines.push(`  ${TEXT_FIELD_LABELS[field.field][language]}${words.colon}${terminalLine(field.value)}`);
    }
  }
  lines.push('', words.notCheckedInText);
  for (const item of reading.notChecked) lines.push(`  • ${NOT_CHECKED_TEXTS[item.check][language]}`);
  return lines;
}

function place(verdict: Verdict): string {
  return verdict.offer?.place ? `, ${terminalLine(verdict.offer.place)}` : '';
}
