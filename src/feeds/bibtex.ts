/**
 * BibTeX / BibLaTeX files: a reading list exported from a reference manager (Zotero,
 * Mendeley, Google Scholar, arXiv's "Export BibTeX Citation"). Each `@type{key, field = value,
 * ...}` entry is a record: `title`, `abstract`, `author` (`Last, First and ...`), `year`,
 * `doi`, `url`, `journal`/`booktitle` and the arXiv id (`eprint` with `archivePrefix = {arXiv}`,
 * or `arXiv:ID` in `journal`), read like a JSON record. Values may be braced, quoted, numbers,
 * `@string` macros or month names, joined with `#`; LaTeX accents become Unicode.
 *
 * One linear pass: an entry is read up to the next `@` that starts a line, so an entry left
 * unclosed is reported and does not swallow the ones after it.
 */
import { latexToUnicode } from '../lib/latex.js';
import { foldSpace } from '../lib/text.js';
import { defineReader } from './define.js';
import { recordToEntry } from './json.js';
import type { FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

/** Entry types that are no paper. */
const SKIPPED = new Set(['comment', 'preamble', 'string']);
const MONTHS: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };
/** Sample read by detection. */
const SAMPLE = 65_536;

interface Start {
  /** Offset of the `@`. */
  at: number;
  type: string;
  /** Offset just after the opening `{` or `(`. */
  body: number;
  close: number;
}

/** The `@type{` / `@type(` that start a line (spaces before them allowed), in order. */
function entryStarts(text: string, limit = text.length): Start[] {
  const out: Start[] = [];
  for (let at = text.indexOf('@'); at >= 0 && at < limit; at = text.indexOf('@', at + 1)) {
    let b = at - 1;
    while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
    if (b >= 0 && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 13) continue;
    let k = at + 1;
    while (k < text.length && k - at < 40 && isLetter(text.charCodeAt(k))) k++;
    if (k === at + 1) continue;
    const type = text.slice(at + 1, k).toLowerCase();
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const c = text.charCodeAt(k);
    if (c !== 123 /* { */ && c !== 40 /* ( */) continue;
    out.push({ at, type, body: k + 1, close: c === 123 ? 125 : 41 });
  }
  return out;
}

/** Confidence that the text is a BibTeX file: entries that start lines, with a `title` field. */
export function detectBibtex(text: string): number {
  const end = Math.min(text.length, SAMPLE);
  const all = entryStarts(text, end);
  const starts = all.filter((s) => !SKIPPED.has(s.type));
  if (starts.length === 0) return 0;
  const sample = text.slice(starts[0]!.at, Math.min(text.length, starts[0]!.at + SAMPLE)).toLowerCase();
  let fields = 0;
  for (let i = sample.indexOf('title'); i >= 0 && fields < 3; i = sample.indexOf('title', i + 5)) {
    let k = i + 5;
    while (k < sample.length && (sample.charCodeAt(k) === 32 || sample.charCodeAt(k) === 9)) k++;
    if (sample[k] === '=' && (i === 0 || !isLetter(sample.charCodeAt(i - 1)))) fields++;
  }
  if (fields === 0) return 0.1;
  // a file of entries, not a text that quotes one (a README's citation block): the entries
  // cover most of the sample
  const macros = new Map<string, string>();
  let covered = 0;
  for (let i = 0; i < all.length; i++) covered += readBody(text, all[i]!, i + 1 < all.length ? all[i + 1]!.at : end, macros).end - all[i]!.at;
  return covered * 2 >= end ? 0.95 : 0.2;
}

