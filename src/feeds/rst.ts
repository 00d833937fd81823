/**
 * reStructuredText paper lists: awesome lists and reading lists written as `README.rst`.
 *
 * The reader rewrites the RST into the markdown the markdown-list reader knows, keeping a map from every
 * written character back to the RST offset it came from, reads that markdown, and maps every entry, link
 * and diagnostic back. So RST lists get the same item, title and link handling as markdown lists:
 * - section titles (a line underlined, optionally overlined, with a run of `= - ~ ^ " ' # * + : .` at least
 *   as long as the text) become `#` headings, levels in the order their styles first appear;
 * - simple tables (rules of `=` runs separated by spaces; columns start where the rule's runs start; a
 *   header between the first two rules; a row whose first column is blank continues the row above) and
 *   grid tables (`+----+----+` borders, `|` cells, `+====+` under the header) become pipe tables, the
 *   title column named `Title` when its header is no title word (the widest text column when no header
 *   names one);
 * - bullet (`*`, `-`, `+`, `•`) and enumerated (`1.`, `#.`, `(a)`) items stay list items with their
 *   indented continuation lines; a definition list's term becomes an item, its indented body the item's text;
 * - hyperlinks `` `label <url>`_ `` / `__`, named references `` `label`_ `` / `label_` resolved through
 *   `.. _label: url` targets, anonymous references `` `label`__ `` through `.. __: url` in order; bare URLs
 *   stay as written; roles (`` :code:`x` ``) and interpreted text keep their text; ``` ``literal`` ``` becomes
 *   code; citation and footnote references (`[#Key]_`, `[1]_`) and substitution references (`|badge|`) are dropped;
 * - explicit markup blocks (link targets, citation and footnote bodies `.. [#Key] …`, directives such as
 *   `.. image::`, comments) and literal blocks after `::` are page furniture, each reported with its position.
 *
 * One pass over the lines (plus one to collect the link targets); no regular expressions on the text.
 */
import { defineReader } from './define.js';
import { readMarkdownList } from './markdown-list.js';
import { indentOf, splitLines, type Line } from '../lib/text.js';
import { defuseBrackets, defuseEmphasis } from '../lib/defuse.js';
import type { FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

/** Characters RST accepts as section adornment (all printable ASCII punctuation). */
const ADORNMENT = '=-~^"\'#*+:._`<>!$%&(),/;?@[\\]{|}';
/** Adornment characters markdown never uses for a heading underline (setext uses `=` and `-`). */
const RST_ONLY_ADORNMENT = '~^"\'#*+:._`';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

function trimEnd(t: string): string {
  let e = t.length;
  while (e > 0 && (isSpace(t[e - 1]) || t[e - 1] === '\r')) e--;
  return e === t.length ? t : t.slice(0, e);
}

/** A line made of one adornment character repeated (at least 2, no indentation): that character, else ''. */
function adornmentOf(t: string): string {
  const s = trimEnd(t);
  if (s.length < 2 || ADORNMENT.indexOf(s[0]!) < 0) return '';
  for (let i = 1; i < s.length; i++) if (s[i] !== s[0]) return '';
  return s[0]!;
}

/** Most columns a table rule may have: a rule of more runs is no paper table (and would make the writing quadratic). */
const MAX_COLUMNS = 64;

/** The column runs of a simple-table rule (`====  =====  ===`, two runs or more), else undefined. */
function ruleColumns(t: string, ch = '='): { starts: number[]; ends: number[] } | undefined {
  const s = trimEnd(t);
  const starts: number[] = [];
  const ends: number[] = [];
  let i = indentOf(s);
  if (s[i] !== ch) return undefined;
  while (i < s.length) {
    if (s[i] === ch) {
      starts.push(i);
      while (i < s.length && s[i] === ch) i++;
      ends.push(i);
    } else if (isSpace(s[i])) i++;
    else return undefined;
  }
  return starts.length >= 2 && starts.length <= MAX_COLUMNS ? { starts, ends } : undefined;
}

/** A grid-table border (`+----+---+`, `+====+===+`): the positions of its `+`, else undefined. */
function gridBorder(t: string): number[] | undefined {
  const s = trimEnd(t);
  const from = indentOf(s);
  if (s[from] !== '+' || s[s.length - 1] !== '+' || s.length - from < 3) return undefined;
  const plus: number[] = [];
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '+') plus.push(i);
    else if (c !== '-' && c !== '=') return undefined;
  }
  return plus.length >= 2 && plus.length <= MAX_COLUMNS + 1 && plus[1]! - plus[0]! > 1 ? plus : undefined;
}

/** A target's name as references match it: case folded, white space collapsed. */
function refKey(s: string): string {
  let out = '';
  let gap = false;
  for (const ch of s.trim().toLowerCase()) {
    if (isSpace(ch) || ch === '\n') gap = out.length > 0;
    else {
      if (gap) out += ' ';
      gap = false;
      out += ch;
    }
  }
  return out;
}

/** Text of an explicit-markup line after `.. `, or undefined when the line is none. */
function explicitMarkup(t: string): string | undefined {
  const i = indentOf(t);
  if (t[i] !== '.' || t[i + 1] !== '.' || !(t.length === i + 2 || isSpace(t[i + 2]))) return undefined;
  return t.slice(i + 2).trim();
}

