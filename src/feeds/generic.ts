/**
 * The fallback reader: title/abstract segmentation of text in no known format
 * (a pasted conference page, a Papers with Code list, an HF page pasted as
 * plain text). It scans lines once, drops page furniture, groups the rest into
 * units (paragraphs, or single lines where a paste puts one block a line) and
 * pairs a short title-like unit with the long prose unit after it, taking an
 * author line between them where there is one.
 */
import { defineReader } from './define.js';
import { arxivIdFromUrl } from '../extract/url-kind.js';
import { foldSpace } from '../lib/text.js';
import { isBlank, isLetterOrDigit, splitLines, type Line } from '../lib/text.js';
import { RE_AUTHOR_LABEL, RE_ENUM_PREFIX, RE_TITLE_LEAD } from '../regex/hf.js';
import { RE_ARXIV_PATH_ID, RE_ARXIV_TEXT_ID, RE_AUTHOR_YEAR_REF } from '../regex/markdown.js';
import { RE_RECORD_MARKER } from '../regex/text.js';
import { RE_ARXIV_ABS_URL, RE_ARXIV_ID_NEW } from '../regex/arxiv.js';
import type { PaperDate } from '../schema/paper.js';
import { parseDate } from '../lib/dates.js';
import { splitAnnounce } from './rss.js';
import { arxivTagLine, classifyFurniture, isUserNameLine, type Furniture } from './furniture.js';
import { isNavigationUrl } from './hf-markdown.js';
import { lynxDump, readLynxDump } from './hf-textbrowser.js';
import { numberedPlainList } from './plain-list.js';
import { readRefLine } from './ref-lines.js';
import { headingCards } from './heading-cards.js';
import type { EntryLink, FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

/** A group of content lines, with the furniture seen since the previous unit. */
interface Unit {
  lines: Line[];
  /** The lines' text joined with single spaces. */
  text: string;
  start: number;
  end: number;
  /** Furniture between the previous unit and this one, in order. */
  before: Furniture[];
  /** True when no blank line separates this unit from the previous one (one paragraph of the input). */
  glued: boolean;
  /** The unit opened with a field label: `Abstract:` or a summary label (`TL;DR:`). */
  label?: 'abstract' | 'summary';
}

/** One web address and nothing else (`https://github.com/a/b`, `<https://…>`). */
function isLoneUrl(s: string): boolean {
  const t = s[0] === '<' && s[s.length - 1] === '>' ? s.slice(1, -1) : s;
  if (t.length < 12 || t.length > 2000) return false;
  const low = t.slice(0, 8).toLowerCase();
  if (!(low.startsWith('https://') || low.startsWith('http://') || low.startsWith('www.'))) return false;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) <= 32) return false;
  return true;
}

/** The label of a line that is the tail of a markdown link (`4 authors](https://…)`, `[Code](https://…)`), or undefined. */
function linkTail(line: string): string | undefined {
  const t = line.trim();
  if (t[t.length - 1] !== ')') return undefined;
  const k = t.lastIndexOf('](');
  if (k < 0 || !isLoneUrl(t.slice(k + 2, -1))) return undefined;
  const open = t.lastIndexOf('[', k);
  if (open > 0) return undefined; // a link inside a line of text
  return fold(t.slice(open + 1, k));
}

/** The address of a link line and its offsets in the line (a label before it, sentence marks after it dropped). */
function lineUrl(line: string): { url: string; start: number; end: number } | undefined {
  let b = line.trimEnd().length;
  let a = line.lastIndexOf(' ', b - 1) + 1;
  if (line[a] === '<') a++;
  if (line[b - 1] === '>') b--;
  while (b > a && '.,;'.includes(line[b - 1]!)) b--;
  if (line[b - 1] === ')' && line.lastIndexOf('(', b) < a) b--;
  const url = line.slice(a, b);
  if (!isLoneUrl(url)) return undefined;
  return { url: url.toLowerCase().startsWith('www.') ? `https://${url}` : url, start: a, end: b };
}

/** A card's organisation line: one to three words, no sentence mark, not starting in lower case (`OpenAI`, `Google DeepMind`, `deepseek-ai` excepted). */
/** A markdown ATX heading line (`### Title`). */
function isHeadingLine(s: string): boolean {
  let k = 0;
  while (k < s.length && k < 6 && s.charCodeAt(k) === 35 /* # */) k++;
  return k > 0 && (s[k] === ' ' || s[k] === '\t') && wordCount(s) >= 3;
}

/** A short line that is no sentence: a byline (an organisation, `Anonymous`, a link label after it). */
function isBylineLike(s: string): boolean {
  const t = s.trim();
  const end = t[t.length - 1];
  return wordCount(t) <= 8 && t.length <= 80 && end !== '.' && end !== '!' && end !== '?' && end !== ':';
}

/** A unit of two or more list items (`- a` / `- b`): points under an entry, never a title. */
function isBulletList(u: Unit): boolean {
  if (u.lines.length < 2) return false;
  for (const l of u.lines) {
    const t = lineText(l).trimStart();
    if (!((t[0] === '-' || t[0] === '*' || t[0] === '•') && t[1] === ' ')) return false;
  }
  return true;
}

function isOrgLine(s: string): boolean {
  if (s.length < 2 || s.length > 40 || wordCount(s) > 3) return false;
  const last = lastMark(s);
  if (last === '.' || last === ',' || last === ':' || last === ';' || last === '?' || last === '!') return false;
  // a wrapped title's last line starts with a small word: `for Fast Image Synthesis`
  const first = s.split(' ')[0]!.toLowerCase();
  return !['for', 'of', 'in', 'on', 'with', 'and', 'to', 'via', 'from', 'by', 'the', 'a', 'an', 'at', 'as', 'is', 'are', 'using', 'without', 'through', 'into', 'over', 'under', 'beyond'].includes(first);
}

/** Field labels of a record page (OpenReview, conference and library pages): metadata, never content. */
const META_LABELS = new Set([
  'published', 'last modified', 'modified', 'readers', 'writers', 'signatures', 'keywords', 'key words', 'primary area', 'submission number',
  'venue', 'venueid', 'decision', 'license', 'pdf', 'supplementary material', 'paperhash', 'bibtex', 'subjects', 'subject', 'comments',
  'journal-ref', 'journal reference', 'doi', 'cite as', 'report number', 'msc class', 'acm class', 'categories', 'category', 'date',
  'submitted', 'received', 'accepted', 'tags', 'track', 'session', 'poster session', 'presentation', 'location', 'time', 'status',
  'type', 'pages', 'year', 'volume', 'publisher', 'citations', 'cited by', 'references', 'award', 'topics', 'topic', 'area', 'publication date',
  'conference', 'journal', 'fields of study', 'field', 'institution', 'institutions', 'affiliations', 'code of ethics', 'submission guidelines',
  'anonymous url', 'reciprocal reviewing', 'flagged for ethics review', 'upvotes', 'stars', 'comments count',
]);
const SUMMARY_LABELS = new Set(['tl;dr', 'tldr', 'one-sentence summary', 'summary', 'ai summary', 'ai-generated summary', 'highlights', 'key takeaway']);

/** `From <https://…>`: the source line a clipping tool (OneNote) writes under a pasted page. */
function isClipSource(t: string): boolean {
  if (!t.startsWith('From <') && !t.startsWith('from <')) return false;
  const u = t.slice(5).trimEnd();
  return u[u.length - 1] === '>' && isLoneUrl(u);
}

/** The field a line opens (`Keywords: …`, `TL;DR: …`, `Abstract: …`), by its label; undefined for any other line. */
export function fieldLabel(line: string): 'meta' | 'abstract' | 'summary' | 'link' | undefined {
  const t = line.trimStart();
  if (isLoneUrl(t.trimEnd())) return 'link';
  // `From <https://…>`: a clipping tool's (OneNote's) line naming the page the text above was pasted from
  if (isClipSource(t)) return 'link';
  const colon = t.indexOf(':');
  if (colon < 2 || colon > 32) return undefined;
  if (colon + 1 < t.length && t[colon + 1] !== ' ' && t[colon + 1] !== '\t') return undefined; // `https://…`, `10:30`
  const label = t.slice(0, colon).trim().toLowerCase();
  if (label === 'abstract') return 'abstract';
  // `Code: https://…`, `Read the paper: https://…`: a short label over one address
  if (wordCount(label) <= 4 && isLoneUrl(t.slice(colon + 1).trim())) return 'link';
  if (SUMMARY_LABELS.has(label)) return 'summary';
  return META_LABELS.has(label) ? 'meta' : undefined;
}

const MAX_TITLE = 300;

/** Folds runs of white space to one space and trims (the shared `foldSpace`). */
export function fold(s: string): string {
  return foldSpace(s);
}

/** The line's text without a BOM or a text browser's image placeholders (`[IMG]` from links2 and lynx). */
function lineText(l: Line): string {
  let t = l.text.indexOf('\uFEFF') >= 0 ? l.text.split('\uFEFF').join('') : l.text;
  if (t.indexOf('[IMG]') >= 0 || t.indexOf('[img]') >= 0 || t.indexOf('[image]') >= 0) {
    for (const p of IMAGE_PLACEHOLDERS) if (t.indexOf(p) >= 0) t = t.split(p + ' ').join('').split(p).join('');
  }
  return t;
}
const IMAGE_PLACEHOLDERS = ['[IMG]', '[img]', '[image]'];

/** `▲ 30  Title`: a vote count a text browser draws on the title's line, before it (the rest of the line). */
function withoutVotePrefix(s: string): string {
  if (!VOTE_MARKS.includes(s[0]!)) return s;
  let i = 1;
  while (i < s.length && s[i] === ' ') i++;
  const d = i;
  while (i < s.length && ((s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) || s[i] === '.' || s[i] === 'k')) i++;
  if (i === d || s[i] !== ' ') return s;
  while (i < s.length && s[i] === ' ') i++;
  return i < s.length ? s.slice(i) : s;
}
const VOTE_MARKS = '▲△⬆↑⇧▴';

function wordCount(s: string): number {
  if (!s) return 0;
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/** The last character that is not a closing quote or bracket. */
function lastMark(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && '"\')]»”’'.includes(s[i]!)) i--;
  return i >= 0 ? s[i]! : '';
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || s.charCodeAt(i) > 0xbf) return true;
  }
  return false;
}

