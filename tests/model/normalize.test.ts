import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../src/model/normalize.js';

const row = (value: unknown) => ({ level1: '产出指标', level2: '数量指标', name: '开展活动次数', value });
const valueOf = (value: unknown) => normalizeDocument({ forms: [{ indicators: [row(value)] }] }).forms[0].indicators[0].value;

describe('normalizeDocument', () => {
  it('fills the form kind, keeping one that is given', () => {
    const doc = normalizeDocument({ forms: [{ indicators: [] }, { kind: 'department', indicators: [] }, { kind: undefined, indicators: [] }] });
    expect(doc.forms.map((f) => f.kind)).toEqual(['project', 'department', 'project']);
  });

  it('parses a value written as text', () => {
    expect(valueOf('≥6次')).toEqual({ text: '≥6次', kind: 'quantitative', comparator: '≥', number: 6, upper: null, unit: '次' });
    expect(valueOf('较好')).toEqual({ text: '较好', kind: 'qualitative', grade: '较好' });
  });

  it('takes a bare number as its text, and null as a blank value', () => {
    expect(valueOf(95)).toMatchObject({ text: '95', kind: 'quantitative', number: 95, unit: null });
    expect(valueOf(null)).toEqual({ text: '', kind: 'empty' });
  });

  it('derives the parse of a full value object from its text, dropping what was given', () => {
    expect(valueOf({ text: '≥90%', kind: 'text', number: 1, unit: '次', grade: '好' }))
      .toEqual({ text: '≥90%', kind: 'quantitative', comparator: '≥', number: 90, upper: null, unit: '%' });
  });

  it('parses a long-term value as it parses the value, each on its own', () => {
    const doc = normalizeDocument({ forms: [{ indicators: [{ ...row('≥6次'), longTermValue: '≥30次' }, { ...row(undefined), longTermValue: 12 }] }] });
    const [first, second] = doc.forms[0].indicators;
    expect(first.longTermValue).toMatchObject({ text: '≥30次', kind: 'quantitative', number: 30, unit: '次' });
    expect(second).not.toHaveProperty('value');
    expect(second.longTermValue).toMatchObject({ text: '12', kind: 'quantitative', number: 12 });
  });

  it('leaves an indicator without a value without one', () => {
    const doc = normalizeDocument({ forms: [{ indicators: [{ level1: '产出指标', level2: '数量指标', name: '' }] }] });
    expect(doc.forms[0].indicators[0]).not.toHaveProperty('value');
  });

  it('keeps the document fields, drops the editor hint $schema, and leaves its input alone', () => {
    const raw = { $schema: './form.schema.json', unit: '东山街道', year: 2020, moneyUnit: '万元', forms: [{ name: '项目', indicators: [row('≥6次')] }] };
    const copy = structuredClone(raw);
    const doc = normalizeDocument(raw);
    expect(doc).toMatchObject({ unit: '东山街道', year: 2020, moneyUnit: '万元', forms: [{ name: '项目' }] });
    expect(doc).not.toHaveProperty('$schema');
    expect(raw).toEqual(copy);
  });
});
