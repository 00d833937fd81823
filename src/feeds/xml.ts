/**
 * A small, tolerant XML tokenizer and tree builder for feed readers (Atom, RSS).
 *
 * Why no dependency: Node has no DOM, and the XML parsers on npm either pull in
 * a sizeable bundle (fast-xml-parser, sax, xmldom) or rely on browser APIs
 * (DOMParser), while paperfeed must stay small and run the same in Node and in
 * browsers. Feeds need only a subset of XML: elements, attributes, text, CDATA,
 * comments, processing instructions, a DOCTYPE to skip, and the predefined plus
 * common HTML entities. No DTDs, no namespace resolution (prefixes are kept as
 * written; readers match on local names), no validation.
 *
 * Tolerance: broken input never throws. Unclosed elements close with their
 * parent or at the end; a stray close tag is ignored; a `<` that does not start
 * markup is text; unterminated comments, CDATA sections and attribute values run
 * to the end of the input (or the tag's `>`); elements nest at most
 * `MAX_DEPTH` deep. Everything is linear: each search for a terminator remembers
 * where it failed, so the same tail is never scanned twice.
 */
import { RE_XML_ENTITY } from '../regex/xml.js';

export interface XmlText {
  type: 'text';
  /** Decoded text (entities resolved; CDATA as written). */
  text: string;
  start: number;
  end: number;
}

export interface XmlElement {
  type: 'element';
  /** The qualified name as written (`arxiv:primary_category`). */
  name: string;
  /** The name without its prefix (`primary_category`). */
  local: string;
  /** Attributes by qualified name, values decoded. */
  attrs: Record<string, string>;
  /** Offsets of each attribute's value in the input. */
  attrSpans: Record<string, [number, number]>;
  children: XmlNode[];
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Offset after the end tag (or after the last content when it never closed). */
  end: number;
  /** False when the input never closed the element. */
  closed: boolean;
}

export type XmlNode = XmlElement | XmlText;

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; attrSpans: Record<string, [number, number]>; selfClosing: boolean; start: number; end: number }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'cdata'; text: string; start: number; end: number }
  | { kind: 'comment'; start: number; end: number }
  | { kind: 'pi'; start: number; end: number }
  | { kind: 'doctype'; start: number; end: number };

const MAX_DEPTH = 256;

/** The five XML entities and the HTML ones feeds commonly carry. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', minus: '−',
  micro: 'µ', para: '¶', sect: '§', cent: '¢', pound: '£', euro: '€', yen: '¥', curren: '¤',
  iexcl: '¡', iquest: '¿', shy: '\u00ad', macr: '¯', acute: '´', uml: '¨', cedil: '¸', ordf: 'ª', ordm: 'º',
  sup1: '¹', sup2: '²', sup3: '³', frac14: '¼', frac12: '½', frac34: '¾', not: '¬', brvbar: '¦',
  le: '≤', ge: '≥', ne: '≠', asymp: '≈', equiv: '≡', infin: '∞', sum: '∑', prod: '∏', radic: '√', part: '∂',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', rArr: '⇒', lArr: '⇐', hArr: '⇔', isin: '∈', forall: '∀', exist: '∃',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ', iota: 'ι', kappa: 'κ',
  lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', omicron: 'ο', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ',
  phi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π',
  Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ',
  OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', Zcaron: 'Ž', zcaron: 'ž', fnof: 'ƒ',
  circ: 'ˆ', tilde: '˜', dagger: '†', Dagger: '‡', permil: '‰',
  // HTML5 names for ASCII marks and common math (arXiv API → markdown bots write `89&percnt;`, `M&odot;`)
  percnt: '%', num: '#', dollar: '$', commat: '@', ast: '*', plus: '+', equals: '=', excl: '!', quest: '?', sol: '/', bsol: '\\',
  lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lcub: '{', rcub: '}', verbar: '|', lowbar: '_', colon: ':', semi: ';', comma: ',', period: '.',
  odot: '⊙', oplus: '⊕', otimes: '⊗', lowast: '∗', sim: '∼', ll: '≪', gg: '≫', prop: '∝', nabla: '∇', int: '∫', sdot: '⋅',
};

/**
 * Resolves entities: the XML five, numeric (`&#233;`, `&#xE9;`) and common HTML
 * names. Unknown or malformed references stay as written. One pass, so
 * `&amp;lt;` gives `&lt;`.
 */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  // copy the text between decoded references in slices; an `&` that starts no reference stays in its slice
  let out = '';
  let seg = 0;
  let pos = 0;
  for (;;) {
    const amp = s.indexOf('&', pos);
    if (amp < 0) break;
    // the reference is at most 33 characters long
    let semi = -1;
    for (let k = amp + 1; k < s.length && k <= amp + 33; k++) {
      const c = s.charCodeAt(k);
      if (c === 59 /* ; */) {
        semi = k;
        break;
      }
      if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 35)) break;
    }
    const body = semi < 0 ? '' : s.slice(amp + 1, semi);
    const decoded = semi >= 0 && RE_XML_ENTITY.test(body) ? entity(body) : undefined;
    if (decoded === undefined) {
      pos = amp + 1;
      continue;
    }
    out += s.slice(seg, amp) + decoded;
    seg = pos = semi + 1;
  }
  return seg === 0 ? s : out + s.slice(seg);
}

