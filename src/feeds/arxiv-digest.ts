/**
 * The arXiv daily e-mail digest (`cs daily Subj-class mailing`), and the arXiv
 * helpers the other arXiv readers share (ids, author lists, categories).
 *
 * An entry: `\\`, `arXiv:ID [(*cross-listing*)]`, `Date: ...` or `replaced with
 * revised version ...`, a blank line, `Title:`/`Authors:`/`Categories:`/... with
 * continuation lines indented by one space, `\\`, the abstract (absent for
 * replacements), `\\ ( https://arxiv.org/abs/ID ,  27kb)`, a line of dashes.
 * Older digests and arXiv's listing files: `Paper: hep-th/9901001` and
 * `Paper (*cross-listing*): ...` id lines, `From:` lines, `Date (revised v2): ...`
 * (the update date), `%-%-%-...` before the cross-listings, no abstract at all.
 * Lines are scanned by hand; the few regexes live in `src/regex/arxiv.ts`.
 */
import { defineReader } from './define.js';
import type { PaperDate } from '../schema/paper.js';
import { parseDate } from '../lib/dates.js';
import { foldSpace, splitLines, unquoteEmail, withoutPrintFurniture, type Line, type Unquoted } from '../lib/text.js';
import {
  RE_AFFILIATION_MARKER,
  RE_ARXIV_ABS_URL,
  RE_ARXIV_CATEGORY,
  RE_ARXIV_ID_NEW,
  RE_ARXIV_ID_OLD,
  RE_ARXIV_OAI,
  RE_DIGEST_FOOTER,
  RE_DIGEST_SIZE,
  RE_DOI_WHOLE,
} from '../regex/arxiv.js';
import type { EntryLink, FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

/* ------------------------------------------------------------------------ */
/* Shared arXiv helpers                                                      */
/* ------------------------------------------------------------------------ */

export interface ArxivIdParts {
  /** Without version; old-style ids lose their subject class (`math.CA/0611800` -> `math/0611800`). */
  id: string;
  version?: number;
}

/**
 * Reads an arXiv id as feeds write it: `2306.05480`, `2306.05480v2`, `arXiv:2306.05480`,
 * `hep-th/9901001v2`, `https://arxiv.org/abs/2306.05480v1`, `.../pdf/2306.05480v1.pdf`,
 * `oai:arXiv.org:2401.06785v1`. Returns undefined for anything else.
 */
export function parseArxivId(raw: string): ArxivIdParts | undefined {
  if (typeof raw !== 'string') return undefined;
  let s = raw.trim();
  if (s.length === 0 || s.length > 300) return undefined;
  if (s.startsWith('http://') || s.startsWith('https://')) {
    const m = RE_ARXIV_ABS_URL.exec(s);
    if (!m) return undefined;
    s = m[1]!;
  } else {
    // `oai:arXiv.org:ID`, written twice by some re-publishers (`oai:arXiv.org:oai:arXiv.org:ID`)
    for (let i = 0; i < 2; i++) {
      const oai = RE_ARXIV_OAI.exec(s);
      if (oai) s = oai[1]!;
    }
  }
  if (s.length > 6 && s.slice(0, 6).toLowerCase() === 'arxiv:') s = s.slice(6).trim();
  let m = RE_ARXIV_ID_NEW.exec(s);
  if (m) {
    const month = +s.slice(2, 4);
    if (month < 1 || month > 12) return undefined;
    return withVersion(m[1]!, m[2]);
  }
  m = RE_ARXIV_ID_OLD.exec(s);
  if (m) return withVersion(`${m[1]}/${m[3]}`, m[4]);
  return undefined;
}

function withVersion(id: string, v: string | undefined): ArxivIdParts {
  const version = v === undefined ? undefined : +v;
  return version !== undefined && version > 0 ? { id, version } : { id };
}

/** True for an arXiv category such as `cs.LG`, `q-fin.CP`, `hep-th`. */
export function isArxivCategory(s: string): boolean {
  return s.length <= 40 && RE_ARXIV_CATEGORY.test(s);
}

/** Space-separated categories (`cs.AI cs.LG`), primary first, duplicates dropped. */
export function splitCategories(s: string): string[] {
  const out: string[] = [];
  for (const tok of fold(s).split(' ')) {
    const t = trimPunct(tok);
    if (t && isArxivCategory(t) && !out.includes(t)) out.push(t);
  }
  return out;
}

function trimPunct(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '(' || s[a] === '[' || s[a] === ',' || s[a] === ';')) a++;
  while (b > a && (s[b - 1] === ')' || s[b - 1] === ']' || s[b - 1] === ',' || s[b - 1] === ';' || s[b - 1] === '.')) b--;
  return s.slice(a, b);
}

