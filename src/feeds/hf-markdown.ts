/**
 * Hugging Face papers page saved as markdown (firecrawl, turndown-style
 * converters): per paper an upvote link, `### [Title](https://huggingface.co/papers/ID)`,
 * the abstract wrapped in one link whose lines end in an escaped backslash,
 * an author or organisation block, `·`, a date (glued to a comment count);
 * trending pages add "Submitted by", `[GitHub 131](…)`, `[arXiv Page](…)`,
 * "Published on …" and show each paper twice in two layouts (one entry each).
 *
 * The reader scans lines itself (no remark: HF pages are link-dense): it groups
 * lines into blank-separated blocks, finds the links of each block in one
 * forward pass, and files each block under the paper it belongs to.
 */
import { defineReader } from './define.js';
import { foldKey, isBlank, isLetterOrDigit, splitLines, unquoteEmail } from '../lib/text.js';
import {
  RE_ARXIV_PAGE_URL,
  RE_AUTHOR_COUNT,
  RE_HF_LOGIN_NEXT,
  RE_HF_PAPER_PATH,
  RE_HF_PAPER_URL,
  RE_LINE_BREAK,
  RE_CAPTURE_HEADER,
  RE_EMPHASIS_LEAD,
  RE_NAME_SEPARATOR,
  RE_NUMBERED_REF,
  RE_PUBLISHED_ON,
  RE_REF_TARGET,
  RE_STAR_LINK_LINE,
} from '../regex/hf.js';
import type { PaperDate } from '../schema/paper.js';
import { classifyFurniture, isUserNameLine, type Furniture } from './furniture.js';
import { fold, isAbstractLike, isTitleLike } from './generic.js';
import { boldSpanText, isCallToAction } from './labels.js';
import type { EntryLink, FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

// ---------------------------------------------------------------------------
// Shared markdown helpers (also used by the text-browser reader)

/** A blank-separated group of lines: `text` is `input.slice(start, end)`. */
export interface Block {
  text: string;
  start: number;
  end: number;
}

/** Bracket depth after the line, from `depth` before it (escaped brackets skipped, never below 0). */
function bracketDepth(line: string, depth: number): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 91) depth++;
    else if (c === 93 && depth > 0) depth--;
  }
  return depth;
}

/** The line ends a link: `…](url)` or `…][32]` with nothing after. */
function endsLink(line: string): boolean {
  const t = line.trimEnd();
  const last = t[t.length - 1];
  if (last === ')') {
    const k = t.lastIndexOf('](');
    if (k < 0) return false;
    for (let i = k + 2; i < t.length; i++) if (t.charCodeAt(i) <= 32) return false;
    return true;
  }
  return last === ']' && t.lastIndexOf('][') > 0;
}

/** The line opens with a link or a link label: `[label](`, `[label][`, or a `[` whose `]` is on a later line. */
function opensLink(lead: string): boolean {
  const close = lead.indexOf(']');
  if (close < 0) return true;
  const next = lead[close + 1];
  const inner = lead.indexOf('[', 1);
  return next === '(' || next === '[' || (inner >= 0 && inner < close);
}

/**
 * Groups lines into blocks separated by blank lines; offsets are into the input.
 * A capture that drops blank lines still gets its blocks: a heading is a block
 * of its own, and outside any open bracket a line starting with `[`, `!`, `#`
 * or `·`, or following a line that closed a link or a lone `·`, starts one.
 */
export function toBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  let end = -1;
  let depth = 0;
  let prev = '';
  const close = () => {
    if (start >= 0) blocks.push({ text: input.slice(start, end), start, end });
    start = -1;
    depth = 0;
  };
  for (const line of splitLines(input)) {
    const t = line.text;
    if (isBlank(t)) {
      close();
      continue;
    }
    const lead = t.trimStart();
    const c = lead[0];
    const isHeading = c === '#' && heading(t) !== undefined;
    // an ATX heading wrapped by the capture: its next line indented (`### SmolDocling: … end-to-end` / `  multi-modal …`)
    const continues = start >= 0 && heading(prev) !== undefined && prev.trimStart()[0] === '#' && (t[0] === ' ' || t[0] === '\t') && t.length < 200 && !'-*+[!#>|'.includes(lead[0]!);
    // a bracket that is not a link after a hard line break (`… Sachs et al.\\` / `[2022] as …`) goes on with the text
    const bracketText = c === '[' && prev.trimEnd().endsWith('\\') && !opensLink(lead);
    if (!continues && start >= 0 && depth === 0 && (isHeading || heading(prev) !== undefined || (underline(prev) !== undefined && underline(t) === undefined) || (c === '[' && !bracketText) || c === '!' || c === '·' || prev.trim() === '·' || endsLink(prev))) close();
    if (start < 0) start = line.start === 0 && t.charCodeAt(0) === 0xfeff ? 1 : line.start;
    end = line.end;
    depth = bracketDepth(t, depth);
    prev = t;
  }
  close();
  return blocks;
}

/** A link found in a block: inline `[label](url)`, or reference-style `[label][N]` (`ref` set, `url` empty). */
export interface MdLink {
  /** Offsets into the block's text. */
  start: number;
  end: number;
  labelStart: number;
  labelEnd: number;
  image: boolean;
  url: string;
  urlStart: number;
  urlEnd: number;
  ref?: string;
}

const MAX_URL = 4096;

/** Reads `(url "title")` at `p` (the `(`); returns the url span and the index after `)`, or undefined. */
function readDestination(s: string, p: number): { url: string; urlStart: number; urlEnd: number; after: number } | undefined {
  let i = p + 1;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  let urlStart = i;
  let urlEnd: number;
  if (s[i] === '<') {
    urlStart = ++i;
    while (i < s.length && i - urlStart < MAX_URL && s[i] !== '>' && s[i] !== '\n') i++;
    if (s[i] !== '>') return undefined;
    urlEnd = i++;
  } else {
    let depth = 0;
    while (i < s.length && i - urlStart < MAX_URL) {
      const c = s[i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '[' || c === ']' || c === '<' || c === '>') break;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    urlEnd = i;
  }
  // optional title: "…" or '…'
  let j = i;
  while (j < s.length && (s[j] === ' ' || s[j] === '\t')) j++;
  if (j > i && (s[j] === '"' || s[j] === "'")) {
    const q = s[j]!;
    let k = j + 1;
    while (k < s.length && k - j < 400 && s[k] !== q && s[k] !== '\n') k++;
    if (s[k] !== q) return undefined;
    j = k + 1;
    while (j < s.length && (s[j] === ' ' || s[j] === '\t')) j++;
  }
  if (s[j] !== ')') return undefined;
  return { url: s.slice(urlStart, urlEnd), urlStart, urlEnd, after: j + 1 };
}

/**
 * Finds the links of a block in one forward pass, matching brackets with a
 * stack (escaped brackets skipped). Links inside a label (an image in a link)
 * are listed too, before the link that holds them.
 */
export function scanLinks(s: string): MdLink[] {
  const links: MdLink[] = [];
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 93 || c < 91) continue; // not `[`, `\`, `]`
    if (c === 92) {
      i++;
      continue;
    }
    if (c === 91) {
      stack.push(i);
      continue;
    }
    const open = stack.length ? stack.pop()! : -1;
    if (open < 0) continue;
    const next = s[i + 1];
    if (next === '(') {
      const d = readDestination(s, i + 1);
      if (!d) continue;
      const image = open > 0 && s[open - 1] === '!';
      links.push({ start: image ? open - 1 : open, end: d.after, labelStart: open + 1, labelEnd: i, image, url: d.url, urlStart: d.urlStart, urlEnd: d.urlEnd });
      i = d.after - 1;
    } else if (next === '[') {
      let k = i + 2;
      while (k < s.length && k - i < 10 && s[k]! >= '0' && s[k]! <= '9') k++;
      if (k > i + 2 && s[k] === ']') {
        const image = open > 0 && s[open - 1] === '!';
        links.push({ start: image ? open - 1 : open, end: k + 1, labelStart: open + 1, labelEnd: i, image, url: '', urlStart: i + 2, urlEnd: k, ref: s.slice(i + 2, k) });
        i = k;
      }
    }
  }
  return links;
}

/** The top-level links inside `[from, to)`; `links` as `scanLinks` gives them. */
function linksIn(links: readonly MdLink[], from: number, to: number): MdLink[] {
  if (from === 0 && to >= (links[links.length - 1]?.end ?? 0)) return topLevel(links);
  // links end in increasing order (a holder ends after what it holds): binary search the first ending after `from`
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const inside: MdLink[] = [];
  for (let k = lo; k < links.length && links[k]!.end <= to; k++) {
    const l = links[k]!;
    if (l.start >= from) inside.push(l);
  }
  return topLevel(inside);
}

