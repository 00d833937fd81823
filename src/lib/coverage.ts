/**
 * "Nothing is silently lost": the blocks of the input that lie outside every
 * entry a reader returned and are not page furniture. `parseFeed` reports each as
 * an `UNCLAIMED_TEXT` diagnostic.
 *
 * A block is a paragraph (lines between blank lines) or a list item; for XML feeds
 * it is an `<entry>` / `<item>` element (the rest of an XML feed is its header).
 * Furniture is what a page shows around its papers: short lines of navigation or
 * UI text, headings, rules, table-of-contents lists, badge and image lines, link
 * reference definitions, a capture header (YAML front matter, `Title:` /
 * `URL Source:` lines). A block is reported when it holds at least one line that
 * is not furniture; its range runs from its first to its last such line.
 *
 * Linear: one pass over the lines, each line looked at a bounded number of times
 * (the furniture test caps what it reads), the claimed ranges walked with a pointer.
 * No regex, no recursion.
 */
import { isFurnitureLine } from '../feeds/furniture.js';
import { foldSpace } from './text.js';

/** A half-open range of the input. */
export interface Range {
  start: number;
  end: number;
}

/** An unclaimed block: its range (first to last content line) and a short excerpt. */
export interface UnclaimedBlock extends Range {
  /** The block's first content line, markup removed, spaces folded (at most 80 characters). */
  excerpt: string;
  /** `element` for an XML element, `text` for a paragraph or list item. */
  kind: 'text' | 'element';
}

/** Lines of this many words or more are content, not furniture. */
const CONTENT_WORDS = 10;
/** Lines this long (markup removed) are content. */
const CONTENT_CHARS = 80;
/** A line is classified from its first this many characters (and scanned for its length). */
const LINE_PEEK = 2000;

/** Keys of capture headers written by page-to-text tools. */
const CAPTURE_KEYS = new Set([
  'title',
  'url',
  'url source',
  'source',
  'published time',
  'markdown content',
  'captured',
  'retrieved',
  'fetched',
  'date',
  'subject',
  'from',
  'to',
  'command',
  'statuscode',
  'transport',
  'completeness',
]);

/** Starts of mail and page boilerplate lines (lower-case, markup removed). */
const BOILERPLATE = [
  'we gratefully acknowledge support',
  'received from ',
  'send any comments regarding submissions',
  'to unsubscribe',
  'you received this message because',
  'you are receiving this',
  'submissions to:',
  'archives at ',
  'copyright ',
  '© ',
  'all rights reserved',
  'skip to main content',
];

/** Sorts and merges ranges (empty ones dropped). */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Walks merged ranges with a pointer: `overlaps(s, e)` for non-decreasing `s`. */
class Claims {
  private i = 0;
  constructor(private readonly ranges: readonly Range[]) {}
  overlaps(s: number, e: number): boolean {
    const r = this.ranges;
    while (this.i < r.length && r[this.i]!.end <= s) this.i++;
    return this.i < r.length && r[this.i]!.start < e;
  }
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0;
}

function isWordCode(c: number): boolean {
  // letters and digits of any script: everything that is not ASCII punctuation, space or a control
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return !isSpaceCode(c) && !(c >= 0x2010 && c <= 0x2027) && c !== 0xb7 && !(c >= 0x2190 && c <= 0x2bff);
}

/**
 * The visible text of a markdown/HTML line: link labels kept, link targets, images,
 * HTML tags, bare addresses and emphasis marks dropped; spaces folded. Reads at most
 * LINE_PEEK characters.
 */