/**
 * Counts sentence ends inside the text (at most `limit`): `. ` followed by an upper-case
 * letter or digit. With `initials`, a full stop after a lone capital (`A. Smith`,
 * `J.-P. Dupont`) is a name's initial, not a sentence end.
 */
function sentenceBreaks(s: string, limit: number, initials = false): number {
  let n = 0;
  for (const mark of SENTENCE_MARKS) {
    for (let i = s.indexOf(mark, 1); i >= 0 && i + 2 < s.length && n < limit; i = s.indexOf(mark, i + 1)) {
      const c = s.charCodeAt(i + 2);
      if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) continue;
      if (initials && mark === '. ' && isInitial(s, i - 1)) continue;
      n++;
    }
  }
  return n;
}

/** `s[k]` is a capital letter standing alone: at the start, or after a space, hyphen or full stop. */
function isInitial(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if (!(c >= 65 && c <= 90)) return false;
  const p = k > 0 ? s.charCodeAt(k - 1) : 32;
  return p === 32 || p === 45 || p === 46;
}

/** The text with a leading YAML front matter block (`---` lines around `key: value` lines) turned into spaces, line breaks kept. */
function blankFrontMatter(raw: string): string {
  const start = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!raw.startsWith('---\n', start) && !raw.startsWith('---\r\n', start)) return raw;
  // the closing `---` within the first 80 lines
  let at = raw.indexOf('\n', start) + 1;
  for (let n = 0; n < 80 && at > 0 && at < raw.length; n++) {
    let e = raw.indexOf('\n', at);
    if (e < 0) e = raw.length;
    const line = raw.slice(at, e).trimEnd();
    if (line === '---') {
      let blank = '';
      for (let k = 0; k < e; k++) blank += raw[k] === '\n' || raw[k] === '\r' ? raw[k] : ' ';
      return blank + raw.slice(e);
    }
    if (line && line.indexOf(':') < 0 && !line.startsWith(' ') && !line.startsWith('-')) return raw;
    at = e + 1;
  }
  return raw;
}

/** An absolute address in brackets ending the title (`Title (https://arxiv.org/abs/1907.08611)`), and where it starts. */
function trailingAddress(t: string): { url: string; at: number } | undefined {
  if (!t.endsWith(')')) return undefined;
  const open = t.lastIndexOf('(');
  if (open <= 0 || t[open - 1] !== ' ') return undefined;
  const url = t.slice(open + 1, -1);
  if (!(url.startsWith('https://') || url.startsWith('http://')) || url.indexOf(' ') >= 0) return undefined;
  return { url, at: open };
}

/**
 * Prose with markdown inline markup (`[BEAST](https://www.beast2.org/)`, `` `Distribution` ``)
 * as plain text, and the absolute addresses its links pointed at. A bracket that is no
 * link stays as written. One pass.
 */
export function plainInline(text: string): { text: string; urls: string[] } {
  if (text.indexOf('](') < 0 && text.indexOf('`') < 0) return { text, urls: [] };
  const urls: string[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '`' && text[i + 1] !== '`' && text[i - 1] !== '`') {
      // a code span: its text without the backticks (a LaTeX ``quote'' is no code span)
      const close = text.indexOf('`', i + 1);
      if (close > i + 1 && close - i <= 200 && text[close + 1] !== '`') {
        out += text.slice(i + 1, close);
        i = close + 1;
        continue;
      }
    }
    if (c === '[') {
      const close = text.indexOf(']', i + 1);
      const label = close > i ? text.slice(i + 1, close) : '';
      if (close > i + 1 && close - i <= 300 && label.indexOf('[') < 0 && text[close + 1] === '(') {
        const end = text.indexOf(')', close + 2);
        const target = end > close ? text.slice(close + 2, end) : '';
        const linkLike = target.startsWith('http://') || target.startsWith('https://') || target.startsWith('/') || target.startsWith('.') || target.startsWith('#') || target.startsWith('www.');
        if (end > close && end - close <= 2000 && target.indexOf(' ') < 0 && linkLike) {
          if (target.startsWith('https://') || target.startsWith('http://')) urls.push(target);
          out += label;
          i = end + 1;
          continue;
        }
      }
    }
    out += c;
    i++;
  }
  return { text: out, urls };
}

/** A title written bold or italic as a whole (`**Title**`, `*Title*`): the title inside. */
function unwrapEmphasis(t: string): string {
  for (const m of EMPHASIS_MARKS) {
    if (t.length <= 2 * m.length + 1 || !t.startsWith(m) || !t.endsWith(m)) continue;
    const inner = t.slice(m.length, t.length - m.length);
    return inner.includes(m) ? t : inner.trim();
  }
  return t;
}
const EMPHASIS_MARKS = ['**', '__', '*', '_'];

/** A title in quotes as a whole (`"Title"`, `“Title”`): the title inside. */
function unquote(t: string): string {
  const close = QUOTE_PAIRS[t[0]!];
  if (close === undefined || t.length < 4 || t[t.length - 1] !== close) return t;
  const inner = t.slice(1, -1);
  return inner.includes(t[0]!) || inner.includes(close) ? t : inner.trim();
}
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

/** The text holds a name's initial: a lone capital, a full stop and a space (`C. Doe`). */
function hasInitial(s: string): boolean {
  for (let i = s.indexOf('. '); i > 0; i = s.indexOf('. ', i + 1)) if (isInitial(s, i - 1)) return true;
  return false;
}

/** The names of an author line without its field label (`Authors: A. Smith` -> `A. Smith`). */
function authorText(text: string): string {
  const m = RE_AUTHOR_LABEL.exec(text);
  return m ? text.slice(m[0].length) : text;
}
const SENTENCE_MARKS = ['. ', '? ', '! '];

/** A title: short, at most three lines, no sentence inside, not ending like prose. */
export function isTitleLike(text: string, lineCount = 1): boolean {
  const n = text.length;
  if (lineCount > 3 || n < 3 || n > MAX_TITLE || !hasLetter(text)) return false;
  if (wordCount(text) > 45) return false;
  const last = lastMark(text);
  if (last === ',' || last === ';' || last === ':') return false;
  if (last === '.') {
    // "Title." occurs in lists: a short line with no sentence break inside may still be a title
    if (wordCount(text) > 25 || sentenceBreaks(text, 1) > 0) return false;
  }
  return sentenceBreaks(text, 2) < 2;
}

/** Prose long enough to be an abstract. */
export function isAbstractLike(text: string, lineCount = 1): boolean {
  const n = text.length;
  if (n < 40 || !hasLetter(text)) return false;
  const last = lastMark(text);
  if (last === '.' && n >= 100) return true;
  // prose that ends with an address (`… code is at https://…`) ends like a sentence
  if (n >= 100 && text.lastIndexOf('://') > text.lastIndexOf(' ') && sentenceBreaks(text, 1) > 0) return true;
  if ((last === '?' || last === '!') && n >= 150) return true;
  if (n >= 250) return true;
  if (lineCount >= 3 && n >= 150) return true;
  return sentenceBreaks(text, 2) >= 2;
}

/** A line that is long on its own: one block of a browser paste (not a hard-wrapped line). */
function isLongLine(s: string): boolean {
  return s.length >= 200 || (s.length >= 100 && lastMark(s) === '.');
}

/** More than half of the words of four letters or more start with a capital: `Attention Is All You Need`. */
function isTitleCase(s: string): boolean {
  let long = 0;
  let caps = 0;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s[i] === ' ') {
      if (i - start >= 4) {
        long++;
        const ch = s[start]!;
        if (ch !== ch.toLowerCase()) caps++;
      }
      start = i + 1;
    }
  }
  return long > 0 && caps * 2 > long;
}

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'bin', 'al', 'el', 'y', 'zu', 'ten', 'ter', 'st', 'mac']);
const ORG_WORDS = [
  'university', 'universit', 'institute', 'institut', 'laborator', ' lab', 'research', 'college', 'school', 'inc.', 'corp',
  'google', 'microsoft', 'meta ', 'deepmind', 'openai', 'nvidia', 'academy', 'center', 'centre', 'department', 'dept',
  'hospital', 'foundation', 'ltd', 'gmbh', 'polytechnic', ' eth ', ' mit ', 'epfl', 'inria', 'max planck', 'alibaba', 'tencent', 'baidu',
];

/** Strips superscript marks after a name: `Vaswani1*`, `Shazeer†`, `Li^{2}`. */
function cleanName(raw: string): string {
  let s = raw.trim();
  // a count of hidden names before the last one: `+6 authors Illia Polosukhin`, `+ 3 more`
  if (s[0] === '+') {
    let i = 1;
    while (s[i] === ' ') i++;
    const d = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i > d) {
      const rest = s.slice(i).trimStart();
      for (const w of ['authors', 'author', 'more', 'others']) if (rest.toLowerCase().startsWith(w) && (rest.length === w.length || rest[w.length] === ' ')) s = rest.slice(w.length).trim();
    }
  }
  let b = s.length;
  while (b > 0 && '0123456789*†‡§¶#^{},'.includes(s[b - 1]!)) b--;
  s = s.slice(0, b).trim();
  // affiliation marks before a name, as a copied page flattens superscripts (`1 Anj Simmons`)
  let a = 0;
  while (a < s.length && ((s.charCodeAt(a) >= 48 && s.charCodeAt(a) <= 57) || s[a] === ' ' || s[a] === '*' || s[a] === '†')) a++;
  if (a > 0 && a < s.length && s[a - 1] === ' ') s = s.slice(a);
  if (s.startsWith('and ')) s = s.slice(4);
  return s.trim();
}

/** Splits an author line into names (`,`, `;`, `·`, `•`, `|`, `and`, `&`). */
export function splitAuthors(text: string): string[] {
  const names: string[] = [];
  let from = 0;
  const push = (to: number) => {
    const n = cleanName(text.slice(from, to));
    if (n) names.push(n);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ',' || ch === ';' || ch === '·' || ch === '•' || ch === '|' || ch === '&') {
      push(i);
      from = i + 1;
    } else if (ch === ' ' && text.startsWith(' and ', i)) {
      push(i);
      i += 4;
      from = i + 1;
    }
  }
  push(text.length);
  return names;
}