/** Links not inside another link's label, in order. */
export function topLevel(links: readonly MdLink[]): MdLink[] {
  const out: MdLink[] = [];
  // inner links are listed before their holder; walk from the end keeping the outermost
  let minStart = Number.POSITIVE_INFINITY;
  for (let k = links.length - 1; k >= 0; k--) {
    const l = links[k]!;
    if (l.end <= minStart) {
      out.push(l);
      minStart = l.start;
    }
  }
  return out.reverse();
}

const ESCAPABLE = '\\*_[]()>~!-+.|`#{}<';

/** Inline HTML tags a capture leaves: `<a id="…"></a>`, `<br>`, `<span …>`. */
const TAGS = new Set(['a', 'span', 'br', 'img', 'sup', 'sub', 'div', 'p', 'em', 'strong', 'b', 'i', 'code', 'small', 'mark']);

/** The end (index of `>`) of a known inline tag opening at `i`, or -1. Looks at most 300 characters ahead. */
function tagEnd(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === '/') j++;
  let k = j;
  while (k < s.length && k - j < 8) {
    const c = s.charCodeAt(k) | 32;
    if (c < 97 || c > 122) break;
    k++;
  }
  if (k === j || !TAGS.has(s.slice(j, k).toLowerCase())) return -1;
  if (s[k] !== '>' && s[k] !== ' ' && s[k] !== '/') return -1;
  for (let e = k; e < s.length && e - k < 300; e++) {
    if (s[e] === '>') return e;
    if (s[e] === '<' || s[e] === '\n') return -1;
  }
  return -1;
}

/** Removes markdown escapes (`\[`, `\_`, `\\`); LaTeX (`\%`, `\alpha`, `\"`) stays as written. */
export function unescapeMarkdown(s: string): string {
  return cleanInline(s, false);
}

/**
 * One pass over inline text, copying slices: escapes removed, `\` + white space
 * (a title's former line break) made a space when `breaks`, known tags removed.
 */
function cleanInline(s: string, breaks: boolean): string {
  let bs = s.indexOf('\\');
  let lt = breaks ? s.indexOf('<') : -1;
  if (bs < 0 && lt < 0) return s;
  const parts: string[] = [];
  let from = 0;
  // jump from one `\` or `<` to the next (each found once: the positions only move forward)
  for (;;) {
    const i = bs < 0 ? lt : lt < 0 ? bs : Math.min(bs, lt);
    if (i < 0) break;
    let next = i + 1;
    if (i === bs) {
      const n = s[i + 1];
      if (n === undefined) break;
      if (breaks && (n === ' ' || n === '\t')) {
        parts.push(s.slice(from, i), ' ');
        from = i + 1;
      } else if (ESCAPABLE.includes(n)) {
        parts.push(s.slice(from, i));
        from = i + 1;
      }
      next = i + 2;
    } else {
      const e = tagEnd(s, i);
      if (e >= 0) {
        parts.push(s.slice(from, i));
        from = e + 1;
        next = e + 1;
      }
    }
    if (bs >= 0 && bs < next) bs = s.indexOf('\\', next);
    if (lt >= 0 && lt < next) lt = s.indexOf('<', next);
  }
  parts.push(s.slice(from));
  return parts.join('');
}

/**
 * The text of a label or paragraph: nested images and links replaced by their
 * labels (`drop` links left out), line-end escaped backslashes (`\\`) and hard
 * breaks (`\`) removed, `\` + spaces (a title's former line break) made a
 * space, escapes removed, tags stripped, lines joined with single spaces.
 */
export function markdownText(s: string, from = 0, to = s.length, links?: readonly MdLink[], drop?: (l: MdLink) => boolean): string {
  return fold(cleanInline(rawText(s, from, to, links ?? scanLinks(s), drop), true));
}

/** The text with links reduced to labels and line-end backslashes removed (escapes kept). */
function rawText(s: string, from: number, to: number, links: readonly MdLink[], drop?: (l: MdLink) => boolean): string {
  const parts: string[] = [];
  let p = from;
  for (const l of linksIn(links, from, to)) {
    pushLines(parts, s, p, l.start);
    if (!l.image && !drop?.(l)) parts.push(rawText(s, l.labelStart, l.labelEnd, links, drop));
    p = l.end;
  }
  pushLines(parts, s, p, to);
  return parts.join('');
}

/** Appends `s[from, to)`, cutting at each line end a trailing `\\` or `\` (with the spaces before the break). */
function pushLines(parts: string[], s: string, from: number, to: number): void {
  let a = from;
  let lf = s.indexOf('\n', a);
  let cr = s.indexOf('\r', a);
  for (;;) {
    const nl = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (nl < 0 || nl >= to) break;
    let e = nl;
    while (e > a && (s[e - 1] === ' ' || s[e - 1] === '\t')) e--;
    if (s[e - 1] === '\\' && e > a) e -= s[e - 2] === '\\' && e - 1 > a ? 2 : 1;
    parts.push(s.slice(a, e), ' ');
    a = nl === cr && s.charCodeAt(nl + 1) === 10 ? nl + 2 : nl + 1;
    if (lf >= 0 && lf < a) lf = s.indexOf('\n', a);
    if (cr >= 0 && cr < a) cr = s.indexOf('\r', a);
  }
  if (a < to) parts.push(s.slice(a, to));
}

// ---------------------------------------------------------------------------
// Links: which are the paper's resources, which are navigation

/** The HF paper id an address points at (`https://huggingface.co/papers/ID`, `/papers/ID`), with whether it is absolute. */
export function hfPaperId(url: string): { id: string; absolute: boolean; fragment: boolean } | undefined {
  let m = RE_HF_PAPER_URL.exec(url);
  if (m) return { id: m[1]!, absolute: true, fragment: m[2] !== undefined };
  m = RE_HF_PAPER_PATH.exec(url);
  if (m) return { id: m[1]!, absolute: false, fragment: m[2] !== undefined };
  return undefined;
}

const NAV_HF = new Set(['login', 'join', 'papers', 'settings', 'pricing', 'docs', 'blog', 'posts', 'collections', 'search', 'enterprise', 'learn', 'tasks', 'front', 'avatars', 'organizations', 'notifications', 'new', 'chat', 'terms-of-service', 'privacy']);
const NAV_HOSTS = ['twitter.com', 'x.com', 'linkedin.com', 'facebook.com', 'scholar.google.com', 'orcid.org', 'bsky.app', 'youtube.com/@'];

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * True for an address that is navigation, not a resource of the paper: relative
 * links, log-in and upvote links, user and organisation profiles, avatars and
 * thumbnails, comment anchors, listing pages, social profiles.
 */
