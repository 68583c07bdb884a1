import { describe, expect, it } from 'vitest';
import rule from '../../rules/copied-indicator.js';
import type { Form } from '../../src/model/types.js';
import { doc, form, lint } from '../helpers/lint.js';

const project = (name: string, ...indicators: string[]): Form => form({ name, indicators: indicators.map((n) => ({ name: n })) });
const COPY = '外宣品发放使用量占生产量的比例（%）';

describe('copied-indicator', () => {
  it('flags every form holding a specific indicator found in other forms', () => {
    const found = lint(rule, [
      project('基层党建工作经费', COPY, '党员教育培训人次'),
      project('社区戒毒（康复）工作经费', '帮扶康复人员人数', COPY),
      project('生态环境保护工作经费', '外宣品发放使用量占生产量的比例'),
      project('安全生产防控经费', '开展外宣活动数量'),
    ]);
    expect(found.map((d) => [d.form, d.pointer])).toEqual([
      ['基层党建工作经费', '/forms/0/indicators/0/name'],
      ['社区戒毒（康复）工作经费', '/forms/1/indicators/1/name'],
      ['生态环境保护工作经费', '/forms/2/indicators/0/name'],
    ]);
    expect(found[0].message).toContain(`指标「${COPY}」在其他 2 张表中逐字出现（如「社区戒毒（康复）工作经费」、「生态环境保护工作经费」）`);
  });

  it('names one other form, and the file when it is another', () => {
    const found = lint(rule, [
      doc([project('城镇建设工作经费', '完成安排的各项工作数量'), project('城镇社区工作经费', '支付社区工作经费的数量')]),
      doc([project('社会事务工作经费', '完成安排的各项工作数量'), project('社区服务经费', '服务居民人次')]),
    ]);
    expect(found.map((d) => d.form)).toEqual(['城镇建设工作经费', '社会事务工作经费']);
    expect(found[0].message).toContain('与「社会事务工作经费」（doc1.yaml）中的指标逐字相同');
    expect(found[1].message).toContain('与「城镇建设工作经费」（doc0.yaml）中的指标逐字相同');
  });

  it('takes a name found in another file for a copy only with its wording: units of one policy name alike', () => {
    const row = (name: string, description: string) => form({ name: `${name}项目`, indicators: [{ name: '村级办公经费补助标准', description }] });
    const found = lint(rule, [
      doc([row('甲镇', '每村每年办公经费补助'), row('甲镇二', '村级组织办公经费')]),
      doc([row('乙镇', '每个行政村全年办公经费'), row('乙镇二', '每村每年办公经费补助')]),
    ]);
    // Within a file the name alone shows the copy; across files the description must match too.
    expect(found.map((d) => [d.form, d.message.match(/（如(.*)）|与(.*)中/)?.slice(1).find(Boolean)])).toEqual([
      ['甲镇项目', '「甲镇二项目」、「乙镇二项目」（doc1.yaml）'],
      ['甲镇二项目', '「甲镇项目」'],
      ['乙镇项目', '「乙镇二项目」'],
      ['乙镇二项目', '「甲镇项目」（doc0.yaml）、「乙镇项目」'],
    ]);
    expect(lint(rule, [doc([row('甲镇', '每村每年办公经费补助')]), doc([row('乙镇', '每个行政村全年办公经费')])])).toEqual([]);
  });

  it('does not count generic indicators, short names, blanks or a repeat within one form', () => {
    expect(lint(rule, [
      project('甲项目', '群众满意度', '预算执行率', '完成及时率', '资金到位率', '工程量', '', '培训教师人次', '培训教师人次', '专项资金拨付到位率'),
      project('乙项目', '群众满意度', '预算执行率', '完成及时率', '资金到位率', '工程量', '', '专项资金拨付到位率'),
      project('丙项目', '服务对象满意度（%）', '群众满意度'),
    ])).toEqual([]);
  });

  it('does not count a document\'s template rows: names present in every form of it', () => {
    const template = ['服务对象需求满足度调查', '资金按时足额发放'];
    expect(lint(rule, [doc([
      project('村级组织经费', ...template, '村级活动开展次数'),
      project('社区经费', ...template, '社区服务中心建设面积'),
      project('补偿安置费', ...template, '拆迁户过渡费发放户数'),
    ])])).toEqual([]);
    // Present in two forms of three, the same rows are copies.
    const found = lint(rule, [doc([
      project('村级组织经费', ...template), project('社区经费', ...template), project('补偿安置费', '拆迁户过渡费发放户数'),
    ])]);
    expect(found).toHaveLength(4);
  });

  it('takes a template only from documents with `templateForms` project forms or more', () => {
    // Two forms sharing a row are not yet a template: that is a copy (default templateForms 3).
    const two = [project('村级组织经费', '服务对象需求满足度调查'), project('社区经费', '服务对象需求满足度调查')];
    expect(lint(rule, two)).toHaveLength(2);
    expect(lint(rule, two, { templateForms: 2 })).toEqual([]);
  });

  it('counts a short name as a copy only when its description was copied with it (`minLength`)', () => {
    const rows = (...r: Array<[string, string]>) => r.map(([name, description]) => ({ name, description }));
    const forms = [
      form({ name: '粪污提升改造费', indicators: rows(['工程量', '完成改造工程的数量'], ['发放人数', '全年发放考核奖的人数']) }),
      form({ name: '停车场建设', indicators: rows(['工程量', '完成改造工程的数量'], ['发放人数', '全年领取补贴的人数']) }),
      form({ name: '道路养护经费', indicators: rows(['养护道路长度', '全年养护的道路长度']) }),
    ];
    expect(lint(rule, forms).map((d) => `${d.form}:${d.indicator}`)).toEqual(['粪污提升改造费:工程量', '停车场建设:工程量']);
    // With a lower threshold, a four-character name is specific enough on its own.
    expect(lint(rule, forms, { minLength: 4 }).map((d) => d.indicator).sort()).toEqual(['发放人数', '发放人数', '工程量', '工程量']);
    expect(lint(rule, forms, { generic: ['工程量'] })).toEqual([]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [project('甲项目', '带动周边餐饮消费情况'), project('乙项目', '带动周边餐饮消费情况'), project('丙项目', '道路长度')], {}, 'en');
    expect(d.message).toMatch(/^Indicator "带动周边餐饮消费情况" is word for word the same as in "乙项目": a specific indicator/);
  });

  it('pairs up copies across a run of 10,000 forms', () => {
    const forms = Array.from({ length: 10000 }, (_, i) => project(`项目${i}`, `本项目第${i}项专属指标`, '群众满意度', `共用指标第${i % 5000}项内容`));
    const found = lint(rule, [doc(forms)]);
    expect(found).toHaveLength(10000);
    expect(found.every((d) => d.pointer?.endsWith('/indicators/2/name'))).toBe(true);
  });
});
