import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carriedDocument, placesOf, readsOf, restoreRead, type Carry } from '../../src/engine/file-check.js';
import { DEFAULT_ANALYSIS } from '../../src/model/analysis.js';
import { documentNode } from '../../src/engine/nodes.js';
import copiedIndicator from '../../rules/copied-indicator.js';
import { runRules } from '../../src/engine/run.js';
import { markdownReader } from '../../src/readers/markdown.js';
import type { SourceMap } from '../../src/model/source.js';

const read = markdownReader.read({ path: 'a.md', bytes: readFileSync('tests/fixtures/md/problems.md') });
const carry: Carry = { document: read.document!, directives: read.directives };

describe('a file\'s carry', () => {
  it('crosses threads and the cache file as it is: plain data', () => {
    expect(structuredClone(carry)).toEqual(carry);
    expect(JSON.parse(JSON.stringify(carry))).toEqual(carry);
  });

  it('reads the file again only when a place is asked for, and once', () => {
    let reads = 0;
    const restored = restoreRead(carry, () => { reads++; return read.sourceMap; });
    expect(restored.document).toBe(carry.document);
    expect(restored.directives).toBe(carry.directives);
    expect(reads).toBe(0);
    const pointer = '/forms/0/indicators/2/name';
    expect(restored.sourceMap.locate(pointer)).toEqual(read.sourceMap.locate(pointer));
    expect(restored.sourceMap.locate('/forms/0')).toEqual(read.sourceMap.locate('/forms/0'));
    expect(reads).toBe(1);
  });

  it('keeps the places a run-scope rule reports at, where the reader has them at hand, and answers from them', () => {
    const places = placesOf(read.document!, read.sourceMap, ['indicators/*/name'])!;
    const names = read.document!.forms.flatMap((form, f) => form.indicators.map((_, i) => `/forms/${f}/indicators/${i}/name`));
    expect(Object.keys(places).sort()).toEqual(names.sort());
    for (const pointer of names) expect(places[pointer]).toEqual(read.sourceMap.locate(pointer));
    let reads = 0;
    const restored = restoreRead({ ...carry, places }, () => { reads++; return read.sourceMap; });
    expect(restored.sourceMap.locate(names[1])).toEqual(read.sourceMap.locate(names[1]));
    expect(reads).toBe(0);
    // Any other place still comes from reading the file again.
    expect(restored.sourceMap.locate('/forms/0/indicators/1/value')).toEqual(read.sourceMap.locate('/forms/0/indicators/1/value'));
    expect(reads).toBe(1);
  });

  it('keeps no places where the reader would have to work them out, or none are asked for', () => {
    expect(placesOf(read.document!, { locate: read.sourceMap.locate.bind(read.sourceMap) }, ['indicators/*/name'])).toBeUndefined();
    expect(placesOf(read.document!, read.sourceMap, [])).toBeUndefined();
  });

  it('places nothing when the file can no longer be read', () => {
    const gone = restoreRead(carry, (): SourceMap | undefined => undefined);
    expect(gone.sourceMap.locate('/forms/0/indicators/0/name')).toBeUndefined();
  });
});

describe('what a carry keeps of a Document', () => {
  const document = read.document!;

  it('the fields its run-scope rules read, and what a finding\'s row shows; every row, in its place', () => {
    const kept = carriedDocument(document, readsOf([['indicators/*/value/text', 'kind']]));
    expect(kept.forms).toHaveLength(document.forms.length);
    kept.forms.forEach((form, f) => {
      const whole = document.forms[f];
      expect(Object.keys(form).sort()).toEqual(['indicators', 'kind', 'name', 'title'].filter((k) => k in whole).sort());
      expect(form.indicators).toHaveLength(whole.indicators.length);
      form.indicators.forEach((row, i) => {
        const { level1, level2, name, description, basis, value } = whole.indicators[i];
        expect(row).toEqual(JSON.parse(JSON.stringify({ level1, level2, name, description, basis, value: value && { text: value.text } })));
      });
    });
    // The values' readings, the budget, the schedule and the rest stay behind.
    expect(JSON.stringify(kept).length).toBeLessThan(JSON.stringify(document).length);
  });

  it('the whole Document when a run-scope rule does not say what it reads', () => {
    expect(carriedDocument(document, readsOf([['kind'], undefined]))).toBe(document);
  });

  it('a field whole when one rule reads it whole and another a part of it', () => {
    const kept = carriedDocument(document, readsOf([['indicators/*/value'], ['indicators/*/value/number']]));
    expect(kept.forms[0].indicators.map((row) => row.value)).toEqual(document.forms[0].indicators.map((row) => row.value));
  });

  it('enough for a finding to show its row as from the whole Document (run.ts, subjectOf)', () => {
    const reads = readsOf([copiedIndicator.meta.reads]);
    const settings = new Map([['copied-indicator', { severity: 'warning' as const, options: {} }]]);
    const rules = new Map([['copied-indicator', copiedIndicator]]);
    const run = (keep: (d: typeof document) => typeof document) => runRules(['a.md', 'b.md'].map((file) =>
      ({ file, read: { ...read, document: keep(document) }, settings })), rules, 'zh-CN');
    const whole = run((d) => d);
    expect(whole.flat().length).toBeGreaterThan(0);
    expect(whole.flat().every((d) => d.row?.level2 && d.row.value !== undefined)).toBe(true);
    expect(run((d) => carriedDocument(d, reads))).toEqual(whole);
  });

  it('enough for copied-indicator to find the same copies as in the whole Document', () => {
    const other = markdownReader.read({ path: 'b.md', bytes: readFileSync('tests/fixtures/md/problems.md') }).document!;
    const found = (docs: typeof document[]) => {
      const reports: unknown[] = [];
      copiedIndicator.check(docs.map((d, k) => documentNode(`${k}.md`, d)), {
        options: { minLength: 8, generic: [], templateForms: 3 }, analysis: DEFAULT_ANALYSIS,
        report: (r) => reports.push([r.messageId, r.data, r.node.pointer]),
      });
      return reports;
    };
    const reads = readsOf([copiedIndicator.meta.reads]);
    const whole = found([document, other]);
    expect(whole.length).toBeGreaterThan(0);
    expect(found([carriedDocument(document, reads), carriedDocument(other, reads)])).toEqual(whole);
  });
});
