/**
 * Abbreviation definitions in the manner of Schwartz & Hearst (2003), "A simple
 * algorithm for identifying abbreviation definitions in biomedical text".
 *
 * Candidates are `long form (SF)` and `SF (long form)`. A short form has 2 to 10
 * characters, at most two words, a letter, and starts with an upper-case letter, or has
 * one, or starts with a digit. The long form is found by matching the short form's
 * letters and digits right to left inside the words before the parenthesis (the first
 * one at a word start), and may be at most min(|SF| + 5, |SF| * 2) words long.
 * One linear scan for parentheses; each candidate does bounded work. No regex.
 */
import { expectString } from '../errors.js';

/** One definition found in a text. */
export interface Abbreviation {
  /** The short form as written: `NeRF`. */
  readonly short: string;
  /** The long form as written: `Neural Radiance Field`. */
  readonly long: string;
  /** Offsets of the short form in the text (UTF-16). */
  readonly start: number;
  readonly end: number;
  /** Offsets of the long form in the text (UTF-16). */
  readonly longStart: number;
  readonly longEnd: number;
}

function isAlnum(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}
function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12;
}
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Words (runs of non-space) in `text[from, to)`. */
function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const sp = isSpace(text.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** Short-form test of the paper plus the brief's upper-case-or-digit rule. */
function validShort(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len < 2 || len > 10) return false;
  const first = text.charCodeAt(from);
  if (!isAlnum(first)) return false;
  let hasLetter = false;
  let hasUpper = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) hasLetter = true;
    if (isUpper(c)) hasUpper = true;
  }
  if (!hasLetter) return false;
  if (!hasUpper && !isDigit(first)) return false;
  return countWords(text, from, to) <= 2;
}

/**
 * The shortest long form ending at `lfEnd` whose words hold the short form's characters
 * in order, matched right to left; the first at a word start. Returns the long form's
 * start, or -1.
 */
function bestLongForm(text: string, sfFrom: number, sfTo: number, lfFrom: number, lfEnd: number): number {
  let s = sfTo - 1;
  let l = lfEnd - 1;
  while (s >= sfFrom) {
    const cs = lowerCode(text.charCodeAt(s));
    if (!isAlnum(cs)) {
      s--;
      continue;
    }
    while (
      l >= lfFrom &&
      (lowerCode(text.charCodeAt(l)) !== cs || (s === sfFrom && l > lfFrom && isAlnum(text.charCodeAt(l - 1))))
    ) {
      l--;
    }
    if (l < lfFrom) return -1;
    l--;
    s--;
  }
  // Back to the start of the word holding the first match.
  let start = l + 1;
  while (start > lfFrom && !isSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Characters that end the window of words a long form may come from. */
function isWindowStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 59 /* ; */ || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 58 /* : */) return true;
  if (c === 33 || c === 63) return true; // ! ?
  // A full stop followed by white space ends a sentence.
  if (c === 46 && i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) return true;
  return c === 10 && i > 0 && text.charCodeAt(i - 1) === 10; // blank line
}

/** Start of the last `maxWords` words before `end`, not crossing a window stop. */
function windowStart(text: string, end: number, maxWords: number): number {
  let i = end;
  let words = 0;
  let inWord = false;
  while (i > 0) {
    if (isWindowStop(text, i - 1)) break;
    const sp = isSpace(text.charCodeAt(i - 1));
    if (!sp && !inWord) {
      words++;
      if (words > maxWords) break;
    }
    inWord = !sp;
    i--;
  }
  // `i` may stand inside word maxWords+1: move to the next word start.
  if (words > maxWords) {
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
  }
  return i;
}

function tryDefinition(
  text: string,
  sfFrom: number,
  sfTo: number,
  lfFrom: number,
  lfTo: number,
): Abbreviation | null {
  if (!validShort(text, sfFrom, sfTo)) return null;
  const sfLen = sfTo - sfFrom;
  const maxWords = Math.min(sfLen + 5, sfLen * 2);
  const [a, b] = trimRange(text, lfFrom, lfTo);
  if (b <= a) return null;
  const start = bestLongForm(text, sfFrom, sfTo, a, b);
  if (start < 0) return null;
  let [ls, le] = trimRange(text, start, b);
  // Drop trailing punctuation such as a comma before the parenthesis.
  while (le > ls && !isAlnum(text.charCodeAt(le - 1)) && text.charCodeAt(le - 1) !== 41) le--;
  const long = text.slice(ls, le);
  const short = text.slice(sfFrom, sfTo);
  if (long.length <= short.length) return null;
  if (countWords(text, ls, le) > maxWords) return null;
  // The long form must not hold the short form as a word.
  const li = long.toLowerCase().indexOf(short.toLowerCase());
  if (li >= 0) {
    const before = li === 0 ? 32 : long.charCodeAt(li - 1);
    const after = li + short.length >= long.length ? 32 : long.charCodeAt(li + short.length);
    if (!isAlnum(before) && !isAlnum(after)) return null;
  }
  return { short, long, start: sfFrom, end: sfTo, longStart: ls, longEnd: le };
}

/**
 * Finds abbreviation definitions (`Neural Radiance Field (NeRF)`, `NeRF (neural radiance
 * fields)`). Linear scan; any string gives a result (possibly empty).
 *
 * @example
 * extractAbbreviations('We use Neural Radiance Fields (NeRF) for view synthesis.')
 * // [{ short: 'NeRF', long: 'Neural Radiance Fields', start: 31, end: 35, longStart: 7, longEnd: 29 }]
 */
export function extractAbbreviations(text: string): Abbreviation[] {
  expectString(text, 'extractAbbreviations');
  const out: Abbreviation[] = [];
  const n = text.length;
  for (let open = text.indexOf('('); open >= 0 && open < n; open = text.indexOf('(', open + 1)) {
    // The parenthesised content ends at ')' (no nesting); cut at ';' or ','.
    let close = -1;
    let cut = -1;
    for (let j = open + 1; j < n && j < open + 400; j++) {
      const c = text.charCodeAt(j);
      if (c === 41) {
        close = j;
        break;
      }
      if (c === 40) break;
      if (cut < 0 && (c === 59 || c === 44)) cut = j;
    }
    if (close < 0) continue;
    const [inFrom, inTo] = trimRange(text, open + 1, cut >= 0 ? cut : close);
    if (inTo <= inFrom) continue;
    let found: Abbreviation | null = null;
    const inWords = countWords(text, inFrom, inTo);
    // long form (SF); an invalid short form makes tryDefinition fail at once, so the
    // window of words before the parenthesis is only looked for behind a valid one.
    if (inWords <= 2 && inTo - inFrom <= 10 && validShort(text, inFrom, inTo)) {
      const sfLen = inTo - inFrom;
      const maxWords = Math.min(sfLen + 5, sfLen * 2);
      const from = windowStart(text, open, maxWords);
      found = tryDefinition(text, inFrom, inTo, from, open);
    }
    if (!found && inWords >= 2) {
      // SF (long form): the short form is the word just before the parenthesis.
      let e = open;
      while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
      let s = e;
      while (s > 0 && !isSpace(text.charCodeAt(s - 1)) && !isWindowStop(text, s - 1)) s--;
      // Strip punctuation around the word (`"NeRF"`, `NeRF,`).
      while (s < e && !isAlnum(text.charCodeAt(s))) s++;
      while (e > s && !isAlnum(text.charCodeAt(e - 1))) e--;
      if (e > s) found = tryDefinition(text, s, e, inFrom, inTo);
    }
    if (found) out.push(found);
    if (close > open) open = close;
  }
  return out;
}
