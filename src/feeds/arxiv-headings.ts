/**
 * Markdown whose headings each name an arXiv paper by a link labelled with its id, the title beside the link
 * (`### 1) [2509.04331](http://arxiv.org/abs/2509.04331v1): A fast machine learning tool …`, an arXiv-API →
 * markdown bot), the paper's text under the heading: raw HTML paragraphs (`<p> A. Author, B. Author </p>`,
 * `<p> abstract </p>`, `<p> <b> Published: </b> … </p>`, `<a href=…>`) or markdown paragraphs.
 *
 * Every such heading opens an entry; the entry runs to the next heading of its level or above. Under it:
 * `Label: value` paragraphs are fields (dates, comments, links), never the abstract; an author line before the
 * abstract gives the authors; the prose paragraphs are the abstract. Linear: one pass over the lines.
 */
import { defineReader } from './define.js';
import { decodeEntities } from './xml.js';
import { fold, isAuthorLine, splitAuthors } from './generic.js';
import { parseDate } from '../lib/dates.js';
import { isLetterOrDigit, splitLines, type Line } from '../lib/text.js';
import { RE_ARXIV_ID_NEW, RE_ARXIV_ID_OLD } from '../regex/arxiv.js';
import type { EntryLink, FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

/** A heading naming a paper: its level, the id link, the title beside it. */
interface IdHeading {
  level: number;
  id: string;
  version?: number;
  url: string;
  title: string;
}

/** ATX heading level of a line (1..6) and where its text starts, else undefined. */
function atx(t: string): { level: number; from: number } | undefined {
  let i = 0;
  while (i < 3 && t[i] === ' ') i++;
  let level = 0;
  while (t[i + level] === '#' && level < 7) level++;
  if (level === 0 || level > 6 || (t[i + level] !== ' ' && t[i + level] !== '\t')) return undefined;
  return { level, from: i + level + 1 };
}

/** An arXiv id written as a link label (`2509.04331`, `2509.04331v1`, `arXiv:2509.04331`, `hep-th/9901001`). */
function labelId(label: string): { id: string; version?: number } | undefined {
  let t = label.trim();
  if (t.toLowerCase().startsWith('arxiv')) t = t.slice(5).replace(':', ' ').trim();
  if (t.length > 40) return undefined;
  const m = RE_ARXIV_ID_NEW.exec(t) ?? RE_ARXIV_ID_OLD.exec(t);
  if (!m) return undefined;
  if (m.length > 3) return { id: `${m[1]}/${m[3]}`, ...(m[4] ? { version: Number(m[4]) } : {}) };
  return { id: m[1]!, ...(m[2] ? { version: Number(m[2]) } : {}) };
}

/** Separators between the id link and the title (`: `, ` - `, ` — `, ` | `). */
const SEPARATORS = ':-–—|·';

/** Trims separators and spaces from both ends. */
function trimSeparators(s: string): string {
  let a = 0;
  let e = s.length;
  while (a < e && (s[a] === ' ' || s[a] === '\t' || SEPARATORS.includes(s[a]!))) a++;
  while (e > a && (s[e - 1] === ' ' || s[e - 1] === '\t' || SEPARATORS.includes(s[e - 1]!))) e--;
  return s.slice(a, e);
}

/** A leading ordinal (`1) `, `12. `, `#3 `, `[4] `) dropped. */
function withoutOrdinal(s: string): string {
  let i = s[0] === '#' || s[0] === '[' ? 1 : 0;
  const d0 = i;
  while (i < s.length && i - d0 < 4 && s[i]! >= '0' && s[i]! <= '9') i++;
  if (i === d0) return s;
  if (s[i] === ')' || s[i] === '.' || s[i] === ']' || (d0 === 1 && s[0] === '#' && s[i] === ' ')) return s.slice(s[i] === ' ' ? i : i + 1).trimStart();
  return s;
}

/** Emphasis marks around a title (`**Title**`, `*Title*`) dropped. */
function withoutEmphasis(s: string): string {
  for (const m of ['**', '__', '*', '_']) if (s.length > 2 * m.length && s.startsWith(m) && s.endsWith(m)) return s.slice(m.length, -m.length).trim();
  return s;
}

/** The heading `### 1) [ID](url): Title` (or `### Title [ID](url)`): its parts, else undefined. */
export function idHeading(line: string): IdHeading | undefined {
  const h = atx(line);
  if (!h) return undefined;
  const t = line.slice(h.from).trim();
  if (t.length > 600) return undefined;
  const open = t.indexOf('[');
  if (open < 0) return undefined;
  const close = t.indexOf('](', open);
  if (close < 0 || close - open > 44) return undefined;
  const end = t.indexOf(')', close + 2);
  if (end < 0) return undefined;
  const url = t.slice(close + 2, end).trim();
  if (!url || url.indexOf(' ') >= 0 || url.indexOf('arxiv.org/') < 0) return undefined;
  const id = labelId(t.slice(open + 1, close));
  if (!id) return undefined;
  // the title after the link (`): Title`), else before it (`Title [ID](url)`)
  let title = trimSeparators(t.slice(end + 1));
  if (!title) title = trimSeparators(withoutOrdinal(t.slice(0, open).trim()));
  title = fold(withoutEmphasis(title));
  if (title.length < 3 || title.length > 400) return undefined;
  return { level: h.level, id: id.id, ...(id.version !== undefined ? { version: id.version } : {}), url, title: decodeEntities(title) };
}

/** Confidence: two or more headings link an arXiv id with a title beside it, and they are most of the headings. */
function detect(text: string): number {
  const head = text.length > 400_000 ? text.slice(0, 400_000) : text;
  if (head.indexOf('](') < 0 || head.indexOf('arxiv.org/') < 0) return 0;
  let headings = 0;
  let ids = 0;
  for (const l of splitLines(head)) {
    const t = l.text;
    if (t.length < 4 || (t[0] !== '#' && t[0] !== ' ')) continue;
    if (!atx(t)) continue;
    headings++;
    if (idHeading(t)) ids++;
  }
  if (ids >= 2 && ids * 2 >= headings) return 0.96;
  return ids >= 1 ? 0.3 : 0;
}

/** Inline tags whose removal leaves no space (`H<sub>2</sub>O`); any other tag is a word break. */
const INLINE_TAGS = new Set(['sub', 'sup', 'b', 'i', 'em', 'strong', 'span', 'a', 'code', 'small', 'u', 'mark', 'font', 'tt', 's']);
/** Tags that end a paragraph. */
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'hr', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'dl']);

