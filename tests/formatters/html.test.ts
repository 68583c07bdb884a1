import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { FileResult } from '../../src/engine/diagnostic.js';
import { html } from '../../src/formatters/html.js';
import { VERSION } from '../../src/version.js';
import { CONTEXT, ERROR, RESULTS } from './diagnostics.js';

const HOSTILE = '</script><img src=x onerror="alert(1)"><!--';

interface PageData {
  files: Array<{ path: string; department: string }>;
  findings: Array<{ file: number; rule: string; where: string; form: string | null; field?: string; row?: Record<string, string> }>;
  rules: Record<string, { title: string; why: string }>;
  ui: Record<string, string>;
}

/** The page's JSON data block, as the page's script reads it. */
function dataOf(page: string): PageData {
  const block = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(page);
  expect(block).not.toBeNull();
  return JSON.parse(block![1]) as PageData;
}

const hostile: FileResult[] = [{
  filePath: '/repo/forms/a.md', department: HOSTILE,
  diagnostics: [{ ...ERROR, ruleId: HOSTILE, form: HOSTILE, message: `消息 ${HOSTILE}`, indicator: HOSTILE,
    row: { level1: '产出指标', level2: HOSTILE, name: '群众满意度', value: `≥90 ${HOSTILE}` } }],
}];

describe('html formatter', () => {
  it('keeps text from the forms from breaking out of the data block or making markup', () => {
    const page = html(hostile, CONTEXT);
    // The page's own two scripts are the only ones closed; no element comes from the data.
    expect(page.match(/<\/script>/gi)).toHaveLength(2);
    expect(page).not.toMatch(/<img|<!--/i);
    const data = dataOf(page);
    expect(data.files[0].department).toBe(HOSTILE);
    expect(data.findings[0]).toMatchObject({ form: HOSTILE, rule: HOSTILE, row: { value: `≥90 ${HOSTILE}` } });
    // The department and rule reach the charts and tables escaped.
    expect(page).toContain('data-value="&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;!--"');
  });

  it('totals the findings by severity, department and rule', () => {
    const results: FileResult[] = [
      ...RESULTS,
      { filePath: '/repo/b.md', department: '  ', diagnostics: [ERROR] },
      { filePath: '/repo/other/c.md', department: '财政局', diagnostics: [ERROR, ERROR] },
    ];
    const page = html(results, CONTEXT);
    expect(page).toContain('<p class="summary">6 个文件，8 个问题：6 个错误，1 个警告，1 条提示</p>');
    expect(page).toContain(`ptlint ${VERSION}`);
    const data = dataOf(page);
    // A department from the forms; else the folder; else none stated.
    expect(data.files.map((f) => f.department)).toEqual(['forms', 'forms', 'forms', 'forms', '未注明', '财政局']);
    const departments = /<section class="card" id="by-department">.*?<\/section>/s.exec(page)![0];
    expect(departments).toContain('<tr><td>forms</td><td class="num">4</td><td class="num">3</td><td class="num">1</td><td class="num">1</td><td class="num">5</td></tr>');
    expect(departments).toContain('<tr><td>财政局</td><td class="num">1</td><td class="num">2</td><td class="num">0</td><td class="num">0</td><td class="num">2</td></tr>');
    expect(departments).toContain('<tr><td>未注明</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td></tr>');
    const rules = /<section class="card" id="by-rule">.*?<\/section>/s.exec(page)![0];
    expect(rules).toMatch(/<tr><td>value-unit-mismatch<\/td><td>[^<]+<\/td><td class="num">4<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">4<\/td><\/tr>/);
    const severities = /<section class="card" id="by-severity">.*?<\/section>/s.exec(page)![0];
    expect([...severities.matchAll(/<text class="count"[^>]*>(\d+)</g)].map((m) => m[1])).toEqual(['6', '1', '1']);
  });

  it('places each finding and names the cell of its row it is about', () => {
    const data = dataOf(html(RESULTS, CONTEXT));
    expect(data.findings.map((f) => f.where)).toEqual(['12:5', '13:7', '15:1', '表3 第5行第4列', '3:1']);
    expect(data.findings[0].field).toBe('value');
    const onName = dataOf(html([{ filePath: '/repo/a.md', diagnostics: [{ ...ERROR, pointer: '/forms/1/indicators/0/name' }] }], CONTEXT));
    expect(onName.findings[0].field).toBe('name');
    const onForm = dataOf(html([{ filePath: '/repo/a.md', diagnostics: [{ ...ERROR, pointer: '/forms/0/budget/total' }] }], CONTEXT));
    expect(onForm.findings[0].field).toBeUndefined();
  });

  it('explains each rule by its description and why it matters, and reader problems in its own words', () => {
    const { rules } = dataOf(html(RESULTS, CONTEXT));
    expect(rules['value-vague'].title).toBe(builtinRules().get('value-vague')!.meta.description['zh-CN']);
    expect(rules['value-vague'].why).toMatch(/^年终评价要拿实际完成情况与指标值比较/);
    expect(rules['parse-error'].title).toBe('文件无法识别为绩效目标表');
    expect(rules['parse-error'].why).not.toBe('');
  });

  it('speaks English when asked, Chinese otherwise', () => {
    const en = html(RESULTS, { ...CONTEXT, locale: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<title>Performance-target review report</title>');
    expect(en).toContain('<p class="summary">4 files, 5 problems: 3 errors, 1 warnings, 1 infos</p>');
    const { rules, ui } = dataOf(en);
    expect(rules['value-vague'].title).toBe(builtinRules().get('value-vague')!.meta.description.en);
    expect(rules['value-vague'].why).toMatch(/^The year-end evaluation compares/);
    expect(ui.error).toBe('Error');
    const zh = html(RESULTS, CONTEXT);
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<title>绩效目标表检查报告</title>');
  });

  it('says so when there is nothing to report', () => {
    expect(html([{ filePath: '/repo/forms/a.md', diagnostics: [] }], CONTEXT))
      .toContain('<p class="summary">✔ 未发现问题 · 1 个文件，0 个问题');
  });

  it('loads nothing: no address, no src or href, a policy that allows only its own style and script', () => {
    const page = html(RESULTS, CONTEXT);
    expect(page).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(page).not.toMatch(/\s(src|href|srcset|action)=/i);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1];
    expect(policy).toMatch(/^default-src 'none';/);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(policy).toContain(`style-src ${hash(/<style>(.*?)<\/style>/s.exec(page)![1])}`);
    expect(policy).toContain(`script-src ${hash(/<script>(.*?)<\/script>/s.exec(page)![1])}`);
  });
});
