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
  /** 中长期指标值, where a layout has long-term and annual columns side by side (value is the annual one). */
  longTermValue?: IndicatorValue;
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

/** 单位年度收入预算: 收入合计 = 一般公共预算 + 政府性基金 + 非税收入 + 其他资金. */
export interface IncomeBudget {
  total?: number | null;
  general?: number | null;
  fund?: number | null;
  nonTax?: number | null;
  other?: number | null;
}

/** 单位年度支出预算: 支出合计 = 基本支出 + 项目支出. */
export interface ExpenseBudget {
  total?: number | null;
  basic?: number | null;
  project?: number | null;
}

/** 三公经费预算: 合计 = 公务用车运行和购置费 + 因公出国（境）费 + 公务接待费. */
export interface ThreePublicBudget {
  total?: number | null;
  vehicles?: number | null;
  abroad?: number | null;
  reception?: number | null;
}

/** The money sections of a department-wide form (部门整体支出绩效目标申报表). */
export interface DepartmentBudget {
  income?: IncomeBudget;
  expense?: ExpenseBudget;
  threePublic?: ThreePublicBudget;
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
  /** Department-wide forms: income, expense and 三公 budgets. */
  department?: DepartmentBudget;
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