function entity(body: string): string | undefined {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const n = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    return String.fromCodePoint(n);
  }
  return Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body] : undefined;
}

const hasOwn = Object.prototype.hasOwnProperty;

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const isXmlSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;

/** Attributes of a tag that has none: one shared, frozen object (readers only read attributes). */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_SPANS: Record<string, [number, number]> = Object.freeze({}) as Record<string, [number, number]>;
/** The children of a self-closing element: it never gets any (it is never on the open stack). */
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/**
 * What the scanner hands its tokens to. One handler per use (the tree builder, the token
 * list of `tokenizeXml`), so the calls stay monomorphic; no token object is built unless
 * the handler wants one.
 */
interface ScanHandler {
  /** Whether white space only between `start` and `end` is kept (asked only for such runs). */
  keepBlank(): boolean;
  text(text: string, start: number, end: number, cdata: boolean): void;
  open(name: string, attrs: Record<string, string>, attrSpans: Record<string, [number, number]>, selfClosing: boolean, start: number, end: number): void;
  /** A close tag whose name is `src[nameStart, nameEnd)`. */
  close(src: string, nameStart: number, nameEnd: number, start: number, end: number): void;
  markup(kind: 'comment' | 'pi' | 'doctype', start: number, end: number): void;
}

/**
 * Walks the input once and hands each token to `h`. Never throws on any string.
 * `spanAttrs`: the attribute names whose value offsets are recorded (all when undefined).
 */