/** `_name: url` (or `__: url`): the name (`''` for anonymous) and the rest, else undefined. */
function targetOf(body: string): { name: string; rest: string } | undefined {
  if (body[0] !== '_') return undefined;
  if (body.startsWith('__:')) return { name: '', rest: body.slice(3).trim() };
  let k: number;
  let name: string;
  if (body[1] === '`') {
    k = body.indexOf('`', 2);
    if (k < 0 || body[k + 1] !== ':') return undefined;
    name = body.slice(2, k);
    k++;
  } else {
    k = body.indexOf(': ');
    if (k < 0) k = body.endsWith(':') ? body.length - 1 : -1;
    if (k < 1) return undefined;
    name = body.slice(1, k);
  }
  return { name: refKey(name), rest: body.slice(k + 1).trim() };
}

/** Where markdown text came from: an output offset, its source offset, and whether it was copied as written. */
interface Piece {
  out: number;
  src: number;
  copied: boolean;
}

/** Writes markdown and remembers where each part of it came from in the RST. */
class Writer {
  private parts: string[] = [];
  length = 0;
  readonly pieces: Piece[] = [];
  /** Text copied from the source at `src`. */
  copy(s: string, src: number): void {
    if (!s) return;
    this.pieces.push({ out: this.length, src, copied: true });
    this.parts.push(s);
    this.length += s.length;
  }
  /** Text of the writer's own (markup, a link's URL moved), standing for the source at `src`. */
  put(s: string, src: number): void {
    if (!s) return;
    this.pieces.push({ out: this.length, src, copied: false });
    this.parts.push(s);
    this.length += s.length;
  }
  text(): string {
    return this.parts.join('');
  }
  /** The source offset of output offset `o`. */
  toSource(o: number): number {
    const ps = this.pieces;
    if (!ps.length) return 0;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid]!.out <= o) lo = mid;
      else hi = mid - 1;
    }
    const p = ps[lo]!;
    return p.copied ? p.src + Math.max(0, o - p.out) : p.src;
  }
}

interface Targets {
  named: Map<string, string>;
  anonymous: string[];
  substitutions: Set<string>;
}

/** The link targets (`.. _name: url`, `.. __: url`, `__ url`) and substitution names (`.. |name| image:: …`) of the text. */
function collectTargets(lines: readonly Line[]): Targets {
  const named = new Map<string, string>();
  const anonymous: string[] = [];
  const substitutions = new Set<string>();
  const aliases: [string, string][] = [];
  for (let n = 0; n < lines.length; n++) {
    const t = lines[n]!.text;
    const body = explicitMarkup(t);
    if (body === undefined) {
      const s = t.trim();
      if (s.startsWith('__ ') && s.indexOf('://') > 0) anonymous.push(s.slice(3).trim());
      continue;
    }
    if (body[0] === '|') {
      const k = body.indexOf('|', 1);
      if (k > 1) substitutions.add(body.slice(1, k));
      continue;
    }
    const tg = targetOf(body);
    if (!tg) continue;
    let url = tg.rest;
    // the address may go on on the indented lines below
    const ind = indentOf(t);
    while (n + 1 < lines.length && lines[n + 1]!.text.trim() && indentOf(lines[n + 1]!.text) > ind) url += lines[++n]!.text.trim();
    if (!url) continue;
    if (url.endsWith('_') && url.indexOf('://') < 0) {
      // an alias of another target (`.. _a: b_`)
      aliases.push([tg.name, refKey(url.slice(0, -1).split('`').join(''))]);
      continue;
    }
    if (tg.name) {
      if (!named.has(tg.name)) named.set(tg.name, url);
    } else anonymous.push(url);
  }
  for (const [a, b] of aliases) {
    const u = named.get(b);
    if (u && !named.has(a)) named.set(a, u);
  }
  return { named, anonymous, substitutions };
}

/** The RST reading state of one pass. */
interface State {
  w: Writer;
  targets: Targets;
  anon: number;
}