/** The first DOI of a field (`10.1145/x 10.1145/y` -> the first), without a `doi:` prefix or trailing punctuation. */
export function cleanDoi(raw: string): string | undefined {
  let s = fold(raw);
  if (!s) return undefined;
  const sp = s.indexOf(' ');
  if (sp > 0) s = s.slice(0, sp);
  if (s.slice(0, 4).toLowerCase() === 'doi:') s = s.slice(4);
  for (const p of ['https://doi.org/', 'http://doi.org/', 'https://dx.doi.org/', 'http://dx.doi.org/']) {
    if (s.toLowerCase().startsWith(p)) s = s.slice(p.length);
  }
  while (s.length && (s.endsWith('.') || s.endsWith(',') || s.endsWith(';'))) s = s.slice(0, -1);
  return RE_DOI_WHOLE.test(s) ? s : undefined;
}

const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'phd', 'ph.d.']);

/** Words that end the name of a group listed before its members (`LHCb collaboration: R. Aaij, …`). */
const COLLABORATION_WORDS = ['collaboration', 'collaborations', 'consortium', 'team', 'group'];

/**
 * Splits an author list as arXiv writes it: `A, B, and C`, `A and B and C`,
 * `A , B` (listing pages), `A (MIT), B ((1) CMU, (2) Google)`. Commas and `and`
 * inside parentheses or braces do not split. Names are kept as written (LaTeX
 * included); trailing parenthesised affiliations go to `affiliations`; a group before
 * its members (`LHCb collaboration: R. Aaij`) is an author of its own.
 */
export function splitAuthors(raw: string): { authors: string[]; affiliations: string[] } {
  const s = fold(raw);
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  const push = () => {
    const t = cur.trim();
    if (t) parts.push(t);
    cur = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '(' || ch === '{' || ch === '[') depth++;
    else if ((ch === ')' || ch === '}' || ch === ']') && depth > 0) depth--;
    if (depth === 0) {
      if (ch === ',' || ch === ';') {
        push();
        continue;
      }
      // ` and ` / ` & ` at top level
      if (ch === ' ') {
        const rest = s.slice(i + 1, i + 5);
        if (rest === 'and ') {
          push();
          i += 4;
          continue;
        }
        if (rest.startsWith('& ')) {
          push();
          i += 2;
          continue;
        }
      }
    }
    cur += ch;
  }
  push();
  const authors: string[] = [];
  const affiliations: string[] = [];
  for (let p of parts) {
    if (p.startsWith('and ')) p = p.slice(4).trim();
    // trailing parenthesised groups: `Name (MIT)`, `Name (1)`, `Name (1 and 2) ((1) MIT, (2) CMU)`
    let guard = 0;
    while (p.endsWith(')') && guard++ < 8) {
      const open = matchingOpen(p, p.length - 1);
      if (open <= 0) break;
      const inner = p.slice(open + 1, -1).trim();
      p = p.slice(0, open).trim();
      // `et al. (909 additional authors not shown)`: a count, not an affiliation
      if (inner.toLowerCase().includes('authors not shown')) continue;
      for (const a of affiliationParts(inner)) if (!affiliations.includes(a)) affiliations.push(a);
    }
    p = p.trim();
    // a collaboration before its members: `LHCb collaboration: R. Aaij`, `The ATLAS Collaboration: G. Aad`
    const colon = p.indexOf(': ');
    if (colon > 0) {
      const head = p.slice(0, colon).trim();
      const hl = head.toLowerCase();
      if (COLLABORATION_WORDS.some((w) => hl.endsWith(w))) {
        authors.push(head);
        p = p.slice(colon + 2).trim();
      }
    }
    if (!p) continue;
    const low = p.toLowerCase();
    if (low === 'et al' || low === 'et al.' || low === 'others' || low === 'and') continue;
    if (NAME_SUFFIXES.has(low) && authors.length) {
      authors[authors.length - 1] += `, ${p}`;
      continue;
    }
    authors.push(p);
  }
  return { authors, affiliations };
}

