import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../lib/json-error-offset.js';

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(jsonErrorOffset(JSON.stringify(value, null, pretty ? 2 : undefined))).toBeNull();
      }),
    );
  });

  it('points into any text JSON.parse refuses, and at the offending character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = jsonErrorOffset(text);
        if (valid) expect(offset).toBeNull();
        else expect(offset).toBeGreaterThanOrEqual(0);
      }),
    );
    expect(jsonErrorOffset('{\n  "id": "196FBMG",\n  "intitule": ,\n}')).toBe(35);
    expect(jsonErrorOffset('{"id": "196FBMG"')).toBe(16);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
  });
});
