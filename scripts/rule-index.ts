// docs/rules/README.md is generated from the rules' meta (as markdownlint does): `npm run docs` writes it,
// and tests/docs/rule-index.test.ts fails when it and the rules disagree.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILTIN_RULES } from '../rules/index.js';
import type { AnyRule } from '../src/engine/rule.js';
import { packagePath } from '../src/package-root.js';

export const RULE_INDEX_PATH = packagePath('docs', 'rules', 'README.md');

export function ruleIndexMarkdown(rules: readonly AnyRule[]): string {
  const rows = [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map(({ meta }) =>
    `| [${meta.id}](${meta.id}.md) | ${meta.description['zh-CN']} | ${meta.description.en} | ${meta.severity} | ${meta.scope} | ${meta.recommended ? '✓' : ''} | ${meta.fixable ? '✓' : ''} |`);
  return [
    '# 规则 · Rules',
    '',
    '<!-- Generated from the rules\' meta by `npm run docs`; do not edit by hand. -->',
    '',
    '`ptlint:recommended` turns on the rules marked ✓ at their default severity; `ptlint:all` turns on every rule.',
    '',
    '| 规则 rule | 说明 | description | 默认级别 severity | 范围 scope | 推荐 recommended | 可修复 fixable |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(RULE_INDEX_PATH, ruleIndexMarkdown(BUILTIN_RULES));
  console.log(`wrote ${RULE_INDEX_PATH}`);
}