function matchingOpen(s: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (s[i] === ')') depth++;
    else if (s[i] === '(') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** `(1) MIT, (2) CMU` -> [MIT, CMU]; `MIT` -> [MIT]; `1` and `1, 2` -> []. */
function affiliationParts(inner: string): string[] {
  const out: string[] = [];
  if (!inner) return out;
  const pieces = inner.indexOf('(') >= 0 ? inner.split(RE_AFFILIATION_MARKER) : [inner];
  for (const piece of pieces) {
    let t = piece.trim();
    while (t.startsWith(',') || t.startsWith(';')) t = t.slice(1).trim();
    while (t.endsWith(',') || t.endsWith(';')) t = t.slice(0, -1).trim();
    if (!t) continue;
    let digitsOnly = true;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (!((c >= 48 && c <= 57) || c === 44 || c === 32 || c === 42)) {
        digitsOnly = false;
        break;
      }
    }
    if (!digitsOnly && t.length <= 300) out.push(t);
  }
  return out;
}

/* ------------------------------------------------------------------------ */
/* Line helpers shared by the text readers                                   */
/* ------------------------------------------------------------------------ */

/** Folds runs of white space to one space and trims (the shared `foldSpace`). */
export function fold(s: string): string {
  return foldSpace(s);
}

/** White space as the feeds use it: ASCII space and tab, NBSP, BOM, the Unicode spaces. */
export function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Trims feed white space (NBSP and BOM included) at both ends. */
export function trimWs(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isWs(s.charCodeAt(a))) a++;
  while (b > a && isWs(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** The number of leading white-space characters. */
export function indentOf(s: string): number {
  let a = 0;
  while (a < s.length && isWs(s.charCodeAt(a))) a++;
  return a;
}

/* ------------------------------------------------------------------------ */
/* The digest reader                                                         */
/* ------------------------------------------------------------------------ */

const DETECT_WINDOW = 20_000;

function isDashLine(t: string): boolean {
  if (t.length < 20) return false;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) !== 45) return false;
  return true;
}

/** `%%--%%--...` between digest sections and `%%%---%%%---...` at the end. */
function isPercentMarker(t: string): boolean {
  if (t.length < 6) return false;
  // `%-%-%-...` before the cross-listings of the older digests and listing files
  if (t.startsWith('%-%-%-')) return true;
  return t.startsWith('%%') && (t.includes('--') || t.endsWith('%%'));
}

function isBackslashes(t: string): boolean {
  return t === '\\\\';
}

/** The id on an entry's id line: `arXiv:2306.05480`, `arXiv:2212.14449 (*cross-listing*)`, `Paper: cs/9901001`. */
function idLine(t: string): { id: ArxivIdParts; cross: boolean } | undefined {
  let rest: string;
  let crossLabel = false;
  if (t.startsWith('arXiv:')) rest = t.slice(6);
  else if (t.startsWith('Paper:')) rest = t.slice(6);
  else if (t.startsWith('Paper (') && t.slice(7, 40).toLowerCase().startsWith('*cross-listing*):')) {
    // the older digests: `Paper (*cross-listing*): gr-qc/9401026`
    rest = t.slice(t.indexOf(':') + 1);
    crossLabel = true;
  } else return undefined;
  rest = trimWs(rest);
  let sp = -1;
  for (let i = 0; i < rest.length; i++) {
    if (isWs(rest.charCodeAt(i))) {
      sp = i;
      break;
    }
  }
  const token = sp < 0 ? rest : rest.slice(0, sp);
  const after = sp < 0 ? '' : trimWs(rest.slice(sp));
  const id = parseArxivId(token);
  if (!id) return undefined;
  // anything after the id must be a decoration, not prose
  if (after && !(after.startsWith('(') || after.startsWith('['))) return undefined;
  return { id, cross: crossLabel || after.toLowerCase().includes('cross') };
}

const FIELD_LABELS = new Map<string, string>([
  ['date', 'date'],
  ['from', 'from'],
  ['title', 'title'],
  ['authors', 'authors'],
  ['author', 'authors'],
  ['categories', 'categories'],
  ['comments', 'comments'],
  ['comment', 'comments'],
  ['report-no', 'report'],
  ['acm-class', 'acm'],
  ['msc-class', 'msc'],
  ['journal-ref', 'journal'],
  ['doi', 'doi'],
  ['license', 'license'],
  ['subj-class', 'subjclass'],
  ['proxy', 'proxy'],
]);

