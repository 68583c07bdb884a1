// The model as Markdown in the convention the Markdown reader takes (docs/markdown-forms.md): front matter, a
// title, then per form a heading, a label–value header table and the indicator table. Reading the output
// back gives the same Document.
import { stringify } from 'yaml';
import type { Document, Form, Indicator, IndicatorColumn, SpendingPlan } from '../model/types.js';

export function toMarkdown(document: Document): string {
  const blocks: string[] = [];
  const info: Record<string, unknown> = {};
  for (const key of ['unit', 'year', 'moneyUnit'] as const) if (document[key] !== undefined) info[key] = document[key];
  // A title is written as the # heading; only a blank one has no other place than the front matter.
  if (document.title === null) info.title = null;
  if (Object.keys(info).length > 0) blocks.push(`---\n${stringify(info, { lineWidth: 0 })}---`);
  if (document.title) blocks.push(`# ${heading(document.title)}`);
  for (const form of document.forms) {
    blocks.push(`## ${heading(form.title ?? form.name ?? '')}`);
    const header = headerRows(form, document.moneyUnit ?? '万元');
    if (header.length > 0) blocks.push(table(header));
    if (form.columns !== undefined || form.indicators.length > 0) blocks.push(indicatorTable(form));
  }
  return blocks.join('\n\n') + '\n';
}

function headerRows(form: Form, moneyUnit: string): string[][] {
  const rows: string[][] = [];
  const add = (label: string, value: string | number | null | undefined) => {
    if (value !== undefined) rows.push([label, value === null ? '' : String(value)]);
  };
  add('项目名称', form.name);
  add('项目编码', form.code);
  add('预算数', form.budget?.total);
  add('其中：财政资金', form.budget?.fiscal);
  add('其他资金', form.budget?.other);
  add('资金用途', form.purpose);
  if (form.schedule !== undefined) {
    const label = form.schedule === null ? '资金支出计划' : form.schedule.unit === '%' ? '资金支出计划（%）' : `资金支出计划（${moneyUnit}）`;
    add(label, form.schedule === null ? null : scheduleText(form.schedule));
  }
  add('绩效目标', form.goals);
  for (const field of form.fields ?? []) add(field.label, field.value);
  return rows;
}

/** 3月底 25；6月底 50；10月底 75；12月底 100 */
function scheduleText(plan: SpendingPlan): string {
  return plan.checkpoints.map((c) => `${c.month}月底${c.value === null ? '' : ' ' + c.value}`).join('；');
}

const COLUMN_TITLES: Record<IndicatorColumn, string> = {
  description: '绩效指标描述',
  value: '指标值',
  basis: '指标值确定依据',
  weight: '权重',
  direction: '指标方向性',
};
const COLUMN_ORDER: readonly IndicatorColumn[] = ['description', 'value', 'basis', 'weight', 'direction'];

function indicatorTable(form: Form): string {
  const columns = COLUMN_ORDER.filter((c) => form.columns ? form.columns.includes(c) : form.indicators.some((i) => i[c] !== undefined));
  const rows = [['一级指标', '二级指标', '三级指标', ...columns.map((c) => COLUMN_TITLES[c])]];
  let above: Indicator | undefined;
  for (const row of form.indicators) {
    const rest = [row.name, ...columns.map((c) => cellOf(row, c))];
    // 一级/二级 are written where they change, as merged cells read; a row otherwise blank keeps its 二级 (or
    // 一级) so that it is not taken for an empty line.
    const newLevel1 = !above || row.level1 !== above.level1;
    let level1 = newLevel1 ? row.level1 : '';
    let level2 = newLevel1 || row.level2 !== above?.level2 ? row.level2 : '';
    if (level1 === '' && level2 === '' && rest.every((c) => c.trim() === '')) {
      if (row.level2 !== '') level2 = row.level2; else level1 = row.level1;
    }
    rows.push([level1, level2, ...rest]);
    above = row;
  }
  return table(rows);
}

function cellOf(row: Indicator, column: IndicatorColumn): string {
  switch (column) {
    case 'value': return row.value?.text ?? '';
    case 'weight': return row.weight == null ? '' : String(row.weight);
    default: return row[column] ?? '';
  }
}

/** A GFM table whose first row is the header row. */
function table(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${cells.map(inline).join(' | ')} |`;
  return [line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

/**
 * Text as inline Markdown that reads back as the same text: markup characters escaped (a backslash makes any
 * ASCII punctuation literal), | escaped for the table, line breaks as <br>.
 */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<&~|]/g, '\\$&').replace(/\r?\n/g, '<br>');
}

/** A heading's text also escapes #, which could close it. */
function heading(text: string): string {
  return inline(text).replace(/#/g, '\\#');
}
