import { describe, expect, it } from 'vitest';
import rule from '../../rules/value-copies-text.js';
import { form, lint } from '../helpers/lint.js';

const EFFECT = { level1: '效益指标', level2: '社会效益指标' };

describe('value-copies-text', () => {
  it('flags a value that repeats the description or the name, ignoring width, spaces and end punctuation', () => {
    const found = lint(rule, [form({ indicators: [
      { ...EFFECT, name: '精神文明建设效果', description: '提高新区精神文明', value: '提高新区精神文明' },
      { ...EFFECT, name: '村级组织对工作的满意程度', description: '村级组织各项工作规范化运转，经费使用合乎规定',
        value: '村级组织各项工作规范化运转, 经费使用合乎规定。' },
      { ...EFFECT, name: '完成率', description: '舆情信息监控数量', value: '完成率' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual([0, 1, 2].map((i) => `/forms/0/indicators/${i}/value`));
    expect(found[0].message).toContain('指标值「提高新区精神文明」照抄了绩效指标描述');
    expect(found[1].message).toContain('村级组织各项工作规范化运转, 经费使用合乎规定。」');
    expect(found[2].message).toContain('指标值「完成率」照抄了三级指标名称');
  });

  it('shortens a long copy in the message', () => {
    const long = '按照各管理处实际征地情况和养老补助费、生活补助费申报情况审核发放，保障被征地农民生活';
    const [d] = lint(rule, [form({ indicators: [{ ...EFFECT, name: '补助工作开展', description: long, value: long }] })]);
    expect(d.message).toContain(`「${long.slice(0, 30)}…」`);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ ...EFFECT, name: '社会影响力', value: '社会影响力' }] })], {}, 'en');
    expect(d.message).toMatch(/^The value "社会影响力" repeats the indicator's name/);
  });

  it('passes values that only share words with the text, numbers and grades', () => {
    expect(lint(rule, [form({ indicators: [
      { ...EFFECT, name: '提高服务水平', description: '提高服务水平', value: '不提高服务水平' },
      { ...EFFECT, name: '提升服务水平', description: '打造党群服务中心对服务水平的提升情况', value: '提高服务水平' },
      { name: '100%', description: '100%', value: '100%' },
      { name: '达到', value: '达到' },
      { ...EFFECT, name: '', description: '稳定', value: '稳定' },
      { ...EFFECT, name: '治安环境', description: '', value: '' },
    ] })])).toEqual([]);
  });
});
