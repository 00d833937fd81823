/**
 * arXiv listing pages (`/list/<category>/new`, `/recent`, `/pastweek`) and arXiv
 * search results (`/search/?query=...`), copied or rendered as text.
 *
 * Both show entries that start with an id line (`[1]  arXiv:2609.05434 [pdf, html, other]`,
 * `1. arXiv:2310.12345  [pdf, other]  cs.CL cs.AI`) followed by labelled fields.
 * Listing: `Title:`, an unlabelled (or `Authors:`) author line with `,` or ` , `,
 * `Comments:`, `Journal-ref:`, `Subjects: Name (cat) ; Name (cat)`, then the
 * abstract; a label may stand alone on its line with the value on the next.
 * Search results: categories after the id, the title unlabelled, `Authors:`,
 * `Abstract: snippet … ▽ More` + the full text + `△ Less`, `Submitted ...;
 * originally announced ...`, `Comments:`, `Journal ref:`.
 *
 * One parser reads both; `arxivListingReader` and `arxivSearchReader` differ in
 * `detect` and name. No address is built from an id: the page writes none.
 *
 * Renderings read the same way: a markdown conversion (`[[1]](…)[arXiv:ID](… "Abstract")
 * [[pdf](…), …]`, linked authors, `###` headings) is read through its link text and a
 * `lynx -dump` through its text with the `[N]` markers blanked; the addresses they give
 * for the paper (abstract, PDF, HTML, code in the abstract) become its links, the page's
 * navigation (listings, author searches, format menus) does not. Text that was re-wrapped
 * without indentation reads too: a field continues onto unlabelled lines that run into
 * the next field label, a cut `Subjects:` list onto the next line, and an inline `Title:`
 * onto the lines before the one that reads as the author list.
 */
import { defineReader } from './define.js';
import type { PaperDate } from '../schema/paper.js';
import { parseDate } from '../lib/dates.js';
import { splitLines, withoutPrintFurniture, type Line } from '../lib/text.js';
import {
  RE_LISTING_FORMATS,
  RE_LISTING_MARKER,
  RE_LISTING_SHOWING,
  RE_LISTING_FORMATS_BARE,
  RE_LISTING_TOTAL,
  RE_SEARCH_ANNOUNCED,
  RE_SEARCH_SHOWING,
} from '../regex/arxiv.js';
import {
  cleanDoi,
  fold,
  indentOf,
  isArxivCategory,
  isWs,
  parseArxivId,
  splitAuthors,
  splitCategories,
  trimWs,
  type ArxivIdParts,
} from './arxiv-digest.js';
import { RE_NUMBERED_REF } from '../regex/hf.js';
import { lynxDump } from './hf-textbrowser.js';
import type { FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

const DETECT_WINDOW = 20_000;
const MORE = '▽';
const LESS = '△';
// built once: a concatenation in a loop is a new string to flatten on every line
const MORE_MARK = `${MORE} More`;
const LESS_MARK = `${LESS} Less`;

type Section = 'new' | 'cross' | 'replace' | undefined;

/* ------------------------------------------------------------------------ */
/* Line classification                                                       */
/* ------------------------------------------------------------------------ */

type LabelKey = 'title' | 'authors' | 'comments' | 'journal' | 'subjects' | 'msc' | 'acm' | 'report' | 'doi' | 'abstract' | 'submitted';

const LABELS = new Map<string, LabelKey>([
  ['title', 'title'],
  ['authors', 'authors'],
  ['author', 'authors'],
  ['comments', 'comments'],
  ['comment', 'comments'],
  ['journal-ref', 'journal'],
  ['journal ref', 'journal'],
  ['journal reference', 'journal'],
  ['subjects', 'subjects'],
  ['subject', 'subjects'],
  ['msc-class', 'msc'],
  ['msc class', 'msc'],
  ['acm-class', 'acm'],
  ['acm class', 'acm'],
  ['report-no', 'report'],
  ['report number', 'report'],
  ['doi', 'doi'],
  ['abstract', 'abstract'],
]);

/** A labelled line: `Title: ...`, `Journal ref: ...`, `Submitted 8 June, 2023; ...`. */
function labelOf(t: string): { key: LabelKey; value: string } | undefined {
  if (t.startsWith('Submitted ') || t.startsWith('Submitted:')) {
    const rest = t.slice(10);
    const c = rest.charCodeAt(0);
    if (t[9] === ':' || (c >= 48 && c <= 57)) return { key: 'submitted', value: t.slice(9).replace(':', '') };
    return undefined;
  }
  const colon = t.indexOf(':');
  if (colon <= 0 || colon > 20) return undefined;
  const key = LABELS.get(t.slice(0, colon).toLowerCase());
  if (!key) return undefined;
  return { key, value: t.slice(colon + 1) };
}

interface IdHead {
  id: ArxivIdParts;
  /** What follows the id on its line. */
  rest: string;
  marker: boolean;
}

/** `[1]  arXiv:2407.14741 [pdf, other]`, `1. arXiv:2310.12345 [pdf] cs.CL`, `arXiv:2609.05434`. */
function idHead(t: string): IdHead | undefined {
  let s = t;
  let marker = false;
  const m = RE_LISTING_MARKER.exec(s);
  if (m) {
    s = trimWs(s.slice(m[0].length));
    marker = true;
  } else {
    // `12. arXiv:...`
    let i = 0;
    while (i < s.length && i < 6 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i > 0 && s[i] === '.') {
      s = trimWs(s.slice(i + 1));
      marker = true;
    }
  }
  if (!s.startsWith('arXiv:')) return undefined;
  let j = 6;
  while (j < s.length && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 0xa0)) j++;
  let k = j;
  while (k < s.length && k - j < 60 && !isSpaceOrBracket(s.charCodeAt(k))) k++;
  const id = parseArxivId(s.slice(j, k));
  if (!id) return undefined;
  return { id, rest: trimWs(s.slice(k)), marker };
}