function scanXml(src: string, h: ScanHandler, blankMatters: boolean, spanAttrs: ReadonlySet<string> | undefined): void {
  const n = src.length;
  // failed searches: each terminator is known absent from this position on (n + 1: not yet failed);
  // a search from there or later answers -1 without scanning the same tail again
  let failComment = n + 1;
  let failCdata = n + 1;
  let failGt = n + 1;
  let failPi = n + 1;
  let failDq = n + 1;
  let failSq = n + 1;
  let i = 0;
  let textStart = 0;
  while (i < n) {
    const lt = src.indexOf('<', i); // no memo needed: the loop ends at the first miss
    if (lt < 0) break;
    const c1 = src.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) {
      if (src.startsWith('<!--', lt)) {
        if (lt > textStart) flushText(src, textStart, lt, h, blankMatters);
        let e = -1;
        if (lt + 4 < failComment) {
          e = src.indexOf('-->', lt + 4);
          if (e < 0) failComment = lt + 4;
        }
        const end = e < 0 ? n : e + 3;
        h.markup('comment', lt, end);
        i = textStart = end;
        continue;
      }
      if (src.startsWith('<![CDATA[', lt)) {
        if (lt > textStart) flushText(src, textStart, lt, h, blankMatters);
        let e = -1;
        if (lt + 9 < failCdata) {
          e = src.indexOf(']]>', lt + 9);
          if (e < 0) failCdata = lt + 9;
        }
        const end = e < 0 ? n : e + 3;
        h.text(src.slice(lt + 9, e < 0 ? n : e), lt, end, true);
        i = textStart = end;
        continue;
      }
      if (src.slice(lt + 2, lt + 9).toUpperCase() === 'DOCTYPE') {
        if (lt > textStart) flushText(src, textStart, lt, h, blankMatters);
        // skip an internal subset `[...]`
        let k = lt + 9;
        let depth = 0;
        for (; k < n; k++) {
          const c = src.charCodeAt(k);
          if (c === 91) depth++;
          else if (c === 93 && depth > 0) depth--;
          else if (c === 62 && depth === 0) break;
        }
        const end = k < n ? k + 1 : n;
        h.markup('doctype', lt, end);
        i = textStart = end;
        continue;
      }
      // `<!` something else: skip to `>`
      if (lt > textStart) flushText(src, textStart, lt, h, blankMatters);
      let e = -1;
      if (lt + 2 < failGt) {
        e = src.indexOf('>', lt + 2);
        if (e < 0) failGt = lt + 2;
      }
      const end = e < 0 ? n : e + 1;
      h.markup('comment', lt, end);
      i = textStart = end;
      continue;
    }
    if (c1 === 63 /* ? */) {
      if (lt > textStart) flushText(src, textStart, lt, h, blankMatters);
      let e = -1;
      if (lt + 2 < failPi) {
        e = src.indexOf('?>', lt + 2);
        if (e < 0) failPi = lt + 2;
      }
      const end = e < 0 ? n : e + 2;
      h.markup('pi', lt, end);
      i = textStart = end;
      continue;
    }
    if (c1 === 47 /* / */) {
      let k = lt + 2;
      while (k < n && k - lt < 300 && isNameChar(src.charCodeAt(k))) k++;
      if (k === lt + 2 || !isNameStart(src.charCodeAt(lt + 2))) {
        i = lt + 1; // stray `</`: text
        continue;
      }
      const nameEnd = k;
      while (k < n && isXmlSpace(src.charCodeAt(k))) k++;
      let end: number;
      if (src.charCodeAt(k) === 62) end = k + 1;
      else end = k; // `</name` without `>`: close anyway
      if (lt > textStart) flushText(src, textStart, lt, h, blankMatters);
      h.close(src, lt + 2, nameEnd, lt, end);
      i = textStart = end;
      continue;
    }
    if (!isNameStart(c1)) {
      i = lt + 1; // stray `<`: text
      continue;
    }
    // start tag
    let k = lt + 1;
    while (k < n && k - lt < 300 && isNameChar(src.charCodeAt(k))) k++;
    const name = src.slice(lt + 1, k);
    let attrs = NO_ATTRS;
    let attrSpans = NO_SPANS;
    let selfClosing = false;
    let end = n;
    while (k < n) {
      const c = src.charCodeAt(k);
      if (isXmlSpace(c)) {
        k++;
        continue;
      }
      if (c === 62 /* > */) {
        end = k + 1;
        break;
      }
      if (c === 47 /* / */ && src.charCodeAt(k + 1) === 62) {
        selfClosing = true;
        end = k + 2;
        break;
      }
      if (c === 60 /* < */) {
        end = k; // a broken tag: the next markup starts here
        break;
      }
      if (!isNameChar(c)) {
        k++;
        continue;
      }
      const a0 = k;
      while (k < n && k - a0 < 300 && isNameChar(src.charCodeAt(k))) k++;
      const aname = src.slice(a0, k);
      if (attrs === NO_ATTRS) attrs = {};
      while (k < n && isXmlSpace(src.charCodeAt(k))) k++;
      if (src.charCodeAt(k) !== 61 /* = */) {
        if (aname !== '__proto__' && !hasOwn.call(attrs, aname)) attrs[aname] = '';
        continue;
      }
      k++;
      while (k < n && isXmlSpace(src.charCodeAt(k))) k++;
      const q = src.charCodeAt(k);
      let v0: number;
      let v1: number;
      if (q === 34 || q === 39) {
        v0 = k + 1;
        let close = -1;
        if (q === 34) {
          if (v0 < failDq) {
            close = src.indexOf('"', v0);
            if (close < 0) failDq = v0;
          }
        } else if (v0 < failSq) {
          close = src.indexOf("'", v0);
          if (close < 0) failSq = v0;
        }
        if (close < 0) {
          // unterminated value: it ends at the tag's `>`
          let gt = -1;
          if (v0 < failGt) {
            gt = src.indexOf('>', v0);
            if (gt < 0) failGt = v0;
          }
          v1 = gt < 0 ? n : gt;
          k = v1;
        } else {
          v1 = close;
          k = close + 1;
        }
      } else {
        v0 = k;
        while (k < n && !isXmlSpace(src.charCodeAt(k)) && src.charCodeAt(k) !== 62 && src.charCodeAt(k) !== 60) k++;
        v1 = k;
      }
      // first one wins; `__proto__` would reach the prototype, so it is dropped
      if (aname !== '__proto__' && !hasOwn.call(attrs, aname)) {
        attrs[aname] = decodeEntities(src.slice(v0, v1));
        if (spanAttrs === undefined || spanAttrs.has(aname)) {
          if (attrSpans === NO_SPANS) attrSpans = {};
          attrSpans[aname] = [v0, v1];
        }
      }
    }
    if (lt > textStart) flushText(src, textStart, lt, h, blankMatters);
    h.open(name, attrs, attrSpans, selfClosing, lt, end);
    i = textStart = end;
  }
  if (n > textStart) flushText(src, textStart, n, h, blankMatters);
}