export function isNavigationUrl(url: string): boolean {
  const paper = hfPaperId(url);
  if (paper) return !paper.absolute || paper.fragment;
  const low = url.toLowerCase();
  if (!(low.startsWith('https://') || low.startsWith('http://'))) return true;
  const rest = low.slice(low.indexOf('//') + 2);
  const slash = rest.indexOf('/');
  let host = slash < 0 ? rest : rest.slice(0, slash);
  if (host.startsWith('www.')) host = host.slice(4);
  const path = slash < 0 ? '' : rest.slice(slash + 1);
  const cut = (() => {
    let k = path.length;
    for (const ch of ['?', '#']) {
      const q = path.indexOf(ch);
      if (q >= 0 && q < k) k = q;
    }
    return k;
  })();
  const hash = path.indexOf('#');
  const segs = path.slice(0, cut).split('/').filter(Boolean);
  if (host === 'huggingface.co' || host === 'hf.co') {
    if (hash >= 0 && path.slice(hash) === '#community') return true;
    if (segs.length < 2) return true; // home, a user or an organisation
    if (NAV_HF.has(segs[0]!)) return true;
    if ((segs[0] === 'models' || segs[0] === 'datasets' || segs[0] === 'spaces') && segs.length < 3) return true;
    return false; // a model, dataset or Space
  }
  if (host.endsWith('.huggingface.co') || host.endsWith('.hf.co')) return true; // cdn avatars, thumbnails
  if ((host === 'github.com' || host === 'gitlab.com') && segs.length < 2) return true; // a profile
  // a Google Scholar redirect (`scholar.google.com/scholar_url?url=X&…`, a Scholar alert's paper link): judged like its target
  if (host.startsWith('scholar.google.') && segs[0] === 'scholar_url') {
    const q = low.indexOf('url=', low.indexOf('scholar_url'));
    if (q >= 0) {
      const amp = low.indexOf('&', q);
      const target = decodeURIComponentSafe(url.slice(q + 4, amp < 0 ? url.length : amp));
      return target !== url && isNavigationUrl(target);
    }
  }
  for (const h of NAV_HOSTS) {
    const slashAt = h.indexOf('/');
    if (slashAt < 0 ? host === h || host.endsWith(`.${h}`) : `${host}/${path}`.startsWith(h)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// The reader

interface Occurrence {
  start: number;
  end: number;
}

interface Acc {
  id?: string;
  title?: string;
  /** The heading was a plain heading with no paper link: kept only if an abstract follows. */
  soft: boolean;
  abstract?: string;
  abstractAt?: number;
  /** A short summary shown beside the abstract (`AI-generated summary`). */
  summary?: string;
  authors: string[];
  date?: PaperDate;
  links: EntryLink[];
  linkKeys: Set<string>;
  occurrences: Occurrence[];
  /** Where the card of the next occurrence began (its upvote link or thumbnail), before its heading. */
  preStart?: number;
  /** The abstract was cut by the capture. */
  cut?: boolean;
  /**
   * A digest's entry under a plain heading with its page link on the line below: paragraphs ending in a
   * citation of the paper's page (`… [Hugging Face](…/papers/ID)`) are its description; `pending` holds the
   * paragraphs read since the last one (a labelled one-line summary first), `parts` the description so far.
   */
  cite?: { pending: { text: string; at: number }[]; parts: string[]; at?: number };
}

/** The page-title suffix a link text copied from a tab keeps (`Title — Hugging Face Papers`), and the prefix (`Paper page - Title`). */
const PAGE_SUFFIXES = ['hugging face papers', 'hugging face', 'hf papers'];
const PAGE_SEPARATORS = ['—', '–', '-', '|', '·'];

export function withoutPageTitle(text: string): string {
  let t = text.trim();
  const low = t.toLowerCase();
  for (const name of PAGE_SUFFIXES) {
    if (!low.endsWith(name)) continue;
    const head = t.slice(0, t.length - name.length).trimEnd();
    const sep = head[head.length - 1];
    if (sep !== undefined && PAGE_SEPARATORS.includes(sep) && head[head.length - 2] === ' ') {
      t = head.slice(0, -1).trimEnd();
      break;
    }
  }
  if (t.toLowerCase().startsWith('paper page - ') && t.length > 16) t = t.slice(13).trimStart();
  return t;
}

/**
 * The title a button link (`[Read Paper](…/papers/ID)`) stands under: the plain heading just read (its paper,
 * still without a page), or a block bold as a whole (`**1. Title**`, wrapped over two lines; ordinal dropped).
 */
function ctaTitleAbove(prev: Block | undefined, head: Acc | undefined): { acc?: Acc; title?: string } | undefined {
  if (head && !head.id && !head.abstract && head.title) return { acc: head };
  const bold = prev ? boldSpanText(prev.text) : undefined;
  if (bold === undefined) return undefined;
  const title = cardTitle(bold);
  if (!isTitleLike(title) || classifyFurniture(title) || isCallToAction(title)) return undefined;
  return { title };
}

/** A heading's leading ordinal dropped (`1. Title`, `12) Title`). */
function withoutOrdinal(t: string): string {
  let i = 0;
  while (i < t.length && i < 3 && t[i]! >= '0' && t[i]! <= '9') i++;
  return i > 0 && (t[i] === '.' || t[i] === ')') && t[i + 1] === ' ' ? t.slice(i + 2).trimStart() : t;
}

/** A paragraph's text as an abstract reads it: a leading `**Label：**` dropped, `**` emphasis removed. */
function citedText(plain: string): string {
  let t = plain;
  if (t.startsWith('**')) {
    const e = t.indexOf('**', 2);
    const inner = e > 2 && e <= 40 ? t.slice(2, e).trimEnd() : '';
    if (inner.endsWith(':') || inner.endsWith('：')) t = t.slice(e + 2);
  }
  return fold(t.split('**').join(''));
}

/** An address compared without case and without a trailing `/`. */
function urlKey(url: string): string {
  const low = url.toLowerCase();
  return low.endsWith('/') ? low.slice(0, -1) : low;
}

function addLink(acc: Acc, link: EntryLink): void {
  const key = urlKey(link.url);
  if (acc.linkKeys.has(key)) return;
  acc.linkKeys.add(key);
  acc.links.push(link);
}

/**
 * The end of a `---` front matter block at the top of a capture (0 when there
 * is none), and whether its `completeness` field says the page was cut.
 */
function frontMatter(input: string): { end: number; truncated: boolean } {
  const none = { end: 0, truncated: false };
  if (!input.startsWith('---', input.charCodeAt(0) === 0xfeff ? 1 : 0)) return none;
  const lines = splitLines(input.slice(0, 8000));
  if (lines[0]!.text.replace('\uFEFF', '').trim() !== '---') return none;
  let truncated = false;
  for (let n = 1; n < lines.length && n < 60; n++) {
    const line = lines[n]!.text.trim();
    if (line === '---') return { end: lines[n]!.end, truncated };
    const low = line.toLowerCase();
    if (low.startsWith('completeness:') && !low.includes('full')) truncated = true;
  }
  return none;
}

/** A setext underline: `===` (level 1) or `---` (level 2), trailing spaces allowed. */
function underline(line: string): 1 | 2 | undefined {
  const t = line.trim();
  if (t.length < 2 || (t[0] !== '=' && t[0] !== '-')) return undefined;
  for (let i = 1; i < t.length; i++) if (t[i] !== t[0]) return undefined;
  return t[0] === '=' ? 1 : 2;
}

/**
 * Heading level and content span (`from`, `to`), or undefined: an ATX heading (`### Title`) or a
 * setext one (`Title` over `=====` or `-----`, as reader captures write page and section titles).
 */
function heading(s: string): { level: number; from: number; to: number } | undefined {
  let i = 0;
  while (i < s.length && s[i] === ' ' && i < 3) i++;
  let level = 0;
  while (s[i + level] === '#' && level < 7) level++;
  if (level > 0) {
    if (level > 6 || (s[i + level] !== ' ' && s[i + level] !== '\t')) return undefined;
    return { level, from: i + level + 1, to: s.length };
  }
  // setext: one to three lines of text, then the underline
  const t = s.trimEnd();
  const nl = Math.max(t.lastIndexOf('\n'), t.lastIndexOf('\r'));
  if (nl <= 0) return undefined;
  const u = underline(t.slice(nl + 1));
  if (!u || lineCount(t.slice(0, nl)) > 3 || t.slice(0, nl).trim() === '') return undefined;
  return { level: u, from: 0, to: t[nl - 1] === '\r' ? nl - 1 : nl };
}

/** `[alt] Name`: an avatar written as its bracketed alt text, then a short name (an organisation, a user). */
function avatarName(text: string): boolean {
  const close = text.indexOf(']');
  if (close < 2 || close > 60) return false;
  const name = text.slice(close + 1).trim();
  return name.length > 0 && name.length <= 60 && name.split(' ').length <= 6 && name.indexOf('[') < 0;
}

/** True for a link label that is an author block: list items of avatars and "N authors". */
function authorBlock(label: string): { names: string[] } | undefined {
  const items = label.split(RE_LINE_BREAK).map((l) => fold(l));
  if (!items.every((l) => l.startsWith('- ') || l === '-' || l === '')) {
    return RE_AUTHOR_COUNT.test(fold(markdownText(label))) ? { names: [] } : undefined;
  }
  const names: string[] = [];
  for (const raw of items) {
    let e = raw.length;
    while (e > 2 && raw[e - 1] === '\\') e--;
    const t = markdownText(raw.slice(2, e));
    if (!t || RE_AUTHOR_COUNT.test(t) || t === '…' || t === '...') continue;
    if (t.length <= 60 && isUserNameLine(t)) names.push(t);
  }
  return { names };
}

function entryOf(acc: Acc): RawEntry | undefined {
  if (!acc.title) return undefined;
  if (acc.soft && !acc.abstract && !acc.summary) return undefined;
  const occ = acc.occurrences.find((o) => acc.abstractAt !== undefined && acc.abstractAt >= o.start && acc.abstractAt < o.end) ?? acc.occurrences[0];
  const e: RawEntry = { title: acc.title, links: acc.links, start: occ?.start ?? 0, end: occ?.end ?? 0 };
  if (acc.abstract) e.abstract = acc.abstract;
  else if (acc.summary) e.abstract = acc.summary; // the summary is the abstract where no abstract is shown
  if (acc.abstract && acc.summary) e.summary = acc.summary;
  if (acc.authors.length) e.authors = acc.authors;
  if (acc.date) e.date = acc.date;
  if (acc.id) e.arxivId = acc.id;
  if (acc.cut) e.truncated = true;
  return e;
}

/** The number of lines of a block's text (LF, CRLF or CR). */
function lineCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  if (n === 1) for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) n++;
  return n;
}

/** Every line of the block is a list item (`- Source URL: …`): a list, never an abstract. */
function isListBlock(s: string): boolean {
  let ordered = 0;
  for (const line of splitLines(s)) {
    const t = line.text.trimStart();
    if (!t || ((t[0] === '-' || t[0] === '*' || t[0] === '+') && (t[1] === ' ' || t[1] === '\t'))) continue;
    // `1. 🕐 GitHub Actions triggers …` / `2. 🔍 Scrapes …`: the steps of an ordered list
    let k = 0;
    while (k < t.length && k < 3 && t[k]! >= '0' && t[k]! <= '9') k++;
    if (k > 0 && (t[k] === '.' || t[k] === ')') && t[k + 1] === ' ') {
      ordered++;
      continue;
    }
    return false;
  }
  return ordered !== 1;
}

/** A fence opening a code block (`` ``` ``, `` ```python ``, `~~~`; up to three spaces before it): its character and length. */
function fenceOpening(line: string): { ch: string; len: number } | undefined {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  const ch = line[i];
  if (ch !== '`' && ch !== '~') return undefined;
  let n = 0;
  while (line[i + n] === ch) n++;
  if (n < 3) return undefined;
  // a backtick fence's info string holds no backtick
  if (ch === '`' && line.indexOf('`', i + n) >= 0) return undefined;
  return { ch, len: n };
}

/** Info strings of a fence that holds text, not code. */
const TEXT_FENCES = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'markdown', 'md']);