function isSpaceOrBracket(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 91 || c === 40;
}

/** A line holding only a marker (`[1]`), used when the id comes on a following line. */
function isBareMarker(t: string): boolean {
  const m = RE_LISTING_MARKER.exec(t);
  if (m) return m[0].length === t.length;
  // `12.` alone (numbered search results rendered as text)
  if (t.length < 2 || t.length > 7 || !t.endsWith('.')) return false;
  for (let i = 0; i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function sectionOf(t: string): Section | null {
  if (t.length > 90 || t.length < 11) return null;
  const c = t.charCodeAt(0) | 32;
  if (c !== 110 /* n */ && c !== 99 /* c */ && c !== 114 /* r */) return null;
  const low = t.toLowerCase();
  const counted = low.includes('(showing') || low.includes(' for ') || low.includes('entries');
  if (low.startsWith('new submissions')) return counted ? 'new' : null;
  if (low.startsWith('cross submissions') || low.startsWith('cross-lists') || low.startsWith('cross lists')) return counted ? 'cross' : null;
  if (low.startsWith('replacement submissions') || low.startsWith('replacements')) return counted ? 'replace' : null;
  return null;
}

/** Page furniture that ends the last entry of a listing or of search results. */
const END_EXACT = new Set([
  'about', 'help', 'contact', 'subscribe', 'copyright', 'privacy policy', 'web accessibility assistance',
  'next', 'previous', 'next →', '← previous', 'back to top', 'search', 'fewer', 'more', 'all', '|',
  'contact arxiv', 'subscribe to arxiv mailings', 'arxiv operational status',
]);
const END_PREFIXES = [
  'total of ', '[ total of', '[total of', 'showing up to', '[ showing up to', 'we gratefully acknowledge',
  'disable mathjax', 'links to:', 'which authors of this paper are endorsers', 'get status notifications',
  'major funding support from', 'arxiv operational status', 'operational status', 'showing new listings for',
];

/** First characters of the furniture lines above, lower-cased. */
const END_FIRST = new Set([...END_EXACT, ...END_PREFIXES].map((p) => p.charCodeAt(0)));

function isEnd(t: string): boolean {
  if (t.length > 120 || t.length === 0) return false;
  // a day heading of `/recent` and `/pastweek` pages closes the entry above it:
  // `Tue, 8 Sep 2026 (showing 1 of 1 entries)` (section headings are read by `sectionOf`)
  if (t.charCodeAt(t.length - 1) === 41 /* ) */ && t.includes('(showing')) {
    const m = RE_LISTING_SHOWING.exec(t);
    if (m && m.index + m[0].length === t.length && m.index > 0 && sectionOf(t) === null) return true;
  }
  const c = t.charCodeAt(0);
  if (!END_FIRST.has(c < 128 ? c | 32 : c) && !END_FIRST.has(c)) return false;
  const low = t.toLowerCase();
  if (END_EXACT.has(low)) return true;
  for (const p of END_PREFIXES) if (low.startsWith(p)) return true;
  return false;
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                   */
/* ------------------------------------------------------------------------ */

/* ------------------------------------------------------------------------ */
/* Markdown renderings (`[arXiv:ID](https://arxiv.org/abs/ID "Abstract")`)    */
/* ------------------------------------------------------------------------ */

/** A link a markdown rendering wrote, with the offsets of its address in the input. */
export interface LineLink {
  url: string;
  label: string;
  start: number;
  end: number;
}

const MAX_LABEL = 600;
const MAX_DEST = 2000;

/**
 * A markdown-rendered line as the page shows it: `[text](url "title")` -> `text`,
 * images dropped, a leading `#` heading marker and `**` emphasis removed. The links
 * go to `links` with absolute offsets (`base` is the line's offset in the input).
 * Scans once; each `[` looks ahead a bounded distance.
 */
export function delinkLine(text: string, base: number, links: LineLink[], budget = { left: 8 * text.length + 4096 }): string {
  let s = text;
  let shift = 0;
  // `### New submissions (showing 3 of 3 entries)`
  let h = 0;
  while (h < s.length && h < 6 && s.charCodeAt(h) === 35) h++;
  if (h > 0 && s.charCodeAt(h) === 32) {
    s = s.slice(h + 1);
    shift = h + 1;
  }
  if (s.indexOf('](') < 0 && s.indexOf('**') < 0) return shift ? s : text;
  const out: string[] = [];
  let seg = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 42 /* * */ && s.charCodeAt(i + 1) === 42) {
      out.push(s.slice(seg, i));
      i += 2;
      seg = i;
      continue;
    }
    if (c !== 91 /* [ */) {
      i++;
      continue;
    }
    // look-aheads are bounded in total: hostile input (`[a]([a]([a](...`) stays linear
    if (budget.left <= 0) break;
    const image = i > 0 && s.charCodeAt(i - 1) === 33; /* ! */
    // the matching `]`
    let depth = 0;
    let close = -1;
    for (let k = i; k < s.length && k - i <= MAX_LABEL; k++) {
      budget.left--;
      const d = s.charCodeAt(k);
      if (d === 91) depth++;
      else if (d === 93 && --depth === 0) {
        close = k;
        break;
      }
    }
    if (close < 0 || s.charCodeAt(close + 1) !== 40 /* ( */) {
      i++;
      continue;
    }
    // the destination: up to the `)` that balances, a quoted title allowed
    let pd = 0;
    let end = -1;
    let quote = 0;
    for (let k = close + 1; k < s.length && k - close <= MAX_DEST; k++) {
      budget.left--;
      const d = s.charCodeAt(k);
      if (quote) {
        if (d === quote) quote = 0;
        continue;
      }
      if (d === 34 && s.charCodeAt(k - 1) === 32) quote = 34;
      else if (d === 40) pd++;
      else if (d === 41 && --pd === 0) {
        end = k;
        break;
      }
    }
    if (end < 0) {
      i++;
      continue;
    }
    const dest = s.slice(close + 2, end);
    let a = 0;
    while (a < dest.length && dest.charCodeAt(a) === 32) a++;
    let b = a;
    while (b < dest.length && dest.charCodeAt(b) !== 32) b++;
    let url = dest.slice(a, b);
    let ua = a;
    if (url.startsWith('<') && url.endsWith('>')) {
      url = url.slice(1, -1);
      ua++;
    }
    const inner = s.slice(i + 1, close);
    const innerLinks: LineLink[] = [];
    const label = delinkLine(inner, base + shift + i + 1, innerLinks, budget);
    out.push(s.slice(seg, image ? i - 1 : i));
    if (!image) {
      out.push(label);
      links.push(...innerLinks);
      if (url) links.push({ url, label: trimWs(label), start: base + shift + close + 2 + ua, end: base + shift + close + 2 + ua + url.length });
    }
    i = seg = end + 1;
  }
  out.push(s.slice(seg));
  return out.join('');
}

/** The text looks like a markdown rendering of the page: its entry id lines are links. */
function isMarkdownRendering(lines: Line[]): boolean {
  for (let i = 0; i < lines.length && i < 4000; i++) {
    const t = lines[i]!.text;
    // `[arXiv:2608.27351](https://arxiv.org/abs/2608.27351 "Abstract")`, or a relative `(/abs/...)` (html2text)
    if (t.indexOf('](') >= 0 && t.indexOf('arXiv:') >= 0) return true;
  }
  return false;
}

const ARXIV_NAV_PATHS = ['list/', 'search', 'a/', 'format/', 'auth', 'show-email', 'help', 'login', 'logout', 'user', 'mailing', 'catchup', 'year/', 'archive/', 'new', 'recent', 'pastweek'];

/** A link a listing shows that is not a resource of the paper: listings, author searches, format menus, anchors. */
function isListingNavigation(url: string): boolean {
  const low = url.toLowerCase();
  if (!(low.startsWith('https://') || low.startsWith('http://'))) return true;
  const rest = low.slice(low.indexOf('//') + 2);
  const slash = rest.indexOf('/');
  let host = slash < 0 ? rest : rest.slice(0, slash);
  if (host.startsWith('www.')) host = host.slice(4);
  const path = slash < 0 ? '' : rest.slice(slash + 1);
  if (host === 'arxiv.org' || host === 'export.arxiv.org' || host.endsWith('.arxiv.org')) {
    if (!path || path.startsWith('#')) return true;
    if (host !== 'arxiv.org' && host !== 'export.arxiv.org' && !host.startsWith('export.')) return true; // info., status., blog.
    for (const p of ARXIV_NAV_PATHS) if (path.startsWith(p)) return true;
    return false;
  }
  return host === 'twitter.com' || host === 'x.com' || host === 'scholar.google.com' || host === 'orcid.org' || host === 'info.arxiv.org' || host === 'mathjax.org';
}

/**
 * The page of a text: a lynx/links `-dump` is read with its `[N]` link markers and its
 * `References` list blanked (offsets hold), each marker's address kept as a link of its line.
 */
function pageOf(text: string, limit = text.length): Page {
  // detection on a very large text reads its start only: no dump of the whole text for that
  const whole = limit >= text.length || text.length <= 4_000_000;
  const dump = whole ? lynxDump(text) : undefined;
  if (!dump) return new Page(withoutPrintFurniture(splitLines(limit < text.length ? text.slice(0, limit) : text)));
  const refs = new Map<string, { url: string; start: number; end: number }>();
  for (const line of splitLines(text.slice(dump.refsAt))) {
    const m = RE_NUMBERED_REF.exec(line.text);
    if (!m || refs.has(m[1]!)) continue;
    const at = line.text.indexOf(m[2]!);
    refs.set(m[1]!, { url: m[2]!, start: dump.refsAt + line.start + at, end: dump.refsAt + line.start + at + m[2]!.length });
  }
  const lines = withoutPrintFurniture(splitLines(limit < text.length ? dump.masked.slice(0, limit) : dump.masked));
  const page = new Page(lines);
  let li = 0;
  for (const mk of dump.markers) {
    while (li + 1 < lines.length && lines[li + 1]!.start <= mk.at) li++;
    // `[4] ` followed by a space is the listing's own entry number, not a link marker (`[12]arXiv:…`)
    const after = text.charCodeAt(mk.at + mk.n.length + 2);
    if (after === 32 || after === 9 || after === 10 || after === 13) continue;
    const ref = refs.get(mk.n);
    if (!ref) continue;
    (page.links[li] ??= []).push({ url: ref.url, label: '', start: ref.start, end: ref.end });
  }
  return page;
}

/** The lines of the input with each classification computed at most once. */
class Page {
  readonly trims: string[];
  readonly lines: Line[];
  /** Per line, the links a markdown rendering wrote on it. */
  readonly links: (LineLink[] | undefined)[] = [];
  private readonly labels: (ReturnType<typeof labelOf> | null)[] = [];
  private readonly ends: (boolean | undefined)[] = [];
  private readonly sections: (Section | null | 0)[] = [];
  private readonly heads: (IdHead | null)[] = [];
  constructor(raw: Line[]) {
    if (isMarkdownRendering(raw)) {
      this.lines = raw.map((l, i) => {
        const found: LineLink[] = [];
        const text = delinkLine(l.text, l.start, found);
        if (found.length) this.links[i] = found;
        return text === l.text ? l : { text, start: l.start, end: l.end };
      });
    } else this.lines = raw;
    this.trims = this.lines.map((l) => trimWs(l.text));
  }
  label(i: number): ReturnType<typeof labelOf> {
    let v = this.labels[i];
    if (v === undefined) v = this.labels[i] = this.trims[i] ? (labelOf(this.trims[i]!) ?? null) : null;
    return v ?? undefined;
  }
  end(i: number): boolean {
    let v = this.ends[i];
    if (v === undefined) v = this.ends[i] = isEnd(this.trims[i]!);
    return v;
  }
  section(i: number): Section | null {
    let v = this.sections[i];
    if (v === undefined) v = this.sections[i] = sectionOf(this.trims[i]!) ?? 0;
    return v === 0 ? null : v;
  }
  head(i: number): IdHead | undefined {
    let v = this.heads[i];
    if (v === undefined) {
      const t = this.trims[i]!;
      const c = t.charCodeAt(0);
      v = this.heads[i] = c === 97 /* a */ || c === 91 /* [ */ || (c >= 48 && c <= 57) ? (idHead(t) ?? null) : null;
    }
    return v ?? undefined;
  }
  /** A line that ends an entry: page furniture, a section heading or the next id line. */
  stop(i: number): boolean {
    return this.end(i) || this.section(i) !== null || this.head(i) !== undefined;
  }
}

interface Start {
  line: number;
  idLine: number;
  head: IdHead;
  section: Section;
}

function findStarts(page: Page): Start[] {
  const trims = page.trims;
  const starts: Start[] = [];
  let section: Section;
  for (let i = 0; i < trims.length; i++) {
    const t = trims[i]!;
    if (!t) continue;
    const sec = page.section(i);
    if (sec !== null) {
      section = sec;
      continue;
    }
    const head = page.head(i);
    if (!head) continue;
    if (!confirmEntry(page, i, head)) continue;
    // a bare `[n]` on a line before the id starts the entry
    let line = i;
    if (!head.marker) {
      for (let p = i - 1, seen = 0; p >= 0 && seen < 2; p--) {
        if (!trims[p]) continue;
        seen++;
        if (isBareMarker(trims[p]!)) {
          line = p;
          head.marker = true;
        }
        break;
      }
    }
    starts.push({ line, idLine: i, head, section });
  }
  return starts;
}

/** The id line is an entry (not an id quoted in prose): a format bracket or a Title/Authors label follows closely. */
function confirmEntry(page: Page, i: number, head: IdHead): boolean {
  if (RE_LISTING_FORMATS.test(head.rest) || RE_LISTING_FORMATS_BARE.test(head.rest)) return true;
  if (head.rest && !(head.rest.startsWith('(') || head.rest.startsWith('['))) return false;
  const trims = page.trims;
  for (let j = i + 1, seen = 0; j < trims.length && seen < 8; j++) {
    const u = trims[j]!;
    if (!u) continue;
    seen++;
    if (u.charCodeAt(0) === 91 && RE_LISTING_FORMATS.test(u)) return true;
    const l = page.label(j);
    if (l && (l.key === 'title' || l.key === 'authors')) return true;
    if (page.head(j)) return false;
  }
  return false;
}

interface PageInfo {
  category?: string;
  announced?: number;
  search: boolean;
}

function pageInfo(text: string, trims: string[], starts: Start[]): PageInfo {
  const info: PageInfo = { search: false };
  let showingSum = 0;
  let showingSeen = false;
  let total: number | undefined;
  let searchCount: number | undefined;
  let searchSignals = 0;
  for (const t of trims) {
    if (!t) continue;
    if (t.length < 120) {
      // section headings and the day headings of `/recent` pages: `Fri, 9 Jun 2023 (showing 52 of 52 entries)`
      if (t.includes('(showing')) {
        const m = RE_LISTING_SHOWING.exec(t);
        if (m) {
          showingSum += +m[1]!;
          showingSeen = true;
        }
      }
      const c0 = t.charCodeAt(0) | 32;
      if (total === undefined && (c0 === 116 /* t */ || c0 === 123 /* `[` (91 | 32) */)) {
        const m = RE_LISTING_TOTAL.exec(t);
        if (m) total = m[2] && m[3] ? +m[3] - +m[2] + 1 : +m[1]!;
      }
      if (searchCount === undefined && t.startsWith('Showing ')) {
        const m = RE_SEARCH_SHOWING.exec(t);
        if (m) {
          const a = +m[1]!.split(',').join('');
          const b = +m[2]!.split(',').join('');
          if (b >= a) searchCount = b - a + 1;
          searchSignals += 2;
        }
      }
    }
    if (t.includes(MORE_MARK) || t.includes(LESS_MARK) || t.includes('originally announced')) searchSignals++;
  }
  info.search = searchSignals >= 2 && !showingSeen;
  info.announced = info.search ? searchCount : showingSeen ? showingSum : total;
  // the page's own category: from its address, else the primary most new submissions share
  const at = text.indexOf('arxiv.org/list/');
  if (at >= 0) {
    let k = at + 15;
    let e = k;
    while (e < text.length && e - k < 40 && text[e] !== '/' && text[e] !== ' ' && text[e] !== '\n' && text[e] !== '?') e++;
    const cat = text.slice(k, e);
    if (isArxivCategory(cat)) info.category = cat;
  }
  void starts;
  return info;
}

function inCategory(cat: string, page: string): boolean {
  return cat === page || cat.startsWith(page + '.');
}

function readPage(text: string, ctx: ReaderContext): ReaderResult {
  const page = pageOf(text);
  const lines = page.lines;
  const trims = page.trims;
  const starts = findStarts(page);
  const info = pageInfo(text, trims, starts);
  const entries: RawEntry[] = [];
  const parsed: { entry: RawEntry; replaced: boolean; crossFrom: boolean; section: Section; complete: boolean }[] = [];
  let endSeen = false;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const stop = k + 1 < starts.length ? starts[k + 1]!.line : lines.length;
    const r = readEntry(page, s, stop, info.search);
    if (k === starts.length - 1) endSeen = r.endSeen;
    if (!r.entry) continue;
    parsed.push({ entry: r.entry, replaced: r.replaced, crossFrom: r.crossFrom, section: s.section, complete: r.complete });
  }
  // the page's category when its address is not in the text: the primary every new submission shares
  let pageCat = info.category;
  if (!pageCat) {
    const counts = new Map<string, number>();
    let news = 0;
    for (const p of parsed) {
      if (p.section !== 'new' || p.replaced || p.crossFrom) continue;
      news++;
      const c = p.entry.categories?.[0];
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    for (const [c, n] of counts) if (n === news && news > 0) pageCat = c;
  }
  for (const p of parsed) {
    const e = p.entry;
    if (!info.search) {
      const primary = e.categories?.[0];
      const crossPrimary = primary !== undefined && pageCat !== undefined && !inCategory(primary, pageCat);
      if (p.replaced || p.section === 'replace') e.announceType = p.crossFrom || crossPrimary ? 'replace-cross' : 'replace';
      else if (p.crossFrom || p.section === 'cross') e.announceType = 'cross';
      else if (p.section === 'new') e.announceType = 'new';
    }
    entries.push(e);
  }
  const result: ReaderResult = { entries };
  if (info.announced !== undefined) result.announced = info.announced;
  // a cut capture: no page furniture after the last entry, and the last entry lacks what the others have
  const last = parsed[parsed.length - 1];
  if (last && !endSeen && !last.complete) {
    const others = parsed.slice(0, -1);
    const othersComplete = others.length === 0 || others.filter((p) => p.complete).length * 2 >= others.length;
    if (othersComplete) {
      last.entry.truncated = true;
      result.truncated = true;
      ctx.diagnose('TRUNCATED_ENTRY', `arXiv:${last.entry.arxivId}: the capture ends inside the entry`, last.entry.start, last.entry.end, 'warning');
    }
  }
  for (const p of parsed) {
    const e = p.entry;
    if (e.abstract === undefined && !e.truncated) {
      const replaced = e.announceType === 'replace' || e.announceType === 'replace-cross';
      ctx.diagnose('MISSING_ABSTRACT', `arXiv:${e.arxivId}: no abstract shown`, e.start, e.end, replaced || !info.search ? 'info' : 'warning');
    }
  }
  return result;
}

interface EntryRead {
  entry?: RawEntry;
  replaced: boolean;
  crossFrom: boolean;
  /** The entry shows what a full entry shows (an abstract, or for search results the Submitted line). */
  complete: boolean;
  /** Page furniture was seen after the entry. */
  endSeen: boolean;
}

function readEntry(page: Page, s: Start, stop: number, search: boolean): EntryRead {
  const lines = page.lines;
  const trims = page.trims;
  const out: EntryRead = { replaced: false, crossFrom: false, complete: false, endSeen: false };
  const fields = new Map<LabelKey, string[]>();
  const categories: string[] = [];
  const titleLines: string[] = [];
  const authorLines: string[] = [];
  const abstractLines: string[] = [];
  let doiNext = false;
  let lastLine = s.idLine;

  // decorations on the id line: `[pdf, other]`, `cs.CL cs.AI`, `(cross-list from cs.LG)`, `(replaced)`
  decorate(s.head.rest);
  function decorate(t: string): boolean {
    let rest = t;
    let any = false;
    for (let guard = 0; rest && guard < 8; guard++) {
      const low = rest.toLowerCase();
      if (low.startsWith('(cross-list from') || low.startsWith('(cross-listed from')) {
        out.crossFrom = true;
        const close = rest.indexOf(')');
        rest = close < 0 ? '' : trimWs(rest.slice(close + 1));
        any = true;
        continue;
      }
      if (low.startsWith('(replaced')) {
        out.replaced = true;
        const close = rest.indexOf(')');
        rest = close < 0 ? '' : trimWs(rest.slice(close + 1));
        any = true;
        continue;
      }
      const f = RE_LISTING_FORMATS.exec(rest) ?? RE_LISTING_FORMATS_BARE.exec(rest);
      if (f) {
        rest = trimWs(rest.slice(f[0].length));
        any = true;
        continue;
      }
      break;
    }
    if (rest) {
      const cats = categoryLine(rest);
      if (!cats) return any;
      for (const c of cats) if (!categories.includes(c)) categories.push(c);
      return true;
    }
    return any;
  }

  let hasTitleLabel = false;
  let hasAuthorsLabel = false;
  let titleAt = -1;
  for (let j = s.idLine + 1; j < stop; j++) {
    const l = page.label(j);
    if (l?.key === 'title') hasTitleLabel = true;
    else if (l?.key === 'authors') hasAuthorsLabel = true;
  }

  // phases: head (decorations, categories) -> title -> authors -> fields -> abstract
  let phase: 'head' | 'title' | 'authors' | 'fields' | 'abstract' = 'head';
  let j = s.idLine + 1;
  let gapSinceAuthors = false;
  for (; j < stop; j++) {
    const t = trims[j]!;
    if (!t) {
      if (phase === 'authors' && authorLines.length) gapSinceAuthors = true;
      continue;
    }
    if (page.end(j) || page.section(j) !== null) {
      out.endSeen = true;
      break;
    }
    const label = page.label(j);
    if (label) {
      // search results' `Abstract:` inside the listing-style flow is a label too
      const consumed = readValue(j, label);
      fields.set(label.key, consumed.value);
      lastLine = consumed.last;
      j = consumed.last;
      if (label.key === 'title') {
        phase = hasAuthorsLabel ? 'fields' : 'authors';
        titleAt = j;
      }
      else phase = 'fields';
      if (label.key === 'abstract' || label.key === 'submitted') out.complete = true;
      continue;
    }
    if (phase === 'head') {
      if (doiNext) {
        const d = cleanDoi(t);
        if (d) fields.set('doi', [d]);
        doiNext = false;
        lastLine = j;
        continue;
      }
      if (t.toLowerCase() === 'doi') {
        doiNext = true;
        lastLine = j;
        continue;
      }
      if (t.toLowerCase().startsWith('doi ') && cleanDoi(t.slice(4))) {
        fields.set('doi', [t.slice(4)]);
        lastLine = j;
        continue;
      }
      if (decorate(t)) {
        lastLine = j;
        continue;
      }
      if (!hasTitleLabel) {
        phase = 'title';
      } else {
        // unlabelled text before `Title:`: furniture; skip it
        continue;
      }
    }
    if (phase === 'title') {
      if (!titleLines.length) titleAt = j;
      titleLines.push(t);
      lastLine = j;
      continue;
    }
    if (phase === 'authors') {
      if (gapSinceAuthors || (authorLines.length && search)) {
        phase = 'abstract';
      } else {
        authorLines.push(t);
        lastLine = j;
        continue;
      }
    }
    if (phase === 'fields' || phase === 'abstract') {
      if (search) {
        // search results label their abstract; stray text after the fields is furniture
        continue;
      }
      phase = 'abstract';
      abstractLines.push(lines[j]!.text);
      lastLine = j;
      out.complete = true;
    }
  }
  if (j < stop && !out.endSeen) out.endSeen = false;

  /** The line at `at` was cut by hard wrapping: about as long as the longest line of the entry. */
  function wrappedAt(at: number): boolean {
    if (at < 0) return false;
    let width = 0;
    for (let m = s.idLine; m < stop && m - s.idLine < 200; m++) width = Math.max(width, trims[m]!.length);
    return trims[at]!.length * 4 >= width * 3;
  }

  /** Unlabelled lines from `k` run, without a blank line, into a field label of this entry (not into its abstract). */
  function beforeFieldLabel(k: number): boolean {
    if (search) return false;
    for (let m = k; m < stop && m - k < 12; m++) {
      if (!trims[m]) return false;
      if (page.stop(m)) return false;
      const l = page.label(m);
      if (l) return l.key !== 'title' && l.key !== 'abstract' && l.key !== 'submitted';
    }
    return false;
  }

  /** Reads a label's value: inline text plus continuation lines, or the lines after a bare label. */
  function readValue(at: number, label: { key: LabelKey; value: string }): { value: string[]; last: number } {
    const inline = trimWs(label.value);
    const value: string[] = inline ? [inline] : [];
    let last = at;
    const baseIndent = indentOf(lines[at]!.text);
    // search results: authors and abstract run to the next label, across blank lines
    const toNextLabel = search && (label.key === 'abstract' || label.key === 'authors');
    for (let k = at + 1; k < stop; k++) {
      const u = trims[k]!;
      if (!u) {
        if (toNextLabel) continue;
        if (value.length) break;
        continue;
      }
      // `… ▽` / `More`: the snippet's marker wrapped, not the page's `more` link
      if (toNextLabel && u === 'More' && value.length && value[value.length - 1]!.endsWith(MORE)) {
        value.push(u);
        last = k;
        continue;
      }
      if (page.label(k) || page.stop(k)) break;
      if (toNextLabel) {
        value.push(u);
        last = k;
        continue;
      }
      // with an unlabelled author line next, a bare `Title:` holds one line
      if (label.key === 'title' && !hasAuthorsLabel && value.length) break;
      if (label.key === 'subjects' && value.length) {
        // a subjects list continues after `;`, or when its last subject is cut (`Machine Learning` / `(stat.ML)`)
        const prev = value[value.length - 1]!;
        if (!(prev.endsWith(';') || u.startsWith(';') || !prev.endsWith(')'))) break;
        value.push(u);
        last = k;
        continue;
      }
      if (inline) {
        // an inline value continues on deeper-indented lines (hard-wrapped text dumps), or, where
        // the indentation is lost, on lines that another field label follows without a gap
        // (`Comments: ... at` / `NeurIPS 2023` / `Subjects: ...`)
        // search results end an entry with `Comments:` / `Journal ref:`: wrapped, they run to the gap
        const searchTail = search && (label.key === 'comments' || label.key === 'journal');
        if (indentOf(lines[k]!.text) <= baseIndent && !searchTail && !(label.key !== 'title' || hasAuthorsLabel ? beforeFieldLabel(k) : false)) break;
      }
      value.push(u);
      last = k;
      if (label.key === 'submitted') break;
    }
    return { value, last };
  }

  // an inline `Title:` wrapped without indentation, unlabelled authors next: the lines before
  // the first one that reads as an author list continue the title
  const titleField = fields.get('title');
  if (titleField && titleField.length === 1 && !hasAuthorsLabel && authorLines.length >= 2 && !fields.has('authors') && wrappedAt(titleAt)) {
    let k = authorLines.findIndex((l) => looksAuthorList(l));
    // one author: the last line, when it reads as a single name
    if (k < 0 && looksAuthorList(`${authorLines[authorLines.length - 1]!}, X`)) k = authorLines.length - 1;
    if (k > 0 && k < 4) titleField.push(...authorLines.splice(0, k));
  }
  // no `Title:` label at all (copies that hide the labels): the title is unlabelled too,
  // and the author line follows it; it starts at the first line that reads as a list of
  // names, or is a second line holding one name after a title line that reads complete
  if (!titleField && titleLines.length >= 2 && !fields.has('authors') && !authorLines.length) {
    let k = titleLines.findIndex((l, i) => i > 0 && looksAuthorList(l));
    if (k < 0 && titleLines.length === 2 && !endsOpen(titleLines[0]!) && looksOneName(titleLines[1]!)) k = 1;
    if (k > 0) authorLines.push(...titleLines.splice(k));
  }
  const idText = s.head.id;
  const title = fold((fields.get('title') ?? titleLines).join(' '));
  if (!title) return out;
  const start = lines[s.line]!.start + indentOf(lines[s.line]!.text);
  const endLine = lines[lastLine]!;
  const end = endLine.start + trimEndLength(endLine.text);
  const entry: RawEntry = { title, links: [], start, end, arxivId: idText.id };
  // a markdown rendering's links: the paper's resources, not the page's navigation
  const seen = new Set<string>();
  for (let k = s.line; k <= lastLine; k++) {
    for (const l of page.links[k] ?? []) {
      if (isListingNavigation(l.url) || seen.has(l.url)) continue;
      seen.add(l.url);
      entry.links.push(l.label ? { url: l.url, label: l.label, origin: 'links', start: l.start, end: l.end } : { url: l.url, origin: 'links', start: l.start, end: l.end });
    }
  }
  if (idText.version !== undefined) entry.arxivVersion = idText.version;
  const authorsRaw = fields.get('authors') ?? authorLines;
  if (authorsRaw.length) {
    const { authors, affiliations } = splitAuthors(authorsRaw.join(' '));
    if (authors.length) entry.authors = authors;
    if (affiliations.length) entry.affiliations = affiliations;
  }
  const subjects = fields.get('subjects');
  if (subjects) {
    for (const c of subjectCategories(subjects.join(' '))) if (!categories.includes(c)) categories.push(c);
  }
  if (categories.length) entry.categories = categories;
  const abs = fields.get('abstract');
  if (abs) {
    const a = searchAbstract(abs.join('\n'));
    if (a) entry.abstract = a;
  } else if (abstractLines.length) {
    const a = fold(abstractLines.join('\n'));
    if (a) entry.abstract = a;
  }
  const comments = fields.get('comments');
  if (comments) entry.comments = fold(comments.join(' '));
  const journal = fields.get('journal');
  if (journal) entry.journalRef = fold(journal.join(' '));
  const doi = fields.get('doi');
  if (doi) {
    const d = cleanDoi(doi.join(' '));
    if (d) entry.doi = d;
  }
  const submitted = fields.get('submitted');
  if (submitted) applySubmitted(entry, fold(submitted.join(' ')));
  out.entry = entry;
  if (!search) out.complete = out.complete || entry.abstract !== undefined;
  return out;
}

const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'le', 'la', 'bin', 'al', 'el', 'ten', 'ter', 'y', 'and', 'et', 'al.']);