function isNameToken(t: string): boolean {
  if (PARTICLES.has(t.toLowerCase())) return true;
  const ch = t[0]!;
  if (ch === ch.toLowerCase()) return false;
  // an upper-case first letter; names hold letters, dots, hyphens, apostrophes
  for (let i = 1; i < t.length; i++) {
    const c = t[i]!;
    if (c >= '0' && c <= '9') return false;
    if (c === ':' || c === '(' || c === ')' || c === '/' || c === '=') return false;
  }
  return true;
}

/** One name: one to six tokens, each capitalised or a particle (`Jean-Pierre de la Fontaine`, `J. Smith`). */
function isName(n: string, single: boolean): boolean {
  if (n === 'et al.' || n === 'et al') return true;
  const tokens = n.split(' ').filter(Boolean);
  if (tokens.length === 0 || tokens.length > 6 || n.length > 60) return false;
  if (tokens.length === 1 && !single) return true; // counted, but a line of one-word "names" is rejected below
  return tokens.every(isNameToken);
}

/** An author line: at least two names (or one name when `single`), most of two words or more. */
export function isAuthorLine(line: string, single = false): boolean {
  const text = authorText(line);
  // a labelled line may hold one name
  if (text !== line) single = true;
  if (text.length < 3 || text.length > 1500 || sentenceBreaks(text, 2, true) >= 2) return false;
  const last = lastMark(text);
  if (last === '?' || last === '!' || last === ':') return false;
  const names = splitAuthors(last === '.' && !text.endsWith('al.') ? text.slice(0, -1) : text);
  if (names.length === 0) return false;
  if (names.length === 1) {
    const tokens = wordCount(names[0]!);
    return single && tokens >= 2 && tokens <= 4 && isName(names[0]!, true);
  }
  let ok = 0;
  let multi = 0;
  for (const n of names) {
    if (isName(n, false)) ok++;
    if (n.indexOf(' ') > 0) multi++;
  }
  return ok >= names.length * 0.8 && multi >= names.length * 0.7;
}

/** An affiliation line: names an organisation, no sentence. */
function isAffiliationLine(text: string): boolean {
  if (text.length > 600 || lastMark(text) === '.' && sentenceBreaks(text, 1) > 0) return false;
  const low = ` ${text.toLowerCase()} `;
  return ORG_WORDS.some((w) => low.includes(w));
}

/** `Abstract:`, `Abstract.`, `Abstract —`, `Summary:` at the start of an abstract. */
function stripLabel(text: string, labels: readonly string[]): string {
  const low = text.slice(0, 16).toLowerCase();
  for (const label of labels) {
    if (low.startsWith(label)) {
      let i = label.length;
      while (i < text.length && ' :.—–-'.includes(text[i]!)) i++;
      if (i > label.length || i === text.length) return text.slice(i);
    }
  }
  return text;
}

const ABSTRACT_LABELS = ['abstract', 'summary', 'tl;dr', 'tldr'];
const TITLE_LABELS = ['title'];

function makeUnit(lines: Line[], before: Furniture[], glued: boolean): Unit {
  return {
    lines,
    text: fold(lines.map(lineText).join(' ')),
    start: lines[0]!.start,
    end: lines[lines.length - 1]!.end,
    before,
    glued,
  };
}

/**
 * Splits a paragraph into units. A paste that puts one block a line (a title
 * line, then a one-line abstract) becomes one unit per title run and per long
 * line; a hard-wrapped paragraph stays whole, except for a title line on top.
 */
function splitParagraph(lines: Line[], before: Furniture[], glued: boolean, out: Unit[]): void {
  if (lines.length === 1) {
    out.push(makeUnit(lines, before, glued));
    return;
  }
  const texts = lines.map((l) => fold(lineText(l)));
  const long = texts.map(isLongLine);
  const blockPerLine = long.some(Boolean) && texts.every((t, i) => long[i] || isTitleLike(t));
  if (blockPerLine) {
    // one unit a line, so the pairing below tells titles, author lines and abstracts apart
    for (let i = 0; i < lines.length; i++) out.push(makeUnit(lines.slice(i, i + 1), i === 0 ? before : [], i === 0 ? glued : true));
    return;
  }
  if (!long.some(Boolean) && lines.length <= 8) {
    // short lines (a title, its author line, an affiliation line): author lines and the lines after them
    // are units of their own; other runs stay together (a title wrapped over two lines)
    let cut = -1;
    for (let i = 1; i < lines.length && cut < 0; i++) if (isAuthorLine(texts[i]!)) cut = i;
    // the last line one name and a comma, the list going on after a blank line (`Sheng Wong,` / blank / ` 1 Anj Simmons, …`)
    const lastLine = texts[lines.length - 1]!;
    if (cut < 0 && lines.length >= 2 && lastMark(lastLine) === ',' && isAuthorLine(lastLine, true)) cut = lines.length - 1;
    // one author written with an initial on the last line (`C. Doe`): a wrapped title's last line has none
    const lastText = texts[lines.length - 1]!;
    if (cut < 0 && hasInitial(lastText) && isAuthorLine(lastText, true)) cut = lines.length - 1;
    if (cut > 0) {
      out.push(makeUnit(lines.slice(0, cut), before, glued));
      for (let i = cut; i < lines.length; i++) out.push(makeUnit(lines.slice(i, i + 1), [], true));
      return;
    }
  }
  // A hard-wrapped paragraph. Its first line is a title when it reads like one and the next lines do not
  // continue it: two lines of which the second is much longer, or a Title Case line over wrapped prose.
  // a title wrapped over two lines, its second line short, over hard-wrapped prose with no blank line between
  if (lines.length >= 5 && texts[1]!.length < 40 && wordCount(texts[1]!) <= 6 && lastMark(texts[0]!) !== '.' && lastMark(texts[1]!) !== '.' &&
      texts[0]!.length > texts[1]!.length && !isAuthorLine(texts[1]!) && !isAuthorLine(texts[1]!, true) && !fieldLabel(texts[2]!) && !classifyFurniture(texts[2]!) &&
      isTitleLike(`${texts[0]} ${texts[1]}`, 2) && brokenEarly(texts.slice(1)) && isAbstractLike(texts.slice(2).join(' '), lines.length - 2)) {
    out.push(makeUnit(lines.slice(0, 2), before, glued));
    out.push(makeUnit(lines.slice(2), [], true));
    return;
  }
  const rest = texts.slice(1).join(' ');
  const first = texts[0]!;
  if (isTitleLike(first) && isAbstractLike(rest, lines.length - 1)) {
    const l1 = first.length;
    const l2 = texts[1]!.length;
    const differs = lines.length >= 3 ? Math.abs(l1 - l2) > 0.3 * Math.max(l1, l2) : l2 >= 2 * l1;
    if ((differs || isTitleCase(first) || brokenEarly(texts)) && lastMark(first) !== '.') {
      out.push(makeUnit(lines.slice(0, 1), before, glued));
      // an author line between the title and the prose
      if (lines.length >= 3 && isAuthorLine(texts[1]!) && isAbstractLike(texts.slice(2).join(' '), lines.length - 2)) {
        out.push(makeUnit(lines.slice(1, 2), [], true));
        out.push(makeUnit(lines.slice(2), [], true));
      } else out.push(makeUnit(lines.slice(1), [], true));
      return;
    }
  }
  out.push(makeUnit(lines, before, glued));
}

/** Words that open an abstract's first sentence and never stand capitalised inside one. */
const SENTENCE_OPENERS = new Set(['We', 'The', 'In', 'This', 'Our', 'Recent', 'Recently', 'Although', 'While', 'Despite', 'Existing', 'Current', 'Currently']);

/**
 * The first line of a hard-wrapped paragraph ends before the wrap width: the next line's first word would
 * have fit on it, or it is well over the wrap width, so the line break is the writer's (a title over its
 * abstract, no blank line between).
 * The wrap width is the longest of the lines after the first but the last (four lines or more).
 */
function brokenEarly(texts: string[]): boolean {
  if (texts.length < 4) return false;
  let width = 0;
  for (let i = 1; i < texts.length - 1; i++) width = Math.max(width, texts[i]!.length);
  const second = texts[1]!;
  const sp = second.indexOf(' ');
  const word = sp < 0 ? second.length : sp;
  if (width < 50 || sentenceBreaks(texts[0]!, 1) > 0 || !isLetterOrDigit(texts[0]![0]!)) return false;
  // wrapped prose fills its lines: most lines in the middle come near the width (code or a list does not)
  let full = 0;
  for (let i = 1; i < texts.length - 1; i++) if (texts[i]!.length >= width - 15) full++;
  if (full * 3 < (texts.length - 2) * 2) return false;
  const l1 = texts[0]!.length;
  // a first line longer than the wrap width was not wrapped with the rest either
  if (l1 + 1 + word + 4 <= width || l1 > width + 8) return true;
  // a line as long as the width over a line that opens with a sentence's first word (`We consider …`)
  return l1 >= width - 4 && SENTENCE_OPENERS.has(second.slice(0, word));
}

/** The buttons over an HF paper page's `Community` section. */
const PAPER_PAGE_BUTTONS = new Set(['view arxiv page', 'view pdf', 'add to collection', 'project page', 'github']);

