// The zip container of Office files (.docx, .xlsx), read defensively: a submitted file may be anything with
// the right ending, including a zip bomb. The central directory is read here (fflate has no reader of the
// directory that does not also inflate, trusting the sizes it declares). An entry is inflated with fflate's
// streaming Inflate in small slices, counting the output, so that a lying header or a hostile ratio is caught
// after a few megabytes, never after the whole bomb went off; an entry no larger than one slice is inflated in
// one call, its output bounded by the size its header declares, which bounds the work just as one slice does.
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import type { MessageData } from '../engine/i18n.js';
import type { ReaderMessageId } from './messages.js';

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Bytes one wanted entry may expand to. */
  maxEntryBytes: number;
  /** Bytes all wanted entries together may expand to. */
  maxTotalBytes: number;
  /** Largest output/input ratio of an entry, once it has produced `ratioGraceBytes`. */
  maxRatio: number;
  ratioGraceBytes: number;
}

const MiB = 1024 * 1024;

/**
 * Office XML compresses about 10:1 and a table of repeated rows rarely beyond 100:1; deflate itself cannot
 * exceed about 1032:1, which is what bombs use.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 32 * MiB,
  maxTotalBytes: 64 * MiB,
  maxRatio: 500,
  ratioGraceBytes: 1 * MiB,
};

/**
 * Why a zip could not be read, as a reader message. The messages name the format as {format} (Word, Excel),
 * which the reader adds to `data` when it turns the error into a problem.
 */
export class ZipError extends Error {
  constructor(readonly messageId: ReaderMessageId, readonly data: MessageData = {}) {
    super(messageId);
    this.name = 'ZipError';
  }
}

/** Compressed bytes fed to the inflater at a time: bounds the output of one step to about 1032 times this. */
const SLICE = 4096;

const EOCD = 0x06054b50, EOCD64 = 0x06064b50, EOCD64_LOCATOR = 0x07064b50, CENTRAL = 0x02014b50, LOCAL = 0x04034b50;
const U32 = 0xffffffff;

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * The entries whose names `wanted` accepts, inflated, by name (as written in the archive; the first of
 * duplicate names wins). Throws a ZipError when the bytes are not a readable zip or break a limit.
 */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean,
  limits: Partial<ZipLimits> = {}): Map<string, Uint8Array> {
  const limit: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of centralDirectory(bytes, view, limit)) {
    if (out.has(entry.name) || !wanted(entry.name)) continue;
    const data = inflateEntry(bytes, view, entry, limit, limit.maxTotalBytes - total);
    total += data.length;
    out.set(entry.name, data);
  }
  return out;
}

/** Old binary Office files and encrypted OOXML files are OLE2 compound files: worth a message of their own. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function centralDirectory(bytes: Uint8Array, view: DataView, limit: ZipLimits): Entry[] {
  const end = findEndRecord(bytes, view);
  if (end < 0) {
    if (OLE2.every((b, i) => bytes[i] === b)) throw new ZipError('zip-legacy');
    // A file that starts as a zip but has no end record was cut short.
    throw new ZipError(bytes.length >= 4 && view.getUint32(0, true) === LOCAL ? 'zip-truncated' : 'zip-not-zip');
  }
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === U32) ({ count, offset } = zip64End(view, end));
  if (count > limit.maxEntries) throw new ZipError('zip-too-many-entries', { count, limit: limit.maxEntries });
  const entries: Entry[] = [];
  const names = new TextDecoder('utf-8');
  for (let i = 0, at = offset; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('zip-truncated');
    const nameLength = view.getUint16(at + 28, true), extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > bytes.length) throw new ZipError('zip-truncated');
    const entry: Entry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes. */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function zip64End(view: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) throw new ZipError('zip-truncated');
  const record = safeNumber(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== EOCD64) throw new ZipError('zip-truncated');
  return { count: safeNumber(view.getBigUint64(record + 32, true)), offset: safeNumber(view.getBigUint64(record + 48, true)) };
}

