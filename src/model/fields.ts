// The header fields of a form by key: those of vocabulary.ts, and the money sections of a department-wide form
// (income.total …); where each sits in the model, its pointer below the form, and what a message calls it.
// Rules that speak of a header field take its name and place from here.
import type { DepartmentBudget, Document, Form, SpendingPlan } from './types.js';
import { labelKey, type HeaderField } from './vocabulary.js';
import { isBlank } from './text.js';

export const HEADER_FIELDS: readonly HeaderField[] = ['code', 'name', 'total', 'fiscal', 'other', 'purpose', 'schedule', 'goals'];

type Name = { 'zh-CN': string; en: string };

const NAMES: Record<HeaderField, Name> = {
  code: { 'zh-CN': '项目编码', en: 'project code' },
  name: { 'zh-CN': '项目名称', en: 'project name' },
  total: { 'zh-CN': '预算数', en: 'budget total' },
  fiscal: { 'zh-CN': '财政资金', en: 'fiscal funds' },
  other: { 'zh-CN': '其他资金', en: 'other funds' },
  purpose: { 'zh-CN': '资金用途', en: 'use of funds' },
  schedule: { 'zh-CN': '资金支出计划', en: 'spending plan' },
  goals: { 'zh-CN': '绩效目标', en: 'performance goals' },
};

// A department form calls its name and goals by the words of its own layout.
const DEPARTMENT_NAMES: Partial<Record<HeaderField, Name>> = {
  name: { 'zh-CN': '预算单位', en: 'budget unit' },
  goals: { 'zh-CN': '年度绩效目标', en: 'annual performance goals' },
};

/** The money sections of a department-wide form: section.part, as in the model (income.total). */
const DEPARTMENT = {
  'income.total': { 'zh-CN': '收入合计', en: 'total income' },
  'income.general': { 'zh-CN': '一般公共预算', en: 'general public budget' },
  'income.fund': { 'zh-CN': '政府性基金', en: 'government funds' },
  'income.nonTax': { 'zh-CN': '非税收入', en: 'non-tax revenue' },
  'income.other': { 'zh-CN': '其他资金', en: 'other funds' },
  'expense.total': { 'zh-CN': '支出合计', en: 'total expenditure' },
  'expense.basic': { 'zh-CN': '基本支出', en: 'basic expenditure' },
  'expense.project': { 'zh-CN': '项目支出', en: 'project expenditure' },
  'threePublic.total': { 'zh-CN': '三公经费合计', en: 'three public expenses total' },
  'threePublic.vehicles': { 'zh-CN': '公务用车运行和购置费', en: 'official vehicles' },
  'threePublic.abroad': { 'zh-CN': '因公出国（境）费', en: 'official travel abroad' },
  'threePublic.reception': { 'zh-CN': '公务接待费', en: 'official reception' },
} as const satisfies Record<string, Name>;

export type DepartmentField = keyof typeof DEPARTMENT;
export type FormField = HeaderField | DepartmentField;

export const DEPARTMENT_FIELDS = Object.keys(DEPARTMENT) as DepartmentField[];
export const FORM_FIELDS: readonly FormField[] = [...HEADER_FIELDS, ...DEPARTMENT_FIELDS];

function isDepartmentField(field: FormField): field is DepartmentField {
  return field in DEPARTMENT;
}

/** What the form calls a field, in Chinese and in English: a department form's `name` is its 预算单位. */
export function headerFieldName(field: FormField, kind: Form['kind'] = 'project'): Name {
  if (isDepartmentField(field)) return DEPARTMENT[field];
  return (kind === 'department' ? DEPARTMENT_NAMES[field] : undefined) ?? NAMES[field];
}

/** The field's pointer below its form node: 'code', 'budget/total', 'department/income/total'. */
export function headerFieldPointer(field: FormField): string {
  if (isDepartmentField(field)) return `department/${field.replace('.', '/')}`;
  return field === 'total' || field === 'fiscal' || field === 'other' ? `budget/${field}` : field;
}

export type HeaderFieldValue = string | number | SpendingPlan | null | undefined;

/** income.total → [income, total], split once (every form is asked for every field). */
const DEPARTMENT_PARTS = Object.fromEntries(DEPARTMENT_FIELDS.map((f) => [f, f.split('.')])) as
  Record<DepartmentField, [keyof DepartmentBudget, string]>;

/** The field's value as the model holds it: `undefined` when the layout has no such field. */
export function headerFieldValue(form: Form, field: FormField): HeaderFieldValue {
  if (isDepartmentField(field)) {
    const [section, part] = DEPARTMENT_PARTS[field];
    return (form.department?.[section] as Record<string, number | null | undefined> | undefined)?.[part];
  }
  switch (field) {
    case 'total': case 'fiscal': case 'other': return form.budget?.[field];
    default: return form[field];
  }
}

/**
 * The unit a document's forms belong to, for totals by department: the document's 单位, else the first
 * 主管部门 (or 主管单位) a form names, else a department-wide form's own unit.
 */
export function departmentOf(document: Document): string | undefined {
  const named = (text: string | null | undefined) => (text && !isBlank(text) ? text.trim() : undefined);
  const unit = named(document.unit);
  if (unit) return unit;
  for (const form of document.forms) {
    const field = form.fields?.find((f) => /^主管(部门|单位)(及代码|名称)?$/.test(labelKey(f.label)) && !isBlank(f.value));
    if (field) return field.value.trim();
  }
  return named(document.forms.find((f) => f.kind === 'department')?.name);
}
