// The XML parts of Office files, walked as events. Office XML never carries a DOCTYPE: one is refused outright
// (entity declarations are how billion-laughs and external-entity attacks start). Depth and text size are
// bounded so that a hostile part fails with a clear problem instead of exhausting the readers that build on the
// events.
//
// The scanner is written here rather than taken from saxes, which it replaced: saxes reads a character at a
// time through several layers of calls and events and took ~1.0 ms for the 19 KB document.xml of a one-table
// form, without any handler (~19 MB/s; position tracking and xmlns processing off): most of what reading 10,000
// forms in 10 s allows. Reading each name once (checked once per part, found again by a numeric key), reading
// attribute values only when asked, and reporting only the elements a reader knows, this walk takes ~0.15 ms.
// It checks what well-formedness asks of the parts Office files hold — names, matching tags, quoted and unique
// attributes, references, characters XML allows, one root, namespace prefixes declared — and answers a broken
// part with its line and column.
import type { MessageData } from '../engine/i18n.js';
import type { ReaderMessageId } from './messages.js';
import { decodeText, detached } from './decode.js';

/** An element as the readers see it: namespace and local name (prefixes are the producer's choice). */
export interface XmlElement<K = unknown> {
  /** Namespace URI, '' for none. */
  uri: string;
  local: string;
  /** What the handlers' kindOf made of the element's namespace and name (undefined without kindOf). */
  kind: K | undefined;
  /**
   * Attribute values by local name (w:val → val), namespace declarations left out; should two namespaces share
   * a local name, the element's own namespace wins.
   */
  attributes: ReadonlyMap<string, string>;
}

export interface XmlHandlers<K = unknown> {
  /**
   * What an element is to the reader, by namespace and local name: asked once for each name a part uses (and
   * each namespace it stands for), given with every element as `kind`. With kindOf, only elements of a kind
   * are reported: a reader that tells elements apart by name looks no name up for each element, and hears
   * nothing of the elements it passes by (w:rPr, w:tcW: half of a Word part).
   */
  kindOf?(uri: string, local: string): K | undefined;
  /**
   * Whether the content of the elements of a kind is left out: checked, but nothing in it reported (the
   * element itself is). Asked once for each name, as kindOf is.
   */
  skipsContent?(kind: K): boolean;
  open?(element: XmlElement<K>): void;
  /** Character data, CDATA included; whitespace between elements too (but none in content left out). */
  text?(text: string): void;
  /** Called for every element reported, self-closing ones right after `open`. */
  close?(element: XmlElement<K>): void;
}

export interface XmlLimits {
  /** Nesting depth of elements. Nested Word tables take about four levels each. */
  maxDepth: number;
  /** Characters of one text node. */
  maxText: number;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML = 'http://www.w3.org/XML/1998/namespace';
/** Prefixes bound before any declaration; '' (no prefix) is no namespace until an xmlns says otherwise. */
const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([['', ''], ['xml', XML], ['xmlns', XMLNS]]);

export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 512, maxText: 4 * 1024 * 1024 };

/** Why a part could not be read, as a reader message; the reader adds {format} as it does for ZipError. */
export class XmlError extends Error {
  constructor(readonly messageId: ReaderMessageId, readonly data: MessageData = {}) {
    super(messageId);
    this.name = 'XmlError';
  }
}

/**
 * Walks the XML of `part` (bytes in UTF-8 or UTF-16 with BOM, or a string), calling the handlers in document
 * order. Throws an XmlError on a DOCTYPE, malformed XML or a broken limit; errors thrown by the handlers pass
 * through unchanged.
 */
export function walkXml<K = unknown>(xml: Uint8Array | string, part: string, handlers: XmlHandlers<K>,
  limits: Partial<XmlLimits> = {}): void {
  const text = typeof xml === 'string' ? xml : decodeText(xml);
  // The limits built field by field: an object spread gives objects of changing shapes, which cost the walk a
  // recompilation.
  const limit: XmlLimits = {
    maxDepth: limits.maxDepth ?? DEFAULT_XML_LIMITS.maxDepth,
    maxText: limits.maxText ?? DEFAULT_XML_LIMITS.maxText,
  };
  new Scanner<K>(text, part, handlers, limit).run();
}

// The productions of XML 1.0 (fifth edition) that the scanner checks by pattern.
const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D'
  + '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME = new RegExp(`^[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`, 'u');