const isWordChar = (c: string | undefined) => c !== undefined && (c === '-' || c === '.' || c === '+' || c === ':' || /* letters, digits */ (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c > '\u007f');

/** Roles whose text is a citation key (`:cite:`Key2020``): furniture, left out. */
const CITATION_ROLES = new Set(['cite', 'footcite', 'citep', 'citet', 'cite:p', 'cite:t']);

/** Looks like an address a link can point to. */
function isAddress(u: string): boolean {
  return u.startsWith('http://') || u.startsWith('https://') || u.startsWith('www.') || u.startsWith('ftp://') || u.startsWith('mailto:') || u.startsWith('/') || u.startsWith('./') || u.startsWith('#');
}

/**
 * Writes one line's (or one table cell's) inline RST as markdown: `s` stands at source offset `src`.
 * `pipes` escapes `|` (a table cell).
 */
function inline(st: State, s: string, src: number, pipes = false): void {
  const w = st.w;
  let run = 0; // start of the plain text not yet written
  const flush = (to: number) => {
    if (to <= run) return;
    const part = s.slice(run, to);
    if (pipes && part.indexOf('|') >= 0) {
      let from = 0;
      for (let k = part.indexOf('|'); k >= 0; k = part.indexOf('|', k + 1)) {
        w.copy(part.slice(from, k), src + run + from);
        w.put('\\|', src + run + k);
        from = k + 1;
      }
      w.copy(part.slice(from), src + run + from);
    } else w.copy(part, src + run);
  };
  const link = (label: string, url: string, at: number) => {
    let l = label.trim();
    // brackets of the label kept when balanced (`[PDF]`), else escaped
    if (l.split('[').length !== l.split(']').length) l = l.split('[').join('\\[').split(']').join('\\]');
    w.put('[', at);
    w.put(l ? l.split('|').join('/') : url, at);
    w.put('](', at);
    // white space inside an embedded address is dropped (docutils does so: an address wrapped over lines)
    const u = url.split(' ').join('').split('\t').join('');
    // parentheses kept when balanced (`…/CSV_(Dateiformat)`), else escaped
    const balanced = u.split('(').length === u.split(')').length;
    w.put(balanced ? u : u.split('(').join('\\(').split(')').join('\\)'), at);
    w.put(')', at);
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      // an escape: `\ ` is nothing, `\x` is x
      flush(i);
      if (s[i + 1] !== ' ') w.copy(s[i + 1]!, src + i + 1);
      i += 2;
      run = i;
      continue;
    }
    if (c === '`') {
      if (s[i + 1] === '`') {
        // ``literal``
        const close = s.indexOf('``', i + 2);
        if (close < 0) {
          i += 2;
          continue;
        }
        flush(i);
        w.put('`', src + i);
        w.copy(s.slice(i + 2, close), src + i + 2);
        w.put('`', src + close);
        i = close + 2;
        run = i;
        continue;
      }
      const close = s.indexOf('`', i + 1);
      if (close < 0) break;
      const body = s.slice(i + 1, close);
      let after = close + 1;
      let ref = 0;
      if (s[after] === '_') {
        ref = s[after + 1] === '_' ? 2 : 1;
        after += ref;
      }
      // a role before it (`:code:`): its text is kept
      let from = i;
      if (s[i - 1] === ':') {
        let k = i - 2;
        while (k >= 0 && k > i - 32 && (isWordChar(s[k]) && s[k] !== ':')) k--;
        if (k >= 0 && s[k] === ':' && k < i - 2) from = k;
      }
      const citation = !ref && from < i && CITATION_ROLES.has(s.slice(from + 1, i - 1).toLowerCase());
      if (citation) while (from > run && isSpace(s[from - 1])) from--;
      flush(from);
      const lt = body.lastIndexOf('<');
      if (ref && lt >= 0 && body.endsWith('>')) {
        // `label <url>`_ (or an embedded reference `label <name_>`_)
        let url = body.slice(lt + 1, -1).trim();
        if (url.endsWith('_') && !isAddress(url)) url = st.targets.named.get(refKey(url.slice(0, -1))) ?? '';
        if (url) link(body.slice(0, lt), url, src + i);
        else w.copy(body.slice(0, lt).trim(), src + i + 1);
      } else if (ref === 1) {
        const url = st.targets.named.get(refKey(body));
        if (url) link(body, url, src + i);
        else w.copy(body, src + i + 1);
      } else if (ref === 2) {
        const url = st.targets.anonymous[st.anon++];
        if (url) link(body, url, src + i);
        else w.copy(body, src + i + 1);
      } else if (!citation) {
        // interpreted text or a role: its text (`:ref:`label <target>`` keeps the label); a citation role's keys are furniture
        w.copy(lt > 0 && body.endsWith('>') ? body.slice(0, lt).trim() : body, src + i + 1);
      }
      i = after;
      run = i;
      continue;
    }
    if (c === '[' && (i === 0 || !isWordChar(s[i - 1]))) {
      // a citation or footnote reference `[#Key]_`, `[1]_`, `[*]_`, `[Key]_`: dropped
      // (looked for within 64 characters: a line of `[` without `]` stays linear)
      let close = -1;
      for (let k = i + 1; k < s.length && k <= i + 64; k++) {
        if (s[k] === ']') {
          close = k;
          break;
        }
      }
      if (close > i + 1 && s[close + 1] === '_' && s[close + 2] !== '_' && s.slice(i + 1, close).indexOf(' ') < 0) {
        let from = i;
        while (from > run && isSpace(s[from - 1])) from--;
        flush(from);
        i = close + 2;
        run = i;
        continue;
      }
    }
    if (c === '|' && (i === 0 || isSpace(s[i - 1]))) {
      // a substitution reference `|name|` or `|name|_`: an image or badge, dropped
      const close = s.indexOf('|', i + 1);
      if (close > i + 1 && close - i <= 80 && st.targets.substitutions.has(s.slice(i + 1, close))) {
        flush(i);
        i = close + 1;
        while (s[i] === '_') i++;
        run = i;
        continue;
      }
    }
    if (c === '_' && i > 0 && isWordChar(s[i - 1]) && !isWordChar(s[i + 1]) && s[i + 1] !== '_' && s[i + 1] !== '/') {
      // a simple named reference `name_`
      let k = i - 1;
      while (k > run && isWordChar(s[k - 1]) && k > i - 60) k--;
      const name = s.slice(k, i);
      const url = st.targets.named.get(refKey(name));
      if (url && s.slice(k, i).indexOf('://') < 0) {
        flush(k);
        link(name, url, src + k);
        i++;
        run = i;
        continue;
      }
    }
    i++;
  }
  flush(s.length);
}

/** Rows of a table: each row's cells (texts with their source offsets), and whether the first rows are a header. */
interface TableCell {
  parts: { text: string; src: number }[];
}
interface Table {
  header?: TableCell[];
  rows: { cells: TableCell[]; start: number; end: number }[];
}

/** A cell's text as shown (link addresses and markup left out), for choosing the title column. */
function shownLength(cell: TableCell): number {
  let n = 0;
  for (const p of cell.parts) {
    let skip = false;
    for (const ch of p.text) {
      if (ch === '<') skip = true;
      else if (ch === '>') skip = false;
      else if (!skip && ch !== '`' && ch !== '_' && ch !== ' ') n++;
    }
  }
  return n;
}

const cellText = (c: TableCell) => c.parts.map((p) => p.text.trim()).join(' ').trim();

