/**
 * The whole style sheet, served as /style.css so that the CSP can forbid inline styles. Mobile first; every
 * text/background pair meets WCAG AA (4.5:1), and state is never told by colour alone (an icon and a word too).
 */
export const STYLESHEET = `
:root {
  --ink: #1b1b1f;
  --muted: #4a4a55;
  --paper: #ffffff;
  --wash: #f4f5f8;
  --line: #c9ccd6;
  --brand: #1a3f8f;
  --brand-ink: #ffffff;
  --focus: #b45309;
  --bad: #a3211a;
  --bad-wash: #fdeeec;
  --good: #1c6b35;
  --good-wash: #e8f5ec;
  --note: #6b4e00;
  --note-wash: #fff6dc;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1.0625rem;
  line-height: 1.55;
  color: var(--ink);
  background: var(--wash);
  overflow-wrap: break-word;
}
a { color: var(--brand); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
.skip { position: absolute; left: -9999px; top: 0; background: var(--paper); padding: 0.5rem 1rem; }
.skip:focus { left: 0.5rem; top: 0.5rem; z-index: 10; }
header.site { background: var(--brand); color: var(--brand-ink); }
header.site .inner { display: flex; align-items: baseline; gap: 0.75rem; flex-wrap: wrap; }
header.site a { color: var(--brand-ink); text-decoration: none; font-weight: 700; font-size: 1.25rem; }
header.site a:hover { text-decoration: underline; }
header.site nav a { font-weight: 500; font-size: 1rem; text-decoration: underline; }
header.site nav { margin-left: auto; display: flex; gap: 1rem; }
.inner { max-width: 46rem; margin: 0 auto; padding: 0.9rem 1rem; }
main .inner { padding-top: 1.25rem; padding-bottom: 2rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 1.75rem 0 0.6rem; }
h3 { font-size: 1.08rem; line-height: 1.35; margin: 0 0 0.4rem; }
p { margin: 0 0 0.75rem; }
.lead { font-size: 1.1rem; color: var(--muted); }
form.check { background: var(--paper); border: 1px solid var(--line); border-radius: 0.6rem; padding: 1rem; }
form.check label { display: block; font-weight: 700; margin-bottom: 0.35rem; }
form.check .help { color: var(--muted); font-size: 0.95rem; margin: 0 0 0.6rem; overflow-wrap: anywhere; }
form.check .row { display: flex; gap: 0.5rem; flex-wrap: wrap; }
form.check input[type="text"] {
  flex: 1 1 16rem;
  min-width: 0;
  font: inherit;
  padding: 0.7rem 0.8rem;
  border: 2px solid #6b6f7c;
  border-radius: 0.45rem;
  background: var(--paper);
  color: var(--ink);
}
form.check input[aria-invalid="true"], form.check textarea[aria-invalid="true"] { border-color: var(--bad); }
form.check-text { margin-top: 1rem; }
form.check textarea {
  display: block;
  box-sizing: border-box;
  width: 100%;
  min-height: 10rem;
  margin: 0 0 0.6rem;
  font: inherit;
  padding: 0.7rem 0.8rem;
  border: 2px solid #6b6f7c;
  border-radius: 0.45rem;
  background: var(--paper);
  color: var(--ink);
  resize: vertical;
}
.not-checked { border-left: 4px solid var(--note); padding-left: 0.8rem; }
button {
  font: inherit;
  font-weight: 700;
  padding: 0.7rem 1.2rem;
  border: 0;
  border-radius: 0.45rem;
  background: var(--brand);
  color: var(--brand-ink);
  cursor: pointer;
  flex: 0 0 auto;
}
button:hover { background: #14306e; }
.verdict { border-radius: 0.6rem; padding: 1rem 1.1rem; margin: 0 0 1.25rem; border: 2px solid; background: var(--paper); }
.verdict h1 { margin-top: 0; display: flex; gap: 0.6rem; align-items: flex-start; }
.verdict .icon { flex: 0 0 auto; font-size: 1.5rem; line-height: 1.1; }
.verdict.bad { border-color: var(--bad); background: var(--bad-wash); }
.verdict.bad h1 { color: var(--bad); }
.verdict.good { border-color: var(--good); background: var(--good-wash); }
.verdict.good h1 { color: var(--good); }
.verdict.gone, .verdict.error { border-color: var(--note); background: var(--note-wash); }
.verdict.gone h1, .verdict.error h1 { color: var(--note); }
.offer-facts { background: var(--paper); border: 1px solid var(--line); border-radius: 0.6rem; padding: 0.8rem 1rem; }
.offer-facts h2 { margin-top: 0.2rem; }
li, p, blockquote { overflow-wrap: anywhere; }
.offer-facts dl { display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: 0.25rem 0.9rem; margin: 0; }
.offer-facts dt { font-weight: 700; color: var(--muted); }
.offer-facts dd { margin: 0; overflow-wrap: anywhere; }
ol.problems, ul.notes, ul.duplicates { padding: 0; margin: 0; list-style: none; }
ol.problems > li {
  background: var(--paper);
  border: 1px solid var(--line);
  border-left: 6px solid var(--bad);
  border-radius: 0.5rem;
  padding: 0.9rem 1rem;
  margin-bottom: 0.9rem;
}
ol.problems .tag { display: inline-block; font-size: 0.85rem; font-weight: 700; color: var(--bad); margin-bottom: 0.2rem; }
ol.problems .likely { color: var(--note); }
blockquote {
  margin: 0.5rem 0 0.75rem;
  padding: 0.5rem 0.8rem;
  border-left: 4px solid var(--line);
  background: var(--wash);
  font-style: italic;
  overflow-wrap: anywhere;
  white-space: pre-line;
}
.quote-label { margin: 0.4rem 0 0; font-size: 0.95rem; color: var(--muted); }
.partner dl { display: grid; grid-template-columns: minmax(5rem, max-content) 1fr; gap: 0.2rem 0.9rem; margin: 0; }
.partner dt { font-weight: 700; color: var(--muted); }
.partner dd { margin: 0; overflow-wrap: anywhere; }
.law { font-size: 0.95rem; color: var(--muted); }
.todo h4 { font-size: 1rem; margin: 0.6rem 0 0.3rem; }
.todo ul { margin: 0; padding-left: 1.2rem; }
.todo li { margin-bottom: 0.35rem; }
ul.notes li, ul.duplicates li {
  background: var(--paper);
  border: 1px solid var(--line);
  border-radius: 0.5rem;
  padding: 0.6rem 0.9rem;
  margin-bottom: 0.5rem;
}
.partner { background: var(--paper); border: 1px solid var(--line); border-radius: 0.6rem; padding: 0.8rem 1rem; }
.partner a, .offer-facts a { overflow-wrap: anywhere; }
.disclaimer { font-size: 0.92rem; color: var(--muted); border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1rem; }
table.audits { width: 100%; border-collapse: collapse; background: var(--paper); font-size: 0.95rem; }
table.audits th, table.audits td { text-align: left; padding: 0.5rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.audits th { background: var(--wash); }
.table-wrap { overflow-x: auto; }
table.compare { width: 100%; border-collapse: collapse; font-size: 0.95rem; margin-top: 0.4rem; }
table.compare caption { text-align: left; font-weight: 700; margin-bottom: 0.3rem; }
table.compare th, table.compare td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
table.compare thead th { color: var(--muted); font-size: 0.85rem; }
table.compare tbody th { color: var(--muted); white-space: nowrap; }
footer.site { color: var(--muted); font-size: 0.9rem; }
@media (max-width: 30rem) {
  body { font-size: 1rem; }
  h1 { font-size: 1.35rem; }
  button { width: 100%; }
  .offer-facts dl { grid-template-columns: 1fr; }
  .offer-facts dd { margin-bottom: 0.4rem; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
`;
