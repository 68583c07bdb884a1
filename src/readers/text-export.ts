// Text exported from a budget document (.txt): Word's tab-per-cell export of its tables, or the text a PDF tool
// gives. Either reduces to blocks (paragraphs and tables of cells), which the layout module turns into forms.
import { LineIndex } from '../model/source.js';
import { decodeText } from './decode.js';
import { assembleForms } from './layout/index.js';
import { isWordTextExport, wordTextBlocks } from './text-export-word.js';
import { pdfTextBlocks } from './text-export-pdf.js';
import type { ReadResult, Reader, SourceFile } from './types.js';

export const textExportReader: Reader = {
  extensions: ['.txt'],
  read(source: SourceFile): ReadResult {
    const text = decodeText(source.bytes);
    const lines = new LineIndex(text);
    const blocks = isWordTextExport(text) ? wordTextBlocks(text, lines) : pdfTextBlocks(text, lines);
    return { ...assembleForms(blocks), directives: [] };
  },
};
