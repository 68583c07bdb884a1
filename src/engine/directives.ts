// Inline disables: which rules are off on which line, from the directives a reader found.
import type { Directive } from '../readers/types.js';

export type DisabledCheck = (ruleId: string, line: number | undefined) => boolean;

export function disabledCheck(directives: Directive[]): DisabledCheck {
  if (directives.length === 0) return () => false;
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  const matches = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  return (ruleId, line) => {
    if (line === undefined) return false;
    let off = false;
    for (const d of sorted) {
      if (d.kind === 'disable-line' && d.line === line && matches(d, ruleId)) return true;
      if (d.kind === 'disable-next-line' && d.line + 1 === line && matches(d, ruleId)) return true;
      if (d.line > line) continue;
      if (d.kind === 'disable' && matches(d, ruleId)) off = true;
      if (d.kind === 'enable' && matches(d, ruleId)) off = false;
    }
    return off;
  };
}

const DIRECTIVE = /ptlint-(disable-next-line|disable-line|disable|enable)\b([^>\n]*)/;

/** Parses the text of one comment (`ptlint-disable-next-line value-vague, value-empty`). */
export function parseDirective(comment: string, line: number): Directive | null {
  const m = DIRECTIVE.exec(comment);
  if (!m) return null;
  const rules = m[2].replace(/--.*$/, '').replace(/-->.*$/, '').split(/[\s,]+/).filter((r) => /^[\w/@.-]+$/.test(r));
  return { kind: m[1] as Directive['kind'], rules, line };
}
