import { describe, expect, it } from 'vitest';
import rule from '../../rules/schedule-incomplete.js';
import type { Checkpoint, SpendingPlan } from '../../src/model/types.js';
import { doc, form, lint } from '../helpers/lint.js';

const points = (...values: Array<number | null>): Checkpoint[] => [3, 6, 10, 12].map((month, i) => ({ month, value: values[i] }));
const percent = (...values: Array<number | null>): SpendingPlan => ({ unit: '%', checkpoints: points(...values) });
const amount = (...values: Array<number | null>): SpendingPlan => ({ unit: 'amount', checkpoints: points(...values) });

describe('schedule-incomplete', () => {
  it('flags a percentage plan that does not reach 100% by 12月底, once per form', () => {
    const found = lint(rule, [form({ name: '社区戒毒（康复）工作经费', schedule: percent(30, 60, 50, 90) })]);
    expect(found).toHaveLength(1);
    expect(found[0].pointer).toBe('/forms/0/schedule');
    expect(found[0].message).toContain('资金支出计划累计到12月底为 90%，未达到 100%');
  });

  it('flags a plan whose last figure falls short, and one that goes past 100%', () => {
    expect(lint(rule, [form({ schedule: percent(25, 50, 75, null) })])[0].message).toContain('累计到10月底为 75%');
    expect(lint(rule, [form({ schedule: percent(25, 50, 75, 120) })])[0].message).toContain('超过 100%');
  });

  it('flags an amount plan that does not reach the budget, in the document\'s money unit', () => {
    const short = form({ budget: { total: 23, fiscal: 23 }, schedule: amount(3, 10, 15, 20) });
    expect(lint(rule, [short])[0].message).toContain('累计到12月底为 20万元，未达到预算数 23万元');
    const over = doc([form({ budget: { total: 2000 }, schedule: amount(500, 1000, 1500, 2500) })], { moneyUnit: '元' });
    expect(lint(rule, [over])[0].message).toContain('2500元，超过预算数 2000元');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ schedule: percent(30, 60, 80, 90) })], {}, 'en');
    expect(d.message).toMatch(/^The spending plan reaches 90% by the end of month 12, not 100%/);
  });

  it('passes complete plans, amounts that reach the budget, and plans it cannot judge', () => {
    expect(lint(rule, [
      form({ schedule: percent(25, 50, 75, 100) }),
      form({ schedule: percent(33.33, 66.67, 99.999, 100.001) }),
      form({ schedule: percent(25, 50, 100, null) }),
      form({ budget: { total: 23 }, schedule: amount(3, 10, 15, 23) }),
      form({ budget: { total: 402.38 }, schedule: amount(100.6, 201, 301.6, 402.38) }),
      // Small amounts read as percentages: a plan that ends at the budget is complete.
      form({ budget: { total: 23 }, schedule: percent(3, 10, 15, 23) }),
      form({ budget: { total: null }, schedule: amount(3, 10, 15, 20) }),
      form({ schedule: amount(3, 10, 15, 20) }),
      form({ schedule: percent(null, null, null, null) }),
      form({ schedule: null }),
      form({}),
    ])).toEqual([]);
  });
});