/** `Label: value` with a known label; returns the field key and the value. */
function fieldLine(t: string): { key: string; value: string } | undefined {
  const colon = t.indexOf(':');
  if (colon <= 0 || colon > 16) return undefined;
  const key = FIELD_LABELS.get(t.slice(0, colon).toLowerCase());
  if (!key) return undefined;
  return { key, value: t.slice(colon + 1) };
}

const REPLACED = 'replaced with revised version';

/** The date of a `Date (revised v2): ...` line of the older digests and listing files; undefined for other lines. */
function revisedDate(t: string): string | undefined {
  if (!t.startsWith('Date (revised')) return undefined;
  const close = t.indexOf('):');
  if (close < 0 || close > 24) return undefined;
  return t.slice(close + 2);
}

/** The version of a `Date (revised v2): ...` line: 2. */
function revisedVersionOf(t: string): number | undefined {
  const v = t.indexOf(' v', 12);
  const close = t.indexOf('):');
  if (v < 0 || close < 0 || v > close) return undefined;
  let n = 0;
  let i = v + 2;
  for (; i < close && i < v + 6; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    n = n * 10 + (c - 48);
  }
  return i === close && n > 0 ? n : undefined;
}

/** Removes the size note: `Thu, 8 Jun 2023 18:04:13 GMT   (439kb,D)` -> the date. */
function stripSize(s: string): string {
  const t = trimWs(s);
  const open = t.lastIndexOf('(');
  if (open > 0 && RE_DIGEST_SIZE.test(t.slice(open))) return trimWs(t.slice(0, open));
  return t;
}

interface DigestStart {
  line: number;
  idLine: number;
  id: ArxivIdParts;
  cross: boolean;
}

function findDigestStarts(lines: Line[], trims: string[], limit = lines.length): DigestStart[] {
  const starts: DigestStart[] = [];
  for (let i = 0; i < limit; i++) {
    const t = trims[i]!;
    if (t.length < 9 || (t.charCodeAt(0) !== 97 /* a */ && t.charCodeAt(0) !== 80 /* P */)) continue;
    const m = idLine(t);
    if (!m) continue;
    // the previous non-blank line is `\\`, or a Date/replaced/Title line follows closely
    let prev = i - 1;
    while (prev >= 0 && trims[prev] === '') prev--;
    const afterBackslashes = prev >= 0 && isBackslashes(trims[prev]!);
    let confirmed = afterBackslashes;
    if (!confirmed) {
      for (let j = i + 1, seen = 0; j < lines.length && seen < 4; j++) {
        const u = trims[j]!;
        if (!u) continue;
        seen++;
        if (u.startsWith('Date:') || u.startsWith(REPLACED) || u.startsWith('Title:') || u.startsWith('From:')) {
          confirmed = true;
          break;
        }
      }
    }
    if (!confirmed) continue;
    starts.push({ line: afterBackslashes ? prev : i, idLine: i, id: m.id, cross: m.cross });
  }
  return starts;
}

/**
 * A digest forwarded or replied to as e-mail: its lines quoted with `> ` (and the forward's
 * own header unquoted). The text without the markers, when its quoted lines hold digest entries.
 */
function quotedDigest(text: string): Unquoted | undefined {
  if (!text.includes('\n>') || !(text.includes('> \\\\ (') || text.includes('>\\\\ (') || text.includes('> Categories:') || text.includes('>Categories:'))) return undefined;
  return unquoteEmail(text);
}

function readDigest(text: string, ctx: ReaderContext): ReaderResult {
  const q = quotedDigest(text);
  if (q) {
    const lines = splitLines(text);
    const plain = findDigestStarts(lines, lines.map((l) => trimWs(l.text))).length;
    const ql = splitLines(q.text);
    if (findDigestStarts(ql, ql.map((l) => trimWs(l.text))).length > plain) {
      const mapped: ReaderContext = { diagnose: (code, message, start, end, severity) => ctx.diagnose(code, message, q.toRaw(start), q.toRaw(end), severity) };
      const r = readUnquoted(q.text, mapped);
      for (const e of r.entries) {
        e.start = q.toRaw(e.start);
        e.end = q.toRaw(e.end);
        for (const l of e.links) {
          if (l.start !== undefined) l.start = q.toRaw(l.start);
          if (l.end !== undefined) l.end = q.toRaw(l.end);
        }
      }
      return r;
    }
  }
  return readUnquoted(text, ctx);
}

