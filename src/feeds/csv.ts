/**
 * CSV and TSV tables of papers: a header row naming the columns (`Title`, `Abstract`,
 * `Authors`, `Url`, `Publication Year`, `DOI`, Zotero's `Abstract Note`, CMT's `Paper Title` /
 * `Author Names`, a conference tool's `PaperTitle,Authors (with Affiliations),AuthorNames`, ...),
 * then one paper a row. Fields follow RFC 4180: quoted fields, doubled quotes inside them, line
 * breaks inside quotes. The delimiter (comma, tab or semicolon) is the one the header uses most.
 * Each header is folded to snake case words (`Abstract Note` -> `abstract_note`, `PaperTitle` ->
 * `paper_title`) and given a role by its words (title, authors, abstract, link, DOI, arXiv,
 * date, venue, ...); each row becomes a record with the JSON reader's names for those roles and
 * is read like a JSON record (same author, date, id and link handling). Author cells lose their
 * `(affiliation)` / `[affiliation]`, `*` / `†` marks and footnote digits first. One linear pass.
 */
import { defineReader } from './define.js';
import { recordToEntry } from './json.js';
import type { FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

/** Names written in mixed case that are one word, not two (`arXiv ID` is `arxiv_id`, not `ar_xiv_id`). */
const ONE_WORD = ['arxiv', 'github', 'gitlab', 'openreview', 'openalex', 'pubmed', 'bibtex', 'latex', 'huggingface', 'youtube', 'biorxiv', 'medrxiv', 'chemrxiv'];

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A header name folded to snake case words: `Abstract Note` -> `abstract_note`, `arXiv ID` ->
 * `arxiv_id`, `PaperTitle` -> `paper_title`, `pdfURL` -> `pdf_url`, `PDFLink` -> `pdf_link`,
 * `Authors (with Affiliations)` -> `authors_with_affiliations`.
 */
export function columnKey(h: string): string {
  const s = h.split('\uFEFF').join('').trim();
  const lower = s.toLowerCase();
  // no word break inside the one-word names
  const keep = new Uint8Array(s.length);
  for (const w of ONE_WORD) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length)) keep.fill(1, i + 1, i + w.length);
  }
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lc = lower.charCodeAt(i);
    const word = isLower(lc) || isDigit(lc) || lc > 0x7f;
    if (!word) {
      gap = out.length > 0;
      continue;
    }
    if (!gap && out.length > 0 && isUpper(c) && !keep[i]) {
      const p = s.charCodeAt(i - 1);
      // `paperTitle`, `Paper2Title`: lower case or digit, then upper case; `PDFLink`: the last capital of a run before lower case
      if (isLower(p) || isDigit(p) || (isUpper(p) && isLower(s.charCodeAt(i + 1)) && isLower(s.charCodeAt(i + 2)))) gap = true;
    }
    if (gap) out += '_';
    gap = false;
    out += lower[i];
  }
  return out;
}

/** What a column holds, read from the words of its key. */
type Role = 'title' | 'authors' | 'abstract' | 'summary' | 'link' | 'doi' | 'arxiv' | 'date' | 'year' | 'venue' | 'keywords';
interface Column {
  role: Role;
  /** Lower is the better column of the role (`Title` before `Paper Title` before `Full Title`). */
  rank: number;
  /** The label of a link column (`pdf`, `code`, ...). */
  label?: string;
}

const has = (ws: readonly string[], list: readonly string[]) => ws.some((w) => list.includes(w));
const only = (ws: readonly string[], list: readonly string[]) => ws.every((w) => list.includes(w));

