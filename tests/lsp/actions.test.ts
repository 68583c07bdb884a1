import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, disableFileEdit, disableLineEdit } from '../../src/lsp/actions.js';
import { toLspDiagnostic } from '../../src/lsp/convert.js';
import type { Diagnostic as PtDiagnostic } from '../../src/engine/diagnostic.js';

const doc = (text: string, uri = 'file:///f.md') => TextDocument.create(uri, 'markdown', 1, text);
const apply = (text: string, edit: ReturnType<typeof disableLineEdit>) => TextDocument.applyEdits(doc(text), [edit]);

describe('disable directives', () => {
  it('puts a line comment in the last cell of a table row, else at the line end', () => {
    expect(apply('| a | b |\n', disableLineEdit(doc('| a | b |\n'), 0, 'r', 'markdown'))).toBe('| a | b <!-- ptlint-disable-line r --> |\n');
    expect(apply('| a | b |  \n', disableLineEdit(doc('| a | b |  \n'), 0, 'r', 'markdown'))).toBe('| a | b <!-- ptlint-disable-line r --> |  \n');
    expect(apply('标题：某某\n', disableLineEdit(doc('标题：某某\n'), 0, 'r', 'markdown'))).toBe('标题：某某 <!-- ptlint-disable-line r -->\n');
    expect(apply('a: 1\nb: 2\n', disableLineEdit(doc('a: 1\nb: 2\n'), 1, 'r', 'yaml'))).toBe('a: 1\nb: 2  # ptlint-disable-line r\n');
  });

  it('puts a file directive after Markdown front matter, and on the first line of YAML', () => {
    const md = '---\nyear: 2021\n---\n\n# 表\n';
    expect(TextDocument.applyEdits(doc(md), [disableFileEdit(doc(md), 'r', 'markdown')])).toBe('---\nyear: 2021\n---\n<!-- ptlint-disable r -->\n\n# 表\n');
    expect(TextDocument.applyEdits(doc('a: 1\n'), [disableFileEdit(doc('a: 1\n'), 'r', 'yaml')])).toBe('# ptlint-disable r\na: 1\n');
  });

  it('offers no directive in JSON and nothing for others\' diagnostics', () => {
    const d: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm', source: 'ptlint', code: 'r' };
    expect(codeActions(doc('{}', 'file:///f.json'), '/f.json', [d], 'en')).toEqual([]);
    expect(codeActions(doc('x'), '/f.md', [{ ...d, source: 'other' }], 'en')).toEqual([]);
    expect(codeActions(doc('x'), '/f.md', [d], 'zh-CN').map((a) => a.title)).toEqual(['在此行停用 r', '在此文件中停用 r']);
  });

  it('offers no directive for a code no rule has, nor on a line the document no longer has', () => {
    const d: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm', source: 'ptlint', code: 'r' };
    expect(codeActions(doc('x'), '/f.md', [{ ...d, code: 'a"b -->' }], 'en')).toEqual([]);
    expect(codeActions(doc('x'), '/f.md', [{ ...d, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } } }], 'en')).toEqual([]);
    expect(codeActions(doc('x'), '/f.md', [{ ...d, code: 'local/no-todo' }], 'en')).toHaveLength(2);
  });
});

describe('toLspDiagnostic', () => {
  const base: PtDiagnostic = { ruleId: 'value-empty', severity: 'warning', message: '指标值未填写', form: null, indicator: null, category: null, pointer: null,
    loc: { line: 3, column: 5, endLine: 3, endColumn: 9, place: '表1 第3行第5列' } };

  it('turns 1-based positions into 0-based ones for text forms', () => {
    expect(toLspDiagnostic(base, false)).toMatchObject({ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 8 } }, severity: 2, message: '指标值未填写' });
  });

  it('puts a binary form\'s finding on line 0 with its place in the message', () => {
    expect(toLspDiagnostic(base, true)).toMatchObject({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: '表1 第3行第5列：指标值未填写' });
  });

  it('links rules to their page, and carries a fix for code actions', () => {
    expect(toLspDiagnostic({ ...base, ruleId: 'parse-error' }, false).codeDescription).toBeUndefined();
    expect(toLspDiagnostic({ ...base, fix: { range: [1, 2], text: 'x' } }, false, 7).data).toEqual({ fix: { range: [1, 2], text: 'x' }, version: 7 });
  });
});
