/**
 * Guarantee 4 — published pages are safe.
 *
 * Offer text is written by strangers and ends up in pages activists publish, in spreadsheets, and in a
 * jobseeker's terminal. Nothing of it is ever executed or rendered as markup: not in the HTML report, not in the
 * web pages, not in Markdown, not as a spreadsheet formula, not as terminal control codes. The web server sends a
 * CSP that allows no script, refuses oversized bodies, and fetches only allowed hosts on public addresses (no
 * private or loopback address however it is spelled, no `file:`), with bounded redirects, size and time.
 *
 * Already tested elsewhere, and not repeated here:
 * - HTML report: every field escaped, links http(s) only, nothing runs or loads in Chromium —
 *   tests/reports/hostile-offers.test.ts; Markdown report inert on the same offers — same file.
 * - CSV formulas neutralised on known payloads — tests/reports/report-formats.test.ts.
 * - Web pages: CSP without script, nosniff, 413 before reading an oversized body — tests/web/server.test.ts;
 *   hostile verdicts rendered as text — tests/web/render.test.ts; the CSP and no script in Chromium —
 *   tests/web/check-page.test.ts and tests/web/audit-pages.test.ts.
 * - URL guard: schemes, credentials, private addresses after DNS (v4, v6, mapped), every redirect hop checked,
 *   redirects, size and time bounded — tests/check/url-guard.test.ts; partner pages read in a guarded Chromium —
 *   tests/check/guarded-render.test.ts.
 * - `formatVerdict` strips ESC, CR and BEL — tests/check/verdict.test.ts.
 * This file adds: `vigie check` and `vigie classify` as processes on offers full of terminal control codes,
 * property tests of the Markdown and CSV escaping over arbitrary text, and private addresses in their unusual
 * spellings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckError } from '../../check/check-error.js';
import { parseCheckInput } from '../../check/parse-check-input.js';
import { checkUrl, type UrlPolicy, UrlRefused } from '../../lib/http/address-guard.js';
import { csvCell, csvRow } from '../../reports/export/csv-cell.js';
import { escapeMarkdown } from '../../reports/render/render-markdown.js';
import { parseCsv } from '../../reports/validation/parse-csv.js';
import { realSamples } from '../helpers/real-samples.js';
import { onCleanup, runVigie, SOAK } from './helpers/cli-storage.js';

const RUNS = SOAK ? 20_000 : 1_000;

/** Terminal control sequences an offer could carry: clear screen, colours, title change, hyperlinks, C1 CSI. */
const CONTROL = [
  '\u001b[2J\u001b[H',
  '\u001b[31;1m',
  '\u001b]0;pwned\u0007',
  '\u001b]8;;https://evil.example\u001b\\clic\u001b]8;;\u001b\\',
  '\u009b6n',
  '\r',
  '\b\b\b',
  '\u0000',
  '\u007f',
  '\u001bP+q\u001b\\',
];
/** Any C0 control but line feed and tab, DEL, and any C1 control: what a terminal acts upon. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const samples = realSamples(4);

describe('terminal output', () => {
  it('vigie check and vigie classify, as text and as JSON, never pass control codes from an offer to the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-ansi-'));
    onCleanup(() => rmSync(dir, { recursive: true, force: true }));
    const hostile = samples.map((sample, index) => ({
      ...sample,
      id: `ANSI${index}00`,
      intitule: `Vendeur${CONTROL.join('')} (H/F)`,
      description: `Candidats de moins de 30 ans${CONTROL.join(' ')}. ${CONTROL[index % CONTROL.length]}Salaire selon profil.`,
      entreprise: { nom: `Société${CONTROL[2]}` },
    }));
    const file = join(dir, 'offers.jsonl');
    writeFileSync(file, hostile.map((offer) => JSON.stringify(offer)).join('\n'));

    const runs = await Promise.all([
      runVigie(['check', '--file', file, '--no-duplicates']).done,
      runVigie(['check', '--file', file, '--no-duplicates', '--json']).done,
      runVigie(['classify', '--file', file]).done,
      runVigie(['classify', '--file', file, '--json']).done,
    ]);
    for (const [index, run] of runs.entries()) {
      // Flagged offers: exit 1 for check, 0 for the classify summary. Anything else is a crash.
      expect([0, 1], `${index}: ${run.stderr}`).toContain(run.code);
      expect(run.stdout.length, `run ${index} printed nothing`).toBeGreaterThan(50);
      expect(TERMINAL_CONTROL.exec(run.stdout)?.[0], `run ${index} stdout`).toBeUndefined();
      expect(TERMINAL_CONTROL.exec(run.stderr)?.[0], `run ${index} stderr`).toBeUndefined();
    }
    // The offers were read and judged, not refused: the verdict quotes them.
    expect(runs[0]!.stdout).toContain('moins de 30 ans');
    // JSON escapes the controls instead of dropping them: what the offer said is still there for a program.
    const json = JSON.parse(runs[1]!.stdout) as Array<{ offer: { title: string } }>;
    expect(json[0]!.offer.title).toContain('\u009b6n');
  }, 180_000);
});

describe('Markdown and CSV escaping of arbitrary text', () => {
  it('Markdown: no raw HTML, no line break, no live link or emphasis, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc
            .array(
              fc.constantFrom(
                '<',
                '>',
                '&',
                '[',
                ']',
                '(',
                ')',
                '*',
                '_',
                '`',
                '|',
                '\n',
                '#',
                '-',
                'javascript:',
                'a',
                ' ',
              ),
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          const escaped = escapeMarkdown(text);
          expect(escaped).not.toMatch(/[<>\r\n]/);
          // Every & starts an entity Vigie wrote itself: "&lt;" in an offer cannot become "<" in the page.
          expect(escaped).not.toMatch(/&(?!amp;|lt;|gt;)/);
          // Link, image, code and emphasis openers are all backslash-escaped.
          expect(escaped).not.toMatch(/(^|[^\\])[[\]`*_|~]/);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('CSV: a cell read back is the text, with a formula defused, and never spills into another cell', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 60 }),
            fc
              .tuple(
                fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ';', ',', ',,', '\n'),
                fc.string({ maxLength: 30 }),
              )
              .map(([start, rest]) => `${start}${rest}`),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (cells) => {
          // A last cell with text: the reader skips rows that are blank, which a row of empty cells would be.
          // The reader guesses the separator, as a spreadsheet does: a cell's commas must not mislead it.
          const [row] = parseCsv(csvRow([...cells, 'fin']));
          expect(row).toHaveLength(cells.length + 1);
          for (const [index, cell] of cells.entries()) {
            const read = row![index]!;
            expect(read).not.toMatch(/^[=+\-@\t\r]/);
            // Read back as written, with the apostrophe that defuses a formula in front of a formula only.
            expect(read).toBe(/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
          }
          for (const cell of cells) expect(csvCell(cell).startsWith('=')).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('addresses the web check never fetches', () => {
  const policy: UrlPolicy = { allowedHosts: ['candidat.francetravail.fr', '.meteojob.com'] };

  async function refusal(url: string, resolved = ['93.184.216.34']): Promise<string> {
    try {
      await checkUrl(url, policy, async () => resolved);
      return 'allowed';
    } catch (error) {
      if (error instanceof UrlRefused) return error.refusal;
      throw error;
    }
  }

  it.each([
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://[::ffff:7f00:1]/',
    'http://localhost./',
    'http://169.254.169.254.nip.io/',
    'http://0/',
  ])('refuses the loopback or metadata address spelt %s', async (url) => {
    expect(await refusal(url)).not.toBe('allowed');
  });

  it('refuses an allowed name that resolves to the cloud metadata address, and file: links', async () => {
    expect(await refusal('https://www.meteojob.com/offre/1', ['169.254.169.254'])).toBe('private_address');
    for (const input of [
      'file:///etc/passwd',
      'FILE:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
    ]) {
      let code = 'accepted';
      try {
        parseCheckInput(input, { partnerHosts: ['.meteojob.com'] });
      } catch (error) {
        expect(error).toBeInstanceOf(CheckError);
        code = (error as CheckError).code;
      }
      expect(code, input).not.toBe('accepted');
    }
  });
});