/** A line that reads as a list of person names: `Ruimeng Hu, Yihan Zou and Jane Q. Doe`, at least two of them. */
export function looksAuthorList(line: string): boolean {
  const t = fold(line);
  if (t.length < 5 || t.length > 2000 || t.indexOf(':') >= 0) return false;
  const parts = t.split(',').flatMap((p) => p.split(' and ')).map((p) => trimWs(p)).filter(Boolean);
  if (parts.length < 2) return false;
  let good = 0;
  for (const p of parts) {
    const words = p.split(' ');
    if (words.length > 6) continue;
    let ok = true;
    let capitals = 0;
    for (const w of words) {
      const c = w.charCodeAt(0);
      const upper = w.charAt(0) !== w.charAt(0).toLowerCase();
      if (upper) capitals++;
      else if (!NAME_PARTICLES.has(w.toLowerCase()) && c !== 40 /* ( */) {
        ok = false;
        break;
      }
    }
    if (ok && capitals > 0) good++;
  }
  return good * 4 >= parts.length * 3;
}

/** A title line that asks for more: it ends with `:`, `-`, `,` or a small lower-case word (`of`, `for`). */
function endsOpen(line: string): boolean {
  const t = trimWs(line);
  const last = t.slice(t.lastIndexOf(' ') + 1);
  return /* : , - */ [58, 44, 45, 8211].includes(t.charCodeAt(t.length - 1)) || (last.length <= 4 && last === last.toLowerCase());
}

