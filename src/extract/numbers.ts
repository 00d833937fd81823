/**
 * Tokens and sentences for the metric extractor: one linear scan of the text, keeping
 * offsets into it. LaTeX markup that papers leave in abstracts (`45\%`, `$98.5\%$`,
 * `GMA~(1.388`, `L_{1}`) is read as the text it stands for.
 */
import { RE_METRIC_INITIAL, RE_METRIC_LETTER, RE_METRIC_NUMBER, RE_METRIC_NUMBER_SUFFIX } from '../regex/metrics.js';

/** `w` word, `n` number, `p` punctuation. */
export type TokKind = 'w' | 'n' | 'p';

export interface Tok {
  /** The token as read: `\%` is `%`, a run of dashes is `-`. */
  t: string;
  /** Lower-cased `t`. */
  lo: string;
  k: TokKind;
  /** Offsets into the text (UTF-16 code units). */
  s: number;
  e: number;
  /** Space (or transparent markup) before the token. */
  sp: boolean;
}

/** A sentence as a half-open range of token indices. */
export interface Sentence {
  a: number;
  b: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (ch: string) => {
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return RE_METRIC_LETTER.test(ch);
};
const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 12 || c === 11;
/** The code units of DASHES. */
const isDashCode = (c: number) => c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x2010 || c === 0x2011;
/** isLetter on the code unit at text[i] (the regex only for non-ASCII). */
const isLetterAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return RE_METRIC_LETTER.test(text[i]!);
};

/** Splits the text into tokens. Linear in the text's length. */
export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let sp = true;
  let i = 0;
  const push = (t: string, k: TokKind, s: number, e: number) => {
    toks.push({ t, lo: t.toLowerCase(), k, s, e, sp });
    sp = false;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    const ch = text[i]!;
    if (isSpace(c) || ch === '$') {
      sp = true;
      i++;
      continue;
    }
    if (ch === '~') {
      // `~293 million` (about) vs LaTeX's unbreakable space `GMA~(1.388`.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      if ((isSpace(prev) || prev === 40 || prev === 36) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) push('~', 'p', i, i + 1);
      else sp = true;
      i++;
      continue;
    }
    if (ch === '\\') {
      const nx = text[i + 1];
      if (nx === '%') {
        push('%', 'p', i, i + 2);
        i += 2;
        continue;
      }
      if (nx !== undefined && isLetter(nx)) {
        // A LaTeX command: read `\times` as `times` (`64\times 64`, `3.5\times`); drop the others.
        let j = i + 1;
        while (j < n && j - i < 24 && isLetter(text[j]!)) j++;
        const name = text.slice(i + 1, j);
        if (name === 'times') push('times', 'w', i, j);
        else if (name === 'geq' || name === 'ge' || name === 'leq' || name === 'le' || name === 'approx' || name === 'sim') {
          push(name, 'w', i, j);
        } else sp = true;
        i = j;
        continue;
      }
      sp = true;
      i++;
      continue;
    }
    if (isDashCode(c)) {
      let j = i + 1;
      while (j < n && j - i < 4 && isDashCode(text.charCodeAt(j))) j++;
      push('-', 'p', i, j);
      i = j;
      continue;
    }
    if ((ch === 'h' || ch === 'w') && isUrlStart(text, i)) {
      // A web address is one word: its digits are not numbers.
      let j = i;
      while (j < n && j - i < 2000 && !isSpace(text.charCodeAt(j))) j++;
      push(text.slice(i, j), 'w', i, j);
      i = j;
      continue;
    }
    if (isDigit(c) || isLetterAt(text, i) || c === 95 || c === 64) {
      // A word run: letters, digits, `_ @ & ' ^ { }` inside, `.` and `,` between digits,
      // `/` between letters (`tok/s`).
      let j = i + 1;
      while (j < n && j - i < 200) {
        const dc = text.charCodeAt(j);
        // `_ @ & ^ { }`
        if (isDigit(dc) || isLetterAt(text, j) || dc === 95 || dc === 64 || dc === 38 || dc === 94 || dc === 123 || dc === 125) {
          j++;
          continue;
        }
        const pc = text.charCodeAt(j - 1);
        const nc = j + 1 < n ? text.charCodeAt(j + 1) : 0;
        if (dc === 46 && isDigit(pc) && isDigit(nc)) {
          j++;
          continue;
        }
        if (dc === 44 && isDigit(pc) && isDigit(nc) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) {
          j++;
          continue;
        }
        // `'` or `’`, `/`: between letters.
        if ((dc === 39 || dc === 0x2019 || dc === 47) && isLetterAt(text, j - 1) && j + 1 < n && isLetterAt(text, j + 1)) {
          j++;
          continue;
        }
        break;
      }
      // Trailing `}` or `^` that closes markup is not part of the word.
      while (j > i + 1 && (text[j - 1] === '}' || text[j - 1] === '^' || text[j - 1] === '{') && !text.slice(i, j - 1).includes('{')) j--;
      const word = text.slice(i, j);
      if (isDigit(c)) {
        if (RE_METRIC_NUMBER.test(word)) {
          push(word, 'n', i, j);
          i = j;
          continue;
        }
        const m = RE_METRIC_NUMBER_SUFFIX.exec(word);
        if (m) {
          const len = m[1]!.length;
          push(m[1]!, 'n', i, i + len);
          push(m[2]!, 'w', i + len, j);
          i = j;
          continue;
        }
      }
      push(word, 'w', i, j);
      i = j;
      continue;
    }
    push(ch, 'p', i, i + 1);
    i++;
  }
  return toks;
}

