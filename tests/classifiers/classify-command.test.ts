import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyCommand } from '../../cli/commands/classify.js';
import { CATEGORY_IDS } from '../../model/taxonomy.js';
import { type ClassifiedOfferLine, classifyFile } from '../../pipeline/classify-file.js';
import { CORPUS, SAMPLES } from './helpers.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, write: (text: string) => out.push(text), warn: (text: string) => err.push(text) };
}

const dir = mkdtempSync(join(tmpdir(), 'vigie-classify-'));

describe('vigie classify --file', () => {
  it('classifies the 665 real offers as JSON lines without crashing', async () => {
    const io = capture();
    const summary = await classifyFile({ file: SAMPLES, json: true, ...io });
    expect(summary.offers).toBe(665);
    expect(summary.rejected).toBe(0);
    const lines = io.out
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ClassifiedOfferLine);
    expect(lines).toHaveLength(665);
    for (const line of lines) {
      expect(typeof line.id).toBe('string');
      expect(typeof line.genuine).toBe('boolean');
      for (const flag of line.flags) {
        expect(CATEGORY_IDS).toContain(flag.category);
        expect(Object.keys(flag).sort()).toEqual([
          'axis',
          'category',
          'evidence',
          'reference',
          'rule',
          'severity',
        ]);
      }
    }
    console.log(`classify --file on the real samples: ${summary.genuine} genuine of ${summary.offers}`);
  });

  it('reads one offer, an array, the API answer and JSONL with a malformed line', async () => {
    const offers = readFileSync(SAMPLES, 'utf8')
      .trim()
      .split('\n')
      .slice(0, 3)
      .map((line) => JSON.parse(line));
    const files = {
      one: JSON.stringify(offers[0]),
      array: JSON.stringify(offers),
      api: JSON.stringify({ resultats: offers, filtresPossibles: [] }),
      jsonl: `${JSON.stringify(offers[0])}\n{not json\n${JSON.stringify({ intitule: 'no id' })}\n${JSON.stringify(offers[1])}\n`,
    };
    const counts: Record<string, number> = {};
    for (const [name, content] of Object.entries(files)) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, content);
      const io = capture();
      counts[name] = (await classifyFile({ file, json: true, ...io })).offers;
      if (name === 'jsonl') {
        expect(io.err.join('')).toMatch(/, ligne 2 ignorée : JSON mal formé \(/);
        expect(io.err.join('')).toMatch(/, ligne 3 ignorée : pas d’« id »/);
      } else expect(io.err).toEqual([]);
    }
    expect(counts).toEqual({ one: 1, array: 3, api: 3, jsonl: 2 });
  });

  it('prints a readable French summary without --json', async () => {
    const io = capture();
    const file = join(dir, 'corpus.jsonl');
    // The labelled corpus, labels included: unknown fields are kept by the lenient API schema and ignored.
    writeFileSync(file, readFileSync(CORPUS, 'utf8'));
    await classifyFile({ file, ...io });
    const text = io.out.join('');
    expect(text).toMatch(/offres classées, \d+ conformes/);
    expect(text).toContain("Limite d'âge");
    expect(text).toContain('Code du travail, art. L5331-2');
  });

  it('finds duplicates within the file', async () => {
    const offer = JSON.parse(readFileSync(SAMPLES, 'utf8').split('\n')[0]!);
    const file = join(dir, 'dup.jsonl');
    writeFileSync(
      file,
      [offer, { ...offer, id: 'COPY001', dateCreation: '2025-08-06T10:00:00.000Z' }]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    const io = capture();
    await classifyFile({ file, json: true, ...io });
    const lines = io.out
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ClassifiedOfferLine);
    expect(lines[1]!.flags.map((flag) => flag.category)).toContain('duplicate');
    expect(lines[1]!.genuine).toBe(false);
    expect(lines[0]!.flags.map((flag) => flag.category)).not.toContain('duplicate');
  });

  it('is a commander command with --file, --json and --audit', () => {
    const command = classifyCommand();
    expect(command.name()).toBe('classify');
    expect(command.options.map((option) => option.long)).toEqual(['--audit', '--file', '--json']);
  });
});
