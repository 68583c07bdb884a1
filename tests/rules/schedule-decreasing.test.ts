import { describe, expect, it } from 'vitest';
import rule from '../../rules/schedule-decreasing.js';
import type { Checkpoint, SpendingPlan } from '../../src/model/types.js';
import { doc, form, lint } from '../helpers/lint.js';

const points = (...values: Array<number | null>): Checkpoint[] => [3, 6, 10, 12].map((month, i) => ({ month, value: values[i] }));
const percent = (...values: Array<number | null>): SpendingPlan => ({ unit: '%', checkpoints: points(...values) });

describe('schedule-decreasing', () => {
  it('flags a checkpoint lower than an earlier one, once per form, naming both', () => {
    const found = lint(rule, [form({ name: '社区戒毒（康复）工作经费', schedule: percent(30, 60, 50, 40) })]);
    expect(found).toHaveLength(1);
    expect(found[0].pointer).toBe('/forms/0/schedule/checkpoints/2');
    expect(found[0].message).toContain('资金支出计划从6月底的 60% 降到10月底的 50%');
  });

  it('compares with the highest earlier checkpoint, skipping blanks, in month order', () => {
    const [d] = lint(rule, [form({ schedule: percent(50, null, 40, 100) })]);
    expect(d.message).toContain('从3月底的 50% 降到10月底的 40%');
    const shuffled: SpendingPlan = { unit: '%', checkpoints: [{ month: 12, value: 100 }, { month: 6, value: 80 }, { month: 10, value: 70 }] };
    const [e] = lint(rule, [form({ schedule: shuffled })]);
    expect(e.message).toContain('从6月底的 80% 降到10月底的 70%');
    expect(e.pointer).toBe('/forms/0/schedule/checkpoints/2');
  });

  it('shows amounts in the document\'s money unit', () => {
    const plan: SpendingPlan = { unit: 'amount', checkpoints: points(5, 10, 8, 23) };
    expect(lint(rule, [doc([form({ schedule: plan })], { moneyUnit: '元' })])[0].message).toContain('从6月底的 10元 降到10月底的 8元');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ schedule: percent(30, 60, 50, 100) })], {}, 'en');
    expect(d.message).toMatch(/^The spending plan goes down from 60% at the end of month 6 to 50% at the end of month 10/);
  });

  it('passes plans that never go down, flat stretches, blanks and no plan', () => {
    expect(lint(rule, [
      form({ schedule: percent(25, 50, 75, 100) }),
      form({ schedule: percent(0, 50, 50, 100) }),
      form({ schedule: percent(30, null, null, 90) }),
      form({ schedule: percent(null, null, null, null) }),
      form({ schedule: null }),
      form({}),
    ])).toEqual([]);
  });
});