/** One person's name alone on a line: 2 to 4 capitalised words or initials (`Jake C. Snell`). */
function looksOneName(line: string): boolean {
  const words = fold(line).split(' ');
  if (words.length < 2 || words.length > 4) return false;
  let full = 0;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (w.length === 2 && w.charCodeAt(1) === 46 && c >= 65 && c <= 90) continue; // `C.`
    if (w.charAt(0) === w.charAt(0).toLowerCase() || w.slice(1) !== w.slice(1).toLowerCase()) return false;
    for (let i = 1; i < w.length; i++) {
      const d = w.charCodeAt(i);
      if (d >= 48 && d <= 57) return false;
    }
    full++;
  }
  return full > 0;
}

/** The length of a line without its trailing white space. */
function trimEndLength(s: string): number {
  const t = trimWs(s);
  return t ? s.lastIndexOf(t.charAt(t.length - 1)) + 1 : 0;
}

/** A line of category tokens (`cs.CL cs.AI`, `cs.CL`) -> the categories; undefined when a token is not one. */
function categoryLine(t: string): string[] | undefined {
  const toks = fold(t).split(' ');
  const out: string[] = [];
  for (const tok of toks) {
    if (!isArxivCategory(tok) || !tok.includes('.') && !tok.includes('-')) return undefined;
    out.push(tok);
  }
  return out.length ? out : undefined;
}

