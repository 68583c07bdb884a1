import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placesOf, reportedDocument, type Carry } from '../../src/engine/file-check.js';
import { documentNode } from '../../src/engine/nodes.js';
import copiedIndicator from '../../rules/copied-indicator.js';
import { builtinRules } from '../../rules/index.js';
import { collectRunScope, runRunScope, type RunUnit } from '../../src/engine/run.js';
import { Linter } from '../../src/engine/lint.js';
import { defineRule, type AnyRule } from '../../src/engine/rule.js';
import { markdownReader } from '../../src/readers/markdown.js';
import type { ReadResult } from '../../src/readers/types.js';
import type { Document } from '../../src/model/types.js';
import { tempProject } from '../cli/run-cli.js';

const read = markdownReader.read({ path: 'a.md', bytes: readFileSync('tests/fixtures/md/problems.md') });
const document = read.document!;
const settings = new Map([['copied-indicator', { severity: 'warning' as const, options: {} }]]);
const rules = new Map<string, AnyRule>([['copied-indicator', copiedIndicator]]);

/** A file's carry, as a check makes it (lint.ts, checkFile) with the rows and places kept, or without. */
function carryOf(source: string, keep: 'rows' | 'nothing'): Carry {
  const { collected } = collectRunScope(documentNode(source, document), settings, rules, undefined);
  if (keep === 'nothing') return { source, collected, directives: read.directives };
  const places = placesOf(document, read.sourceMap, ['indicators/*/name'])!;
  return { source, collected, directives: read.directives, document: reportedDocument(document), places };
}

/** The run-scope pass over files of the same text; each file's readings again counted. */
function pass(carries: Carry[], reread: (u: number) => ReadResult | undefined = () => read) {
  const reads = carries.map(() => 0);
  const units: RunUnit[] = carries.map((carry, u) => ({ carry, settings, reread: () => { reads[u]++; return reread(u); } }));
  return { found: runRunScope(units, rules, 'zh-CN'), reads };
}

describe('a file\'s carry', () => {
  it('crosses threads and the cache file as it is: plain data', () => {
    const carry = carryOf('a.md', 'rows');
    expect(structuredClone(carry)).toEqual(carry);
    expect(JSON.parse(JSON.stringify(carry))).toEqual(carry);
  });

  it('holds what copied-indicator collects: a key per row of a specific name, none for generic ones or blanks', () => {
    type Collected = { keys: Array<Array<string | null>>; wordings: number[][] };
    const { keys, wordings } = carryOf('a.md', 'nothing').collected['copied-indicator'] as Collected;
    expect(keys.map((form) => form.length)).toEqual(document.forms.map((form) => form.indicators.length));
    expect(wordings.map((form) => form.length)).toEqual(document.forms.map((form) => form.indicators.length));
    expect(keys.flat().some((key) => key !== null)).toBe(true);
    document.forms.forEach((form, f) => form.indicators.forEach((row, i) => {
      if (row.name.trim() === '' || /满意度|预算执行率/.test(row.name)) expect(keys[f][i], row.name).toBeNull();
    }));
  });

  it('keeps the places a run-scope rule reports at, where the reader has them at hand', () => {
    const places = placesOf(document, read.sourceMap, ['indicators/*/name'])!;
    const names = document.forms.flatMap((form, f) => form.indicators.map((_, i) => `/forms/${f}/indicators/${i}/name`));
    expect(Object.keys(places).sort()).toEqual(names.sort());
    for (const pointer of names) expect(places[pointer]).toEqual(read.sourceMap.locate(pointer));
  });

  it('keeps no places where the reader would have to work them out, or none are asked for', () => {
    expect(placesOf(document, { locate: read.sourceMap.locate.bind(read.sourceMap) }, ['indicators/*/name'])).toBeUndefined();
    expect(placesOf(document, read.sourceMap, [])).toBeUndefined();
  });

  it('keeps of the rows what a finding shows of them; every row, in its place', () => {
    const kept = reportedDocument(document);
    expect(kept.forms).toHaveLength(document.forms.length);
    kept.forms.forEach((form, f) => {
      const whole = document.forms[f];
      expect(Object.keys(form).sort()).toEqual(['indicators', 'name', 'title'].filter((k) => k in whole).sort());
      expect(form.indicators).toHaveLength(whole.indicators.length);
      form.indicators.forEach((row, i) => {
        const { level1, level2, name, description, basis, value } = whole.indicators[i];
        expect(row).toEqual(JSON.parse(JSON.stringify({ level1, level2, name, description, basis, value: value && { text: value.text } })));
      });
    });
    // The values' readings, the budget, the schedule and the rest stay behind.
    expect(JSON.stringify(kept).length).toBeLessThan(JSON.stringify(document).length);
  });
});