export function visibleText(line: string): string {
  const n = Math.min(line.length, LINE_PEEK);
  const parts: string[] = [];
  let run = 0;
  const cut = (i: number, resume: number) => {
    if (i > run) parts.push(line.slice(run, i));
    parts.push(' ');
    run = resume;
  };
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 33 /* ! */ && line.charCodeAt(i + 1) === 91 /* [ */) {
      // an image: ![alt](src) — dropped whole
      const close = line.indexOf('](', i + 2);
      if (close >= 0 && close - i < 400) {
        const paren = line.indexOf(')', close + 2);
        if (paren >= 0 && paren - close < LINE_PEEK) {
          cut(i, paren + 1);
          i = paren;
          continue;
        }
      }
    } else if (c === 93 /* ] */ && (line.charCodeAt(i + 1) === 40 || line.charCodeAt(i + 1) === 91)) {
      // a link target ](url) or a reference ][1]
      const end = line.indexOf(line.charCodeAt(i + 1) === 40 ? ')' : ']', i + 2);
      if (end >= 0 && end - i < LINE_PEEK) {
        cut(i, end + 1);
        i = end;
        continue;
      }
    } else if (c === 60 /* < */) {
      // an HTML tag or comment
      const end = line.indexOf('>', i + 1);
      const next = line.charCodeAt(i + 1);
      if (end >= 0 && end - i < 400 && (next === 47 || next === 33 || (next >= 97 && next <= 122) || (next >= 65 && next <= 90))) {
        cut(i, end + 1);
        i = end;
        continue;
      }
    } else if ((c === 104 /* h */ && line.startsWith('http', i) && (line.startsWith('://', i + 4) || line.startsWith('s://', i + 4))) || (c === 119 /* w */ && line.startsWith('www.', i))) {
      // a bare address, up to the next space
      let j = i;
      while (j < n && !isSpaceCode(line.charCodeAt(j))) j++;
      cut(i, j);
      i = j - 1;
      continue;
    }
    if (c === 42 || c === 95 || c === 96 || c === 91 || c === 93 || c === 124 || c === 92 || c === 35 /* * _ ` [ ] | \ # */ || (c !== 32 && isSpaceCode(c))) cut(i, i + 1);
  }
  if (n > run) parts.push(line.slice(run, n));
  return foldSpace(parts.join(''));
}