/** `Computational Finance (q-fin.CP) ; Machine Learning (stat.ML)` -> [q-fin.CP, stat.ML]. */
export function subjectCategories(s: string): string[] {
  const out: string[] = [];
  let sawParen = false;
  for (const part of s.split(';')) {
    const p = trimWs(part);
    const close = p.lastIndexOf(')');
    const open = close > 0 ? p.lastIndexOf('(', close) : -1;
    if (open >= 0) {
      sawParen = true;
      const c = trimWs(p.slice(open + 1, close));
      if (isArxivCategory(c) && !out.includes(c)) out.push(c);
    }
  }
  if (!sawParen) for (const c of splitCategories(s)) if (!out.includes(c)) out.push(c);
  return out;
}

/**
 * The abstract of a search result: the full text where the page shows it
 * (between `▽ More` and `△ Less`), else the snippet without its `…`.
 */
export function searchAbstract(raw: string): string | undefined {
  let s = raw;
  const more = s.indexOf(MORE);
  if (more >= 0) {
    const snippet = s.slice(0, more);
    let after = s.slice(more + 1);
    // `▽ More`, also with the word wrapped onto the next line
    let a = 0;
    while (a < after.length && (isWs(after.charCodeAt(a)) || after.charCodeAt(a) === 10 || after.charCodeAt(a) === 13)) a++;
    if (after.startsWith('More', a)) after = after.slice(a + 4);
    const less = after.indexOf(LESS);
    const full = less >= 0 ? after.slice(0, less) : after;
    s = trimWs(fold(full)) ? full : snippet;
  } else {
    const less = s.indexOf(LESS);
    if (less >= 0) s = s.slice(0, less);
  }
  let out = fold(s);
  if (out.endsWith('Less') && s.includes(LESS)) out = out.slice(0, -4).trim();
  while (out.endsWith('…')) out = out.slice(0, -1).trimEnd();
  while (out.startsWith('…')) out = out.slice(1).trimStart();
  return out || undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `8 June, 2023; v1 submitted 3 May, 2023; originally announced May 2023.` -> date and dates. */
function applySubmitted(entry: RawEntry, s: string): void {
  let latest: PaperDate | undefined;
  let first: PaperDate | undefined;
  let announced: PaperDate | undefined;
  for (const part of s.split(';')) {
    let p = trimWs(part);
    if (p.endsWith('.')) p = p.slice(0, -1);
    const low = p.toLowerCase();
    if (low.startsWith('originally announced')) {
      const m = RE_SEARCH_ANNOUNCED.exec(p);
      if (m) {
        const mo = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
        announced = mo > 0 ? { text: p.slice(21).trim(), year: +m[2]!, month: mo } : { text: p.slice(21).trim(), year: +m[2]! };
      }
      continue;
    }
    if (low.startsWith('v1 submitted')) {
      first = parseDate(p.slice(12));
      continue;
    }
    if (low.startsWith('submitted')) p = p.slice(9);
    if (!latest) latest = parseDate(p);
  }
  const dates: NonNullable<RawEntry['dates']> = {};
  if (first) {
    dates.submitted = first;
    if (latest) dates.updated = latest;
  } else if (latest) dates.submitted = latest;
  if (announced) dates.announced = announced;
  const d = first ?? latest;
  if (d) entry.date = d;
  if (dates.submitted || dates.updated || dates.announced) entry.dates = dates;
}

/* ------------------------------------------------------------------------ */
/* Detection                                                                 */
/* ------------------------------------------------------------------------ */

interface Signals {
  entries: number;
  titles: number;
  subjects: number;
  headings: number;
  searchMarks: number;
  abstractLabels: number;
  digestish: number;
  /** Lines only an abstract page has: `[Submitted on …]`, `Cite as: arXiv:…`. */
  absMarks: number;
}

function signals(text: string): Signals {
  const page = pageOf(text, DETECT_WINDOW);
  const trims = page.trims;
  const sig: Signals = { entries: 0, titles: 0, subjects: 0, headings: 0, searchMarks: 0, abstractLabels: 0, digestish: 0, absMarks: 0 };
  sig.entries = findStarts(page).length;
  for (const t of trims) {
    if (!t) continue;
    if (t.startsWith('Title:')) sig.titles++;
    else if (t.startsWith('Subjects:')) sig.subjects++;
    else if (t.startsWith('Abstract:')) sig.abstractLabels++;
    else if (t === '\\\\' || t.startsWith('Categories:')) sig.digestish++;
    if (sectionOf(t) !== null && RE_LISTING_SHOWING.test(t)) sig.headings++;
    if (RE_LISTING_TOTAL.test(t)) sig.headings++;
    if (t.includes('[Submitted on ') || t.includes('Cite as: arXiv:')) sig.absMarks++;
    if (t.includes(MORE_MARK) || t.includes(LESS_MARK) || t.includes('originally announced')) sig.searchMarks++;
    else if (t.startsWith('Showing ') && RE_SEARCH_SHOWING.test(t)) sig.searchMarks += 2;
  }
  return sig;
}

function detectListing(text: string): number {
  if (typeof text !== 'string' || !text) return 0;
  const s = signals(text);
  if (s.entries === 0) return 0;
  if (s.digestish >= 2) return 0.05;
  // one abstract page (its date line, its `Cite as:`), not a listing
  if (s.absMarks >= 1 && s.entries <= 1 && s.headings === 0) return 0.4;
  const searchy = s.searchMarks >= 2 && s.headings === 0;
  if (searchy) return 0.3;
  if (s.entries >= 1 && (s.subjects >= 1 || s.headings >= 1) && s.titles >= 1) return 0.96;
  if (s.entries >= 2 && s.titles >= 2) return 0.9;
  if (s.entries >= 1 && s.titles >= 1) return 0.8;
  return 0.5;
}

function detectSearch(text: string): number {
  if (typeof text !== 'string' || !text) return 0;
  const s = signals(text);
  if (s.entries === 0) return 0;
  if (s.digestish >= 2) return 0.05;
  if (s.headings > 0) return 0.2;
  if (s.searchMarks >= 2 && (s.abstractLabels >= 1 || s.entries >= 2)) return 0.96;
  if (s.searchMarks >= 1 && s.abstractLabels >= 1) return 0.85;
  if (s.abstractLabels >= 1 && s.titles === 0) return 0.6;
  return 0.15;
}


/** arXiv listing pages (`/list/<category>/new`, `/recent`) as text. Reads search results too. */
export const arxivListingReader: FeedReader = defineReader('arxiv-listing', detectListing, readPage, { maxConfidence: 0.96 });

/** arXiv search results (`arxiv.org/search/?query=...`) copied as text. Reads listing pages too. */
export const arxivSearchReader: FeedReader = defineReader('arxiv-search', detectSearch, readPage, { maxConfidence: 0.96 });
