/**
 * The gross SMIC for mainland France (and the overseas départements but Mayotte), by date of effect.
 * Monthly = hourly × 151.67 h. Sources: the revaluation decrees published in the Journal officiel, as gathered in
 * the domain notes on the law this project was built from. A new revaluation is one line at the end.
 */
export interface SmicRate {
  /** First day in force, YYYY-MM-DD. */
  from: string;
  hourly: number;
  monthly: number;
  source: string;
}

export const SMIC_TABLE: readonly SmicRate[] = [
  { from: '2020-01-01', hourly: 10.15, monthly: 1539.42, source: 'Décret n° 2019-1387 du 18 décembre 2019' },
  { from: '2021-01-01', hourly: 10.25, monthly: 1554.58, source: 'Décret n° 2020-1598 du 16 décembre 2020' },
  { from: '2021-10-01', hourly: 10.48, monthly: 1589.47, source: 'Arrêté du 27 septembre 2021' },
  { from: '2022-01-01', hourly: 10.57, monthly: 1603.12, source: 'Décret n° 2021-1741 du 22 décembre 2021' },
  { from: '2022-05-01', hourly: 10.85, monthly: 1645.58, source: 'Arrêté du 19 avril 2022' },
  { from: '2022-08-01', hourly: 11.07, monthly: 1678.95, source: 'Arrêté du 29 juillet 2022' },
  { from: '2023-01-01', hourly: 11.27, monthly: 1709.28, source: 'Décret n° 2022-1608 du 22 décembre 2022' },
  { from: '2023-05-01', hourly: 11.52, monthly: 1747.2, source: 'Arrêté du 26 avril 2023' },
  { from: '2024-01-01', hourly: 11.65, monthly: 1766.92, source: 'Décret n° 2023-1216 du 20 décembre 2023' },
  { from: '2024-11-01', hourly: 11.88, monthly: 1801.8, source: 'Décret n° 2024-951 du 23 octobre 2024' },
  {
    from: '2026-01-01',
    hourly: 12.02,
    monthly: 1823.03,
    source: 'Décret de revalorisation au 1er janvier 2026',
  },
];

/** Hours in a legal full-time month: 35 h × 52 / 12. */
export const MONTHLY_HOURS_FULL_TIME = 151.67;

/**
 * The rate in force on `date` (an ISO timestamp or YYYY-MM-DD), or null before the table starts or for an
 * unreadable date: no comparison is better than a comparison with the wrong minimum.
 */
export function smicAt(
  date: string | null | undefined,
  table: readonly SmicRate[] = SMIC_TABLE,
): SmicRate | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const day = date.slice(0, 10);
  let found: SmicRate | null = null;
  for (const rate of table) {
    if (rate.from <= day) found = rate;
    else break;
  }
  return found;
}