/** One paragraph of an entry's body: its text (tags dropped, entities decoded), its bold label and its addresses. */
interface Para {
  text: string;
  /** The paragraph opened with a bold span (`<b>Label:</b>`, `**Label:**`). */
  boldLead: boolean;
  /** Every address: link targets and addresses written in the text. */
  urls: string[];
  /** The link targets only (`<a href>`, `[label](url)`): addresses the text no longer shows. */
  targets: string[];
}

/** An `href="…"` (or unquoted) value in a tag's text. */
function hrefOf(tag: string): string | undefined {
  const low = tag.toLowerCase();
  const k = low.indexOf('href');
  if (k < 0) return undefined;
  let i = k + 4;
  while (tag[i] === ' ') i++;
  if (tag[i] !== '=') return undefined;
  i++;
  while (tag[i] === ' ') i++;
  const q = tag[i] === '"' || tag[i] === "'" ? tag[i]! : '';
  if (q) i++;
  let e = i;
  while (e < tag.length && (q ? tag[e] !== q : tag[e] !== ' ' && tag[e] !== '>')) e++;
  const url = decodeEntities(tag.slice(i, e).trim());
  return url.startsWith('http://') || url.startsWith('https://') ? url : undefined;
}

/**
 * The paragraphs of an entry's body: HTML split at block tags (inline tags dropped in place), markdown split
 * at blank lines; markdown links reduced to their labels, their addresses kept.
 */
