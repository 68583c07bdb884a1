import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonReader } from '../../src/readers/json.js';
import { READER_MESSAGES } from '../../src/readers/messages.js';
import { localize } from '../../src/engine/i18n.js';
import type { Problem } from '../../src/readers/types.js';
import { toJson } from '../../src/writers/json.js';
import { normalizeDocument } from '../../src/model/normalize.js';
import { maximal } from '../model/type-samples.js';

const fixture = new URL('../fixtures/json/valid.json', import.meta.url);
const bytesOf = (text: string) => new TextEncoder().encode(text);
const read = (text: string | Uint8Array) => jsonReader.read({ path: 'test.json', bytes: typeof text === 'string' ? bytesOf(text) : text });
const message = (p: Problem) => localize(READER_MESSAGES[p.messageId], 'en', p.data);

describe('json reader', () => {
  it('reads a valid file into the model, deriving every value parse', () => {
    const { document, problems, directives } = read(readFileSync(fixture));
    expect(problems).toEqual([]);
    expect(directives).toEqual([]);
    expect(document).not.toHaveProperty('$schema');
    expect(document).toMatchObject({ unit: '秦皇岛市北戴河区东山街道办事处', year: 2020, moneyUnit: '万元' });
    const [form] = document!.forms;
    expect(form).toMatchObject({ kind: 'project', budget: { total: 2, fiscal: 2, other: 0 } });
    expect(form.indicators[0].value).toMatchObject({ text: '≥6次', kind: 'quantitative', number: 6, unit: '次' });
    // The file says kind "text"; the text says otherwise, and the text wins.
    expect(form.indicators[1].value).toMatchObject({ text: '≥95%', kind: 'quantitative', comparator: '≥', number: 95, unit: '%' });
    expect(form.indicators[1].weight).toBe(20);
  });

  it('locates values, CJK counted one column each, from a source map built on first use', () => {
    const text = readFileSync(fixture, 'utf8');
    const { sourceMap } = read(text);
    const loc = sourceMap.locate('/forms/0/indicators/0/value')!;
    expect(loc).toMatchObject({ line: 13, column: 105, endLine: 13, endColumn: 110 });
    expect(text.slice(loc.offset, loc.endOffset)).toBe('"≥6次"');
    expect(sourceMap.locate('/forms/0/indicators/1/value')).toMatchObject({ line: 18, column: 20, endLine: 18, endColumn: 54 });
    expect(sourceMap.locate('/forms/0/indicators/1')).toMatchObject({ line: 14, column: 9, endLine: 20, endColumn: 10 });
    expect(sourceMap.locate('/forms/0/indicators/1/goal')).toMatchObject({ line: 14, column: 9 });
  });

  it('places a repeated key at its last value, the one JSON.parse keeps, and an absent field at its parent', () => {
    const text = '{"forms": [{"name": "旧", "name": "新", "indicators": []}], "x": {"a\\"b": [1, {"c/d": 2}]}}';
    const map = read(text).sourceMap as import('../../src/model/schema.js').KeyedSourceMap;
    const at = (loc: import('../../src/model/source.js').Loc | undefined) => text.slice(loc!.offset, loc!.endOffset);
    expect(at(map.locate('/forms/0/name'))).toBe('"新"');
    expect(at(map.locateKey('/forms/0/name'))).toBe('"name"');
    expect(at(map.locate('/forms/0/basis'))).toBe(at(map.locate('/forms/0')));
    expect(at(map.locate('/forms/7'))).toBe(at(map.locate('/forms')));
    expect(at(map.locate('/x/a"b/1/c~1d'))).toBe('2');
    expect(at(map.locateKey('/x/a"b/1/c~1d'))).toBe('"c/d"');
  });

  it('places the values of files asked in turn, a long one among them (their scans share a work array)', () => {
    const texts = [
      '{"forms": [{"indicators": []}, {"indicators": [], "name": "甲"}]}',
      '{"forms": [{"indicators": [], "name": "很长的项目名称"}, {"indicators": []}]}',
      `{\n  "note": "${'长'.repeat(1_100_000)}",\n  "forms": [\n    {"name": "乙", "indicators": []}\n  ]\n}`,
    ];
    const maps = texts.map((text) => read(text).sourceMap);
    const at = (i: number, pointer: string) => {
      const loc = maps[i].locate(pointer)!;
      return [texts[i].slice(loc.offset, loc.endOffset), loc.line, loc.column];
    };
    expect(at(0, '/forms/1/name')).toEqual(['"甲"', 1, 59]);
    expect(at(1, '/forms/1/indicators')).toEqual(['[]', 1, 66]);
    // The second file's first form closes where the first file's does not: the first file is scanned again.
    expect(at(0, '/forms/1/indicators')).toEqual(['[]', 1, 47]);
    expect(at(2, '/forms/0/name')).toEqual(['"乙"', 4, 14]);
    expect(at(1, '/forms/0/name')).toEqual(['"很长的项目名称"', 1, 39]);
    expect(at(2, '/forms/0/indicators')).toEqual(['[]', 4, 33]);
  });

  it('reports a syntax error at its line and column', () => {
    const result = read('{\n  "forms": [\n    { "indicators": [] }\n    { "indicators": [] }\n  ]\n}\n');
    expect(result.document).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ messageId: 'json-syntax', severity: 'error', loc: { line: 4, column: 5 } });
    expect(message(result.problems[0])).toBe("JSON syntax error: Expected ',' or ']' after array element");
  });

  it('finds the place of errors V8 gives no position for', () => {
    const unexpected = read('{\n  "forms": [],\n  "year": x\n}\n');
    expect(unexpected.problems[0]).toMatchObject({ messageId: 'json-syntax', loc: { line: 3, column: 11 } });
    expect(message(unexpected.problems[0])).toBe("JSON syntax error: Unexpected token 'x'");
    const value = read('{\n  "forms": [],\n  "year": tru\n}\n');
    expect(value.problems[0]).toMatchObject({ loc: { line: 3, column: 14 } });
    const truncated = read('{\n  "forms": [\n');
    expect(truncated.problems[0]).toMatchObject({ loc: { line: 2, column: 13 } });
    expect(message(truncated.problems[0])).toBe('JSON syntax error: Unexpected end of JSON input');
  });

  it('reads a file with a UTF-8 byte-order mark, positions counted after it', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf('{"forms": [{"name": "项目", "indicators": []}]}')]);
    const { document, problems, sourceMap } = read(bom);
    expect(problems).toEqual([]);
    expect(document!.forms[0].name).toBe('项目');
    expect(sourceMap.locate('/forms/0/name')).toMatchObject({ line: 1, column: 21, endColumn: 25 });
  });

  it('reads CRLF line ends, and positions errors and values on the right line', () => {
    const text = '{\r\n  "forms": [\r\n    { "name": "项目", "indicators": [] }\r\n  ]\r\n}\r\n';
    const { sourceMap, problems } = read(text);
    expect(problems).toEqual([]);
    expect(sourceMap.locate('/forms/0/name')).toMatchObject({ line: 3, column: 15, endLine: 3, endColumn: 19 });
    expect(read(text.replace('"项目"', '"项目" x')).problems[0]).toMatchObject({ loc: { line: 3, column: 20 } });
  });

  it('reports schema violations at the offending key or value', () => {
    const text = '{\n  "forms": [\n    {\n      "indicators": [\n        { "level1": "产出指标", "level2": "数量指标", "nmae": "次数", "weight": "高" }\n      ]\n    }\n  ]\n}\n';
    const { document, problems } = read(text);
    expect(document).toBeNull();
    expect(problems.map((p) => [message(p), p.loc?.line, p.loc?.column])).toEqual(expect.arrayContaining([
      ['The required field forms[0].indicators[0].name is missing', 5, 9],
      ['Unknown field forms[0].indicators[0].nmae; did you mean "name"?', 5, 47],
      ['forms[0].indicators[0].weight must be a number or null, found "高"', 5, 71],
    ]));
    expect(problems).toHaveLength(3);
  });

  it('reads back what `ptlint convert --to json` writes', () => {
    const document = normalizeDocument(maximal);
    const result = read(toJson(document));
    expect(result.problems).toEqual([]);
    expect(result.document).toEqual(document);
  });

  it('never throws on odd input', () => {
    for (const input of ['', '   ', 'null', '"就是一句话"', '[1, 2]', '{"forms": "x"}', Uint8Array.from({ length: 300 }, (_, i) => (i * 31 + 7) % 256),
      '{"forms": [{"indicators": [{"level1": "a", "level2": "b", "name": "c", "value": {"text": 5}}]}]}']) {
      const result = read(input);
      expect(result.document).toBeNull();
      expect(result.problems.length).toBeGreaterThan(0);
      for (const p of result.problems) expect(p.loc).toBeDefined();
    }
  });
});
