import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { CONTEXT, RESULTS } from './diagnostics.js';

describe('github formatter', () => {
  it('writes a workflow command per finding: error, warning, notice; with the range and the rule as title', () => {
    const lines = github(RESULTS, CONTEXT).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=forms/a.md,line=12,col=5,endLine=12,endColumn=11,title=ptlint(value-unit-mismatch)::指标值「≥90满意度」中的「满意度」不是计量单位',
      '::warning file=forms/a.md,line=13,col=7,endLine=14,endColumn=2,title=ptlint(value-vague)::50%25 done, a <b> & "c", then:%0Anext line%0D%0Aend',
      '::notice file=forms/a.md,line=15,col=1,endLine=15,endColumn=4,title=ptlint(value-no-operator)::指标值「90%25」没有比较符号',
      '::error file=forms/旧表.docx,title=ptlint(basis-empty)::表3 第5行第4列: 没有填写指标值确定依据',
      '::error file=forms/broken.yaml,line=3,col=1,endLine=3,endColumn=2,title=ptlint(parse-error)::找不到表单',
    ]);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('a%b\r\nc: d, e')).toBe('a%25b%0D%0Ac: d, e');
    expect(escapeProperty('dir,x/a:b%.md')).toBe('dir%2Cx/a%3Ab%25.md');
    const out = github([{ filePath: '/repo/a,b:c.md', diagnostics: [RESULTS[0].diagnostics[0]] }], CONTEXT);
    expect(out).toContain('file=a%2Cb%3Ac.md,');
  });

  it('prints nothing for clean files', () => {
    expect(github([{ filePath: '/repo/a.md', diagnostics: [] }], CONTEXT)).toBe('');
  });
});
