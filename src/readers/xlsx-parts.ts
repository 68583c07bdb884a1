// The parts of a workbook package other than the sheets' cells: where the workbook is, its sheets in order
// with their parts (by relationship, since producers name parts as they like), the shared strings and the
// number format of every cell style. Elements are matched by local name: producers differ in prefixes
// (x:sheet from the Open XML SDK) and in the namespace (Transitional or Strict).
import { walkXml } from './xml.js';
import { readZipEntries } from './zip.js';
import { BUILTIN_FORMATS } from './xlsx-numfmt.js';

/**
 * The package's parts, read from the zip as they are needed: the relationships first, then the workbook, then
 * what it names, each step in one pass, so that the zip layer's total-size limit holds for the sheets together.
 * Part names are case-insensitive (OPC).
 */
export class Package {
  private readonly parts = new Map<string, Uint8Array>();
  constructor(private readonly bytes: Uint8Array) {}

  /** Reads the parts whose lower-cased name `wanted` accepts. Throws ZipError. */
  load(wanted: (lowerName: string) => boolean): void {
    for (const [name, data] of readZipEntries(this.bytes, (name) => wanted(name.toLowerCase()))) {
      if (!this.parts.has(name.toLowerCase())) this.parts.set(name.toLowerCase(), data);
    }
  }

  get(part: string): Uint8Array | undefined {
    return this.parts.get(part.toLowerCase());
  }
}

export interface Relationship { type: string; target: string }

/** The relationships of `part` (from its _rels/<name>.rels), targets resolved to part names. */
export function relationships(pkg: Package, part: string): Map<string, Relationship> {
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  const relsName = `${dir}_rels/${part.slice(dir.length)}.rels`;
  const out = new Map<string, Relationship>();
  const xml = pkg.get(relsName);
  if (!xml) return out;
  walkXml(xml, relsName, {
    open(e) {
      const id = e.attributes.get('Id'), target = e.attributes.get('Target');
      if (e.local !== 'Relationship' || id === undefined || target === undefined) return;
      if (e.attributes.get('TargetMode') === 'External') return;
      out.set(id, { type: e.attributes.get('Type') ?? '', target: resolvePart(dir, target) });
    },
  });
  return out;
}

/** A relationship target against the directory of its source: `worksheets/sheet1.xml`, `/xl/…`, `../…`. */
function resolvePart(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The relationship of `type` (compared by its last segment: officeDocument, sharedStrings, styles). */
export function relatedPart(rels: Map<string, Relationship>, type: string): string | undefined {
  for (const rel of rels.values()) if (rel.type.endsWith('/' + type)) return rel.target;
  return undefined;
}

export interface SheetEntry {
  name: string;
  /** Part name, undefined when the relationship is missing. */
  part: string | undefined;
  hidden: boolean;
}

export interface Workbook {
  sheets: SheetEntry[];
  /** Dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
}

export function readWorkbook(pkg: Package, part: string, xml: Uint8Array): Workbook {
  const rels = relationships(pkg, part);
  const workbook: Workbook = { sheets: [], date1904: false };
  walkXml(xml, part, {
    open(e) {
      if (e.local === 'workbookPr') {
        const v = e.attributes.get('date1904');
        workbook.date1904 = v === '1' || v === 'true';
      } else if (e.local === 'sheet') {
        const id = e.attributes.get('id');
        const rel = id === undefined ? undefined : rels.get(id);
        // A chart sheet or a dialog sheet has no cells to read.
        if (rel && !rel.type.endsWith('/worksheet')) return;
        const state = e.attributes.get('state');
        workbook.sheets.push({
          name: e.attributes.get('name') ?? '',
          part: rel?.target,
          hidden: state === 'hidden' || state === 'veryHidden',
        });
      }
    },
  });
  return workbook;
}

/** OOXML writes characters XML cannot hold as _xHHHH_ (_x000D_ for a carriage return, _x005F_ for _). */
export function unescapeOoxml(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of an `si` (shared string) or `is` (inline string): plain `t`, or the `t` of every rich
 * text run `r`; phonetic guides (`rPh`) are annotations, not text.
 */
export class StringCollector {
  private depthInPhonetic = 0;
  private inText = false;
  private parts: string[] = [];

  open(local: string): void {
    if (local === 'rPh') this.depthInPhonetic++;
    else if (local === 't' && this.depthInPhonetic === 0) this.inText = true;
  }
  text(data: string): void {
    if (this.inText) this.parts.push(data);
  }
  close(local: string): void {
    if (local === 'rPh') this.depthInPhonetic--;
    else if (local === 't') this.inText = false;
  }
  /** The string collected since the last call. */
  take(): string {
    const s = unescapeOoxml(this.parts.join(''));
    this.parts = [];
    return s;
  }
}

export function readSharedStrings(xml: Uint8Array, part: string): string[] {
  const strings: string[] = [];
  const collector = new StringCollector();
  let inItem = false;
  walkXml(xml, part, {
    open(e) {
      if (e.local === 'si') { inItem = true; collector.take(); }
      else if (inItem) collector.open(e.local);
    },
    text(data) { if (inItem) collector.text(data); },
    close(e) {
      if (e.local === 'si') { inItem = false; strings.push(collector.take()); }
      else if (inItem) collector.close(e.local);
    },
  });
  return strings;
}

/** The number format code of every cell style (cellXfs, by index); the `s` attribute of a cell indexes it. */
export function readStyles(xml: Uint8Array, part: string): string[] {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  walkXml(xml, part, {
    open(e) {
      if (e.local === 'numFmt') {
        const id = Number(e.attributes.get('numFmtId')), code = e.attributes.get('formatCode');
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (e.local === 'cellXfs') {
        inCellXfs = true;
      } else if (e.local === 'xf' && inCellXfs) {
        formatIds.push(Number(e.attributes.get('numFmtId') ?? 0));
      }
    },
    close(e) {
      if (e.local === 'cellXfs') inCellXfs = false;
    },
  });
  return formatIds.map((id) => custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General');
}