/** Reads every entry with a title; `@string` macros are known to the entries after them. */
export function readBibtex(text: string, ctx: ReaderContext): ReaderResult {
  const starts = entryStarts(text);
  const macros = new Map<string, string>(Object.entries(MONTHS).map(([k, v]) => [k, v]));
  const entries: RawEntry[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const limit = i + 1 < starts.length ? starts[i + 1]!.at : text.length;
    const r = readBody(text, s, limit, macros);
    if (s.type === 'string') {
      for (const [k, v] of r.fields) macros.set(k, v);
      continue;
    }
    if (SKIPPED.has(s.type)) continue;
    if (!r.closed) ctx.diagnose('TRUNCATED_ENTRY', `The @${s.type} entry${r.key ? ` "${r.key}"` : ''} is not closed before the next entry or the end.`, s.at, r.end, 'warning');
    const entry = toRecordEntry(r.fields, s.at, r.end);
    if (entry) entries.push(entry);
    else ctx.diagnose('UNCLAIMED_TEXT', `The @${s.type} entry${r.key ? ` "${r.key}"` : ''} has no title; it was not read as a paper.`, s.at, r.end, 'info');
  }
  return { entries };
}

/** Reads `key, name = value, ...` up to the entry's closing brace (or `limit`). */
function readBody(text: string, s: Start, limit: number, macros: Map<string, string>): { key: string; fields: Map<string, string>; end: number; closed: boolean } {
  const fields = new Map<string, string>();
  let i = s.body;
  // the citation key (none for `@string`)
  let key = '';
  if (s.type !== 'string') {
    let k = i;
    while (k < limit && text.charCodeAt(k) !== 44 /* , */ && text.charCodeAt(k) !== s.close && text.charCodeAt(k) !== 61 /* = */) k++;
    if (text.charCodeAt(k) === 44) {
      key = text.slice(i, k).trim();
      i = k + 1;
    }
  }
  for (;;) {
    while (i < limit && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    if (i >= limit) return { key, fields, end: limit, closed: false };
    if (text.charCodeAt(i) === s.close) return { key, fields, end: i + 1, closed: true };
    let k = i;
    while (k < limit && isNameCode(text.charCodeAt(k))) k++;
    const name = text.slice(i, k).toLowerCase();
    while (k < limit && isSpaceCode(text.charCodeAt(k))) k++;
    if (!name || text.charCodeAt(k) !== 61 /* = */) {
      // not a field: skip to the next comma or the end of the entry
      while (k < limit && text.charCodeAt(k) !== 44 && text.charCodeAt(k) !== s.close) k++;
      i = k === i ? k + 1 : k;
      continue;
    }
    i = k + 1;
    let value = '';
    for (;;) {
      while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (c === 123 /* { */) {
        const e = balanced(text, i + 1, limit);
        value += text.slice(i + 1, e);
        i = e + 1;
      } else if (c === 34 /* " */) {
        const e = quoted(text, i + 1, limit);
        value += text.slice(i + 1, e);
        i = e + 1;
      } else {
        let e = i;
        while (e < limit && isNameCode(text.charCodeAt(e))) e++;
        const word = text.slice(i, e);
        value += macros.get(word.toLowerCase()) ?? word;
        i = e;
      }
      while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== 35 /* # */) break;
      i++;
    }
    if (name && !fields.has(name)) fields.set(name, value);
    i = Math.min(i, limit);
  }
}

/** Where the braces opened before `from` close (escaped braces do not count), or `limit`. */
function balanced(text: string, from: number, limit: number): number {
  let depth = 1;
  for (let k = from; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 92 /* \ */) k++;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return k;
  }
  return limit;
}

/** Where a quoted value ends (a `"` outside braces), or `limit`. */
function quoted(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let k = from; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 123) depth++;
    else if (c === 125) depth = Math.max(0, depth - 1);
    else if (c === 34 && depth === 0) return k;
  }
  return limit;
}

/** A field's value as text: LaTeX accents and escapes undone, braces dropped, white space folded. */
function plain(v: string): string {
  let s = latexToUnicode(v);
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    if (ch === '\\' && k + 1 < s.length && '&%$#_{}'.includes(s[k + 1]!)) {
      out += s[++k];
    } else if (ch !== '{' && ch !== '}') out += ch;
  }
  s = foldSpace(out).trim();
  return s;
}