/** Scans the lines once: furniture is set aside, the rest grouped into units. */
function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let para: Line[] = [];
  let before: Furniture[] = [];
  let glued = false;
  let userNext = false;
  let sawBlank = true;
  let labelled: Unit['label'];
  let commaRun = false;
  let inNames = false;
  const close = () => {
    if (para.length) {
      if (labelled) units.push({ ...makeUnit(para, before, glued), label: labelled });
      else splitParagraph(para, before, glued, units);
      para = [];
      before = [];
    }
    labelled = undefined;
  };
  const all = splitLines(text);
  let comments = false;
  let paperButtons = 0;
  let nextLabel: Unit['label'];
  for (let li = 0; li < all.length; li++) {
    const line = all[li]!;
    const t = lineText(line);
    // an e-mail signature ("-- ") ends the text
    if (t === '-- ' || t === '--') {
      close();
      break;
    }
    // an HF paper page's `Community` section (comments, recommended papers, "citing this paper" cards)
    // runs to the next paper page (`arxiv:ID` over its title) or the end
    if (comments) {
      if (!arxivTagLine(t)) continue;
      comments = false;
    }
    if (!isBlank(t)) {
      const low = t.trim().toLowerCase();
      if (low === 'community' && paperButtons > 0) {
        close();
        comments = true;
        paperButtons = 0;
        continue;
      }
      paperButtons = PAPER_PAGE_BUTTONS.has(low) ? 8 : Math.max(0, paperButtons - 1);
    }
    if (isBlank(t)) {
      close();
      commaRun = inNames = false;
      sawBlank = true;
      continue;
    }
    // a name list drawn one name a line with the commas on lines of their own (an HF paper page:
    // `Yu Bai` / `,` / `Fan Chen`): the names are one author line, apart from the lines above them
    const tt = t.trim();
    const low = tt.toLowerCase();
    // `Authors: Jane Doe, John Roe` under a title: the names are a unit of their own, without the label
    const named = authorLabelValue(t);
    if (named) {
      close();
      glued = !sawBlank && units.length > 0;
      para.push({ text: named.names, start: line.start + named.at, end: line.end });
      close();
      sawBlank = false;
      continue;
    }
    if (low === 'authors:' || low === 'author:' || low === 'authors') {
      // a bare label over a name list drawn below it
      close();
      before.push({ kind: 'field' });
      sawBlank = false;
      continue;
    }
    if ((tt === ',' || tt === ';') && para.length && !labelled) {
      const last = para[para.length - 1]!;
      if (!inNames && para.length > 1) {
        para.pop();
        close();
        para.push(last);
        glued = true;
      }
      para[para.length - 1] = { ...last, text: lineText(last).trimEnd() + ',' };
      commaRun = true;
      inNames = true;
      sawBlank = false;
      continue;
    }
    if (inNames && !commaRun) {
      // the last name: the run ends, the next line starts a unit of its own
      inNames = false;
      close();
    }
    if (commaRun) {
      commaRun = false;
      if (para.length && !isBlank(t) && isAuthorLine(fold(t), true)) {
        para.push(line);
        sawBlank = false;
        continue;
      }
    }
    if (userNext) {
      userNext = false;
      if (isUserNameLine(t)) {
        close();
        before.push({ kind: 'submitted' });
        continue;
      }
    }
    // the end of a markdown link whose `[` stood lines above (`[\n\n4 authors](https://…)`): its label is the line
    const label = linkTail(t);
    if (label !== undefined) {
      const lf = classifyFurniture(label);
      if (lf || !label.trim()) {
        close();
        before.push(lf ?? { kind: 'field' });
        sawBlank = false;
        continue;
      }
    }
    let field = fieldLabel(t);
    if (field === 'link' && para.length) {
      // inside a paragraph an address is written in its text (`… code is at\nhttps://…`); only a labelled
      // line after a finished sentence (`Read the paper: https://…`) stands apart
      const prev = fold(lineText(para[para.length - 1]!));
      const end = lastMark(prev);
      // a labelled address under a one-line title (`Title` / `Paper: https://…`) stands apart too
      const underTitle = !isLoneUrl(t.trim()) && para.length === 1 && isTitleLike(prev) && wordCount(prev) >= 3;
      // a lone address under a finished paragraph of prose (an abstract, then the page's address): the entry's link
      const afterProse = isLoneUrl(t.trim()) && (end === '.' || end === '!' || end === '?') && isLongLine(prev);
      if (!underTitle && !afterProse && (isLoneUrl(t.trim()) || !(end === '.' || end === '!' || end === '?'))) field = undefined;
    }
    if (field === 'link') {
      // an address on its own line or after a short label: a resource of the entry around it
      const u = lineUrl(t);
      close();
      // navigation (log-in, profiles, listing pages, comment anchors) is set aside without a link
      before.push(u && !isNavigationUrl(u.url) ? { kind: 'field', urls: [{ url: u.url, start: line.start + u.start, end: line.start + u.end }] } : { kind: 'field' });
      sawBlank = false;
      continue;
    }
    if (field === 'meta') {
      // a metadata field of a record: set aside, like furniture, without parting a title from its text
      close();
      before.push({ kind: 'field' });
      sawBlank = false;
      continue;
    }
    if (field) {
      // `Abstract: …` / `TL;DR: …`: one unit, to the next field or blank line
      close();
      labelled = field;
      if (!para.length) glued = !sawBlank && units.length > 0;
      para.push(line);
      sawBlank = false;
      continue;
    }
    // `AI-generated summary` over a short summary on an HF paper page: the paragraph under it is a summary
    if (low === 'ai-generated summary' || low === 'ai generated summary') {
      close();
      before.push({ kind: 'line' });
      nextLabel = 'summary';
      sawBlank = false;
      continue;
    }
    const tag = arxivTagLine(t);
    let f: Furniture | undefined = tag ? { kind: 'buttons', arxivId: tag } : classifyFurniture(t);
    // the last word of a title wrapped over two lines may be a menu word (`… Consistency` / `Models`)
    if (f && !tag && isWrappedTitleEnd(t, para, labelled !== undefined, all[li + 1])) f = undefined;
    if (f) {
      // a card's title line over its organisation (`OpenAI`), then `· 4 authors` or `·`: the short
      // line is the card's, not the rest of a wrapped title
      if ((f.kind === 'authors' || f.separator) && para.length === 2 && isOrgLine(fold(lineText(para[1]!))) && isTitleLike(fold(lineText(para[0]!)))) {
        para.pop();
        close();
        before.push({ kind: 'field' });
      }
      close();
      before.push(f);
      if (f.kind === 'submitted' && f.userFollows) userNext = true;
      sawBlank = false;
      continue;
    }
    if (!para.length) {
      glued = !sawBlank && units.length > 0;
      if (nextLabel) labelled = nextLabel;
    }
    nextLabel = undefined;
    para.push(line);
    sawBlank = false;
  }
  close();
  // furniture after the last unit (the last card's row, a link line): an empty unit carries it
  if (before.length) units.push({ lines: [], text: '', start: text.length, end: text.length, before, glued: false });
  return units;
}

/**
 * A one-word line that ends a title wrapped over two lines: under a title-like line of three words or
 * more that does not end a sentence, with a blank line, a long line or the end after it. A menu is a column of
 * such words, never one word under a title.
 */
function isWrappedTitleEnd(t: string, para: Line[], labelled: boolean, next: Line | undefined): boolean {
  const w = t.trim();
  if (labelled || para.length === 0 || para.length > 2 || w.length < 2 || w.indexOf(' ') >= 0) return false;
  // a blank line or prose after it (the abstract with no blank line between); a menu's next word is short
  if (next !== undefined && !isBlank(next.text) && fold(next.text).length < 60) return false;
  if (!TITLE_END_WORDS.has(w.toLowerCase())) return false;
  const prev = fold(lineText(para[para.length - 1]!));
  const end = lastMark(prev);
  if (end === '.' || end === '!' || end === '?' || end === ':' || end === ';' || end === ',') return false;
  if (wordCount(prev) < 3 || !isTitleLike(prev) || classifyFurniture(prev)) return false;
  return isTitleLike(fold(para.map(lineText).join(' ') + ' ' + w), para.length + 1);
}

/** Menu and button words that also end titles (`… Language Models`, `… Benchmark Datasets`); labels such as `Abstract` never do. */
const TITLE_END_WORDS = new Set([
  'models', 'model', 'datasets', 'dataset', 'data', 'spaces', 'space', 'collections', 'collection', 'papers', 'paper', 'review', 'reviews',
  'links', 'link', 'search', 'posts', 'docs', 'code', 'video', 'slides', 'poster', 'weights', 'library', 'feed', 'alerts', 'demo',
  'trending', 'daily', 'weekly', 'monthly', 'home', 'highlight', 'spotlight', 'oral', 'community', 'citation', 'citations', 'details', 'more', 'less',
]);

/** Furniture that shows a paper's card: an author count, `Submitted by`, a dated meta row (`· 7 authors · Mar 13`). */
function isCardFurniture(f: Furniture): boolean {
  return f.kind === 'authors' || f.kind === 'submitted' || (f.kind === 'meta' && f.date !== undefined);
}

interface Pending {
  title: Unit;
  authors?: string[];
  affiliations?: string[];
  date?: PaperDate;
  arxivId?: string;
  /** Resource links of field lines (`Code: https://…`) between the title and the abstract. */
  links?: EntryLink[];
  /** Card furniture or an author line was seen after the title: a title-only entry is still a paper. */
  evidence: boolean;
  end: number;
  /** Index of the title's unit, and of the last unit read into the entry. */
  index: number;
  lastIndex: number;
  /** The author line read last ended with a comma: the list goes on in the next unit. */
  authorsOpen?: boolean;
}

/**
 * Segments plain text into title/abstract entries (the engine of the `generic`
 * and `hf-text` readers). A date line above the entries (an HF daily page's
 * date) applies to the entries that show none. Never throws; linear in the input.
 */
