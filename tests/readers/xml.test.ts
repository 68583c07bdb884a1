import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { walkXml, XmlError, type XmlElement, type XmlHandlers, type XmlLimits } from '../../src/readers/xml.js';

function events(xml: string | Uint8Array, limits?: Partial<XmlLimits>): string[] {
  const out: string[] = [];
  const show = (e: XmlElement) => `${e.uri}|${e.local}${[...e.attributes].map(([k, v]) => ` ${k}=${v}`).join('')}`;
  walkXml(xml, 'word/document.xml', {
    open: (e) => out.push('open ' + show(e)),
    text: (t) => out.push('text ' + t),
    close: (e) => out.push('close ' + e.local),
  }, limits);
  return out;
}

function xmlError(f: () => unknown): { id: string; data: Record<string, unknown> } {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(XmlError);
    return { id: (error as XmlError).messageId, data: (error as XmlError).data };
  }
  throw new Error('no XmlError thrown');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<w:document xmlns:w="urn:w"><w:t>&lol9;</w:t></w:document>`;

describe('walkXml', () => {
  it('reports elements by namespace and local name, whatever the prefix, with attributes by local name', () => {
    const a = events('<x:doc xmlns:x="urn:w" x:val="1" plain="2"><x:t xml:space="preserve"> a &amp; b </x:t><x:br/></x:doc>');
    const b = events('<doc xmlns="urn:w" xmlns:w="urn:w" w:val="1" plain="2"><t xml:space="preserve"> a &amp; b </t><br/></doc>');
    expect(a).toEqual(['open urn:w|doc val=1 plain=2', 'open urn:w|t space=preserve', 'text  a & b ', 'close t',
      'open urn:w|br', 'close br', 'close doc']);
    expect(b).toEqual(a);
  });

  it('reads bytes with or without a byte-order mark, and CDATA as text', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('<a>项目<![CDATA[<名称>]]></a>')]);
    expect(events(bom)).toEqual(['open |a', 'text 项目', 'text <名称>', 'close a']);
  });

  it('refuses a DOCTYPE: billion laughs and external entities', () => {
    expect(xmlError(() => events(BILLION_LAUGHS))).toEqual({ id: 'xml-doctype', data: { part: 'word/document.xml' } });
    const xxe = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>';
    expect(xmlError(() => events(xxe)).id).toBe('xml-doctype');
    expect(xmlError(() => events('<!DOCTYPE html><html/>')).id).toBe('xml-doctype');
  });

  it('refuses nesting deeper than the limit and a text larger than the limit', () => {
    const deep = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n);
    expect(xmlError(() => events(deep(100_000)))).toMatchObject({ id: 'xml-too-deep', data: { limit: 512 } });
    expect(events(deep(500))).toHaveLength(1000);
    expect(xmlError(() => events(deep(11), { maxDepth: 10 })).id).toBe('xml-too-deep');
    expect(xmlError(() => events(`<a>${'字'.repeat(101)}</a>`, { maxText: 100 }))).toMatchObject({ id: 'xml-text-too-large', data: { limit: 100 } });
  });

  it('gives malformed XML as a syntax problem with its line and column', () => {
    expect(xmlError(() => events('<a>\n  <b></a>'))).toMatchObject({ id: 'xml-syntax', data: { line: 2 } });
    expect(xmlError(() => events('<a>&undefined;</a>')).id).toBe('xml-syntax');
    expect(xmlError(() => events('<x:a/>')).id).toBe('xml-syntax');
    expect(xmlError(() => events('')).id).toBe('xml-syntax');
    expect(xmlError(() => events('<a>')).id).toBe('xml-syntax');
  });

  it('checks names of any length and script, matching each close tag with its open tag', () => {
    const long = 'w:tblPrExChangeAndMore';
    expect(events(`<${long} xmlns:w="urn:w"><文档 属性="值"/></${long}>`)).toEqual([
      `open urn:w|tblPrExChangeAndMore`, 'open |文档 属性=值', 'close 文档', 'close tblPrExChangeAndMore']);
    for (const xml of ['<abcdefgh></abcdefgi>', '<abcdefghijklmnop></abcdefghijklmnoq>', '<a></ab>', '<ab></a>', '<文档></文本>',
      '<a:b xmlns:a="u"></a:c>']) {
      expect(xmlError(() => events(xml))).toMatchObject({ id: 'xml-syntax', data: { line: 1 } });
    }
  });

  it('reads attribute values as XML does, checking every attribute whether or not it is read', () => {
    expect(events('<a v="x&#10;y\tz\r\nw" q=\'&quot;&lt;\'/>')).toEqual(['open |a v=x\ny z w q="<', 'close a']);
    expect(xmlError(() => walkXml('<a v="1" v="2"/>', 'p', {})).data.detail).toMatch(/duplicate attribute/);
    expect(xmlError(() => walkXml('<a v="<"/>', 'p', {})).data.detail).toMatch(/disallowed character/);
    expect(xmlError(() => walkXml('<a v="&bogus;"/>', 'p', {})).data.detail).toMatch(/undefined entity/);
    expect(xmlError(() => walkXml('<a v=1/>', 'p', {})).data.detail).toMatch(/unquoted/);
    expect(xmlError(() => walkXml('<a v="1"w="2"/>', 'p', {})).data.detail).toMatch(/whitespace between attributes/);
    expect(xmlError(() => walkXml('<a x:v="1"/>', 'p', {})).data.detail).toMatch(/unbound namespace prefix/);
  });

  it('refuses characters and strings XML forbids in text, placing them', () => {
    expect(xmlError(() => events('<a>\n x\u0001</a>'))).toMatchObject({ id: 'xml-syntax', data: { line: 2, column: 3 } });
    expect(xmlError(() => events('<a>\uD800x</a>')).id).toBe('xml-syntax');
    expect(xmlError(() => events('<a>\uFFFF</a>')).id).toBe('xml-syntax');
    expect(xmlError(() => events('<a>x]]>y</a>')).data.detail).toMatch(/]]>/);
    expect(events('<a>x]]y&gt;\r\nz\u{1F600}</a>')).toEqual(['open |a', 'text x]]y>\nz\u{1F600}', 'close a']);
    expect(xmlError(() => events('<a/><b/>')).data.detail).toMatch(/only one root/);
    expect(xmlError(() => events('x<a/>')).data.detail).toMatch(/outside of root/);
    expect(xmlError(() => events('<a/><?xml version="1.0"?>')).id).toBe('xml-syntax');
    expect(xmlError(() => events('<a><!-- a -- b --></a>')).data.detail).toMatch(/comment/);
    expect(events('<?xml version="1.0" encoding="UTF-8"?><?pi data?><a><!-- note --></a>')).toEqual(['open |a', 'close a']);
  });

  it('reports only the elements of a kind when the handlers tell kinds, leaving out the content of those that ask', () => {
    const seen: string[] = [];
    const handlers: XmlHandlers<string> = {
      kindOf: (uri, local) => (uri === 'urn:w' && local !== 'skip-me' ? local : local === 'hidden' ? 'hidden' : undefined),
      skipsContent: (kind) => kind === 'hidden',
      open: (e) => { seen.push(`open ${e.kind}`); },
      text: (t) => { seen.push(`text ${t}`); },
      close: (e) => { seen.push(`close ${e.kind}`); },
    };
    walkXml('<w:a xmlns:w="urn:w"><w:skip-me>1</w:skip-me><hidden><w:b>2</w:b></hidden><w:c>3</w:c></w:a>', 'p', handlers);
    expect(seen).toEqual(['open a', 'text 1', 'open hidden', 'close hidden', 'open c', 'text 3', 'close c', 'close a']);
    // What is left out is still checked.
    expect(xmlError(() => walkXml('<w:a xmlns:w="urn:w"><hidden><w:b>2</w:c></hidden></w:a>', 'p', handlers)).id).toBe('xml-syntax');
  });

  it('lets errors of the handlers pass through', () => {
    const boom = new RangeError('boom');
    expect(() => walkXml('<a/>', 'p', { open: () => { throw boom; } })).toThrow(boom);
  });
});