/** Title columns that name something else's title: the venue's, a series', a job's, a song's. */
const NOT_PAPER_TITLE = ['publication', 'journal', 'book', 'series', 'proceedings', 'conference', 'venue', 'short', 'container', 'secondary', 'job', 'position', 'album', 'song', 'track', 'movie', 'film', 'event', 'session', 'workshop', 'abbreviated', 'abbreviation', 'section', 'chapter', 'page', 'website', 'site', 'talk', 'course', 'thesis', 'slides', 'poster', 'video'];
const PAPER_TITLE_WORDS = ['title', 'paper', 'article', 'of', 'the', 'name', 'full', 'submission', 'manuscript', 'work', 'english', 's'];
const AUTHOR_WORDS = ['author', 'authors', 'creator', 'creators', 'authorship', 'authorships', 'writers'];
/** Author columns that do not hold the list of names: e-mails, ids, counts, one contact author, affiliations alone. */
const NOT_AUTHOR_LIST = ['email', 'emails', 'e', 'mail', 'mails', 'id', 'ids', 'orcid', 'orcids', 'count', 'number', 'num', 'n', 'contact', 'corresponding', 'primary', 'first', 'last', 'presenting', 'submitting', 'country', 'countries', 'url', 'urls', 'link', 'links', 'homepage', 'gender', 'type', 'position', 'keywords', 'notes', 'note', 'conflicts', 'domains', 'index'];
const AFFILIATION_WORDS = ['affiliation', 'affiliations', 'institution', 'institutions', 'organization', 'organizations', 'organisation', 'organisations', 'org', 'orgs'];
const PLAIN_AUTHOR_WORDS = [...AUTHOR_WORDS, 'name', 'names', 'list', 'full', 'all', 'paper', 's'];
const LINK_WORDS = ['url', 'urls', 'link', 'links', 'pdf', 'href', 'website', 'homepage', 'webpage', 'code', 'github', 'gitlab', 'repo', 'repository', 'project', 'openreview'];
const NOT_LINK = ['email', 'image', 'thumbnail', 'logo', 'avatar', 'photo', 'icon', 'file', 'files', 'count', 'number', 'pages', 'views'];
const NOT_DATE = ['added', 'modified', 'access', 'accessed', 'due', 'deadline', 'review', 'reviewed', 'decision', 'birth', 'created', 'edited', 'last'];
const VENUE_WORDS = ['venue', 'conference', 'journal', 'proceedings', 'booktitle', 'track', 'publication', 'published'];
const NOT_VENUE = ['abbreviation', 'abbr', 'id', 'ids', 'url', 'link', 'date', 'year', 'number', 'volume', 'issue', 'type', 'status', 'place', 'location'];

/** The role of a column by the words of its key; undefined for any other column. */
export function columnRole(key: string): Column | undefined {
  if (!key) return undefined;
  const ws = key.split('_');
  if (key === 'title') return { role: 'title', rank: 0 };
  if (has(ws, ['title', 'titles']) && !has(ws, NOT_PAPER_TITLE)) return { role: 'title', rank: only(ws, PAPER_TITLE_WORDS) ? 1 : 2 };
  if (key === 'paper' || key === 'paper_name' || key === 'name_of_paper' || key === 'article') return { role: 'title', rank: 1 };
  if (has(ws, AUTHOR_WORDS) && !has(ws, NOT_AUTHOR_LIST)) {
    if (has(ws, AFFILIATION_WORDS)) return has(ws, ['with', 'and']) ? { role: 'authors', rank: 2 } : undefined;
    return { role: 'authors', rank: only(ws, PLAIN_AUTHOR_WORDS) ? 0 : 1 };
  }
  if (has(ws, ['abstract', 'abstracts'])) return { role: 'abstract', rank: key === 'abstract' ? 0 : 1 };
  if (has(ws, ['summary', 'tldr']) || key === 'tl_dr') return { role: 'summary', rank: 0 };
  if (has(ws, ['doi'])) return { role: 'doi', rank: 0 };
  if (has(ws, ['arxiv'])) return { role: 'arxiv', rank: 0 };
  if (has(ws, LINK_WORDS) && !has(ws, NOT_LINK)) {
    const label = has(ws, ['pdf'])
      ? 'pdf'
      : has(ws, ['code', 'github', 'gitlab', 'repo', 'repository'])
        ? 'code'
        : has(ws, ['openreview'])
          ? 'openreview'
          : has(ws, ['project', 'homepage', 'website'])
            ? 'project'
            : has(ws, ['link', 'links'])
              ? 'link'
              : 'url';
    return { role: 'link', rank: 0, label };
  }
  if ((has(ws, ['date', 'dates']) || (has(ws, ['published']) && !has(ws, ['in', 'at', 'by']))) && !has(ws, NOT_DATE)) return { role: 'date', rank: key === 'date' ? 0 : 1 };
  if (has(ws, ['year']) && !has(ws, NOT_DATE)) return { role: 'year', rank: 0 };
  if (has(ws, VENUE_WORDS) && !has(ws, NOT_VENUE)) return { role: 'venue', rank: has(ws, ['track']) ? 1 : 0 };
  if (has(ws, ['keywords', 'keyword', 'tags', 'tag', 'topics', 'subject', 'subjects'])) return { role: 'keywords', rank: 0 };
  return undefined;
}