export function segmentPlainText(raw: string, ctx: ReaderContext): ReaderResult {
  const refs = sourceTaggedRefs(raw);
  if (refs) return { entries: refs };
  const note = rssNote(raw) ?? paperNote(raw);
  if (note) return { entries: [note] };
  const listed = readingList(raw);
  if (listed) return { entries: listed };
  const records = labelledRecords(raw);
  if (records) return { entries: records };
  const numbered = numberedPlainList(raw);
  if (numbered) return { entries: numbered };
  const cards = headingCards(raw);
  if (cards) return { entries: cards };
  // hard-wrapped text copied with a blank line after every line: the wrapped lines joined again (same length)
  // YAML front matter (a blog post's `title:`, `date:`, `draft:`) is the page's, never an entry: blanked, offsets kept
  const text = unwrapDoubled(blankFrontMatter(raw));
  const entries: RawEntry[] = [];
  const units = toUnits(text);
  let pending: Pending | undefined;
  let last: RawEntry | undefined;
  /** Index of the last unit read into an entry. */
  let lastUnit = -2;
  let lastHasOwnDate = false;
  let pageDate: PaperDate | undefined;
  let truncated = false;

  const skip = (u: Unit) => {
    if (wordCount(u.text) < 4) return;
    ctx.diagnose('UNCLAIMED_TEXT', `text not read as a paper: "${u.text.slice(0, 60)}${u.text.length > 60 ? '…' : ''}"`, u.start, u.end, u.text.length >= 200 ? 'warning' : 'info');
  };
  /** The last entry, when its abstract is a labelled summary (`TL;DR:`) that a labelled abstract after it replaces. */
  let fromSummary: RawEntry | undefined;
  const emit = (p: Pending, abstract: Unit | undefined, unit: number) => {
    fromSummary = undefined;
    lastUnit = unit;
    let title = withoutVotePrefix(stripLabel(p.title.text, TITLE_LABELS).replace(RE_ENUM_PREFIX, ''));
    // a heading mark, bullet or arXiv id before the title; emphasis or quotes around it
    const lead = RE_TITLE_LEAD.exec(title);
    if (lead) title = title.slice(lead[0].length);
    title = unquote(unwrapEmphasis(title));
    // `Title (https://arxiv.org/abs/ID)`: the address after the title is its link
    const tail = trailingAddress(title);
    if (tail) title = title.slice(0, tail.at).trimEnd();
    const entry: RawEntry = { title, links: p.links ?? [], start: p.title.start, end: abstract ? abstract.end : p.end };
    if (tail && !entry.links.some((l) => l.url === tail.url)) entry.links = [...entry.links, { url: tail.url, origin: 'links' }];
    if (lead?.[1] && !p.arxivId) {
      entry.arxivId = lead[1];
      if (lead[2]) entry.arxivVersion = +lead[2];
    }
    // a title written as one markdown link (a setext heading's text): `[Title](https://…/papers/ID)`
    const linked = wholeLink(title);
    if (linked) {
      entry.title = title = linked.label;
      if (!entry.links.some((l) => l.url === linked.url)) entry.links = [...entry.links, { url: linked.url, origin: 'links' }];
    }
    if (p.arxivId) entry.arxivId = p.arxivId;
    if (abstract) {
      // markdown inline links and code spans in prose: their text is the abstract's, their
      // addresses the paper's links
      const plain = plainInline(stripLabel(abstract.text, ABSTRACT_LABELS));
      const a = plain.text;
      for (const url of plain.urls) if (!entry.links.some((l) => l.url === url)) entry.links.push({ url, origin: 'abstract' });
      // a generator's error object where the abstract should be is none
      if (a && !isErrorBlob(a)) entry.abstract = a;
      if (a && abstract.label === 'summary' && entry.abstract) fromSummary = entry;
    }
    if (p.authors?.length) entry.authors = p.authors;
    if (p.affiliations?.length) entry.affiliations = p.affiliations;
    const date = p.date ?? pageDate;
    if (date) entry.date = date;
    lastHasOwnDate = p.date !== undefined;
    entries.push(entry);
    last = entry;
  };
  const flush = () => {
    if (!pending) return;
    if (pending.evidence) emit(pending, undefined, pending.lastIndex);
    else skip(pending.title);
    pending = undefined;
  };

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // furniture since the previous unit: a date goes to the entry whose card shows it (after `·`, a count,
    // "Published on"), else it is the page's date; card furniture after a title makes it a paper on its own
    let card = false;
    let separated = false;
    // a run of menu lines, buttons and counts between a title and the card furniture after it parts
    // them: the card (`Submitted by`, `3 authors`) is the next paper's, the title a page heading
    if (pending) {
      let filler = 0;
      for (const f of u.before) {
        if (isCardFurniture(f)) break;
        if (f.kind === 'buttons' || f.kind === 'count' || f.kind === 'line') filler++;
      }
      if (filler >= 3) flush();
    }
    for (const f of u.before) {
      if (f.separator) {
        // "OCC" / "·" / "May 29" under an abstract: the short line was the card's organisation, not a title
        if (pending && !pending.authors && pending.index === lastUnit + 1) pending = undefined;
        separated = true;
      }
      if (f.date) {
        if (pending) pending.date ??= f.date;
        else if (last && !lastHasOwnDate && (card || separated || f.kind === 'meta')) {
          last.date = f.date;
          lastHasOwnDate = true;
        } else pageDate = f.date;
      }
      if (isCardFurniture(f)) card = true;
    }
    if (pending && card) pending.evidence = true;
    // ids and addresses the furniture shows: the open entry's, else the last one's (a link line under an abstract)
    let idAbove: string | undefined;
    for (const f of u.before) {
      if (f.arxivId) {
        if (pending) pending.arxivId ??= f.arxivId;
        else if (last && !last.arxivId && lastUnit >= i - 1) last.arxivId = f.arxivId;
        else idAbove ??= f.arxivId;
      }
      if (f.urls) {
        const links = f.urls.map((x): EntryLink => ({ url: x.url, origin: 'links', start: x.start, end: x.end }));
        if (pending) (pending.links ??= []).push(...links);
        else if (last && lastUnit >= i - 1) {
          last.links.push(...links);
          for (const l of links) if (l.end !== undefined && l.end > last.end) last.end = l.end;
        }
      }
    }
    // a title and its abstract stand close: a run of buttons, counts and menu lines between them parts them
    if (pending && !card && u.before.length >= 3) {
      let filler = 0;
      for (const f of u.before) if (f.kind === 'buttons' || f.kind === 'count' || f.kind === 'line') filler++;
      if (filler >= 3) flush();
    }

    const n = u.lines.length;
    // a labelled field after the entry it belongs to: the abstract replaces a summary shown first
    // (`TL;DR:` then `Abstract:`), a summary after the abstract is kept as the summary
    if (!pending && u.label && last && lastUnit >= i - 1) {
      const t = stripLabel(u.text, ABSTRACT_LABELS);
      if (t && u.label === 'abstract' && fromSummary === last) {
        last.summary = last.abstract;
        last.abstract = t;
        fromSummary = undefined;
      } else if (t && u.label === 'summary' && last.abstract && !last.summary) last.summary = t;
      else {
        skip(u);
        continue;
      }
      last.end = Math.max(last.end, u.end);
      lastUnit = i;
      continue;
    }
    // the abstract under a summary shown first (`AI-generated summary` then the abstract, unlabelled)
    if (!pending && !u.label && last && fromSummary === last && lastUnit === i - 1 && isAbstractLike(u.text, n) && !isTitleLike(u.text, n)) {
      last.summary = last.abstract;
      last.abstract = u.text;
      fromSummary = undefined;
      last.end = Math.max(last.end, u.end);
      lastUnit = i;
      continue;
    }
    // a card's organisation in a paragraph of its own between the title and the card's row (`OpenAI` over
    // `· 4 authors`): the title stays open, the name is not a title
    if (pending && !pending.authors && n === 1 && !u.label && pending.index === i - 1 && isOrgLine(u.text) && !isAuthorLine(u.text)) {
      const nb = units[i + 1];
      if (nb && nb.before.length && (nb.before[0]!.kind === 'authors' || nb.before[0]!.separator === true)) continue;
    }
    // a byline under a markdown heading title, over the abstract (`### Title` / `Allen Institute for AI` /
    // the abstract): the heading is the title; the line is kept when it names the authors
    if (pending && !pending.authors && n === 1 && !u.label && pending.index === i - 1 && isHeadingLine(pending.title.text) && !isAuthorLine(u.text) && isBylineLike(u.text)) {
      const nb = units[i + 1];
      if (nb && !nb.label && isAbstractLike(nb.text, nb.lines.length) && (nb.text.length >= 120 || !isTitleLike(nb.text, nb.lines.length))) {
        pending.end = u.end;
        continue;
      }
    }
    if (pending) {
      if ((isAbstractLike(u.text, n) || (u.label && u.text.length >= 30)) && !isAuthorLine(u.text)) {
        emit(pending, u, i);
        pending = undefined;
        continue;
      }
      if (!pending.authors && (isAuthorLine(u.text) || (isAuthorLine(u.text, true) && units[i + 1] !== undefined && isAbstractLike(units[i + 1]!.text, units[i + 1]!.lines.length)))) {
        pending.authors = splitAuthors(authorText(u.text)).filter((a) => a !== 'et al.' && a !== 'et al');
        pending.evidence = true;
        pending.end = u.end;
        pending.lastIndex = i;
        pending.authorsOpen = lastMark(u.text) === ',';
        continue;
      }
      // the rest of an author list that ended with a comma, after a blank line
      if (pending.authors && pending.authorsOpen && pending.lastIndex === i - 1 && isAuthorLine(u.text)) {
        pending.authors.push(...splitAuthors(authorText(u.text)).filter((a) => a !== 'et al.' && a !== 'et al'));
        pending.end = u.end;
        pending.lastIndex = i;
        pending.authorsOpen = lastMark(u.text) === ',';
        continue;
      }
      const next = units[i + 1];
      if (pending.authors && !pending.affiliations && u.text.length <= 300 && (isAffiliationLine(u.text) || (next !== undefined && next.before.every((f) => f.kind !== 'date') && (isAbstractLike(next.text, next.lines.length) || next.label !== undefined)))) {
        pending.affiliations = splitAuthors(u.text);
        pending.end = u.end;
        pending.lastIndex = i;
        continue;
      }
      flush();
    }
    if (isTitleLike(u.text, n) && !isBulletList(u)) {
      // a title that names its paper's arXiv address (`Title (https://arxiv.org/abs/ID)`) is a paper even with nothing under it
      const tail = trailingAddress(u.text);
      pending = { title: u, evidence: tail !== undefined && arxivIdFromUrl(tail.url) !== undefined, end: u.end, index: i, lastIndex: i };
      // an id shown over the first title (`arxiv:2306.04637` on a paper's own page), or over the title of
      // the next page pasted after one whose id is known
      if (idAbove && (!last || (last.arxivId !== undefined && last.arxivId !== idAbove))) pending.arxivId = idAbove;
      continue;
    }
    // prose with no title: the rest of the previous abstract when that one was cut mid-sentence
    if (last?.abstract && u.glued === false && i > 0 && units[i - 1]!.end <= last.end && u.before.length === 0 && !'.!?'.includes(lastMark(last.abstract))) {
      last.abstract = `${last.abstract} ${u.text}`;
      last.end = u.end;
      lastUnit = i;
      continue;
    }
    skip(u);
  }
  flush();
  dropPreamble(entries, ctx);
  // a capture cut at its end
  const tail = text.slice(Math.max(0, text.length - 200)).toLowerCase();
  if (tail.includes('[content truncated]') || tail.includes('content truncated')) truncated = true;
  if (truncated && last) last.truncated = true;
  return truncated ? { entries, truncated } : { entries };
}