/**
 * A text fence opening at `at` that holds a page (a capture tool's output fenced as `text`): links in it. A fence of
 * code (`python`, `json`) or of plain text without links (a directory tree) is no page.
 */
function pageInFence(input: string, at: number, f: { ch: string; len: number }): boolean {
  const nl = input.indexOf('\n', at);
  if (nl < 0) return false;
  const info = input.slice(at, nl).trim().slice(f.len).trim().toLowerCase();
  if (!TEXT_FENCES.has(info)) return false;
  const close = input.indexOf('\n' + f.ch.repeat(f.len), nl);
  const body = input.slice(nl, close < 0 ? Math.min(input.length, nl + 400_000) : close);
  return body.indexOf('](') >= 0 || body.indexOf('][') >= 0 || body.indexOf('huggingface.co/papers/') >= 0;
}

/** A line of the block (after its first when `skipFirst`) closes the fence: the fence's character, as many or more, nothing after. */
function fenceCloses(s: string, f: { ch: string; len: number }, skipFirst: boolean): boolean {
  let first = true;
  for (const line of splitLines(s)) {
    if (first && skipFirst) {
      first = false;
      continue;
    }
    first = false;
    const t = line.text.trim();
    if (t.length < f.len || line.text.length - line.text.trimStart().length > 3) continue;
    let n = 0;
    while (t[n] === f.ch) n++;
    if (n >= f.len && n === t.length) return true;
  }
  return false;
}

/** A table block: pipe rows with a delimiter row under the first, or an HTML `<table>`. */
function isTableBlock(s: string): boolean {
  const t = s.trimStart();
  if (t.length > 6 && t.slice(0, 6).toLowerCase() === '<table') return true;
  if (t[0] !== '|') return false;
  const ls = splitLines(t);
  const d = ls[1]?.text.trim() ?? '';
  if (d.length < 3 || d.indexOf('-') < 0) return false;
  for (const ch of d) if (ch !== '|' && ch !== '-' && ch !== ':' && ch !== ' ' && ch !== '\t') return false;
  return true;
}

/** The first line of a block's text. */
function firstLine(s: string): string {
  let e = 0;
  while (e < s.length && s[e] !== '\n' && s[e] !== '\r') e++;
  return s.slice(0, e);
}

/** A comment-count (`#community`) or upvote link: its label is a number, not text. */
function isCountLink(l: MdLink): boolean {
  return l.url.endsWith('#community') || RE_HF_LOGIN_NEXT.test(l.url);
}

/** The block is furniture as a whole, or line by line (`- Daily` / `- Weekly` / `- Monthly`). */
function furniture(s: string, plain: string, links: readonly MdLink[]): Furniture | undefined {
  const f = classifyFurniture(plain);
  if (f || (s.indexOf('\n') < 0 && s.indexOf('\r') < 0)) return f;
  let date: Furniture | undefined;
  for (const line of splitLines(s)) {
    const t = markdownText(s, line.start, line.end, links, isCountLink);
    if (!t) continue;
    const g = classifyFurniture(t);
    if (!g) return undefined;
    if (g.date && !date) date = g;
  }
  return date ?? { kind: 'line' };
}

/** A link's address: inline, or a reference target (`[32]: url`); undefined when the target was lost. */
export interface Target {
  url: string;
  /** Offsets of the address in the input. */
  start: number;
  end: number;
}

/** True for a line of a reference list (`[32]: https://…`, `  32. https://…`, `References`). */
export function isReferenceLine(line: string): boolean {
  const t = line.trim();
  if (t[0] !== '[' && t[0] !== 'R' && t[0] !== 'L' && !(t[0]! >= '0' && t[0]! <= '9')) return false;
  return RE_REF_TARGET.test(t) || RE_NUMBERED_REF.test(t) || t === 'References' || t === 'Links:';
}

/** Drops the capture header at the top (`URL: …`, `Title: …`, `Markdown Content:`), also where it shares a block with the page. */
function withoutCaptureHeader(blocks: Block[]): Block[] {
  let k = 0;
  while (k < blocks.length) {
    const b = blocks[k]!;
    const lines = splitLines(b.text);
    let n = 0;
    while (n < lines.length && (RE_CAPTURE_HEADER.test(lines[n]!.text.trim()) || lines[n]!.text.trim() === '---')) n++;
    if (n === 0) break;
    if (n < lines.length) {
      const from = lines[n]!.start;
      return [{ text: b.text.slice(from), start: b.start + from, end: b.end }, ...blocks.slice(k + 1)];
    }
    k++;
  }
  return k ? blocks.slice(k) : blocks;
}

/**
 * A title link whose label holds the whole card (`[Title\\ \\ Paper • 2509.04664 • Published Sep 4 • 42](…)`
 * on a collection page): the card's row after the title is cut off.
 */
function withoutCardRow(title: string): string {
  for (const sep of [' • ', ' · ']) {
    const i = title.indexOf(sep);
    if (i <= 0) continue;
    // the row starts at the separator (`· 4 authors`) or at the word before it (`Paper • 2509.04664 • …`)
    const word = title.lastIndexOf(' ', i - 1) + 1;
    for (const j of [word, i + 1]) {
      if (j <= 0) continue;
      const head = title.slice(0, j).trim();
      if (head.length >= 3 && classifyFurniture(title.slice(j)) !== undefined) return head;
    }
  }
  return title;
}

/** White space and at most three emphasis marks (`**`, `__`, `*`): nothing a reader sees. */
function isEmphasisOnly(s: string): boolean {
  let marks = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '*' || c === '_') {
      if (++marks > 3) return false;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return false;
  }
  return true;
}

/**
 * Pandoc's attribute blocks after links and images (`[Title](url){.line-clamp-3 .cursor-pointer}`) blanked
 * to spaces (offsets hold): `{` right after the link's `)`, then `.`, `#` or a `key=` before the `}` on the line.
 */