function paragraphs(body: string): Para[] {
  const out: Para[] = [];
  let buf = '';
  let bold = false;
  let urls: string[] = [];
  const flush = () => {
    const raw = buf;
    buf = '';
    const md = markdownLinks(raw);
    const lead = markdownLead(fold(decodeEntities(md.text)), raw);
    const text = lead.text;
    if (text) out.push({ text, boldLead: bold || lead.bold, urls: [...urls, ...md.urls], targets: [...urls, ...md.targets] });
    else if (urls.length && out.length) {
      out[out.length - 1]!.urls.push(...urls);
      out[out.length - 1]!.targets.push(...urls);
    }
    urls = [];
    bold = false;
  };
  let i = 0;
  let lineStart = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const nl = body.indexOf('\n', i);
    // a blank line ends a paragraph (markdown)
    if (nl >= 0 && (lt < 0 || nl < lt)) {
      buf += body.slice(i, nl + 1);
      // a heading line (`#### Abstract`) is a paragraph of its own
      let h = lineStart;
      while (h < nl && (body[h] === ' ' || body[h] === '\t')) h++;
      const heading = body[h] === '#' && startsBlockLine(body, h);
      i = lineStart = nl + 1;
      if (heading) {
        flush();
        continue;
      }
      let j = i;
      while (j < body.length && (body[j] === ' ' || body[j] === '\t' || body[j] === '\r')) j++;
      // a blank line, or a list item or heading on the next line (`- **Authors:** …`, `#### Abstract`), ends it
      if (body[j] === '\n' || startsBlockLine(body, j)) flush();
      continue;
    }
    if (lt < 0) {
      buf += body.slice(i);
      break;
    }
    buf += body.slice(i, lt);
    const c = body.charCodeAt(lt + 1);
    const isTag = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33;
    const gt = isTag ? body.indexOf('>', lt + 1) : -1;
    if (gt < 0 || gt - lt > 2000) {
      buf += '<';
      i = lt + 1;
      continue;
    }
    const tag = body.slice(lt + 1, gt);
    let n = tag[0] === '/' ? 1 : 0;
    const n0 = n;
    while (n < tag.length && isLetterOrDigit(tag[n]!)) n++;
    const name = tag.slice(n0, n).toLowerCase();
    if (BLOCK_TAGS.has(name)) flush();
    else if (!INLINE_TAGS.has(name)) buf += ' ';
    if ((name === 'b' || name === 'strong') && n0 === 0 && buf.trim() === '') bold = true;
    if (name === 'a' && n0 === 0) {
      const u = hrefOf(tag);
      if (u) urls.push(u);
    }
    i = gt + 1;
  }
  flush();
  return out;
}

/** A list item (`- `, `* `, `+ `) or an ATX heading (`#### `) starts at `j`. */
function startsBlockLine(s: string, j: number): boolean {
  const c = s[j];
  if ((c === '-' || c === '*' || c === '+') && (s[j + 1] === ' ' || s[j + 1] === '\t')) return true;
  if (c !== '#') return false;
  let k = j;
  while (s[k] === '#' && k - j < 7) k++;
  return k - j <= 6 && (s[k] === ' ' || s[k] === '\t');
}

/** A paragraph's list marker or heading marks dropped (`- Authors: …`, `#### Abstract`), and whether it opened bold. */
function markdownLead(text: string, raw: string): { text: string; bold: boolean } {
  let t = text;
  if ((t[0] === '-' || t[0] === '*' || t[0] === '+') && t[1] === ' ') t = t.slice(2);
  else if (t[0] === '#') {
    let k = 0;
    while (t[k] === '#' && k < 7) k++;
    if (k <= 6 && t[k] === ' ') t = t.slice(k + 1);
  }
  let r = raw.trimStart();
  if ((r[0] === '-' || r[0] === '*' || r[0] === '+') && (r[1] === ' ' || r[1] === '\t')) r = r.slice(2).trimStart();
  return { text: t, bold: r.startsWith('**') || r.startsWith('__') };
}

