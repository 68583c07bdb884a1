import { describe, expect, it } from 'vitest';
import { findVaguePhrase, isGenericIndicator } from '../../src/model/lexicon.js';

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
