import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { readZipEntries, ZipError, type ZipLimits } from '../../src/readers/zip.js';
import { rawZip } from '../helpers/docx-builder.js';

/** The message id of the ZipError `f` throws; fails the test when it throws anything else or nothing. */
function zipError(f: () => unknown): { id: string; data: Record<string, unknown> } {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ZipError);
    const e = error as ZipError;
    return { id: e.messageId, data: e.data };
  }
  throw new Error('no ZipError thrown');
}

const read = (bytes: Uint8Array, limits?: Partial<ZipLimits>) => readZipEntries(bytes, () => true, limits);
const text = (data: Uint8Array | undefined) => new TextDecoder().decode(data);

describe('readZipEntries', () => {
  it('inflates the entries asked for, deflated or stored, and leaves the others', () => {
    const zip = zipSync({
      'word/document.xml': strToU8('<w:document>正文</w:document>'),
      'word/media/image1.png': [new Uint8Array(1000), { level: 0 }],
      'docProps/app.xml': strToU8('<Properties/>'),
    });
    const asked: string[] = [];
    const entries = readZipEntries(zip, (name) => { asked.push(name); return name.startsWith('word/'); });
    expect(asked.sort()).toEqual(['docProps/app.xml', 'word/document.xml', 'word/media/image1.png']);
    expect([...entries.keys()].sort()).toEqual(['word/document.xml', 'word/media/image1.png']);
    expect(text(entries.get('word/document.xml'))).toBe('<w:document>正文</w:document>');
    expect(entries.get('word/media/image1.png')).toEqual(new Uint8Array(1000));
  });

  it('reads an empty archive as no entries', () => {
    expect(read(zipSync({})).size).toBe(0);
  });

  it('refuses bytes that are not a zip, an old .doc, and a zip cut short', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect(zipError(() => read(random)).id).toBe('zip-not-zip');
    expect(zipError(() => read(new Uint8Array(0))).id).toBe('zip-not-zip');
    expect(zipError(() => read(strToU8('PK'))).id).toBe('zip-not-zip');
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(zipError(() => read(ole)).id).toBe('zip-legacy');
    const zip = zipSync({ 'a.xml': strToU8('<a>' + 'x'.repeat(5000) + '</a>'), 'b.xml': strToU8('<b/>') });
    expect(zipError(() => read(zip.subarray(0, zip.length - 30))).id).toBe('zip-truncated');
    expect(zipError(() => read(zip.subarray(0, zip.length >> 1))).id).toBe('zip-truncated');
  });

  it('refuses damaged deflate data, a size that does not match, encryption and unknown methods', () => {
    const garbage = new Uint8Array(200).fill(0xff);
    expect(zipError(() => read(rawZip([{ name: 'a.xml', data: garbage, size: 10 }])))).toMatchObject({ id: 'zip-corrupt', data: { entry: 'a.xml' } });
    const data = deflateSync(strToU8('hello'));
    expect(zipError(() => read(rawZip([{ name: 'a.xml', data: data.subarray(0, 2), size: 5 }]))).id).toBe('zip-corrupt');
    expect(zipError(() => read(rawZip([{ name: 'a.xml', data, size: 4 }]))).id).toBe('zip-corrupt');
    expect(text(read(rawZip([{ name: 'a.xml', data, size: 5 }])).get('a.xml'))).toBe('hello');
    expect(zipError(() => read(rawZip([{ name: 'a.xml', data, size: 5, flags: 1 }]))).id).toBe('zip-unsupported');
    const bzip2 = rawZip([{ name: 'a.xml', data, size: 5, method: 12 as 8 }]);
    expect(zipError(() => read(bzip2))).toMatchObject({ id: 'zip-unsupported', data: { method: 12 } });
  });

  it('stops a zip bomb whose header declares a small size, long before it expands', () => {
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024));
    const zip = rawZip([{ name: 'word/document.xml', data: bomb, size: 1000 }]);
    expect(zipError(() => read(zip))).toMatchObject({ id: 'zip-bomb', data: { entry: 'word/document.xml' } });
    // Without the ratio check, the counted output still stops at the entry limit, whatever the header says.
    expect(zipError(() => read(zip, { maxRatio: 10_000, maxEntryBytes: 4 * 1024 * 1024 }))).toMatchObject({ id: 'zip-entry-too-large', data: { limit: 4 } });
  });

  it('holds an entry small enough to inflate in one call to the size its header declares', () => {
    const part = strToU8('<a>' + '项目'.repeat(500) + '</a>');
    const data = deflateSync(part), size = part.length;
    expect(data.length).toBeLessThan(4096);
    expect(read(rawZip([{ name: 'a.xml', data, size }])).get('a.xml')?.length).toBe(size);
    for (const lie of [size - 1, size + 1, 0]) {
      expect(zipError(() => read(rawZip([{ name: 'a.xml', data, size: lie }])))).toMatchObject({ id: 'zip-corrupt', data: { entry: 'a.xml' } });
    }
    // 2 MiB of zeros in 2 KB: honest about its size, but a bomb by its ratio.
    const bomb = deflateSync(new Uint8Array(2 << 20));
    expect(bomb.length).toBeLessThan(4096);
    expect(zipError(() => read(rawZip([{ name: 'a.xml', data: bomb, size: 2 << 20 }])))).toMatchObject({ id: 'zip-bomb' });
  });

  it('refuses an entry, or all entries together, over the limits', () => {
    const big = deflateSync(new Uint8Array(300_000).map((_, i) => (i * 31) % 256));
    const entry = (name: string) => ({ name, data: big, size: 300_000 });
    const limits = { maxEntryBytes: 200_000, maxTotalBytes: 500_000 };
    expect(zipError(() => read(rawZip([entry('a')]), limits)).id).toBe('zip-entry-too-large');
    expect(read(rawZip([entry('a')]), { maxTotalBytes: 500_000 }).get('a')?.length).toBe(300_000);
    expect(zipError(() => read(rawZip([entry('a'), entry('b')]), { maxTotalBytes: 500_000 }))).toMatchObject({ id: 'zip-total-too-large' });
    // Entries not asked for do not count.
    expect(readZipEntries(rawZip([entry('a'), entry('b')]), (n) => n === 'a', { maxTotalBytes: 500_000 }).size).toBe(1);
  });

  it('refuses an archive of too many entries', () => {
    const many = rawZip(Array.from({ length: 10_001 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(0), size: 0, method: 0 as const })));
    expect(zipError(() => read(many))).toMatchObject({ id: 'zip-too-many-entries', data: { count: 10_001, limit: 10_000 } });
    expect(zipError(() => read(rawZip([{ name: 'a', data: new Uint8Array(0), size: 0, method: 0 }, { name: 'b', data: new Uint8Array(0), size: 0, method: 0 }]), { maxEntries: 1 })).id)
      .toBe('zip-too-many-entries');
  });
});
