// The YAML and JSON readers on data shaped like the form model — random values and types where the model is
// strict, YAML's own devices, damage, deep nesting: a document or a problem, never a throw, every place inside
// the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { yamlReader } from '../../src/readers/yaml.js';
import { jsonReader } from '../../src/readers/json.js';
import { AstSourceMap } from '../../src/readers/yaml-ast.js';
import { joinPointer } from '../../src/model/source.js';
import type { KeyedSourceMap } from '../../src/model/schema.js';
import { readChecked, runs, utf8 } from './contract.js';
import { defined, documentData, yamlFeatures } from './arbitraries.js';

const RUNS = 100;

describe('yaml and json readers on data shaped like the form model', () => {
  it('reads block YAML, flow YAML and JSON of the same data, and agree on whether it is a document', () => {
    fc.assert(fc.property(documentData, fc.constantFrom(0, 2), (raw, indent) => {
      const data = defined(raw);
      const json = readChecked(jsonReader, 'x.json', utf8(JSON.stringify(data, null, indent)), true);
      const block = readChecked(yamlReader, 'x.yaml', utf8(stringify(data)), true);
      const flow = readChecked(yamlReader, 'x.yaml', utf8(stringify(data, { collectionStyle: 'flow' })), true);
      expect(block.document === null).toBe(json.document === null);
      expect(flow.document === null).toBe(json.document === null);
    }), runs(60));
  });

  it('reads YAML using tags, anchors, aliases, merge keys, block scalars and directives where form values go', () => {
    fc.assert(fc.property(yamlFeatures, (text) => { readChecked(yamlReader, 'x.yaml', utf8(text), true); }), runs(RUNS));
  });

  it('reads model-shaped JSON and YAML damaged at random', () => {
    const cut = fc.tuple(documentData, fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ maxLength: 3 }))
      .map(([data, at, insert]) => {
        const text = JSON.stringify(defined(data), null, 2);
        const i = Math.floor(at * text.length);
        return text.slice(0, i) + insert + text.slice(i + 1);
      });
    fc.assert(fc.property(cut, (text) => {
      readChecked(jsonReader, 'x.json', utf8(text), true);
      readChecked(yamlReader, 'x.yaml', utf8(text), true);
    }), runs(RUNS));
  });

  it('reads nesting of any depth', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom('[', '{"a":', '- ', '{a: '), fc.boolean(), (depth, open, directive) => {
      const close = open === '[' ? ']' : open.startsWith('{') ? '}' : '';
      const text = `${directive ? '# ptlint-disable\n' : ''}{"forms": ${open.repeat(depth)}1${close.repeat(depth)}}`;
      readChecked(jsonReader, 'x.json', utf8(text), true);
      readChecked(yamlReader, 'x.yaml', utf8(text), true);
    }), runs(10));
  });
});


describe('json reader positions', () => {
  // The JSON reader scans positions by hand; the yaml library's syntax tree of the same text (JSON is YAML 1.2)
  // is the reference it must agree with, for every value and key, at any layout and with any escapes.
  it('places every value and key where the yaml syntax tree places them', () => {
    const layout = fc.constantFrom(0, 1, 2, '\t', ' \r\n ');
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), layout, (data, space) => {
      let text = typeof space === 'string' && space.includes('\r') ? JSON.stringify(data, null, 1).replace(/\n/g, space) : JSON.stringify(data, null, space);
      text ??= 'null';
      const ours = jsonReader.read({ path: 'x.json', bytes: utf8(`{"forms": ${text}}`) }).sourceMap as KeyedSourceMap;
      const full = `{"forms": ${text}}`;
      const reference = new AstSourceMap(parseDocument(full).contents, full);
      for (const pointer of pointersOf({ forms: data }, '')) {
        expect(ours.locate(pointer), pointer).toEqual(reference.locate(pointer));
        expect(ours.locateKey(pointer), pointer).toEqual(reference.locateKey(pointer));
      }
    }), runs(RUNS));
  });
});

/** Every pointer into JSON data, in no particular order. */
function pointersOf(data: unknown, pointer: string): string[] {
  if (data === null || typeof data !== 'object') return [pointer];
  const entries = Array.isArray(data) ? data.map((v, i) => [String(i), v] as const) : Object.entries(data);
  return [pointer, ...entries.flatMap(([k, v]) => pointersOf(v, pointer + joinPointer(k)))];
}
