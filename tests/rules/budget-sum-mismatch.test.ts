import { describe, expect, it } from 'vitest';
import rule from '../../rules/budget-sum-mismatch.js';
import type { Budget } from '../../src/model/types.js';
import { doc, form, lint } from '../helpers/lint.js';

const withBudget = (budget: Budget) => form({ name: '社区戒毒（康复）工作经费', budget });

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
});
