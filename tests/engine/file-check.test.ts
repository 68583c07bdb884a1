import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placesOf, restoreRead, type Carry } from '../../src/engine/file-check.js';
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
