/**
 * One arXiv abstract page (`arxiv.org/abs/<id>`) as text: copied from a browser,
 * dumped by a text browser, or saved as markdown by a reader service. The page
 * shows `[Submitted on <date> …]`, the title (`Title:` in some captures), the
 * author line (`Authors:`), `View PDF` / `View a PDF of the paper titled …`
 * buttons, the abstract (`Abstract:`), then `Comments:`, `Subjects:`, `Cite as:`
 * and the page's menus. Several pages pasted one after the other are read one
 * entry a `Submitted on` line.
 */
import { defineReader } from './define.js';
import { parseDate } from '../lib/dates.js';
import { isBlank, splitLines, type Line } from '../lib/text.js';
import { RE_ABS_CITE, RE_ABS_SUBMITTED } from '../regex/arxiv.js';
import { cleanDoi, fold, parseArxivId, splitAuthors } from './arxiv-digest.js';
import { delinkLine, looksAuthorList, subjectCategories, type LineLink } from './arxiv-listing.js';
import { lynxDump } from './hf-textbrowser.js';
import type { FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

const DETECT_WINDOW = 20_000;

/** Labels that end the abstract (the metadata table and the page's menus under it). */
const STOP_LABELS = [
  'comments:', 'subjects:', 'journal reference:', 'journal-ref:', 'doi:', 'report number:', 'msc classes:', 'acm classes:',
  'cite as:', 'submission history', 'access paper:', 'bibliographic tools', 'focus to learn more', 'references & citations',
  'current browse context:', 'download:', 'download pdf', 'full-text links:',
];

/** Button lines between the authors and the abstract. */
const BUTTONS = new Set(['view pdf', 'download pdf', 'html (experimental)', 'tex source', 'other formats', 'pdf', 'html', 'view license']);

/** The line as the page shows it: links reduced to their labels, table bars, emphasis and heading marks dropped. */
/** A line's text without markdown (its links' labels kept; the links themselves go to `links` when given). */
function clean(text: string, links: LineLink[] = []): string {
  let s = delinkLine(text, 0, links);
  s = fold(s);
  while (s.startsWith('|') || s.startsWith('>') || s.startsWith('*') || s.startsWith('_') || s.startsWith('#')) s = s.slice(1).trim();
  while (s.endsWith('|') || s.endsWith('*') || s.endsWith('_')) s = s.slice(0, -1).trim();
  return s;
}

function isWebAddress(s: string): boolean {
  return s.startsWith('https://') || s.startsWith('http://');
}

/** `===` / `---` under a setext heading, or a markdown table rule. */
function isRule(s: string): boolean {
  if (s.length < 2) return false;
  for (const ch of s) if (ch !== '=' && ch !== '-' && ch !== '|' && ch !== ':' && ch !== ' ') return false;
  return true;
}

/** The value after a label at the start of the line (`Comments: ICML 2023`), case-insensitive, or undefined. */
function labelled(s: string, label: string): string | undefined {
  if (s.length < label.length || s.slice(0, label.length).toLowerCase() !== label) return undefined;
  let i = label.length;
  while (i < s.length && ' \t|*_'.includes(s[i]!)) i++;
  return s.slice(i).trim();
}

function isStop(s: string): boolean {
  const low = s.toLowerCase();
  return STOP_LABELS.some((l) => low.startsWith(l));
}

function isButton(s: string): boolean {
  const low = s.toLowerCase();
  return BUTTONS.has(low) || low.startsWith('view a pdf of the paper titled') || low.startsWith('view pdf') || low.startsWith('download pdf');
}

/**
 * Where a page's blocks begin inside a line, when a text extractor ran them together
 * (`arXiv:2501.11733 (cs) [Submitted on …] Title:`, `Authors: A , B View a PDF of the paper titled …`,
 * `Comments: 12 pages Subjects: … Cite as: …`).
 */
const INLINE_BLOCKS = [
  '[Submitted on ', ' Title:', ' Authors:', ' Abstract:', ' Comments:', ' Subjects:', ' Cite as:', ' Journal reference:', ' Journal-ref:',
  ' Report number:', ' MSC classes:', ' ACM classes:', ' View a PDF of the paper titled', ' View PDF', ' Submission history', ' Full-text links:',
  ' Access Paper:', ' Current browse context:',
];

/**
 * The lines with run-together blocks split where a block begins (offsets kept). A line is split
 * at a `[Submitted on` that does not open it, where two or more blocks share it, or before a
 * label that ends it (`… (cs) [Submitted on 9 Apr 2026] Title:`); other lines stay whole.
 */
function explode(lines: Line[]): Line[] {
  let out: Line[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.text;
    const cuts: number[] = [];
    let submitted = false;
    let endsLabel = false;
    if (t.length > 12) {
      for (const m of INLINE_BLOCKS) {
        let at = t.indexOf(m, 1);
        for (let n = 0; at > 0 && n < 4; n++) {
          const cut = m.charCodeAt(0) === 32 ? at + 1 : at;
          if (t.slice(0, cut).trim()) {
            if (!cuts.includes(cut)) cuts.push(cut);
            if (m === '[Submitted on ') submitted = true;
            if (m.endsWith(':') && !t.slice(at + m.length).trim()) endsLabel = true;
          }
          at = t.indexOf(m, at + m.length);
        }
      }
    }
    // a line that opens with a block (`Subjects: … Cite as: …`) holds two blocks with one cut
    const opens = cuts.length > 0 && INLINE_BLOCKS.some((m) => t.trimStart().startsWith(m.trim()));
    if (!cuts.length || (!submitted && !endsLabel && cuts.length + (opens ? 1 : 0) < 2)) {
      out?.push(l);
      continue;
    }
    out ??= lines.slice(0, i);
    cuts.sort((x, y) => x - y);
    let from = 0;
    for (const c of cuts.concat(t.length)) {
      if (c > from) out.push({ text: t.slice(from, c), start: l.start + from, end: l.start + c });
      from = c;
    }
  }
  return out ?? lines;
}

/** A date line with the spaces a text extractor puts inside link brackets removed: `( v1 )` -> `(v1)`. */
function tight(s: string): string {
  return s.indexOf('( ') < 0 && s.indexOf(' )') < 0 ? s : s.split('( ').join('(').split(' )').join(')');
}

/** Indices of the `[Submitted on …]` lines. */
function anchors(lines: Line[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    const k = t.indexOf('ubmitted on ');
    if (k < 1 || k > 12) continue;
    if (RE_ABS_SUBMITTED.test(tight(clean(t)))) out.push(i);
  }
  return out;
}

/** An arXiv id written before the page's date line: `arXiv:2302.12091` in the breadcrumb, an abs address in a capture header. */
function idBefore(lines: Line[], from: number, to: number): { id: string; version?: number } | undefined {
  for (let i = to - 1; i >= from; i--) {
    const t = lines[i]!.text;
    const a = t.indexOf('arxiv.org/abs/');
    if (a >= 0) {
      let e = a + 14;
      while (e < t.length && e < a + 60 && !' )]>"\'\t'.includes(t[e]!)) e++;
      const p = parseArxivId(t.slice(a + 14, e));
      if (p) return p;
    }
    const b = t.indexOf('arXiv:');
    if (b >= 0) {
      let e = b + 6;
      while (e < t.length && e < b + 40 && !' )]>"\'\t'.includes(t[e]!)) e++;
      const p = parseArxivId(t.slice(b + 6, e));
      if (p) return p;
    }
  }
  return undefined;
}

function readPage(input: string, _ctx: ReaderContext): ReaderResult {
  // a text browser's dump: `[N]` link markers and the reference list blanked (offsets hold)
  const text = lynxDump(input)?.masked ?? input;
  const lines = explode(splitLines(text));
  const marks = anchors(lines);
  const entries: RawEntry[] = [];
  for (let k = 0; k < marks.length; k++) {
    const a = marks[k]!;
    const stop = k + 1 < marks.length ? marks[k + 1]! : lines.length;
    const entry = readOne(lines, a, stop, k > 0 ? marks[k - 1]! + 1 : 0);
    if (entry) entries.push(entry);
  }
  return { entries };
}

function readOne(lines: Line[], a: number, stop: number, prevEnd: number): RawEntry | undefined {
  let head = clean(lines[a]!.text);
  let from = a + 1;
  // the date line wrapped by a text browser (`… (this version,` / `v7)]`)
  if (head.startsWith('[') && head.indexOf(']') < 0 && from < stop && !isBlank(lines[from]!.text)) head += ' ' + clean(lines[from++]!.text);
  const m = RE_ABS_SUBMITTED.exec(tight(head));
  const title: string[] = [];
  let authors = '';
  const abs: string[] = [];
  let state: 'title' | 'authors' | 'abstract' | 'fields' = 'title';
  let comments: string | undefined;
  let subjects: string | undefined;
  let journalRef: string | undefined;
  let doi: string | undefined;
  let cite: { id: string; version?: number } | undefined;
  let pending: 'comments' | 'subjects' | 'journal' | 'doi' | undefined;
  let end = lines[a]!.end;
  let viewPdf = false;
  let authorsOpen = false;
  // the links of the line being read, and those of the abstract's lines (a page's `this https URL` links to the address)
  const lineLinks: LineLink[] = [];
  const absLinks: string[] = [];
  const toAbstract = (line: string) => {
    abs.push(line);
    for (const l of lineLinks) if (isWebAddress(l.url) && !absLinks.includes(l.url)) absLinks.push(l.url);
  };
  for (let i = from; i < stop; i++) {
    const raw = lines[i]!.text;
    if (isBlank(raw)) {
      if (state === 'abstract' && abs.length) state = 'fields';
      continue;
    }
    lineLinks.length = 0;
    const s = clean(raw, lineLinks);
    if (!s || isRule(s)) continue;
    if (state === 'title') {
      const t = labelled(s, 'title:') ?? s;
      const au = labelled(s, 'authors:') ?? labelled(s, 'author:');
      if (au !== undefined && title.length) {
        authors = au;
        authorsOpen = true;
        state = 'authors';
      } else if (title.length && (looksAuthorList(s) || (title[title.length - 1]!.length < 60 && !isButton(s)))) {
        authors = s;
        state = 'authors';
      } else if (title.length && isButton(s)) state = 'authors';
      else if (t) title.push(t);
      end = lines[i]!.end;
      if (title.length >= 4) return undefined;
      continue;
    }
    if (state === 'authors') {
      // `View a PDF of the paper titled …, by A and 7 other authors`, wrapped over lines
      const low = s.toLowerCase();
      if (viewPdf || low.startsWith('view a pdf of the paper titled')) {
        viewPdf = !(low.endsWith('authors') || low.endsWith('author') || low.endsWith(')'));
        authorsOpen = false;
        continue;
      }
      if (isButton(s)) {
        authorsOpen = false;
        continue;
      }
      if (authorsOpen && s.length < 100 && labelled(s, 'abstract:') === undefined && !isStop(s)) {
        // a wrapped author line (`… [10]Jakob` / `Uszkoreit, [11]Llion Jones, …`)
        authors += ' ' + s;
        continue;
      }
      authorsOpen = false;
      const ab = labelled(s, 'abstract:');
      if (ab !== undefined) {
        if (ab) toAbstract(ab);
        state = 'abstract';
      } else if (isStop(s)) state = 'fields';
      else if (s.length >= 100 || !authors) {
        if (!authors && s.length < 100) authors = s;
        else {
          toAbstract(s);
          state = 'abstract';
        }
      } else if (authors && looksAuthorList(authors) && s.indexOf(',') >= 0 && s.length < 100) authors += ' ' + s;
      else {
        toAbstract(s);
        state = 'abstract';
      }
      end = lines[i]!.end;
      continue;
    }
    if (state === 'abstract') {
      if (!isStop(s)) {
        toAbstract(s);
        end = lines[i]!.end;
        continue;
      }
      state = 'fields';
    }
    // fields
    const c = RE_ABS_CITE.exec(s);
    if (c && !cite) {
      cite = parseArxivId(c[1]! + (c[2] ? `v${c[2]}` : ''));
      // `Cite as: arXiv:2605.27380 [cs.CL] (or arXiv:2605.27380v1 [cs.CL] for this version)`
      if (cite && cite.version === undefined) {
        const again = s.indexOf(`arXiv:${c[1]}v`, c[0].length);
        if (again >= 0) {
          let e = again + 7 + c[1]!.length;
          while (e < s.length && s.charCodeAt(e) >= 48 && s.charCodeAt(e) <= 57) e++;
          const withV = parseArxivId(s.slice(again + 6, e));
          if (withV && withV.id === cite.id && withV.version !== undefined) cite = withV;
        }
      }
      pending = undefined;
      end = lines[i]!.end;
      continue;
    }
    const co = labelled(s, 'comments:');
    const su = labelled(s, 'subjects:');
    const jr = labelled(s, 'journal reference:') ?? labelled(s, 'journal-ref:');
    const d = labelled(s, 'doi:');
    // the metadata block belongs to the entry
    if (co !== undefined || su !== undefined || jr !== undefined || d !== undefined || (pending && !isStop(s))) end = lines[i]!.end;
    if (co !== undefined) [comments, pending] = [co || undefined, co ? undefined : 'comments'];
    else if (su !== undefined) [subjects, pending] = [su || undefined, su ? undefined : 'subjects'];
    else if (jr !== undefined) [journalRef, pending] = [jr || undefined, jr ? undefined : 'journal'];
    else if (d !== undefined) [doi, pending] = [d || undefined, d ? undefined : 'doi'];
    else if (pending && !isStop(s)) {
      if (pending === 'comments') comments = s;
      else if (pending === 'subjects') subjects = s;
      else if (pending === 'journal') journalRef = s;
      else doi = s;
      pending = undefined;
    } else pending = undefined;
  }
  const t = fold(title.join(' '));
  if (!t) return undefined;
  const entry: RawEntry = { title: t, links: [], start: lines[a]!.start, end };
  const abstract = fold(abs.join(' '));
  if (abstract) {
    entry.abstract = abstract;
    for (const url of absLinks) entry.links.push({ url, origin: 'abstract' });
  }
  if (authors) {
    const sp = splitAuthors(authors);
    if (sp.authors.length) entry.authors = sp.authors;
    if (sp.affiliations.length) entry.affiliations = sp.affiliations;
  }
  const id = cite ?? idBefore(lines, prevEnd, a);
  if (id) {
    entry.arxivId = id.id;
    const v = id.version ?? (m?.[3] ? +m[3] : undefined);
    if (v) entry.arxivVersion = v;
  }
  if (subjects) {
    const cats = subjectCategories(subjects);
    if (cats.length) entry.categories = cats;
  }
  if (comments) entry.comments = comments;
  if (journalRef) entry.journalRef = journalRef;
  if (doi) {
    const dd = cleanDoi(doi);
    if (dd) entry.doi = dd;
  }
  if (m) {
    const first = parseDate(m[1]!);
    const last = m[2] ? parseDate(m[2]) : undefined;
    if (first) {
      entry.date = first;
      entry.dates = last ? { submitted: first, updated: last } : { submitted: first };
    }
  }
  return entry;
}

function detect(input: string): number {
  const cut = input.length > DETECT_WINDOW ? input.slice(0, DETECT_WINDOW) : input;
  const head = cut.indexOf('ubmitted on ') < 0 ? '' : (lynxDump(cut)?.masked ?? cut);
  if (!head) return 0;
  const lines = explode(splitLines(head));
  const marks = anchors(lines);
  if (!marks.length) return 0;
  let cite = 0;
  let abstract = 0;
  for (const l of lines) {
    const t = l.text;
    if (t.indexOf('Cite as') >= 0 && RE_ABS_CITE.test(clean(t))) cite++;
    else if (t.indexOf('Abstract:') >= 0 && clean(t).startsWith('Abstract:')) abstract++;
  }
  if (cite >= 1) return 0.95;
  if (abstract >= 1) return 0.9;
  return 0.4;
}

/** arXiv abstract pages (`arxiv.org/abs/<id>`) as text or markdown. */
export const arxivAbsReader: FeedReader = defineReader('arxiv-abs', detect, readPage, { maxConfidence: 0.95 });
