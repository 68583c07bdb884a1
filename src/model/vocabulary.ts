// The words forms are laid out by: header fields and indicator-table columns, with the synonyms seen across
// provinces' templates. Every reader recognises layouts through these, never by fixed positions.
import { compact, isPlain } from './text.js';

export type HeaderField = 'code' | 'name' | 'total' | 'fiscal' | 'other' | 'purpose' | 'schedule' | 'goals';

const HEADER_FIELDS: Array<[HeaderField, RegExp]> = [
  ['code', /^(预算)?项目(编码|代码|编号)$/],
  ['name', /^项目名称$/],
  ['fiscal', /^(其中[:：]?)?(财政(资金|拨款|性资金|补助资金)|一般公共预算(资金|拨款)?)$/],
  ['other', /^(其中[:：]?)?(其他资金|自有资金|单位自筹(资金)?|自筹资金)$/],
  ['total', /^(预算数|预算金额|(年度|年初|本年|全年)预算数?|项目(预算(金额)?|总额)|预算(资金|资金总额|总额|安排数)|(年度)?资金总额)$/],
  ['purpose', /^((预算规模及)?资金用途(及测算依据)?|资金使用范围)$/],
  // 累计支出资金: how some templates (Hebei PDFs) title the cumulative spending plan.
  ['schedule', /^((资金)?支出(进度)?计划|累计支出(资金|金额|计划|进度)?|预算支出进度|资金使用计划)$/],
  ['goals', /^(项目)?(年度)?(绩效目标|总体目标|总体绩效目标|项目绩效目标|年度目标)$/],
];

/** Strips what labels carry besides their name: spaces, a unit or note in brackets, a trailing colon. */
export function labelKey(label: string): string {
  return compact(label).replace(/[(（][^()（）]*[)）]/g, '').replace(/[:：]$/, '');
}

/** 中长期目标, 中期目标（2022年—2024年）: the goals beside the year's, kept as an other field. */
export function isLongTermGoalLabel(label: string): boolean {
  return /^(中长期|长期|中期|实施期)(绩效)?目标$/u.test(labelKey(label));
}

export function headerFieldOf(label: string): HeaderField | null {
  const key = labelKey(label);
  for (const [field, re] of HEADER_FIELDS) if (re.test(key)) return field;
  return null;
}

export type Column = 'level1' | 'level2' | 'name' | 'description' | 'value' | 'basis' | 'weight' | 'direction'
  | 'comparator' | 'unit' | 'longTermValue';

export const COLUMNS: ReadonlyArray<readonly [Column, RegExp]> = [
  ['level1', /^一级指标(名称)?$/],
  ['level2', /^二级指标(名称)?$/],
  ['name', /^(三级指标(名称|内容)?|指标内容|(绩效)?指标名称|绩效指标|具体指标)$/],
  ['description', /^(绩效)?指标(描述|解释|说明)$/],
  ['longTermValue', /^(中?长期|实施期)(指标值|目标值)$/],
  // 当年预期实现值 (Hubei), 计划完成值, 绩效目标值: what the year is to reach, as other templates call it.
  ['value', /^((年度)?(绩效)?指标值(及单位)?|(年度|三级指标|预期|绩效)?目标值|指标目标值|(当年|年度)?预期实现值|计划完成值)$/],
  // 指标值设定依据及数据来源: the 2021 central template's basis column.
  ['basis', /^((指标值|目标值)(确定|设定)依据(及数据来源)?|绩效标准|(确定|设定)?依据|指标依据|评价标准|数据来源)$/],
  ['weight', /^(权重|分值|权重分值)$/],
  ['direction', /^(指标)?方向(性)?$/],
  ['comparator', /^(指标性质|符号|运算符)$/],
  ['unit', /^(度量|计量)?单位$/],
];

/** The longest title COLUMNS name a column by, in characters (tests/model/vocabulary.test.ts checks it). */
export const LONGEST_COLUMN_TITLE = 12;

/**
 * Whether a text may title a column, by its length alone: false for a plain text (compact as it is) with no
 * bracket that is longer than any title and a colon, as most cells of a table are. The layout asks it of every
 * cell of every row (is this row a header?), and a look-up of each cell's text cost more than the answer.
 */
export function mayTitleColumn(label: string): boolean {
  return label.length <= LONGEST_COLUMN_TITLE + 1 || !isPlain(label) || label.includes('(') || label.includes('（');
}

export function columnOf(label: string): Column | null {
  const key = labelKey(label);
  for (const [column, re] of COLUMNS) if (re.test(key)) return column;
  return null;
}

/**
 * Synonyms looser than a column's own title, loosest last. Where a header has two titles of one column, the more
 * specific names it: the 2021 central template (财预〔2021〕101号) captions its whole indicator table 绩效指标, in a
 * column merged down beside 三级指标.
 */
const LOOSE_TITLES: Partial<Record<Column, RegExp[]>> = {
  name: [/^(指标内容|指标名称|具体指标)$/, /^绩效指标$/],
  value: [/^目标值$/],
  basis: [/^(绩效标准|评价标准|数据来源)$/, /^依据$/],
};

