// ptlint explain <rule>: the rule's documentation page, for the terminal. The pages are plain Markdown with
// headings, paragraphs, tables and fenced examples, so a few lines of rendering do (no renderer dependency).
import { readFileSync } from 'node:fs';
import { createColors } from 'picocolors';
import { builtinRules } from '../../rules/index.js';
import { packagePath } from '../package-root.js';
import type { Io } from './main.js';

export function explainCommand(id: string, io: Io): number {
  const rules = builtinRules();
  if (!rules.has(id)) {
    const near = [...rules.keys()].filter((r) => r.includes(id) || id.includes(r.split('-')[0]));
    io.stderr(`ptlint: 未知规则「${id}」· unknown rule "${id}"${near.length ? `；是否指 · did you mean: ${near.join(', ')}` : ''}\n运行 ptlint rules 查看全部规则 · run ptlint rules to list every rule\n`);
    return 2;
  }
  io.stdout(renderForTerminal(readFileSync(packagePath('docs', 'rules', `${id}.md`), 'utf8'), io.color));
  return 0;
}

export function renderForTerminal(markdown: string, color: boolean): string {
  const c = createColors(color);
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const open = /^```\s*(\w+)?\s*(\w+)?/.exec(line);
    if (open && fence === null) {
      fence = open[2] ?? '';
      out.push(fence === 'incorrect' ? c.red('  ✗') : fence === 'correct' ? c.green('  ✓') : '');
      continue;
    }
    if (line.startsWith('```')) { fence = null; out.push(''); continue; }
    if (fence !== null) { out.push(c.dim('  │ ') + line); continue; }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) { out.push(heading[1].length === 1 ? c.bold(c.underline(heading[2])) : c.bold(heading[2])); continue; }
    if (/^\|\s*-{3}/.test(line)) continue;
    if (line.startsWith('|')) { out.push('  ' + line.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()).join(c.dim('  │  '))); continue; }
    out.push(line.replace(/`([^`]+)`/g, (_, code: string) => c.cyan(code)));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