/** Other columns a table of papers has by their plain names (read as the JSON reader reads them). */
const PAPER_COLUMNS = new Set(['id', 'code', 'github', 'tldr', 'categories']);
/** Roles that only a table of papers (or of references) has next to a title. */
const STRONG_ROLES: readonly Role[] = ['authors', 'abstract', 'doi', 'arxiv'];

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
  /** The role of each column (undefined: read by its plain key). */
  roles: (Column | undefined)[];
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
  // header names are short labels, not prose: at most 60 characters and 5 words, no full stop
  if (row.cells.some((c) => c.length > 60 || words(c) > 5 || c.includes('. '))) return undefined;
  const keys = row.cells.map(columnKey);
  const roles = keys.map(columnRole);
  const titles = roles.filter((r) => r?.role === 'title').map((r) => r!.rank);
  if (!titles.length) return undefined;
  const others = roles.filter((r) => r && r.role !== 'title');
  const strong = others.some((r) => STRONG_ROLES.includes(r!.role));
  // a column named `Title` or `Paper Title` and one more paper column; a looser title column (`Full Title Of Work`) needs authors, an abstract or an id beside it
  let best = Infinity;
  for (const t of titles) if (t < best) best = t;
  const ok = best <= 1 ? others.length > 0 || keys.some((k) => PAPER_COLUMNS.has(k)) : strong;
  return ok ? { delim, keys, roles, bodyStart: row.end } : undefined;
}

/** Marks after or inside a name: corresponding author, equal contribution, footnote signs, superscript digits. */
const NAME_MARKS = '*†‡§¶✉⁎∗#^⁰¹²³⁴⁵⁶⁷⁸⁹';
const isLetter = (c: number) => isLower(c) || isUpper(c) || (c > 0x7f && !NAME_MARKS.includes(String.fromCharCode(c)));

/**
 * An author cell without its notes: `(affiliation)` and `[affiliation]` groups (kept apart),
 * `*` / `†` / `‡` marks, superscript digits and footnote digits after a name (`Smith1,2`).
 * Linear in the cell.
 */
export function cleanAuthorCell(cell: string): { text: string; affiliations: string[] } {
  const affiliations: string[] = [];
  let out = '';
  let noClose = false;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    const c = cell.charCodeAt(i);
    if ((ch === '(' || ch === '[') && !noClose) {
      const close = cell.indexOf(ch === '(' ? ')' : ']', i + 1);
      if (close > 0) {
        const inner = cell.slice(i + 1, close).trim();
        let letters = 0;
        for (let j = 0; j < inner.length && letters < 2; j++) if (isLetter(inner.charCodeAt(j))) letters++;
        if (letters >= 2 && !affiliations.includes(inner)) affiliations.push(inner);
        out += ' ';
        i = close;
        continue;
      }
      noClose = true;
    }
    if (ch === ')' || ch === ']' || NAME_MARKS.includes(ch)) continue;
    // footnote digits right after a name: `Smith1`, `Smith1,2` (not `Smith, 2021`)
    if (isDigit(c) && out.length && isLetter(out.charCodeAt(out.length - 1))) {
      let j = i;
      while (j < cell.length && isDigit(cell.charCodeAt(j))) {
        j++;
        while (j < cell.length && isDigit(cell.charCodeAt(j))) j++;
        if (cell[j] === ',' && isDigit(cell.charCodeAt(j + 1))) j++;
      }
      if (j >= cell.length || !isLetter(cell.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
    }
    out += ch;
  }
  let text = out.split('\u00a0').join(' ');
  // single spaces, no space before a separator
  let folded = '';
  for (const ch of text) {
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (folded && !folded.endsWith(' ')) folded += ' ';
    } else if ((ch === ',' || ch === ';') && folded.endsWith(' ')) folded = folded.slice(0, -1) + ch;
    else folded += ch;
  }
  text = folded.trim();
  while (text.endsWith(',') || text.endsWith(';')) text = text.slice(0, -1).trimEnd();
  while (text.startsWith(',') || text.startsWith(';')) text = text.slice(1).trimStart();
  return { text, affiliations };
}

