// A minimal .docx writer for the benchmark corpus: one table per form (header rows, then the indicator rows
// with 一级/二级 as vertical merges), in the WordprocessingML shapes Word writes. Kept apart from
// tests/helpers/docx-builder.ts on purpose: benchmarks do not import test code. The package around the document
// is the one the tests use too (scripts/docx-package.ts, built into dist/ by `npm run bench`).
import { packageDocx } from '../dist/scripts/docx-package.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraph = (text) => `<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

/** cell: string | { text?, span?, vMerge?: 'restart' | 'continue' } */
function cell(input) {
  const c = typeof input === 'string' ? { text: input } : input;
  const span = c.span ?? 1;
  const vMerge = c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : '';
  const props = `<w:tcPr><w:tcW w:w="${1200 * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${vMerge}</w:tcPr>`;
  return `<w:tc>${props}${(c.text ?? '').split('\n').map(paragraph).join('')}</w:tc>`;
}

function table(rows) {
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + (typeof c === 'string' ? 1 : c.span ?? 1), 0)));
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>`
    + `<w:tblGrid>${'<w:gridCol w:w="1200"/>'.repeat(width)}</w:tblGrid>`
    + rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('') + '</w:tbl>';
}

/** blocks: Array<string (a paragraph) | { table: rows }> → the bytes of a .docx package. */
export function docxBytes(blocks) {
  const body = blocks.map((b) => (typeof b === 'string' ? paragraph(b) : table(b.table))).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"`
    + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}`
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>';
  return packageDocx(document);
}