export function withoutLinkAttributes(text: string): string {
  if (text.indexOf('){') < 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = text.indexOf('){'); i >= 0; i = text.indexOf('){', i + 2)) {
    const open = i + 1;
    if (open < from) continue;
    const c = text[open + 1];
    if (c !== '.' && c !== '#' && !(c !== undefined && isLetterOrDigit(c))) continue;
    let e = open + 1;
    while (e < text.length && e - open <= 300 && text[e] !== '}' && text[e] !== '\n' && text[e] !== '{') e++;
    if (text[e] !== '}') continue;
    const inner = text.slice(open + 1, e);
    if (c !== '.' && c !== '#' && inner.indexOf('=') < 0) continue;
    parts.push(text.slice(from, open), ' '.repeat(e + 1 - open));
    from = e + 1;
  }
  if (!parts.length) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Reads an HF page from markdown-ish text: inline links (`[Title](url)`) or
 * reference-style links (`[Title][32]`) resolved through `refs`. The engine of
 * the `hf-markdown` and `hf-textbrowser` readers.
 */
export function readHfPage(raw: string, ctx: ReaderContext, refs?: ReadonlyMap<string, Target>): ReaderResult {
  const input = withoutLinkAttributes(raw);
  const fm = frontMatter(input);
  let blocks = toBlocks(input);
  if (fm.end > 0) {
    // the block that holds the front matter keeps what follows it (`---` then `new` with no blank line)
    const after = input.charCodeAt(fm.end) === 13 && input.charCodeAt(fm.end + 1) === 10 ? fm.end + 2 : fm.end + 1;
    blocks = blocks.filter((b) => b.end > after).map((b) => (b.start >= after ? b : { text: input.slice(after, b.end), start: after, end: b.end }));
  }
  blocks = splitCardBlocks(withoutCaptureHeader(blocks));
  const byId = new Map<string, Acc>();
  const byTitle = new Map<string, Acc>();
  const accs: Acc[] = [];
  let cur: Acc | undefined;
  /** The paper of the open `<details>` card (its `<summary>` was a title), until `</details>`. */
  let card: Acc | undefined;
  let pageDate: PaperDate | undefined;
  let truncated = fm.truncated;
  let prevDot = false;
  let userNext = false;
  /** The block before was the `AI-generated summary` label. */
  let summaryNext = false;
  let pendingLinks: EntryLink[] = [];
  let merged = 0;
  let mergedAt = 0;
  const parsed: ({ links: MdLink[]; top: MdLink[] } | undefined)[] = [];
  /** The plain heading of the block before (a soft title just opened). */
  let headAcc: Acc | undefined;
  /** The fence of the fenced code block being passed (its character and length). */
  let fence: { ch: string; len: number } | undefined;

  const resolve = (l: MdLink, b: Block): Target | undefined => {
    if (l.ref === undefined) return { url: l.url, start: b.start + l.urlStart, end: b.start + l.urlEnd };
    return refs?.get(l.ref);
  };
  const parse = (bi: number) => {
    let p = parsed[bi];
    if (!p) {
      const links = scanLinks(blocks[bi]!.text);
      p = { links, top: topLevel(links) };
      parsed[bi] = p;
    }
    return p;
  };
  /** The block is one link (after list or heading marks are ruled out): its link. */
  const wholeLink = (bi: number): MdLink | undefined => {
    const { top } = parse(bi);
    const s = blocks[bi]!.text;
    // emphasis around it counts for nothing (`**[Title](…/papers/ID)**` from a converter writing headings bold)
    return top.length === 1 && isEmphasisOnly(s.slice(0, top[0]!.start)) && isEmphasisOnly(s.slice(top[0]!.end)) ? top[0] : undefined;
  };
  /** A title that is a bare link: the next block is its abstract or its card (author count, `·`). */
  const titleAhead = (bi: number): boolean => {
    const nb = blocks[bi + 1];
    if (!nb) return false;
    const w = wholeLink(bi + 1);
    const s = nb.text;
    const t = w ? markdownText(s, w.labelStart, w.labelEnd, parse(bi + 1).links) : markdownText(s, 0, s.length, parse(bi + 1).links, isCountLink);
    if (isAbstractLike(t, lineCount(s))) return true;
    if (!w && s.trimStart().startsWith('[') && t.length >= 100) return true; // an abstract cut by the capture
    const f = classifyFurniture(t);
    return f !== undefined && (f.kind === 'authors' || f.kind === 'meta' || f.kind === 'submitted');
  };
  const accFor = (id: string | undefined, title: string | undefined): Acc => {
    let acc = id ? byId.get(id) : undefined;
    const key = title ? foldKey(title) : '';
    if (!acc && key) {
      const t = byTitle.get(key);
      if (t && (!t.id || !id || t.id === id)) acc = t;
    }
    if (!acc) {
      acc = { soft: false, authors: [], links: [], linkKeys: new Set(), occurrences: [] };
      if (id) acc.id = id;
      accs.push(acc);
    }
    if (id && !acc.id) acc.id = id;
    if (id) byId.set(id, acc);
    if (key && !byTitle.has(key)) byTitle.set(key, acc);
    return acc;
  };
  const touch = (acc: Acc, b: Block) => {
    const o = acc.occurrences[acc.occurrences.length - 1];
    if (o && b.end > o.end) o.end = b.end;
  };
  /** A title occurrence: a heading or a title link. */
  const openTitle = (acc: Acc, full: string, b: Block, link: Target | undefined, soft: boolean) => {
    const title = withoutCardRow(full);
    if (!acc.title) acc.title = title;
    // a page heading without a link took the id of the upvote button after it: the paper's linked title wins
    else if (acc.soft && !soft && acc.abstract === undefined && acc.occurrences.length === 1) acc.title = title;
    else if (merged++ === 0) mergedAt = b.start;
    acc.soft = acc.occurrences.length === 0 ? soft : acc.soft && soft;
    const start = acc.preStart !== undefined && acc.preStart < b.start ? acc.preStart : b.start;
    acc.preStart = undefined;
    acc.occurrences.push({ start, end: b.end });
    if (link && hfPaperId(link.url)?.absolute) addLink(acc, { url: link.url, origin: 'links', start: link.start, end: link.end });
    for (const l of pendingLinks) addLink(acc, l);
    pendingLinks = [];
    cur = acc;
  };
  const setAbstract = (acc: Acc, text: string, b: Block, cut: boolean) => {
    if (!acc.abstract || (text.length > acc.abstract.length && !cut) || (acc.cut && !cut)) {
      acc.abstract = text;
      acc.abstractAt = b.start;
      acc.cut = cut;
    }
    touch(acc, b);
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi]!;
    const s = b.text;
    // a reference list (`[32]: url`), and the capture header at the top (`URL: …`, `Title: …`)
    if (isReferenceLine(firstLine(s)) && s.split(RE_LINE_BREAK).every(isReferenceLine)) continue;
    const { links, top } = parse(bi);
    const h = heading(s);
    const wasDot = prevDot;
    prevDot = false;
    const prevHead = headAcc;
    headAcc = undefined;
    // fenced code (a README's usage example, its blank lines splitting it into blocks): no heading, title,
    // abstract or link of a paper in it (`# Get latest papers` is a comment of the code)
    if (fence) {
      if (fenceCloses(s, fence, false)) fence = undefined;
      continue;
    }
    const fo = fenceOpening(firstLine(s));
    // (a page a capture tool wrapped in a text fence, its paper links inside, is read as the page)
    if (fo && !pageInFence(input, b.start, fo)) {
      if (!fenceCloses(s, fo, true)) fence = fo;
      continue;
    }
    // a table (pipe or HTML) that links no paper: an archive index or a feature grid, no title's text
    if (!h && isTableBlock(s) && !top.some((l) => !l.image && (hfPaperId(resolve(l, b)?.url ?? '') !== undefined || RE_ARXIV_PAGE_URL.test(resolve(l, b)?.url ?? '')))) continue;

    // a `<details>` card: `<summary>` holds the title (an ordinal and a star count around it)
    const sum = h ? undefined : summaryText(s);
    if (sum !== undefined) {
      const title = cardTitle(sum);
      if (isCardTitle(title)) {
        summaryNext = false;
        const acc = accFor(undefined, title);
        openTitle(acc, title, b, undefined, false);
        card = acc;
        continue;
      }
    }
    if (card) {
      const t = s.trim();
      if (t.length <= 12 && t.toLowerCase() === '</details>') {
        touch(card, b);
        card = undefined;
        continue;
      }
    }

    // a heading: the paper's title, linked to its page
    if (h) {
      summaryNext = false;
      const hl = top.find((l) => !l.image && l.start >= h.from && l.end <= h.to);
      const target = hl ? resolve(hl, b) : undefined;
      const pid = target ? hfPaperId(target.url) : undefined;
      const title = hl && (pid || hl.ref !== undefined) ? markdownText(s, hl.labelStart, hl.labelEnd, links) : markdownText(s, h.from, h.to, links);
      if (pid || (isTitleLike(title) && !classifyFurniture(title))) {
        const acc = accFor(pid?.id, title);
        openTitle(acc, title, b, target, !pid && !(hl?.ref !== undefined && !target));
        if (acc.soft && !acc.id && acc.occurrences.length === 1) headAcc = acc;
      }
      continue;
    }

    // a block that is one link: abstract, author block, upvote, thumbnail, title, organisation, resource
    const whole = wholeLink(bi);
    if (whole && !whole.image) {
      const target = resolve(whole, b);
      const url = target?.url;
      const login = url ? RE_HF_LOGIN_NEXT.exec(url) : null;
      if (login) {
        // the upvote button of the card that follows (or of the current one); on a paper's own page it
        // follows the title heading, which has no id yet and no abstract
        if (cur && !cur.id && !cur.abstract && cur.title && !byId.has(login[1]!)) {
          cur.id = login[1]!;
          byId.set(login[1]!, cur);
          continue;
        }
        const acc = accFor(login[1], undefined);
        if (acc !== cur) acc.preStart ??= b.start;
        continue;
      }
      const pid = url ? hfPaperId(url) : undefined;
      const lost = whole.ref !== undefined && !target;
      // a plain heading (`## 1. Title`) with its paper's page linked on the line below it, the link text the
      // page's title (`[Title — Hugging Face Papers](…/papers/ID)`, often shortened): the heading is the title
      if (pid && !pid.fragment && pid.absolute && prevHead && prevHead === cur && !prevHead.abstract && prevHead.title && !byId.has(pid.id)) {
        const short = withoutPageTitle(markdownText(s, whole.labelStart, whole.labelEnd, links));
        const head = withoutOrdinal(prevHead.title);
        const sk = foldKey(short);
        if (sk && foldKey(head).startsWith(sk)) {
          // `Title / Alias` (a digest naming the method after the page's title): the page's title
          const rest = head.startsWith(short) ? head.slice(short.length).trimStart() : '';
          prevHead.title = rest[0] === '/' ? short : head;
          prevHead.id = pid.id;
          prevHead.soft = false;
          byId.set(pid.id, prevHead);
          if (target) addLink(prevHead, { url: target.url, origin: 'links', start: target.start, end: target.end });
          prevHead.cite = { pending: [], parts: [] };
          touch(prevHead, b);
          continue;
        }
      }
      // a button (`[Read Paper](…/papers/ID)`) under the title it opens: that title, never the label
      if (pid && !pid.fragment && pid.absolute && !byId.has(pid.id) && isCallToAction(markdownText(s, whole.labelStart, whole.labelEnd, links))) {
        const above = ctaTitleAbove(blocks[bi - 1], prevHead === cur ? prevHead : undefined);
        if (above?.acc) {
          above.acc.title = withoutOrdinal(above.acc.title!);
          above.acc.id = pid.id;
          above.acc.soft = false;
          byId.set(pid.id, above.acc);
          if (target) addLink(above.acc, { url: target.url, origin: 'links', start: target.start, end: target.end });
          touch(above.acc, b);
          continue;
        }
        if (above?.title) {
          openTitle(accFor(pid.id, above.title), above.title, { text: s, start: blocks[bi - 1]!.start, end: b.end }, target, false);
          continue;
        }
      }
      if ((pid && !pid.fragment) || lost) {
        let acc = pid ? accFor(pid.id, undefined) : cur;
        const rawLabel = s.slice(whole.labelStart, whole.labelEnd);
        const authors = authorBlock(rawLabel);
        if (authors) {
          if (acc) {
            for (const n of authors.names) if (acc.authors.length < 500 && !acc.authors.includes(n)) acc.authors.push(n);
            touch(acc, b);
          }
          continue;
        }
        let text = withoutPageTitle(markdownText(s, whole.labelStart, whole.labelEnd, links));
        // an image written as its bracketed alt text (`[图片：无替代文本]`, `[thumbnail]`): a thumbnail
        if (text[0] === '[' && text[text.length - 1] === ']' && text.indexOf(']') === text.length - 1) text = '';
        // an avatar's alt text before a name (`[[microsoft] Microsoft][67]`, target lost): an organisation or a user
        if (lost && text[0] === '[' && avatarName(text)) continue;
        if (!text) {
          // a thumbnail: the card of this paper starts here
          if (acc && acc !== cur) acc.preStart ??= b.start;
          continue;
        }
        if (acc?.title && text.length <= acc.title.length * 2 && foldKey(text) === foldKey(acc.title)) {
          touch(acc, b);
          continue;
        }
        if (isTitleLike(text) && !isAbstractLike(text) && !classifyFurniture(text) && (pid ? !acc!.title : titleAhead(bi))) {
          // a card whose title is a plain link
          acc = pid ? acc! : accFor(undefined, text);
          openTitle(acc, text, b, target, false);
          continue;
        }
        if (acc?.title && isAbstractLike(text, lineCount(rawLabel))) {
          setAbstract(acc, text, b, false);
          if (target && pid?.absolute) addLink(acc, { url: target.url, origin: 'links', start: target.start, end: target.end });
          continue;
        }
      }
    }

    // a digest's description paragraphs: those ending in a citation of the entry's page, with the paragraphs
    // between (its labelled one-line summary first); a link to another paper's page ends the entry's text
    if (cur?.cite && cur.id) {
      const c = cur.cite;
      const own = cur.id;
      let other = false;
      for (const l of top) {
        if (l.image) continue;
        const hp = hfPaperId(resolve(l, b)?.url ?? '');
        if (hp && hp.id !== own) other = true;
      }
      if (other) cur.cite = undefined;
      else if (!isListBlock(s) && quoteBlock(s) === undefined) {
        const last = top[top.length - 1];
        const lt = last && !last.image ? resolve(last, b) : undefined;
        const cites = lt !== undefined && hfPaperId(lt.url)?.id === own && isEmphasisOnly(s.slice(last!.end));
        const text = citedText(markdownText(s, 0, s.length, links, (l) => !l.image && hfPaperId(resolve(l, b)?.url ?? '')?.id === own));
        if (cites && text.length >= 20) {
          for (const p of c.pending) {
            c.parts.push(p.text);
            c.at ??= p.at;
          }
          c.pending = [];
          c.parts.push(text);
          c.at ??= b.start;
          cur.abstract = c.parts.join(' ');
          cur.abstractAt = c.at;
          cur.cut = false;
          touch(cur, b);
          continue;
        }
        if (text.length >= 20 && c.pending.length < 8) c.pending.push({ text, at: b.start });
      }
    }

    // the rest: text with links (resources, organisation, comment counts) reduced to labels
    // an abstract written as a block quote (`> We present …`, some converters): its text without the markers
    const unquoted = quoteBlock(s);
    let plain = unquoted !== undefined ? markdownText(unquoted, 0, unquoted.length, undefined, isCountLink) : markdownText(s, 0, s.length, links, isCountLink);
    // a paragraph with card lines glued under it (`- 8 authors`, `[GitHub 1.2k](…)`): the card lines are furniture
    if (unquoted === undefined && plain && lineCount(s) > 1 && !classifyFurniture(plain)) {
      const ls = splitLines(s);
      let cut = ls.length;
      while (cut > 1) {
        const lt = markdownText(s, ls[cut - 1]!.start, ls[cut - 1]!.end, links, isCountLink);
        if (lt && !classifyFurniture(lt)) break;
        cut--;
      }
      if (cut < ls.length) plain = markdownText(s, 0, ls[cut - 1]!.end, links, isCountLink);
    }
    const f = plain ? furniture(s, plain, links) : undefined;
    // prose under a title that has no abstract yet: the abstract as a paragraph, or an abstract link the
    // capture cut before its end (`[Recent approaches … distil` and no `][18]`)
    const open = s.trimStart().startsWith('[') && !whole;
    // (a plain heading's paragraph citing a paper's page, `… [Hugging Face](…/papers/ID)`, is commentary on
    // that paper: a digest's closing section, not the abstract of a paper named by the heading)
    const citesListed = cur?.soft === true && top.some((l) => {
      const id = l.image ? undefined : hfPaperId(resolve(l, b)?.url ?? '')?.id;
      return id !== undefined && id !== cur!.id;
    });
    const prose = !f && !citesListed && !isListBlock(s) && cur?.title !== undefined && (!cur.abstract || cur.cut) && (isAbstractLike(plain, lineCount(s)) || (open && plain.length >= 100));
    for (const l of top) {
      if (l.image) continue;
      const t = resolve(l, b);
      if (!t || isNavigationUrl(t.url)) continue;
      const hp = hfPaperId(t.url);
      if (hp) {
        // a card's own HF paper page (`[🤗 HuggingFace](…/papers/ID)`): its id and a resource link
        if (card && card === cur && hp.absolute && !hp.fragment && (card.id === hp.id || (!card.id && !byId.has(hp.id)))) {
          card.id = hp.id;
          byId.set(hp.id, card);
          addLink(card, { url: t.url, origin: 'links', start: t.start, end: t.end });
          touch(card, b);
        }
        continue;
      }
      const label = markdownText(s, l.labelStart, l.labelEnd, links);
      if (prose && label === t.url) continue; // an address written in the abstract stays in its text
      const link: EntryLink = { url: t.url, origin: 'links', start: t.start, end: t.end };
      if (label) link.label = label;
      // an arXiv page names its paper: file it there when that paper is known
      const ax = RE_ARXIV_PAGE_URL.exec(t.url);
      const owner = (ax ? byId.get(ax[1]!) : undefined) ?? cur;
      if (owner) {
        addLink(owner, link);
        touch(owner, b);
      } else pendingLinks.push(link);
    }
    if (!plain) continue;
    if (card && card === cur) {
      // `**👥 Authors:** A, B`: the card's authors (a line of its own, or among the card's lines when blank lines were dropped)
      let authorLine = false;
      for (const line of lineCount(s) === 1 ? [{ start: 0, end: s.length }] : splitLines(s)) {
        const names = labelledAuthors(line.start === 0 && line.end === s.length ? plain : markdownText(s, line.start, line.end, links, isCountLink));
        if (!names) continue;
        for (const n of names) if (card.authors.length < 500 && !card.authors.includes(n)) card.authors.push(n);
        authorLine = true;
      }
      if (authorLine) touch(card, b);
      if (authorLine && lineCount(s) === 1) continue;
      // the card's quoted summary is its abstract, as shown (cut with `...` or short)
      if (unquoted !== undefined && !card.abstract && plain.length >= 3) {
        setAbstract(card, plain, b, false);
        continue;
      }
      // or a paragraph of its own (no links, no `**Label:**` field, not furniture)
      if (unquoted === undefined && !card.abstract && !f && top.length === 0 && plain.length >= 20 && !isListBlock(s) && !isFieldLine(plain)) {
        setAbstract(card, plain, b, false);
        continue;
      }
    }
    // `AI-generated summary` over a short summary (a paper's page, some cards): the summary, not the abstract
    const low = plain.slice(0, 21).toLowerCase();
    if (low === 'ai-generated summary' || low === 'ai-generated summary ') {
      const rest = plain.slice(20).trim();
      if (!rest) summaryNext = true;
      else if (cur?.title) {
        cur.summary ??= rest;
        touch(cur, b);
      }
      if (!rest || cur?.title) continue;
    }
    if (summaryNext && !f && cur?.title && plain.length >= 20) {
      summaryNext = false;
      cur.summary ??= plain;
      touch(cur, b);
      continue;
    }
    if (prose && cur) {
      const cut = open && (top.length === 0 || top[0]!.start > 0);
      setAbstract(cur, cut ? markdownText(s.slice(s.indexOf('[') + 1)) : plain, b, cut);
      continue;
    }
    if (userNext) {
      userNext = false;
      if (isUserNameLine(plain)) continue;
    }
    if (plain.length < 40 && plain.toLowerCase().includes('content truncated')) {
      truncated = true;
      continue;
    }
    // an organisation (or user) link with the date after it on one line (`[[logo] Lab](…/lab) · Published on
    // Oct 4, 2026`): the card's date line, the profile link being navigation
    if (!f && cur && top.length > 0 && lineCount(s) === 1) {
      const last = top[top.length - 1]!;
      const tail = s.slice(last.end).trim();
      const g = tail.startsWith('·') ? classifyFurniture(tail) : undefined;
      if (g?.date && top.every((l) => l.image || isNavigationUrl(resolve(l, b)?.url ?? ''))) {
        if (!cur.date) cur.date = g.date;
        touch(cur, b);
        continue;
      }
    }
    // the current paper's abstract again (the page's second layout of the card): its text, not unclaimed prose
    if (!f && cur?.abstract && top.length === 0 && plain.length <= cur.abstract.length + 16 && foldKey(plain) === foldKey(cur.abstract)) {
      touch(cur, b);
      continue;
    }
    if (f) {
      if (plain === '·') prevDot = true;
      if (f.kind === 'submitted' && f.userFollows) userNext = true;
      if (f.date) {
        const glued = top.some((l) => isCountLink(l) && hfPaperId(l.url)?.id === cur?.id);
        if (cur && !cur.date && (wasDot || glued || plain.startsWith('·') || f.kind === 'meta' || RE_PUBLISHED_ON.test(plain))) cur.date = f.date;
        else if (!cur) pageDate = f.date;
      }
      if (cur && f.kind !== 'line') touch(cur, b);
      continue;
    }
    if (top.length === 0 && plain.split(' ').length >= 4) {
      ctx.diagnose('UNCLAIMED_TEXT', `text not read as part of a paper: "${plain.slice(0, 60)}${plain.length > 60 ? '…' : ''}"`, b.start, b.end, plain.length >= 200 && ((cur !== undefined && !cur.soft) || !isListBlock(s)) ? 'warning' : 'info');
    }
  }

  const entries: RawEntry[] = [];
  // every card occurrence in page order: a paper's second layout right after its first (no other paper's
  // card between) is part of its entry's source, not text left unread
  const order: { acc: Acc; occ: Occurrence }[] = [];
  if (merged > 0) {
    for (const acc of accs) for (const occ of acc.occurrences) order.push({ acc, occ });
    order.sort((x, y) => x.occ.start - y.occ.start);
  }
  for (const acc of accs) {
    if (!acc.date && pageDate) acc.date = pageDate;
    const e = entryOf(acc);
    if (e && order.length > 0) {
      let k = order.findIndex((o) => o.acc === acc && o.occ.start === e.start);
      while (k >= 0 && k + 1 < order.length && order[k + 1]!.acc === acc && order[k + 1]!.occ.start >= e.end) {
        e.end = Math.max(e.end, order[k + 1]!.occ.end);
        k++;
        // the next paper's card begins where it begins (its thumbnail may have been filed under this one)
        const next = order.slice(k + 1).find((o) => o.acc !== acc);
        if (next && next.occ.start < e.end) e.end = Math.max(next.occ.start, e.start + 1);
      }
    }
    if (e) entries.push(e);
    else if (acc.title && acc.soft) ctx.diagnose('UNCLAIMED_TEXT', `heading not read as a paper: "${acc.title.slice(0, 60)}"`, acc.occurrences[0]?.start ?? 0, acc.occurrences[0]?.end ?? 0, 'info');
  }
  entries.sort((a, b) => a.start - b.start);
  if (merged > 0) {
    ctx.diagnose('DUPLICATE_MERGED', `${merged} paper${merged > 1 ? 's' : ''} shown twice on the page (two layouts) read as one entry each`, mergedAt, mergedAt, 'info');
  }
  if (truncated) {
    const last = entries[entries.length - 1];
    if (last && last.abstract === undefined) last.truncated = true;
  }
  return truncated ? { entries, truncated } : { entries };
}

