// Every rule has a page, and the page's examples are tests (as in remark-lint): each `md incorrect` block is
// flagged by the rule, each `md correct` block is not.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { markdownReader } from '../../src/readers/markdown.js';
import { lint } from '../helpers/lint.js';
import { packagePath } from '../../src/package-root.js';
import { LOCALES } from '../../src/engine/i18n.js';

const FENCE = /^```md (incorrect|correct)\n([\s\S]*?)^```$/gm;

function examples(id: string) {
  const page = readFileSync(packagePath('docs', 'rules', `${id}.md`), 'utf8');
  return [...page.matchAll(FENCE)].map((m) => ({ kind: m[1], text: m[2] }));
}

function lintExample(id: string, text: string) {
  const rule = BUILTIN_RULES.find((r) => r.meta.id === id)!;
  const read = markdownReader.read({ path: `${id}.md`, bytes: new TextEncoder().encode(text) });
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return lint(rule, [read.document!]);
}

describe.each(BUILTIN_RULES.map((r) => r.meta.id))('%s', (id) => {
  it('has a documentation page with incorrect and correct examples', () => {
    expect(existsSync(packagePath('docs', 'rules', `${id}.md`))).toBe(true);
    const kinds = examples(id).map((e) => e.kind);
    expect(kinds).toContain('incorrect');
    expect(kinds).toContain('correct');
  });

  it('flags every incorrect example and passes every correct one', () => {
    for (const { kind, text } of examples(id)) {
      const found = lintExample(id, text);
      if (kind === 'incorrect') expect(found.length, `incorrect example not flagged:\n${text}`).toBeGreaterThan(0);
      else expect(found.map((d) => d.message), `correct example flagged:\n${text}`).toEqual([]);
    }
  });

  it('has every message in every language', () => {
    const rule = BUILTIN_RULES.find((r) => r.meta.id === id)!;
    for (const message of Object.values(rule.meta.messages)) {
      for (const locale of LOCALES) expect(message[locale]?.trim()).toBeTruthy();
    }
    for (const locale of LOCALES) expect(rule.meta.description[locale]?.trim()).toBeTruthy();
  });
});
