/**
 * CSV and TSV tables of papers: a header row naming the columns (`Title`, `Abstract`,
 * `Authors`, `Url`, `Publication Year`, `DOI`, Zotero's `Abstract Note`, ...), then one
 * paper a row. Fields follow RFC 4180: quoted fields, doubled quotes inside them, line
 * breaks inside quotes. The delimiter (comma, tab or semicolon) is the one the header
 * uses most. Each row becomes a record with the header's names, folded to snake case
 * (`Abstract Note` -> `abstract_note`), and is read like a JSON record (same keys, same
 * author, date, id and link handling). One linear pass.
 */
import { defineReader } from './define.js';
import { recordToEntry } from './json.js';
import type { FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

/** A header name folded to snake case: `Abstract Note` -> `abstract_note`, `arXiv ID` -> `arxiv_id`. */
function columnKey(h: string): string {
  let out = '';
  let gap = false;
  for (const ch of h.replace('\uFEFF', '').trim().toLowerCase()) {
    const c = ch.charCodeAt(0);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 0x7f;
    if (!word) {
      gap = out.length > 0;
      continue;
    }
    if (gap) out += '_';
    gap = false;
    out += ch;
  }
  return out;
}

/** Columns that name a paper's title. */
const TITLE_COLUMNS = new Set(['title', 'paper_title', 'paper', 'name_of_paper', 'article_title']);
/** Other columns a table of papers has: any one of them, next to a title column, makes it one. */
const PAPER_COLUMNS = new Set([
  'abstract', 'abstract_note', 'summary', 'authors', 'author', 'url', 'link', 'pdf', 'pdf_url', 'doi', 'year',
  'publication_year', 'date', 'published', 'arxiv_id', 'arxiv', 'id', 'venue', 'code', 'github', 'tldr', 'categories',
]);

/** Renamed columns: the JSON reader's names for them. */
const ALIASES: Record<string, string> = { abstract_note: 'abstract', paper: 'title', name_of_paper: 'title', article_title: 'title', author: 'authors' };

interface Row {
  cells: string[];
  start: number;
  end: number;
}

/**
 * Rows of delimited text from `from`, at most `max` of them. A quoted field runs to its
 * closing quote (`""` is a quote inside it) across line breaks; a row ends at a line
 * break outside quotes. Linear in the text read.
 */
function readRows(text: string, delim: number, from = 0, max = Infinity): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let start = from;
  let i = from;
  const n = text.length;
  let quoted = false;
  let any = false;
  const endRow = (end: number) => {
    cells.push(cell);
    if (any || cells.length > 1 || cell.trim()) rows.push({ cells, start, end });
    cells = [];
    cell = '';
    any = false;
  };
  while (i < n && rows.length < max) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += text[i];
      i++;
      continue;
    }
    if (c === 34 && cell.trim() === '') {
      quoted = true;
      any = true;
      cell = '';
      i++;
      continue;
    }
    if (c === delim) {
      cells.push(cell);
      cell = '';
      any = true;
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      const end = i;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      endRow(end);
      start = i;
      continue;
    }
    cell += text[i];
    i++;
  }
  if (rows.length < max && (cell || cells.length)) endRow(n);
  return rows;
}

const DELIMITERS = [44 /* , */, 9 /* tab */, 59 /* ; */];

/** Words of a header cell (runs of characters other than white space). */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The header line: the first line that is not blank (at most 4,000 characters looked at). */
function headerLine(text: string): { line: string; start: number } | undefined {
  let s = 0;
  while (s < text.length && s < 4000) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const line = text.slice(s, Math.min(e, s + 4000));
    if (line.trim()) return { line: line.endsWith('\r') ? line.slice(0, -1) : line, start: s };
    s = e + 1;
  }
  return undefined;
}

/** The delimiter the header uses most (outside quotes), or undefined when it uses none. */
function delimiterOf(line: string): number | undefined {
  let best: number | undefined;
  let most = 0;
  for (const d of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === d && !quoted) count++;
    }
    if (count > most) {
      most = count;
      best = d;
    }
  }
  return best;
}

interface Table {
  delim: number;
  keys: string[];
  bodyStart: number;
}

function tableOf(text: string): Table | undefined {
  const head = headerLine(text);
  if (!head) return undefined;
  const first = head.line.trimStart()[0];
  if (first === '{' || first === '[' || first === '<' || first === '#') return undefined;
  const delim = delimiterOf(head.line);
  if (delim === undefined) return undefined;
  const [row] = readRows(text, delim, head.start, 1);
  if (!row || row.cells.length < 2) return undefined;
  const keys = row.cells.map(columnKey);
  // header names are short labels, not prose: at most 60 characters and 5 words, no full stop
  if (row.cells.some((c) => c.length > 60 || words(c) > 5 || c.includes('. '))) return undefined;
  if (!keys.some((k) => TITLE_COLUMNS.has(k)) || !keys.some((k) => PAPER_COLUMNS.has(k))) return undefined;
  return { delim, keys, bodyStart: row.end };
}

/**
 * `Family, Given; Family, Given` (Zotero, reference managers) as `Given Family; ...`;
 * any other author list as it is.
 */
function givenFirst(list: string): string {
  if (list.indexOf(';') < 0 && list.split(',').length !== 2) return list;
  const parts = list.split(';').map((p) => p.trim()).filter(Boolean);
  if (!parts.every((p) => p.split(',').length === 2)) return list;
  return parts.map((p) => { const [family, given] = p.split(','); return `${given!.trim()} ${family!.trim()}`; }).join('; ');
}

/** Confidence that the text is a table of papers: a header with a title column and another paper column, rows of its width. */
export function detectCsv(text: string): number {
  const t = tableOf(text);
  if (!t) return 0;
  const rows = readRows(text, t.delim, t.bodyStart, 3);
  if (rows.length === 0) return 0.3;
  const fit = rows.filter((r) => r.cells.length === t.keys.length).length;
  return fit === rows.length ? 0.9 : fit > 0 ? 0.5 : 0.1;
}

/** Reads a table of papers: one entry a row that has a title; other rows are reported. */
export function readCsv(text: string, ctx: ReaderContext): ReaderResult {
  const t = tableOf(text);
  if (!t) return { entries: [] };
  const entries: RawEntry[] = [];
  for (const r of readRows(text, t.delim, t.bodyStart)) {
    const rec: Record<string, unknown> = {};
    t.keys.forEach((k, j) => {
      const v = r.cells[j]?.trim();
      if (!k || !v) return;
      rec[ALIASES[k] ?? k] ??= v;
    });
    if (typeof rec.authors === 'string') rec.authors = givenFirst(rec.authors);
    const e = recordToEntry(rec, r.start, r.end);
    if (e) entries.push(e);
    else if (r.cells.some((c) => c.trim())) ctx.diagnose('UNCLAIMED_TEXT', `a row without a title was not read as a paper: "${r.cells.join(' ').trim().slice(0, 60)}"`, r.start, r.end, 'info');
  }
  return { entries };
}

/**
 * The CSV/TSV reader.
 *
 * @example
 * csvReader.detect('Title,Abstract\n"Attention Is All You Need","The dominant sequence ..."') // 0.9
 */
export const csvReader: FeedReader = defineReader('csv', detectCsv, readCsv, { maxConfidence: 0.9 });