/** Hands the text `src[start, upto)` (non-empty) to `h`; white space only is asked about first when that matters. */
function flushText(src: string, start: number, upto: number, h: ScanHandler, blankMatters: boolean): void {
  // white space between the elements of a container: dropped when the handler says so
  if (blankMatters && isBlankRun(src, start, upto) && !h.keepBlank()) return;
  h.text(decodeEntities(src.slice(start, upto)), start, upto, false);
}

/** The token list of `tokenizeXml`: one object per token. */
class TokenEmitter implements ScanHandler {
  constructor(
    private readonly emit: (t: XmlToken) => void,
    private readonly keep: (() => boolean) | undefined,
  ) {}
  keepBlank(): boolean {
    return this.keep ? this.keep() : true;
  }
  text(text: string, start: number, end: number, cdata: boolean): void {
    this.emit(cdata ? { kind: 'cdata', text, start, end } : { kind: 'text', text, start, end });
  }
  open(name: string, attrs: Record<string, string>, attrSpans: Record<string, [number, number]>, selfClosing: boolean, start: number, end: number): void {
    // tokens own their attribute records (the scanner shares one empty record)
    this.emit({ kind: 'open', name, attrs: attrs === NO_ATTRS ? {} : attrs, attrSpans: attrSpans === NO_SPANS ? {} : attrSpans, selfClosing, start, end });
  }
  close(src: string, nameStart: number, nameEnd: number, start: number, end: number): void {
    this.emit({ kind: 'close', name: src.slice(nameStart, nameEnd), start, end });
  }
  markup(kind: 'comment' | 'pi' | 'doctype', start: number, end: number): void {
    this.emit({ kind, start, end });
  }
}

/**
 * Walks the input once and hands each token to `emit`. Never throws on any string.
 */
export function tokenizeXml(src: string, emit: (t: XmlToken) => void, keepBlank?: () => boolean): void {
  scanXml(src, new TokenEmitter(emit, keepBlank), keepBlank !== undefined, undefined);
}