const wordsIn = (s: string) => words(s.trim());

/**
 * `Family, Given; Family, Given` (Zotero, CMT, reference managers) as `Given Family; ...`;
 * any other author list as it is (`Name, Affiliation; Name, Affiliation` and `Ann Lee, Bo Chen`
 * too: there every part before a comma is a whole name).
 */
export function givenFirst(list: string): string {
  if (list.indexOf(';') < 0 && list.split(',').length !== 2) return list;
  const parts = list.split(';').map((p) => p.trim()).filter(Boolean);
  if (!parts.every((p) => p.split(',').length === 2)) return list;
  const pairs = parts.map((p) => p.split(',').map((x) => x.trim()) as [string, string]);
  if (!pairs.every(([family, given]) => family && given && wordsIn(family) <= 3 && wordsIn(given) <= 4)) return list;
  // `Ann Lee, Bo Chen` is two names; `Lee, Ann` one
  if (pairs.length === 1 ? wordsIn(pairs[0]![0]) >= 2 : pairs.every(([family]) => wordsIn(family) >= 2)) return list;
  return pairs.map(([family, given]) => `${given} ${family}`).join('; ');
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

/** The JSON reader's name for a role. */
const ROLE_KEY: Partial<Record<Role, string>> = { title: 'title', abstract: 'abstract', summary: 'summary', doi: 'doi', arxiv: 'arxiv', date: 'date', year: 'year', venue: 'venue' };

/** Column indexes of a role, best first (lowest rank, then leftmost). */
function columnsOf(t: Table, role: Role): number[] {
  const idx: number[] = [];
  t.roles.forEach((r, j) => {
    if (r?.role === role) idx.push(j);
  });
  return idx.sort((a, b) => t.roles[a]!.rank - t.roles[b]!.rank || a - b);
}

const isWebAddress = (v: string) => v.startsWith('http://') || v.startsWith('https://');

/** Reads a table of papers: one entry a row that has a title; other rows are reported. */
export function readCsv(text: string, ctx: ReaderContext): ReaderResult {
  const t = tableOf(text);
  if (!t) return { entries: [] };
  const byRole = new Map<Role, number[]>();
  for (const role of ['title', 'authors', 'abstract', 'summary', 'doi', 'arxiv', 'date', 'year', 'venue', 'link'] as Role[]) byRole.set(role, columnsOf(t, role));
  const entries: RawEntry[] = [];
  for (const r of readRows(text, t.delim, t.bodyStart)) {
    const cell = (j: number) => r.cells[j]?.trim() ?? '';
    const firstOf = (role: Role) => byRole.get(role)!.map(cell).find(Boolean);
    const rec: Record<string, unknown> = {};
    // columns without a role keep their plain names (`id`, `code`, `categories`, `affiliations`, ...)
    t.keys.forEach((k, j) => {
      const v = cell(j);
      if (k && v && !t.roles[j]) rec[k] ??= v;
    });
    for (const [role, key] of Object.entries(ROLE_KEY) as [Role, string][]) {
      const v = firstOf(role);
      if (v) rec[key] = v;
    }
    const links: { url: string; label: string }[] = [];
    for (const j of byRole.get('link')!) {
      const v = cell(j);
      if (isWebAddress(v)) links.push({ url: v, label: t.roles[j]!.label ?? 'url' });
    }
    const arxiv = typeof rec.arxiv === 'string' ? rec.arxiv : '';
    if (isWebAddress(arxiv)) links.push({ url: arxiv, label: 'arxiv' });
    if (links.length) rec.links = links;
    // the names from the best author column; affiliations from the first author column that gives them (`Authors (with Affiliations)`)
    const authorCells = byRole.get('authors')!.map(cell).filter(Boolean);
    if (authorCells.length) {
      const names = cleanAuthorCell(authorCells[0]!).text;
      if (names) rec.authors = givenFirst(names);
      const affiliations = authorCells.map((c) => cleanAuthorCell(c).affiliations).find((a) => a.length);
      if (affiliations && rec.affiliations === undefined) rec.affiliations = affiliations;
    }
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