/** Header words of a title column. */
const TITLE_HEADERS = new Set(['title', 'paper title', 'paper', 'papers', 'paper name', 'name', 'article', 'publication', 'title of paper']);
/** Header words of columns that hold no title (a nickname, a venue, a year, links). */
const NON_TITLE_HEADERS = ['abbreviation', 'abbr', 'venue', 'conference', 'journal', 'year', 'date', 'ref', 'reference', 'materials', 'links', 'link', 'code', 'pdf', 'url', 'authors', 'author', 'citation', 'citations', 'stars', 'note', 'notes', 'keywords'];

/** Writes a table as a markdown pipe table (the title column's header `Title`). */
function writeTable(st: State, table: Table, at: number): void {
  const w = st.w;
  let width = Math.min(MAX_COLUMNS, table.header?.length ?? 0);
  for (const r of table.rows) if (r.cells.length > width) width = Math.min(MAX_COLUMNS, r.cells.length);
  if (width === 0 || !table.rows.length) return;
  const heads = (table.header ?? []).map((c) => refKey(cellText(c)));
  // `Paper Title`, `Tutorial Title`: a header that ends in `title`
  let title = heads.findIndex((h) => TITLE_HEADERS.has(h));
  if (title < 0) title = heads.findIndex((h) => h.endsWith(' title'));
  if (title < 0) {
    // the widest text column (by the text shown), among the columns whose header names no other field
    let best = -1;
    for (let k = 0; k < width; k++) {
      const h = heads[k] ?? '';
      if (h && NON_TITLE_HEADERS.some((x) => h === x || h.startsWith(x + ' '))) continue;
      let sum = 0;
      for (const r of table.rows) sum += r.cells[k] ? shownLength(r.cells[k]!) : 0;
      if (sum > best) {
        best = sum;
        title = k;
      }
    }
  }
  w.put('\n', at);
  for (let k = 0; k < width; k++) {
    w.put('| ', at);
    const h = table.header?.[k];
    if (k === title && !TITLE_HEADERS.has(heads[k] ?? '')) w.put('Title', h?.parts[0]?.src ?? at);
    else if (h) writeCell(st, h);
    else w.put(`Column ${k + 1}`, at);
    w.put(' ', at);
  }
  w.put('|\n', at);
  for (let k = 0; k < width; k++) w.put('|---', at);
  w.put('|\n', at);
  for (const r of table.rows) {
    for (let k = 0; k < width; k++) {
      const c = r.cells[k];
      w.put(k === 0 ? '| ' : ' | ', c?.parts[0]?.src ?? r.start);
      if (c) writeCell(st, c);
    }
    w.put(' |\n', r.end);
  }
  w.put('\n', at);
}

function writeCell(st: State, c: TableCell): void {
  const parts = c.parts.filter((p) => p.text.trim());
  if (parts.length > 1 && parts.some((p) => unclosedBacktick(p.text))) {
    // a link wrapped inside the cell: its lines read as one (offsets inside the cell are then approximate)
    inline(st, parts.map((p) => p.text.trim()).join(' '), parts[0]!.src + parts[0]!.text.indexOf(parts[0]!.text.trim()), true);
    return;
  }
  let first = true;
  for (const p of c.parts) {
    const t = p.text.trim();
    if (!t) continue;
    if (!first) st.w.put(' ', p.src);
    first = false;
    inline(st, t, p.src + p.text.indexOf(t), true);
  }
}

/** The cells of a line cut at column starts (the last column runs to the line's end). */
function cutLine(line: Line, starts: readonly number[], ends?: readonly number[]): TableCell[] {
  const t = line.text;
  return starts.map((s, k) => {
    const e = ends ? ends[k]! : k + 1 < starts.length ? starts[k + 1]! : t.length;
    const text = s < t.length ? t.slice(s, Math.min(e, t.length)) : '';
    return { parts: [{ text, src: line.start + s }] };
  });
}

function appendCells(row: TableCell[], more: TableCell[]): void {
  more.forEach((c, k) => {
    if (!row[k]) row[k] = { parts: [] };
    for (const p of c.parts) if (p.text.trim()) row[k]!.parts.push(p);
  });
}

/**
 * A simple table from its first rule at line `n`: the table and the line after it. The table ends at a rule
 * followed by a blank line (or the end); a rule followed by text closes the header. Column-span rules
 * (`-----  -----`) are skipped.
 */
