import { describe, expect, it } from 'vitest';
import { amountsIn, itemisedAmounts } from '../../src/model/amounts.js';

const values = (text: string, unit: '元' | '万元' = '万元') => itemisedAmounts(text, unit)?.map((a) => a.value) ?? null;

describe('amountsIn', () => {
  it('finds each amount with its unit and its place in the text', () => {
    const text = '村级党建活动经费 18.84 万元，村综合服务站运转 55万元';
    const found = amountsIn(text);
    expect(found.map(({ number, unit, value }) => ({ number, unit, value }))).toEqual([
      { number: 18.84, unit: '万元', value: 18.84 },
      { number: 55, unit: '万元', value: 55 },
    ]);
    expect(found.map((a) => text.slice(a.offset, a.end))).toEqual(['18.84 万元', '55万元']);
  });

  it('converts 元 and 万元 to the money unit asked for, thousands separators and full-width digits included', () => {
    expect(amountsIn('宣传 5000 元，排查 1,200元，培训１．５万元').map((a) => a.value)).toEqual([0.5, 0.12, 1.5]);
    expect(amountsIn('宣传 5000 元，培训 1.5 万元', '元').map((a) => a.value)).toEqual([5000, 15000]);
  });

  it('marks prices, and leaves out numbers that are no amount of money', () => {
    expect(amountsIn('补助标准 766 元/人，每村 5万元每年').map((a) => a.perUnit)).toEqual([true, true]);
    expect(amountsIn('新建大棚1座，服务2000人，2021年元旦前完成，100美元')).toEqual([]);
  });
});

describe('itemisedAmounts', () => {
  it('gives the parts of a budget listed in 资金用途, numbered or not', () => {
    expect(values('主要用于1.村党组织活动经费安排18.84万元；2.服务群众专项经费安排55万元。')).toEqual([18.84, 55]);
    expect(values('1、村级党建活动18.84万元；2、村综合服务站运转55万元')).toEqual([18.84, 55]);
    expect(values('村级党建活动经费 18.84 万元，村综合服务站运转 55 万元')).toEqual([18.84, 55]);
    expect(values('主要用于1.站内局部路面硬化所需资金19.6万元；2新建有机肥循环利用实验大棚1座，所需资金80万元；3.实时数据管控系统所需资金113.4万元。'))
      .toEqual([19.6, 80, 113.4]);
    expect(values('印制宣传材料 5000 元，开展隐患排查 1.5 万元')).toEqual([0.5, 1.5]);
  });

  it('does not judge a single amount, or none', () => {
    expect(values('用于村级组织日常运转 55 万元')).toBeNull();
    expect(values('用于村级组织日常运转')).toBeNull();
  });

  it('does not judge a text that names a sub-part', () => {
    expect(values('村级组织经费 73.9 万元，其中党建活动 18.84 万元')).toBeNull();
    expect(values('人员经费 30 万元（含社保 10 万元），办公经费 5 万元')).toBeNull();
    expect(values('人员经费 30 万元，包括社保 10 万元')).toBeNull();
  });

  it('does not judge a text that gives a total, a subtotal or the sum of the others beside the parts', () => {
    expect(values('主要用于1.村两委一次性年终奖金10.5万元；9个村称职27.3万元，共计37.8万元；\n2.大学生村官称职0.7万元；3.离任干部53人22.2万元。')).toBeNull();
    expect(values('项目预算 73.9 万元，用于党建 18.84 万元、服务站 55 万元')).toBeNull();
    expect(values('财政资金 50 万元，用于宣传 30 万元，培训 20 万元')).toBeNull();
  });

  it('does not judge prices, last year\'s figures, estimates or bounds', () => {
    expect(values('村干部补贴每人每月 800 元，村官补贴 1000 元')).toBeNull();
    expect(values('补助标准为村书记 3 万元、村主任 2.5 万元')).toBeNull();
    expect(values('补助 766 元/人，管理费 2 万元')).toBeNull();
    expect(values('拆迁过渡费 503.6 万元，预计增加预算 36 万元；租地资金 5.1 万元')).toBeNull();
    expect(values('宣传约 5 万元，培训 3 万元')).toBeNull();
    expect(values('宣传不超过 5 万元，培训 3 万元')).toBeNull();
  });

  it('does not judge a list that names a use without an amount after the amounts begin', () => {
    expect(values('用于宣传 1.2 万元、排查 0.8 万元，以及其他日常支出')).toBeNull();
    expect(values('1.宣传1.2万元；2.排查0.8万元；3.日常办公支出')).toBeNull();
    expect(values('主要用于以下方面：宣传 1.2 万元，排查 0.8 万元')).toEqual([1.2, 0.8]);
  });
});