function isUrlStart(text: string, i: number): boolean {
  if (i > 0 && isLetter(text[i - 1]!)) return false;
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'al', 'fig', 'figs', 'eq', 'eqs', 'sec', 'secs', 'tab', 'vs', 'cf', 'resp', 'approx', 'no', 'nos', 'ref', 'refs', 'dr', 'mr', 'ms', 'prof', 'st', 'inc', 'jr', 'etc', 'viz', 'ca', 'par', 'ch', 'app', 'thm', 'def', 'lem', 'prop', 'alg', 'vol', 'pp', 'ed', 'eds', 'cor',
]);

/**
 * Sentences: a `.`, `!` or `?` followed by a space and a capital letter, a digit or an
 * opening bracket ends one, unless it closes an abbreviation (`e.g.`, `et al.`, `Fig.`),
 * an initial, or a decimal. A `;` does not end a sentence.
 */
export function splitSentences(text: string, toks: readonly Tok[]): Sentence[] {
  const out: Sentence[] = [];
  let a = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== 'p' || (t.t !== '.' && t.t !== '!' && t.t !== '?')) {
      // A blank line ends a sentence too.
      if (i > a && t.sp && hasBlankLine(text, toks[i - 1]!.e, t.s)) {
        out.push({ a, b: i });
        a = i;
      }
      continue;
    }
    const next = toks[i + 1];
    if (!next) continue;
    if (!next.sp) continue;
    const first = next.t[0] ?? '';
    const opens = first === '(' || first === '[' || first === '"' || first === '“' || first === "'";
    const upper = first !== first.toLowerCase();
    if (!(upper || next.k === 'n' || opens)) continue;
    if (t.t === '.') {
      const prev = toks[i - 1];
      if (prev && prev.k === 'w' && !t.sp) {
        const lo = prev.lo;
        if (ABBREVIATIONS.has(lo)) {
          // `etc.` and `al.` may end a sentence when a capitalised word follows that is not a year.
          if (!(lo === 'etc' && upper)) continue;
        }
        // An initial (`J. Smith`).
        if (RE_METRIC_INITIAL.test(prev.t) && prev.sp) continue;
        // `e.g.` / `i.e.`: a one-letter word after a period.
        if (prev.t.length === 1 && toks[i - 2]?.t === '.') continue;
      }
    }
    out.push({ a, b: i + 1 });
    a = i + 1;
  }
  if (a < toks.length) out.push({ a, b: toks.length });
  return out;
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  let nl = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      nl++;
      if (nl >= 2) return true;
    } else if (!isSpace(c)) nl = 0;
  }
  return false;
}

/** Number words up to a hundred: `ten percentage points`, `nearly three times faster`. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
]);

/**
 * False only when the tokenizer can give no number token and no number word (`ten`,
 * `twofold`): no ASCII digit, and no run of letters that is (lower-cased) a number word or
 * a `-fold` word, nor one long enough (> 20) for the tokenizer to cut it (a LaTeX command
 * past 24 letters), nor 200 characters without a space (a word or an address cut). A
 * token that is a number word is then a whole run of letters (the tokenizer joins
 * adjacent letters), so such a text has no sentence the extractor reads.
 * One scan, no allocation for most words (a number word starts with one of `otfsenh`).
 */
export function mayHoldQuantity(text: string): boolean {
  const n = text.length;
  // Characters since the last space: the tokenizer cuts a word past 200 and an address past
  // 2000, and a token after such a cut may start inside a run of letters.
  let run = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (!isLetterAt(text, i)) {
      run = isSpace(c) ? 0 : run + 1;
      if (run >= 200) return true;
      i++;
      continue;
    }
    let j = i + 1;
    let ascii = c < 128;
    while (j < n && isLetterAt(text, j)) {
      if (text.charCodeAt(j) >= 128) ascii = false;
      j++;
    }
    const len = j - i;
    run += len;
    if (len > 20 || run >= 200) return true;
    // A number word's first letter, either case (ASCII letters only here: `| 32` lower-cases them).
    const maybe = !ascii || (len >= 3 && len <= 13 && NUMBER_FIRST.has(c | 32));
    if (maybe) {
      const lo = text.slice(i, j).toLowerCase();
      if (NUMBER_WORDS.has(lo) || foldWordValue(lo) !== undefined) return true;
    }
    i = j;
  }
  return false;
}

/** First characters of the number words (a `-fold` word starts like its number word). */
const NUMBER_FIRST: ReadonlySet<number> = new Set([...NUMBER_WORDS.keys()].map((k) => k.charCodeAt(0)));

/** `NUMBER_WORDS.has(lo) || foldWordValue(lo) !== undefined`, with cheap tests first. */
export function isNumberWordOrFold(lo: string): boolean {
  if (lo.length < 3 || !NUMBER_FIRST.has(lo.charCodeAt(0))) return false;
  return NUMBER_WORDS.has(lo) || foldWordValue(lo) !== undefined;
}

/** `twofold`, `tenfold`: a number word glued to `fold`. */
export function foldWordValue(lo: string): number | undefined {
  if (!lo.endsWith('fold') || lo.length < 7) return undefined;
  return NUMBER_WORDS.get(lo.slice(0, -4));
}
