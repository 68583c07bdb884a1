import { describe, expect, it } from 'vitest';
import { declaredUnit, sameUnit, unitKind } from '../../src/model/units.js';

describe('unitKind', () => {
  it('knows the units of each kind', () => {
    expect(unitKind('%')).toBe('percent');
    expect(unitKind('‰')).toBe('percent');
    expect(unitKind('人次')).toBe('count');
    expect(unitKind('篇')).toBe('count');
    expect(unitKind('个工作日')).toBe('duration');
    expect(unitKind('万元')).toBe('money');
    expect(unitKind('平方米')).toBe('measure');
    expect(unitKind('分')).toBe('score');
    expect(unitKind('月底')).toBe('date');
  });

  it('reads compound units by their parts', () => {
    expect(unitKind('元/人')).toBe('money');
    expect(unitKind('万元/社区')).toBe('money');
    expect(unitKind('次/年')).toBe('count');
    expect(unitKind('个社区')).toBe('count');
    expect(unitKind('万平方米')).toBe('measure');
    expect(unitKind('万人次')).toBe('count');
    expect(unitKind('家次')).toBe('count');
    expect(unitKind(' 人 ')).toBe('count');
    expect(unitKind('％')).toBe('percent');
    expect(unitKind('微克/立方米')).toBe('measure');
    expect(unitKind('mg/L')).toBe('measure');
  });

  it('reads class hours as time, and feasts as dates', () => {
    expect(unitKind('学时')).toBe('duration');
    expect(unitKind('课时')).toBe('duration');
    expect(unitKind('半年')).toBe('duration');
    expect(unitKind('岁')).toBe('duration');
    expect(unitKind('春节')).toBe('date');
  });

  it('reads what the value parser leaves of a date', () => {
    expect(unitKind('年12月底')).toBe('date');
    expect(unitKind('年12月31日')).toBe('date');
    expect(unitKind('月30日')).toBe('date');
    expect(unitKind('年底')).toBe('date');
    expect(unitKind('年')).toBe('duration');
  });

  it('says null for words written where a unit belongs', () => {
    for (const word of ['满意度', '慰问率', '完成率', '群众满意度', '新区环境稳定', '']) expect(unitKind(word), word).toBeNull();
  });
});

describe('declaredUnit and sameUnit', () => {
  it('reads the unit an indicator name declares in closing brackets', () => {
    expect(declaredUnit('制作与发放外宣品的数量（份）')).toBe('份');
    expect(declaredUnit('外宣品发放使用量占生产量的比例（%）')).toBe('%');
    expect(declaredUnit('补助个人（家庭）数量')).toBeNull();
    expect(declaredUnit('社区戒毒（康复）')).toBeNull();
    expect(declaredUnit('覆盖率')).toBeNull();
  });

  it('compares units as written', () => {
    expect(sameUnit('份', '篇')).toBe(false);
    expect(sameUnit('个', '个社区')).toBe(true);
    expect(sameUnit('％', '%')).toBe(true);
  });
});
