// The canonical form model. schemas/form.schema.json describes the same shape; tests/model/schema-types.test.ts
// keeps the two in step. Field convention: `undefined` (key absent) = the layout has no such field or column;
// `null` or '' = the field exists and was left blank.

export type Comparator = '≥' | '≤' | '=' | '>' | '<';

/** 指标值: the text as written, plus its parse (see src/model/value.ts). */
export interface IndicatorValue {
  text: string;
  /** quantitative: [comparator] number [unit]; qualitative: a grade (达到, 好, 是…); text: anything else; empty: blank. */
  kind: 'quantitative' | 'qualitative' | 'text' | 'empty';
  comparator?: Comparator | null;
  number?: number | null;
  /** Upper bound of a range such as 90%-95%. */
  upper?: number | null;
  unit?: string | null;
  grade?: string | null;
}

export interface Indicator {
  /** 一级指标 */
  level1: string;
  /** 二级指标 */
  level2: string;
  /** 三级指标; '' when blank. */
  name: string;
  /** 绩效指标描述 */
  description?: string;
  /** 指标值 */
  value?: IndicatorValue;
  /** 指标值确定依据 (also 绩效标准, 指标值设定依据) */
  basis?: string;
  /** 权重 */
  weight?: number | null;
  /** 指标方向性 */
  direction?: '正向' | '反向' | null;
  /** Department-wide forms group indicators by goal (目标1, 目标2…). */
  goal?: string;
}

export interface Budget {
  /** 预算数 */
  total?: number | null;
  /** 其中：财政资金 */
  fiscal?: number | null;
  /** 其他资金 */
  other?: number | null;
}

export interface Checkpoint {
  /** Month the checkpoint closes: 3 for 3月底. */
  month: number;
  value: number | null;
}

/** 资金支出计划: cumulative checkpoints, in percent or in amounts of the document's money unit. */
export interface SpendingPlan {
  unit: '%' | 'amount';
  checkpoints: Checkpoint[];
}

/** Any other header field, kept as written (主管部门, 实施单位, 联系电话 …). */
export interface ExtraField {
  label: string;
  value: string;
}

export type IndicatorColumn = 'description' | 'value' | 'basis' | 'weight' | 'direction';

export interface Form {
  kind: 'project' | 'department';
  /** The heading or title the form stands under, as written. */
  title?: string;
  /** 项目名称 (for a department form: the unit's name) */
  name?: string | null;
  /** 项目编码 */
  code?: string | null;
  budget?: Budget;
  /** 资金用途 */
  purpose?: string | null;
  schedule?: SpendingPlan | null;
  /** 绩效目标, as written */
  goals?: string | null;
  fields?: ExtraField[];
  /** The columns the indicator table has, besides 一级/二级/三级. Absent: inferred from the rows. */
  columns?: IndicatorColumn[];
  indicators: Indicator[];
}

export interface DocumentInfo {
  /** 单位: the budget unit that publishes the document. */
  unit?: string | null;
  year?: number | null;
  /** 金额单位 of every amount in the document. */
  moneyUnit?: '元' | '万元' | null;
  title?: string | null;
}

export interface Document extends DocumentInfo {
  /** Path of the file the document was read from (set by the reader, not written by hand). */
  source?: string;
  forms: Form[];
}