/** `Last, First` as `First Last`; `Last, Jr, First` as `First Last Jr`; others as written. */
function givenFirst(name: string): string {
  const parts = name.split(',').map((p) => p.trim());
  if (parts.length === 2 && parts[1]) return `${parts[1]} ${parts[0]}`;
  if (parts.length === 3 && parts[2]) return `${parts[2]} ${parts[0]} ${parts[1]}`;
  return name.trim();
}

/** The `and`-separated names of an author field (outside braces), `others` left out. */
function authorsOf(v: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k <= v.length; k++) {
    const c = v.charCodeAt(k);
    if (c === 123) depth++;
    else if (c === 125) depth = Math.max(0, depth - 1);
    const atAnd = depth === 0 && isSpaceCode(c) && v.startsWith('and', k + 1) && isSpaceCode(v.charCodeAt(k + 4));
    if (k === v.length || atAnd) {
      const name = plain(v.slice(from, k));
      if (name && name.toLowerCase() !== 'others') names.push(givenFirst(name));
      if (atAnd) {
        from = k + 5;
        k += 4;
      }
    }
  }
  return names;
}

/** The fields as the record JSON readers know, then the entry. */
function toRecordEntry(fields: Map<string, string>, start: number, end: number): RawEntry | null {
  const rec: Record<string, unknown> = {};
  const get = (k: string) => {
    const v = fields.get(k);
    return v === undefined ? undefined : plain(v);
  };
  const title = get('title');
  if (!title) return null;
  rec.title = title;
  const abstract = get('abstract');
  if (abstract) rec.abstract = abstract;
  const author = fields.get('author');
  if (author) rec.authors = authorsOf(author);
  const year = get('year') ?? get('date');
  if (year) rec.date = year;
  for (const k of ['doi', 'url', 'journal', 'booktitle', 'note']) {
    const v = get(k);
    if (v) rec[k === 'note' ? 'comments' : k] = v;
  }
  // the arXiv id: `eprint` (with `archivePrefix = {arXiv}`, or shaped like one), or `arXiv:ID` in the journal
  const eprint = get('eprint');
  const prefix = (get('archiveprefix') ?? get('eprinttype') ?? '').toLowerCase();
  if (eprint && (prefix === 'arxiv' || prefix === '')) rec.arxiv_id = eprint;
  else if (typeof rec.journal === 'string') {
    const j = rec.journal.toLowerCase().indexOf('arxiv:');
    if (j >= 0) rec.arxiv_id = rec.journal.slice(j + 6).trim().split(' ')[0];
  }
  // `journal = {arXiv preprint arXiv:ID}` names no venue
  if (typeof rec.journal === 'string' && rec.journal.toLowerCase().startsWith('arxiv')) delete rec.journal;
  const cats = get('primaryclass');
  if (cats) rec.categories = [cats];
  const entry = recordToEntry(rec, start, end);
  // `year = 2025, month = jul`: the month the date has (as the field writes the year)
  const m = get('month');
  // a month name, braced or not (`month = {jul}`, `month = {July}`), or a number
  const month = m && m.length >= 3 && MONTHS[m.slice(0, 3).toLowerCase()] ? MONTHS[m.slice(0, 3).toLowerCase()] : m;
  if (entry && year && month && digits(year, 4, 4) && digits(month, 1, 2) && +month >= 1 && +month <= 12 && (!entry.date || entry.date.month === undefined)) {
    entry.date = { text: `${year}-${month.padStart(2, '0')}`, year: +year, month: +month };
  }
  return entry;
}

/** `s` is `min` to `max` digits. */
function digits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) < 48 || s.charCodeAt(k) > 57) return false;
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameCode(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 58 || c === 46 || c === 43 || c === 47;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}

/**
 * The BibTeX reader.
 *
 * @example
 * bibtexReader.detect('@article{k, title = {Attention Is All You Need}, year = {2017}}') // 0.95
 */
export const bibtexReader: FeedReader = defineReader('bibtex', detectBibtex, readBibtex, { maxConfidence: 0.95 });
