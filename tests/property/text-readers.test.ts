// The readers of text formats (.md, .yaml, .json, .txt) on any bytes or text, and the Markdown and text-export
// readers on near-valid forms: they return a document or a problem, never throw, and every position they give
// lies inside the text. (YAML and JSON shaped like the form model: data-readers.test.ts.)
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { markdownReader } from '../../src/readers/markdown.js';
import { yamlReader } from '../../src/readers/yaml.js';
import { jsonReader } from '../../src/readers/json.js';
import { textExportReader } from '../../src/readers/text-export.js';
import type { Reader } from '../../src/readers/types.js';
import { ENCODINGS, encode, readChecked, runs, utf8 } from './contract.js';
import { anyText, markdownText, textExport } from './arbitraries.js';

const RUNS = 60;

const READERS: Array<[string, Reader, string]> = [
  ['markdown', markdownReader, 'x.md'], ['yaml', yamlReader, 'x.yaml'], ['json', jsonReader, 'x.json'], ['text export', textExportReader, 'x.txt'],
];

describe.each(READERS)('%s reader on arbitrary input', (_, reader, path) => {
  it('reads random bytes, after any byte-order mark', () => {
    const bom = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(fc.property(bom, fc.uint8Array({ maxLength: 300 }), (mark, bytes) => {
      readChecked(reader, path, new Uint8Array([...mark, ...bytes]), true);
    }), runs(RUNS));
  });

  it('reads random text, any code point included', () => {
    fc.assert(fc.property(anyText(200), (text) => { readChecked(reader, path, utf8(text), true); }),
      runs(RUNS));
  });
});

describe('markdown reader on near-valid forms', () => {
  it('reads headings, pipe tables with random cells, escaped pipes, comments and front matter, in any encoding', () => {
    fc.assert(fc.property(markdownText, fc.constantFrom(...ENCODINGS), (text, encoding) => {
      readChecked(markdownReader, 'x.md', encode(text, encoding), true);
    }), runs(60));
  });
});

describe('text export reader on near-valid exports', () => {
  it('reads tables with tab and space columns, page marks and blank lines, in any encoding', () => {
    fc.assert(fc.property(textExport, fc.constantFrom(...ENCODINGS), (text, encoding) => {
      readChecked(textExportReader, 'x.txt', encode(text, encoding), true);
    }), runs(100));
  });
});