/** Zip64 entries store their real sizes and offset, those marked 0xFFFFFFFF, in the extra field 0x0001. */
function readZip64Extra(view: DataView, start: number, length: number, entry: Entry): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true), size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > at + 4 + size) throw new ZipError('zip-corrupt', { entry: entry.name });
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === U32) entry.size = take();
      if (entry.compressedSize === U32) entry.compressedSize = take();
      if (entry.localOffset === U32) entry.localOffset = take();
      return;
    }
    at += 4 + size;
  }
}

/** Offsets past 2^53 exist in no file we could have been given. */
function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function inflateEntry(bytes: Uint8Array, view: DataView, entry: Entry, limit: ZipLimits, budget: number): Uint8Array {
  const { name } = entry;
  const header = entry.localOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL) throw new ZipError('zip-truncated');
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('zip-truncated');
  if (entry.flags & 1) throw new ZipError('zip-unsupported', { entry: name, method: 'encrypted' });
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError('zip-unsupported', { entry: name, method: entry.method });
  // The declared size is a hint only: the inflating below holds the output to it or counts it, whatever it says.
  const tooLarge = (): never => {
    if (budget < limit.maxEntryBytes) throw new ZipError('zip-total-too-large', { limit: mb(limit.maxTotalBytes) });
    throw new ZipError('zip-entry-too-large', { entry: name, limit: mb(limit.maxEntryBytes) });
  };
  const cap = Math.min(limit.maxEntryBytes, budget);
  if (entry.size > cap) tooLarge();
  if (entry.method === 0) {
    if (entry.compressedSize > cap) tooLarge();
    return bytes.slice(start, end);
  }
  const input = bytes.subarray(start, end);
  const data = input.length <= SLICE ? inflateWhole(input, entry.size, name, limit) : inflateCounted(input, name, cap, limit, tooLarge);
  if (data.length !== entry.size) throw new ZipError('zip-corrupt', { entry: name });
  return data;
}

/**
 * Compressed data of one slice at most, inflated in one call that fails past `size` (the declared size, within
 * the limits). Most entries of Office files are this small: fflate's streaming inflater made a 160 KB buffer
 * for each (a tenth of reading a small Word file), and zlib, native, inflates a 19 KB part in 20 µs where
 * fflate's one-call inflateSync takes 70 µs.
 */
function inflateWhole(input: Uint8Array, size: number, name: string, limit: ZipLimits): Uint8Array {
  let data: Uint8Array;
  try {
    // Output in one buffer of the declared size (and a byte, to tell a longer output), not in 16 KB chunks.
    data = inflateRawSync(input, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(64, size + 1) });
  } catch {
    throw new ZipError('zip-corrupt', { entry: name });
  }
  if (data.length > limit.ratioGraceBytes && data.length / input.length > limit.maxRatio) {
    throw new ZipError('zip-bomb', { entry: name, limit: limit.maxRatio });
  }
  return data;
}

/** Inflates `input` a slice at a time, stopping as soon as the output breaks a limit. */
function inflateCounted(input: Uint8Array, name: string, cap: number, limit: ZipLimits, tooLarge: () => never): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    produced += chunk.length;
  });
  try {
    for (let at = 0; at < input.length; at += SLICE) {
      const stop = Math.min(input.length, at + SLICE);
      inflater.push(input.subarray(at, stop), stop === input.length);
      if (produced > cap) tooLarge();
      if (produced > limit.ratioGraceBytes && produced / stop > limit.maxRatio) {
        throw new ZipError('zip-bomb', { entry: name, limit: limit.maxRatio });
      }
    }
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('zip-corrupt', { entry: name });
  }
  const data = new Uint8Array(produced);
  let at = 0;
  for (const chunk of chunks) {
    data.set(chunk, at);
    at += chunk.length;
  }
  return data;
}

function mb(bytes: number): number {
  return Math.round((bytes / MiB) * 10) / 10;
}
