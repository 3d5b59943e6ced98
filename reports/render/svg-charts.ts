import { html, type SafeHtml } from '../../lib/html.js';
import type { Interval } from '../statistics/wilson-interval.js';
import { percent } from './format-fr.js';

export interface BarItem {
  label: string;
  /** Share with certain findings only (the dark bar). */
  floor: number;
  /** Share with certain and likely findings (the light bar behind it). */
  ceiling: number;
  /** The 95 % interval of the ceiling, drawn as a whisker; null for a census. */
  interval: Interval | null;
}

const WIDTH = 480;
const ROW = 38;
const TOP = 8;
const AXIS = 24;

/** A scale a reader can read: the smallest round maximum above every value, and its tick step. */
function niceScale(value: number): { max: number; step: number } {
  const scales = [
    [0.05, 0.01],
    [0.1, 0.02],
    [0.2, 0.05],
    [0.3, 0.1],
    [0.4, 0.1],
    [0.5, 0.1],
    [0.6, 0.2],
    [0.8, 0.2],
    [1, 0.25],
  ] as const;
  const [max, step] = scales.find(([candidate]) => candidate >= value - 1e-9) ?? [1, 0.25];
  return { max, step };
}

function ticksOf(max: number, step: number): number[] {
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + 1e-9; tick += step) ticks.push(Math.round(tick * 1000) / 1000);
  return ticks;
}

/** Tick labels: the first anchored at its start and the last at its end, so that neither is cut off. */
function tickLabel(x: number, y: number, tick: number, index: number, last: number): SafeHtml {
  const anchor = index === 0 ? 'start' : index === last ? 'end' : 'middle';
  const text = `${Number((tick * 100).toFixed(1)).toLocaleString('fr-FR')}\u202f%`;
  return html`<text class="tick" x="${x.toFixed(1)}" y="${y}" text-anchor="${anchor}">${text}</text>`;
}

/**
 * Horizontal bars, one category per row with its label above the bar so that long French labels fit on a phone.
 * Dark bar: certain; light bar: certain + likely; whisker: 95 % interval.
 */
export function barChartSvg(items: readonly BarItem[], options: { title: string; color: string }): SafeHtml {
  const { max, step } = niceScale(
    Math.max(0.0001, ...items.map((item) => Math.max(item.ceiling, item.interval?.high ?? 0))),
  );
  const plot = WIDTH - 100;
  const x = (share: number) => 12 + (Math.min(share, max) / max) * plot;
  const height = TOP + items.length * ROW + AXIS;
  const ticks = ticksOf(max, step);
  const rows = items.map((item, index) => {
    const y = TOP + index * ROW;
    const barY = y + 17;
    const whisker = item.interval
      ? html`<g class="whisker"><line x1="${x(item.interval.low).toFixed(1)}" x2="${x(item.interval.high).toFixed(1)}" y1="${barY + 6}" y2="${barY + 6}"/><line x1="${x(item.interval.low).toFixed(1)}" x2="${x(item.interval.low).toFixed(1)}" y1="${barY + 1}" y2="${barY + 11}"/><line x1="${x(item.interval.high).toFixed(1)}" x2="${x(item.interval.high).toFixed(1)}" y1="${barY + 1}" y2="${barY + 11}"/></g>`
      : null;
    const end = Math.max(x(item.ceiling), item.interval ? x(item.interval.high) : 0);
    const value =
      Math.abs(item.floor - item.ceiling) < 1e-9
        ? percent(item.ceiling)
        : `${percent(item.floor)} – ${percent(item.ceiling)}`;
    return html`<g><text class="label" x="12" y="${y + 12}">${item.label}</text><rect class="ceiling" x="12" y="${barY}" width="${Math.max(x(item.ceiling) - 12, item.ceiling > 0 ? 1.5 : 0).toFixed(1)}" height="12" rx="2" fill="${options.color}"/><rect class="floor" x="12" y="${barY}" width="${Math.max(x(item.floor) - 12, item.floor > 0 ? 1.5 : 0).toFixed(1)}" height="12" rx="2" fill="${options.color}"/>${whisker}<text class="value" x="${(end + 6).toFixed(1)}" y="${barY + 10}">${value}</text></g>`;
  });
  const axisY = TOP + items.length * ROW + 4;
  const grid = ticks.map(
    (tick, index) =>
      html`<line class="grid" x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="${TOP}" y2="${axisY}"/>${tickLabel(x(tick), axisY + 14, tick, index, ticks.length - 1)}`,
  );
  return html`<div class="chart-wrap"><svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${options.title}" xmlns="http://www.w3.org/2000/svg"><title>${options.title}</title>${grid}${rows}</svg></div>`;
}