/**
 * Where most entries show an author line, entries before the first that does
 * are the page's preamble (a heading over an intro paragraph), not papers.
 */
function dropPreamble(entries: RawEntry[], ctx: ReaderContext): void {
  if (entries.length < 3) return;
  let authored = 0;
  for (const e of entries) if (e.authors?.length) authored++;
  if (authored < entries.length * 0.75) return;
  let k = 0;
  while (k < entries.length && !entries[k]!.authors?.length) k++;
  for (const e of entries.splice(0, k)) {
    ctx.diagnose('UNCLAIMED_TEXT', `text before the first entry with authors not read as a paper: "${e.title.slice(0, 60)}"`, e.start, e.end, 'info');
  }
}

/**
 * The fallback reader. `detect` returns a small constant so any recognised
 * format wins.
 *
 * @example
 * genericReader.read('Attention Is All You Need\n\nThe dominant sequence transduction models are based on complex recurrent networks.', ctx)
 * // { entries: [{ title: 'Attention Is All You Need', abstract: 'The dominant …', links: [], start: 0, end: … }] }
 */
export const genericReader: FeedReader = defineReader('generic', () => 0.05, (text, ctx) => {
  // a text-browser dump (`[6]Title`, `References` list): its markers set aside, its targets as links
  const dump = lynxDump(text);
  if (dump) return readLynxDump(text, ctx, dump);
  return segmentPlainText(text, ctx);
}, { maxConfidence: 0.05 });

/** `[label](https://url)` filling the whole string: its label and address. */
function wholeLink(t: string): { label: string; url: string } | undefined {
  if (t.length < 8 || t.charCodeAt(0) !== 91 /* [ */ || t.charCodeAt(t.length - 1) !== 41 /* ) */) return undefined;
  const k = t.indexOf('](');
  if (k < 2 || t.indexOf('](', k + 2) >= 0) return undefined;
  const url = t.slice(k + 2, -1);
  if (!(url.startsWith('https://') || url.startsWith('http://')) || url.includes(' ')) return undefined;
  const label = t.slice(1, k).trim();
  if (!label || label.includes('](')) return undefined;
  return { label, url };
}

/** Labels of an author line (`Authors: …`, `By : …`), without their colon. */
const AUTHOR_LABELS = ['authors', 'author', 'author(s)', 'by'];

/** Where a thesis page's byline names its supervisors (`Directed by : …`, `Supervisor: …`): no authors after it. */
const SUPERVISOR_MARKS = ['directed by', 'supervised by', 'advised by', 'supervisor', 'advisor', 'promoter'];

/**
 * The names of a byline's value: a supervisor part (`… Directed by : Macq, Benoît [UCL]`) and bracketed affiliations
 * (`[UCL]`) dropped, one inverted name (`Bary, Tim`) put in reading order.
 */
function bylineNames(v: string): string {
  let s = v;
  const low = s.toLowerCase();
  for (const m of SUPERVISOR_MARKS) {
    const k = low.indexOf(m);
    if (k > 0 && k < s.length) s = s.slice(0, k);
  }
  let out = '';
  let depth = 0;
  for (const ch of s) {
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (!depth) out += ch;
  }
  out = fold(out);
  while (out.endsWith(',') || out.endsWith(';')) out = out.slice(0, -1).trimEnd();
  const c = out.indexOf(',');
  if (c > 0 && c === out.lastIndexOf(',') && out.indexOf(';') < 0 && wordCount(out.slice(0, c)) <= 2 && wordCount(out.slice(c + 1).trim()) <= 2) {
    out = `${out.slice(c + 1).trim()} ${out.slice(0, c).trim()}`;
  }
  return out;
}

/** Where the names start in an `Authors: Jane Doe, John Roe` line (`By : Bary, Tim [UCL]` too) and the names, else undefined. */
function authorLabelValue(t: string): { at: number; names: string } | undefined {
  let i = 0;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  if (i > 3) return undefined;
  const head = t.slice(i, i + 12).toLowerCase();
  for (const l of AUTHOR_LABELS) {
    if (!head.startsWith(l)) continue;
    let k = i + l.length;
    // `By : …`: a space before the colon (French typography)
    if (t[k] === ' ' && t[k + 1] === ':') k++;
    if (t[k] !== ':') continue;
    k++;
    while (k < t.length && (t[k] === ' ' || t[k] === '\t')) k++;
    if (k >= t.length) return undefined;
    const v = t.slice(k);
    if (isAuthorLine(fold(v), true)) return { at: k, names: v };
    const names = bylineNames(v);
    return names && names !== fold(v) && isAuthorLine(names, true) ? { at: k, names } : undefined;
  }
  return undefined;
}

/** Characters trimmed from the end of a reading-list line's text before its id (`Title (`, `Title. Authors. `). */
const LIST_TRIM = ' \t.,;:([{-\u2013\u2014|';

/** An arXiv address as a line's last word (`Title - https://arxiv.org/abs/ID`), shaped like an id match. */
function arxivUrlAtEnd(t: string): { 0: string; 1: string; 2?: string; index: number } | undefined {
  const s = t.trimEnd();
  let i = s.length;
  while (i > 0 && s[i - 1] !== ' ' && s[i - 1] !== '\t') i--;
  let a = i;
  let b = s.length;
  while (a < b && '<([{'.includes(s[a]!)) a++;
  while (b > a && '>)]}.,;'.includes(s[b - 1]!)) b--;
  const url = s.slice(a, b);
  const m = url.length < 120 ? RE_ARXIV_ABS_URL.exec(url) : null;
  const id = m ? RE_ARXIV_ID_NEW.exec(m[1]!) : null;
  if (!id) return undefined;
  return id[2] ? { 0: url, 1: id[1]!, 2: id[2], index: a } : { 0: url, 1: id[1]!, index: a };
}

/**
 * A plain reading list, one paper a line with its arXiv id at the end:
 * `1. Title. Jane Doe, John Roe. arXiv:2301.00001` or `Title (arXiv:2301.00001)`.
 * Undefined unless most lines are such lines (a digest's or listing's bare
 * `arXiv:ID` lines have no title before the id).
 */
function readingList(text: string): RawEntry[] | undefined {
  const entries: RawEntry[] = [];
  let lines = 0;
  for (const line of splitLines(text)) {
    const t = lineText(line);
    if (isBlank(t)) continue;
    lines++;
    if (t.length > 600) return undefined;
    const m = RE_ARXIV_TEXT_ID.exec(t) ?? arxivUrlAtEnd(t);
    if (!m) {
      // `Surname, I. et al. (2021). Title. Venue 2021.`: a reference with no arXiv id
      const ref = authorYearRef(fold(t).replace(RE_ENUM_PREFIX, ''));
      if (ref) entries.push({ title: ref.title, links: [], start: line.start, end: line.end });
      continue;
    }
    const after = t.slice(m.index + m[0].length).trim();
    if (after.length > 40 || after.indexOf('arxiv') >= 0 || after.indexOf('arXiv') >= 0) continue;
    let before = fold(t.slice(0, m.index)).replace(RE_ENUM_PREFIX, '');
    if (before.startsWith('- ') || before.startsWith('* ') || before.startsWith('\u2022 ')) before = before.slice(2);
    let k = before.length;
    while (k > 0 && LIST_TRIM.includes(before[k - 1]!)) k--;
    before = before.slice(0, k);
    if (wordCount(before) < 2) continue;
    let title = before;
    let authors: string[] | undefined;
    const dot = before.lastIndexOf('. ');
    // `Surname, I. et al. (2024). Title.`: the title follows the year
    const ref = authorYearRef(before);
    if (ref) title = ref.title;
    else if (dot > 0) {
      const tail = before.slice(dot + 2);
      if (isAuthorLine(tail) || (isAuthorLine(tail, true) && wordCount(tail) <= 4)) {
        authors = splitAuthors(tail).filter((a) => a !== 'et al.' && a !== 'et al');
        title = before.slice(0, dot);
      }
    }
    if (!isTitleLike(title)) continue;
    const entry: RawEntry = { title, links: [], start: line.start, end: line.end, arxivId: m[1]! };
    if (m[0].indexOf('://') > 0) entry.links.push({ url: m[0], origin: 'links', start: line.start + m.index, end: line.start + m.index + m[0].length });
    if (m[2]) entry.arxivVersion = +m[2];
    if (authors?.length) entry.authors = authors;
    entries.push(entry);
  }
  return entries.length >= 2 && entries.length >= 0.6 * lines ? entries : undefined;
}

/** What a labelled record's line holds, by its label (`标题：…`, `Authors: …`, `arXiv链接：…`). */
type RecordField = 'title' | 'authors' | 'date' | 'link' | 'abstract' | 'summary';

/**
 * Field labels of a digest bot's plain records (`论文 1：` / `标题：` / `作者：` / `发布日期：` / `arXiv链接：` / `研究目的：`),
 * lower-cased, in the languages such bots write.
 */
const RECORD_LABELS = new Map<string, RecordField>([
  ...['title', 'paper title', '标题', '题目', '題目', '標題', '论文标题', '論文標題', 'タイトル', '論文タイトル', '제목', '논문 제목'].map((k) => [k, 'title'] as const),
  ...['authors', 'author', '作者', '著者', '저자'].map((k) => [k, 'authors'] as const),
  ...['published', 'date', 'publication date', '发布日期', '發布日期', '发表日期', '发布时间', '日期', '公開日', '投稿日', '게시일'].map((k) => [k, 'date'] as const),
  ...['link', 'url', 'pdf', 'arxiv link', 'arxiv url', 'paper link', '链接', '鏈接', 'arxiv链接', 'arxiv 链接', '论文链接', '原文链接', 'pdf链接', 'リンク', '링크'].map((k) => [k, 'link'] as const),
  ...['abstract', '摘要', '要約', '概要', '초록', '요약', '简介'].map((k) => [k, 'abstract'] as const),
  ...['summary', 'tl;dr', 'tldr', '研究目的', '主要发现', '主要發現', '总结', '一句话总结', '要点'].map((k) => [k, 'summary'] as const),
]);

