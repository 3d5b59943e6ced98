import { describe, expect, it } from 'vitest';
import { plainText } from '../../classifiers/engine/normalise.js';
import { employerFacts } from '../../classifiers/facts/employer.js';
import { buildOffer } from './offer-builder.js';

/** What the text says of the employer: a public one hiring public-law agents is out of the 24 h floor and CDD rules. */
function publicEmployerIn(description: string): string | null {
  return employerFacts(buildOffer({ description }), plainText(description)).publicEmployer;
}

describe('employer facts', () => {
  it('reads a civil-service grade as a public employer (196DHST)', () => {
    expect(
      publicEmployerIn('CDD de droit public, (Catégorie B, cadre d’emplois des animateurs territoriaux)'),
    ).toBe('categorie b');
    expect(publicEmployerIn('Poste de catégorie C, filière technique.')).toBe('categorie c');
  });

  it('does not read a driving licence’s category as a civil-service grade (0655207)', () => {
    expect(publicEmployerIn('Posséder un permis de conduire de catégorie B valide.')).toBeNull();
    expect(publicEmployerIn('Permis catégorie B exigé, véhicule fourni.')).toBeNull();
    expect(publicEmployerIn('Permis de conduire catégorie C apprécié.')).toBeNull();
  });
});