function readUnquoted(text: string, ctx: ReaderContext): ReaderResult {
  const lines = withoutPrintFurniture(splitLines(text));
  const trims = lines.map((l) => trimWs(l.text));
  const starts = findDigestStarts(lines, trims);
  const entries: RawEntry[] = [];
  let truncated = false;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const stop = k + 1 < starts.length ? starts[k + 1]!.line : lines.length;
    const r = readDigestEntry(lines, trims, s, stop, ctx);
    if (!r) continue;
    entries.push(r.entry);
    if (r.entry.truncated) truncated = true;
  }
  const result: ReaderResult = { entries };
  if (truncated) result.truncated = true;
  return result;
}

function readDigestEntry(
  lines: Line[],
  trims: string[],
  s: DigestStart,
  stop: number,
  ctx: ReaderContext,
): { entry: RawEntry } | undefined {
  const fields = new Map<string, string[]>();
  let current: string[] | undefined;
  let replacedDate: string | undefined;
  let revisedLatest: string | undefined;
  let revisedVersion: number | undefined;
  let state: 'meta' | 'abstract' | 'done' = 'meta';
  const abstractLines: string[] = [];
  let footer: { url: string; start: number; end: number } | undefined;
  let lastLine = s.idLine;
  let terminated = false;
  for (let j = s.idLine + 1; j < stop; j++) {
    const t = trims[j]!;
    if (isDashLine(t) || isPercentMarker(t)) {
      terminated = true;
      break;
    }
    if (state === 'done') {
      if (t) {
        // text after the footer that is not a separator: the entry ended at the footer
        terminated = true;
        break;
      }
      continue;
    }
    if (t.startsWith('\\\\ (') || t.startsWith('\\\\(')) {
      const m = RE_DIGEST_FOOTER.exec(t);
      if (m) {
        const line = lines[j]!;
        const at = line.text.indexOf(m[1]!);
        footer = { url: m[1]!, start: line.start + Math.max(at, 0), end: line.start + Math.max(at, 0) + m[1]!.length };
        lastLine = j;
        state = 'done';
        continue;
      }
    }
    if (state === 'meta') {
      if (isBackslashes(t)) {
        state = 'abstract';
        lastLine = j;
        continue;
      }
      if (!t) {
        current = undefined;
        continue;
      }
      lastLine = j;
      const raw = lines[j]!.text;
      if (current && raw.length > 0 && (raw.charCodeAt(0) === 32 || raw.charCodeAt(0) === 9) && !fieldLine(t)) {
        current.push(t);
        continue;
      }
      if (t.startsWith(REPLACED)) {
        replacedDate = t.slice(REPLACED.length);
        current = undefined;
        continue;
      }
      const revised = revisedDate(t);
      if (revised !== undefined) {
        // `Date (revised v2): Tue, 14 Mar 2006 21:37:05 GMT   (25kb)`: the latest one is the update
        revisedLatest = revised;
        const v = revisedVersionOf(t);
        if (v !== undefined && (revisedVersion === undefined || v > revisedVersion)) revisedVersion = v;
        current = undefined;
        continue;
      }
      const f = fieldLine(t);
      if (f) {
        current = [f.value];
        if (!fields.has(f.key)) fields.set(f.key, current);
        continue;
      }
      if (current) current.push(t);
      continue;
    }
    // abstract; a `\\` alone closes it where no footer follows (arXiv's `.abs` metadata files, listing files)
    if (isBackslashes(t)) {
      lastLine = j;
      terminated = true;
      state = 'done';
      continue;
    }
    if (t) lastLine = j;
    abstractLines.push(lines[j]!.text);
  }
  const get = (key: string) => {
    const v = fields.get(key);
    return v ? fold(v.join(' ')) : undefined;
  };
  const title = get('title') ?? '';
  const abstract = abstractLines.length ? fold(abstractLines.join(' ')) : '';
  const start = lines[s.line]!.start + indentOf(lines[s.line]!.text);
  const endText = lines[lastLine]!.text;
  let endTrim = endText.length;
  while (endTrim > 0 && isWs(endText.charCodeAt(endTrim - 1))) endTrim--;
  const end = lines[lastLine]!.start + endTrim;
  const isTruncated = !footer && !terminated && stop === lines.length;
  if (!title && !abstract) {
    if (isTruncated) ctx.diagnose('TRUNCATED_ENTRY', `arXiv:${s.id.id}: the capture ends inside the entry`, start, end, 'warning');
    return undefined;
  }
  const entry: RawEntry = { title, links: [], start, end, arxivId: s.id.id };
  if (s.id.version !== undefined) entry.arxivVersion = s.id.version;
  else if (revisedVersion !== undefined) entry.arxivVersion = revisedVersion;
  if (abstract) entry.abstract = abstract;
  const authorsRaw = get('authors');
  if (authorsRaw) {
    const { authors, affiliations } = splitAuthors(authorsRaw);
    entry.authors = authors;
    if (affiliations.length) entry.affiliations = affiliations;
  }
  const cats = get('categories');
  if (cats) {
    const c = splitCategories(cats);
    if (c.length) entry.categories = c;
  }
  const comments = get('comments');
  if (comments) entry.comments = comments;
  const journal = get('journal');
  if (journal) entry.journalRef = journal;
  const doi = get('doi');
  if (doi) {
    const d = cleanDoi(doi);
    if (d) entry.doi = d;
  }
  const dates: NonNullable<RawEntry['dates']> = {};
  const dateRaw = get('date');
  if (dateRaw) {
    const d = parseDate(stripSize(dateRaw));
    if (d) {
      entry.date = d;
      dates.submitted = d;
    }
  }
  let updated: PaperDate | undefined;
  if (replacedDate !== undefined || revisedLatest !== undefined) {
    updated = parseDate(stripSize(replacedDate ?? revisedLatest!));
    if (updated) dates.updated = updated;
  }
  if (dates.submitted || dates.updated) entry.dates = dates;
  const replaced = replacedDate !== undefined;
  entry.announceType = replaced ? (s.cross ? 'replace-cross' : 'replace') : s.cross ? 'cross' : 'new';
  if (footer) {
    const link: EntryLink = { url: footer.url, origin: 'links', start: footer.start, end: footer.end };
    entry.links.push(link);
  }
  if (isTruncated) {
    entry.truncated = true;
    ctx.diagnose('TRUNCATED_ENTRY', `arXiv:${s.id.id}: the capture ends inside the entry`, start, end, 'warning');
  }
  if (!entry.abstract && !entry.truncated) {
    ctx.diagnose(
      'MISSING_ABSTRACT',
      replaced ? `arXiv:${s.id.id}: a replacement announcement carries no abstract` : `arXiv:${s.id.id}: no abstract`,
      start,
      end,
      replaced ? 'info' : 'warning',
    );
  }
  return { entry };
}