/** Markdown links `[label](url)` reduced to their labels (images dropped), the addresses listed; bare addresses listed too. */
function markdownLinks(s: string): { text: string; urls: string[]; targets: string[] } {
  const urls: string[] = [];
  const targets: string[] = [];
  let text = s;
  if (s.indexOf('](') >= 0) {
    const parts: string[] = [];
    let from = 0;
    /** The first `)` after the last `](` looked at (kept while it is still ahead: each `)` found once). */
    let end = -1;
    for (let k = s.indexOf(']('); k >= 0; k = s.indexOf('](', k + 2)) {
      // the label's `[`: at most 500 characters back, never before the last link's end
      let open = k - 1;
      while (open >= from && k - open <= 500 && s[open] !== '[') open--;
      if (end < k + 2) end = s.indexOf(')', k + 2);
      if (end < 0) break;
      if (open < from || s[open] !== '[' || k - open > 500 || end - k > 2100) continue;
      const url = s.slice(k + 2, end).trim();
      if (url.indexOf(' ') >= 0) continue;
      const image = open > 0 && s[open - 1] === '!';
      parts.push(s.slice(from, image ? open - 1 : open), image ? '' : s.slice(open + 1, k));
      if (!image && (url.startsWith('http://') || url.startsWith('https://'))) {
        urls.push(url);
        targets.push(url);
      }
      from = end + 1;
      k = end;
    }
    parts.push(s.slice(from));
    text = parts.join('');
  }
  // bare addresses in the text
  for (let k = text.indexOf('http'); k >= 0; k = text.indexOf('http', k + 4)) {
    if (!text.startsWith('http://', k) && !text.startsWith('https://', k)) continue;
    if (k > 0 && isLetterOrDigit(text[k - 1]!)) continue;
    let e = k;
    while (e < text.length && e - k < 2000 && text.charCodeAt(e) > 32 && text[e] !== '<' && text[e] !== '>' && text[e] !== '"') e++;
    while (e > k && '.,;:)]'.includes(text[e - 1]!)) e--;
    urls.push(text.slice(k, e));
    k = e;
  }
  // bold marks of a markdown label (`**Published:**`)
  return { text: text.split('**').join(''), urls, targets };
}

/**
 * Text with inline HTML and markdown links (a YAML field, a feed's note): tags dropped, entities decoded, links
 * reduced to their labels; `urls` every address, `targets` the link targets only (those the text no longer shows).
 *
 * @example
 * htmlInlineText('See <a href=https://github.com/a/b>the code</a>.') // { text: 'See the code.', urls: ['https://github.com/a/b'], targets: [...] }
 */
export function htmlInlineText(s: string): { text: string; urls: string[]; targets: string[] } {
  const ps = paragraphs(s);
  if (ps.length === 1) return { text: ps[0]!.text, urls: ps[0]!.urls, targets: ps[0]!.targets };
  return { text: ps.map((p) => p.text).join(' '), urls: ps.flatMap((p) => p.urls), targets: ps.flatMap((p) => p.targets) };
}

/** Field labels of an entry's body, lower case, by what they hold. */
const DATE_LABELS = new Set(['published', 'submitted', 'date', 'updated', 'announced', 'posted']);
const COMMENT_LABELS = new Set(['comments', 'comment', 'note', 'notes']);
const AUTHOR_LABELS = new Set(['authors', 'author', 'by']);
const ABSTRACT_LABELS = new Set(['abstract', 'summary']);

/** `Label: value` with a short label (one to four words): the lower-cased label and the value, else undefined. */
function labelled(p: Para): { label: string; value: string } | undefined {
  const k = p.text.indexOf(':');
  if (k <= 0 || k > 40) return undefined;
  const label = p.text.slice(0, k).trim();
  if (!label || label.split(' ').length > 4 || !isLetterOrDigit(label[0]!)) return undefined;
  const low = label.toLowerCase();
  const known = DATE_LABELS.has(low) || COMMENT_LABELS.has(low) || AUTHOR_LABELS.has(low) || ABSTRACT_LABELS.has(low) || low === 'pdf' || low === 'link' || low === 'url' || low === 'code' || low === 'categories' || low === 'journal' || low === 'journal ref' || low === 'doi';
  // an unknown label is a field only when written bold and followed by a short value (not a structured abstract)
  if (!known && !(p.boldLead && p.text.length - k < 300)) return undefined;
  return { label: low, value: p.text.slice(k + 1).trim() };
}

/** A paragraph that is only a known field label (`Abstract`, `Abstract:`, `Authors`): the label, lower case. */
function fieldAlone(text: string): string | undefined {
  if (text.length > 20) return undefined;
  const t = (text.endsWith(':') ? text.slice(0, -1) : text).trim().toLowerCase();
  return AUTHOR_LABELS.has(t) || ABSTRACT_LABELS.has(t) || COMMENT_LABELS.has(t) ? t : undefined;
}

