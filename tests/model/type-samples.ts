// The types' side of tests/model/schema-types.test.ts, checked by the compiler (the test compiles this file, since
// vitest does not type-check): the largest Document the types allow, and every enumeration of the types.
import type { Comparator, Document, DocumentInfo, Form, Indicator, IndicatorColumn, IndicatorValue, SpendingPlan } from '../../src/model/types.js';

/** Every optional field required, null and undefined ruled out, all the way down. */
export type DeepRequired<T> = T extends ReadonlyArray<infer U>
  ? Array<DeepRequired<U>>
  : T extends object ? { [K in keyof T]-?: DeepRequired<NonNullable<T[K]>> } : T;

export const maximal: DeepRequired<Document> = {
  unit: '秦皇岛市北戴河区东山街道办事处',
  year: 2020,
  moneyUnit: '万元',
  title: '2020年部门预算绩效信息',
  source: 'forms/example.yaml',
  forms: [{
    kind: 'project',
    title: '1、安全生产防控经费绩效目标表',
    name: '安全生产防控经费',
    code: '442-0801-JBN-3C4M',
    budget: { total: 2, fiscal: 2, other: 0 },
    purpose: '用于安全生产宣传支出',
    schedule: { unit: '%', checkpoints: [{ month: 3, value: 25 }] },
    goals: '1、加强日常巡查力度',
    fields: [{ label: '主管部门', value: '东山街道办事处' }],
    department: {
      income: { total: 649.4, general: 649.4, fund: 0, nonTax: 0, other: 0 },
      expense: { total: 649.4, basic: 210.6, project: 438.8 },
      threePublic: { total: 8, vehicles: 7, abroad: 0, reception: 1 },
    },
    columns: ['description', 'value', 'basis', 'weight', 'direction'],
    indicators: [{
      level1: '产出指标',
      level2: '数量指标',
      name: '开展外宣活动数量',
      description: '反映开展外宣活动情况',
      longTermValue: { text: '≥20次', kind: 'quantitative', comparator: '≥', number: 20, upper: 25, unit: '次', grade: '好' },
      value: { text: '≥6-8次', kind: 'quantitative', comparator: '≥', number: 6, upper: 8, unit: '次', grade: '好' },
      basis: '安全生产宣传记录',
      weight: 10,
      direction: '正向',
      goal: '目标1',
    }],
  }],
};

// Exhaustive lists of the enumerations (a member missing or extra is a type error), compared with the schema's.
export const ENUMS: Array<[string, Record<string, true>]> = [
  ['/properties/moneyUnit', { 元: true, 万元: true } satisfies Record<NonNullable<DocumentInfo['moneyUnit']>, true>],
  ['/definitions/form/properties/kind', { project: true, department: true } satisfies Record<Form['kind'], true>],
  ['/definitions/form/properties/schedule/properties/unit', { '%': true, amount: true } satisfies Record<SpendingPlan['unit'], true>],
  ['/definitions/form/properties/columns/items',
    { description: true, value: true, basis: true, weight: true, direction: true } satisfies Record<IndicatorColumn, true>],
  ['/definitions/indicator/properties/direction', { 正向: true, 反向: true } satisfies Record<NonNullable<Indicator['direction']>, true>],
  ['/definitions/indicator/properties/value/properties/kind',
    { quantitative: true, qualitative: true, text: true, empty: true } satisfies Record<IndicatorValue['kind'], true>],
  ['/definitions/indicator/properties/value/properties/comparator',
    { '≥': true, '≤': true, '=': true, '>': true, '<': true } satisfies Record<Comparator, true>],
];