/** A character XML forbids: controls, lone surrogates, U+FFFE/U+FFFF. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_DECLARATION = /^\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*$/;
const PREDEFINED: ReadonlyMap<string, string> = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['apos', "'"], ['quot', '"']]);
const CHARACTER_REFERENCE = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/;

const TAB = 0x09, LF = 0x0a, CR = 0x0d, SPACE = 0x20, AMP = 0x26, LT = 0x3c, GT = 0x3e, SLASH = 0x2f, BANG = 0x21,
  QUESTION = 0x3f, EQUALS = 0x3d, QUOTE = 0x22, APOSTROPHE = 0x27;

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

/** A name split once per part: a part repeats a few dozen names thousands of times. */
interface QName<K = unknown> {
  raw: string;
  /** Where the part first holds it. */
  at: number;
  /**
   * Its key: a name of at most 14 ASCII characters as two numbers (seven characters of seven bits each, exact
   * in a double), which compare faster than its characters; `high` is NaN for other names, which never equal.
   */
  low: number;
  high: number;
  prefix: string;
  local: string;
  /** xmlns or xmlns:p: a namespace declaration, not an attribute. */
  declares: boolean;
  /** The scope it was last bound in, the namespace it stood for there, and what the handlers make of it (see bind). */
  scope?: ReadonlyMap<string, string>;
  uri?: string;
  kind?: K;
  skipsContent: boolean;
}

interface Attribute { name: QName; value: string }

/** Slots of the cache of names met lately: a power of two, above the few dozen names of a Word part. */
const RECENT = 256;

/** What character data holds besides plain characters, found as it is checked. */
const HAS_REFERENCE = 1, HAS_CR = 2, HAS_WHITESPACE = 4, HAS_GT = 8, HAS_LT = 16, HAS_FORBIDDEN = 32;

/** What each character up to '>' tells of the character data holding it. */
const LOW_CHARACTERS = new Uint8Array(GT + 1).map((_, c) => {
  switch (c) {
    case AMP: return HAS_REFERENCE;
    case CR: return HAS_CR;
    case LF: case TAB: return HAS_WHITESPACE;
    case GT: return HAS_GT;
    case LT: return HAS_LT;
    default: return c < SPACE ? HAS_FORBIDDEN : 0;
  }
});

class Scanner<K> {
  /** The elements open, by depth: their names, their scopes, and what was reported of them (null: nothing). */
  private depth = 0;
  private readonly openNames: Array<QName<K>> = [];
  private readonly scopes: Array<ReadonlyMap<string, string>> = [];
  private readonly elements: Array<Element<K> | null> = [];
  /** The depth from which nothing is reported (see XmlHandlers.skipsContent); Infinity while all is. */
  private quietFrom = Infinity;
  private readonly names = new Map<string, QName<K>>();
  /** The attributes of the start tag being read (as many as it has so far), to find one written twice. */
  private readonly attributeNames: Array<QName<K>> = [];
  /** The names met lately, by their hash (see qname). */
  private readonly recent: Array<QName<K> | undefined> = new Array<QName<K> | undefined>(RECENT).fill(undefined);
  /** The hash and key of the name nameEnd read last. */
  private hash = 0;
  private low = 0;
  private high = 0;
  /** The character data charData read last. */
  private data = '';
  private rootSeen = false;

  constructor(private readonly xml: string, private readonly part: string, private readonly handlers: XmlHandlers<K>,
    private readonly limit: XmlLimits) {}

