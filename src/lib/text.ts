import { RE_LETTER_OR_DIGIT as LETTER_OR_DIGIT, RE_WHITESPACE_RUN } from '../regex/text.js';

/** Small text helpers shared by readers and extractors. No regex with backtracking; most are scans. */

/** Folds runs of white space (including NBSP and line breaks) to one space and trims. */
export function foldSpace(s: string): string {
  // Most strings are folded already (single inner spaces, nothing at the ends): one scan says so.
  const n = s.length;
  let folded = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || isJsSpaceCode(s.charCodeAt(i + 1))) {
        folded = false;
        break;
      }
    } else if (c < 33 ? c >= 9 && c <= 13 : c >= 0xa0 && isJsSpaceCode(c)) {
      folded = false;
      break;
    }
  }
  if (folded) return s;
  return s.replace(RE_WHITESPACE_RUN, ' ').trim();
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
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
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

/** Splits into lines, keeping offsets; LF, CRLF and CR all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ text: text.slice(start, i), start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), start, end: text.length });
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