export interface ChangeItem {
  label: string;
  before: number;
  after: number;
  beforeInterval: Interval | null;
  afterInterval: Interval | null;
  significant: boolean;
}

/**
 * Month over month, one row per figure: a hollow dot for the earlier audit, a filled dot for the later one, an
 * arrow between them (solid when the change exceeds the sampling error, dashed when it does not).
 */
export function changeChartSvg(items: readonly ChangeItem[], options: { title: string }): SafeHtml {
  const plot = WIDTH - 36;
  const scale = changeScale(items);
  const x = (share: number) =>
    18 + ((Math.max(scale.low, Math.min(scale.high, share)) - scale.low) / (scale.high - scale.low)) * plot;
  const height = TOP + items.length * ROW + AXIS;
  const rows = items.map((item, index) => {
    const y = TOP + index * ROW;
    const lineY = y + 24;
    const whisker = (interval: Interval | null, cls: string) =>
      interval
        ? html`<line class="${cls}" x1="${x(interval.low).toFixed(1)}" x2="${x(interval.high).toFixed(1)}" y1="${lineY}" y2="${lineY}"/>`
        : null;
    return html`<g><text class="label" x="18" y="${y + 11}">${item.label}</text>${whisker(item.beforeInterval, 'ci-before')}${whisker(item.afterInterval, 'ci-after')}<line class="${item.significant ? 'arrow' : 'arrow faint'}" x1="${x(item.before).toFixed(1)}" x2="${x(item.after).toFixed(1)}" y1="${lineY}" y2="${lineY}"/><circle class="before" cx="${x(item.before).toFixed(1)}" cy="${lineY}" r="5"/><circle class="after" cx="${x(item.after).toFixed(1)}" cy="${lineY}" r="5"/></g>`;
  });
  const axisY = TOP + items.length * ROW + 4;
  const grid = scale.ticks.map(
    (tick, index) =>
      html`<line class="grid" x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="${TOP}" y2="${axisY}"/>${tickLabel(x(tick), axisY + 14, tick, index, scale.ticks.length - 1)}`,
  );
  return html`<div class="chart-wrap"><svg class="chart change" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${options.title}" xmlns="http://www.w3.org/2000/svg"><title>${options.title}</title>${grid}${rows}</svg></div>`;
}

/**
 * The change chart's axis: from a round value below the smallest share (or interval end) to a round value above
 * the largest, in steps of 1, 2, 5, 10, 20 or 25 points, so that a change of a few points is visible rather than
 * lost on a 0–100 % axis.
 */
export function changeScale(items: readonly ChangeItem[]): { low: number; high: number; ticks: number[] } {
  const values = items.flatMap((item) => [
    item.before,
    item.after,
    ...(item.beforeInterval ? [item.beforeInterval.low, item.beforeInterval.high] : []),
    ...(item.afterInterval ? [item.afterInterval.low, item.afterInterval.high] : []),
  ]);
  const min = Math.max(0, Math.min(...values, 1));
  const max = Math.min(1, Math.max(...values, 0));
  const span = Math.max(max - min, 0.01);
  const step = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25].find((candidate) => span / candidate <= 6) ?? 0.25;
  const low = Math.max(0, Math.floor(min / step + 1e-9) * step);
  let high = Math.min(1, Math.ceil(max / step - 1e-9) * step);
  if (high <= low) high = Math.min(1, low + step);
  const ticks: number[] = [];
  for (let tick = low; tick <= high + 1e-9; tick += step) ticks.push(Math.round(tick * 1000) / 1000);
  return { low: ticks[0] ?? low, high: ticks[ticks.length - 1] ?? high, ticks };
}
