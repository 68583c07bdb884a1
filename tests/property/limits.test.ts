// The limits that keep a hostile file from exhausting ptlint: each refuses its attack with a problem, and does so
// without first doing the work the attack asks for (a bomb is not inflated, entities are not expanded).
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { docxReader } from '../../src/readers/docx.js';
import { xlsxReader } from '../../src/readers/xlsx.js';
import { yamlReader } from '../../src/readers/yaml.js';
import { jsonReader } from '../../src/readers/json.js';
import { markdownReader } from '../../src/readers/markdown.js';
import type { Reader } from '../../src/readers/types.js';
import { DEFAULT_XML_LIMITS } from '../../src/readers/xml.js';
import { DEFAULT_ZIP_LIMITS, readZipEntries } from '../../src/readers/zip.js';
import { Linter, MAX_FILE_BYTES } from '../../src/engine/lint.js';
import { builtinRules } from '../../rules/index.js';
import { packageDocx, rawZip } from '../helpers/docx-builder.js';
import { xlsxParts, zipParts } from '../helpers/xlsx-builder.js';
import { readChecked, utf8 } from './contract.js';

const OFFICE: Array<[string, Reader, string, (xml: string) => Uint8Array]> = [
  ['docx', docxReader, 'word/document.xml', (xml) => packageDocx(xml)],
  ['xlsx', xlsxReader, 'xl/workbook.xml', (xml) => zipParts({ ...xlsxParts([{ name: 'Sheet1', rows: [['项目名称']] }]), 'xl/workbook.xml': xml })],
];

/** The one error a refused file gives. */
function refusal(reader: Reader, path: string, bytes: Uint8Array) {
  const result = readChecked(reader, path, bytes, false);
  expect(result.document).toBeNull();
  const errors = result.problems.filter((p) => p.severity === 'error');
  expect(errors).toHaveLength(1);
  return errors[0];
}

/**
 * A deflate stream that expands to `mib` MiB of zeros, made without compressing them: one MiB of zeros deflated
 * with a sync flush ends on a byte boundary and refers back only to zeros, so copies of it can follow one
 * another. After the copies comes a block of the reserved type 3, which no inflater accepts: a reader that went
 * on inflating to the end would report damaged data, not a bomb.
 */
function bombStream(mib: number): Uint8Array {
  const one = deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const stream = new Uint8Array(one.length * mib + 1);
  for (let i = 0; i < mib; i++) stream.set(one, i * one.length);
  stream[stream.length - 1] = 0b111; // final block, type 3 (reserved)
  return stream;
}

describe('the bomb of these tests', () => {
  it('inflated to its end, gives damaged data: a reader that reports a bomb stopped before', () => {
    const zip = rawZip([{ name: 'a.xml', data: bombStream(8), size: 8 << 20 }]);
    const unbounded = { maxRatio: Infinity, maxEntryBytes: Infinity, maxTotalBytes: Infinity };
    expect(() => readZipEntries(zip, () => true, unbounded)).toThrow(expect.objectContaining({ messageId: 'zip-corrupt' }));
  });
});

describe.each(OFFICE)('%s: zip limits', (_, reader, part) => {
  const path = `x.${_}`;

  it('refuses a zip bomb — 4 GiB of zeros declared as 2 KiB — long before it expands', () => {
    const bomb = rawZip([{ name: part, data: bombStream(4096), size: 2048 }]);
    expect(refusal(reader, path, bomb)).toMatchObject({ messageId: 'zip-bomb', data: { entry: part, limit: DEFAULT_ZIP_LIMITS.maxRatio } });
  });

  it('refuses an archive of more entries than the limit, without inflating any', () => {
    const entries = Array.from({ length: DEFAULT_ZIP_LIMITS.maxEntries + 1 }, (_, i) =>
      ({ name: `media/${i}.bin`, data: new Uint8Array([0xff]), size: 1, method: 8 as const }));
    expect(refusal(reader, path, rawZip(entries))).toMatchObject({ messageId: 'zip-too-many-entries' });
  });

  it('refuses an entry whose header declares more than the limit', () => {
    const big = rawZip([{ name: part, data: new Uint8Array([0x03, 0x00]), size: DEFAULT_ZIP_LIMITS.maxEntryBytes + 1 }]);
    expect(refusal(reader, path, big).messageId).toMatch(/^zip-(entry|total)-too-large$/);
  });
});

describe.each(OFFICE)('%s: XML limits', (_, reader, part, withPart) => {
  const path = `x.${_}`;

  it('refuses elements nested 10,000 deep with a problem naming the part', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    expect(refusal(reader, path, withPart(deep))).toMatchObject({ messageId: 'xml-too-deep', data: { part, limit: DEFAULT_XML_LIMITS.maxDepth } });
  });

  it('refuses a DOCTYPE declaring entities (billion laughs) without expanding them', () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY l0 "lol">${entities}]><lolz>&l9;</lolz>`;
    expect(refusal(reader, path, withPart(laughs))).toMatchObject({ messageId: 'xml-doctype', data: { part } });
  });

  it('refuses an external entity', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>';
    expect(refusal(reader, path, withPart(xxe))).toMatchObject({ messageId: 'xml-doctype' });
  });
});

describe('text formats: nesting and aliases', () => {
  const nested = (depth: number) => `{"forms": ${'['.repeat(depth)}1${']'.repeat(depth)}}`;

  it('yaml: refuses an alias bomb (billion laughs) without expanding it', () => {
    const levels = Array.from({ length: 8 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`);
    const bomb = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...levels, 'forms: [*l8, *l8, *l8]', ''].join('\n');
    const result = readChecked(yamlReader, 'x.yaml', utf8(bomb), true);
    expect(result.document).toBeNull();
    expect(result.problems).toContainEqual(expect.objectContaining({ messageId: 'yaml-syntax', severity: 'error' }));
  });

  it('yaml: reads 10,000 levels of nesting as a problem, without overflowing the stack, directives and all', () => {
    for (const text of [nested(10_000), `# ptlint-disable value-empty\n${nested(10_000)}`]) {
      const result = readChecked(yamlReader, 'x.yaml', utf8(text), true);
      expect(result.document).toBeNull();
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });

  // Placing values (for the schema check's messages) must not descend by recursion.
  it('json: reads 10,000 levels of nesting as a problem, without overflowing the stack', () => {
    const result = readChecked(jsonReader, 'x.json', utf8(nested(10_000)), true);
    expect(result.document).toBeNull();
  });

  // Emphasis nested as deep is left out: micromark itself takes seconds to resolve it (its time, not the reader's).
  it('markdown: reads 10,000 levels of block quotes as a problem, without overflowing the stack', () => {
    expect(readChecked(markdownReader, 'x.md', utf8('> '.repeat(10_000) + '项目名称\n'), true).document).toBeNull();
  });
});

describe('file size limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptlint-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over the limit by its size, before reading it', async () => {
    const big = join(dir, 'big.md');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1); // sparse: nothing is written
    const small = join(dir, 'small.md');
    writeFileSync(small, '# 标题\n');
    const run = await new Linter(builtinRules(), { cwd: dir, locale: 'en' }).lintPatterns(['big.md', 'small.md']);
    const byFile = new Map(run.results.map((r) => [r.filePath.replace(/.*[\\/]/, ''), r.diagnostics]));
    expect(byFile.get('big.md')).toEqual([expect.objectContaining({ ruleId: 'read-error', message: expect.stringMatching(/too large.*64 MB/) })]);
    expect(byFile.get('small.md')?.every((d) => d.ruleId !== 'read-error')).toBe(true);
  });
});