function simpleTable(lines: readonly Line[], n: number, cols: { starts: number[]; ends: number[] }): { table: Table; next: number; closed: boolean } {
  const rows: Table['rows'] = [];
  let header: TableCell[] | undefined;
  let m = n + 1;
  let closed = false;
  let blankRun = 0;
  for (; m < lines.length; m++) {
    const line = lines[m]!;
    const t = line.text;
    if (!t.trim()) {
      // two blank lines end an unclosed table
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    if (ruleColumns(t)) {
      const nextBlank = m + 1 >= lines.length || !lines[m + 1]!.text.trim();
      if (!header && !nextBlank && rows.length && rows.length <= 5) {
        header = rows.flatMap((r) => r.cells).length ? mergeRows(rows) : undefined;
        rows.length = 0;
        continue;
      }
      closed = true;
      m++;
      break;
    }
    if (ruleColumns(t, '-')) continue;
    // text left of the table or at the margin after it: the table was never closed
    if (indentOf(t) < cols.starts[0]!) break;
    const cells = cutLine(line, cols.starts);
    const last = rows[rows.length - 1];
    if (last && !cells[0]!.parts[0]!.text.trim()) {
      appendCells(last.cells, cells);
      last.end = line.end;
    } else rows.push({ cells, start: line.start, end: line.end });
  }
  const table: Table = { rows };
  if (header) table.header = header;
  return { table, next: m, closed };
}

/** Rows above a header rule joined into one header row (a header may span lines). */
function mergeRows(rows: Table['rows']): TableCell[] {
  const out: TableCell[] = [];
  for (const r of rows) appendCells(out, r.cells);
  return out;
}

/** A grid table from its first border at line `n`: rows between borders, cells between the first border's `+`. */
function gridTable(lines: readonly Line[], n: number, plus: readonly number[]): { table: Table; next: number } {
  const rows: Table['rows'] = [];
  let header: TableCell[] | undefined;
  const starts = plus.slice(0, -1).map((p) => p + 1);
  const ends = plus.slice(1);
  let cur: { cells: TableCell[]; start: number; end: number } | undefined;
  let m = n + 1;
  for (; m < lines.length; m++) {
    const line = lines[m]!;
    const t = line.text;
    const ind = indentOf(t);
    if (t[ind] === '+' && ind === plus[0]) {
      if (cur) rows.push(cur);
      cur = undefined;
      if (!header && t.indexOf('=') >= 0 && gridBorder(t)) {
        header = mergeRows(rows);
        rows.length = 0;
      }
      continue;
    }
    if (t[ind] !== '|' || ind !== plus[0]) break;
    // the last cell runs to the line's last `|` (a row that overflows its border by a character or two)
    const bar = trimEnd(t).lastIndexOf('|');
    const cells = cutLine(line, starts, bar > ends[ends.length - 1]! ? [...ends.slice(0, -1), bar] : ends);
    for (const c of cells) for (const p of c.parts) if (p.text.endsWith('|')) p.text = p.text.slice(0, -1);
    if (!cur) cur = { cells: [], start: line.start, end: line.end };
    appendCells(cur.cells, cells);
    cur.end = line.end;
  }
  if (cur) rows.push(cur);
  const table: Table = { rows };
  if (header) table.header = header;
  return { table, next: m };
}

/** The directive options (`:header-rows: 1`, `:header: "A", "B"`) at the top of a directive's block `from`..`to`: options and the first line after them. */
function directiveOptions(lines: readonly Line[], from: number, to: number): { options: Map<string, string>; next: number } {
  const options = new Map<string, string>();
  let m = from;
  for (; m < to; m++) {
    const s = lines[m]!.text.trim();
    if (!s) {
      if (options.size) break;
      continue;
    }
    if (s[0] !== ':') break;
    const k = s.indexOf(':', 1);
    if (k < 2) break;
    options.set(s.slice(1, k).toLowerCase(), s.slice(k + 1).trim());
  }
  return { options, next: m };
}

/** A number of header rows from a directive option, 0 when none is given. */
function headerRows(options: Map<string, string>): number {
  const v = Number.parseInt(options.get('header-rows') ?? '0', 10);
  return Number.isFinite(v) && v > 0 ? Math.min(v, 5) : 0;
}

/** Splits off the first `n` rows of a table as its header. */
function withHeader(rows: Table['rows'], n: number): Table {
  if (!n || rows.length <= n) return { rows };
  return { header: mergeRows(rows.slice(0, n)), rows: rows.slice(n) };
}

/**
 * `.. list-table::` rows: `* - cell` opens a row, `  - cell` a further cell, deeper lines continue the cell
 * (lines `from`..`to` of the directive's block).
 */
function listTable(lines: readonly Line[], from: number, to: number): Table {
  const { options, next } = directiveOptions(lines, from, to);
  const rows: Table['rows'] = [];
  let row: Table['rows'][number] | undefined;
  let cell: TableCell | undefined;
  let rowIndent = -1;
  for (let m = next; m < to; m++) {
    const line = lines[m]!;
    const t = line.text;
    if (!t.trim()) continue;
    const ind = indentOf(t);
    if ((t[ind] === '*' || t[ind] === '-') && isSpace(t[ind + 1]) && (rowIndent < 0 || ind === rowIndent)) {
      // `* - first cell` (a new row)
      rowIndent = ind;
      let k = ind + 1;
      while (isSpace(t[k])) k++;
      row = { cells: [], start: line.start, end: line.end };
      rows.push(row);
      if (t[k] === '-' && (isSpace(t[k + 1]) || k + 1 === t.length)) {
        cell = { parts: [{ text: t.slice(k + 1), src: line.start + k + 1 }] };
        row.cells.push(cell);
      } else cell = undefined;
      continue;
    }
    if (!row) continue;
    row.end = line.end;
    if (t[ind] === '-' && (isSpace(t[ind + 1]) || ind + 1 === t.length) && ind > rowIndent) {
      cell = { parts: [{ text: t.slice(ind + 1), src: line.start + ind + 1 }] };
      row.cells.push(cell);
    } else if (cell) cell.parts.push({ text: t, src: line.start });
  }
  return withHeader(rows, headerRows(options));
}

/** `.. csv-table::` rows: comma-separated cells (quoted with `"`), the header from `:header:` or `:header-rows:`. */
function csvTable(lines: readonly Line[], from: number, to: number): Table {
  const { options, next } = directiveOptions(lines, from, to);
  const split = (t: string, src: number): TableCell[] => {
    const cells: TableCell[] = [];
    let i = 0;
    while (i <= t.length) {
      while (isSpace(t[i])) i++;
      let text = '';
      const at = i;
      if (t[i] === '"') {
        i++;
        while (i < t.length) {
          if (t[i] === '"' && t[i + 1] === '"') {
            text += '"';
            i += 2;
          } else if (t[i] === '"') {
            i++;
            break;
          } else text += t[i++];
        }
        while (i < t.length && t[i] !== ',') i++;
      } else {
        const k = t.indexOf(',', i);
        const e = k < 0 ? t.length : k;
        text = t.slice(i, e);
        i = e;
      }
      cells.push({ parts: [{ text, src: src + at }] });
      i++;
    }
    return cells;
  };
  const rows: Table['rows'] = [];
  for (let m = next; m < to; m++) {
    const line = lines[m]!;
    if (!line.text.trim()) continue;
    rows.push({ cells: split(line.text, line.start), start: line.start, end: line.end });
  }
  const header = options.get('header');
  if (header) return { header: split(header, lines[from]!.start), rows };
  return withHeader(rows, headerRows(options));
}

/** An RST list item marker at the line's indentation: its length (with the space after), else 0; `md` is the markdown marker. */
function listMarker(t: string, at: number): { len: number; md: string } | undefined {
  const c = t[at];
  if ((c === '*' || c === '-' || c === '+' || c === '•' || c === '‣' || c === '⁃') && (isSpace(t[at + 1]) || at + 1 === t.length)) return { len: 1, md: c === '+' || c === '*' || c === '-' ? c : '-' };
  // enumerators: `1.`, `#.`, `a.`, `1)`, `(1)`, `(a)`, `iv.`
  let k = at;
  const open = t[k] === '(';
  if (open) k++;
  const from = k;
  if (t[k] === '#') k++;
  else while (k < t.length && k - from < 4 && ((t[k]! >= '0' && t[k]! <= '9') || (t[k]! >= 'a' && t[k]! <= 'z') || (t[k]! >= 'A' && t[k]! <= 'Z'))) k++;
  if (k === from) return undefined;
  const word = t.slice(from, k);
  // one letter or a number (or a short roman numeral): not a word that ends a sentence
  if (word !== '#' && !(word.length === 1 || /* digits */ [...word].every((ch) => ch >= '0' && ch <= '9') || [...word.toLowerCase()].every((ch) => 'ivxlc'.indexOf(ch) >= 0))) return undefined;
  if (open ? t[k] !== ')' : t[k] !== '.' && t[k] !== ')') return undefined;
  if (!isSpace(t[k + 1])) return undefined;
  // a number keeps its value (`2.`, `3)` are markdown too); `#.`, letters, roman numerals and `(1)` become `1.`
  const digits = [...word].every((ch) => ch >= '0' && ch <= '9');
  return { len: k + 1 - at, md: digits && !open && word.length <= 9 ? t.slice(at, k + 1) : '1.' };
}

/** The section title of lines `n`… (underlined, or over- and underlined): its text line, style and the line after it. */
function sectionAt(lines: readonly Line[], n: number): { text: Line; style: string; next: number } | undefined {
  const t = lines[n]!.text;
  const over = adornmentOf(t);
  if (over && n + 2 < lines.length) {
    const mid = lines[n + 1]!.text;
    const under = adornmentOf(lines[n + 2]!.text);
    if (under === over && mid.trim() && !adornmentOf(mid) && trimEnd(lines[n + 2]!.text).length >= mid.trim().length) return { text: lines[n + 1]!, style: over + over, next: n + 3 };
  }
  if (!t.trim() || indentOf(t) > 0 || n + 1 >= lines.length) return undefined;
  const under = adornmentOf(lines[n + 1]!.text);
  if (!under || indentOf(lines[n + 1]!.text) > 0) return undefined;
  const len = trimEnd(lines[n + 1]!.text).length;
  const s = trimEnd(t);
  if (len < s.length || (len < 3 && s.length >= 3)) return undefined;
  // the line before is blank (or the start): a title stands alone
  if (n > 0 && lines[n - 1]!.text.trim() && !adornmentOf(lines[n - 1]!.text)) return undefined;
  return { text: lines[n]!, style: under, next: n + 2 };
}

/** The line holds a `` ` `` that opens interpreted text or a link and is not closed on it (```` `` ```` pairs aside). */
function unclosedBacktick(s: string): boolean {
  let open = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '`') continue;
    if (s[i + 1] === '`' && !open) {
      const close = s.indexOf('``', i + 2);
      if (close < 0) return false;
      i = close + 1;
      continue;
    }
    open = !open;
  }
  return open;
}

