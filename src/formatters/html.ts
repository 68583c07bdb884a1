// The review report: one HTML page that works offline, to send back to the departments whose forms were checked.
// Totals by department, rule and severity as bar charts and tables; the findings as JSON that the page's script
// turns into a sortable, filterable table (thousands of findings make a page too heavy to write out as rows).
import { basename, dirname, relative } from 'node:path';
import type { Diagnostic, FileResult, RowContext } from '../engine/diagnostic.js';
import { format, type Locale } from '../engine/i18n.js';
import type { Severity } from '../engine/rule.js';
import { VERSION } from '../version.js';
import { barChart, type Bar } from './html-charts.js';
import { escapeHtml, page, pageText, type PageText } from './html-page.js';
import { explainRules } from './html-rules.js';
import type { Formatter } from './types.js';

/** Bars per chart; the rest are summed in a note, and listed in the table under the chart. */
const CHART_BARS = 12;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const ROW_FIELDS = new Set(['level1', 'level2', 'name', 'description', 'value', 'basis']);

interface Finding {
  /** Index into the page's files. */
  file: number;
  severity: Severity;
  rule: string;
  message: string;
  /** A reviewer's place (表3 第5行第4列, Sheet1!C12), else line:column. */
  where: string;
  line: number;
  column: number;
  form: string | null;
  indicator: string | null;
  /** The cell of the row the finding is about: a RowContext key. */
  field?: string;
  row?: RowContext;
}

interface Tally {
  files: number;
  counts: Record<Severity, number>;
}

const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });
const sum = (counts: Record<Severity, number>) => counts.error + counts.warning + counts.info;

/** The department a file reports under: what its forms say, else its folder's name. */
function departmentOf(result: FileResult, path: string, t: PageText): string {
  const folder = dirname(path);
  return result.department?.trim() || (folder === '.' ? t.unstated : basename(folder));
}

function toFinding(d: Diagnostic, file: number): Finding {
  const field = d.pointer?.match(/\/indicators\/\d+\/([^/]+)/)?.[1];
  return {
    file, severity: d.severity, rule: d.ruleId, message: d.message,
    where: d.loc?.place ?? (d.loc ? `${d.loc.line}:${d.loc.column}` : ''),
    line: d.loc?.line ?? 0, column: d.loc?.column ?? 0,
    form: d.form, indicator: d.indicator,
    ...(d.row ? { row: d.row } : {}), ...(field && ROW_FIELDS.has(field) ? { field } : {}),
  };
}

function tallyTable(head: string[], rows: Array<{ cells: string[]; tally: Tally }>, t: PageText, withFiles: boolean): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')
    + (withFiles ? `<th class="num">${t.files}</th>` : '')
    + SEVERITIES.map((s) => `<th class="num">${t[s]}</th>`).join('') + `<th class="num">${t.total}</th>`;
  const body = rows.map(({ cells, tally }) => '<tr>' + cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')
    + (withFiles ? `<td class="num">${tally.files}</td>` : '')
    + SEVERITIES.map((s) => `<td class="num">${tally.counts[s]}</td>`).join('') + `<td class="num">${sum(tally.counts)}</td></tr>`);
  return `<table><thead><tr>${th}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The tallies with findings, most first, as bars; the note says what did not fit. */
function topBars(tallies: Map<string, Tally>, key: Bar['filter']['key'], label: (name: string) => string,
  title: string, more: string, t: PageText): string {
  const ranked = [...tallies].filter(([, tally]) => sum(tally.counts) > 0).sort((a, b) => sum(b[1].counts) - sum(a[1].counts));
  const rest = ranked.slice(CHART_BARS);
  const note = rest.length ? format(more, { count: rest.length, total: rest.reduce((n, [, tally]) => n + sum(tally.counts), 0) }) : '';
  return barChart(ranked.slice(0, CHART_BARS).map(([name, { counts }]) => ({
    label: label(name), counts, filter: { key, value: name },
    tooltip: `${label(name) === name ? name : `${name} · ${label(name)}`}\n${SEVERITIES.map((s) => `${t[s]} ${counts[s]}`).join(' · ')}`,
  })), title, { note });
}

export const html: Formatter = (results, { cwd, locale }) => {
  const t = pageText(locale);
  const files = results.map((r) => {
    const path = relative(cwd, r.filePath) || r.filePath;
    return { path, department: departmentOf(r, path, t) };
  });
  const findings = results.flatMap((r, i) => r.diagnostics.map((d) => toFinding(d, i)));

  const byDepartment = new Map<string, Tally>();
  const byRule = new Map<string, Tally>();
  const total = zero();
  const tally = (map: Map<string, Tally>, key: string) => map.get(key) ?? map.set(key, { files: 0, counts: zero() }).get(key)!;
  for (const file of files) tally(byDepartment, file.department).files++;
  for (const f of findings) {
    tally(byDepartment, files[f.file].department).counts[f.severity]++;
    tally(byRule, f.rule).counts[f.severity]++;
    total[f.severity]++;
  }
  const rules = explainRules(byRule.keys(), locale);

  const summary = findings.length ? format(t.summary, { files: files.length, total: findings.length, ...total })
    : `${t.clean} · ${format(t.summary, { files: files.length, total: 0, ...total })}`;

  const departments = [...byDepartment].sort((a, b) => sum(b[1].counts) - sum(a[1].counts) || a[0].localeCompare(b[0], locale));
  const ruleRows = [...byRule].sort((a, b) => sum(b[1].counts) - sum(a[1].counts) || a[0].localeCompare(b[0]));
  const severityBars: Bar[] = SEVERITIES.map((s) => ({
    label: t[s], counts: { ...zero(), [s]: total[s] }, filter: { key: 'severity', value: s }, tooltip: `${t[s]} ${total[s]}`,
  }));
  const card = (id: string, title: string, body: string) => `<section class="card" id="${id}"><h2>${title}</h2>${body}</section>`;
  const header = `<header><div><h1>${t.title}</h1><p class="summary">${escapeHtml(summary)}</p>`
    + `<p class="generated">${escapeHtml(format(t.generated, { time: generatedAt(locale), version: VERSION }))}</p></div>`
    + card('by-severity', t.bySeverity, barChart(severityBars, t.bySeverity, { width: 420, labelWidth: 70 })) + '</header>';
  const charts = '<div class="cards">'
    + card('by-department', t.byDepartment, topBars(byDepartment, 'department', (d) => d, t.byDepartment, t.moreDepartments, t)
      + `<p class="hint">${t.chartHint}</p><details><summary>${format(t.allDepartments, { count: departments.length })}</summary>`
      + tallyTable([t.department], departments.map(([name, tl]) => ({ cells: [name], tally: tl })), t, true) + '</details>')
    + card('by-rule', t.byRule, topBars(byRule, 'rule', (id) => rules[id].title, t.byRule, t.moreRules, t)
      + `<details><summary>${format(t.allRules, { count: ruleRows.length })}</summary>`
      + tallyTable([t.rule, t.description], ruleRows.map(([id, tl]) => ({ cells: [id, rules[id].title], tally: tl })), t, false) + '</details>')
    + '</div>';

  return page({ locale, header, charts, data: { ui: t, files, findings, rules } });
};

function generatedAt(locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date());
}
