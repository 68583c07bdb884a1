// What table-shaped sources (Word tables, .docx, .xlsx, text exported from them) reduce to before their forms
// are recognised: paragraphs and tables of cells, each with its place in the source. The layout module turns
// blocks into forms by their header words, whatever the source was.
import type { Loc } from '../../model/source.js';

export interface Cell {
  /** The cell's text, line breaks kept as '\n', trimmed. */
  text: string;
  loc?: Loc;
  /**
   * The cell continues a merged cell: 'up' for a vertical merge (vMerge continue, a rowspan), 'left' for a
   * horizontal one (gridSpan, hMerge). Its text is ''. Text exports cannot tell, and leave it undefined.
   */
  merged?: 'up' | 'left';
  /**
   * The text is exactly the source between loc.offset and loc.endOffset, so that a part of it (one checkpoint of
   * a plan written in one cell) can be located too. Leave it unset when the text was rebuilt from the source.
   */
  verbatim?: boolean;
}

export interface TableBlock {
  kind: 'table';
  rows: Cell[][];
  /** 1-based number of the table in the source (表3), for places. */
  index: number;
  loc?: Loc;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  loc?: Loc;
}

export type Block = TableBlock | ParagraphBlock;
