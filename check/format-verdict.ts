import { terminalLine } from '../lib/terminal-text.js';
import { partnerComparison } from './partner-comparison.js';
import type { Verdict, VerdictFlag } from './verdict.js';

/**
 * The verdict as plain French text for a terminal. Offer text is quoted as is but stripped of control characters:
 * an offer must not be able to move the cursor, clear the screen or hide a line with terminal escapes.
 */
export function formatVerdict(verdict: Verdict): string {
  const lines: string[] = [];
  const heading = verdict.text
    ? verdict.id
      ? `Texte collé (offre ${terminalLine(verdict.id)})`
      : 'Texte collé'
    : verdict.id
      ? `Offre ${terminalLine(verdict.id)}`
      : 'Page partenaire';
  const title = verdict.offer?.title ? ` — ${terminalLine(verdict.offer.title)}` : '';
  lines.push(`${heading}${title}`);
  if (verdict.offer?.employer) lines.push(`  ${terminalLine(verdict.offer.employer)}${place(verdict)}`);
  if (verdict.url) lines.push(`  ${terminalLine(verdict.url)}`);
  lines.push('');
  lines.push(headline(verdict));

  const blocking = verdict.flags.filter((flag) => flag.blocking);
  const notes = verdict.flags.filter((flag) => !flag.blocking);
  if (blocking.length > 0) {
    lines.push('', 'Ce qui ne va pas :');
    for (const [index, flag] of blocking.entries()) lines.push(...formatFlag(flag, index + 1));
  }
  if (notes.length > 0) {
    lines.push('', 'À savoir sur ce poste :');
    for (const flag of notes) lines.push(`  • ${terminalLine(flag.explanation)}`);
  }
  lines.push(...formatPartner(verdict));
  lines.push(...formatTextReading(verdict));
  const groups: Array<[string, typeof verdict.duplicates]> = [
    [
      'Le même poste est aussi publié sous ces numéros :',
      verdict.duplicates.filter((d) => d.kind === 'duplicate'),
    ],
    [
      'Offres semblables (même intitulé, même employeur, même département) :',
      verdict.duplicates.filter((d) => d.kind === 'similar'),
    ],
  ];
  for (const [title, duplicates] of groups) {
    if (duplicates.length === 0) continue;
    lines.push('', title);
    for (const duplicate of duplicates) {
      const original = duplicate.original ? ' (annonce d’origine)' : '';
      const via = duplicate.partner ? `, via ${terminalLine(duplicate.partner)}` : '';
      lines.push(`  • ${terminalLine(duplicate.id)}${original}${via}`);
    }
  }
  lines.push(
    '',
    'Vigie lit le texte de l’offre ; ce n’est pas un avis juridique. En cas de doute, demandez conseil.',
  );
  return `${lines.join('\n')}\n`;
}

export function headline(verdict: Verdict): string {
  if (verdict.expired) {
    return 'Cette offre n’est plus disponible sur France Travail : elle a expiré ou a été retirée.';
  }
  if (verdict.unmatched) {
    return 'Vigie n’a pas retrouvé l’offre France Travail correspondant à ce lien ; voici ce que dit la page du partenaire.';
  }
  if (verdict.genuine) {
    return verdict.text
      ? 'Vigie n’a rien relevé d’illégal ni de trompeur dans ce texte (certains points demandent l’annonce en ligne : voir plus bas).'
      : 'Vigie n’a rien relevé d’illégal ni de trompeur dans cette offre.';
  }
  const count = verdict.flags.filter((flag) => flag.blocking).length;
  return count === 1
    ? 'Attention : Vigie a relevé 1 problème dans cette offre.'
    : `Attention : Vigie a relevé ${count} problèmes dans cette offre.`;
}

function formatFlag(flag: VerdictFlag, index: number): string[] {
  const lines = [`  ${index}. ${terminalLine(flag.explanation)}`];
  if (flag.severity === 'likely')
    lines.push('     (probable : une exception prévue par la loi pourrait s’appliquer)');
  if (flag.evidence) lines.push(`     Dans l’offre : « ${terminalLine(flag.evidence)} »`);
  if (flag.reference) lines.push(`     Texte de loi : ${terminalLine(flag.reference)}`);
  for (const action of flag.advice) {
    lines.push(`     → ${action.text}${action.url ? ` (${action.url})` : ''}`);
  }
  return lines;
}

function formatPartner(verdict: Verdict): string[] {
  const partner = verdict.partner;
  if (!partner) return [];
  const lines = ['', `Page du partenaire : ${terminalLine(partner.url)}`];
  if (partner.live === false) lines.push('  L’offre n’y est plus en ligne.');
  else if (partner.live === null) lines.push('  La page n’a pas pu être lue.');
  else if (partner.contradicts)
    lines.push('  Elle ne dit pas la même chose que l’annonce sur France Travail.');
  else lines.push('  L’offre y est en ligne.');
  for (const row of partnerComparison(verdict)) {
    const listing = verdict.offer ? ` (France Travail : ${terminalLine(row.listing ?? 'non indiqué')})` : '';
    lines.push(`  ${row.label} : ${terminalLine(row.page)}${listing}`);
  }
  return lines;
}

/** For a pasted text: the fields read, and each check the text did not allow. */
function formatTextReading(verdict: Verdict): string[] {
  const reading = verdict.text;
  if (!reading) return [];
  const lines: string[] = [];
  if (reading.fields.length > 0) {
    lines.push('', 'Lu dans le texte :');
    for (const field of reading.fields) lines.push(`  ${field.label} : ${terminalLine(field.value)}`);
  }
  lines.push('', 'Ce que Vigie n’a pas pu vérifier avec le texte seul :');
  for (const item of reading.notChecked) lines.push(`  • ${item.message}`);
  return lines;
}

function place(verdict: Verdict): string {
  return verdict.offer?.place ? `, ${terminalLine(verdict.offer.place)}` : '';
}
