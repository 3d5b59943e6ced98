import { mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../model/taxonomy.js';
import { runReport } from '../../pipeline/write-report.js';
import { APPLICATION_LINKS_CSV_COLUMNS } from '../../reports/export/application-links-csv.js';
import { CGT_CSV_COLUMNS } from '../../reports/export/cgt-csv.js';
import { csvCell, csvRow } from '../../reports/export/csv-cell.js';
import { categoryColumn, OFFER_CSV_COLUMNS } from '../../reports/export/offers-csv.js';
import { computeFigures } from '../../reports/figures/compute-figures.js';
import { escapeMarkdown } from '../../reports/render/render-markdown.js';
import { importVerdicts } from '../../reports/validation/import-verdicts.js';
import { parseCsv, parseVerdict } from '../../reports/validation/parse-csv.js';
import { VALIDATION_COLUMNS, validationSampleCsv } from '../../reports/validation/validation-sample.js';
import { openTestDatabase } from '../helpers/databases.js';
import { seedAudit, TEN_OFFERS, VERSION } from './fixtures.js';

describe('CSV cells and parsing', () => {
  it('neutralises formulas and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a;b')).toBe('"a;b"');
    // A comma is quoted too: LibreOffice and Python's sniffer guess the separator and would split on it.
    expect(csvCell('Paris, Lyon')).toBe('"Paris, Lyon"');
    expect(parseCsv(csvRow(['Paris, Lyon', ',,', 'fin']))).toEqual([['Paris, Lyon', ',,', 'fin']]);
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('oui');
  });

  it('reads what Excel and LibreOffice write: BOM, ; or , separators, quotes, line breaks, CRLF', () => {
    const semicolon =
      '\uFEFFaudit;offre;texte\r\n1;A1;"dit ""bonjour""; puis\r\npart"\r\n\r\n1;A2;simple\r\n';
    expect(parseCsv(semicolon)).toEqual([
      ['audit', 'offre', 'texte'],
      ['1', 'A1', 'dit "bonjour"; puis\r\npart'],
      ['1', 'A2', 'simple'],
    ]);
    const comma = 'audit,offre,texte\n1,A1,"a, b"\n1,A2,';
    expect(parseCsv(comma)).toEqual([
      ['audit', 'offre', 'texte'],
      ['1', 'A1', 'a, b'],
      ['1', 'A2', ''],
    ]);
    expect(parseVerdict('OUI')).toBe(true);
    expect(parseVerdict(' x ')).toBe(true);
    expect(parseVerdict('0')).toBe(false);
    expect(parseVerdict('')).toBe(null);
    expect(() => parseVerdict('peut-être')).toThrow(/verdict/);
  });
});

