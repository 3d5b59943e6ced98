/**
 * The gross SMIC (mainland France; monthly = 151.67 h), from law.md. The replica keeps its own copy: the
 * classifiers must not be tested against a table they share with the generator.
 */
export const SMIC_TABLE: readonly { from: string; hourly: number; monthly: number }[] = [
  { from: '2020-01-01', hourly: 10.15, monthly: 1539.42 },
  { from: '2021-01-01', hourly: 10.25, monthly: 1554.58 },
  { from: '2021-10-01', hourly: 10.48, monthly: 1589.47 },
  { from: '2022-01-01', hourly: 10.57, monthly: 1603.12 },
  { from: '2022-05-01', hourly: 10.85, monthly: 1645.58 },
  { from: '2022-08-01', hourly: 11.07, monthly: 1678.95 },
  { from: '2023-01-01', hourly: 11.27, monthly: 1709.28 },
  { from: '2023-05-01', hourly: 11.52, monthly: 1747.2 },
  { from: '2024-01-01', hourly: 11.65, monthly: 1766.92 },
  { from: '2024-11-01', hourly: 11.88, monthly: 1801.8 },
  { from: '2026-01-01', hourly: 12.02, monthly: 1823.03 },
];

const starts = SMIC_TABLE.map((row) => Date.parse(`${row.from}T00:00:00Z`));

/** The SMIC in force at a time (ms since epoch). */
export function smicAt(timeMs: number): { hourly: number; monthly: number } {
  let found = SMIC_TABLE[0]!;
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= timeMs) found = SMIC_TABLE[i]!;
  return found;
}
