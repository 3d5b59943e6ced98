import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../cli/i18n/index.js';
import { type ClassifyFileOptions, classifyFile } from '../../pipeline/classify-file.js';
import { sampleApiOffer } from '../check/sample-offer.js';

/**
 * The lines `vigie report`, `vigie validate`, `vigie serve` and `vigie schedule` print when they are done or
 * running follow the CLI's language (issue #17): French by default, English with `--lang en`.
 */
const fr = catalogueOf('fr');
const en = catalogueOf('en');

/** French typography and words left in an English line. */
const FRENCH = /[«»]|\s[:;?!](\s|$)|écrit|offres|arrêt|écoute|prochain/;

describe('what the commands say when done, in English', () => {
  it('vigie report: the files written, one or several', () => {
    expect(en.report.written(7, 'Audit 2026-11', 1)).toBe(
      'Report of audit 7 (Audit 2026-11): 1 file written.\n',
    );
    expect(en.report.written(7, 'Audit 2026-11', 3)).toBe(
      'Report of audit 7 (Audit 2026-11): 3 files written.\n',
    );
    expect(fr.report.written(7, 'Audit 2026-11', 3)).toBe(
      'Rapport de l’audit 7 (Audit 2026-11) : 3 fichier(s) écrit(s).\n',
    );
  });

  it('vigie validate: the sample written and the verdicts imported, with the lines skipped only when some are', () => {
    expect(en.validate.sampleWritten(7, 42)).toBe('Sample of audit 7 written (seed 42).\n');
    expect(en.validate.imported(7, 50, 120, 0)).toBe('Audit 7: 50 offers reviewed, 120 verdicts recorded.\n');
    expect(en.validate.imported(7, 50, 120, 2)).toBe(
      'Audit 7: 50 offers reviewed, 120 verdicts recorded, 2 lines without a verdict skipped.\n',
    );
    expect(fr.validate.imported(7, 50, 120, 2)).toBe(
      'Audit 7 : 50 offres relues, 120 verdicts enregistrés, 2 lignes sans verdict ignorées.\n',
    );
  });

  it('vigie serve and vigie schedule: where they listen, when they audit next, that they stop', () => {
    const lines = [
      en.serve.listening('http://127.0.0.1:3000'),
      en.schedule.next('2026-12-01T06:00:00.000Z'),
      en.schedule.stopping,
    ];
    expect(lines).toEqual([
      'Vigie is listening on http://127.0.0.1:3000  (Ctrl+C to stop)\n',
      'vigie schedule: next audit at 2026-12-01T06:00:00.000Z (Ctrl-C to stop)\n',
      'vigie schedule: stopping after the current audit…\n',
    ]);
    for (const line of lines) expect(line).not.toMatch(FRENCH);
    // The French line is the one tests and scripts read the address from.
    expect(fr.serve.listening('http://127.0.0.1:3000')).toMatch(/écoute sur http:\/\/127\.0\.0\.1:3000 /);
  });
});

describe('vigie classify --file, framed in English', () => {
  const folder = mkdtempSync(join(tmpdir(), 'vigie-classify-en-'));
  const path = join(folder, 'offers.jsonl');
  const flagged = sampleApiOffer({
    id: '196FBMG',
    description: 'Magasin recherche un vendeur de moins de 30 ans.',
  });
  writeFileSync(
    path,
    `${JSON.stringify(flagged)}\nnot json\n${JSON.stringify(sampleApiOffer({ id: '197AAAA' }))}\n`,
  );

  async function run(language?: ClassifyFileOptions['language']) {
    const out: string[] = [];
    const err: string[] = [];
    const summary = await classifyFile({
      file: path,
      write: (text) => out.push(text),
      warn: (text) => err.push(text),
      ...(language ? { language } : {}),
    });
    return { summary, out: out.join(''), err: err.join('') };
  }

  it('says each result, the summary and the skipped line in English; the findings stay French', async () => {
    const { summary, out, err } = await run('en');
    expect(summary).toMatchObject({ offers: 2, rejected: 1, genuine: 1 });
    expect(out).toContain('  ✘ offer not genuine, or of poor quality\n');
    expect(out).toContain('  ✔ genuine offer: no flag\n');
    expect(out).toMatch(/• \[illegal\] Limite d'âge \(certain\): /);
    expect(out).toMatch(
      /2 offers classified, 1 genuine \(50 %\), \d+ flags?, 1 entries skipped \(findings are explained in French/,
    );
    expect(out).not.toMatch(/offre conforme|offres classées|illégal|\) : /);
    expect(err.startsWith(`${path}, line 2 skipped: malformed JSON (`), err).toBe(true);
    expect(err.split('\n')).toHaveLength(2);
  });

  it('is French by default', async () => {
    const { out, err } = await run();
    expect(out).toContain('  ✘ offre non conforme ou de mauvaise qualité\n');
    expect(out).toMatch(/• \[illégal\] Limite d'âge \(certain\) : /);
    expect(out).toMatch(/2 offres classées, 1 conformes \(50 %\)/);
    expect(err.startsWith(`${path}, ligne 2 ignorée : JSON mal formé (`), err).toBe(true);
  });
});
