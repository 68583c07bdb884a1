import { describe, expect, it } from 'vitest';
import rule from '../../rules/personal-info.js';
import { findPersonalData, isValidIdNumber } from '../../src/model/personal-info.js';
import { doc, form, lint } from '../helpers/lint.js';

// Made-up numbers: an 18-character ID with a valid check character, and one with the wrong one.
const ID = '110101199003074573';
const ID_X = '11010519491231002X';

describe('findPersonalData', () => {
  it('finds mobile numbers however grouped, masked', () => {
    for (const text of ['18216015913', '182 1601 5913', '182-1601-5913', '联系电话：18216015913。', '+86 18216015913', '手机18216015913（王某）']) {
      expect(findPersonalData(text), text).toEqual([{ kind: 'mobile', masked: '182****5913' }]);
    }
  });

  it('finds ID numbers with a valid check character and birth date, masked', () => {
    expect(findPersonalData(`身份证号${ID}`)).toEqual([{ kind: 'id', masked: '1101**********4573' }]);
    expect(findPersonalData(ID_X.toLowerCase())).toEqual([{ kind: 'id', masked: '1101**********002X' }]);
    expect(isValidIdNumber(ID)).toBe(true);
    expect(isValidIdNumber('110101199003074574')).toBe(false);
    expect(findPersonalData('110101199003074574')).toEqual([]);
    expect(findPersonalData('110101199013074570')).toEqual([]); // month 13
  });

  it('passes landlines, project codes, amounts and long digit strings', () => {
    for (const text of ['0335-1234567', '（0335）1234567', '12345', '4008123123', '13012323P00000210777A', '442-0801-JBN-3C4M',
      '13800000000元', '13800000000.50', '138000000001', '20211382341231', 'ab18216015913', '1-18216015913', '2021年12月底前',
      '合计 135 2021 2022 2023', '8 150 1000 2000']) {
      expect(findPersonalData(text), text).toEqual([]);
    }
  });

  it('reads several in order', () => {
    expect(findPersonalData(`电话 0335-1234567，手机 13912345678，身份证 ${ID}`).map((d) => d.kind)).toEqual(['mobile', 'id']);
    expect(findPersonalData('电话：0335-1234567 13912345678')).toEqual([{ kind: 'mobile', masked: '139****5678' }]);
  });
});

describe('personal-info', () => {
  it('flags a mobile number in a header field, masked', () => {
    const found = lint(rule, [form({ kind: 'department', fields: [{ label: '联系人', value: '王某' }, { label: '联系电话', value: '18216015913' }] })]);
    expect(found).toHaveLength(1);
    expect(found[0].pointer).toBe('/forms/0/fields/1/value');
    expect(found[0].message).toContain('含有手机号码 182****5913');
    expect(found[0].message).not.toContain('18216015913');
  });

  it('flags numbers anywhere: goals, purpose, indicator cells, the document title', () => {
    const found = lint(rule, [doc([form({
      goals: '联系人王某 182 1601 5913', purpose: `补助对象身份证号${ID}`,
      indicators: [{ name: '培训人数', description: '报名电话 182-1601-5913', value: '≥100人', basis: '年度计划' }],
    })], { title: '绩效目标表（联系人手机13912345678）' })]);
    expect(found.map((d) => d.pointer)).toEqual(['/title', '/forms/0/purpose', '/forms/0/goals', '/forms/0/indicators/0/description']);
    expect(found[1].message).toContain('含有身份证号码 1101**********4573');
    expect(found.every((d) => !/\d{7}/.test(d.message))).toBe(true);
  });

  it('passes landlines, project codes and amounts', () => {
    expect(lint(rule, [form({
      code: '13012323P00000210777A', purpose: '预算13800000000元，用于护路', goals: '咨询电话 0335-1234567',
      fields: [{ label: '联系电话', value: '0335-1234567' }, { label: '项目编码', value: '442-0801-JBN-3C4M' }],
      indicators: [{ name: '培训人数', value: '≥100人', basis: '文件编号 20211382341231' }],
    })])).toEqual([]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ fields: [{ label: '联系电话', value: '18216015913' }] })], {}, 'en');
    expect(d.message).toMatch(/^Contains a mobile number, 182\*\*\*\*5913/);
  });
});
