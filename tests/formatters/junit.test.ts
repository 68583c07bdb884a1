import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, junit } from '../../src/formatters/junit.js';
import { CONTEXT, RESULTS } from './diagnostics.js';

/** The attributes of every element named `name`, in order (the output is written one element per line). */
function elements(xml: string, name: string): Array<Record<string, string>> {
  return [...xml.matchAll(new RegExp(`<${name}((?:\\s+\\w+="[^"]*")*)\\s*/?>`, 'g'))]
    .map((m) => Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

describe('junit formatter', () => {
  const xml = junit(RESULTS, CONTEXT);

  it('has a test suite per file and a failing test case per finding; reader problems are errors', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(elements(xml, 'testsuites')).toEqual([{ name: 'ptlint', tests: '6', failures: '4', errors: '1', time: '0' }]);
    expect(elements(xml, 'testsuite').map((s) => [s.name, s.tests, s.failures, s.errors])).toEqual([
      ['forms/a.md', '3', '3', '0'], ['forms/旧表.docx', '1', '1', '0'], ['forms/broken.yaml', '1', '0', '1'], ['forms/clean.md', '1', '0', '0'],
    ]);
    expect(elements(xml, 'testcase').map((c) => c.name)).toEqual([
      'value-unit-mismatch 12:5', 'value-vague 13:7', 'value-no-operator 15:1', 'basis-empty 表3 第5行第4列', 'parse-error 3:1', 'ptlint',
    ]);
    expect(elements(xml, 'failure').map((f) => f.type)).toEqual(['value-unit-mismatch', 'value-vague', 'value-no-operator', 'basis-empty']);
    expect(elements(xml, 'error').map((f) => f.type)).toEqual(['parse-error']);
  });

  it('gives a rule that failed on a file as an error: the file was not wholly checked', () => {
    const failed = junit([{ filePath: '/work/proj/forms/a.md', diagnostics: [{
      ruleId: 'rule-error', severity: 'error', message: 'value-vague: boom', loc: undefined,
      form: null, indicator: null, category: null, pointer: null,
    }] }], CONTEXT);
    expect(elements(failed, 'error').map((e) => e.type)).toEqual(['rule-error']);
    expect(elements(failed, 'failure')).toEqual([]);
  });

  it('passes a clean file as one test case without a failure', () => {
    expect(xml).toContain('<testcase classname="forms/clean.md" name="ptlint" file="forms/clean.md" time="0"/>');
  });

  it('escapes XML characters, keeps line breaks in attributes and drops characters XML cannot carry', () => {
    expect(xml).toContain('message="50% done, a &lt;b&gt; &amp; &quot;c&quot;, then:&#10;next line&#13;&#10;end"');
    expect(xml).toContain('>forms/a.md:13:7: warning 50% done, a &lt;b&gt; &amp; "c", then:\nnext line\r\nend [value-vague]\n安全生产防控经费 / 数量指标 / 开展宣传活动次数</failure>');
    expect(escapeText('a\u0001b\uD800c<')).toBe('abc&lt;');
    expect(escapeAttribute("it's\t")).toBe('it&apos;s&#9;');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
  });
});