/** Rewrites the RST lines as markdown. */
function toMarkdown(text: string, lines: readonly Line[], ctx: ReaderContext): Writer {
  const w = new Writer();
  const st: State = { w, targets: collectTargets(lines), anon: 0 };
  const styles: string[] = [];
  /** What the indented lines below continue: a list item, a definition, or nothing (a block quote). */
  let context: 'list' | 'definition' | 'none' = 'none';
  let contextIndent = 0;
  const skip = (from: number, to: number, what: string) => {
    const a = lines[from]!;
    const b = lines[Math.max(from, to - 1)]!;
    ctx.diagnose('UNCLAIMED_TEXT', `${what} read as page furniture: "${a.text.trim().slice(0, 60)}"`, a.start, b.end, 'info');
  };
  /** The end (exclusive) of the block indented under line `n` (blank lines inside it included). */
  const blockEnd = (n: number, ind: number): number => {
    let m = n + 1;
    let last = n;
    for (; m < lines.length; m++) {
      const t = lines[m]!.text;
      if (!t.trim()) continue;
      if (indentOf(t) <= ind) break;
      last = m;
    }
    return last + 1;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const t = line.text;
    if (!t.trim()) {
      w.put('\n', line.start);
      continue;
    }
    const ind = indentOf(t);
    // explicit markup: targets, citations, footnotes, directives, comments
    const body = explicitMarkup(t);
    if (body !== undefined) {
      const end = blockEnd(n, ind);
      const name = body.indexOf('::') > 0 ? body.slice(0, body.indexOf('::')).trim().toLowerCase() : '';
      if (name === 'list-table' || name === 'csv-table') {
        // a table written as a directive: read like the other tables (the title, if any, is a caption)
        const table = name === 'list-table' ? listTable(lines, n + 1, end) : csvTable(lines, n + 1, end);
        writeTable(st, table, line.start);
        for (let m = n + 1; m < end; m++) w.put('\n', lines[m]!.start);
        n = end - 1;
        context = 'none';
        continue;
      }
      const what = body[0] === '_' ? 'a link target' : body[0] === '[' ? 'a citation or footnote' : body[0] === '|' ? 'a substitution definition' : body.indexOf('::') > 0 ? `a "${body.slice(0, body.indexOf('::')).trim().slice(0, 30)}" directive` : 'a comment';
      skip(n, end, what);
      for (let m = n; m < end; m++) w.put('\n', lines[m]!.start);
      n = end - 1;
      context = 'none';
      continue;
    }
    // an anonymous target in short form (`__ https://…`)
    if (t.startsWith('__ ') && t.indexOf('://') > 0) {
      skip(n, n + 1, 'a link target');
      w.put('\n', line.start);
      continue;
    }
    // tables
    const cols = ruleColumns(t);
    if (cols) {
      const { table, next, closed } = simpleTable(lines, n, cols);
      if (!closed && next >= lines.length) ctx.diagnose('TRUNCATED_ENTRY', 'a simple table runs to the end of the text without its closing rule: the capture may be cut', line.start, line.end, 'info');
      writeTable(st, table, line.start);
      n = next - 1;
      context = 'none';
      continue;
    }
    const plus = gridBorder(t);
    if (plus && n + 1 < lines.length && lines[n + 1]!.text[indentOf(lines[n + 1]!.text)] === '|') {
      const { table, next } = gridTable(lines, n, plus);
      writeTable(st, table, line.start);
      n = next - 1;
      context = 'none';
      continue;
    }
    // section titles
    const sec = sectionAt(lines, n);
    if (sec) {
      let level = styles.indexOf(sec.style);
      if (level < 0) {
        styles.push(sec.style);
        level = styles.length - 1;
      }
      w.put('#'.repeat(Math.min(6, level + 1)) + ' ', sec.text.start);
      const s = sec.text.text;
      inline(st, s.trim(), sec.text.start + indentOf(s));
      w.put('\n', sec.text.end);
      for (let m = n + 1; m < sec.next; m++) if (lines[m] !== sec.text) w.put('\n', lines[m]!.start);
      n = sec.next - 1;
      context = 'none';
      continue;
    }
    // a transition (`----` alone) or a stray adornment line
    if (adornmentOf(t) && ind === 0) {
      w.put('\n', line.start);
      continue;
    }
    let at = ind;
    let lead = '';
    const marker = listMarker(t, ind);
    if (marker) {
      context = 'list';
      contextIndent = ind;
      lead = ' '.repeat(ind) + marker.md;
      at = ind + marker.len;
    } else if (ind > 0 && context === 'list' && ind > contextIndent) {
      lead = ' '.repeat(ind);
    } else if (ind > 0 && context === 'definition') {
      lead = '  ';
    } else if (ind > 0) {
      // a block quote: its text at the margin
      lead = '';
    } else {
      context = 'none';
      // a line block (`| text`)
      if (t[0] === '|' && (t[1] === ' ' || t.length === 1)) at = 2;
      // a definition list's term: the next line is indented text
      const next = lines[n + 1]?.text;
      if (next && next.trim() && indentOf(next) > 0 && !listMarker(next, indentOf(next)) && !ruleColumns(next)) {
        const prev = lines[n - 1]?.text;
        if (!prev || !prev.trim()) {
          context = 'definition';
          lead = '-';
        }
      }
    }
    // (a marker's space is the text's own; a definition term's `-` needs one)
    if (lead) w.put(lead + (!marker && context === 'definition' && lead === '-' ? ' ' : ''), line.start);
    let rest = t.slice(at);
    // a field (`:Authors: …`): its name as a label
    if (rest[0] === ':' && !marker) {
      const k = rest.indexOf(': ', 1);
      if (k > 1 && k < 40 && rest.slice(1, k).indexOf('`') < 0) {
        w.put('**' + rest.slice(1, k) + '**:', line.start + at);
        at += k + 1;
        rest = rest.slice(k + 1);
      }
    }
    // a hyperlink wrapped over lines (`` `Title of the`` / ``paper <url>`_``): the lines read as one (at most 4)
    let joined = 0;
    while (joined < 3 && unclosedBacktick(rest) && n + 1 + joined < lines.length) {
      const nx = lines[n + 1 + joined]!.text;
      if (!nx.trim() || nx.indexOf('`') < 0 || explicitMarkup(nx) !== undefined || ruleColumns(nx) || listMarker(nx, indentOf(nx))) break;
      joined++;
      // the source from here to the end of the next line, line breaks as spaces (same length: offsets hold)
      rest = text.slice(line.start + at, lines[n + joined]!.end).split('\r').join(' ').split('\n').join(' ');
    }
    // a paragraph line markdown would read as a heading or a quote (`# 1 pick`, `> note`): its mark escaped
    if (!marker && (rest[0] === '#' || rest[0] === '>')) w.put('\\', line.start + at);
    // `text::` opens a literal block: the colon kept once, the block skipped
    const literal = trimEnd(rest).endsWith('::');
    if (literal) rest = trimEnd(rest).slice(0, -1);
    inline(st, rest, line.start + at);
    n += joined;
    w.put('\n', lines[n]!.end);
    if (literal) {
      let m = n + 1;
      while (m < lines.length && !lines[m]!.text.trim()) m++;
      if (m < lines.length && indentOf(lines[m]!.text) > ind) {
        const end = blockEnd(m, ind);
        skip(m, end, 'a literal block');
        for (let k = n + 1; k < end; k++) w.put('\n', lines[k]!.start);
        n = end - 1;
      }
    }
  }
  return w;
}

