import { describe, expect, it } from 'vitest';
import rule from '../../rules/text-repeated.js';
import { findRepeatedPhrase } from '../../src/model/repeats.js';
import { form, lint } from '../helpers/lint.js';

describe('findRepeatedPhrase', () => {
  it('finds a phrase written twice in a row, the shortest at its place', () => {
    expect(findRepeatedPhrase('高校毕业生领取补贴情况情况')).toBe('情况');
    expect(findRepeatedPhrase('主要用于用于区内铁路护路工作经费支出')).toBe('用于');
    expect(findRepeatedPhrase('人数占总人数比例比例为100%')).toBe('比例');
    expect(findRepeatedPhrase('情况情况情况情况')).toBe('情况');
    expect(findRepeatedPhrase('用于 用于')).toBe('用于');
    expect(findRepeatedPhrase('奖励、帮扶人员占总人次的比率奖励、帮扶人员占总人次的比率')).toBe('奖励、帮扶人员占总人次的比率');
  });

  it('passes reduplicated words, one-by-one phrases, numbers and list marks', () => {
    for (const text of ['常常', '人人有责', '天天向上', '年年有余', '星星点点', '谢谢谢谢', '看看', '干干净净', '家家户户',
      '时时刻刻', '一个一个地核实', '一步一步', '困难残疾人每人每月', '农户每户每年', '1111', '2020年度', '1.1.1', '——', '满意率率达到100%', '100%100%', '', null]) {
      expect(findRepeatedPhrase(text), String(text)).toBeNull();
    }
  });

  it('takes allowed words', () => {
    expect(findRepeatedPhrase('研究研究')).toBe('研究');
    expect(findRepeatedPhrase('研究研究', ['研究'])).toBeNull();
    expect(findRepeatedPhrase('研究研究情况情况', ['研究'])).toBe('情况');
  });
});

describe('text-repeated', () => {
  it('flags a repeat in any text cell of an indicator row, once per cell', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '高校毕业生领取补贴情况情况', description: '发放情况', value: '100%', basis: '发放名册' },
      { name: '领取补贴的情况', description: '领取人数占总人数比例', value: '100%', basis: '人数占总人数比例比例为100%' },
      { name: '补贴发放', description: '补贴发放发放', value: '按时按时', basis: '台账' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual([
      '/forms/0/indicators/0/name', '/forms/0/indicators/1/basis',
      '/forms/0/indicators/2/description', '/forms/0/indicators/2/value',
    ]);
    expect(found[0].indicator).toBe('高校毕业生领取补贴情况情况');
    expect(found[0].message).toContain('「三级指标」中「情况」连写了两遍');
    expect(found[1].message).toContain('「指标值确定依据」中「比例」连写了两遍');
  });

  it('flags header fields: 资金用途, 绩效目标, other fields', () => {
    const found = lint(rule, [form({
      purpose: '主要用于用于区内铁路护路工作经费支出', goals: '目标1：维护维护社会稳定',
      fields: [{ label: '部门职能\n职责概述', value: '负责负责辖区治安' }], indicators: [],
    })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/purpose', '/forms/0/goals', '/forms/0/fields/0/value']);
    expect(found[0].message).toContain('「资金用途」中「用于」连写了两遍');
    expect(found[0].indicator).toBeNull();
    expect(found[2].message).toContain('「部门职能职责概述」中「负责」');
  });

  it('shortens a long repeated phrase', () => {
    const once = '奖励、帮扶见义勇为人员人次占总人次的比率';
    const [d] = lint(rule, [form({ indicators: [{ name: '奖励情况', basis: once + once + once }] })]);
    expect(d.message).toContain(`「${once.slice(0, 15)}…」连写了两遍`);
  });

  it('passes reduplication, numbers, project codes, and single characters doubled', () => {
    expect(lint(rule, [form({
      code: '13012323P00000210777A', purpose: '保持街巷干干净净，人人参与', goals: '1.1.1 天天巡查',
      indicators: [{ name: '满意率', description: '新区患者满意率率达到100%', value: '1111人', basis: '家家户户走访' }],
    })])).toEqual([]);
  });

  it('takes allowed words from the `allow` option', () => {
    const f = form({ indicators: [{ name: '研究研究方案' }] });
    expect(lint(rule, [f])).toHaveLength(1);
    expect(lint(rule, [f], { allow: ['研究'] })).toEqual([]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ purpose: '用于用于护路' })], {}, 'en');
    expect(d.message).toMatch(/^In the use of funds, "用于" is written twice in a row/);
  });
});
