// The Markdown reader's fast road: a parser of the subset of Markdown that forms written to the convention
// (docs/markdown-forms.md) use — YAML front matter, ATX headings, GFM pipe tables of plain cells, paragraphs of
// plain text, backslash escapes, HTML comments and <br> — giving exactly the mdast Root that micromark gives
// (fromMarkdown with the reader's options), every position included, or undefined for anything it is not sure
// of, which micromark then reads. Why: micromark reads about 0.5 MB/s, and was three quarters of the time of
// reading a form; this reads the same forms at some 50 MB/s (12 MB/s before the JIT warms up). It is held to
// micromark by a differential property test (tests/property/markdown-subset.test.ts) and on real forms
// (tests/readers/markdown-subset.test.ts).
import type { AlignType, Heading, Html, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Yaml } from 'mdast';

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/**
 * The mdast Root of `text`, or undefined when the text holds anything outside the subset: tabs and NUL (which
 * micromark rewrites), a lone CR, a BOM, and any block or inline construct but those above.
 */
export function parseSubset(text: string): Root | undefined {
  if (UNSUPPORTED.test(text) || text.charCodeAt(0) === 0xfeff) return undefined;
  return new SubsetParser(text).root();
}

const UNSUPPORTED = /[\0\t]|\r(?!\n)/;

/**
 * Characters that may open an inline construct (micromark's text constructs): refused, but for escapes, `<br>`,
 * comments, and a `&` or `<` that cannot open anything. The rest of ASCII is plain, `!` and `]` included, as they
 * open nothing without a `[`.
 */