/** The guards parse.ts puts before the markdown reader, applied to the markdown written here. */
const guard = (md: string): string => defuseBrackets(defuseEmphasis(md));

/** The lines of the text, a byte-order mark left out of the first (so a table's columns stay where they are). */
function rstLines(text: string): readonly Line[] {
  const lines = splitLines(text);
  if (text.charCodeAt(0) !== 0xfeff || !lines.length) return lines;
  const first = lines[0]!;
  return [{ ...first, text: first.text.slice(1), start: first.start + 1 }, ...lines.slice(1)];
}

/**
 * The markdown the reader reads an RST text as (for tests and for seeing what the reader saw).
 *
 * @example
 * rstToMarkdown('Papers\n^^^^^^\n\n* `A <https://x.org/a>`_\n') // '# Papers\n\n\n* [A](https://x.org/a)\n\n'
 */
export function rstToMarkdown(text: string): string {
  return guard(toMarkdown(text, rstLines(text), { diagnose: () => undefined }).text());
}

function readRst(text: string, ctx: ReaderContext): ReaderResult {
  const lines = rstLines(text);
  const w = toMarkdown(text, lines, ctx);
  const md = guard(w.text());
  const map = (o: number | undefined) => (o === undefined ? undefined : Math.min(text.length, w.toSource(o)));
  const inner: ReaderContext = {
    diagnose(code, message, start, end, severity) {
      const s = map(start)!;
      ctx.diagnose(code, message, s, Math.max(s, map(Math.max(start, end - 1))! + (end > start ? 1 : 0)), severity);
    },
  };
  const read = readMarkdownList(md, inner);
  const entries: RawEntry[] = [];
  for (const e of read.entries) {
    const start = map(e.start)!;
    const end = Math.max(start, e.end > e.start ? map(e.end - 1)! + 1 : start);
    const links = e.links.map((l) => {
      const out = { ...l };
      if (l.start !== undefined) out.start = map(l.start)!;
      if (l.end !== undefined) out.end = Math.max(out.start ?? 0, l.end > (l.start ?? 0) ? map(l.end - 1)! + 1 : out.start ?? 0);
      return out;
    });
    entries.push({ ...e, links, start, end: Math.min(text.length, end) });
  }
  return { ...read, entries };
}

