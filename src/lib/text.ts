import { RE_ASCII, RE_LETTER_OR_DIGIT as LETTER_OR_DIGIT, RE_NOT_ALNUM_LOWER, RE_PRINT_FOOTER, RE_PRINT_HEADER, RE_UNFOLDED_SPACE, RE_WHITESPACE_RUN } from '../regex/text.js';

/** Small text helpers shared by readers and extractors. No regex with backtracking; most are scans. */

/** Folds runs of white space (including NBSP and line breaks) to one space and trims. */
export function foldSpace(s: string): string {
  // inside a parse, an abstract-sized string folded once is known: its hash is cached, so the next check is O(1)
  // (V8 hashes longer strings by their length alone: those are not remembered)
  const known = s.length >= 200 && s.length < 16_384 ? shared?.folded : undefined;
  if (known?.has(s)) return s;
  // Most strings are folded already (single inner spaces, nothing at the ends): one native scan says so.
  const r = s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !RE_UNFOLDED_SPACE.test(s) ? s : s.replace(RE_WHITESPACE_RUN, ' ').trim();
  known?.add(r);
  return r;
}

/**
 * True when the UTF-16 code unit is JS white space (what `/\s/` matches): the ASCII
 * spaces, NBSP, U+1680, U+2000-U+200A, the line and paragraph separators, U+202F,
 * U+205F, U+3000 and the BOM.
 */
export function isJsSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Lower-case, NFKC, letters and digits only: the key used to compare names and titles. */
export function foldKey(s: string): string {
  if (RE_ASCII.test(s)) return s.toLowerCase().replace(RE_NOT_ALNUM_LOWER, ''); // NFKC leaves ASCII as it is
  const n = s.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of n) {
    if (isLetterOrDigit(ch)) out += ch;
  }
  return out;
}

export function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return LETTER_OR_DIGIT.test(ch);
}

/** Maps offsets to 1-based line and column; built once per input, O(log n) per lookup. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    if (shared !== undefined && shared.lines !== undefined && shared.text === text) {
      for (const l of shared.lines) if (l.start > 0) this.starts.push(l.start);
      return;
    }
    // the line starts splitLines would give (LF, CRLF and CR end a line), without its line strings
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const e = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      const start = e === cr && lf === e + 1 ? e + 2 : e + 1;
      this.starts.push(start);
      if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    }
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** A line of the input with its offsets (end excludes the line break). */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/** Work shared inside {@link withSharedLines}: the text, its lines once split, long strings known folded. */
let shared: { text: string; lines?: Line[]; folded: Set<string> } | undefined;

/**
 * Runs `fn` with the lines of `text` split once: every `splitLines(text)` inside it
 * (each reader's detection, then the reading) returns the same array, which callers
 * only read; and `foldSpace` checks a long string once. Nested calls keep the outer
 * scope; all is dropped afterwards.
 */
export function withSharedLines<T>(text: string, fn: () => T): T {
  if (shared) return fn();
  shared = { text, folded: new Set() };
  try {
    return fn();
  } finally {
    shared = undefined;
  }
}

/** The number of spaces and tabs a line starts with. */
export function indentOf(t: string): number {
  let i = 0;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  return i;
}

/** Splits into lines, keeping offsets; LF, CRLF and CR all end a line. Do not change the array (it may be shared). */
export function splitLines(text: string): Line[] {
  if (shared !== undefined && shared.text.length === text.length && shared.text === text) return (shared.lines ??= split(text));
  return split(text);
}

function split(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  // the next LF and CR (-1: none), each searched forward once
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let start = 0;
  while (lf >= 0 || cr >= 0) {
    const e = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    lines.push({ text: text.slice(start, e), start, end: e });
    start = e === cr && lf === e + 1 ? e + 2 : e + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push({ text: text.slice(start), start, end: n });
  return lines;
}

/** True when the string holds only white space. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000)) return false;
  }
  return true;
}

/** A slug for ids: lower-case ASCII words joined by `-`, at most 80 characters. */
export function slugify(s: string): string {
  const n = s.normalize('NFKD').toLowerCase();
  let out = '';
  let dash = false;
  for (let i = 0; i < n.length && out.length < 80; i++) {
    const c = n.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) {
      if (dash && out.length) out += '-';
      dash = false;
      out += n[i];
    } else if (c < 0x300 || c > 0x36f) dash = true;
  }
  return out || 'untitled';
}

/** A text with its e-mail quote markers (`> `) removed, and the way back to the quoted text's offsets. */
export interface Unquoted {
  text: string;
  /** The offset in the quoted text of offset `n` of `text`. */
  toRaw(n: number): number;
}

/**
 * Removes e-mail quote markers from the start of each line (`> `, `>`, nested `> > ` or `>>`),
 * one optional space after each `>`; lines without a marker stay as they are. `undefined`
 * when fewer than `minQuoted` lines carry a marker. Linear.
 */
export function unquoteEmail(text: string, minQuoted = 3): Unquoted | undefined {
  const lines = splitLines(text);
  const parts: string[] = [];
  const uStarts: number[] = [];
  const shifts: number[] = [];
  let quoted = 0;
  let u = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const s = l.text;
    let k = 0;
    while (k < s.length && s.charCodeAt(k) === 62 /* > */) {
      k++;
      if (s.charCodeAt(k) === 32) k++;
      // `> > `: a nested marker after the space
      while (s.charCodeAt(k) === 32 && s.charCodeAt(k + 1) === 62) k++;
    }
    if (k > 0) quoted++;
    uStarts.push(u);
    shifts.push(l.start + k - u);
    // the line without its marker, then its own line break as written
    const next = i + 1 < lines.length ? lines[i + 1]!.start : text.length;
    const piece = text.slice(l.start + k, next);
    parts.push(piece);
    u += piece.length;
  }
  if (quoted < minQuoted) return undefined;
  const out = parts.join('');
  return {
    text: out,
    toRaw(n: number): number {
      let lo = 0;
      let hi = uStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (uStarts[mid]! <= n) lo = mid;
        else hi = mid - 1;
      }
      return uStarts.length ? Math.min(text.length, Math.max(0, n + shifts[lo]!)) : n;
    },
  };
}

/**
 * A line a PDF viewer's text export puts between a printed page's lines: the browser's print header
 * (`9/9/26, 10:14 AM  Computational Finance`), its footer (`https://arxiv.org/list/q-fin.CP/new 3/9`),
 * a page counter (`Page 3 of 9`) or a form feed.
 */
export function isPrintFurniture(line: string): boolean {
  const t = line.trim();
  if (!t) return line.indexOf('\f') >= 0;
  if (t.length > 400) return false;
  if (t.indexOf('\f') >= 0 && isBlank(t.split('\f').join(''))) return true;
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return RE_PRINT_HEADER.test(t) || RE_PRINT_FOOTER.test(t);
  if (c === 104 /* h */ || c === 80 /* P */ || c === 112 /* p */ || c === 45 /* - */) return RE_PRINT_FOOTER.test(t);
  return false;
}

/** The lines without a printed page's headers, footers and form feeds (a page printed to PDF, then to text). */
export function withoutPrintFurniture(lines: Line[]): Line[] {
  let n = 0;
  for (const l of lines) if (isPrintFurniture(l.text)) n++;
  // one counter line may be content; a print shows them on every page
  return n >= 2 ? lines.filter((l) => !isPrintFurniture(l.text)) : lines;
}
