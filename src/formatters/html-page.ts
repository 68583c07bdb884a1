// The HTML report's page: its words in both languages, the style sheet, the script that builds the findings
// table from the JSON data block, and the escaping that keeps text from the forms text. The page loads
// nothing: its Content-Security-Policy allows no source at all besides its own style and script (by hash).
import { createHash } from 'node:crypto';
import type { Locale } from '../engine/i18n.js';

const TEXT = {
  'zh-CN': {
    title: '绩效目标表检查报告',
    summary: '{files} 个文件，{total} 个问题：{error} 个错误，{warning} 个警告，{info} 条提示',
    clean: '✔ 未发现问题',
    generated: '生成于 {time} · ptlint {version}',
    byDepartment: '按部门', byRule: '按规则', bySeverity: '按级别',
    moreDepartments: '另有 {count} 个部门，{total} 个问题（见下表）',
    moreRules: '另有 {count} 条规则，{total} 个问题（见下表）',
    allDepartments: '全部 {count} 个部门', allRules: '全部 {count} 条规则',
    chartHint: '点击条形可筛选下方问题列表',
    department: '部门', files: '文件', rule: '规则', description: '说明', total: '合计',
    error: '错误', warning: '警告', info: '提示',
    findings: '问题列表',
    search: '搜索消息、文件、表单、指标…', all: '全部', severity: '级别',
    count: '符合条件 {matching} 个，共 {total} 个', shownFirst: '（显示前 {shown} 个）',
    more: '再显示 {count} 个', none: '没有符合条件的问题',
    where: '文件与位置', form: '表单 / 指标', message: '问题',
    file: '文件', place: '位置', formName: '表单',
    level1: '一级指标', level2: '二级指标', name: '三级指标', rowDescription: '绩效指标描述', value: '指标值', basis: '指标值确定依据',
    blank: '（空）', row: '所在指标行', why: '为什么重要', unstated: '未注明', details: '展开详情',
  },
  en: {
    title: 'Performance-target review report',
    summary: '{files} files, {total} problems: {error} errors, {warning} warnings, {info} infos',
    clean: '✔ No problems found',
    generated: 'Generated {time} · ptlint {version}',
    byDepartment: 'By department', byRule: 'By rule', bySeverity: 'By severity',
    moreDepartments: '{count} more departments, {total} problems (see the table)',
    moreRules: '{count} more rules, {total} problems (see the table)',
    allDepartments: 'All {count} departments', allRules: 'All {count} rules',
    chartHint: 'Click a bar to filter the findings below',
    department: 'Department', files: 'Files', rule: 'Rule', description: 'Description', total: 'Total',
    error: 'Error', warning: 'Warning', info: 'Info',
    findings: 'Findings',
    search: 'Search messages, files, forms, indicators…', all: 'All', severity: 'Severity',
    count: '{matching} of {total} match', shownFirst: ' (first {shown} shown)',
    more: 'Show {count} more', none: 'No findings match',
    where: 'File and place', form: 'Form / indicator', message: 'Problem',
    file: 'File', place: 'Place', formName: 'Form',
    level1: 'Level 1', level2: 'Level 2', name: 'Indicator', rowDescription: 'Description', value: 'Target value', basis: 'Basis',
    blank: '(blank)', row: 'The indicator row', why: 'Why it matters', unstated: 'Not stated', details: 'Show details',
  },
} satisfies Record<Locale, Record<string, string>>;

