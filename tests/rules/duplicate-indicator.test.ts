import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-indicator.js';
import { form, lint } from '../helpers/lint.js';

describe('duplicate-indicator', () => {
  it('flags every later occurrence, naming the first occurrence\'s row', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '开展活动次数' }, { name: '覆盖率' }, { name: '开展活动次数' }, { level2: '社会效益指标', name: '开展活动次数' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/2/name', '/forms/0/indicators/3/name']);
    expect(found[0].message).toContain('指标「开展活动次数」与第 1 行重复');
  });

  it('matches by text key: width, spaces and edge punctuation do not matter', () => {
    const found = lint(rule, [form({ indicators: [{ name: '群众满意度（%）' }, { name: '群众 满意度。' }, { name: 'Ａ类项目数' }, { name: 'A类项目数' }] })]);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('与第 1 行重复'),
      expect.stringContaining('与第 3 行重复'),
    ]);
  });

  it('compares within a goal: the same indicator under two goals of a department-wide form is no duplicate', () => {
    const found = lint(rule, [form({ kind: 'department', indicators: [
      { goal: '目标2', name: '群众满意度' }, { goal: '目标3', name: '群众满意度' }, { goal: '目标3', name: '群众满意度' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/2/name']);
    expect(found[0].message).toContain('与第 2 行重复');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '覆盖率' }, { name: '覆盖率' }] })], {}, 'en');
    expect(d.message).toMatch(/^Indicator "覆盖率" repeats row 1/);
  });

  it('passes distinct names, blank names, and the same name in different forms', () => {
    expect(lint(rule, [form({ indicators: [{ name: '群众满意度' }, { name: '服务对象满意度' }, { name: '' }, { name: ' ' }] })])).toEqual([]);
    expect(lint(rule, [form({ indicators: [{ name: '覆盖率' }] }), form({ indicators: [{ name: '覆盖率' }] })])).toEqual([]);
  });
});

describe('duplicate-indicator: one result restated under another name', () => {
  const rows = (...r: Array<[string, string, string]>) => r.map(([level2, name, value]) => ({ level2, name, value }));

  it('flags a renamed row that aims at the same count as an earlier one', () => {
    const found = lint(rule, [form({ indicators: rows(
      ['数量指标', '城镇新增就业人数情况', '≥1500人'],
      ['社会效益指标', '新增就业人员情况', '≥1500人'],
    ) })]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ indicator: '新增就业人员情况', pointer: '/forms/0/indicators/1/name' });
    expect(found[0].message).toContain('第 1 行「城镇新增就业人数情况」');
  });

  it('passes the same number of different things, percentages, trivial targets and unrelated names', () => {
    expect(lint(rule, [form({ indicators: rows(
      ['数量指标', '为群众提供法律援助', '≥0件'],
      ['数量指标', '为群众提供法律咨询', '≥0件'],
      ['质量指标', '培训合格率', '≥95%'],
      ['质量指标', '培训出勤率', '≥95%'],
      ['数量指标', '新建停车位数量', '≥120个'],
      ['数量指标', '安装路灯数量', '≥120个'],
      ['数量指标', '建设服务中心大楼', '≥1栋'],
      ['质量指标', '服务中心大楼验收', '≥1栋'],
    ) })])).toEqual([]);
  });
});
