import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asksYesNo, headMeasure, KEYWORDS, measureOf, measureOfText, mentionsMeasure, readMeasure, UNITS_FOR } from '../../src/model/measure.js';

const row = (name: string, description = '', level2 = '数量指标') => ({ name, description, level2 });

describe('measureOfText', () => {
  it('takes the keyword that ends last: the head noun', () => {
    expect(measureOfText('群众满意度')).toBe('satisfaction');
    expect(measureOfText('资金到位率')).toBe('rate');
    expect(measureOfText('发放工资人数')).toBe('count');
    expect(measureOfText('支付各项工作费用')).toBe('money');
    expect(measureOfText('补助发放及时性')).toBe('time');
    expect(measureOfText('各项工作完成及时率')).toBe('rate');
    expect(measureOfText('支付社区工作经费的数量')).toBe('count');
    expect(measureOfText('外宣品发放使用量占生产量的比例（%）')).toBe('rate');
    expect(measureOfText('是否按合同完工')).toBe('yesno');
  });

  it('reads 数 after a noun as a count, but not in 如数, 指数 or 数据', () => {
    expect(measureOfText('法律援助案件受理数')).toBe('count');
    expect(measureOfText('如数完成工程量')).toBeNull();
    expect(measureOfText('空气质量指数')).toBeNull();
    expect(measureOfText('数据质量')).toBeNull();
    expect(measureOfText('全民健身成本控制数')).toBe('money');
  });

  it('reads a count of days or hours as time, and an area or a length as a quantity', () => {
    expect(measureOfText('空气质量优良天数')).toBe('time');
    expect(measureOfText('集中培训天数')).toBe('time');
    expect(measureOfText('培训课时数')).toBe('time');
    expect(measureOfText('建成区绿化覆盖面积')).toBe('count');
    expect(measureOfText('道路维修长度')).toBe('count');
    expect(measureOfText('绿化覆盖率')).toBe('rate');
  });

  it('reads a charge closing a word as money, not 浪费, 免费 or a 费 inside a word', () => {
    expect(measureOfText('支付物业费')).toBe('money');
    expect(measureOfText('办公用房租金')).toBe('money');
    expect(measureOfText('采暖费、保洁费')).toBe('money');
    expect(measureOfText('杜绝浪费')).toBeNull();
    expect(measureOfText('免费')).toBeNull();
    expect(measureOfText('物业费收缴率')).toBe('rate');
    expect(measureOfText('离休干部医药费报销')).toBeNull();
  });

  it('reads money in standards and spending, not in 发放标准 alone', () => {
    expect(measureOfText('人均工资标准')).toBe('money');
    expect(measureOfText('人均财政投入水平')).toBe('money');
    expect(measureOfText('发放标准')).toBeNull();
    expect(measureOfText('按规定时间发放经费并按合同日期完工')).toBe('time');
  });

  it('says null when nothing is named', () => {
    expect(measureOfText('家庭发展能力')).toBeNull();
    expect(measureOfText('')).toBeNull();
    expect(measureOfText(null)).toBeNull();
  });
});

describe('readMeasure and measureOf', () => {
  it('reads the name, then the description, then the category, and says where', () => {
    expect(readMeasure(row('群众满意度'))).toEqual({ measure: 'satisfaction', from: 'name' });
    expect(readMeasure(row('社会影响力', '得到广大受众的充分认可比例'))).toEqual({ measure: 'rate', from: 'description' });
    expect(readMeasure(row('播发宣传稿件', '在重要媒体刊发稿件', '服务对象满意度指标'))).toEqual({ measure: 'satisfaction', from: 'category' });
    expect(readMeasure(row('项目建设', '', '成本指标'))).toEqual({ measure: 'money', from: 'category' });
    expect(readMeasure(row('家庭发展能力', '', '社会效益指标'))).toBeNull();
    expect(measureOf(row('家庭发展能力', '', '成本指标'))).toBe('money');
  });

  it('knows a yes/no question in the name or the description', () => {
    expect(asksYesNo({ name: '工资发放时间', description: '是否按时发放工资' })).toBe(true);
    expect(asksYesNo({ name: '完工标准', description: '符合行业标准及质量检测' })).toBe(false);
  });

  it('gives the unit kinds each measure takes', () => {
    expect(UNITS_FOR.rate).toEqual(['percent']);
    expect(UNITS_FOR.count).toContain('count');
    expect(UNITS_FOR.time).toEqual(expect.arrayContaining(['date', 'duration', 'percent']));
  });
});

describe('satisfaction words, headMeasure and mentionsMeasure', () => {
  it('reads 好评率 and 认可度 as satisfaction: they ask the people served', () => {
    expect(measureOfText('服务对象好评率')).toBe('satisfaction');
    expect(measureOfText('群众认可度')).toBe('satisfaction');
    expect(measureOfText('辖区群众安全感')).toBe('satisfaction');
    expect(measureOfText('好评数量')).toBe('count');
  });

  it('reads a head measure only where a keyword closes the text', () => {
    expect(headMeasure('矛盾纠纷排查率')).toBe('rate');
    expect(headMeasure('群众满意数量占总数的比例。')).toBe('rate');
    expect(headMeasure('服务对象满意度（%）')).toBe('satisfaction');
    expect(headMeasure('村级组织各项工作规范化运转，经费使用合乎规定')).toBeNull();
    expect(headMeasure('')).toBeNull();
    expect(headMeasure('口碑', [['口碑', 'satisfaction']])).toBe('satisfaction');
  });

  it('finds a measure named anywhere in a text, configured words too', () => {
    expect(mentionsMeasure('群众满意数量占总数的比例', 'satisfaction')).toBe(true);
    expect(mentionsMeasure('矛盾纠纷排查率', 'satisfaction')).toBe(false);
    expect(mentionsMeasure('群众口碑', 'satisfaction', [['口碑', 'satisfaction']])).toBe(true);
    expect(mentionsMeasure(undefined, 'rate')).toBe(false);
  });

  it('reads only satisfaction and money from a category, not social costs', () => {
    expect(readMeasure(row('项目建设', '', '经济成本指标'))).toEqual({ measure: 'money', from: 'category' });
    expect(readMeasure(row('生态环境影响', '', '生态环境成本指标'))).toBeNull();
  });
});

describe('the keyword search, against every pattern tried on every text', () => {
  // The search tries a measure's pattern only on texts holding a character its words start with: it must find
  // what trying every pattern finds (the keyword that ends last; the first listed where two end together).
  const spec = (text: string): string | null => {
    const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/\((%|‰)\)$/, '');
    let best: { end: number; measure: string } | null = null;
    for (const { re, measure } of KEYWORDS) {
      for (const m of t.matchAll(new RegExp(re.source, 'gu'))) {
        const end = m.index + m[0].length;
        if (!best || end > best.end) best = { end, measure };
      }
    }
    return best?.measure ?? null;
  };
  const words = KEYWORDS.flatMap(({ re }) => re.source.split('|').filter((w) => !/[()[\]?]/.test(w)));
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('数', '指数', '如数', '数据', '工资标准', '群众', '项目', '（%）', ' ', '的'));
  it('finds the measure every pattern tried finds', () => {
    expect(words.length).toBeGreaterThan(60);
    fc.assert(fc.property(fc.array(piece, { maxLength: 5 }), (pieces) => {
      const text = pieces.join('');
      expect(measureOfText(text) ?? null).toBe(text ? spec(text) : null);
    }), { numRuns: 3000 });
  });
});
