import type { SetRule } from '../rule.js';

/**
 * Copies of one job within a set of offers. The detection is over the whole set (classifiers/duplicates/: MinHash
 * of the descriptions, titles, place and employer); `duplicateFlags` builds each copy's flag from this rule.
 */
export const duplicateRules: readonly SetRule[] = [
  {
    kind: 'set',
    id: 'duplicate.copy',
    category: 'duplicate',
    // Near copies pass three checks (text, title, same place and employer): certain as well.
    severity: 'certain',
    explanation: 'Cette annonce reprend une offre publiée plus tôt pour le même employeur et le même lieu.',
    examples: {
      positive: [
        {
          text: 'Vous assurez la mise en rayon, l’accueil des clients et la tenue de la caisse dans notre magasin de centre-ville, du mardi au samedi.',
          offer: { id: 'T000002', createdAt: '2025-08-06T10:00:00.000Z' },
          copies: [
            {
              text: 'Vous assurez la mise en rayon, l’accueil des clients et la tenue de la caisse dans notre magasin de centre-ville, du mardi au samedi.',
            },
          ],
          quote: "doublon de l'offre T000001 (2 annonces pour un même poste)",
        },
      ],
      negative: [
        {
          text: 'Vous assurez la mise en rayon, l’accueil des clients et la tenue de la caisse dans notre magasin de centre-ville, du mardi au samedi.',
          offer: {
            id: 'T000002',
            createdAt: '2025-08-06T10:00:00.000Z',
            place: {
              label: '69 - Lyon',
              departement: '69',
              commune: '69123',
              postcode: '69001',
              latitude: null,
              longitude: null,
            },
          },
          copies: [
            {
              text: 'Vous assurez la mise en rayon, l’accueil des clients et la tenue de la caisse dans notre magasin de centre-ville, du mardi au samedi.',
            },
          ],
          why: 'the same text for another place is another job',
        },
      ],
    },
  },
];
