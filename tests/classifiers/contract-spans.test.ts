import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../classifiers/engine/normalise.js';
import { type ContractSpan, findContractSpans } from '../../classifiers/facts/contract.js';

/*
 * The periods a text gives its contract (classifiers/facts/contract.ts), read on the normalised text as the rules
 * read them: the dates and end dates of several ways of writing them, the lists of dated working days, and the
 * dates that belong to something else (an interview, the applications).
 */
const CREATED = '2025-08-05T10:00:00.000Z';

function spans(
  text: string,
  createdAt: string | null = CREATED,
): Array<Pick<ContractSpan, 'kind' | 'days' | 'worked'>> {
  return findContractSpans(normaliseText(text), createdAt).map(({ kind, days, worked }) =>
    worked === undefined ? { kind, days } : { kind, days, worked },
  );
}

describe('contract spans', () => {
  it('reads two dates, the first with or without its own month or year', () => {
    expect(spans('CDD du 19 août au 30 août 2024.')).toEqual([{ kind: 'dates', days: 12 }]);
    expect(spans('Mission du 12 au 16 août.')).toEqual([{ kind: 'dates', days: 5 }]);
    expect(spans('Renfort du lundi 4 au vendredi 8 août 2025.')).toEqual([{ kind: 'dates', days: 5 }]);
    expect(spans('Contrat du 28 au 3 août.')).toEqual([{ kind: 'dates', days: 7 }]);
    expect(spans('CDD du 01/09/2025 au 31/10.')).toEqual([{ kind: 'dates', days: 61 }]);
    expect(spans('CDD du 11 08 2025 au 21 09 2025.')).toEqual([{ kind: 'dates', days: 42 }]);
  });

  it('counts an end date from the offer’s creation', () => {
    expect(spans('Poste jusqu’au 31/10.')).toEqual([{ kind: 'until', days: 88 }]);
    expect(spans('Contrat : Saisonnier jusqu’à fin octobre 2025', '2025-05-22T15:06:15.000Z')).toEqual([
      { kind: 'until', days: 163 },
    ]);
    expect(spans('Mission jusqu’au vendredi 29 août.')).toEqual([{ kind: 'until', days: 25 }]);
  });

  it('reads a list of dated working days as its first to its last day, and how many', () => {
    expect(spans('Mission samedi 09/08/2025 et samedi 16/08/2025 de 9h00 à 13h00.')).toEqual([
      { kind: 'days', days: 8, worked: 2 },
    ]);
    expect(
      spans(
        'Planning :\nVendredi 27 juin\nSamedi 28 juin\n\nSamedi 05 juillet\nVendredi 29 août',
        '2025-06-20T10:00:00.000Z',
      ),
    ).toEqual([{ kind: 'days', days: 64, worked: 4 }]);
    expect(spans('Dates de la mission : samedi 9/08 de 9h à 13h, samedi 16/08 de 9h à 13h.')).toEqual([
      { kind: 'days', days: 8, worked: 2 },
    ]);
  });

  it('reads the days of one month named once, and days each with its own article', () => {
    expect(spans('Mission les 9 et 16 août, le matin.')).toEqual([{ kind: 'days', days: 8, worked: 2 }]);
    expect(spans('Vacations les samedis 9, 16 et 23 août 2025.')).toEqual([
      { kind: 'days', days: 15, worked: 3 },
    ]);
    expect(spans('Mission le samedi 9 août et le samedi 16 août.')).toEqual([
      { kind: 'days', days: 8, worked: 2 },
    ]);
    expect(spans('Travail les 9 et 16 août.')).toEqual([]);
    expect(spans('Entre les 35 et 39 heures par semaine.')).toEqual([]);
  });

  it('reads a contract from one month to another, to the months’ bounds', () => {
    expect(spans('Contrat de fin juin à fin septembre, le soir.')).toEqual([{ kind: 'months', days: 93 }]);
    expect(spans('Contrat saisonnier de juin à novembre 2025.')).toEqual([{ kind: 'months', days: 183 }]);
    expect(spans('Saison de mi-mai à mi-octobre.')).toEqual([{ kind: 'months', days: 154 }]);
    expect(spans('En période hivernale (de octobre à avril) un samedi sur deux.')).toEqual([]);
    expect(spans('Ouvert de mai à septembre, notre restaurant recrute.')).toEqual([]);
  });

  it('leaves out dates the clause gives to something else', () => {
    expect(spans('Entretiens les mardi 12 août et jeudi 14 août à l’agence.')).toEqual([]);
    expect(spans('Job dating du 12 au 14 août à Annecy.')).toEqual([]);
    expect(spans('Candidatures jusqu’au 31/08.')).toEqual([]);
    expect(spans('Annonce valable jusqu’au 15 septembre.')).toEqual([]);
    expect(spans('Magasin fermé du 10 au 20 août.')).toEqual([]);
  });

  it('needs two days in a row, and work named before two of them', () => {
    expect(spans('Démarrage lundi 18/08.')).toEqual([]);
    expect(spans('Ouverture exceptionnelle dimanche 14/12 et dimanche 21/12.')).toEqual([]);
    expect(spans('Prise de poste lundi 18/08, formation sur site, bilan vendredi 29/08.')).toEqual([]);
    expect(spans('Travail du lundi au vendredi, de 9h à 17h.')).toEqual([]);
    expect(spans('Travail samedi 23/08 et dimanche 24/08 pour l’inventaire.')).toEqual([]);
    expect(spans('Intégration lundi 1/09, mardi 2/09 et mercredi 3/09.')).toEqual([]);
  });
});
