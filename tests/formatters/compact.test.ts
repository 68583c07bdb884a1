import { describe, expect, it } from 'vitest';
import { compact } from '../../src/formatters/compact.js';
import { CONTEXT, RESULTS } from './diagnostics.js';

describe('compact formatter', () => {
  it('prints one line per finding: file:line:col: severity message [rule], a place for Word and Excel', () => {
    expect(compact(RESULTS, CONTEXT).split('\n')).toEqual([
      'forms/a.md:12:5: error 指标值「≥90满意度」中的「满意度」不是计量单位 [value-unit-mismatch]',
      'forms/a.md:13:7: warning 50% done, a <b> & "c", then: next line end [value-vague]',
      'forms/a.md:15:1: info 指标值「90%」没有比较符号 [value-no-operator]',
      'forms/旧表.docx:表3 第5行第4列: error 没有填写指标值确定依据 [basis-empty]',
      'forms/broken.yaml:3:1: error 找不到表单 [parse-error]',
      '',
    ]);
  });

  it('prints nothing for clean files', () => {
    expect(compact([{ filePath: '/repo/a.md', diagnostics: [] }], CONTEXT)).toBe('');
  });
});