  run(): void {
    const { xml } = this;
    const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let at = start; at < xml.length;) {
      at = xml.charCodeAt(at) === LT ? this.markup(at, at === start) : this.text(at);
    }
    if (this.depth > 0) this.fail(xml.length, 'unexpected end.');
    if (!this.rootSeen) this.fail(xml.length, 'document must contain a root element.');
  }

  /** The markup starting at `lt`; returns where the text after it starts. */
  private markup(lt: number, first: boolean): number {
    const { xml } = this;
    switch (xml.charCodeAt(lt + 1)) {
      case SLASH: return this.closeTag(lt);
      case QUESTION: return this.instruction(lt, first);
      case BANG:
        if (xml.startsWith('!--', lt + 1)) return this.comment(lt);
        if (xml.startsWith('![CDATA[', lt + 1)) return this.cdata(lt);
        if (xml.startsWith('!DOCTYPE', lt + 1)) throw new XmlError('xml-doctype', { part: this.part });
        return this.fail(lt, 'incorrect syntax.');
      default: return this.openTag(lt);
    }
  }

  /**
   * A start tag. Its attributes are checked here but their values are read only when a reader asks for them
   * (Element.attributes): most elements' never are (w:rFonts, w:tcW), and making them took a fifth of the walk.
   */
  private openTag(lt: number): number {
    const { xml, depth, attributeNames } = this;
    if (this.rootSeen && depth === 0) this.fail(lt, 'documents may contain only one root.');
    if (depth >= this.limit.maxDepth) throw new XmlError('xml-too-deep', { part: this.part, limit: this.limit.maxDepth });
    let at = this.nameEnd(lt + 1);
    const name = this.qname(lt + 1, at, 'tag');
    const attributesFrom = at;
    let count = 0;
    let declarations: Attribute[] | undefined;
    for (;;) {
      const spaced = at;
      at = this.skipSpace(at);
      const c = xml.charCodeAt(at);
      if (c === GT || c === SLASH) break;
      if (at >= xml.length) this.fail(at, 'unexpected end.');
      if (at === spaced) this.fail(at, 'no whitespace between attributes.');
      const nameEnd = this.nameEnd(at);
      const attribute = this.qname(at, nameEnd, 'attribute');
      for (let k = 0; k < count; k++) if (attributeNames[k] === attribute) this.fail(at, `duplicate attribute: ${attribute.raw}.`);
      attributeNames[count++] = attribute;
      at = this.skipSpace(nameEnd);
      if (xml.charCodeAt(at) !== EQUALS) this.fail(at, 'attribute without value.');
      at = this.skipSpace(at + 1);
      const quote = xml.charCodeAt(at);
      if (quote !== QUOTE && quote !== APOSTROPHE) this.fail(at, 'unquoted attribute value.');
      at = this.charData(at + 1, quote, attribute.declares) + 1;
      if (attribute.declares) (declarations ??= []).push({ name: attribute, value: this.data });
    }
    const attributesTo = at;
    const selfClosing = xml.charCodeAt(at) === SLASH;
    if (selfClosing && xml.charCodeAt(at + 1) !== GT) this.fail(at, 'forward-slash in opening tag not followed by >.');
    const parent = depth > 0 ? this.scopes[depth - 1] : ROOT_SCOPE;
    const scope = declarations ? this.scopeOf(declarations, parent, lt) : parent;
    if (name.scope !== scope) this.bind(name, scope, lt);
    for (let k = 0; k < count; k++) {
      const attribute = attributeNames[k];
      if (attribute.scope !== scope && !attribute.declares) this.bind(attribute, scope, lt);
    }
    this.rootSeen = true;
    this.openNames[depth] = name;
    this.scopes[depth] = scope;
    this.depth = depth + 1;
    let element: Element<K> | null = null;
    if (depth < this.quietFrom && (name.kind !== undefined || !this.handlers.kindOf)) {
      element = new Element<K>(name, scope, count > 0 ? this : null, attributesFrom, attributesTo);
      this.handlers.open?.(element);
      if (name.skipsContent) this.quietFrom = depth + 1;
    }
    this.elements[depth] = element;
    if (selfClosing) this.close();
    return at + (selfClosing ? 2 : 1);
  }

  /** The attributes of a start tag that openTag checked, from `from` to `to`, with their values (for Element). */
  attributesIn(from: number, to: number): Attribute[] {
    const { xml } = this;
    const attributes: Attribute[] = [];
    for (let at = this.skipSpace(from); at < to; at = this.skipSpace(at)) {
      const nameEnd = this.nameEnd(at);
      const name = this.qname(at, nameEnd, 'attribute');
      const quote = this.skipSpace(this.skipSpace(nameEnd) + 1);
      at = this.charData(quote + 1, xml.charCodeAt(quote), true) + 1;
      attributes.push({ name, value: this.data });
    }
    return attributes;
  }

  private closeTag(lt: number): number {
    const { xml } = this;
    const end = this.nameEnd(lt + 2);
    if (this.depth === 0 || !this.matches(this.openNames[this.depth - 1], lt + 2, end)) this.fail(lt, 'unexpected close tag.');
    const at = this.skipSpace(end);
    if (xml.charCodeAt(at) !== GT) this.fail(at, at >= xml.length ? 'unexpected end.' : 'disallowed character in closing tag.');
    this.close();
    return at + 1;
  }

  private close(): void {
    const depth = --this.depth;
    if (this.quietFrom === depth + 1) this.quietFrom = Infinity;
    const element = this.elements[depth];
    if (element === null) return;
    this.elements[depth] = null;
    this.handlers.close?.(element);
  }

  /** Character data up to the next markup (only white space outside the root element); returns where it ends. */
  private text(start: number): number {
    const quiet = this.depth >= this.quietFrom;
    const end = this.charData(start, LT, !quiet);
    if (this.depth === 0) {
      for (let at = start; at < end; at++) if (!isSpace(this.xml.charCodeAt(at))) this.fail(at, 'text data outside of root node.');
    }
    if (!quiet) this.emit(this.data);
    return end;
  }

  private emit(text: string): void {
    if (text.length > this.limit.maxText) throw new XmlError('xml-text-too-large', { part: this.part, limit: this.limit.maxText });
    this.handlers.text?.(detached(text));
  }

  /**
   * Reads character data from `start` to `stop` — '<' for text (or the end of the part), the opening quote for
   * an attribute's value — into `data` (unless it is only to be checked: not `keep`), and returns where it
   * stopped. One pass checks the characters and finds what else is needed: line ends read as '\n' (in a value,
   * white space as ' '), references resolved. Scanning here rather than with indexOf saves a call for each of
   * the many values and texts a few characters long; what the characters below '?' hold is gathered from a table
   * rather than branched on, which kept recompiling the walk as a part first showed each.
   */
  private charData(start: number, stop: number, keep = true): number {
    const { xml } = this;
    const attribute = stop !== LT;
    let found = 0;
    let at = start;
    for (; at < xml.length; at++) {
      const c = xml.charCodeAt(at);
      if (c > GT && c < 0xd800) continue;
      if (c === stop) break;
      if (c <= GT) {
        found |= LOW_CHARACTERS[c];
        continue;
      }
      if (c >= 0xfffe || (c >= 0xdc00 && c < 0xe000)) this.fail(at, 'disallowed character.');
      if (c < 0xdc00) {
        const low = xml.charCodeAt(at + 1);
        if (!(low >= 0xdc00 && low <= 0xdfff)) this.fail(at, 'disallowed character.');
        at++;
      }
    }
    if (found & (HAS_FORBIDDEN | HAS_LT)) {
      const bad = xml.slice(start, at).search(attribute ? /[<\0-\x08\x0b\x0c\x0e-\x1f]/ : /[\0-\x08\x0b\x0c\x0e-\x1f]/);
      if (bad >= 0) this.fail(start + bad, 'disallowed character.');
    }
    if (!attribute && found & HAS_GT) {
      const stray = xml.indexOf(']]>', start);
      if (stray >= 0 && stray + 2 < at) this.fail(stray, 'the string "]]>" is disallowed in char data.');
    }
    if (attribute && at >= xml.length) this.fail(at, 'unexpected end.');
    // References are resolved to be checked, kept or not (they are seldom in what is not kept).
    if (!keep && !(found & HAS_REFERENCE)) return at;
    let data = xml.slice(start, at);
    if (attribute && found & (HAS_CR | HAS_WHITESPACE)) data = data.replace(/\r\n|[\t\n\r]/g, ' ');
    else if (found & HAS_CR) data = data.replace(/\r\n?/g, '\n');
    this.data = found & HAS_REFERENCE ? this.resolve(data, start) : data;
    return at;
  }

  private cdata(lt: number): number {
    const start = lt + 9;
    const end = this.xml.indexOf(']]>', start);
    if (end < 0) this.fail(this.xml.length, 'unexpected end.');
    if (this.depth === 0) this.fail(lt, 'text data outside of root node.');
    const text = this.checked(start, end);
    if (this.depth < this.quietFrom) this.emit(text.replace(/\r\n?/g, '\n'));
    return end + 3;
  }

  private comment(lt: number): number {
    const end = this.xml.indexOf('-->', lt + 4);
    if (end < 0) this.fail(this.xml.length, 'unexpected end.');
    const body = this.checked(lt + 4, end);
    if (body.includes('--') || body.endsWith('-')) this.fail(lt, 'malformed comment.');
    return end + 3;
  }

  /** A processing instruction; `<?xml …?>` only as the document's first characters (the XML declaration). */
  private instruction(lt: number, first: boolean): number {
    const { xml } = this;
    const end = xml.indexOf('?>', lt + 2);
    if (end < 0) this.fail(xml.length, 'unexpected end.');
    const targetEnd = Math.min(this.nameEnd(lt + 2), end);
    const target = xml.slice(lt + 2, targetEnd);
    if (!NAME.test(target)) this.fail(lt + 2, target === '' ? 'processing instruction without a target.' : 'disallowed character in processing instruction name.');
    if (targetEnd < end && !isSpace(xml.charCodeAt(targetEnd))) this.fail(targetEnd, 'disallowed character in processing instruction name.');
    const body = this.checked(targetEnd, end);
    if (target.toLowerCase() === 'xml') {
      if (!first || target !== 'xml') this.fail(lt, 'an XML declaration must be at the start of the document.');
      if (!XML_DECLARATION.test(body)) this.fail(lt, 'malformed XML declaration.');
    }
    return end + 2;
  }

  /** The text from `start` to `end`, failing on a character XML forbids (in markup read seldom: no need for speed). */
  private checked(start: number, end: number): string {
    const text = this.xml.slice(start, end);
    const bad = text.search(FORBIDDEN);
    if (bad >= 0) this.fail(start + bad, 'disallowed character.');
    return text;
  }

  /** `text` (found at `start`) with its entity and character references resolved. */
  private resolve(text: string, start: number): string {
    let out = '';
    let done = 0;
    for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', done)) {
      const semicolon = text.indexOf(';', amp + 1);
      if (semicolon < 0) this.fail(start + amp, 'unterminated entity reference.');
      out += text.slice(done, amp) + this.reference(text.slice(amp + 1, semicolon), start + amp);
      done = semicolon + 1;
    }
    return out + text.slice(done);
  }

  private reference(name: string, at: number): string {
    const predefined = PREDEFINED.get(name);
    if (predefined !== undefined) return predefined;
    const number = CHARACTER_REFERENCE.exec(name);
    if (!number) this.fail(at, name.startsWith('#') ? 'malformed character entity.' : `undefined entity: ${JSON.stringify(name)}.`);
    const code = number[1] !== undefined ? Number.parseInt(number[1], 16) : Number(number[2]);
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
    if (char === '' || FORBIDDEN.test(char)) this.fail(at, 'malformed character entity.');
    return char;
  }

  /**
   * Where a name starting at `at` ends: at white space or the punctuation that follows names in markup. Reads
   * the name's hash and key (see QName.low) on the way.
   */
  private nameEnd(at: number): number {
    const { xml } = this;
    let hash = 0, low = 0, high = 0, n = 0, all = 0;
    for (; at < xml.length; at++, n++) {
      const c = xml.charCodeAt(at);
      if (c === GT || c === SLASH || c === EQUALS || isSpace(c)) break;
      hash = (Math.imul(hash, 31) + c) | 0;
      all |= c;
      if (n < 7) low = low * 128 + c;
      else high = high * 128 + c;
    }
    this.hash = hash;
    this.low = low;
    this.high = all < 128 && n <= 14 ? high : NaN;
    return at;
  }

  private skipSpace(at: number): number {
    while (isSpace(this.xml.charCodeAt(at))) at++;
    return at;
  }

  /**
   * The name from `start` to `end` (just read by nameEnd), checked and split at its first colon the first time
   * the part uses it. Names met lately are found by their hash and compared by key: cutting each out of the
   * part to look it up took a fifth of the walk.
   */
  private qname(start: number, end: number, what: 'tag' | 'attribute'): QName<K> {
    const slot = this.hash & (RECENT - 1);
    const recent = this.recent[slot];
    if (recent !== undefined && this.matches(recent, start, end)) return recent;
    const raw = this.xml.slice(start, end);
    let name = this.names.get(raw);
    if (!name) {
      if (!NAME.test(raw)) this.fail(start, raw === '' && start >= this.xml.length ? 'unexpected end.' : `disallowed character in ${what} name.`);
      const colon = raw.indexOf(':');
      const prefix = colon < 0 ? '' : raw.slice(0, colon);
      const local = colon < 0 ? raw : raw.slice(colon + 1);
      // Every field set from the start: names that change shape later slow down every element read with them.
      name = {
        raw, at: start, low: this.low, high: this.high, prefix, local, declares: raw === 'xmlns' || prefix === 'xmlns',
        scope: undefined, uri: undefined, kind: undefined, skipsContent: false,
      };
      this.names.set(raw, name);
    }
    this.recent[slot] = name;
    return name;
  }

  /**
   * Whether the part holds the name `name` from `start` to `end`, just read by nameEnd: by its key, else
   * compared with where the part first held it.
   */
  private matches(name: QName<K>, start: number, end: number): boolean {
    if (name.high === this.high && name.low === this.low) return name.raw.length === end - start;
    return Number.isNaN(this.high) && this.holds(name, start, end);
  }

  /** Whether the part holds the name `name` from `start` to `end`: compared with where the part first held it. */
  private holds(name: QName<K>, start: number, end: number): boolean {
    const { xml } = this;
    if (name.raw.length !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (xml.charCodeAt(name.at + k) !== xml.charCodeAt(start + k)) return false;
    return true;
  }

  /** The prefixes in scope inside a tag: its parent's and those its attributes declare, as XML allows them. */
  private scopeOf(declarations: readonly Attribute[], parent: ReadonlyMap<string, string>, lt: number): ReadonlyMap<string, string> {
    const scope = new Map(parent);
    for (const { name, value } of declarations) {
      const prefix = name.prefix === '' ? '' : name.local;
      const uri = value.trim();
      if (prefix !== '' && uri === '') this.fail(lt, 'invalid attempt to undefine prefix in XML 1.0');
      if ((prefix === 'xml') !== (uri === XML) || (prefix === 'xmlns') !== (uri === XMLNS)) {
        this.fail(lt, `${prefix || 'the default'} prefix may not be bound to ${uri}.`);
      }
      scope.set(prefix, uri);
    }
    return scope;
  }

  /**
   * The namespace `name` stands for in `scope` (failing on a prefix never declared), and for a tag's name the
   * handlers' kind of element. Kept with the name for the scope, which the elements of a part mostly share.
   */
  private bind(name: QName<K>, scope: ReadonlyMap<string, string>, at: number): void {
    const uri = scope.get(name.prefix);
    if (uri === undefined) this.fail(at, `unbound namespace prefix: ${JSON.stringify(name.prefix)}.`);
    if (name.prefix === 'xmlns') this.fail(at, 'tags may not have "xmlns" as prefix.');
    if (name.uri !== uri) {
      const kind = this.handlers.kindOf?.(uri, name.local);
      name.uri = uri;
      name.kind = kind;
      name.skipsContent = kind !== undefined && this.handlers.skipsContent?.(kind) === true;
    }
    name.scope = scope;
  }

  /** A syntax error at offset `at`, placed by line and column. */
  private fail(at: number, detail: string): never {
    const before = this.xml.slice(0, at);
    let line = 1;
    for (let nl = before.indexOf('\n'); nl >= 0; nl = before.indexOf('\n', nl + 1)) line++;
    const column = at - before.lastIndexOf('\n');
    throw new XmlError('xml-syntax', { part: this.part, line, column, detail });
  }
}

