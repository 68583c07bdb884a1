// Autofix (--fix, --fix-dry-run): fixes are replacements of decoded source text. A file is fixed in passes, as
// ESLint does: apply what does not overlap, lint the new text, apply again, until nothing changes (10 passes at
// most). Only Markdown, YAML and JSON are ever written, whole and atomically, keeping the BOM, the encoding and
// the line ends (fixes never add or remove line breaks); a file without fixes is never touched.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { writeAtomically } from './atomic-write.js';
import { LineIndex } from '../model/source.js';
import { localize, type Locale, type Localized } from './i18n.js';
import type { Linter } from './lint.js';
import type { Diagnostic, FileResult, Fix, FixedFile } from './diagnostic.js';

/** Applies fixes in the order of their ranges; one that overlaps an applied one waits for the next pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number; used: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const used: Fix[] = [];
  let output = '';
  let at = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < at || end < start || end > text.length) continue;
    output += text.slice(at, start) + fix.text;
    at = end;
    used.push(fix);
  }
  return { output: output + text.slice(at), applied: used.length, used };
}

export const MAX_PASSES = 10;
const WRITABLE = new Set(['.md', '.markdown', '.yaml', '.yml', '.json']);

/** A text as decoded for linting, with the way back to the same bytes. */
interface Encoded {
  text: string;
  encode(text: string): Uint8Array;
}

/**
 * UTF-8 (with its BOM if it had one) and UTF-16 with a BOM, decoded exactly as the readers decode them; other
 * encodings (GB18030) are not written: undefined.
 */
export function decodeForWriting(bytes: Uint8Array): Encoded | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const little = bytes[0] === 0xff;
    const text = new TextDecoder(little ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return {
      text,
      encode: (t) => {
        const out = new Uint8Array(2 + t.length * 2);
        const view = new DataView(out.buffer);
        view.setUint16(0, 0xfeff, little);
        for (let i = 0; i < t.length; i++) view.setUint16(2 + i * 2, t.charCodeAt(i), little);
        return out;
      },
    };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0));
    return {
      text,
      encode: (t) => {
        const body = new TextEncoder().encode(t);
        if (!bom) return body;
        const out = new Uint8Array(body.length + 3);
        out.set([0xef, 0xbb, 0xbf]);
        out.set(body, 3);
        return out;
      },
    };
  } catch {
    return undefined;
  }
}

export interface FixOptions {
  /** Write the fixed files (--fix); otherwise only say what would change (--fix-dry-run). */
  write: boolean;
  locale: Locale;
  /** Where notes for the user go: files not written, and why. */
  note: (text: string) => void;
}

const NOT_WRITTEN_BINARY: Localized = {
  'zh-CN': '{file}：Word/Excel 文件和文本导出文件从不改写，其中的问题未修复；请先转换（ptlint convert {file} --to md），再检查并修复转换后的文件',
  en: '{file}: Word/Excel files and text exports are never written, so nothing was fixed in it; convert it first (ptlint convert {file} --to md), then lint and fix the converted file',
};
const NOT_WRITTEN_ENCODING: Localized = {
  'zh-CN': '{file}：文件不是 UTF-8 或 UTF-16 编码（可能是 GBK/GB18030），未修复；请先另存为 UTF-8',
  en: '{file}: the file is not UTF-8 or UTF-16 (GBK/GB18030, perhaps), so nothing was fixed; save it as UTF-8 first',
};
const WRITE_FAILED: Localized = {
  'zh-CN': '{file}：无法写入修复结果（{detail}），文件保持原样',
  en: '{file}: the fixes could not be written ({detail}); the file is as it was',
};

/**
 * Fixes every Markdown, YAML and JSON file whose diagnostics carry fixes, in passes; with `write`, writes each
 * changed file atomically. Returns the files it fixed (the text now, what changed, the bytes) and whether a write
 * failed.
 * `label` names a file for the notes.
 */
export async function fixFiles(results: readonly FileResult[], linter: Linter, options: FixOptions,
  label: (path: string) => string): Promise<{ fixed: Map<string, FixedFile>; bytes: Map<string, Uint8Array>; failed: boolean }> {
  const fixed = new Map<string, FixedFile>();
  const bytes = new Map<string, Uint8Array>();
  let failed = false;
  for (const result of results) {
    const path = result.filePath;
    const fixable = result.diagnostics.some((d) => d.fix || linter.rules.get(d.ruleId)?.meta.fixable);
    if (!fixable) continue;
    if (!WRITABLE.has(extname(path).toLowerCase())) {
      options.note(localize(NOT_WRITTEN_BINARY, options.locale, { file: label(path) }));
      continue;
    }
    if (!result.diagnostics.some((d) => d.fix)) continue;
    let source: Encoded | undefined;
    try {
      source = decodeForWriting(readFileSync(path));
    } catch {
      continue; // It was read a moment ago; if it is gone now, there is nothing to fix.
    }
    if (!source) {
      options.note(localize(NOT_WRITTEN_ENCODING, options.locale, { file: label(path) }));
      continue;
    }
    const outcome = await fixText(path, source, result.diagnostics, linter);
    if (!outcome) continue;
    const encoded = source.encode(outcome.output);
    if (options.write) {
      try {
        writeAtomically(path, encoded);
      } catch (error) {
        failed = true;
        const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
        options.note(localize(WRITE_FAILED, options.locale, { file: label(path), detail }));
        continue;
      }
    }
    fixed.set(path, { ...outcome, written: options.write });
    bytes.set(path, encoded);
  }
  return { fixed, bytes, failed };
}

/** The passes over one file's text; undefined when nothing changed. */
async function fixText(path: string, source: Encoded, first: Diagnostic[], linter: Linter):
  Promise<Omit<FixedFile, 'written'> | undefined> {
  let text = source.text;
  let diagnostics = first;
  const changes: FixedFile['changes'] = [];
  const broken = (list: Diagnostic[]) => list.filter((d) => d.ruleId === 'parse-error' || d.ruleId === 'read-error').length;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    const { output, used } = applyFixes(text, fixes);
    if (used.length === 0 || output === text) break;
    const run = await linter.lintSources([{ path, bytes: source.encode(output) }], new Set([path]));
    const next = run.results.find((r) => r.filePath === path)?.diagnostics ?? [];
    // A fix must never make a file unreadable: keep the last text that read as well as the original.
    if (broken(next) > broken(diagnostics)) break;
    const lines = new LineIndex(text);
    for (const fix of used) {
      changes.push({ ...lines.position(fix.range[0]), from: text.slice(fix.range[0], fix.range[1]), to: fix.text });
    }
    text = output;
    diagnostics = next;
  }
  return text === source.text ? undefined : { output: text, changes };
}
