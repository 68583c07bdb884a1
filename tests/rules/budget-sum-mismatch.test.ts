import { describe, expect, it } from 'vitest';
import rule from '../../rules/budget-sum-mismatch.js';
import type { Budget, DepartmentBudget } from '../../src/model/types.js';
import { doc, form, lint } from '../helpers/lint.js';

const withBudget = (budget: Budget) => form({ name: '社区戒毒（康复）工作经费', budget });
const withPurpose = (total: number | null, purpose: string | null) =>
  form({ name: '村级组织经费', budget: { total, fiscal: total, other: null }, purpose });
const department = (sections: DepartmentBudget) =>
  form({ kind: 'department', name: '衡阳市南岳区祝融街道办事处', department: sections });
/** The sections of a balanced department budget (祝融街道, 2020). */
const BALANCED: DepartmentBudget = {
  income: { total: 649.4, general: 649.4, fund: null, nonTax: null, other: null },
  expense: { total: 649.4, basic: 210.6, project: 438.8 },
  threePublic: { total: 8, vehicles: 7, abroad: 0, reception: 1 },
};

describe('budget-sum-mismatch', () => {
  it('flags a total that is not fiscal + other funds, showing the numbers and the money unit', () => {
    const [d, ...rest] = lint(rule, [withBudget({ total: 5, fiscal: 4, other: 0.5 })]);
    expect(rest).toEqual([]);
    expect(d.pointer).toBe('/forms/0/budget/total');
    expect(d.form).toBe('社区戒毒（康复）工作经费');
    expect(d.message).toContain('预算数 5万元 不等于财政资金 4万元 + 其他资金 0.5万元 = 4.5万元（相差 0.5万元）');
  });

  it('counts a blank 其他资金 as 0, and uses the document\'s money unit', () => {
    const [d] = lint(rule, [doc([withBudget({ total: 20000, fiscal: 15000, other: null })], { moneyUnit: '元' })]);
    expect(d.message).toContain('预算数 20000元 不等于财政资金 15000元 + 其他资金 0元 = 15000元');
    expect(lint(rule, [withBudget({ total: 3, fiscal: 4 })])).toHaveLength(1);
  });

  it('takes a tolerance in the money unit', () => {
    const off = withBudget({ total: 10, fiscal: 9.95, other: 0 });
    expect(lint(rule, [off])).toHaveLength(1);
    expect(lint(rule, [off], { tolerance: 0.05 })).toEqual([]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [withBudget({ total: 5, fiscal: 4, other: 0.5 })], {}, 'en');
    expect(d.message).toMatch(/^The budget total 5 万元 is not fiscal funds 4 \+ other funds 0.5 = 4.5 万元 \(off by 0.5\)/);
  });

  it('passes sums that add up and budgets it cannot judge', () => {
    expect(lint(rule, [
      withBudget({ total: 2.55, fiscal: 2.55, other: null }),
      withBudget({ total: 0.3, fiscal: 0.1, other: 0.2 }),
      withBudget({ total: 10, fiscal: 9.995, other: 0 }),
      withBudget({ total: null, fiscal: 2, other: 0 }),
      withBudget({ total: 2, fiscal: null, other: 1 }),
      withBudget({ total: 2 }),
      form({ name: '无预算栏目' }),
    ])).toEqual([]);
  });

  describe('amounts listed in 资金用途', () => {
    it('flags amounts that itemise the budget but do not add up to it, at the purpose', () => {
      const [d, ...rest] = lint(rule, [withPurpose(73.9, '主要用于1.村党组织活动经费安排18.84万元；2.服务群众专项经费安排55万元。')]);
      expect(rest).toEqual([]);
      expect(d.pointer).toBe('/forms/0/purpose');
      expect(d.form).toBe('村级组织经费');
      expect(d.message).toContain('资金用途所列金额 18.84万元 + 55万元 合计 73.84万元，不等于预算数 73.9万元（相差 0.06万元）');
      expect(lint(rule, [withPurpose(73.9, '村级党建活动经费 18.84 万元，村综合服务站运转 55 万元')])).toHaveLength(1);
    });

    it('converts 元 and 万元 to the document\'s money unit', () => {
      const [d] = lint(rule, [doc([withPurpose(20000, '宣传材料 0.5 万元，隐患排查 5000 元，应急演练 5000 元')], { moneyUnit: '元' })]);
      expect(d.message).toContain('0.5万元 + 5000元 + 5000元 合计 15000元，不等于预算数 20000元');
      expect(lint(rule, [doc([withPurpose(20000, '宣传材料 1.5 万元，隐患排查 5000 元')], { moneyUnit: '元' })])).toEqual([]);
      expect(lint(rule, [withPurpose(2, '宣传材料 15000 元，隐患排查 5000 元')])).toEqual([]);
      expect(lint(rule, [withPurpose(2, '宣传材料 1.5 元，隐患排查 0.5 元')])).toHaveLength(1);
    });

    it('passes amounts that add up, and texts that do not clearly itemise the budget', () => {
      expect(lint(rule, [
        withPurpose(2, '印制安全生产宣传材料 1.2 万元，开展隐患排查 0.8 万元'),
        withPurpose(213, '主要用于1.站内局部路面硬化所需资金19.6万元；2新建有机肥循环利用实验大棚1座，所需资金80万元；3.实时数据管控系统所需资金113.4万元。'),
        // A sub-part, a subtotal, a price, a single amount, a use without an amount.
        withPurpose(73.9, '村级组织经费 73.9 万元，其中党建活动 18.84 万元、服务站 50 万元'),
        withPurpose(80, '主要用于1.村两委年终奖金10.5万元；9个村称职27.3万元，共计37.8万元；2.离任干部补贴22.2万元。'),
        withPurpose(10, '村干部补贴每人每月 800 元，村官补贴 1000 元'),
        withPurpose(10, '服务群众专项经费 55 万元'),
        withPurpose(10, '宣传 1.2 万元、排查 0.8 万元，以及其他日常支出'),
        // Nothing to compare with.
        withPurpose(null, '宣传 1.2 万元，排查 0.8 万元'),
        withPurpose(3, null),
      ])).toEqual([]);
    });
  });

  describe('department budgets', () => {
    it('passes a balanced department budget, blank parts counting as 0', () => {
      expect(lint(rule, [department(BALANCED)])).toEqual([]);
    });

    it('flags income, expense and 三公经费 totals that their parts do not add up to', () => {
      const found = lint(rule, [department({
        income: { total: 649.4, general: 600, fund: null, nonTax: 40, other: null },
        expense: { total: 649.4, basic: 210.6, project: 428.8 },
        threePublic: { total: 8, vehicles: 7, abroad: null, reception: 2 },
      })]);
      expect(found.map((d) => d.pointer).sort()).toEqual([
        '/forms/0/department/expense/total', '/forms/0/department/income/total', '/forms/0/department/threePublic/total',
      ]);
      const message = (pointer: string) => found.find((d) => d.pointer === pointer)!.message;
      expect(message('/forms/0/department/income/total')).toContain(
        '收入合计 649.4万元 不等于一般公共预算 600万元 + 政府性基金 0万元 + 非税收入 40万元 + 其他资金 0万元 = 640万元（相差 9.4万元）');
      expect(message('/forms/0/department/expense/total')).toContain('支出合计 649.4万元 不等于基本支出 210.6万元 + 项目支出 428.8万元 = 639.4万元（相差 10万元）');
      expect(message('/forms/0/department/threePublic/total')).toContain('三公经费合计 8万元 不等于公务用车运行和购置费 7万元 + 因公出国（境）费 0万元 + 公务接待费 2万元 = 9万元（相差 1万元）');
    });

    it('flags income and expense totals that differ', () => {
      const [d, ...rest] = lint(rule, [department({
        income: { total: 700, general: 700 }, expense: { total: 649.4, basic: 210.6, project: 438.8 },
      })]);
      expect(rest).toEqual([]);
      expect(d.pointer).toBe('/forms/0/department/expense/total');
      expect(d.message).toContain('收入合计 700万元 与支出合计 649.4万元 不相等（相差 50.6万元）');
    });

    it('speaks English on request', () => {
      const [d] = lint(rule, [department({ expense: { total: 100, basic: 60, project: 30 } })], {}, 'en');
      expect(d.message).toMatch(/^Total expenditure 100 万元 is not basic expenditure 60 \+ project expenditure 30 = 90 万元 \(off by 10\)/);
    });

    it('does not judge a section whose total or every part is blank', () => {
      expect(lint(rule, [department({
        income: { total: null, general: 649.4, fund: 10 },
        expense: { total: 649.4, basic: null, project: null },
        threePublic: { total: 8 },
      })])).toEqual([]);
      expect(lint(rule, [department({ income: { total: 649.4 }, expense: { total: null, basic: 649.4 } })])).toEqual([]);
    });
  });
});