/** Strips indentation, blockquote marks and a list marker (`-`, `*`, `+`, `1.`, `1)`, `[ ]`). */
function stripLead(line: string): { rest: string; listItem: boolean } {
  let i = 0;
  const n = Math.min(line.length, LINE_PEEK);
  for (;;) {
    while (i < n && isSpaceCode(line.charCodeAt(i))) i++;
    if (line.charCodeAt(i) === 62 /* > */) {
      i++;
      continue;
    }
    break;
  }
  let listItem = false;
  const c = line.charCodeAt(i);
  if ((c === 45 || c === 42 || c === 43 || c === 0x2022) && (i + 1 >= line.length || isSpaceCode(line.charCodeAt(i + 1)))) {
    listItem = true;
    i += 1;
  } else if (c >= 48 && c <= 57) {
    let j = i;
    while (j < n && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    const d = line.charCodeAt(j);
    if ((d === 46 || d === 41) && (j + 1 >= line.length || isSpaceCode(line.charCodeAt(j + 1)))) {
      listItem = true;
      i = j + 1;
    }
  }
  return { rest: line.slice(i, n), listItem };
}

/** `Key: value` with a known capture-header key. */
function isCaptureHeader(s: string): boolean {
  const colon = s.indexOf(':');
  if (colon <= 0 || colon > 20) return false;
  return CAPTURE_KEYS.has(s.slice(0, colon).trim().toLowerCase());
}

/**
 * True for a line of page furniture (see the module comment). `line` is raw
 * (markdown and HTML as written).
 */
export function isFurnitureText(line: string): boolean {
  const { rest } = stripLead(line);
  if (!rest) return true;
  // a heading, a rule, a table separator, a fence
  if (rest.charCodeAt(0) === 35 /* # */) return true;
  let words = 0;
  let inWord = false;
  let letters = 0;
  for (let i = 0; i < rest.length; i++) {
    const w = isWordCode(rest.charCodeAt(i));
    if (w) letters++;
    if (w && !inWord) words++;
    inWord = w || (inWord && !isSpaceCode(rest.charCodeAt(i)));
  }
  if (letters === 0) return true;
  if (isCaptureHeader(rest)) return true;
  // a link reference definition: [1]: https://...
  if (rest.charCodeAt(0) === 91 && rest.indexOf(']:') > 0 && rest.indexOf(']:') < 12) return true;
  // quick exit for long prose: a line far longer than the content threshold, with many words
  if (line.length > LINE_PEEK) return false;
  const visible = visibleText(rest);
  if (!visible) return true;
  let vw = 0;
  inWord = false;
  for (let i = 0; i < visible.length; i++) {
    const sp = visible.charCodeAt(i) === 32;
    if (!sp && !inWord) vw++;
    inWord = !sp;
  }
  if (vw < CONTENT_WORDS && visible.length < CONTENT_CHARS) return true;
  const lower = visible.slice(0, 40).toLowerCase();
  for (const b of BOILERPLATE) if (lower.startsWith(b)) return true;
  // long prose is never a listed furniture line; shorter lines may be ("Get trending papers in your email inbox once a day!")
  return vw < 2 * CONTENT_WORDS && visible.length <= 200 && isFurnitureLine(visible);
}

/** True when the line holds only white space. */
function isBlankLine(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Trimmed start of a line. */
function firstNonSpace(text: string, s: number, e: number): number {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  return s;
}

/** A fence line: ``` or ~~~ (after indentation). */
function isFence(text: string, s: number, e: number): boolean {
  const i = firstNonSpace(text, s, e);
  return e - i >= 3 && ((text.charCodeAt(i) === 96 && text.startsWith('``', i + 1)) || (text.charCodeAt(i) === 126 && text.startsWith('~~', i + 1)));
}

/** `---` alone on a line. */
function isDashRule(text: string, s: number, e: number): boolean {
  const i = firstNonSpace(text, s, e);
  let j = i;
  while (j < e && text.charCodeAt(j) === 45) j++;
  return j - i >= 3 && isBlankLine(text, j, e);
}

/**
 * Paragraphs and list items of plain text or markdown outside `claimed` that are
 * not furniture. Fenced code blocks count as one block; YAML front matter at the
 * start is furniture.
 */
export function unclaimedTextBlocks(text: string, claimed: readonly Range[]): UnclaimedBlock[] {
  const claims = new Claims(mergeRanges(claimed));
  const out: UnclaimedBlock[] = [];
  let block: UnclaimedBlock | undefined;
  const close = () => {
    if (block) out.push(block);
    block = undefined;
  };
  let frontMatter = false;
  let fence = false;
  let lineNo = 0;
  const n = text.length;
  // the next LF and CR at or after the line start (-1: none), each searched forward once
  let lf = -2;
  let cr = -2;
  for (let s = 0, next = 0; s <= n; s = next) {
    if (lf !== -1 && lf < s) lf = text.indexOf('\n', s);
    if (cr !== -1 && cr < s) cr = text.indexOf('\r', s);
    const e = Math.min(lf < 0 ? n : lf, cr < 0 ? n : cr);
    next = e === cr && lf === e + 1 ? e + 2 : e + 1;
    lineNo++;
    if (lineNo === 1 && isDashRule(text, s, e)) {
      frontMatter = true;
      continue;
    }
    if (frontMatter) {
      if (isDashRule(text, s, e) || lineNo > 60) frontMatter = false;
      continue;
    }
    if (isFence(text, s, e)) {
      fence = !fence;
      continue;
    }
    if (isBlankLine(text, s, e)) {
      if (!fence) close();
      continue;
    }
    if (claims.overlaps(s, e)) {
      close();
      continue;
    }
    const line = text.slice(s, Math.min(e, s + LINE_PEEK + 1));
    if (!fence && stripLead(line).listItem) close();
    if (fence || isFurnitureText(line)) continue;
    const ts = firstNonSpace(text, s, e);
    if (block) block.end = e;
    else block = { start: ts, end: e, excerpt: excerptOf(line), kind: 'text' };
  }
  close();
  return out;
}

function excerptOf(line: string): string {
  const v = visibleText(stripLead(line).rest);
  return v.length > 80 ? `${v.slice(0, 79)}…` : v;
}

/** Finds `<name` followed by a space, `>` or `/` from `from`. */
function findOpenTag(text: string, name: string, from: number): number {
  for (let i = text.indexOf(`<${name}`, from); i >= 0; i = text.indexOf(`<${name}`, i + 1)) {
    const c = text.charCodeAt(i + name.length + 1);
    if (c === 62 || c === 32 || c === 9 || c === 10 || c === 13 || c === 47) return i;
  }
  return -1;
}

/** Elements whose direct text is not a field of anything: text there is stray. */
const XML_CONTAINERS = new Set(['feed', 'channel', 'rss', 'rdf', '']);

/** Whether `text[a, b)`, lower-cased, is one of XML_CONTAINERS' non-empty names (no substring cut out). */
function isContainerName(text: string, a: number, b: number): boolean {
  const len = b - a;
  if (len !== 3 && len !== 4 && len !== 7) return false;
  // ASCII letters lower-cased by `| 32` (the names are letters only; another character never matches)
  const c0 = text.charCodeAt(a) | 32;
  if (len === 4) return c0 === 102 /* f */ && (text.charCodeAt(a + 1) | 32) === 101 && (text.charCodeAt(a + 2) | 32) === 101 && (text.charCodeAt(a + 3) | 32) === 100;
  if (len === 7) return text.slice(a, b).toLowerCase() === 'channel';
  const c1 = text.charCodeAt(a + 1) | 32;
  const c2 = text.charCodeAt(a + 2) | 32;
  return c0 === 114 /* r */ && ((c1 === 115 && c2 === 115) /* rss */ || (c1 === 100 && c2 === 102)) /* rdf */;
}

/**
 * Text of an XML feed that stands directly in the root or channel element (or
 * outside the root), not in any field: stray text. Comments, CDATA, processing
 * instructions and declarations are skipped. Linear; nesting kept in an array
 * (no recursion), whether each open element is a container only.
 */
function strayXmlText(text: string): UnclaimedBlock[] {
  const out: UnclaimedBlock[] = [];
  // per open element: whether text directly in it is stray (its local name is a container's)
  const stack: boolean[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i && (stack.length ? stack[stack.length - 1]! : true)) {
      let a = i;
      let b = stop;
      while (a < b && (isSpaceCode(text.charCodeAt(a)) || text.charCodeAt(a) === 10 || text.charCodeAt(a) === 13)) a++;
      while (b > a && (isSpaceCode(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 10 || text.charCodeAt(b - 1) === 13)) b--;
      if (b > a) out.push({ start: a, end: b, excerpt: '', kind: 'text' });
    }
    if (lt < 0) break;
    let end: number;
    if (text.startsWith('<!--', lt)) end = endAfter(text, '-->', lt + 4);
    else if (text.startsWith('<![CDATA[', lt)) end = endAfter(text, ']]>', lt + 9);
    else if (text.startsWith('<?', lt)) end = endAfter(text, '?>', lt + 2);
    else {
      end = endAfter(text, '>', lt + 1);
      const c = text.charCodeAt(lt + 1);
      if (c === 47 /* / */) stack.pop();
      else if (c !== 33 /* ! */ && text.charCodeAt(end - 2) !== 47) {
        // local name, lower-case: <rdf:RDF> → rdf, <atom:feed> → feed
        let j = lt + 1;
        while (j < end - 1 && !isSpaceCode(text.charCodeAt(j)) && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13 && text.charCodeAt(j) !== 62 && text.charCodeAt(j) !== 47) j++;
        // the local name starts after the first `:` of the name
        let a = lt + 1;
        for (let k = lt + 1; k < j; k++) {
          if (text.charCodeAt(k) === 58 /* : */) {
            a = k + 1;
            break;
          }
        }
        stack.push(a === j || isContainerName(text, a, j));
      }
    }
    i = end;
  }
  return out;
}

/** Index just past `needle` at or after `from`, or the end of the text. */
function endAfter(text: string, needle: string, from: number): number {
  const k = text.indexOf(needle, from);
  return k < 0 ? text.length : k + needle.length;
}

/**
 * `<entry>` / `<item>` elements of an XML feed outside `claimed`, and stray text
 * standing directly in the feed or channel. Linear: each tag name is searched once
 * from left to right.
 */
export function unclaimedXmlElements(text: string, claimed: readonly Range[]): UnclaimedBlock[] {
  const merged = mergeRanges(claimed);
  const out: UnclaimedBlock[] = [];
  const found: UnclaimedBlock[] = [];
  for (const t of strayXmlText(text)) {
    // each line of the stray text must be furniture for it to pass
    const lines = unclaimedTextBlocks(text.slice(t.start, t.end), []);
    for (const b of lines) found.push({ start: t.start + b.start, end: t.start + b.end, excerpt: b.excerpt, kind: 'text' });
  }
  for (const name of ['entry', 'item']) {
    let pos = 0;
    for (;;) {
      const open = findOpenTag(text, name, pos);
      if (open < 0) break;
      const closeAt = text.indexOf(`</${name}>`, open);
      const end = closeAt < 0 ? text.length : closeAt + name.length + 3;
      found.push({ start: open, end, excerpt: `<${name}>`, kind: 'element' });
      pos = Math.max(open + 1, end);
    }
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const claims = new Claims(merged);
  for (const el of found) {
    if (claims.overlaps(el.start, el.end)) continue;
    out.push(el);
  }
  return out;
}
