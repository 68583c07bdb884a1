// One worksheet part → its cells as shown (text, with the number format applied) and its merged ranges.
// Excel writes `r` on every row and cell; generators (finance-system exports, some WPS files) leave it out
// and count on order, so a missing `r` means "next".
import { walkXml } from './xml.js';
import { StringCollector, unescapeOoxml } from './xlsx-parts.js';
import { formatNumber } from './xlsx-numfmt.js';
import type { ReaderMessageId } from './messages.js';
import type { MessageData } from '../engine/i18n.js';

/** The largest sheet Excel allows. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

export interface SheetCell {
  row: number;
  column: number;
  text: string;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface Range { top: number; left: number; bottom: number; right: number }

export interface SheetContent {
  /** Cells that show some text, in document order. */
  cells: SheetCell[];
  merges: Range[];
}

export interface SheetContext {
  name: string;
  part: string;
  sharedStrings: string[];
  /** Number format code by cell style index. */
  formats: string[];
  date1904: boolean;
  problem(messageId: ReaderMessageId, place: string, data?: MessageData): void;
}

interface OpenCell {
  row: number;
  column: number;
  type: string;
  style: number;
  value: string[];
  inline: string | null;
}

export function readSheet(xml: Uint8Array, ctx: SheetContext): SheetContent {
  const content: SheetContent = { cells: [], merges: [] };
  const strings = new StringCollector();
  let row = 0, column = 0;
  let cell: OpenCell | null = null;
  let inValue = false, inInline = false;
  walkXml(xml, ctx.part, {
    open(e) {
      switch (e.local) {
        case 'row': {
          const r = Number(e.attributes.get('r'));
          row = Number.isInteger(r) && r > row ? r : row + 1;
          column = 0;
          break;
        }
        case 'c': {
          const ref = parseRef(e.attributes.get('r'));
          column = ref ? ref.column : column + 1;
          cell = { row, column, type: e.attributes.get('t') ?? 'n', style: Number(e.attributes.get('s') ?? 0), value: [], inline: null };
          break;
        }
        case 'v': inValue = cell !== null; break;
        case 'is': if (cell) { inInline = true; strings.take(); } break;
        case 'mergeCell': {
          const range = parseRange(e.attributes.get('ref'));
          if (range) content.merges.push(range);
          break;
        }
        default: if (inInline) strings.open(e.local);
      }
    },
    text(data) {
      if (inValue) cell?.value.push(data);
      else if (inInline) strings.text(data);
    },
    close(e) {
      switch (e.local) {
        case 'v': inValue = false; break;
        case 'is': if (cell) { inInline = false; cell.inline = strings.take(); } break;
        case 'c':
          if (cell) {
            const text = cellText(cell, ctx);
            if (text !== '' && cell.row <= MAX_ROW && cell.column <= MAX_COLUMN) {
              content.cells.push({ row: cell.row, column: cell.column, text });
            }
          }
          cell = null;
          break;
        default: if (inInline) strings.close(e.local);
      }
    },
  });
  return content;
}

/** The text a cell shows, trimmed, line breaks as '\n'. */
function cellText(cell: OpenCell, ctx: SheetContext): string {
  const raw = cell.value.join('');
  let text: string;
  switch (cell.type) {
    case 's': {
      const index = Number(raw);
      text = ctx.sharedStrings[index] ?? '';
      if (raw.trim() !== '' && !(Number.isInteger(index) && index >= 0 && index < ctx.sharedStrings.length)) {
        ctx.problem('xlsx-shared-string', place(ctx.name, cell), { index: raw.trim(), count: ctx.sharedStrings.length });
      }
      break;
    }
    case 'inlineStr': text = cell.inline ?? unescapeOoxml(raw); break;
    case 'str': text = unescapeOoxml(raw); break;
    case 'b': text = raw.trim() === '1' ? 'TRUE' : raw.trim() === '0' ? 'FALSE' : raw; break;
    case 'e':
      text = raw.trim();
      if (text !== '') ctx.problem('xlsx-cell-error', place(ctx.name, cell), { text });
      break;
    // An ISO 8601 date (Strict files, some generators): the date alone when the time is midnight.
    case 'd': text = raw.trim().replace(/^(\d{4}-\d{2}-\d{2})T00:00(:00(\.0+)?)?Z?$/, '$1'); break;
    default: {
      const n = raw.trim() === '' ? NaN : Number(raw);
      text = Number.isFinite(n) ? formatNumber(n, ctx.formats[cell.style] ?? 'General', ctx.date1904) : raw;
    }
  }
  return text.replace(/\r\n?/g, '\n').trim();
}

/** `Sheet1!C12`: where a reviewer finds the cell. */
function place(sheet: string, at: { row: number; column: number }): string {
  return `${sheet}!${columnName(at.column)}${at.row}`;
}

export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** C12 → row 12, column 3; undefined for anything else (or beyond the sheet's limits). */
function parseRef(ref: string | undefined): { row: number; column: number } | undefined {
  const m = ref === undefined ? null : /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  return row >= 1 && row <= MAX_ROW && column <= MAX_COLUMN ? { row, column } : undefined;
}

function parseRange(ref: string | undefined): Range | undefined {
  const [a, b] = (ref ?? '').split(':');
  const start = parseRef(a), end = b === undefined ? start : parseRef(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row), bottom: Math.max(start.row, end.row),
    left: Math.min(start.column, end.column), right: Math.max(start.column, end.column),
  };
}