function detectDigest(text: string): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const sample = text.length > DETECT_WINDOW ? text.slice(0, DETECT_WINDOW) : text;
  const plain = detectSample(sample);
  if (plain >= 0.9) return plain;
  const q = quotedDigest(sample);
  return q ? Math.max(plain, detectSample(q.text)) : plain;
}

function detectSample(sample: string): number {
  const lines = splitLines(sample);
  const trims = lines.map((l) => trimWs(l.text));
  let footers = 0;
  let categories = 0;
  let dates = 0;
  let header = false;
  for (const t of trims) {
    if (t.startsWith('\\\\ (') && RE_DIGEST_FOOTER.test(t)) footers++;
    else if (t.startsWith('Categories:')) categories++;
    else if (t.startsWith('Date:') || t.startsWith(REPLACED)) dates++;
    else if (t.startsWith('Send any comments regarding submissions directly to submitter')) header = true;
  }
  const starts = findDigestStarts(lines, trims).length;
  if (starts >= 1 && footers >= 1) return 0.97;
  if (starts >= 1 && categories >= 1 && dates >= 1) return 0.92;
  if (header && (starts >= 1 || categories >= 1)) return 0.9;
  if (header) return 0.6;
  if (starts >= 1 && categories >= 1) return 0.6;
  if (footers >= 1) return 0.5;
  return 0;
}

/** The arXiv daily e-mail digest. */
export const arxivDigestReader: FeedReader = defineReader('arxiv-digest', detectDigest, readDigest, { maxConfidence: 0.97 });
