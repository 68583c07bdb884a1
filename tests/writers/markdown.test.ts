import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownReader } from '../../src/readers/markdown.js';
import { toMarkdown } from '../../src/writers/markdown.js';
import { parseValue } from '../../src/model/value.js';
import type { Document, Form } from '../../src/model/types.js';

const ROOT = join(import.meta.dirname, '..', '..');

function read(text: string) {
  return markdownReader.read({ path: 'test.md', bytes: new TextEncoder().encode(text) });
}

/** The Document a text reads as, without the reader's bookkeeping. */
function documentOf(text: string): Document {
  const { document } = read(text);
  expect(document).not.toBeNull();
  const { source: _source, ...rest } = document!;
  return rest;
}

describe('toMarkdown: round trip', () => {
  it.each([
    'tests/fixtures/md/spec-example.md',
    'tests/fixtures/md/word-layout.md',
    'tests/fixtures/md/problems.md',
    'examples/clean/community-services.md',
    'examples/problems/street-office-2021.md',
  ])('read → toMarkdown → read gives the same Document: %s', (file) => {
    const first = documentOf(readFileSync(join(ROOT, file), 'utf8'));
    const written = toMarkdown(first);
    expect(documentOf(written)).toEqual(first);
    expect(read(written).problems).toEqual([]);
    // Writing is stable: a second pass writes the same text.
    expect(toMarkdown(documentOf(written))).toBe(written);
  });

  it('keeps a document built in memory, every field and column set', () => {
    const form: Form = {
      kind: 'project', title: '社区服务 #1', name: '社区服务经费', code: 'A-01', budget: { total: 12.5, fiscal: 10, other: null },
      purpose: null, schedule: { unit: 'amount', checkpoints: [{ month: 3, value: 3 }, { month: 6, value: null }, { month: 12, value: 12.5 }] },
      goals: '目标1：服务\n目标2：满意', fields: [{ label: '联系电话', value: '' }, { label: '实施单位', value: '某社区' }],
      columns: ['description', 'value', 'basis', 'weight', 'direction'],
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '服务人次', description: '全年服务的人次', value: parseValue('≥500人次'), basis: '台账', weight: 30, direction: '正向' },
        { level1: '产出指标', level2: '数量指标', name: '活动场次', description: '', value: parseValue(''), basis: '', weight: null, direction: null },
        { level1: '产出指标', level2: '质量指标', name: '', description: '', value: parseValue(''), basis: '', weight: null, direction: null },
        { level1: '产出指标', level2: '质量指标', name: '', description: '', value: parseValue(''), basis: '', weight: null, direction: null },
        { level1: '满意度指标', level2: '', name: '满意度', description: '', value: parseValue('≥90%'), basis: '问卷', weight: 0.5, direction: '反向' },
      ],
    };
    const department: Form = { kind: 'department', title: '部门整体绩效目标', schedule: null, columns: [], indicators: [
      { level1: '产出指标', level2: '数量指标', name: '重点工作数' },
    ] };
    const document: Document = { unit: '某街道', year: 2021, moneyUnit: '元', title: '2021年绩效目标', forms: [form, department] };
    expect(documentOf(toMarkdown(document))).toEqual(document);
  });

  it.each([
    ['a pipe', '甲 | 乙'],
    ['emphasis marks', '*重点* 与 _次要_ 与 **加粗**'],
    ['backslashes', '编号 \\#1 与 C:\\数据\\台账'],
    ['a closing #', '第 3 号 #'],
    ['a literal <br> and a comment', '第一行<br>仍是第一行 <!-- 不是注释 -->'],
    ['an entity', '收支 &amp; 结余'],
    ['link and code syntax', '[链接](http://example.com) 与 `代码` 与 ~~删除~~'],
    ['line breaks', '1、第一项\n2、第二项\n3、第三项'],
    ['a URL and an address', 'www.example.com 或 someone@example.com'],
  ])('keeps text with %s', (_, text) => {
    const document: Document = { forms: [{ kind: 'project', title: text.replace(/\n/g, ' '), name: text, purpose: text,
      columns: ['description'], indicators: [{ level1: '产出指标', level2: '数量指标', name: text, description: text }] }] };
    expect(documentOf(toMarkdown(document))).toEqual(document);
  });
});

describe('toMarkdown: the text it writes', () => {
  const spec = readFileSync(join(ROOT, 'tests/fixtures/md/spec-example.md'), 'utf8');

  it('writes the convention: front matter, title, heading, header table, indicator table', () => {
    // The example of the convention, amounts as numbers.
    expect(toMarkdown(documentOf(spec))).toBe(spec.replace(/\| 2\.00 \|/g, '| 2 |'));
  });

  it('writes only the front matter keys that are set, and no front matter without one', () => {
    const md = toMarkdown({ year: 2021, forms: documentOf(spec).forms });
    expect(md.startsWith('---\nyear: 2021\n---\n\n## 安全生产防控经费\n')).toBe(true);
    expect(toMarkdown({ forms: documentOf(spec).forms }).startsWith('## 安全生产防控经费\n')).toBe(true);
  });

  it('writes 一级/二级 only where they change', () => {
    const form: Form = { kind: 'project', title: 'x', indicators: [
      { level1: '产出指标', level2: '数量指标', name: 'a' },
      { level1: '产出指标', level2: '数量指标', name: 'b' },
      { level1: '产出指标', level2: '质量指标', name: 'c' },
      { level1: '效益指标', level2: '质量指标', name: 'd' },
    ] };
    const rows = toMarkdown({ forms: [form] }).trimEnd().split('\n').slice(-4);
    expect(rows).toEqual(['| 产出指标 | 数量指标 | a |', '|  |  | b |', '|  | 质量指标 | c |', '| 效益指标 | 质量指标 | d |']);
  });

  it('labels the spending plan by its unit, in the document money unit', () => {
    const form = (schedule: Form['schedule']): Form => ({ kind: 'project', title: 'x', schedule, indicators: [] });
    const plan = { checkpoints: [{ month: 3, value: 25 }, { month: 12, value: 100 }] };
    expect(toMarkdown({ forms: [form({ unit: '%', ...plan })] })).toContain('| 资金支出计划（%） | 3月底 25；12月底 100 |');
    expect(toMarkdown({ moneyUnit: '元', forms: [form({ unit: 'amount', ...plan })] })).toContain('| 资金支出计划（元） | 3月底 25；12月底 100 |');
    expect(toMarkdown({ forms: [form(null)] })).toContain('| 资金支出计划 |  |');
  });

  it('escapes pipes and writes line breaks as <br> in cells', () => {
    const md = toMarkdown({ forms: [{ kind: 'project', title: 'x', purpose: 'a|b\nc', indicators: [] }] });
    expect(md).toContain('| 资金用途 | a\\|b<br>c |');
  });
});
