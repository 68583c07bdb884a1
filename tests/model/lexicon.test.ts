import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUDGET_MANAGEMENT_TERMS, findBudgetManagementTerm, findVaguePhrase, isGenericIndicator } from '../../src/model/lexicon.js';
import { compact } from '../../src/model/text.js';

describe('findVaguePhrase', () => {
  it('finds the longest vague phrase a value is written in', () => {
    expect(findVaguePhrase('明显提高')).toBe('明显提高');
    expect(findVaguePhrase('有明显改善')).toBe('明显改善');
    expect(findVaguePhrase('不提高服务水平')).toBe('提高');
    expect(findVaguePhrase('根据实际情况完成救助工作')).toBe('根据实际情况');
    expect(findVaguePhrase('稳 定')).toBe('稳定');
  });

  it('takes extra phrases, and says null when none is found', () => {
    expect(findVaguePhrase('宣传推广新区区域品牌')).toBeNull();
    expect(findVaguePhrase('宣传推广新区区域品牌', ['宣传推广'])).toBe('宣传推广');
  });
});

describe('isGenericIndicator', () => {
  it('knows the indicators every project may carry, by text key', () => {
    expect(isGenericIndicator('群众满意度')).toBe(true);
    expect(isGenericIndicator('群众满意度（%）')).toBe(true);
    expect(isGenericIndicator('预算执行率')).toBe(true);
    expect(isGenericIndicator('完成及时率')).toBe(true);
    expect(isGenericIndicator('各项工作完成及时率')).toBe(false);
    expect(isGenericIndicator('外宣品发放使用量占生产量的比例')).toBe(false);
    expect(isGenericIndicator('带动消费情况', ['带动消费情况'])).toBe(true);
  });
});

describe('findBudgetManagementTerm', () => {
  // The search skips names holding no character a term starts with; the plain search over every term is the
  // reference it must agree with.
  const plain = (name: string) => {
    const key = compact(name).replace(/的/g, '');
    const found = BUDGET_MANAGEMENT_TERMS.filter((t) => key.includes(compact(t).replace(/的/g, '')));
    return found.length ? found.reduce((a, b) => (compact(b).replace(/的/g, '').length > compact(a).replace(/的/g, '').length ? b : a)) : null;
  };
  it('finds what the plain search over every term finds, in any name', () => {
    const piece = fc.oneof(fc.constantFrom(...BUDGET_MANAGEMENT_TERMS), fc.constantFrom('资', '金', '的', '到', '位', '率', '支出', '发放', '项目', '（%）', ' ', 'Ａ'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 5 }), (pieces) => {
      const name = pieces.join('');
      expect(findBudgetManagementTerm(name)).toBe(plain(name));
    }), { numRuns: 500 });
  });
});