export type PageText = (typeof TEXT)['zh-CN'];
export const pageText = (locale: Locale): PageText => TEXT[locale];

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/** JSON that can sit in a <script> block: no `<` (so no `</script>` or `<!--`), and JavaScript-safe line breaks. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const STYLE = `
:root { --error: #c62828; --warning: #e08600; --info: #1f6fd1; --ink: #1d2430; --dim: #5f6b7a; --line: #dde3ea;
  --paper: #fff; --wash: #f4f6f9; --hit: #fff2b3; font-family: system-ui, -apple-system, "PingFang SC",
  "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; color: var(--ink); background: var(--wash); }
body { margin: 0; padding: 24px; font-size: 14px; line-height: 1.5; }
main { max-width: 1280px; margin: 0 auto; }
header { display: flex; flex-wrap: wrap; gap: 16px; justify-content: space-between; align-items: flex-start; margin-bottom: 16px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0 0 10px; }
.summary { font-size: 16px; margin: 0; }
.generated, .hint, .note, .dim { color: var(--dim); }
.generated { margin: 2px 0 20px; font-size: 13px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; margin-bottom: 20px; align-items: start; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px; overflow: auto; }
.chart { max-width: 100%; height: auto; display: block; }
.chart text { font-size: 13px; fill: var(--ink); } .chart .note { fill: var(--dim); }
.chart .bar { cursor: pointer; outline: none; } .chart .bar:hover rect, .chart .bar:focus rect { opacity: .75; }
rect.sev-error { fill: var(--error); } rect.sev-warning { fill: var(--warning); } rect.sev-info { fill: var(--info); }
.hint { font-size: 12px; margin: 6px 0 0; }
details { margin-top: 10px; } summary { cursor: pointer; color: var(--dim); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 10px; }
.controls input, .controls select { font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--paper); }
.controls input { flex: 1 1 260px; }
#count { color: var(--dim); margin-left: auto; }
#findings th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
#findings th[aria-sort=ascending] button::after { content: " ▲"; } #findings th[aria-sort=descending] button::after { content: " ▼"; }
#findings { table-layout: fixed; } #findings th:nth-child(1) { width: 5em; } #findings th:nth-child(2) { width: 11em; }
#findings th:nth-child(3) { width: 15em; } #findings th:nth-child(4) { width: 14em; } #findings th:nth-child(6) { width: 11em; }
#findings tr.finding { cursor: pointer; } #findings tr.finding:hover { background: var(--wash); }
#findings tr.open { background: var(--wash); }
.sev { display: inline-block; min-width: 3em; text-align: center; border-radius: 10px; padding: 0 8px; color: #fff; font-size: 12px; }
.sev-error { background: var(--error); } .sev-warning { background: var(--warning); } .sev-info { background: var(--info); }
.path { word-break: break-all; } .small { font-size: 12px; color: var(--dim); }
code { font-family: ui-monospace, Consolas, monospace; font-size: 12px; }
tr.detail > td { background: var(--wash); padding: 4px 16px 16px; }
.detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.detail dt { color: var(--dim); } .detail dd { margin: 0; }
.detail h4 { margin: 12px 0 4px; font-size: 13px; }
.context { background: var(--paper); border: 1px solid var(--line); }
.context th { background: var(--wash); font-weight: 600; font-size: 12px; }
.context td.hit { background: var(--hit); outline: 2px solid var(--warning); outline-offset: -2px; font-weight: 600; }
.context .blank { color: var(--dim); }
.why { margin: 4px 0 0; max-width: 60em; }
#more[hidden] { display: none; }
#more { font: inherit; margin: 12px auto; display: block; padding: 6px 16px; border-radius: 6px; border: 1px solid var(--line); background: var(--paper); cursor: pointer; }
@media print {
  body { background: #fff; padding: 0; font-size: 11px; } :root { background: #fff; }
  .controls, #more, .hint, details { display: none; }
  .card { border: 0; padding: 0; break-inside: avoid; }
  tr { break-inside: avoid; }
  .sev { color: var(--ink); border: 1px solid currentColor; background: none; }
}
`;

// Plain ES2020. Everything from the data reaches the page through textContent, never as markup.
const SCRIPT = String.raw`
'use strict';
const data = JSON.parse(document.getElementById('report-data').textContent);
const ui = data.ui;
const ORDER = { error: 0, warning: 1, info: 2 };
const PAGE = 200;
const ROW_FIELDS = ['level1', 'level2', 'name', 'description', 'value', 'basis'];
const ROW_LABELS = [ui.level1, ui.level2, ui.name, ui.rowDescription, ui.value, ui.basis];
const collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
const findings = data.findings.map((f, index) => Object.assign({ index, path: data.files[f.file].path, department: data.files[f.file].department }, f));
const state = { text: '', severity: '', rule: '', department: '', sort: '', direction: 1, limit: PAGE, open: new Set() };
const $ = (id) => document.getElementById(id);
const tbody = document.querySelector('#findings tbody');

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}
const haystack = (f) => f.haystack || (f.haystack = [f.message, f.path, f.where, f.department, f.form, f.indicator, f.rule,
  data.rules[f.rule].title].concat(f.row ? ROW_FIELDS.map((k) => f.row[k]) : []).join('\n').toLowerCase());
const text = (key) => (a, b) => collator.compare(a[key] || '', b[key] || '');
const COMPARE = {
  severity: (a, b) => ORDER[a.severity] - ORDER[b.severity],
  department: text('department'),
  where: (a, b) => collator.compare(a.path, b.path) || a.line - b.line || a.column - b.column || collator.compare(a.where, b.where),
  form: (a, b) => text('form')(a, b) || text('indicator')(a, b),
  message: text('message'),
  rule: text('rule'),
};

function options(select, values, label) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  const option = (value, text) => { const o = el('option', '', text); o.value = value; return o; };
  select.append(option('', ui.all));
  for (const [value, n] of counts) select.append(option(value, label(value) + ' (' + n + ')'));
}

function detail(f) {
  const box = el('div', 'detail');
  const facts = el('dl');
  const fact = (term, value) => { if (value) facts.append(el('dt', '', term), el('dd', '', value)); };
  fact(ui.department, f.department);
  fact(ui.file, f.path);
  fact(ui.place, f.where);
  fact(ui.formName, f.form);
  box.append(facts);
  if (f.row) {
    box.append(el('h4', '', ui.row));
    const table = el('table', 'context');
    const head = table.createTHead().insertRow();
    const cells = table.createTBody().insertRow();
    ROW_FIELDS.forEach((key, i) => {
      head.append(el('th', '', ROW_LABELS[i]));
      const value = f.row[key];
      const cell = el('td', key === f.field ? 'hit' : '', value || ui.blank);
      if (!value) cell.classList.add('blank');
      cells.append(cell);
    });
    box.append(table);
  }
  const rule = data.rules[f.rule];
  box.append(el('h4', '', f.rule + ' · ' + rule.title));
  if (rule.why) box.append(el('p', 'why', ui.why + '：' + rule.why));
  const row = el('tr', 'detail');
  const cell = el('td');
  cell.colSpan = 6;
  cell.append(box);
  row.append(cell);
  return row;
}

function findingRow(f) {
  const tr = el('tr', 'finding');
  tr.dataset.index = f.index;
  tr.tabIndex = 0;
  tr.title = ui.details;
  const severity = el('td');
  severity.append(el('span', 'sev sev-' + f.severity, ui[f.severity]));
  const where = el('td');
  where.append(el('div', 'path', f.path), el('div', 'small', f.where));
  const form = el('td');
  form.append(el('div', '', f.form), el('div', 'small', f.indicator));
  const rule = el('td');
  rule.append(el('code', '', f.rule));
  tr.append(severity, el('td', '', f.department), where, form, el('td', '', f.message), rule);
  if (state.open.has(f.index)) tr.classList.add('open');
  return tr;
}

let visible = findings;
function render() {
  const rows = document.createDocumentFragment();
  for (const f of visible.slice(0, state.limit)) {
    rows.append(findingRow(f));
    if (state.open.has(f.index)) rows.append(detail(f));
  }
  if (visible.length === 0) {
    const empty = el('td', 'dim', ui.none);
    empty.colSpan = 6;
    const tr = el('tr');
    tr.append(empty);
    rows.append(tr);
  }
  tbody.replaceChildren(rows);
  const shown = Math.min(state.limit, visible.length);
  $('count').textContent = fill(ui.count, { matching: visible.length, total: findings.length })
    + (shown < visible.length ? fill(ui.shownFirst, { shown }) : '');
  $('count').dataset.matching = visible.length;
  $('more').hidden = shown >= visible.length;
  $('more').textContent = fill(ui.more, { count: Math.min(PAGE, visible.length - shown) });
}

function update() {
  const words = state.text.trim().toLowerCase();
  visible = findings.filter((f) => (!state.severity || f.severity === state.severity) && (!state.rule || f.rule === state.rule)
    && (!state.department || f.department === state.department) && (!words || haystack(f).includes(words)));
  if (state.sort) {
    const compare = COMPARE[state.sort];
    visible.sort((a, b) => compare(a, b) * state.direction || a.index - b.index);
  }
  state.limit = PAGE;
  render();
}

function toggle(tr) {
  const index = Number(tr.dataset.index);
  if (state.open.delete(index)) {
    tr.classList.remove('open');
    tr.nextSibling.remove();
  } else {
    state.open.add(index);
    tr.classList.add('open');
    tr.after(detail(findings[index]));
  }
}

options($('severity'), findings.map((f) => f.severity).sort((a, b) => ORDER[a] - ORDER[b]), (s) => ui[s]);
options($('rule'), findings.map((f) => f.rule).sort(collator.compare), (r) => r + ' · ' + data.rules[r].title);
options($('department'), findings.map((f) => f.department).sort(collator.compare), (d) => d);
$('search').addEventListener('input', (e) => { state.text = e.target.value; update(); });
for (const key of ['severity', 'rule', 'department']) $(key).addEventListener('change', (e) => { state[key] = e.target.value; update(); });
for (const button of document.querySelectorAll('#findings th button')) {
  button.addEventListener('click', () => {
    const key = button.dataset.sort;
    state.direction = state.sort === key ? -state.direction : 1;
    state.sort = key;
    for (const th of document.querySelectorAll('#findings th')) th.removeAttribute('aria-sort');
    button.parentElement.setAttribute('aria-sort', state.direction > 0 ? 'ascending' : 'descending');
    update();
  });
}
tbody.addEventListener('click', (e) => { const tr = e.target.closest('tr.finding'); if (tr) toggle(tr); });
tbody.addEventListener('keydown', (e) => { if (e.key === 'Enter' && e.target.matches('tr.finding')) toggle(e.target); });
$('more').addEventListener('click', () => { state.limit += PAGE; render(); });
function pickBar(bar) {
  const key = bar.dataset.filter;
  const select = $(key);
  select.value = bar.dataset.value;
  state[key] = select.value;
  update();
  $('findings-section').scrollIntoView();
}
for (const bar of document.querySelectorAll('.chart .bar')) {
  bar.addEventListener('click', () => pickBar(bar));
  bar.addEventListener('keydown', (e) => { if (e.key === 'Enter') pickBar(bar); });
}
// A printed report lists every finding that matches, not only the first pages.
window.addEventListener('beforeprint', () => { state.limit = Infinity; render(); });
update();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const POLICY = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;

export interface PageParts {
  locale: Locale;
  /** Already escaped markup: the summary, the charts, the totals tables. */
  header: string;
  charts: string;
  /** What the script reads: files, findings, rules and the words of the page. */
  data: unknown;
}

export function page({ locale, header, charts, data }: PageParts): string {
  const t = TEXT[locale];
  const sortable = (key: string, label: string) => `<th><button type="button" data-sort="${key}">${label}</button></th>`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ptlint">
<title>${t.title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${header}
${charts}
<section class="card" id="findings-section">
<h2>${t.findings}</h2>
<div class="controls">
<input id="search" type="search" placeholder="${t.search}" aria-label="${t.search}">
<select id="severity" aria-label="${t.severity}"></select>
<select id="rule" aria-label="${t.rule}"></select>
<select id="department" aria-label="${t.department}"></select>
<span id="count" aria-live="polite"></span>
</div>
<table id="findings">
<thead><tr>${sortable('severity', t.severity)}${sortable('department', t.department)}${sortable('where', t.where)}${sortable('form', t.form)}${sortable('message', t.message)}${sortable('rule', t.rule)}</tr></thead>
<tbody></tbody>
</table>
<button id="more" type="button" hidden></button>
</section>
</main>
<script type="application/json" id="report-data">${embedJson(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
