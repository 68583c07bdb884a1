// The .xlsx reader: every visible worksheet, in the workbook's order, reduced to blocks — tables of cells as the
// sheet shows them (numbers in their number format: 95%, 2.00万元), title rows as paragraphs — which the
// layout module turns into forms by their header words, as it does for Word tables. All forms of all sheets
// make the document; every cell read is placed as Sheet1!C12.
//
// Parts are found the way the package says (relationships), not by fixed names. Hidden sheets are left out:
// templates keep lookup lists and example forms there, which a reviewer of the printed document never sees.
import { PointerMap } from '../model/source.js';
import type { MessageData } from '../engine/i18n.js';
import type { Block } from './layout/blocks.js';
import type { Problem, Reader, ReadResult, SourceFile } from './types.js';
import type { ReaderMessageId } from './messages.js';
import { ZipError } from './zip.js';
import { XmlError } from './xml.js';
import { assembleForms } from './layout/index.js';
import { Package, readSharedStrings, readStyles, readWorkbook, relatedPart, relationships } from './xlsx-parts.js';
import { readSheet } from './xlsx-sheet.js';
import { MAX_WORKBOOK_CELLS, placeLoc, sheetBlocks } from './xlsx-grid.js';

export const xlsxReader: Reader = {
  extensions: ['.xlsx'],
  read(source: SourceFile): ReadResult {
    const { blocks, problems } = readXlsxBlocks(source.bytes);
    if (problems.some((p) => p.severity === 'error')) {
      return { document: null, sourceMap: new PointerMap(), directives: [], problems };
    }
    const assembled = assembleForms(blocks);
    return { ...assembled, directives: [], problems: [...problems, ...assembled.problems] };
  },
};

const FORMAT = 'Excel';
const DEFAULT_WORKBOOK = 'xl/workbook.xml';
/** Problems of cells (an error value, a string out of range) reported per sheet. */
const MAX_CELL_PROBLEMS = 20;

/**
 * The blocks of a workbook, sheet after sheet, and the problems met reading it. Never throws: a file that
 * cannot be read gives an error problem and no blocks; a sheet that cannot be read gives a warning and is
 * skipped.
 */
export function readXlsxBlocks(bytes: Uint8Array): { blocks: Block[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (messageId: ReaderMessageId, data: MessageData) =>
    ({ blocks: [], problems: [...problems, { messageId, data: { ...data, format: FORMAT }, severity: 'error' as const }] });
  try {
    const pkg = new Package(bytes);
    pkg.load((name) => name.endsWith('.rels'));
    const workbookPart = relatedPart(relationships(pkg, ''), 'officeDocument') ?? DEFAULT_WORKBOOK;
    pkg.load((name) => name === workbookPart.toLowerCase());
    const workbookXml = pkg.get(workbookPart);
    if (!workbookXml) return fail('part-missing', { part: workbookPart });
    const workbook = readWorkbook(pkg, workbookPart, workbookXml);
    const rels = relationships(pkg, workbookPart);
    const stringsPart = relatedPart(rels, 'sharedStrings');
    const stylesPart = relatedPart(rels, 'styles');
    const sheets = workbook.sheets.filter((s) => !s.hidden);
    const wanted = new Set([stringsPart, stylesPart, ...sheets.map((s) => s.part)].flatMap((p) => (p ? [p.toLowerCase()] : [])));
    pkg.load((name) => wanted.has(name));

    const sharedXml = stringsPart ? pkg.get(stringsPart) : undefined;
    const stylesXml = stylesPart ? pkg.get(stylesPart) : undefined;
    const sharedStrings = sharedXml ? readSharedStrings(sharedXml, stringsPart!) : [];
    const formats = stylesXml ? readStyles(stylesXml, stylesPart!) : [];

    const blocks: Block[] = [];
    let budget = MAX_WORKBOOK_CELLS;
    for (const sheet of sheets) {
      const xml = sheet.part ? pkg.get(sheet.part) : undefined;
      const where = placeLoc(sheet.name);
      if (!xml) {
        problems.push({ messageId: 'xlsx-sheet-missing', data: { sheet: sheet.name, part: sheet.part ?? '?' }, loc: where, severity: 'warning' });
        continue;
      }
      // A broken file may break every cell alike: the first few say it.
      let cellProblems = 0;
      try {
        const content = readSheet(xml, {
          name: sheet.name, part: sheet.part!, sharedStrings, formats, date1904: workbook.date1904,
          problem: (messageId, place, data) => {
            if (cellProblems++ < MAX_CELL_PROBLEMS) problems.push({ messageId, data, loc: placeLoc(place), severity: 'warning' });
          },
        });
        const tables = blocks.filter((b) => b.kind === 'table').length;
        const grid = sheetBlocks(sheet.name, content, tables + 1, budget);
        budget -= grid.cells;
        blocks.push(...grid.blocks);
        if (grid.truncated) {
          problems.push({ messageId: 'xlsx-sheet-too-large', loc: where, severity: 'warning',
            data: { sheet: sheet.name, ...grid.truncated, limit: MAX_WORKBOOK_CELLS } });
        }
      } catch (error) {
        // One broken sheet does not hide the others.
        if (!(error instanceof XmlError)) throw error;
        problems.push({ messageId: error.messageId, data: { ...error.data, format: FORMAT }, loc: where, severity: 'warning' });
      }
    }
    return { blocks, problems };
  } catch (error) {
    if (error instanceof ZipError || error instanceof XmlError) return fail(error.messageId, error.data);
    return fail('office-unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
}