/** Confidence from headings and abstract links to HF paper pages and upvote links. */
function detect(text: string): number {
  const head = text.length > 400_000 ? text.slice(0, 400_000) : text;
  let headings = 0;
  let paperLinks = 0;
  let upvotes = 0;
  /** Paper links whose label is an author count (`N authors](…)`), not a title or an abstract. */
  let authorLinks = 0;
  let from = 0;
  for (;;) {
    const i = head.indexOf('huggingface.co/', from);
    if (i < 0) break;
    from = i + 15;
    const before = head.slice(Math.max(0, i - 13), i);
    if (head.startsWith('papers/', from) && (before.endsWith('(https://') || before.endsWith('(http://') || before.endsWith('(https://www.'))) {
      paperLinks++;
      if (head.slice(Math.max(0, i - 18), i).indexOf('authors](') >= 0) authorLinks++;
      // the line holding the link starts with `#`: a heading (look back over that line only)
      let k = i - 1;
      while (k >= 0 && i - k < 2000 && head[k] !== '\n' && head[k] !== '\r') k--;
      if (head[k + 1] === '#') headings++;
    } else if (head.startsWith('login?next=%2Fpapers%2F', from)) upvotes++;
    if (headings >= 3 && paperLinks >= 6) break;
  }
  // relative links (`](/papers/ID)`) when the capture kept them
  let rel = 0;
  for (let k = head.indexOf('](/papers/'); k >= 0 && rel < 6; k = head.indexOf('](/papers/', k + 9)) rel++;
  if (headings >= 2 || (headings >= 1 && (paperLinks >= 2 || upvotes >= 1))) return 0.97;
  if (headings === 1) return 0.9;
  // the only paper links are author counts: a text export whose titles and addresses stand on lines of
  // their own (a notebook tool's export), the plain-text reader's layout
  if (paperLinks > 0 && authorLinks === paperLinks && rel === 0) return 0.3;
  if (paperLinks + rel >= 3 && upvotes >= 1) return 0.85;
  // `<details>` cards titled in their `<summary>` (`<b>1. Title</b> ⭐ 0`) linking HF paper pages: a scraper bot's
  // README of the day's papers, whatever furniture (usage code, archive tables, tool lists) surrounds them
  if (paperLinks >= 2 && detailCards(head) >= 2) return 0.96;
  if (paperLinks + rel >= 3) return 0.6;
  if (paperLinks + rel === 0) {
    // an HF page saved as markdown whose converter dropped the paper links: its furniture and `###` card titles
    let markers = 0;
    let cards = 0;
    /** Cards with an author count (`- 9 authors`) or a star button (`[GitHub 18.6k](…)`) a few lines under the title. */
    let marked = 0;
    /** Lines since the last card title (-1: none open, or its mark was counted). */
    let since = -1;
    const win = head.length > 100_000 ? head.slice(0, 100_000) : head;
    // no `### ` anywhere: no card, so no need to look at each line
    if (win.indexOf('### ') >= 0) for (const line of splitLines(win)) {
      const t = line.text;
      if (t.startsWith('### ')) {
        cards++;
        since = 0;
        continue;
      }
      if (t.length < 80) {
        const low = t.toLowerCase().replace('#', '').trim();
        if (low.startsWith('get trending papers in your email inbox') || low.startsWith('# by ak and the research community') || low.startsWith('by ak and the research community')) markers++;
      }
      if (since < 0) continue;
      if (++since > 8) {
        since = -1;
        continue;
      }
      const u = t.length < 400 ? t.trim() : '';
      if (((u.endsWith('authors') || u.endsWith('author')) && RE_AUTHOR_COUNT.test(u)) || (u.charCodeAt(0) === 91 /* [ */ && RE_STAR_LINK_LINE.test(u))) {
        marked++;
        since = -1;
      }
    }
    if (markers >= 1 && cards >= 2) return 0.6;
    // the page's header cut off (an excerpt): most cards show an author count or a star button
    if (marked >= 3 && marked * 2 >= cards) return 0.6;
  }
  return paperLinks + rel > 0 ? 0.2 : 0;
}