/**
 * Confidence: the text shows RST's own markup (simple-table rules, grid-table borders, `` `label <url>`_ ``
 * links, `.. _name: url` targets, `.. name::` directives, `.. [#Key]` citations, section titles underlined
 * with characters markdown never underlines with), and markdown's own markup (`[label](url)`
 * links, `#` headings, pipe tables) is rarer than it. A setext `===`/`---` underline alone is markdown too.
 */
export function detectRst(text: string): number {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const lines = rstLines(head);
  let rst = 0;
  let md = 0;
  let sections = 0;
  /** What the grid-table borders gave (an ASCII table of a plain-text capture has them too). */
  let grid = 0;
  for (let n = 0; n < lines.length; n++) {
    const t = lines[n]!.text;
    const s = t.trim();
    if (!s) continue;
    if (ruleColumns(t)) rst++;
    else if (gridBorder(t)) {
      rst += 0.5;
      grid += 0.5;
    }
    else if (s[0] === '#' && (s[1] === ' ' || s[1] === '#')) md++;
    else if (s[0] === '|' && s.indexOf('---') > 0 && s.indexOf('|', 1) > 0) md += 2;
    const body = explicitMarkup(t);
    if (body !== undefined && body && (targetOf(body) || body[0] === '[' || body[0] === '|' || body.indexOf(':: ') > 0 || body.endsWith('::'))) rst++;
    const under = n + 1 < lines.length ? adornmentOf(lines[n + 1]!.text) : '';
    if (under && !adornmentOf(t) && indentOf(t) === 0 && trimEnd(lines[n + 1]!.text).length >= s.length && s.length >= 2) {
      // an over- and underline of `-` or `=` is also an e-mail digest's rules around a line: weak too
      if (RST_ONLY_ADORNMENT.indexOf(under) >= 0) rst++;
      else sections++;
    }
    for (let k = t.indexOf('>`_'); k >= 0; k = t.indexOf('>`_', k + 3)) rst++;
    for (let k = t.indexOf(']('); k >= 0; k = t.indexOf('](', k + 2)) md++;
  }
  // setext-style titles count only next to RST's own markup
  if (rst >= 1) rst += Math.min(sections, rst);
  if (rst < 1 || md * 2 > rst) return 0;
  // one piece of RST's own markup and no markdown: a short RST text (one `label <url>`_ item), weakly
  if (rst < 2) return md === 0 && rst - grid >= 1 ? 0.3 : 0;
  if (rst >= 3 && md === 0) return 0.97;
  return rst >= 3 ? 0.9 : 0.6;
}

/**
 * Reads an RST paper list (simple or grid tables, bullet lists, definition lists) through the markdown-list reader.
 *
 * @example
 * rstReader.detect('Papers\n^^^^^^\n\n* `A Title <https://arxiv.org/abs/1706.03762>`_\n* `B <https://x.org/b.pdf>`_\n') // 0.97
 */
export const rstReader: FeedReader = defineReader('rst', detectRst, readRst, { maxConfidence: 0.97 });
