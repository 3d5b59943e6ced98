/**
 * `dureeTravailLibelle` as the real API serves it: France Travail's own offers write "35H/semaine\nTravail en
 * journée" (sometimes with a trailing "..."), partner offers "35 H", "25 H  Travail en horaires fractionnés" or
 * "Temps plein"; part-time ones "Temps partiel - 25H/semaine\n…".
 */
export const WORK_RHYTHMS: readonly (readonly [string, number])[] = [
  ['Travail en journée', 70],
  ['Travail les week-ends et jours fériés', 6],
  ['Travail posté (2x8, 3x8, 5x8, etc.)', 5],
  ['Travail en horaires décalés', 4],
  ['Travail le samedi', 3],
  ['Travail le dimanche', 2],
  ['Horaires annuels', 2],
  ['Travail en horaires fractionnés', 3],
  ['Travail de nuit', 2],
  ['Travail saisonnier', 2],
  ["Travail selon un rythme irrégulier et des pics d'activité", 1],
];

export const FULL_TIME_HOURS: readonly (readonly [string, number])[] = [
  ['35', 60],
  ['39', 22],
  ['37', 4],
  ['37H30', 3],
  ['40', 3],
  ['42', 2],
  ['38H30', 2],
  ['36', 2],
  ['41', 1],
];

/** Part-time hours of 24 h or more (the legal floor); hours under 24 are only planted as `part_time_under_24h`. */
export const PART_TIME_HOURS: readonly string[] = [
  '24',
  '25',
  '26',
  '26H15',
  '28',
  '30',
  '31H30',
  '32',
  '32H30',
  '33',
  '33H50',
];

export const UNDER_24_HOURS: readonly string[] = [
  '2',
  '4',
  '6H25',
  '7',
  '8',
  '10',
  '11',
  '12H30',
  '14',
  '15',
  '16',
  '18',
  '20',
  '21',
  '22',
];

/** Hours as a number from a label fragment ("26H15" → 26.25). */
export function hoursValue(hours: string): number {
  const [h, m] = hours.split('H');
  return Number(h) + (m ? Number(m) / 60 : 0);
}