/** Whether src[a, b) is XML white space only. */
function isBlankRun(src: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = src.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

export interface ParseOptions {
  /**
   * Local names that never nest in the formats read (`entry`, `item`): opening
   * one while another is open closes the open one first, so an unclosed entry
   * does not swallow the next.
   */
  noNest?: readonly string[];
  /**
   * Local names of pure containers (`feed`, `entry`, `author`): the white space between
   * their child elements is layout, and is left out of the tree.
   */
  containers?: readonly string[];
  /**
   * The attribute names whose value offsets the caller reads (`href`): only these get an
   * `attrSpans` entry. Default: every attribute.
   */
  spanAttrs?: readonly string[];
}

function localName(name: string): string {
  const c = name.lastIndexOf(':');
  return c < 0 ? name : name.slice(c + 1);
}

/** How many elements of one qualified name are open (shared by all of them, so a pop needs no lookup). */
interface OpenCount {
  n: number;
}

/** Builds the tree of `parseXml` from the scanner's tokens. */
class TreeBuilder implements ScanHandler {
  readonly stack: XmlElement[];
  /** Per open element: whether it is a container (blank text in it is dropped). */
  private readonly blankDropped: boolean[] = [false];
  /** Per open element: its name's open count. */
  private readonly counts: OpenCount[];
  private readonly openCount = new Map<string, OpenCount>();
  private ignoredDepth = 0;
  lastEnd = 0;
  constructor(
    root: XmlElement,
    private readonly noNest: ReadonlySet<string>,
    private readonly containers: ReadonlySet<string>,
  ) {
    this.stack = [root];
    this.blankDropped[0] = containers.has(root.local);
    this.counts = [{ n: 1 }];
  }
  pop(end: number, closed: boolean): void {
    const el = this.stack.pop()!;
    this.blankDropped.pop();
    this.counts.pop()!.n--;
    el.end = end;
    el.closed = closed;
  }
  keepBlank(): boolean {
    return !this.blankDropped[this.blankDropped.length - 1]!;
  }
  text(text: string, start: number, end: number): void {
    this.lastEnd = end;
    this.stack[this.stack.length - 1]!.children.push({ type: 'text', text, start, end });
  }
  markup(_kind: string, _start: number, end: number): void {
    this.lastEnd = end;
  }
  open(name: string, attrs: Record<string, string>, attrSpans: Record<string, [number, number]>, selfClosing: boolean, start: number, end: number): void {
    this.lastEnd = end;
    const stack = this.stack;
    const local = localName(name);
    if (this.noNest.has(local)) {
      // close an open element of the same kind and everything inside it
      let idx = -1;
      for (let k = stack.length - 1; k > 0 && stack.length - k <= MAX_DEPTH; k--) {
        if (stack[k]!.local === local) {
          idx = k;
          break;
        }
      }
      if (idx > 0) while (stack.length > idx) this.pop(start, false);
    }
    if (stack.length > MAX_DEPTH) {
      // too deep: keep the text, drop the structure
      if (!selfClosing) this.ignoredDepth++;
      return;
    }
    const el: XmlElement = { type: 'element', name, local, attrs, attrSpans, children: selfClosing ? NO_CHILDREN : [], start, end, closed: selfClosing };
    stack[stack.length - 1]!.children.push(el);
    if (!selfClosing) {
      stack.push(el);
      this.blankDropped.push(this.containers.has(local));
      let count = this.openCount.get(name);
      if (count === undefined) this.openCount.set(name, (count = { n: 0 }));
      count.n++;
      this.counts.push(count);
    }
  }
  close(src: string, nameStart: number, nameEnd: number, start: number, end: number): void {
    this.lastEnd = end;
    const stack = this.stack;
    // the common case: the innermost open element closes (no name is cut out of the input)
    const top = stack[stack.length - 1]!;
    if (stack.length > 1 && top.name.length === nameEnd - nameStart && src.startsWith(top.name, nameStart)) {
      this.pop(end, true);
      return;
    }
    const name = src.slice(nameStart, nameEnd);
    if (!this.openCount.get(name)?.n) {
      if (this.ignoredDepth > 0) this.ignoredDepth--;
      return; // stray close tag
    }
    while (stack.length > 1) {
      const top2 = stack[stack.length - 1]!;
      if (top2.name === name) {
        this.pop(end, true);
        break;
      }
      this.pop(start, false);
    }
  }
}

/**
 * Builds a tree under a synthetic `#document` element. Unclosed elements end
 * where their parent ends (or at the end of the input) with `closed: false`.
 */
export function parseXml(src: string, options: ParseOptions = {}): XmlElement {
  const text = typeof src === 'string' ? src : '';
  const root: XmlElement = { type: 'element', name: '#document', local: '#document', attrs: {}, attrSpans: {}, children: [], start: 0, end: text.length, closed: true };
  const containers = new Set(options.containers ?? []);
  const b = new TreeBuilder(root, new Set(options.noNest ?? []), containers);
  scanXml(text, b, containers.size > 0, options.spanAttrs ? new Set(options.spanAttrs) : undefined);
  while (b.stack.length > 1) b.pop(Math.max(b.lastEnd, text.length), false);
  return root;
}

/** The text of an element and its descendants, in document order. Iterative: deep trees cannot overflow the stack. */
export function textContent(el: XmlElement): string {
  // most elements hold one text node or none
  const only = el.children.length === 1 ? el.children[0]! : undefined;
  if (only?.type === 'text') return only.text;
  if (el.children.length === 0) return '';
  let out = '';
  const todo: XmlNode[] = [el];
  while (todo.length) {
    const node = todo.pop()!;
    if (node.type === 'text') out += node.text;
    else for (let k = node.children.length - 1; k >= 0; k--) todo.push(node.children[k]!);
  }
  return out;
}

/** Direct children with the given local name. */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (c.type === 'element' && c.local === local) out.push(c);
  return out;
}

