import { describe, expect, it } from 'vitest';
import { maskContacts } from '../../reports/mask-contacts.js';

describe('contact masking', () => {
  it.each([
    ['Appelez le 06 12 34 56 78', 'Appelez le [téléphone masqué]'],
    ['tél. 0612345678.', 'tél. [téléphone masqué].'],
    ['joindre au +33 6 12 34 56 78 ou 01.23.45.67.89', 'joindre au [téléphone masqué] ou [téléphone masqué]'],
    ['CV à jean.dupont@exemple.fr', 'CV à [e-mail masqué]'],
    ['Contact : Mme Martin, RH', 'Contact : [nom masqué], RH'],
    ['Envoyer à M. Jean Durand', 'Envoyer à [nom masqué]'],
  ])('masks %s', (text, masked) => {
    expect(maskContacts(text)).toBe(masked);
  });

  it("masks the offer's contact name wherever it appears, and leaves ordinary text alone", () => {
    expect(maskContacts('Demander Sophie Laurent à l’accueil', ['Sophie Laurent'])).toBe(
      'Demander [nom masqué] à l’accueil',
    );
    expect(maskContacts('Salaire de 1 850 € pour 35 h, 2 postes en 2026')).toBe(
      'Salaire de 1 850 € pour 35 h, 2 postes en 2026',
    );
    expect(maskContacts('Référence 0123456 du poste', [])).toBe('Référence 0123456 du poste');
  });
});
