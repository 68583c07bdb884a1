// The layout module: table-shaped sources (Word text exports, .docx, .xlsx, PDF text exports) reduce to blocks
// (blocks.ts), and assembleForms turns blocks into forms by their header words.
export { assembleForms, type AssembleOptions, type Assembled } from './assemble.js';
export type { Block, Cell, ParagraphBlock, TableBlock } from './blocks.js';
export { isIndicatorHeader } from './indicator-table.js';
export { continuesList, isTitleLine, titleKind, type TitleKind } from './titles.js';
