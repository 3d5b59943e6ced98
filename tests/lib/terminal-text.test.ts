import { describe, expect, it } from 'vitest';
import { terminalLine, terminalSafeJson, terminalText } from '../../lib/terminal-text.js';

// Bidi controls reorder what a terminal shows (a verdict can be made to read backwards); U+2028 and U+2029 break
// lines in viewers that honour them. Built from code points, so that this file holds none of them raw.
const HOSTILE = [0x202e, 0x202d, 0x2066, 0x2069, 0x200f, 0x061c, 0x2028, 0x2029].map((code) =>
  String.fromCodePoint(code),
);
const RAW = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('terminal text: bidi controls and line separators', () => {
  it('neutralises them in text and lines', () => {
    for (const char of HOSTILE) {
      expect(terminalText(`offre${char}irréprochable`)).toBe('offre irréprochable');
      expect(terminalLine(`offre${char}${char} ok`)).toBe('offre ok');
    }
  });

  it('escapes them in JSON, which parses back to the same text', () => {
    const value = { title: `Vendeur${HOSTILE.join('')}fin` };
    const json = terminalSafeJson(value, 2);
    expect(json).not.toMatch(RAW);
    expect(json).toContain('\\u202e');
    expect(json).toContain('\\u2028');
    expect(JSON.parse(json)).toEqual(value);
  });
});
