// The words forms are laid out by: header fields and indicator-table columns, with the synonyms seen across
// provinces' templates. Every reader recognises layouts through these, never by fixed positions.
import { compact } from './text.js';

export type HeaderField = 'code' | 'name' | 'total' | 'fiscal' | 'other' | 'purpose' | 'schedule' | 'goals';

const HEADER_FIELDS: Array<[HeaderField, RegExp]> = [
  ['code', /^项目(编码|代码|编号)$/],
  ['name', /^项目名称$/],
  ['fiscal', /^(其中[:：]?)?(财政(资金|拨款|性资金)|一般公共预算(资金|拨款)?)$/],
  ['other', /^(其中[:：]?)?其他资金$/],
  ['total', /^(预算数|预算金额|年度预算数|年度预算|项目预算|预算资金|资金总额|项目总额|预算总额|年度资金总额)$/],
  ['purpose', /^(预算规模及)?资金用途$/],
  ['schedule', /^(资金)?支出计划$/],
  ['goals', /^(年度)?(绩效目标|总体目标|项目绩效目标|年度目标)$/],
];

/** Strips what labels carry besides their name: spaces, a unit or note in brackets, a trailing colon. */
export function labelKey(label: string): string {
  return compact(label).replace(/[(（][^()（）]*[)）]/g, '').replace(/[:：]$/, '');
}

export function headerFieldOf(label: string): HeaderField | null {
  const key = labelKey(label);
  for (const [field, re] of HEADER_FIELDS) if (re.test(key)) return field;
  return null;
}

export type Column = 'level1' | 'level2' | 'name' | 'description' | 'value' | 'basis' | 'weight' | 'direction'
  | 'comparator' | 'unit' | 'longTermValue';

const COLUMNS: Array<[Column, RegExp]> = [
  ['level1', /^一级指标(名称)?$/],
  ['level2', /^二级指标(名称)?$/],
  ['name', /^(三级指标(名称|内容)?|指标内容|指标名称|绩效指标)$/],
  ['description', /^(绩效)?指标(描述|解释|说明)$/],
  ['longTermValue', /^(中?长期|实施期)(指标值|目标值)$/],
  ['value', /^((年度)?指标值(及单位)?|(年度|三级指标)?目标值|指标目标值|绩效指标值)$/],
  ['basis', /^(指标值(确定|设定)依据|绩效标准|(确定|设定)?依据|指标依据|评价标准)$/],
  ['weight', /^(权重|分值|权重分值)$/],
  ['direction', /^(指标)?方向(性)?$/],
  ['comparator', /^(指标性质|符号|运算符)$/],
  ['unit', /^(度量|计量)?单位$/],
];

export function columnOf(label: string): Column | null {
  const key = labelKey(label);
  for (const [column, re] of COLUMNS) if (re.test(key)) return column;
  return null;
}

/** 3月底 → 3; also 3月末, 第一季度末 (→ 3). */
export function checkpointMonth(label: string): number | null {
  const key = compact(label);
  const m = /^(\d{1,2})月(底|末)?(前)?$/.exec(key);
  if (m) return Number(m[1]);
  const q = /^第?([一二三四1-4])季度(末|底)?$/.exec(key);
  if (q) return 3 * ('一二三四'.indexOf(q[1]) + 1 || Number(q[1]));
  return null;
}