/** A labelled record line's field and value (`**标题**：Title`, `- Authors: A, B`); undefined for any other line. */
function recordLine(t: string): { kind: RecordField; value: string } | undefined {
  let s = t.trim();
  if (s.startsWith('- ') || s.startsWith('* ')) s = s.slice(2).trimStart();
  let k = -1;
  for (let i = 0; i < s.length && i < 24; i++) {
    if (s[i] === '：' || (s[i] === ':' && (i + 1 === s.length || s[i + 1] === ' ' || s[i + 1] === '\t' || s[i + 1] === '*'))) {
      k = i;
      break;
    }
  }
  if (k < 1) return undefined;
  const kind = RECORD_LABELS.get(s.slice(0, k).split('*').join('').trim().toLowerCase());
  if (!kind) return undefined;
  let value = s.slice(k + 1).trim();
  if (value.startsWith('**')) value = value.slice(2).trimStart();
  return { kind, value };
}

/** A thematic break line (`---`, `***`, `___`). */
function isRuleLine(t: string): boolean {
  const s = t.trim();
  if (s.length < 3) return false;
  for (const ch of s) if (ch !== s[0] || (ch !== '-' && ch !== '*' && ch !== '_')) return false;
  return true;
}

/**
 * A generator's failure where its text should be (`[生成失败: API 调用失败: { "error": { "code": 400, … } }]`):
 * a JSON object with an `error` key. Never an abstract.
 */
export function isErrorBlob(text: string): boolean {
  const s = fold(text);
  const k = s.indexOf('"error"');
  if (k < 0) return false;
  const brace = s.lastIndexOf('{', k);
  return brace >= 0 && k - brace <= 4 && s.slice(k + 7, k + 10).trimStart().startsWith(':');
}

interface LabelledRecord {
  start: number;
  end: number;
  fields: { kind: RecordField; value: string }[];
}

/**
 * A digest bot's plain records: a `论文 N：` / `Paper N:` marker or a `---` rule between records, each a run of labelled
 * lines (`标题：`, `作者：`, `发布日期：`, `arXiv链接：`, `研究目的：`) whose values may run over the lines under them.
 * An entry a record with a title and an author or link field; undefined unless two records or more are such records.
 */
function labelledRecords(text: string): RawEntry[] | undefined {
  if (text.indexOf('：') < 0 && text.indexOf(': ') < 0) return undefined;
  const records: LabelledRecord[] = [];
  let cur: LabelledRecord | undefined;
  let open: { kind: RecordField; value: string } | undefined;
  const close = () => {
    if (cur && cur.fields.some((f) => f.kind === 'title')) records.push(cur);
    cur = undefined;
    open = undefined;
  };
  for (const line of splitLines(text)) {
    const t = lineText(line);
    if (isBlank(t)) {
      open = undefined;
      continue;
    }
    let bare = t.trim();
    while (bare.startsWith('#')) bare = bare.slice(1);
    bare = bare.trim();
    if (isRuleLine(t) || RE_RECORD_MARKER.test(bare)) {
      close();
      continue;
    }
    const f = recordLine(t);
    if (f) {
      if (f.kind === 'title' && cur?.fields.some((x) => x.kind === 'title')) close();
      cur ??= { start: line.start, end: line.end, fields: [] };
      cur.fields.push((open = { ...f }));
      cur.end = line.end;
      continue;
    }
    // a value running over the lines under its label (a multi-line abstract or a generator's error object)
    if (cur && open && (open.kind === 'abstract' || open.kind === 'summary')) {
      open.value += `\n${t}`;
      cur.end = line.end;
    } else if (cur) {
      // unlabelled text inside a record (a bare abstract paragraph under `Title:` / `Authors:`): the prose reader's
      return undefined;
    }
  }
  close();
  const entries: RawEntry[] = [];
  for (const rec of records) {
    const title = unquote(unwrapEmphasis(fold(rec.fields.find((f) => f.kind === 'title')!.value)));
    if (!title || !hasLetter(title)) continue;
    const entry: RawEntry = { title, links: [], start: rec.start, end: rec.end };
    const summaries: string[] = [];
    for (const f of rec.fields) {
      const v = fold(f.value);
      if (!v) continue;
      if (f.kind === 'authors' && !entry.authors) {
        const names = splitAuthors(v.split('，').join(', ').split('、').join(', ')).filter((a) => a !== 'et al.' && a !== 'et al');
        if (names.length) entry.authors = names;
      } else if (f.kind === 'date' && !entry.date) {
        const d = parseDate(v);
        if (d) entry.date = d;
      } else if (f.kind === 'link') {
        const at = v.indexOf('http');
        if (at < 0) continue;
        let end = at;
        while (end < v.length && v[end] !== ' ' && v[end] !== ')' && v[end] !== '>') end++;
        const url = v.slice(at, end);
        if (url.indexOf('://') < 0 || entry.links.some((l) => l.url === url)) continue;
        entry.links.push({ url, origin: 'links' });
        const id = arxivIdFromUrl(url);
        if (id && !entry.arxivId) {
          entry.arxivId = id.id;
          if (id.version) entry.arxivVersion = id.version;
        }
      } else if ((f.kind === 'abstract' || f.kind === 'summary') && !isErrorBlob(v)) {
        if (f.kind === 'abstract' && !entry.abstract) entry.abstract = plainInline(v).text;
        else summaries.push(plainInline(v).text);
      }
    }
    if (summaries.length) {
      if (entry.abstract) entry.summary = summaries.join(' ');
      else entry.abstract = summaries.join(' ');
    }
    entries.push(entry);
  }
  const backed = entries.filter((e) => e.authors?.length || e.links.length).length;
  return backed >= 2 && backed * 2 >= entries.length ? entries : undefined;
}

/**
 * A reference list of source-tagged lines (`[N] Title. arxiv. https://… (2026-05-28)`, see ./ref-lines.ts):
 * an entry per line, its title and its address. Undefined unless two lines or more are such lines and they
 * are half the text's lines or more (a heading, a label line besides them).
 */
function sourceTaggedRefs(text: string): RawEntry[] | undefined {
  if (text.indexOf('] ') < 0 || text.indexOf('://') < 0) return undefined;
  const entries: RawEntry[] = [];
  const byId = new Map<string, RawEntry>();
  let found = 0;
  let lines = 0;
  for (const line of splitLines(text)) {
    const t = lineText(line);
    if (isBlank(t)) continue;
    lines++;
    const lead = t.length - t.trimStart().length;
    const ref = readRefLine(t.trim());
    if (!ref) continue;
    found++;
    const s0 = t === line.text ? line.start + lead : undefined;
    const link: EntryLink = { url: ref.url, origin: 'links' };
    if (s0 !== undefined) {
      link.start = s0 + ref.urlStart;
      link.end = s0 + ref.urlEnd;
    }
    const id = arxivIdFromUrl(ref.url);
    // the same arXiv paper cited twice (its abstract page and its HTML page): one entry, both addresses
    const twin = id ? byId.get(id.id) : undefined;
    if (twin) {
      if (!twin.links.some((l) => l.url === link.url)) twin.links.push(link);
      continue;
    }
    const entry: RawEntry = { title: ref.title, links: [link], start: line.start, end: line.end };
    if (id) {
      byId.set(id.id, entry);
      entry.arxivId = id.id;
      if (id.version) entry.arxivVersion = id.version;
    }
    entries.push(entry);
  }
  return found >= 2 && found * 2 >= lines ? entries : undefined;
}

/** A YAML scalar as a note writes it: `'It''s'`, `"A \\"b\\""`, or bare. */
function yamlScalar(raw: string): string {
  const t = raw.trim();
  if (t.length >= 2 && t[0] === "'" && t[t.length - 1] === "'") return t.slice(1, -1).split("''").join("'");
  if (t.length >= 2 && t[0] === '"' && t[t.length - 1] === '"') return t.slice(1, -1).split('\\"').join('"').split('\\\\').join('\\');
  return t;
}

/**
 * Text hard-wrapped at a fixed width and copied with a blank line after every line (a terminal or PDF
 * copy pasted where each line break doubles): every line a paragraph of its own, titles and abstracts
 * cut into line-long pieces. Where a line is full (the next line's first word would not have fitted
 * after it) the blank line between them was a wrap: it becomes a plain line break, so the pieces read
 * as one wrapped paragraph. The rewrite keeps the length (offsets hold). Unchanged when the text is not
 * such a copy (lines next to each other, no common width).
 */
function unwrapDoubled(text: string): string {
  if (text.length < 400 || text.length > 4_000_000) return text;
  const lines = splitLines(text);
  const idx: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!isBlank(lines[i]!.text)) idx.push(i);
  if (idx.length < 12) return text;
  let adjacent = 0;
  let single = 0;
  for (let k = 1; k < idx.length; k++) {
    const d = idx[k]! - idx[k - 1]!;
    if (d === 1) adjacent++;
    else if (d === 2) single++;
  }
  if (adjacent * 10 > idx.length || single * 10 < idx.length * 7) return text;
  const lens = idx.map((i) => lines[i]!.text.trimEnd().length);
  const sorted = lens.slice().sort((a, b) => b - a);
  // the wrap width: nearly the longest line (a few longer ones are unbreakable words)
  const width = sorted[Math.floor(sorted.length * 0.02)]!;
  if (width < 40 || width > 200) return text;
  let full = 0;
  for (const l of lens) if (l >= width - 12 && l <= width) full++;
  if (full * 4 < idx.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k + 1 < idx.length; k++) {
    if (idx[k + 1]! - idx[k]! !== 2) continue;
    const l = lines[idx[k]!]!;
    const m = lines[idx[k + 1]!]!;
    const len = lens[k]!;
    if (len > width) continue;
    const next = m.text.trimStart();
    const sp = next.indexOf(' ');
    const word = sp < 0 ? next.length : sp;
    // a short line before a short word: a line of its own (a title, a name), unless a long word (an address) was pushed down
    if (len < width * 0.6 && word < width * 0.4) continue;
    // the next word would have fitted on this line: a break the writer made, not a wrap
    if (len + 1 + word <= width) continue;
    parts.push(text.slice(at, l.end), ' '.repeat(m.start - l.end - 1), '\n');
    at = m.start;
  }
  if (!parts.length) return text;
  parts.push(text.slice(at));
  return parts.join('');
}