/** How loosely a title names its column: 0 for the column's own title (三级指标), more for looser synonyms. */
export function titleLooseness(label: string): number {
  const column = columnOf(label);
  const key = labelKey(label);
  return (column ? LOOSE_TITLES[column] ?? [] : []).findIndex((re) => re.test(key)) + 1;
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

// ---- department-wide forms (部门整体支出绩效目标申报表) -----------------------------------------------------------

export type DepartmentSection = 'income' | 'expense' | 'threePublic';

/** A section caption: 单位年度收入预算（万元）, 单位年度支出预算, 三公经费预算. */
const DEPARTMENT_SECTIONS: Array<[DepartmentSection, RegExp]> = [
  ['threePublic', /三公经费/],
  ['income', /收入预算$/],
  ['expense', /支出预算$/],
];

/**
 * Items of the department budget. `shared` labels (合计, 一般公共预算, 其他资金) also stand in project headers or
 * in every section: they name a department item only within a section known from the row or the caption above.
 * `part` items add up to their key: the income sources beyond the three named (事业收入, 上年结转 …) to other
 * income, 公务用车购置费 and 公务用车运行维护费 written apart to official vehicles.
 */
const DEPARTMENT_ITEMS: Array<{ section: DepartmentSection; key: string; re: RegExp; shared?: true; part?: true }> = [
  { section: 'income', key: 'total', re: /^(收入合计|收入总计|收入预算合计)$/ },
  { section: 'income', key: 'general', re: /^(一般公共预算(拨款|收入|资金)?|财政拨款(收入)?)$/, shared: true },
  { section: 'income', key: 'fund', re: /^政府性基金(预算)?(拨款|收入)?$/ },
  { section: 'income', key: 'nonTax', re: /^(纳入专户管理的)?非税收入(拨款)?$/ },
  { section: 'income', key: 'other', re: /^其他(资金|收入)$/, shared: true, part: true },
  { section: 'income', key: 'other', re: /^(事业收入|事业单位经营收入|经营收入|上级补助收入|附属单位上缴收入|用事业基金弥补收支差额)$/, part: true },
  { section: 'income', key: 'other', re: /^上年结转(结余)?(资金|收入)?$/, shared: true, part: true },
  { section: 'expense', key: 'total', re: /^(支出合计|支出总计|支出预算合计)$/ },
  { section: 'expense', key: 'basic', re: /^基本支出$/ },
  // 人员经费 and 公用经费 make up 基本支出 where a template gives them in its place (in that section only: a
  // project's 资金用途 may list them too).
  { section: 'expense', key: 'basic', re: /^(其中[:：]?)?(人员(经费|支出)|公用(经费|支出)|日常公用(经费|支出))$/, shared: true, part: true },
  { section: 'expense', key: 'project', re: /^项目支出$/ },
  { section: 'threePublic', key: 'total', re: /^三公经费(合计|总计)$/ },
  { section: 'threePublic', key: 'vehicles', re: /^公务用车(运行(维护)?(和|及|与)?购置|购置(和|及|与)?运行(维护)?)费?$/ },
  { section: 'threePublic', key: 'vehicles', re: /^(其中[:：]?)?公务用车(购置|运行(维护)?)费?(用)?$/, part: true },
  { section: 'threePublic', key: 'abroad', re: /^因公出国(境)?费?(用)?$/ },
  { section: 'threePublic', key: 'reception', re: /^公务接待费?(用)?$/ },
];
const SECTION_TOTAL = /^(合计|总计|小计)$/;

/** 合计, 总计, 小计: a row of totals (of a budget section, of an indicator table's weights). */
export function isTotalLabel(label: string): boolean {
  return SECTION_TOTAL.test(labelKey(label));
}

export function departmentSectionOf(label: string): DepartmentSection | null {
  const key = labelKey(label);
  for (const [section, re] of DEPARTMENT_SECTIONS) if (re.test(key)) return section;
  return null;
}

/** A department budget item; `part`: one of several that add up to its key. */
export interface DepartmentItem {
  section: DepartmentSection;
  key: string;
  part?: true;
}

/**
 * The department budget item a label names. Without a section only labels that say which one they belong to
 * are recognised (收入合计, 基本支出, 公务接待费); with one, also 合计 and the labels shared with project headers.
 */
export function departmentItemOf(label: string, section: DepartmentSection | null = null): DepartmentItem | null {
  const key = labelKey(label);
  for (const item of DEPARTMENT_ITEMS) {
    if (item.re.test(key) && (!item.shared || item.section === section)) {
      return { section: item.section, key: item.key, ...(item.part ? { part: true } : {}) };
    }
  }
  return section && SECTION_TOTAL.test(key) ? { section, key: 'total' } : null;
}

/**
 * A label naming the budget unit: 'unit' for the unit itself (预算单位, 单位名称), 'filer' for who filled the form
 * in (填报单位（盖章）), which names the unit less precisely.
 */
export function unitLabelOf(label: string): 'unit' | 'filer' | null {
  const key = labelKey(label);
  if (/^(预算单位|单位名称|部门名称|部门单位名称|预算部门)$/.test(key)) return 'unit';
  if (/^(填报|申报)(单位|部门)$/.test(key)) return 'filer';
  return null;
}