/**
 * Reads an HF papers page saved as markdown.
 *
 * @example
 * hfMarkdownReader.read(savedPage, ctx).entries[0]
 * // { title: 'OCC-RAG: …', abstract: 'Recent progress …', arxivId: '2606.00683',
 * //   links: [{ url: 'https://huggingface.co/papers/2606.00683', origin: 'links', … }], … }
 */
export const hfMarkdownReader: FeedReader = defineReader('hf-markdown', detect, (text, ctx) => readHfPage(text, ctx), { maxConfidence: 0.97 });

/** A block whose every line is quoted (`> …`): its text without the quote markers; else undefined. */
function quoteBlock(s: string): string | undefined {
  const t = s.trimStart();
  if (t.charCodeAt(0) !== 62 /* > */) return undefined;
  for (const l of splitLines(s)) {
    const lt = l.text.trimStart();
    if (lt && lt.charCodeAt(0) !== 62) return undefined;
  }
  return unquoteEmail(splitLines(t).map((l) => l.text.trimStart()).join('\n'), 1)?.text;
}

// ---------------------------------------------------------------------------
// HTML `<details>` cards (digest READMEs written by scraper bots):
// `<details>` / `<summary><b>N. Title</b> ⭐ S</summary>` / links, `**👥 Authors:** …`, `> summary` / `</details>`

