import { describe, expect, it } from 'vitest';
import rule from '../../rules/weight-sum-mismatch.js';
import { form, lint } from '../helpers/lint.js';

/** A weighted form: one named indicator per weight (null: the weight cell left blank). */
const weighted = (weights: Array<number | null>, extra: Parameters<typeof form>[0] = {}) => form({
  name: '安全生产防控经费', columns: ['value', 'weight'],
  indicators: weights.map((weight, i) => ({ name: `指标${i + 1}`, value: '≥6次', weight })),
  ...extra,
});

describe('weight-sum-mismatch', () => {
  it('flags weights that do not add up to 100, at the first weight', () => {
    const [d, ...rest] = lint(rule, [weighted([30, 30, 30])]);
    expect(rest).toEqual([]);
    expect(d.pointer).toBe('/forms/0/indicators/0/weight');
    expect(d.form).toBe('安全生产防控经费');
    expect(d.indicator).toBeNull();
    expect(d.message).toContain('3 个指标的权重合计 90，应为 100（相差 10）');
    expect(lint(rule, [weighted([40, 40, 30])])[0].message).toContain('权重合计 110，应为 100（相差 10）');
  });

  it('passes weights that add up, rounding included', () => {
    expect(lint(rule, [
      weighted([30, 30, 20, 10, 10]),
      weighted([33.33, 33.33, 33.34]),
      weighted([0.1, 0.2, 99.7]),
      weighted([16.67, 16.67, 16.66, 16.67, 16.67, 16.66]),
    ])).toEqual([]);
    expect(lint(rule, [weighted([33.3, 33.3, 33.3])])).toHaveLength(1);
  });

  it('takes the expected total and a tolerance as options', () => {
    expect(lint(rule, [weighted([5, 3, 2])], { total: 10 })).toEqual([]);
    expect(lint(rule, [weighted([5, 3, 2])])).toHaveLength(1);
    expect(lint(rule, [weighted([33.3, 33.3, 33.3])], { tolerance: 0.1 })).toEqual([]);
  });

  it('flags named indicators without a weight beside weighted ones, once per form', () => {
    const [d, ...rest] = lint(rule, [weighted([50, null, 30, null])]);
    expect(rest).toEqual([]);
    expect(d.pointer).toBe('/forms/0/indicators/1/weight');
    expect(d.message).toContain('2 个指标没有填写权重（如「指标2」），另有 2 个指标填写了权重');
  });

  it('with weights missing, reports the sum only when it is already over the total', () => {
    const found = lint(rule, [weighted([60, 50, null])]);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('1 个指标没有填写权重'), expect.stringContaining('权重合计 110，应为 100'),
    ]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [weighted([30, 30, 30])], {}, 'en');
    expect(d.message).toMatch(/^The weights of 3 indicators add up to 90, not 100 \(off by 10\)/);
  });

  it('passes forms without weights, and rows without a name', () => {
    expect(lint(rule, [
      weighted([null, null]),
      form({ name: '无权重列', indicators: [{ name: '开展外宣活动数量', value: '≥6次' }] }),
      form({ indicators: [{ name: '开展外宣活动数量', weight: 100 }, { name: '', weight: null }] }),
    ])).toEqual([]);
    // A nameless row's weight still counts towards the sum.
    expect(lint(rule, [form({ indicators: [{ name: '开展外宣活动数量', weight: 90 }, { name: '', weight: 20 }] })])).toHaveLength(1);
  });

  it('passes a department form that weighs each goal out of the total', () => {
    const goals = form({
      kind: 'department', name: '某街道办事处',
      indicators: [
        { name: '土地出让面积', goal: '目标1', weight: 60 }, { name: '验收合格率', goal: '目标1', weight: 40 },
        { name: '社区数量', goal: '目标2', weight: 50 }, { name: '惠民项目完成率', goal: '目标2', weight: 50 },
      ],
    });
    expect(lint(rule, [goals])).toEqual([]);
    goals.indicators[3].weight = 40;
    expect(lint(rule, [goals])[0].message).toContain('4 个指标的权重合计 190，应为 100');
  });
});
