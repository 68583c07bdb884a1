// The header fields of a form by key (the keys of vocabulary.ts): where each sits in the model, its pointer below
// the form, and what a message calls it. Rules that speak of a header field take its name and place from here.
import type { Form, SpendingPlan } from './types.js';
import type { HeaderField } from './vocabulary.js';

export const HEADER_FIELDS: readonly HeaderField[] = ['code', 'name', 'total', 'fiscal', 'other', 'purpose', 'schedule', 'goals'];

const NAMES: Record<HeaderField, { 'zh-CN': string; en: string }> = {
  code: { 'zh-CN': '项目编码', en: 'project code' },
  name: { 'zh-CN': '项目名称', en: 'project name' },
  total: { 'zh-CN': '预算数', en: 'budget total' },
  fiscal: { 'zh-CN': '财政资金', en: 'fiscal funds' },
  other: { 'zh-CN': '其他资金', en: 'other funds' },
  purpose: { 'zh-CN': '资金用途', en: 'use of funds' },
  schedule: { 'zh-CN': '资金支出计划', en: 'spending plan' },
  goals: { 'zh-CN': '绩效目标', en: 'performance goals' },
};

/** What the form calls a header field, in Chinese and in English; a department form's `name` is its unit's. */
export function headerFieldName(field: HeaderField, kind: Form['kind'] = 'project'): { 'zh-CN': string; en: string } {
  if (field === 'name' && kind === 'department') return { 'zh-CN': '单位名称', en: 'unit name' };
  return NAMES[field];
}

/** The field's pointer below its form node: 'code', 'budget/total'. */
export function headerFieldPointer(field: HeaderField): string {
  return field === 'total' || field === 'fiscal' || field === 'other' ? `budget/${field}` : field;
}

export type HeaderFieldValue = string | number | SpendingPlan | null | undefined;

/** The field's value as the model holds it: `undefined` when the layout has no such field. */
export function headerFieldValue(form: Form, field: HeaderField): HeaderFieldValue {
  switch (field) {
    case 'total': case 'fiscal': case 'other': return form.budget?.[field];
    default: return form[field];
  }
}
