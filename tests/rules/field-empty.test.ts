import { describe, expect, it } from 'vitest';
import rule from '../../rules/field-empty.js';
import type { Form } from '../../src/model/types.js';
import { form, lint } from '../helpers/lint.js';

const PLAN = { unit: '%' as const, checkpoints: [{ month: 3, value: 25 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }] };

/** A project form with every header field filled; `blank` overrides fields. */
function header(blank: Omit<Partial<Form>, 'indicators'> = {}): Form {
  return form({
    name: '安全生产防控经费', code: '442-0801', budget: { total: 2, fiscal: 2, other: 0 },
    purpose: '用于安全生产宣传和检查', schedule: PLAN, goals: '开展安全生产宣传，减少事故发生',
    indicators: [{ name: '开展外宣活动数量', value: '≥6次' }], ...blank,
  });
}

/** A department form with its name and goals filled and the given money sections. */
function department(sections: Form['department']): Form {
  return form({ kind: 'department', name: '衡阳市南岳区祝融街道办事处', goals: '完成城中村改造重点工程', department: sections });
}

describe('field-empty', () => {
  it('flags each blank header field the layout has, with its pointer', () => {
    const found = lint(rule, [header({ code: '', budget: { total: null, fiscal: 2, other: 0 }, purpose: ' ', schedule: null, goals: null })]);
    expect(found.map((d) => d.pointer)).toEqual([
      '/forms/0/code', '/forms/0/budget/total', '/forms/0/purpose', '/forms/0/schedule', '/forms/0/goals',
    ]);
    expect(found[0].message).toContain('表头「项目编码」未填写');
    expect(found[1].message).toContain('「预算数」');
    expect(found.every((d) => d.form === '安全生产防控经费')).toBe(true);
  });

  it('flags a blank project name, and a department form\'s blank 预算单位 and 年度绩效目标', () => {
    const [d] = lint(rule, [header({ name: null, title: '1、安全生产防控经费' })]);
    expect(d.pointer).toBe('/forms/0/name');
    expect(d.message).toContain('「项目名称」');
    expect(d.form).toBe('1、安全生产防控经费');
    const [unit, goals] = lint(rule, [form({ kind: 'department', name: '', goals: null, title: '部门整体支出绩效目标申报表' })]);
    expect(unit.message).toContain('「预算单位」');
    expect(goals.pointer).toBe('/forms/0/goals');
    expect(goals.message).toContain('「年度绩效目标」');
  });

  it('flags a department form\'s blank income and expense totals, leaving blank parts alone by default', () => {
    const blank = department({
      income: { total: null, general: 649.4, fund: null, nonTax: null, other: null },
      expense: { total: null, basic: null, project: null },
      threePublic: { total: null, vehicles: null, abroad: null, reception: null },
    });
    const found = lint(rule, [blank]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/department/income/total', '/forms/0/department/expense/total']);
    expect(found[0].message).toContain('表头「收入合计」未填写');
    expect(found[1].message).toContain('表头「支出合计」未填写');
    const en = lint(rule, [blank], {}, 'en');
    expect(en[0].message).toMatch(/^The header field 收入合计 \(total income\) is blank/);
  });

  it('checks the department fields listed in the `fields` option', () => {
    const blank = department({ income: { total: 649.4, general: 649.4, fund: null }, threePublic: { total: null, vehicles: 7 } });
    expect(lint(rule, [blank], { fields: ['income.fund', 'threePublic.total', 'threePublic.abroad'] }).map((d) => d.message))
      .toEqual([expect.stringContaining('「政府性基金」'), expect.stringContaining('「三公经费合计」')]);
  });

  it('counts a spending plan with no amount at any checkpoint as blank', () => {
    const empty = { unit: '%' as const, checkpoints: PLAN.checkpoints.map((c) => ({ ...c, value: null })) };
    expect(lint(rule, [header({ schedule: empty })]).map((d) => d.pointer)).toEqual(['/forms/0/schedule']);
    const partial = { unit: '%' as const, checkpoints: [...empty.checkpoints.slice(0, 3), { month: 12, value: 100 }] };
    expect(lint(rule, [header({ schedule: partial })])).toEqual([]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [header({ code: null })], {}, 'en');
    expect(d.message).toMatch(/^The header field 项目编码 \(project code\) is blank/);
  });

  it('passes filled forms, fields the layout lacks, a zero budget and blank 财政资金/其他资金 by default', () => {
    expect(lint(rule, [header()])).toEqual([]);
    expect(lint(rule, [form({ name: '安全生产防控经费' })])).toEqual([]);
    expect(lint(rule, [header({ budget: { total: 0, fiscal: null, other: null } })])).toEqual([]);
    expect(lint(rule, [department({ income: { total: 649.4, general: 649.4, fund: null }, expense: { total: 649.4 } })])).toEqual([]);
    expect(lint(rule, [department(undefined)])).toEqual([]);
  });

  it('checks only the fields listed in the `fields` option', () => {
    const blank = header({ code: '', budget: { total: 2, fiscal: 2, other: null } });
    expect(lint(rule, [blank], { fields: ['other'] }).map((d) => d.pointer)).toEqual(['/forms/0/budget/other']);
    expect(lint(rule, [blank], { fields: [] })).toEqual([]);
  });

  it('flags blank extra fields only when their label is in `extraLabels`', () => {
    const withExtras = header({ fields: [{ label: '主管部门', value: '' }, { label: '联系电话', value: ' ' }, { label: '实施单位', value: '某街道' }] });
    expect(lint(rule, [withExtras])).toEqual([]);
    const found = lint(rule, [withExtras], { extraLabels: ['主管部门：', '实施单位'] });
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/fields/0/value']);
    expect(found[0].message).toContain('表头「主管部门」未填写');
  });
});