const INLINE_SPECIAL = /[&*<[\\_`]/g;

/**
 * First characters of a line that may open a block other than a paragraph, or change the paragraph above
 * (setext underlines, table delimiter rows): a paragraph line starting with one is left to micromark.
 */
const BLOCK_START = new Uint8Array(128);
for (const c of '#>-+*=_~`|<[:\\') BLOCK_START[c.charCodeAt(0)] = 1;
/** The number opening an ordered list item, which a paragraph line may not start with either. */
const LIST_NUMBER = /\d+[.)]/y;

const SPACE = 0x20, PIPE = 0x7c, HASH = 0x23, DASH = 0x2d, COLON = 0x3a, LT = 0x3c, GT = 0x3e, BACKSLASH = 0x5c, AMP = 0x26;

/** What a backslash escapes: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ */
function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/**
 * The first place of `needle` (a string, or a global RegExp of one character) at or after an offset, else the
 * text's length, for offsets that never go back (the parser only moves on): a search goes no further than the
 * next match, and is not repeated before it, so that a file of many `<` and no `>` takes linear time.
 */
class Finder {
  private found = -1;

  constructor(private readonly text: string, private readonly needle: string | RegExp) {}

  at(offset: number): number {
    if (this.found < offset) {
      let i: number;
      if (typeof this.needle === 'string') i = this.text.indexOf(this.needle, offset);
      else {
        this.needle.lastIndex = offset;
        i = this.needle.exec(this.text)?.index ?? -1;
      }
      this.found = i < 0 ? this.text.length : i;
    }
    return this.found;
  }
}

class SubsetParser {
  /** Line k runs from starts[k] to ends[k] (its line ending excluded); the last line may be empty. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private line = 0;
  private readonly specials: Finder;
  private readonly backslashes: Finder;
  private readonly semicolons: Finder;
  private readonly closers: Finder;
  private readonly commentEnds: Finder;

  constructor(private readonly text: string) {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      this.starts.push(start);
      this.ends.push(nl > start && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl);
      start = nl + 1;
    }
    this.starts.push(start);
    this.ends.push(text.length);
    this.specials = new Finder(text, INLINE_SPECIAL);
    this.backslashes = new Finder(text, '\\');
    this.semicolons = new Finder(text, ';');
    this.closers = new Finder(text, '>');
    this.commentEnds = new Finder(text, '-->');
  }

  root(): Root | undefined {
    const children: RootContent[] = [];
    if (this.text.startsWith('---')) {
      const yaml = this.frontMatter();
      if (!yaml) return undefined;
      children.push(yaml);
    }
    const count = this.starts.length;
    while (this.line < count) {
      const s = this.starts[this.line];
      if (this.blank(this.line)) {
        this.line++;
        continue;
      }
      // Headings, tables and block comments start at the line's start; the rest, indented lines too, is paragraphs.
      let block: RootContent | undefined;
      if (this.text.charCodeAt(s) === HASH) block = this.heading();
      else if (this.text.charCodeAt(s) === PIPE) block = this.table();
      else if (this.text.startsWith('<!--', s)) block = this.htmlComment();
      else block = this.paragraph();
      if (!block) return undefined;
      children.push(block);
    }
    return { type: 'root', children, position: this.span(0, 0, count - 1, this.text.length) };
  }

  // ---- blocks -----------------------------------------------------------------------------------------------

  /** `---` lines around YAML, as micromark-extension-frontmatter reads them: fences may have trailing spaces. */
  private frontMatter(): Yaml | undefined {
    if (!this.isFence(0)) return undefined;
    for (let k = 1; k < this.starts.length; k++) {
      if (!this.isFence(k)) continue;
      // mdast-util-frontmatter keeps the line endings between the fences but the first and the last.
      const value = this.text.slice(this.ends[0], this.starts[k]).replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
      this.line = k + 1;
      return { type: 'yaml', value, position: this.span(0, 0, k, this.ends[k]) };
    }
    return undefined;
  }

  private isFence(k: number): boolean {
    const s = this.starts[k], e = this.ends[k];
    return this.text.startsWith('---', s) && this.skipSpaces(s + 3, e) === e;
  }

  /** `#` to `######`, a space, text; a closing run of `#` is left to micromark. */
  private heading(): Heading | undefined {
    const k = this.line, s = this.starts[k], e = this.ends[k];
    let depth = 0;
    while (depth < 7 && this.text.charCodeAt(s + depth) === HASH) depth++;
    if (depth > 6 || this.text.charCodeAt(s + depth) !== SPACE) return undefined;
    const from = this.skipSpaces(s + depth, e), to = this.trimEnd(from, e);
    if (from === to || this.text.charCodeAt(to - 1) === HASH) return undefined;
    const children = this.inlineLine(k, from, to);
    if (!children) return undefined;
    this.line++;
    return { type: 'heading', depth: depth as Heading['depth'], children, position: this.span(k, s, k, e) };
  }

  /** A block HTML comment (micromark's HTML flow of kind 2): from its line's start to the end of the line closing it. */
  private htmlComment(): Html | undefined {
    const k = this.line, s = this.starts[k];
    const end = this.commentEnd(s);
    if (end === 0) return undefined;
    let last = k;
    while (this.ends[last] < end) last++;
    this.line = last + 1;
    return { type: 'html', value: this.text.slice(s, this.ends[last]), position: this.span(k, s, last, this.ends[last]) };
  }

  /**
   * Lines of plain text up to a blank line, a heading or a block comment (which interrupt paragraphs). A line
   * that could start any other block, or turn the paragraph into something else, is left to micromark, and so
   * is a hard break (two spaces before a line ending) and an indent of 4 spaces (indented code, lazy lines).
   */
  private paragraph(): Paragraph | undefined {
    const lines: number[] = [], froms: number[] = [], tos: number[] = [];
    for (let k = this.line; k < this.starts.length; k++) {
      const s = this.starts[k], e = this.ends[k];
      const from = this.skipSpaces(s, e);
      if (from === e) break;
      if (from - s > 3) return undefined;
      if (lines.length > 0 && from === s && (this.text.startsWith('<!--', s) || this.opensHeading(s, e))) break;
      const c = this.text.charCodeAt(from);
      LIST_NUMBER.lastIndex = from;
      if ((c < 128 && BLOCK_START[c] === 1) || LIST_NUMBER.test(this.text)) return undefined;
      const to = this.trimEnd(from, e);
      // Trailing spaces: one is dropped, two or more make a hard break (unless the paragraph ends there).
      if (e - to > 1 && k + 1 < this.starts.length && !this.blank(k + 1)) return undefined;
      lines.push(k);
      froms.push(from);
      tos.push(to);
    }
    const first = lines[0], last = lines[lines.length - 1];
    const children = this.inline(lines, froms, tos, tos[tos.length - 1]);
    if (!children) return undefined;
    this.line = last + 1;
    return { type: 'paragraph', children, position: this.span(first, froms[0], last, this.ends[last]) };
  }

  private opensHeading(s: number, e: number): boolean {
    let n = 0;
    while (n < 7 && this.text.charCodeAt(s + n) === HASH) n++;
    return n > 0 && n < 7 && (s + n === e || this.text.charCodeAt(s + n) === SPACE);
  }

  /**
   * A GFM table: a header row and a delimiter row of as many cells, then body rows up to a blank line. Every row
   * starts with a pipe at the line's start; a line after the table that is neither a row nor blank (GFM makes a
   * row of it) is left to micromark.
   */
  private table(): Table | undefined {
    const head = this.line, s = this.starts[head];
    // A header row needs more than its first pipe, and a line after it.
    if (this.trimEnd(s, this.ends[head]) - s < 2 || head + 1 >= this.starts.length) return undefined;
    const header = this.row(head);
    if (!header) return undefined;
    const align = this.delimiterRow(head + 1);
    if (!align || align.length !== header.children.length) return undefined;
    const rows: TableRow[] = [header];
    let k = head + 2;
    for (; k < this.starts.length; k++) {
      if (this.blank(k)) break;
      if (this.text.charCodeAt(this.starts[k]) !== PIPE) return undefined;
      const row = this.row(k);
      if (!row) return undefined;
      rows.push(row);
    }
    this.line = k;
    // Its last line: the last body row, or the delimiter row (which is no row of the tree).
    return { type: 'table', align, children: rows, position: this.span(head, s, k - 1, this.ends[k - 1]) };
  }

  /**
   * A row: a cell starts at each pipe but a closing one (the line's last, with only spaces after it and other
   * pipes before) and runs to the next cell, the last one to the line's end, trailing spaces included; its
   * content is what lies between its pipes, without the spaces around it.
   */
  private row(k: number): TableRow | undefined {
    const s = this.starts[k], e = this.ends[k], end = this.trimEnd(s, e);
    // The dividers: pipes but escaped ones (`\|`; `\\|` is an escaped backslash, then a divider).
    const pipes: number[] = [];
    if (this.backslashes.at(s) >= end) {
      for (let p = this.text.indexOf('|', s); p >= 0 && p < end; p = this.text.indexOf('|', p + 1)) pipes.push(p);
    } else {
      for (let p = s; p < end; p++) {
        const c = this.text.charCodeAt(p);
        if (c === PIPE) pipes.push(p);
        else if (c === BACKSLASH && (this.text.charCodeAt(p + 1) === BACKSLASH || this.text.charCodeAt(p + 1) === PIPE)) p++;
      }
    }
    const closed = pipes.length > 1 && pipes[pipes.length - 1] === end - 1;
    const count = closed ? pipes.length - 1 : pipes.length;
    const cells: TableCell[] = [];
    for (let i = 0; i < count; i++) {
      const cellEnd = i + 1 < count ? pipes[i + 1] : e;
      const from = this.skipSpaces(pipes[i] + 1, end);
      const to = this.trimEnd(from, i + 1 < pipes.length ? pipes[i + 1] : end);
      const children = from === to ? [] : this.inlineLine(k, from, to);
      if (!children) return undefined;
      cells.push({ type: 'tableCell', children, position: this.span(k, pipes[i], k, cellEnd) });
    }
    return { type: 'tableRow', children: cells, position: this.span(k, s, k, e) };
  }

  /** The alignments of a delimiter row (`| :--- | ---: |`), or undefined when the line is not one. */
  private delimiterRow(k: number): AlignType[] | undefined {
    const s = this.starts[k], e = this.ends[k];
    if (this.text.charCodeAt(s) !== PIPE) return undefined;
    const align: AlignType[] = [];
    let p = s + 1;
    while (p < e) {
      const from = this.skipSpaces(p, e);
      if (from === e) break;
      let q = from;
      const left = this.text.charCodeAt(q) === COLON;
      if (left) q++;
      const dashes = q;
      while (this.text.charCodeAt(q) === DASH) q++;
      if (q === dashes) return undefined;
      const right = this.text.charCodeAt(q) === COLON;
      if (right) q++;
      q = this.skipSpaces(q, e);
      if (q < e && this.text.charCodeAt(q) !== PIPE) return undefined;
      align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
      p = q + 1;
    }
    return align;
  }

  // ---- inline content ---------------------------------------------------------------------------------------

  /** The phrasing content of line k from `from` to `to`: most often one text node, made at once. */
  private inlineLine(k: number, from: number, to: number): PhrasingContent[] | undefined {
    if (this.specials.at(from) < to) return this.inline([k], [from], [to], to);
    return [{ type: 'text', value: this.text.slice(from, to), position: this.span(k, from, k, to) }];
  }

  /**
   * The phrasing content of lines[i] from froms[i] to tos[i] (spaces around each line already left out): plain
   * text, backslash escapes read, with the line endings between lines, split by `<br>` and one-line HTML comments
   * into html nodes. Undefined for anything else that may be markup: emphasis, code, links, character references,
   * other HTML, hard breaks. `limit` is the end of the whole content: a `<` with no `>` before it opens nothing.
   */
  private inline(lines: number[], froms: number[], tos: number[], limit: number): PhrasingContent[] | undefined {
    const text = this.text;
    const out: PhrasingContent[] = [];
    // The text node being built: where it started, its value so far.
    let runLine = -1, runStart = 0, value = '';
    let endLine = 0, endOffset = 0;
    const flush = () => {
      if (runLine < 0) return;
      out.push({ type: 'text', value, position: this.span(runLine, runStart, endLine, endOffset) });
      runLine = -1;
      value = '';
    };
    const addText = (k: number, from: number, to: number, read = text.slice(from, to)) => {
      if (from === to) return;
      if (runLine < 0) {
        runLine = k;
        runStart = from;
      }
      value += read;
      endLine = k;
      endOffset = to;
    };
    for (let i = 0; i < lines.length; i++) {
      const k = lines[i], to = tos[i];
      if (i > 0) {
        // The line ending after the previous line's trailing spaces, which micromark drops.
        const prev = lines[i - 1];
        addText(prev, this.ends[prev], this.starts[k]);
        endLine = k;
      }
      let from = froms[i];
      for (let p = this.specials.at(from); p < to; p = this.specials.at(p + 1)) {
        const c = text.charCodeAt(p);
        if (c === BACKSLASH) {
          if (p + 1 < to && isAsciiPunctuation(text.charCodeAt(p + 1))) {
            // An escape: the character without its backslash, the node's place with it.
            addText(k, from, p);
            addText(k, p, p + 2, text[p + 1]);
            from = p + 2;
            p++;
          } else if (p + 1 === this.ends[k] && i + 1 < lines.length) {
            return undefined; // a hard break
          }
          continue;
        }
        if (c === AMP) { // A character reference needs a `;`.
          if (this.semicolons.at(p + 1) < to) return undefined;
          continue;
        }
        if (c !== LT) return undefined;
        const html = this.htmlAt(p, to);
        if (html === 0) {
          if (this.closers.at(p + 1) < limit) return undefined;
          continue;
        }
        addText(k, from, p);
        flush();
        out.push({ type: 'html', value: text.slice(p, html), position: this.span(k, p, k, html) });
        from = html;
        p = html - 1;
      }
      addText(k, from, to);
    }
    flush();
    return out;
  }

  /** The end of a `<br>` (`<br/>`, `<br />`, any case) or of a comment at `p`, if it ends by `to`; else 0. */
  private htmlAt(p: number, to: number): number {
    const text = this.text;
    let end = 0;
    if (text.startsWith('<!--', p)) end = this.commentEnd(p);
    else if ((text.charCodeAt(p + 1) | 0x20) === 0x62 && (text.charCodeAt(p + 2) | 0x20) === 0x72) { // b, r
      end = text.startsWith('>', p + 3) ? p + 4 : text.startsWith('/>', p + 3) ? p + 5 : text.startsWith(' />', p + 3) ? p + 6 : 0;
    }
    return end <= to ? end : 0;
  }

  /**
   * The end of the comment opening at `p` (after its `-->`), or 0 when it does not close or opens with `-` or `>`:
   * `<!-->` and `<!--->` close at once, and are left to micromark.
   */
  private commentEnd(p: number): number {
    const c = this.text.charCodeAt(p + 4);
    if (c === DASH || c === GT) return 0;
    const close = this.commentEnds.at(p + 4);
    return close === this.text.length ? 0 : close + 3;
  }

  // ---- positions --------------------------------------------------------------------------------------------

  private point(k: number, offset: number): Point {
    return { line: k + 1, column: offset - this.starts[k] + 1, offset };
  }

  private span(startLine: number, start: number, endLine: number, end: number): Position {
    return { start: this.point(startLine, start), end: this.point(endLine, end) };
  }

  private blank(k: number): boolean {
    return this.skipSpaces(this.starts[k], this.ends[k]) === this.ends[k];
  }

  private skipSpaces(p: number, e: number): number {
    while (p < e && this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  private trimEnd(s: number, e: number): number {
    while (e > s && this.text.charCodeAt(e - 1) === SPACE) e--;
    return e;
  }
}
