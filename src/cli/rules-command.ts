import { builtinRules } from '../../rules/index.js';
import type { Locale } from '../engine/i18n.js';
import type { Io } from './main.js';

/** Every built-in rule: id, default severity, recommended, scope, description. */
export function rulesCommand(io: Io, locale: Locale): number {
  const rules = [...builtinRules().values()].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  const head = locale === 'en' ? ['rule', 'severity', 'rec.', 'scope', 'description'] : ['规则', '默认级别', '推荐', '范围', '说明'];
  const lines = [[head[0].padEnd(width), head[1].padEnd(8), head[2].padEnd(4), head[3].padEnd(9), head[4]].join('  ')];
  for (const { meta } of rules) {
    lines.push([meta.id.padEnd(width), meta.severity.padEnd(8), (meta.recommended ? '✓' : '').padEnd(4),
      meta.scope.padEnd(9), meta.description[locale] + (meta.fixable ? ' 🔧' : '')].join('  '));
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
