/**
 * Page furniture: lines of a pasted page that are never a paper nor part of a
 * title or abstract ("Subscribe", "byAK and the research community", a date
 * line, an upvote count, "Submitted by …", "3 authors", "Paper  Code").
 * The word lists are data (`src/data/furniture.json`); the shapes are here.
 */
import data from '../data/furniture.json' with { type: 'json' };
import { parseDate } from '../lib/dates.js';
import { foldSpace, isLetterOrDigit } from '../lib/text.js';
import { RE_AUTHOR_COUNT, RE_COUNT_LINE, RE_GITHUB_STARS, RE_PUBLISHED_ON, RE_SUBMITTED_BY } from '../regex/hf.js';
import type { PaperDate } from '../schema/paper.js';

/** What a furniture line is; `date` lines carry the date they show. */
export type FurnitureKind =
  | 'line' // a listed line: "Subscribe", "Daily Papers", "·"
  | 'count' // an upvote, comment or star count: "117", "-", "1.2k"
  | 'authors' // an author count: "3 authors"
  | 'date' // a date line: "Mar 13", "Published on Mar 13, 2025"
  | 'submitted' // "Submitted by" (user on the next line) or "Submitted by akhaliq"
  | 'buttons' // a row of button words: "Paper  Code", "[PDF] [Code]", "GitHub 131"
  | 'meta' // a row of furniture segments: "repo/name • • 5 Apr 2023", "· 7 authors · Mar 13"
  | 'field'; // a metadata field of a record page: "Keywords: …", "Published: 16 Jan 2024"

export interface Furniture {
  kind: FurnitureKind;
  /** The date a `date` or `meta` line shows. */
  date?: PaperDate;
  /** For `submitted`: true when the user name is on the next line. */
  userFollows?: boolean;
  /** A bare `·` line: on an HF card it stands between the author or organisation block and the date. */
  separator?: boolean;
  /** An arXiv id the row shows (`Paper • 2509.04664 • …`). */
  arxivId?: string;
  /** Web addresses a field line holds (`Code: https://github.com/…`), with offsets into the line. */
  urls?: { url: string; start: number; end: number }[];
}

const LINES = new Set<string>(data.lines);
const WORDS = new Set<string>(data.words);

const SEPARATORS = '·•|';
/** Small words a row of buttons may hold once: "Save to Library". */
const GLUE = new Set(['to', 'in', 'on', 'the', 'a', 'as', 'of']);

/** Space-folded text without a BOM, a list bullet or heading marks. */
export function normalizeFurnitureLine(line: string): string {
  let s = foldSpace(line);
  // strip a list bullet or ATX heading marks
  let i = 0;
  while (i < s.length && i < 6 && s[i] === '#') i++;
  if (i > 0 && s[i] === ' ') s = s.slice(i + 1);
  else if (s.length > 2 && (s[0] === '*' || s[0] === '-' || s[0] === '+' || s[0] === '•') && s[1] === ' ') s = s.slice(2);
  return s;
}

/** A token made only of digits and number marks (`131`, `1.2k`, `1,234`, `+1`). */
function isNumberToken(t: string): boolean {
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (!(c === 44 || c === 46 || c === 43 || ((c === 107 || c === 109) && i === t.length - 1))) return false;
  }
  return digits > 0;
}

const DATE_LEADS = ['published ', 'updated ', 'submitted ', 'posted ', 'added '];

/** The id of an `arxiv:2306.04637` line (over an HF paper page's title), else undefined. */
export function arxivTagLine(line: string): string | undefined {
  const s = line.trim().toLowerCase();
  if (!s.startsWith('arxiv:') || s.length < 15 || s.length > 19 || !isArxivId(s.slice(6))) return undefined;
  const id = s.slice(6);
  const v = id.indexOf('v');
  return v > 0 ? id.slice(0, v) : id;
}

/** `2509.04664`, `2509.04664v2`, `2311.0523`: a new-style arXiv id (already lower-cased). */
function isArxivId(t: string): boolean {
  if (t.charCodeAt(4) !== 46) return false;
  let i = 0;
  for (; i < 4; i++) if (!(t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57)) return false;
  let k = 5;
  while (k < t.length && t.charCodeAt(k) >= 48 && t.charCodeAt(k) <= 57) k++;
  if (k - 5 < 4 || k - 5 > 5) return false;
  if (k === t.length) return true;
  if (t[k] !== 'v' || k + 1 === t.length) return false;
  for (let j = k + 1; j < t.length; j++) if (!(t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57)) return false;
  return true;
}