describe('report formats', () => {
  it('writes HTML, Markdown, CSV and JSON that read back cleanly, with month-over-month changes', async () => {
    const database = await openTestDatabase('pglite');
    const { db } = database;
    await seedAudit(db, { kind: 'census' }, TEN_OFFERS.slice(0, 6), { label: 'Octobre' });
    const hostile = {
      id: 'O11',
      title: '=HYPERLINK("http://evil.example","clic")',
      employer: '@SUM(1+1)',
      flags: [{ category: 'fee_requested' as const, evidence: '+33 6 12 34 56 78 ; -frais de dossier 50 €' }],
    };
    const audit = await seedAudit(db, { kind: 'census' }, [...TEN_OFFERS, hostile], { label: 'Novembre' });
    const out = mkdtempSync(join(tmpdir(), 'vigie-report-'));
    const result = await runReport({
      database,
      audit: audit.id,
      compare: 'previous',
      formats: ['html', 'md', 'csv', 'json'],
      out,
      now: new Date('2026-11-28T12:00:00Z'),
    });
    expect(result.files.map((file) => file.format)).toEqual(['html', 'md', 'csv', 'csv', 'csv', 'json']);

    const html = readFileSync(join(out, `vigie-audit-${audit.id}.html`), 'utf8');
    expect(html).toContain('Ce qui a changé depuis « Octobre »');
    expect(html).toContain('lang="fr"');

    const json = JSON.parse(readFileSync(join(out, `vigie-audit-${audit.id}.json`), 'utf8'));
    expect(json.headline.genuine.any.count).toBe(5);
    expect(json.comparison.audit.label).toBe('Octobre');
    expect(json).toEqual(JSON.parse(JSON.stringify(result.figures)));

    // Markdown: every table row has as many cells as its header (no stray "|" from offer text).
    const markdown = readFileSync(join(out, `vigie-audit-${audit.id}.md`), 'utf8');
    expect(markdown.startsWith('# Audit des offres')).toBe(true);
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    let expected = 0;
    for (const line of markdown.split('\n')) {
      if (!line.startsWith('|')) {
        expected = 0;
        continue;
      }
      if (expected === 0) expected = cells(line);
      expect(cells(line), line).toBe(expected);
    }
    expect(markdown).toContain('## Méthode');
    expect(markdown).not.toContain('06 12 34 56 78');

    const rows = parseCsv(readFileSync(join(out, `vigie-audit-${audit.id}-offres.csv`), 'utf8'));
    expect(rows[0]).toEqual([...OFFER_CSV_COLUMNS]);
    expect(rows).toHaveLength(12);
    // French headers, ASCII and snake_case, none of them a category id of the taxonomy.
    for (const header of rows[0]!) expect(header).toMatch(/^[a-z0-9_]+$/);
    expect(rows[0]!.filter((header) => (CATEGORY_IDS as readonly string[]).includes(header))).toEqual([]);
    expect(new Set(rows[0]).size).toBe(rows[0]!.length);
    const column = (name: string) => OFFER_CSV_COLUMNS.indexOf(name);
    const o03 = rows.find((row) => row[0] === 'O03')!;
    expect(o03[column(categoryColumn('part_time_under_24h'))]).toBe('probable');
    expect(o03[column('alerte_contrat_autre_que_cdi')]).toBe('certaine');
    expect(o03[column('categories')]).toContain('not_cdi');
    const o01 = rows.find((row) => row[0] === 'O01')!;
    // Codes in their own columns, French names beside; booleans and numbers as a French spreadsheet reads them.
    expect([o01[column('departement')], o01[column('departement_libelle')]]).toEqual(['75', 'Paris (75)']);
    expect(o01[column('domaine_rome_libelle')]).toBe('Banque, assurance, immobilier (C12)');
    expect(o01[column('temps_plein')]).toMatch(/^(oui|non|non indiqué)$/);
    expect(o01[column('poids')]).not.toContain('.');
    for (const row of rows.slice(1)) expect(row[column('contrat_libelle')]).not.toBe('');
    expect(o03[column('irreprochable')]).toBe('non');
    expect(rows.find((row) => row[0] === 'O01')![column('irreprochable')]).toBe('oui');
    const evil = rows.find((row) => row[0] === 'O11')!;
    expect(evil[column('intitule')]).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(evil[column('employeur')]).toBe("'@SUM(1+1)");
    expect(evil[column('preuves')]).toBe(
      'Paiement demandé au candidat : [téléphone masqué] ; -frais de dossier 50 €',
    );
    expect(evil[column('categories')]).toBe('fee_requested');

    // "Face à l'audit CGT" in its own CSV: what it is and its bases, then a row per category, each with its base.
    const cgt = parseCsv(readFileSync(join(out, `vigie-audit-${audit.id}-cgt.csv`), 'utf8'));
    expect(cgt[0]![0]).toContain('Face à l’audit CGT');
    expect(cgt[0]![0]).toContain('toutes les offres');
    expect(cgt[1]).toEqual([...CGT_CSV_COLUMNS]);
    expect(cgt.slice(2)).toHaveLength(result.figures.cgt.length);
    const cgtAt = (name: string) => CGT_CSV_COLUMNS.indexOf(name as (typeof CGT_CSV_COLUMNS)[number]);
    for (const row of cgt.slice(2)) {
      expect(row[cgtAt('base_cgt')]).not.toBe('');
      expect(row[cgtAt('base_naturelle_libelle')]).not.toBe('');
    }
    // Application sites in their own CSV, apart from partner copies: a header row, then one row per figure.
    const applications = parseCsv(readFileSync(join(out, `vigie-audit-${audit.id}-candidature.csv`), 'utf8'));
    expect(applications[0]![0]).toContain('Liens de candidature');
    expect(applications[1]).toEqual([...APPLICATION_LINKS_CSV_COLUMNS]);
    expect(applications.slice(2).map((row) => row[0])).toEqual([
      'avec_lien',
      'lien_mort',
      'lien_injoignable',
    ]);
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell), cell).toBe(false);
    }
  });

  it('names an imported file by its base name only, in the title, the method section and the JSON', async () => {
    const database = await openTestDatabase('pglite');
    const file = '/home/chercheuse/dossiers-prives/offres-74.jsonl';
    // An audit labelled before imports were labelled by the file's name: the label still holds the whole path.
    const audit = await seedAudit(database.db, { kind: 'import', file }, TEN_OFFERS, {
      label: `Import ${file}`,
    });
    const out = mkdtempSync(join(tmpdir(), 'vigie-report-'));
    const result = await runReport({ database, audit: audit.id, formats: ['html', 'md', 'json'], out });
    expect(result.files).toHaveLength(3);
    for (const written of result.files) {
      const text = readFileSync(written.path, 'utf8');
      expect(text, written.format).not.toContain('/home/chercheuse');
      expect(text, written.format).not.toContain('dossiers-prives');
      expect(text, written.format).toContain('Import offres-74.jsonl');
      if (written.format !== 'json')
        expect(text, written.format).toMatch(/Source : [^<\n]*\(offres-74\.jsonl\)/);
    }
  });

  it('refuses to report on an audit that was never classified', async () => {
    const database = await openTestDatabase('pglite');
    const unflagged = TEN_OFFERS.map((offer) => ({ ...offer, flags: [] }));
    const audit = await seedAudit(database.db, { kind: 'census' }, unflagged);
    await database.db
      .updateTable('audits')
      .set({ classifier_version: null })
      .where('id', '=', audit.id)
      .execute();
    await expect(
      runReport({
        database,
        audit: audit.id,
        formats: ['json'],
        out: mkdtempSync(join(tmpdir(), 'vigie-report-')),
      }),
    ).rejects.toThrow(/aucune classification terminée/);
  });

  it('exports a validation sample and imports the reviewed file back as precision and recall', async () => {
    const { db } = await openTestDatabase('pglite');
    const audit = await seedAudit(db, { kind: 'census' }, TEN_OFFERS);
    const csv = await validationSampleCsv(db, audit, VERSION, { size: 6, seed: 3 });
    const again = await validationSampleCsv(db, audit, VERSION, { size: 6, seed: 3 });
    expect(again).toBe(csv);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(VALIDATION_COLUMNS);
    expect(rows).toHaveLength(6);
    const at = (name: string) => header!.indexOf(name);
    // The reviewer agrees with Vigie on salary_missing, and finds an age limit Vigie missed on the first offer.
    for (const row of rows)
      row[at('humain_salary_missing')] = row[at('vigie_salary_missing')] ? 'oui' : 'non';
    rows[0]![at('humain_age_limit')] = rows[0]![at('vigie_age_limit')] ? 'x' : 'OUI';
    // Saved by a spreadsheet with "," and CRLF, the long text quoted.
    const saved = [header!, ...rows]
      .map((row) =>
        row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
      )
      .join('\r\n');
    const file = join(mkdtempSync(join(tmpdir(), 'vigie-validation-')), 'revue.csv');
    await writeFile(file, saved);
    const result = await importVerdicts(db, readFileSync(file, 'utf8'), { sourceFile: file });
    expect(result).toMatchObject({ auditId: audit.id, reviewedOffers: 6, skippedOffers: 0 });

    const figures = await computeFigures(db, audit);
    const salary = figures.validation.find((entry) => entry.category === 'salary_missing');
    expect(salary?.reviewed).toBe(6);
    expect(salary?.falsePositives).toBe(0);
    expect(salary?.falseNegatives).toBe(0);
    const age = figures.validation.find((entry) => entry.category === 'age_limit');
    expect((age?.truePositives ?? 0) + (age?.falseNegatives ?? 0)).toBe(1);
    // Imported twice, the verdicts replace each other instead of counting twice.
    await importVerdicts(db, saved);
    expect(
      (await computeFigures(db, audit)).validation.find((entry) => entry.category === 'salary_missing')
        ?.reviewed,
    ).toBe(6);
  });

  it('escapes offer text in Markdown', () => {
    expect(escapeMarkdown('<script>alert(1)</script> *gras* [lien](javascript:x) | col')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; \\*gras\\* \\[lien\\](javascript:x) \\| col',
    );
    expect(escapeMarkdown('# titre\nsuite')).toBe('\\# titre suite');
  });
});
