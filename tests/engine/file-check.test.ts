import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carryOf, restoreRead } from '../../src/engine/file-check.js';
import { markdownReader } from '../../src/readers/markdown.js';
import { docxReader } from '../../src/readers/docx.js';
import { joinPointer } from '../../src/model/source.js';
import type { ReadResult } from '../../src/readers/types.js';
import { buildDocx } from '../helpers/docx-builder.js';

/** Every pointer of a value, and pointers to fields the value does not have (they fall back to an ancestor). */
function pointersOf(value: unknown, pointer = ''): string[] {
  const out = [pointer, `${pointer}/absent`];
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out.push(...pointersOf(v, pointer + joinPointer(k)));
  }
  return out;
}

/**
 * Where the carry places a pointer: at the pointer itself when it is the document, a form, an indicator or a
 * field of one of them; deeper pointers at that field.
 */
function carried(pointer: string): string {
  const parts = pointer.split('/');
  const structural = (p: string) => /^(|\/forms(\/\d+(\/indicators(\/\d+)?)?)?)$/.test(p);
  for (let n = parts.length; n > 0; n--) {
    const p = parts.slice(0, n).join('/');
    if (structural(p) || structural(parts.slice(0, n - 1).join('/'))) return p;
  }
  return '';
}

/** The carry as it arrives from a worker thread (structured clone) and from the cache file (JSON). */
function crossings(read: ReadResult) {
  const carry = carryOf(read.document!, read.sourceMap, read.directives);
  return [structuredClone(carry), carry];
}

describe('a file\'s carry', () => {
  it('locates the forms, rows and fields of a Markdown form as the reader placed them', () => {
    const read = markdownReader.read({ path: 'a.md', bytes: readFileSync('tests/fixtures/md/problems.md') });
    const pointers = pointersOf(read.document);
    expect(pointers.length).toBeGreaterThan(50);
    for (const carry of crossings(read)) {
      const restored = restoreRead(carry).sourceMap;
      for (const p of pointers) expect(restored.locate(p), p).toEqual(read.sourceMap.locate(carried(p)));
    }
  });

  it('keeps the places of a Word table', () => {
    const bytes = buildDocx(['测试项目绩效目标表', { table: { rows: [
      ['项目名称', '测试项目'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥100人'],
      ['产出指标', '质量指标', '合格率', '≥95%'],
    ] } }]);
    const read = docxReader.read({ path: 'a.docx', bytes });
    const name = '/forms/0/indicators/1/name';
    expect(read.sourceMap.locate(name)?.place).toMatch(/第4行/);
    for (const carry of crossings(read)) {
      const restored = restoreRead(carry).sourceMap;
      for (const p of pointersOf(read.document)) expect(restored.locate(p), p).toEqual(read.sourceMap.locate(carried(p)));
    }
  });
});