/** A token with no letter or digit (`★`, `[`, `·`, `-`, `()`). */
function isSymbolToken(t: string): boolean {
  for (const ch of t) if (isLetterOrDigit(ch)) return false;
  return true;
}

/** Strips brackets and punctuation around a token: `[pdf]` → `pdf`, `(code)` → `code`. */
function bare(t: string): string {
  let a = 0;
  let b = t.length;
  while (a < b && '[]()<>{}:,;'.includes(t[a]!)) a++;
  while (b > a && '[]()<>{}:,;'.includes(t[b - 1]!)) b--;
  return t.slice(a, b);
}

/** `facebookresearch/segment-anything`: an owner/name slug. */
function isRepoSlug(t: string): boolean {
  let slash = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 47) {
      if (slash >= 0) return false;
      slash = i;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 46 || c === 95)) return false;
  }
  return slash > 0 && slash < t.length - 1;
}

/** `cs.cv`, `stat.ml`, `q-fin.cp` (already lower-cased). */
function isCategory(t: string): boolean {
  const dot = t.indexOf('.');
  if (dot < 2 || dot > 8 || t.length - dot - 1 < 2 || t.length - dot - 1 > 3) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (i !== dot && !((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return true;
}

/** A line made only of button words, numbers and symbols (at most 8 tokens). */
function isButtonRow(s: string): boolean {
  let spaces = 0;
  for (let i = s.indexOf(' '); i >= 0 && spaces < 8; i = s.indexOf(' ', i + 1)) spaces++;
  if (spaces >= 8) return false; // more than 8 tokens, without splitting
  const tokens = s.split(' ');
  let words = 0;
  let glue = 0;
  for (const raw of tokens) {
    const t = bare(raw);
    if (!t || isSymbolToken(t) || isNumberToken(t)) continue;
    if (GLUE.has(t)) {
      glue++;
      continue;
    }
    if (!WORDS.has(t)) return false;
    words++;
  }
  // one small word between three button words ("save to library  create alert  cite"), never more
  if (glue > 1 || (glue === 1 && words < 3)) return false;
  return words > 0 || tokens.length <= 3;
}

/** True when the string holds a digit. */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Extensions of a document's file name (`.pd` is `.pdf` cut by a copy). */
const FILE_EXTENSIONS = new Set(['pdf', 'pd', 'ps', 'djvu', 'doc', 'docx', 'ppt', 'pptx', 'odt', 'epub']);

/** `Bary_10511800_2023.pdf`: a document's file name on a line of its own (a repository page's download link), one token. */
function isFileName(s: string): boolean {
  if (s.length < 5 || s.length > 120) return false;
  const dot = s.lastIndexOf('.');
  if (dot < 1 || !FILE_EXTENSIONS.has(s.slice(dot + 1))) return false;
  for (let i = 0; i < dot; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 95)) return false;
  }
  return true;
}

/**
 * One segment of a `·`/`•`/`|` separated row (case as written), classified;
 * undefined when it is not furniture. Each regex runs only where a cheap test
 * says it may match (this runs on every short line of a page).
 */
function segment(orig: string): Furniture | undefined {
  const s = orig.toLowerCase();
  if (s === '·' || s === '•' || s === '|') return { kind: 'meta', separator: true };
  if (!s || LINES.has(s)) return { kind: 'line' };
  const c = s.charCodeAt(0);
  const digit = hasDigit(s);
  if ((c === 45 || c === 0x2013 || c === 0x2014 || (c >= 48 && c <= 57)) && s.length <= 12 && RE_COUNT_LINE.test(s)) return { kind: 'count' };
  if (digit && (s.endsWith('authors') || s.endsWith('author')) && RE_AUTHOR_COUNT.test(s)) return { kind: 'authors' };
  if (c === 115 /* s */ && s.startsWith('submitted')) {
    const sub = RE_SUBMITTED_BY.exec(s);
    if (sub) return { kind: 'submitted', userFollows: !sub[1] };
  }
  if (digit && s.includes('published')) {
    const pub = RE_PUBLISHED_ON.exec(orig);
    if (pub) {
      const date = parseDate(pub[1]!);
      return date ? { kind: 'date', date } : { kind: 'line' };
    }
  }
  // "Published Sep 4", "updated 5 days ago", "Submitted 2 Oct 2024"
  for (const lead of DATE_LEADS) {
    if (s.startsWith(lead) && s.length > lead.length + 2 && s.length <= 60) {
      const rest = orig.slice(lead.length).trim();
      const low = rest.toLowerCase();
      if (low.endsWith(' ago') || low === 'yesterday' || low === 'today') return { kind: 'line' };
      const date = digit ? parseDate(rest.startsWith('on ') ? rest.slice(3) : rest) : undefined;
      if (date) return { kind: 'date', date };
    }
  }
  // an arXiv id in a card's row: "Paper • 2509.04664 • Published Sep 4 • 42"
  if (digit && s.length >= 9 && s.length <= 13 && isArxivId(s)) return { kind: 'buttons', arxivId: s.slice(0, s.indexOf('.') + 6).replace('v', '') };
  if (digit && s.length <= 40) {
    // "on Jun 8, 2023" under a "Submitted by" user on an HF paper page
    let date = parseDate(s.startsWith('on ') ? orig.trim().slice(3) : orig);
    // a comment count after the date: "Jul 24, 2024 2"
    const sp = orig.lastIndexOf(' ');
    if (!date && sp > 0 && isNumberToken(orig.slice(sp + 1))) date = parseDate(orig.slice(0, sp));
    if (date) return { kind: 'date', date };
  }
  if (digit && c === 103 /* g */ && RE_GITHUB_STARS.test(s)) return { kind: 'buttons' };
  if (s.length <= 120 && isButtonRow(s)) return { kind: 'buttons' };
  if (isRepoSlug(s) || isCategory(s)) return { kind: 'buttons' };
  if (isFileName(s)) return { kind: 'line' };
  return undefined;
}

/**
 * Classifies a line of page furniture, or returns undefined for a line that may
 * be content. The line is the plain text (markup already removed by the reader).
 *
 * @example
 * classifyFurniture('Get trending papers in your email inbox!') // { kind: 'line' }
 * classifyFurniture('Mar 13') // { kind: 'date', date: { text: 'Mar 13', month: 3, day: 13 } }
 * classifyFurniture('Score-based Generative Modeling of Graphs') // undefined
 */
export function classifyFurniture(line: string): Furniture | undefined {
  if (line.length > 1000) return undefined;
  const s = normalizeFurnitureLine(line);
  if (s.length > 200) return undefined;
  const whole = segment(s);
  if (whole) return whole;
  // a row of separated segments, each furniture: "· 7 authors · Mar 13", "repo/x • • 5 Apr 2023"
  if (s.indexOf('·') < 0 && s.indexOf('•') < 0 && s.indexOf('|') < 0) {
    // a tag row ending in a count of hidden tags: "Image Segmentation  Segmentation  +1"
    const sp = s.lastIndexOf(' ');
    if (sp > 0 && s[sp + 1] === '+' && isNumberToken(s.slice(sp + 1)) && s.length <= 120) return { kind: 'buttons' };
    return undefined;
  }
  let date: PaperDate | undefined;
  let arxivId: string | undefined;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || SEPARATORS.includes(s[i]!)) {
      const part = s.slice(start, i).trim();
      start = i + 1;
      if (!part) continue;
      const f = segment(part);
      if (!f) return undefined;
      if (f.date && !date) date = f.date;
      if (f.arxivId && !arxivId) arxivId = f.arxivId;
    }
  }
  const row: Furniture = date ? { kind: 'meta', date } : { kind: 'meta' };
  if (arxivId) row.arxivId = arxivId;
  return row;
}

/** True for a furniture line (see `classifyFurniture`). */
export function isFurnitureLine(line: string): boolean {
  return classifyFurniture(line) !== undefined;
}

/** A user name shown on the line after "Submitted by": one short token or a few words. */
export function isUserNameLine(line: string): boolean {
  const s = foldSpace(line);
  if (!s || s.length > 40) return false;
  const last = s[s.length - 1]!;
  if (last === '.' || last === '?' || last === '!' || last === ':') return false;
  let spaces = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ' ') spaces++;
  return spaces <= 2;
}
