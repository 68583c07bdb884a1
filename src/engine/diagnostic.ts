// A finding, as the engine produces it and formatters print it.
import type { Loc } from '../model/source.js';
import type { Severity } from './rule.js';

export interface Diagnostic {
  /** Rule id, or for a problem that is no rule's read-, parse-, config- or rule-error (problems.ts). */
  ruleId: string;
  severity: Severity;
  message: string;
  loc: Loc | undefined;
  /** The form's 项目名称, or its title. */
  form: string | null;
  /** The 三级指标 the finding is about. */
  indicator: string | null;
  /** The 二级指标 the finding is about. */
  category: string | null;
  /** JSON pointer of what the finding is about, in the Document. */
  pointer: string | null;
  /** What `--fix` would write: the decoded source text between the offsets replaced by `text`. */
  fix?: Fix;
  /** The indicator row a finding on an indicator is about, as written: what a report shows around it. */
  row?: RowContext;
}

/** An indicator row's cells, as the form holds them. */
export interface RowContext {
  level1: string;
  level2: string;
  name: string;
  description?: string;
  value?: string;
  basis?: string;
}

/** A replacement in a text source: range is [offset, endOffset) of the decoded text. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface FileResult {
  filePath: string;
  diagnostics: Diagnostic[];
  /** --fix, --fix-dry-run: the file's text with the fixes applied, and what they changed. */
  fixed?: FixedFile;
  /** The unit (单位, else 主管部门) the file's forms belong to, where it says: reports total by it. */
  department?: string;
}

export interface FixedFile {
  /** The whole fixed text. */
  output: string;
  /** --fix wrote it; --fix-dry-run did not. */
  written: boolean;
  /** Each replacement, placed in the text it was made in. */
  changes: Array<{ line: number; column: number; from: string; to: string }>;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Reading order: by line, then column, then rule. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.loc?.line ?? 0) - (b.loc?.line ?? 0) || (a.loc?.column ?? 0) - (b.loc?.column ?? 0)
    || a.ruleId.localeCompare(b.ruleId);
}