/**
 * An element with its namespace resolved. The attribute map is made on first use: readers look at the
 * attributes of few elements (w:gridSpan, not w:rFonts), and making one for every element cost a tenth of
 * reading a Word file.
 */
class Element<K> implements XmlElement<K> {
  readonly uri: string;
  readonly local: string;
  readonly kind: K | undefined;
  private map: Map<string, string> | undefined;

  /** `name` is bound in `scope`; `scanner` (null for no attributes) holds the attributes from `from` to `to`. */
  constructor(readonly name: QName<K>, readonly scope: ReadonlyMap<string, string>, private readonly scanner: Scanner<K> | null,
    private readonly from: number, private readonly to: number) {
    this.uri = name.uri!;
    this.local = name.local;
    this.kind = name.kind;
  }

  get attributes(): ReadonlyMap<string, string> {
    if (this.map) return this.map;
    const map = new Map<string, string>();
    for (const { name: { prefix, local, declares }, value } of this.scanner?.attributesIn(this.from, this.to) ?? []) {
      if (declares) continue;
      // An attribute without a prefix is in no namespace, whatever the default one.
      const uri = prefix === '' ? '' : this.scope.get(prefix);
      if (!map.has(local) || uri === this.uri) map.set(local, value);
    }
    return (this.map = map);
  }
}
