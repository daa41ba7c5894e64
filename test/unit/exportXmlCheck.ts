/**
 * A small strict XML 1.0 reader for the export tests: it refuses anything a conforming parser
 * would (unbalanced or misnested tags, unquoted or repeated attributes, `<` in values, unknown
 * entities, characters XML forbids, text outside the root) and returns the element tree, so
 * tests can ask structural questions without a DOM. Enough for SVG; no DTDs, no namespaces.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | { readonly text: string };

export class XmlError extends Error {
  override readonly name = "XmlError";
}

// Sticky patterns, matched at a position without copying the rest of the document.
const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const SPACE = /\s*/y;
const ATTR = /([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*(["'])/y;

function matchAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function decode(raw: string, at: number): string {
  if (raw.includes("<")) throw new XmlError(`"<" in text or attribute at ${at}`);
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new XmlError(`bare "&" at ${at}`);
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (body in named) return named[body] as string;
    const m = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.exec(body);
    if (!m) throw new XmlError(`unknown entity &${body}; at ${at}`);
    const cp = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const ch = String.fromCodePoint(cp);
    if (FORBIDDEN.test(ch)) throw new XmlError(`character reference to a forbidden character at ${at}`);
    return ch;
  });
}

/** Parses `xml` strictly; throws `XmlError` at the first violation. Returns the root element. */
export function parseXml(xml: string): XmlElement {
  const bad = FORBIDDEN.exec(xml);
  if (bad) throw new XmlError(`forbidden character U+${(bad[0].codePointAt(0) ?? 0).toString(16)} at ${bad.index}`);
  let i = 0;
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) throw new XmlError("unterminated XML declaration");
    i = end + 2;
  }
  const stack: { name: string; attrs: Map<string, string>; children: XmlNode[] }[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.children.push({ text: decode(raw, i) });
      else if (raw.trim() !== "") throw new XmlError(`text outside the root element at ${i}`);
      if (raw.includes("]]>")) throw new XmlError(`"]]>" in text at ${i}`);
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) throw new XmlError("unterminated comment");
      i = end + 3;
      continue;
    }
    if (xml.startsWith("<!", i) || xml.startsWith("<?", i)) throw new XmlError(`declarations, CDATA and PIs are not expected (at ${i})`);
    if (xml.startsWith("</", i)) {
      const m = matchAt(NAME, xml, i + 2);
      const close = xml.indexOf(">", i);
      if (!m || close < 0 || xml.slice(i + 2 + m[0].length, close).trim() !== "") throw new XmlError(`bad end tag at ${i}`);
      const open = stack.pop();
      if (!open || open.name !== m[0]) throw new XmlError(`</${m[0]}> closes <${open?.name ?? "nothing"}> at ${i}`);
      const el: XmlElement = { name: open.name, attrs: open.attrs, children: open.children };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else root = el;
      i = close + 1;
      continue;
    }
    const m = matchAt(NAME, xml, i + 1);
    if (!m) throw new XmlError(`bad start tag at ${i}`);
    if (root) throw new XmlError(`a second root element at ${i}`);
    i += 1 + m[0].length;
    const attrs = new Map<string, string>();
    for (;;) {
      const ws = matchAt(SPACE, xml, i)?.[0].length ?? 0;
      i += ws;
      if (xml.startsWith("/>", i) || xml[i] === ">") break;
      if (ws === 0) throw new XmlError(`attributes must be separated by whitespace at ${i}`);
      const a = matchAt(ATTR, xml, i);
      if (!a) throw new XmlError(`bad attribute at ${i}`);
      const quote = a[2] as string;
      const start = i + a[0].length;
      const end = xml.indexOf(quote, start);
      if (end < 0) throw new XmlError(`unterminated attribute at ${i}`);
      const attrName = a[1] as string;
      if (attrs.has(attrName)) throw new XmlError(`repeated attribute ${attrName} at ${i}`);
      attrs.set(attrName, decode(xml.slice(start, end), start));
      i = end + 1;
    }
    const selfClosing = xml.startsWith("/>", i);
    i += selfClosing ? 2 : 1;
    if (selfClosing) {
      const el: XmlElement = { name: m[0], attrs, children: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else root = el;
    } else {
      stack.push({ name: m[0], attrs, children: [] });
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) throw new XmlError("no root element");
  return root;
}

/** Every element of the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    out.push(el);
    for (const c of el.children) if ("name" in c) walk(c);
  };
  walk(root);
  return out;
}

/** The text content of an element (all descendant text, concatenated). */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => ("name" in c ? textOf(c) : c.text)).join("");
}