/** The lower-cased start of a block, enough to find a card's tags. */
function lowHead(s: string): string {
  return (s.length > 4000 ? s.slice(0, 4000) : s).toLowerCase();
}

/**
 * Blocks of a capture that dropped the blank lines of its cards, split at the card's seams: after the line
 * that closes `</summary>`, before a `</details>` line and before a `<details>` line (offsets kept).
 */
function splitCardBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const low = lowHead(b.text);
    if (low.indexOf('</summary>') < 0 && low.indexOf('</details>') < 0 && low.indexOf('<details') < 0) {
      out.push(b);
      continue;
    }
    const lines = splitLines(b.text);
    let from = 0;
    const cutAt = (at: number) => {
      let e = at;
      while (e > from && (b.text[e - 1] === '\n' || b.text[e - 1] === '\r')) e--;
      const text = b.text.slice(from, e);
      if (!isBlank(text)) out.push({ text, start: b.start + from, end: b.start + e });
      from = at;
    };
    lines.forEach((l, n) => {
      const t = l.text.trimStart().toLowerCase();
      if (n > 0 && (t.startsWith('</details>') || (t.startsWith('<details') && !lines[n - 1]!.text.trim().toLowerCase().startsWith('<details')))) cutAt(l.start);
      if (t.indexOf('</summary>') >= 0 && n < lines.length - 1) cutAt(lines[n + 1]!.start);
    });
    cutAt(b.text.length);
  }
  return out;
}

/** Summary labels of a `<details>` box that are not a paper's title (`Abstract`, `Click to expand`). */
const SUMMARY_LABELS = ['abstract', 'summary', 'tl;dr', 'tldr', 'details', 'click', 'show', 'expand', 'more', 'read more', 'bibtex', 'citation', 'cite', 'table of contents', 'contents', 'code', 'links', 'authors', 'ai summary', 'ai-generated summary', 'key', 'highlights', 'notes'];

/** A count glued to the end of a card title (`⭐ 14`, `🔥 120`, `👍 3`, `★ 1.2k`): the symbols it may follow. */
const COUNT_MARKS = new Set(['⭐', '🌟', '★', '👍', '🔥', '❤', '⬆', '▲', '↑', '💬', '📈', '🤗']);

/** The title of a card's `<summary>` text: its `N. ` / `N) ` ordinal and a trailing `⭐ S` count cut off. */
export function cardTitle(text: string): string {
  let t = text.trim();
  // a trailing count: digits (`1,234`, `1.2k`), then one of the marks
  let e = t.length;
  // a count in brackets (`(⭐ 14)`, `[🔥 3]`)
  const closer = t[e - 1] === ')' ? '(' : t[e - 1] === ']' ? '[' : '';
  if (closer) e--;
  while (e > 0 && t[e - 1] === ' ') e--;
  if (e > 0 && (t[e - 1] === 'k' || t[e - 1] === 'K')) e--;
  const digitsEnd = e;
  while (e > 0 && ((t[e - 1]! >= '0' && t[e - 1]! <= '9') || t[e - 1] === ',' || t[e - 1] === '.')) e--;
  if (e < digitsEnd && t[e]! >= '0' && t[e]! <= '9') {
    let m = e;
    while (m > 0 && (t[m - 1] === ' ' || t[m - 1] === '\u00a0' || t[m - 1] === ':')) m--;
    let cp = m;
    while (cp > 0 && (t.charCodeAt(cp - 1) === 0xfe0f || t.charCodeAt(cp - 1) === 0x200d)) cp--;
    const ch = cp > 1 && t.charCodeAt(cp - 1) >= 0xdc00 && t.charCodeAt(cp - 1) <= 0xdfff ? t.slice(cp - 2, cp) : t.slice(cp - 1, cp);
    if (COUNT_MARKS.has(ch)) {
      let b = cp - ch.length;
      while (b > 0 && t[b - 1] === ' ') b--;
      if (!closer || t[b - 1] === closer) {
        t = t.slice(0, closer ? b - 1 : b).trimEnd();
        // a count after a separator (`· ⭐ 14`, `| ⭐ 14`)
        if (t.endsWith('·') || t.endsWith('|') || t.endsWith('-') || t.endsWith('—')) t = t.slice(0, -1).trimEnd();
      }
    }
  }
  // a leading ordinal: `12. `, `12) `, `#12 `
  let i = t[0] === '#' ? 1 : 0;
  const d0 = i;
  while (i < t.length && i - d0 < 4 && t[i]! >= '0' && t[i]! <= '9') i++;
  if (i > d0 && (t[i] === '.' || t[i] === ')' || (d0 === 1 && t[i] === ' ')) && (t[i + 1] === ' ' || t[i] === ' ')) t = t.slice(t[i] === ' ' ? i + 1 : i + 2).trimStart();
  return t;
}

/** The block opens a `<details>` card: the text of its `<summary>` element (tags stripped), else undefined. */
function summaryText(s: string): string | undefined {
  const lead = s.trimStart();
  if (lead[0] !== '<') return undefined;
  const low = lowHead(s);
  const lt = low.trimStart();
  if (!lt.startsWith('<details') && !lt.startsWith('<summary')) return undefined;
  const open = low.indexOf('<summary');
  if (open < 0) return undefined;
  const gt = low.indexOf('>', open);
  const close = low.indexOf('</summary>', open);
  if (gt < 0 || close < gt) return undefined;
  return markdownText(s, gt + 1, close);
}

/** The `<details>` cards whose `<summary>` is a paper's title (up to 3 counted). */
function detailCards(text: string): number {
  let n = 0;
  for (let i = text.indexOf('<summary'); i >= 0 && n < 3; i = text.indexOf('<summary', i + 8)) {
    const close = text.indexOf('</summary>', i);
    if (close < 0) break;
    if (close - i > 1000) continue;
    const t = summaryText(text.slice(i, close + 10));
    if (t !== undefined && isCardTitle(cardTitle(t))) n++;
  }
  return n;
}

/** A `<summary>` text that titles a paper, not a box label (`Abstract`, `Click to expand`). */
function isCardTitle(t: string): boolean {
  if (!isTitleLike(t) || classifyFurniture(t)) return false;
  const low = t.toLowerCase();
  for (const w of SUMMARY_LABELS) if (low === w || low.startsWith(w + ' ') || low.startsWith(w + ':')) return false;
  return true;
}

/** `**👥 Authors:** A, B, C` (emphasis and a leading symbol allowed): the names, else undefined. */
function labelledAuthors(line: string): string[] | undefined {
  let i = 0;
  while (i < line.length && i < 12 && !isLetterOrDigit(line[i]!)) i++;
  const low = line.slice(i, i + 9).toLowerCase();
  if (!low.startsWith('authors:') && !low.startsWith('author:') && !low.startsWith('authors :')) return undefined;
  let rest = line.slice(line.indexOf(':', i) + 1);
  rest = rest.replace(RE_EMPHASIS_LEAD, '').trim();
  const names: string[] = [];
  for (const part of rest.split(RE_NAME_SEPARATOR)) {
    let n = part.trim();
    if (n.toLowerCase().endsWith('et al.') || n.toLowerCase().endsWith('et al')) n = n.slice(0, n.toLowerCase().lastIndexOf('et al')).trim();
    if (n && n.length <= 80 && isLetterOrDigit(n[0]!) && !names.includes(n)) names.push(n);
    if (names.length >= 500) break;
  }
  return names.length ? names : undefined;
}

/** A card's field line: `**📅 Published:** …`, `__Venue:__ …` (emphasis, then a label and `:` early on). */
function isFieldLine(plain: string): boolean {
  if (!plain.startsWith('**') && !plain.startsWith('__')) return false;
  const colon = plain.indexOf(':');
  return colon > 0 && colon <= 40;
}
