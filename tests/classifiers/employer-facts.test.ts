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

describe('a household that employs', () => {
  const household = (description: string) =>
    employerFacts(buildOffer({ description }), plainText(description)).privateHousehold;

  it('is read when a family writes the offer or employs directly, whatever the agreement of « employé »', () => {
    expect(household('Famille recherche une personne pour 6 heures par semaine à domicile.')).toBe(
      'famille recherche',
    );
    expect(household('Garde d’enfants. Famille cherche une nounou le mercredi.')).toBe('famille cherche');
    expect(household('Une famille recrute une aide ménagère.')).toBe('une famille recrute');
    expect(household('Vous serez employée directement par la famille (CESU déclaratif).')).toBe(
      'employee directement par la famille',
    );
  });

  it('is not read where a family is the public served or a word of another phrase', () => {
    expect(household('Vous accompagnez chaque famille recherchant un logement.')).toBeNull();
    expect(household('Le service aide la famille à trouver une solution de garde.')).toBeNull();
  });
});
