// ptlint's diagnostics as LSP diagnostics: 1-based line/column (UTF-16) → 0-based positions; a binary form's
// findings sit on line 0 with their place (表3 第5行第4列, Sheet1!C12) in the message.
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import type { Diagnostic, Fix } from '../engine/diagnostic.js';
import { isProblem } from '../engine/problems.js';
import type { Loc } from '../model/source.js';
import { packagePath } from '../package-root.js';

/**
 * What a published diagnostic carries for code actions: the fix, when the finding has one, and the version of the
 * document it was worked out on (its offsets hold for that text only).
 */
export interface DiagnosticData {
  fix?: Fix;
  version?: number;
}

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function ruleDocUrl(ruleId: string): string {
  return pathToFileURL(packagePath('docs', 'rules', `${ruleId}.md`)).href;
}

export function rangeOf(loc: Loc | undefined, binary: boolean): Range {
  if (!loc || binary) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    start: { line: loc.line - 1, character: loc.column - 1 },
    end: { line: loc.endLine - 1, character: loc.endColumn - 1 },
  };
}

export function toLspDiagnostic(d: Diagnostic, binary: boolean, version?: number): LspDiagnostic {
  const place = d.loc?.place;
  const out: LspDiagnostic = {
    range: rangeOf(d.loc, binary),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: 'ptlint',
    message: place && binary ? `${place}：${d.message}` : d.message,
  };
  // A reader, config or rule problem has no rule page.
  if (!isProblem(d.ruleId)) out.codeDescription = { href: ruleDocUrl(d.ruleId) };
  if (d.fix) out.data = { fix: d.fix, ...(version !== undefined && { version }) } satisfies DiagnosticData;
  return out;
}
