import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import { precheckedPatterns } from '../../classifiers/engine/prechecked-pattern.js';
import { prepareOffer } from '../../classifiers/engine/prepared-offer.js';
import { TEXT_RULES } from '../../classifiers/rules/index.js';
import '../../classifiers/index.js';
import { holdsOnPiecesAndAnyString, loadCorpus, loadSamples, sampleTexts } from './helpers.js';

/*
 * Patterns rewritten for speed only, against the regex they replace, as it was written: "\bA|\bB" became
 * "\b(?:A|B)", which V8 tries faster (one boundary test a position, then the alternatives) and which matches the
 * same, the same groups in the same order. Any other rewrite of these patterns must keep these tests green.
 */
const REWRITTEN: ReadonlyArray<{ name: string; before: RegExp; now: () => RegExp }> = [
  {
    name: 'contract_mismatch CDI_BUT_NOT',
    before:
      /\bmissions? (?:d'une|d'un|de \d{1,2}|de quelques) (?:semaine|jour|journee|mois)s?\b|\b(?:il s'agit d'un|un|poste en|pour un) remplacement (?:de|d'une duree de) \d{1,2} (?:mois|semaines?|jours?)\b|\bmissions? (?:hebdomadaires?|ponctuelles?|journalieres?|a la journee|a la semaine)\b|\b(?:cdd|contrat a duree determinee) (?:de|d'une duree de) \d{1,2}(?: ?(?:a|-) ?\d{1,2})? (?:mois|semaines?|jours?)\b|\bmissions? d'interim\b|\bmissions? interimaires?\b|\bcontrat de mission\b|\b(?:type de )?contrat ?: ?(?:interim|cdd|mission|contrat a duree determinee|saisonnier)\b|\bcdd (?:a )?temps (?:partiel|plein|complet)\b/,
    now: () => prechecked("\\b(?:missions? (?:d'une"),
  },
  {
    name: 'contract_mismatch CDI_LATER',
    before:
      /\ben vue (?:d'une |d'un |de |d')?(?:embauche|cdi)\b|\bpre-?embauche\b|\b(?:cdd|mission|interim|contrat a duree determinee)\b[^.;]{0,60}\b(?:pouvant|pourra|peut|possibilite|debouch[a-z]{0,4}|evolu[a-z]{0,4}|aboutir|se transformer|transformable|suivi d'un|vers un|avant)\b[^.;]{0,40}\bcdi\b|\bpossibilite de (?:cdi|contrat a duree indeterminee)\b|\bperspectives? (?:de|d'un) cdi\b|\b(?:prolongation|poursuite|transformation|evolution|passage) en cdi\b|\bcdd evolutif\b/,
    now: () => prechecked('\\b(?:en vue '),
  },
  {
    name: 'not_a_job.buy_in_or_network, franchise and business',
    before:
      /\b(?:rejoignez|integrez) (?:notre|un) reseau de franchise|\bouvrez votre (?:propre )?(?:franchise|agence|magasin)\b|\bcreez votre (?:propre )?(?:entreprise|activite|agence|franchise)\b/g,
    now: () => pattern('not_a_job.buy_in_or_network', 2),
  },
  {
    name: 'not_a_job.buy_in_or_network, passive income',
    before:
      /\bopportunite (?:d'affaires?|business|de revenus? complementaires?)\b|\b(?:revenus?|remuneration) (?:passifs?|passive|illimites?|residuels?)\b|\bvos filleuls\b/g,
    now: () => pattern('not_a_job.buy_in_or_network', 4),
  },
];

function prechecked(start: string): RegExp {
  const found = precheckedPatterns().filter((candidate) => candidate.pattern.source.startsWith(start));
  expect(found).toHaveLength(1);
  return found[0]!.pattern;
}

function pattern(id: string, index: number): RegExp {
  const rule = TEXT_RULES.find((candidate) => candidate.id === id);
  const found = rule?.patterns[index];
  if (!found) throw new Error(`${id} has no pattern ${index}`);
  return found;
}

/** Every match from the start, with its groups: a global copy, whatever `lastIndex` the classifiers left. */
function matches(regex: RegExp, text: string): Array<Array<string | undefined>> {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  return [...text.matchAll(global)].map((match) => [String(match.index), ...match]);
}

describe('patterns rewritten for speed', () => {
  const texts = [
    ...sampleTexts(),
    ...[...loadSamples(), ...loadCorpus().map((entry) => entry.offer)].map(
      (offer) => prepareOffer(offer).text,
    ),
  ];

  for (const { name, before, now } of REWRITTEN) {
    it(`${name}: same flags, same matches as before on the real offers and the corpus`, () => {
      const current = now();
      expect(current.source).not.toBe(before.source);
      expect(current.flags).toBe(before.flags);
      for (const text of texts) expect(matches(current, text)).toEqual(matches(before, text));
    });

    it(`${name}: same matches as before on text made of its words, and on any string`, () => {
      const current = now();
      const words = [...new Set(before.source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z'-]{2,}/g) ?? [])];
      const spaced = words.map((word) => ` ${word}`);
      holdsOnPiecesAndAnyString(
        [...words, ...spaced, ...spaced, ' ', '. ', ' 12', ' 3', ': ', '/', '-'],
        30,
        80,
        (text) => {
          expect(matches(current, text)).toEqual(matches(before, text));
        },
      );
    });
  }
});
