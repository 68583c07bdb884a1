// Code actions on a ptlint diagnostic: apply its fix, or turn the rule off for the line or for the file with an
// inline directive in the file's own comment syntax (Markdown <!-- -->, YAML #; JSON has no comments).
import { extname } from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine/i18n.js';
import type { DiagnosticData } from './convert.js';

type Syntax = 'markdown' | 'yaml' | null;

function syntaxOf(path: string): Syntax {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : ext === '.yaml' || ext === '.yml' ? 'yaml' : null;
}

const TITLES = {
  fix: { 'zh-CN': '修复：{rule}', en: 'Fix: {rule}' },
  line: { 'zh-CN': '在此行停用 {rule}', en: 'Disable {rule} for this line' },
  file: { 'zh-CN': '在此文件中停用 {rule}', en: 'Disable {rule} in this file' },
} as const;

const title = (kind: keyof typeof TITLES, rule: string, locale: Locale) => TITLES[kind][locale].replace('{rule}', rule);

/** The code actions for the ptlint diagnostics among `diagnostics`, in a document at `path`. */
export function codeActions(doc: TextDocument, path: string, diagnostics: LspDiagnostic[], locale: Locale): CodeAction[] {
  const out: CodeAction[] = [];
  const syntax = syntaxOf(path);
  const seenFile = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== 'ptlint' || typeof d.code !== 'string') continue;
    // A line the document no longer has (it was edited since): the next lint gives the diagnostic anew.
    const line = d.range?.start?.line;
    if (!Number.isInteger(line) || line < 0 || line >= doc.lineCount) continue;
    const rule = d.code;
    const edit = (edits: TextEdit[]) => ({ changes: { [doc.uri]: edits } });
    const data = d.data as DiagnosticData | undefined;
    // A fix's offsets hold for the text it was worked out on: an edit since (a line added above) would move it.
    const fix = data?.version === doc.version ? data.fix : undefined;
    if (fix) {
      const range = { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) };
      out.push({ title: title('fix', rule, locale), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
        edit: edit([{ range, newText: fix.text }]) });
    }
    // A rule id as rules write them: anything else (sent by a client) could close the comment it goes into.
    if (!syntax || !/^[\w@./-]+$/.test(rule)) continue;
    out.push({ title: title('line', rule, locale), kind: CodeActionKind.QuickFix, diagnostics: [d],
      edit: edit([disableLineEdit(doc, line, rule, syntax)]) });
    if (!seenFile.has(rule)) {
      seenFile.add(rule);
      out.push({ title: title('file', rule, locale), kind: CodeActionKind.QuickFix, diagnostics: [d],
        edit: edit([disableFileEdit(doc, rule, syntax)]) });
    }
  }
  return out;
}

/** Markdown: a comment at the line's end, inside a table row's last cell; YAML: a # comment at the line's end. */
export function disableLineEdit(doc: TextDocument, line: number, rule: string, syntax: 'markdown' | 'yaml'): TextEdit {
  const text = lineText(doc, line);
  const content = text.replace(/\s+$/, '');
  if (syntax === 'yaml') {
    const at = { line, character: content.length };
    return { range: { start: at, end: at }, newText: `  # ptlint-disable-line ${rule}` };
  }
  const comment = `<!-- ptlint-disable-line ${rule} -->`;
  const row = /^\s*\|.*[^\\]\|$/.test(content);
  if (row) {
    // Before the closing pipe, so that the table stays a table: `| a | b |` → `| a | b <!-- … --> |`.
    const beforePipe = content.slice(0, -1).replace(/\s+$/, '');
    const at = { line, character: beforePipe.length };
    const end = { line, character: content.length - 1 };
    return { range: { start: at, end }, newText: ` ${comment} ` };
  }
  const at = { line, character: content.length };
  return { range: { start: at, end: at }, newText: content.length ? ` ${comment}` : comment };
}

/** A directive at the top: in Markdown after the front matter, in YAML on the first line. */
export function disableFileEdit(doc: TextDocument, rule: string, syntax: 'markdown' | 'yaml'): TextEdit {
  let line = 0;
  if (syntax === 'markdown' && /^---\s*$/.test(lineText(doc, 0))) {
    for (let i = 1; i < doc.lineCount; i++) {
      if (/^(---|\.\.\.)\s*$/.test(lineText(doc, i))) { line = i + 1; break; }
    }
  }
  const at = { line, character: 0 };
  const newText = syntax === 'markdown' ? `<!-- ptlint-disable ${rule} -->\n` : `# ptlint-disable ${rule}\n`;
  // After front matter at the very end of the file there is no next line to insert before.
  if (line >= doc.lineCount) return { range: { start: doc.positionAt(doc.getText().length), end: doc.positionAt(doc.getText().length) }, newText: `\n${newText}` };
  return { range: { start: at, end: at }, newText };
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}