/** The first direct child with the given local name (or qualified name when it holds a `:`). */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  const qualified = name.includes(':');
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (qualified ? c.name === name : c.local === name) return c;
  }
  return undefined;
}

/** All descendants with the given local name, in document order, not descending into matches. Iterative. */
export function findAll(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const todo: XmlElement[] = [el];
  while (todo.length) {
    const node = todo.pop()!;
    for (let k = node.children.length - 1; k >= 0; k--) {
      const c = node.children[k]!;
      if (c.type !== 'element') continue;
      if (c.local === local) out.push(c);
      else todo.push(c);
    }
  }
  // the stack visits children right to left: restore document order
  return out.sort((a, b) => a.start - b.start);
}

/** The first descendant with the given local name. */
export function findFirst(el: XmlElement, local: string): XmlElement | undefined {
  const todo: XmlElement[] = [el];
  for (let head = 0; head < todo.length; head++) {
    const node = todo[head]!;
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      if (c.local === local) return c;
      todo.push(c);
    }
  }
  return undefined;
}

/**
 * Turns an HTML fragment (already entity-decoded once, as in an escaped
 * `<description>`) into plain text: tags dropped, `<br>`/`<p>` as line breaks,
 * entities decoded. Linear.
 */
export function htmlToText(s: string): string {
  if (s.indexOf('<') < 0) return decodeEntities(s);
  let out = '';
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, lt);
    const c = s.charCodeAt(lt + 1);
    if (!(isNameStart(c) || c === 47 || c === 33)) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const gt = s.indexOf('>', lt + 1);
    if (gt < 0) {
      out += s.slice(lt);
      break;
    }
    const tag = s.slice(lt + 1, Math.min(gt, lt + 12)).toLowerCase();
    if (tag.startsWith('br') || tag.startsWith('p') || tag.startsWith('/p') || tag.startsWith('div') || tag.startsWith('/div') || tag.startsWith('li')) out += '\n';
    i = gt + 1;
  }
  return decodeEntities(out);
}
