import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { RULE_INDEX_PATH, ruleIndexMarkdown } from '../../scripts/rule-index.js';

describe('docs/rules/README.md', () => {
  it('matches the rules\' meta (run `npm run docs` after changing a rule)', () => {
    expect(readFileSync(RULE_INDEX_PATH, 'utf8')).toBe(ruleIndexMarkdown(BUILTIN_RULES));
  });

  it('lists every rule, and a rule only once', () => {
    const ids = BUILTIN_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ruleIndexMarkdown(BUILTIN_RULES)).toContain(`[${id}](${id}.md)`);
  });
});