describe('the run-scope pass', () => {
  it('finds and shows the same from kept rows as from the file read again, reading a file only when not kept', () => {
    const kept = pass([carryOf('a.md', 'rows'), carryOf('b.md', 'rows')]);
    const again = pass([carryOf('a.md', 'nothing'), carryOf('b.md', 'nothing')]);
    expect(kept.found.flat().length).toBeGreaterThan(0);
    expect(kept.found.flat().every((d) => d.loc && d.row?.level2 && d.row.value !== undefined)).toBe(true);
    expect(again.found).toEqual(kept.found);
    expect(kept.reads).toEqual([0, 0]);
    // Each file reported on, once.
    expect(again.reads).toEqual([1, 1]);
  });

  it('reads no file that nothing is reported on', () => {
    const unique = { ...carryOf('c.md', 'nothing'), collected: { 'copied-indicator': [] } };
    const { reads } = pass([carryOf('a.md', 'nothing'), carryOf('b.md', 'nothing'), unique]);
    expect(reads).toEqual([1, 1, 0]);
  });

  it('compares the other files where a rule collected nothing of one (its collect failed there)', () => {
    const { found } = pass([carryOf('a.md', 'rows'), { ...carryOf('b.md', 'rows'), collected: {} }, carryOf('c.md', 'rows')]);
    expect(found[1]).toEqual([]);
    expect(found[0].length).toBeGreaterThan(0);
    expect(found[0]).toEqual(found[2].map((d) => ({ ...d, message: d.message.replace('（a.md）', '（c.md）') })));
  });

  it('goes on when a file can no longer be read: the others\' findings stand, naming its form by number', () => {
    const { found, reads } = pass([carryOf('a.md', 'nothing'), carryOf('b.md', 'nothing')], (u) => (u === 0 ? undefined : read));
    expect(found[0]).toEqual([]);
    expect(found[1].length).toBeGreaterThan(0);
    expect(found[1][0].message).toContain('「#1」（a.md）');
    expect(reads[0]).toBe(1);
  });
});

describe('run-scope rules in a run', () => {
  it('a rule that collects nothing sees every file\'s whole Document', async () => {
    const seen: Array<[string, unknown, number | undefined]> = [];
    const budgets = defineRule({
      meta: {
        id: 'local/budgets', scope: 'run', severity: 'warn', recommended: false,
        description: { 'zh-CN': '预算', en: 'budgets' }, messages: { none: { 'zh-CN': '无', en: 'none' } },
      },
      check(files) {
        for (const { file, data, node } of files) seen.push([file, data, node.document.forms[0].budget?.total ?? undefined]);
      },
    });
    const json = (total: number) => JSON.stringify({ ...document, forms: [{ ...document.forms[0], budget: { total } }] } satisfies Document);
    const dir = tempProject({ 'a.json': json(12), 'b.json': json(30) });
    const linter = new Linter(new Map([...builtinRules(), ['local/budgets', budgets as AnyRule]]),
      { cwd: dir, rules: { 'local/budgets': 'warn' } });
    await linter.lintPatterns(['.']);
    expect(seen).toEqual([['a.json', undefined, 12], ['b.json', undefined, 30]]);
  });

  it('a file changed between its check and the run-scope pass gives its findings as it now reads, or none', async () => {
    const dir = tempProject({ 'a.json': JSON.stringify(document), 'b.json': JSON.stringify(document), 'c.json': JSON.stringify(document) });
    const copies = async (damage?: () => void) => {
      let checked = 0;
      const run = await new Linter(builtinRules(), { cwd: dir, onProgress: (done, total) => { checked = done; if (done === total) damage?.(); } })
        .lintPatterns(['.']);
      expect(checked).toBe(3);
      return run.results.map((r) => r.diagnostics.filter((d) => d.ruleId === 'copied-indicator').length);
    };
    const before = await copies();
    expect(before.every((n) => n > 0)).toBe(true);
    // a.json no longer parses once every file is checked: the others keep theirs.
    const after = await copies(() => writeFileSync(join(dir, 'a.json'), '{"forms": ['));
    expect(after).toEqual([0, before[1], before[2]]);
  });
});