function readEntries(text: string, ctx: ReaderContext): ReaderResult {
  const lines = splitLines(text);
  const entries: RawEntry[] = [];
  /** The open entry: its heading and the line where its body starts. */
  let open: { h: IdHeading; line: Line; bodyFrom: number } | undefined;
  const close = (endLine: number) => {
    if (!open) return;
    const first = lines[open.bodyFrom];
    const last = lines[endLine - 1];
    const bodyStart = first && open.bodyFrom < endLine ? first.start : open.line.end;
    const bodyEnd = last && endLine - 1 >= open.bodyFrom ? last.end : open.line.end;
    entries.push(entryOf(open.h, text, open.line, bodyStart, bodyEnd));
    open = undefined;
  };
  for (let n = 0; n < lines.length; n++) {
    const t = lines[n]!.text;
    const h = t.length >= 4 && (t[0] === '#' || t[0] === ' ') ? atx(t) : undefined;
    if (!h) continue;
    const ih = idHeading(t);
    if (ih) {
      close(n);
      open = { h: ih, line: lines[n]!, bodyFrom: n + 1 };
    } else if (open && h.level <= open.h.level) {
      close(n);
      ctx.diagnose('UNCLAIMED_TEXT', `heading not read as a paper: "${t.trim().slice(0, 60)}"`, lines[n]!.start, lines[n]!.end, 'info');
    }
  }
  close(lines.length);
  return { entries };
}

function entryOf(h: IdHeading, text: string, line: Line, from: number, to: number): RawEntry {
  const e: RawEntry = { title: h.title, arxivId: h.id, links: [{ url: h.url, origin: 'links', start: line.start + line.text.indexOf(h.url), end: line.start + line.text.indexOf(h.url) + h.url.length }], start: line.start, end: to };
  if (h.version !== undefined) e.arxivVersion = h.version;
  const prose: string[] = [];
  const seen = new Set([h.url]);
  const body = text.slice(from, to);
  const addUrl = (u: string) => {
    if (seen.has(u) || seen.size > 200) return;
    seen.add(u);
    const at = body.indexOf(u);
    e.links.push(at >= 0 ? { url: u, origin: 'links', start: from + at, end: from + at + u.length } : { url: u, origin: 'links' });
  };
  /** A label standing alone (`Abstract:`, `#### Abstract`): the field the next paragraph fills. */
  let pending: string | undefined;
  for (const p of paragraphs(body)) {
    const alone = fieldAlone(p.text);
    if (alone) {
      pending = alone;
      continue;
    }
    const f = labelled(p) ?? (pending ? { label: pending, value: p.text } : undefined);
    pending = undefined;
    if (f) {
      for (const u of p.urls) addUrl(u);
      if (DATE_LABELS.has(f.label)) {
        const d = parseDate(f.value);
        if (d && (!e.date || f.label === 'published' || f.label === 'submitted')) e.date = d;
      } else if (COMMENT_LABELS.has(f.label)) e.comments ??= f.value;
      else if (AUTHOR_LABELS.has(f.label) && !e.authors) e.authors = splitAuthors(f.value);
      else if (ABSTRACT_LABELS.has(f.label) && f.value) prose.push(f.value);
      continue;
    }
    // the author line comes before the abstract
    if (!e.authors && prose.length === 0 && p.text.length <= 1500 && isAuthorLine(p.text)) {
      const names = splitAuthors(p.text).filter((a) => a !== 'et al.' && a !== 'et al');
      if (names.length) {
        e.authors = names;
        continue;
      }
    }
    // a lone address (a link line) is a resource, not prose
    if (p.urls.length && p.text.indexOf(' ') < 0 && p.text.startsWith('http')) {
      for (const u of p.urls) addUrl(u);
      continue;
    }
    for (const u of p.urls) addUrl(u);
    prose.push(p.text);
  }
  if (prose.length) e.abstract = prose.join(' ');
  return e;
}

/**
 * Reads markdown whose headings link arXiv ids (`### 1) [2509.04331](…/abs/2509.04331v1): Title`).
 *
 * @example
 * arxivHeadingsReader.read('### 1) [2509.04331](http://arxiv.org/abs/2509.04331v1): A Title\n\n<p> A. B, C. D </p>\n<p>\nWe …\n</p>', ctx).entries[0]
 * // { title: 'A Title', arxivId: '2509.04331', arxivVersion: 1, authors: ['A. B', 'C. D'], abstract: 'We …', … }
 */
export const arxivHeadingsReader: FeedReader = defineReader('arxiv-headings', detect, readEntries, { maxConfidence: 0.96 });