/** Labels of an author field in a paper note (`**作者**: …`, `Authors: …`). */
const NOTE_AUTHOR_LABELS = ['authors', 'author', '作者', '著者', '저자'];
/** Words of a heading over a paper's abstract; one naming the original text wins over a translation. */
const NOTE_ABSTRACT_WORDS = ['abstract', '摘要', '要約', '초록'];
const NOTE_ORIGINAL_WORDS = ['原文', 'original', 'english', '英文'];

/** A note's field line (`**作者**: a, b`, `- **Authors:** a, b`): its lower-cased label and value. */
function noteField(t: string): { label: string; value: string } | undefined {
  let s = t.trim();
  if (s.startsWith('- ') || s.startsWith('* ')) s = s.slice(2).trimStart();
  if (!s.startsWith('**') && !s.startsWith('__')) return undefined;
  const a = s.indexOf(':');
  const b = s.indexOf('：');
  const k = a < 0 ? b : b < 0 ? a : Math.min(a, b);
  if (k < 0 || k > 40) return undefined;
  const label = s.slice(0, k).split('*').join('').split('_').join('').trim().toLowerCase();
  let v = k + 1;
  while (v < s.length && v < k + 3 && (s[v] === '*' || s[v] === '_')) v++;
  const value = s.slice(v).trim();
  return label && value ? { label, value } : undefined;
}

/**
 * One paper's note in markdown (a daily-arXiv site's paper page, a reading note): a `# Title` heading
 * (or a front matter `title:`), field lines under it (`**作者**: …`, an arXiv address), and a heading
 * over the abstract (`## 📄 摘要（原文）`, `## Abstract`) whose paragraph, plain or quoted, is the
 * abstract. With an abstract in translation and in the original, the original is the abstract.
 * Undefined when the text is not such a note (no title, no abstract heading, a second `#` title,
 * ids of two different papers).
 */
export function paperNote(text: string): RawEntry | undefined {
  const lines = splitLines(text.length > 200_000 ? text.slice(0, 200_000) : text);
  let title: string | undefined;
  let titleStart = 0;
  let fmTitle: string | undefined;
  let n = 0;
  // front matter
  if (lines[0] && lines[0].text.replace('\uFEFF', '').trim() === '---') {
    for (n = 1; n < lines.length && n < 80; n++) {
      const t = lines[n]!.text;
      if (t.trim() === '---') break;
      if (t.startsWith('title:')) fmTitle = yamlScalar(t.slice(6));
    }
    n++;
  }
  let authors: string[] | undefined;
  let id: string | undefined;
  let version: number | undefined;
  let abstract: string | undefined;
  let abstractRank = -1;
  /** Abstract headings seen: a page of several papers' abstracts is no one paper's note. */
  let abstractHeads = 0;
  let end = 0;
  for (; n < lines.length; n++) {
    const line = lines[n]!;
    const t = line.text.trim();
    if (!t) continue;
    if (t.startsWith('# ')) {
      if (title !== undefined) return undefined;
      title = fold(t.slice(2));
      titleStart = line.start;
      continue;
    }
    // arXiv ids the note shows (a link, an `arXiv: ID` label): all one paper's
    for (let i = t.indexOf('arxiv.org/'); i >= 0; i = t.indexOf('arxiv.org/', i + 10)) {
      const u = RE_ARXIV_PATH_ID.exec(t.slice(i + 10, i + 40));
      if (!u) continue;
      if (id !== undefined && id !== u[1]) return undefined;
      id = u[1];
      if (u[2]) version = +u[2];
    }
    if (title === undefined) continue;
    const f = noteField(t);
    if (f && !authors && NOTE_AUTHOR_LABELS.includes(f.label)) {
      const names = splitAuthors(f.value).filter((a) => a !== 'et al.' && a !== 'et al');
      if (names.length && names.every((a) => a.length <= 80)) authors = names;
      continue;
    }
    if (!t.startsWith('#')) continue;
    const head = t.toLowerCase();
    if (!NOTE_ABSTRACT_WORDS.some((w) => head.includes(w))) continue;
    if (++abstractHeads > 2) return undefined;
    const rank = NOTE_ORIGINAL_WORDS.some((w) => head.includes(w)) ? 1 : 0;
    // the section's text: its lines up to the next heading, quote marks dropped
    const para: string[] = [];
    let m = n + 1;
    for (; m < lines.length; m++) {
      const u = lines[m]!.text.trim();
      if (u.startsWith('#')) break;
      if (u) para.push(u.startsWith('>') ? u.slice(1).trim() : u);
    }
    const body = fold(para.join(' '));
    if (body.length >= 80 && rank > abstractRank) {
      abstract = body;
      abstractRank = rank;
      end = lines[m - 1]!.end;
    }
    n = m - 1;
  }
  if (title === undefined || abstract === undefined) return undefined;
  if (fmTitle && fold(fmTitle) !== title && !id) return undefined;
  if (!title || title.length > MAX_TITLE || !isTitleLike(title)) return undefined;
  const entry: RawEntry = { title, abstract, links: [], start: titleStart, end: Math.max(end, titleStart) };
  if (id) entry.arxivId = id;
  if (version !== undefined) entry.arxivVersion = version;
  if (authors) entry.authors = authors;
  return entry;
}

/**
 * A reference that starts with its authors and year (`Gao, L. et al. (2024). Scaling and evaluating sparse
 * autoencoders. arXiv:2406.04093.`): the title is the sentence after the year; `rest` is what follows it
 * (a venue). Undefined when the line is not such a reference.
 */
function authorYearRef(t: string): { title: string; rest: string } | undefined {
  const m = RE_AUTHOR_YEAR_REF.exec(t);
  if (!m) return undefined;
  const who = m[1]!;
  // the authors: names with initials or `et al.`, no sentence
  if (!(who.includes('et al') || who.includes(',') || who.includes('&')) || wordCount(who) > 40) return undefined;
  let body = m[3]!.trim();
  let k = body.length;
  while (k > 0 && LIST_TRIM.includes(body[k - 1]!)) k--;
  body = body.slice(0, k);
  // the title ends at its sentence end: `. ` (a `?` or `!` stays in the title)
  const dot = body.indexOf('. ');
  const title = (dot > 0 ? body.slice(0, dot) : body).trim();
  const rest = dot > 0 ? body.slice(dot + 2).trim() : '';
  if (!isTitleLike(title) || wordCount(title) < 2) return undefined;
  return { title, rest };
}

/**
 * One arXiv RSS item saved as a note (an RSS-to-notes bot: Obsidian, Hugo, Astro): a YAML front matter
 * block holding the item's `title:` (and often `author:`, `url:` / `source:` / `originalUrl:`, a date),
 * then a body whose text is the item's description, `arXiv:ID Announce Type: new` over `Abstract: …`,
 * sometimes under a `# Title` heading or in a `> ` quote, sometimes repeated under a later heading.
 * The front matter's title is the title; the description's paragraph is the abstract. Undefined when the
 * text is not such a note (no front matter title, no announce head, or heads of two different papers).
 */
function rssNote(text: string): RawEntry | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return undefined;
  const lines = splitLines(text.slice(0, 200_000));
  if (lines[0]!.text.replace('\uFEFF', '').trim() !== '---') return undefined;
  const fields = new Map<string, { value: string; start: number }>();
  let close = -1;
  for (let n = 1; n < lines.length && n < 80; n++) {
    const l = lines[n]!;
    if (l.text.trim() === '---') {
      close = n;
      break;
    }
    if (l.text[0] === ' ' || l.text[0] === '\t' || l.text[0] === '-') continue;
    const k = l.text.indexOf(':');
    if (k <= 0 || k > 40) continue;
    const key = l.text.slice(0, k).trim().toLowerCase();
    if (!fields.has(key)) fields.set(key, { value: yamlScalar(l.text.slice(k + 1)), start: l.start });
  }
  const titleField = fields.get('title');
  if (close < 0 || !titleField) return undefined;
  const title = fold(titleField.value);
  if (!title || title.length > MAX_TITLE) return undefined;
  // the body's announce paragraphs: every one must be this paper's
  let abstract: string | undefined;
  let id: string | undefined;
  let version: number | undefined;
  let type: RawEntry['announceType'];
  let end = lines[close]!.end;
  for (let n = close + 1; n < lines.length; n++) {
    const first = lines[n]!.text.trim();
    const head = first.startsWith('> ') ? first.slice(2).trimStart() : first;
    if (!head.startsWith('arXiv:') || !head.includes('Announce Type:')) continue;
    const para: string[] = [head];
    let m = n + 1;
    for (; m < lines.length && !isBlank(lines[m]!.text); m++) {
      const t = lines[m]!.text.trim();
      para.push(t.startsWith('>') ? t.slice(1).trim() : t);
    }
    const ann = splitAnnounce(fold(para.join(' ')));
    if (!ann) return undefined;
    const key = ann.id?.id;
    if (id !== undefined && key !== id) return undefined;
    if (abstract === undefined) {
      if (!key || !ann.abstract) return undefined;
      id = key;
      version = ann.id?.version;
      type = ann.type;
      abstract = ann.abstract;
      end = lines[m - 1]!.end;
    }
    n = m - 1;
  }
  if (abstract === undefined || id === undefined) return undefined;
  const entry: RawEntry = { title, abstract, arxivId: id, links: [], start: titleField.start, end };
  if (version !== undefined) entry.arxivVersion = version;
  if (type) entry.announceType = type;
  const author = fields.get('authors') ?? fields.get('author');
  if (author) {
    const names = splitAuthors(author.value).filter((a) => a !== 'et al.' && a !== 'et al');
    if (names.length && names.every((a) => a.length <= 80)) entry.authors = names;
  }
  for (const key of ['url', 'link', 'source', 'originalurl', 'original_url', 'source_link']) {
    const v = fields.get(key)?.value;
    if (!v) continue;
    const u = RE_ARXIV_ABS_URL.exec(v);
    if (u && u[1]!.startsWith(id) && !entry.links.some((l) => l.url === v)) entry.links.push({ url: v, origin: 'links' });
  }
  for (const key of ['published', 'publishdate', 'pubdate', 'date']) {
    const v = fields.get(key)?.value;
    const d = v ? parseDate(v) : undefined;
    if (d) {
      entry.date = d;
      break;
    }
  }
  return entry;
}
