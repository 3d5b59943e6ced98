/**
 * The report's stylesheet, inlined in the page: no web font, no external file, so that the page reads the same
 * offline, in a mail attachment or printed. System fonts only.
 */
export const REPORT_CSS = `
:root { --ink: #1c2230; --muted: #5b6475; --line: #e3e6ec; --paper: #ffffff; --wash: #f5f6f9;
  --accent: #0f6e6e; --illegal: #b42318; --misleading: #c2540a; --quality: #475d80; --stability: #0f6e6e; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 920px; margin: 0 auto; background: var(--paper); padding: 0 0 3rem; }
header.hero { background: #14202e; color: #fff; padding: 2.2rem 1.5rem 2rem; }
header.hero .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; color: #9fd3d3; margin: 0 0 .4rem; }
header.hero h1 { font-family: Georgia, "Times New Roman", serif; font-weight: 700; font-size: clamp(1.6rem, 4.5vw, 2.4rem);
  line-height: 1.15; margin: 0 0 .8rem; }
header.hero .lede { font-size: 1.12rem; max-width: 46rem; margin: 0; color: #e8edf3; }
header.hero .warning { background: #fde4e1; color: #8f1d14; padding: .6rem .8rem; border-radius: 6px; font-weight: 600; }
header.hero .meta { margin: 1rem 0 0; font-size: .85rem; color: #b8c2cf; }
nav.toc { padding: .8rem 1.5rem; border-bottom: 1px solid var(--line); font-size: .9rem; display: flex; flex-wrap: wrap; gap: .3rem 1rem; }
nav.toc a { color: var(--accent); white-space: nowrap; text-decoration: none; }
main { padding: 0 1.5rem; }
section { padding: 1.6rem 0 .6rem; border-bottom: 1px solid var(--line); }
section:last-child { border-bottom: 0; }
h2 { font-family: Georgia, "Times New Roman", serif; font-size: 1.55rem; margin: 0 0 .5rem; line-height: 1.2; }
h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
p.intro { color: var(--muted); margin: 0 0 1rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: .8rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: .9rem 1rem; background: #fff; border-top: 4px solid var(--accent); }
.card.main { grid-column: 1 / -1; border-top-color: var(--accent); background: #f1f8f8; }
.card.illegal { border-top-color: var(--illegal); } .card.misleading { border-top-color: var(--misleading); }
.card.quality { border-top-color: var(--quality); } .card.union { border-top-color: #6b4fa3; }
.card .figure { font-family: Georgia, serif; font-size: 1.9rem; font-weight: 700; line-height: 1.1; margin: .2rem 0; }
.card.main .figure { font-size: clamp(2.2rem, 7vw, 3.2rem); color: var(--accent); }
.card .what { font-weight: 600; margin: 0; }
.card .detail { font-size: .86rem; color: var(--muted); margin: .3rem 0 0; }
.table-wrap { overflow-x: auto; margin: .6rem 0 1rem; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .78rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td .ci { display: block; font-size: .76rem; color: var(--muted); }
tr.zero td { color: #9aa1ad; }
.chart-wrap { overflow-x: auto; margin: .4rem 0 .8rem; }
.chart { width: 100%; max-width: 680px; min-width: 430px; height: auto; display: block; font-family: inherit; }
.chart .label { font-size: 12px; fill: var(--ink); }
.chart .value { font-size: 11px; fill: var(--muted); font-variant-numeric: tabular-nums; }
.chart .tick { font-size: 10px; fill: #8a92a0; }
.chart .grid { stroke: #eceef2; stroke-width: 1; }
.chart rect.ceiling { opacity: .35; } .chart rect.floor { opacity: .95; }
.chart .whisker line { stroke: #1c2230; stroke-width: 1.3; }
.chart.change .arrow { stroke: #1c2230; stroke-width: 2.2; } .chart.change .arrow.faint { stroke-dasharray: 4 3; stroke: #8a92a0; }
.chart.change .ci-before { stroke: #b9c0cc; stroke-width: 6; stroke-linecap: round; opacity: .6; }
.chart.change .ci-after { stroke: #0f6e6e; stroke-width: 6; stroke-linecap: round; opacity: .25; }
.chart.change circle.before { fill: #fff; stroke: #5b6475; stroke-width: 2; }
.chart.change circle.after { fill: #0f6e6e; }
.legend { font-size: .8rem; color: var(--muted); margin: -.2rem 0 1rem; }
.legend span { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: -1px; margin: 0 .25rem 0 .6rem; }
.example { border-left: 3px solid var(--line); padding: .2rem 0 .2rem .9rem; margin: .8rem 0 1rem; }
.example blockquote { margin: .3rem 0; font-family: Georgia, serif; font-size: 1.02rem; overflow-wrap: anywhere; }
.example .why { font-size: .9rem; margin: .2rem 0; }
.example .src { font-size: .82rem; color: var(--muted); margin: .2rem 0; overflow-wrap: anywhere; }
.badge { display: inline-block; font-size: .72rem; padding: .05rem .45rem; border-radius: 99px; font-weight: 600; vertical-align: 1px; }
.badge.certain { background: #fde4e1; color: #8f1d14; } .badge.likely { background: #fdf0d8; color: #7a4a05; }
.badge.yes { background: #dff3ec; color: #0b5b48; } .badge.no { background: #eceef2; color: #5b6475; }
a { color: var(--accent); }
.method li { margin: .3rem 0; }
footer { padding: 1.2rem 1.5rem 0; font-size: .82rem; color: var(--muted); }
@media (max-width: 560px) {
  body { font-size: 15px; }
  header.hero, main, nav.toc, footer { padding-left: 1rem; padding-right: 1rem; }
  th, td { padding: .4rem .3rem; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm 16mm; }
  body { background: #fff; font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  nav.toc { display: none; }
  header.hero { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { break-inside: auto; }
  h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; }
  .card, .cards, .example, tr, figure, table, .table-wrap, .chart-wrap, .chart, .legend { break-inside: avoid; }
  thead { display: table-header-group; }
  .chart-wrap + .legend, .legend + .chart-wrap { break-before: avoid; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  .chart rect, .badge, .card { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
