// Hover over a finding: the rule's description and the opening of its doc page (docs/rules/<id>.md), in Markdown.
import { readFileSync } from 'node:fs';
import { MarkupKind, type Hover, type Position, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Locale } from '../engine/i18n.js';
import type { AnyRule } from '../engine/rule.js';
import { packagePath } from '../package-root.js';
import { ruleDocUrl } from './convert.js';

/** The doc page up to its examples: the title, the rule's table and what it flags. */
export function docOpening(markdown: string, maxLines = 30): string {
  const lines = markdown.split('\n');
  const stop = lines.findIndex((l, i) => i > 0 && (l.startsWith('```') || /^##\s+(错误示例|Incorrect|为什么重要)/.test(l)));
  return lines.slice(0, stop < 0 ? Math.min(lines.length, maxLines) : Math.min(stop, maxLines)).join('\n').trim();
}

function contains(range: LspDiagnostic['range'], p: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, p) && before(p, range.end);
}

export function hoverAt(diagnostics: LspDiagnostic[], position: Position, rules: Map<string, AnyRule>, locale: Locale): Hover | null {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const d of diagnostics) {
    if (typeof d.code !== 'string' || seen.has(d.code) || !contains(d.range, position)) continue;
    const rule = rules.get(d.code);
    if (!rule) continue;
    seen.add(d.code);
    let page = '';
    try {
      page = docOpening(readFileSync(packagePath('docs', 'rules', `${d.code}.md`), 'utf8'));
    } catch {
      // A plugin's rule has no page here: its description suffices.
    }
    const link = page && `[${locale === 'en' ? 'Rule documentation' : '规则说明'}](${ruleDocUrl(d.code)})`;
    parts.push([`**${d.code}** · ${rule.meta.description[locale]}`, page, link].filter(Boolean).join('\n\n'));
  }
  return parts.length ? { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } } : null;
}
