/**
 * Tokens and sentences for the metric extractor: one linear scan of the text, keeping
 * offsets into it. LaTeX markup that papers leave in abstracts (`45\%`, `$98.5\%$`,
 * `GMA~(1.388`, `L_{1}`) is read as the text it stands for.
 *
 * The scan (`lex`) makes no string: it keeps each token's offsets and flags in one array,
 * sentences are split on those, and `Tok` objects (with their strings) are made only for
 * the sentences that hold a number or a number word, most often a fifth of the text.
 */
import { RE_METRIC_INITIAL, RE_METRIC_LETTER, RE_METRIC_NUMBER, RE_METRIC_NUMBER_RATE, RE_METRIC_NUMBER_SUFFIX, RE_METRIC_POWER_OF_TEN } from '../regex/metrics.js';

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
const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 12 || c === 11;
/** The code units of DASHES. */
const isDashCode = (c: number) => c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x2010 || c === 0x2011;
/** Whether the code unit at text[i] is a letter (the regex only for non-ASCII). */
const isLetterAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return RE_METRIC_LETTER.test(text[i]!);
};

/** Character classes of `lex`, for ASCII by a table look-up (`classOf` for the others). */
const C_OTHER = 0;
const C_SPACE = 1;
const C_DOLLAR = 2;
const C_DIGIT = 3;
const C_LETTER = 4;
/** `_ @`: start a word. */
const C_WORD = 5;
/** `& ^ { }`: inside a word only. */
const C_INNER = 6;
const C_TILDE = 7;
const C_BACKSLASH = 8;
const C_DASH = 9;
const ASCII = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) ASCII[c] = C_SPACE;
for (let c = 48; c <= 57; c++) ASCII[c] = C_DIGIT;
for (let c = 65; c <= 122; c++) if (c <= 90 || c >= 97) ASCII[c] = C_LETTER;
ASCII[95] = ASCII[64] = C_WORD;
ASCII[38] = ASCII[94] = ASCII[123] = ASCII[125] = C_INNER;
ASCII[36] = C_DOLLAR;
ASCII[126] = C_TILDE;
ASCII[92] = C_BACKSLASH;
ASCII[45] = C_DASH;
const classOf = (text: string, i: number, c: number) => (isSpace(c) ? C_SPACE : isDashCode(c) ? C_DASH : isLetterAt(text, i) ? C_LETTER : C_OTHER);

/** Lower case without a copy when there is nothing to lower (most tokens). */
function lower(t: string): string {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return t.toLowerCase();
  }
  return t;
}

/**
 * The tokens of a text, three numbers each in `d`: start, end, flags (`K_*` kind, `F_*`,
 * `T_*` how the token's text is made).
 */
export interface Lexed {
  text: string;
  n: number;
  d: Int32Array;
  /** The tokens that are numbers or number words, in order: with none, the text states no result. */
  q: number[];
  /** The tokens where a sentence may end, in order: `.`, `!`, `?` as written, and those after a blank line. */
  ends: number[];
}

const K_W = 0;
const K_N = 1;
const K_P = 2;
const KINDS: readonly TokKind[] = ['w', 'n', 'p'];
/** Space (or transparent markup) before the token. */
const F_SP = 4;
/** A number or a number word (`ten`, `twofold`): the token may start a quantity. */
const F_Q = 8;
/** A blank line before the token: it starts a sentence. */
const F_BLANK = 64;
/** Used inside `lex` only (not kept in `d`): the token is `.`, `!` or `?`. */
const F_END = 128;
/** The token's text: the text at its offsets, `%` (`\%`), `-` (a run of dashes), a LaTeX command's name. */
const T_SLICE = 0;
const T_PCT = 16;
const T_DASH = 32;
const T_CMD = 48;
/** Kind and form bits: `K_P | T_SLICE` is one punctuation character read as written. */
const KIND_FORM = 3 | 48;

/**
 * Token arrays given back by `release`, for the next `lex` to fill: making a typed array
 * costs more than lexing a short abstract. Nothing is read past a Lexed's `3 * n` numbers,
 * so an old array needs no clearing.
 */
const SPARE: Int32Array[] = [];
/** Size of a new token array (numbers): room for 4,000 tokens, grown when needed. */
const MIN_TOKEN_ARRAY = 12_000;

/** Splits the text into tokens. Linear in the text's length; the only strings made are numbers and number-word candidates. */
export function lex(text: string): Lexed {
  const n = text.length;
  // The tokens (three numbers each: start, end, flags), made here without a call per token.
  let d = SPARE.pop() ?? new Int32Array(Math.max(MIN_TOKEN_ARRAY, 3 * ((n >> 2) + 16)));
  let tn = 0;
  const q: number[] = [];
  const ends: number[] = [];
  // `F_SP`, and `F_BLANK` once the gap before the next token holds a blank line: `nl`
  // newlines with nothing but spaces between them.
  let sp = F_SP;
  let nl = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // (The most common character first: a plain space.)
    if (c === 32) {
      sp |= F_SP;
      i++;
      continue;
    }
    // Fast path, most tokens: an ASCII letter then lower-case ones, ended by a space or a mark
    // that no word takes in after a letter. Not `h`, `w` (an address may start), `x`, `X` (a
    // multiplier may be glued to a number): those take the general path below, as does a
    // word that goes on otherwise.
    if (((c >= 97 && c <= 122 && c !== 104 && c !== 119) || (c >= 65 && c <= 90)) && c !== 120 && c !== 88) {
      let j = i + 1;
      let dc = 0;
      while (j < n && (dc = text.charCodeAt(j)) >= 97 && dc <= 122) j++;
      // The word ends here unless the next character goes on a word (`dcls` from C_DIGIT to
      // C_INNER, a non-ASCII letter) or may join letters (`'`, `’`, `/`); `.` and `,` join only digits.
      if (j - i < 200 && (j === n || (dc < 128 && (ASCII[dc]! < C_DIGIT || ASCII[dc]! > C_INNER) && dc !== 39 && dc !== 47))) {
        const len = j - i;
        if (3 * tn + 3 > d.length) d = grow(d);
        const p = 3 * tn;
        d[p] = i;
        d[p + 1] = j;
        // (`isNumberWordAt` with its table test written out: the letters are ASCII, those after the first lower case.)
        const tf = K_W | sp | (len >= 3 && len <= 13 && ((NUMBER_THIRD[((c | 32) - 97) * 26 + text.charCodeAt(i + 1) - 97]! >>> (text.charCodeAt(i + 2) - 97)) & 1) === 1 && isNumberWordOrFold(text.slice(i, j).toLowerCase()) ? F_Q : 0);
        d[p + 2] = tf;
        if (tf & F_Q) q.push(tn);
        if (sp & F_BLANK) ends.push(tn);
        tn++;
        sp = nl = 0;
        i = j;
        continue;
      }
    }
    const cls = c < 128 ? ASCII[c]! : classOf(text, i, c);
    if (cls === C_SPACE) {
      sp |= F_SP;
      if (c === 10 && ++nl >= 2) sp |= F_BLANK;
      i++;
      continue;
    }
    // Each branch below either makes no token (`continue`) or sets the token [ts, te) and
    // its flags `tf` (`F_END` marks `.`, `!`, `?`), put in `d` at the end of the loop.
    let ts = i;
    let te: number;
    let tf = -1;
    if (cls === C_DIGIT || cls === C_LETTER || cls === C_WORD) {
      let j = i + 1;
      if ((c === 104 || c === 119) && isUrlStart(text, i)) {
        // A web address (`h`, `w`) is one word: its digits are not numbers.
        while (j < n && j - i < 2000 && !isSpace(text.charCodeAt(j))) j++;
      } else {
        // A word run: letters, digits, `_ @ & ' ^ { }` inside, `.` and `,` between digits,
        // `/` between letters (`tok/s`).
        const lim = Math.min(n, i + 200);
        while (j < lim) {
          const dc = text.charCodeAt(j);
          // Most characters of a word: a lower-case letter.
          if (dc >= 97 && dc <= 122) {
            j++;
            continue;
          }
          const dcls = dc < 128 ? ASCII[dc]! : isLetterAt(text, j) ? C_LETTER : C_OTHER;
          if (dcls >= C_DIGIT && dcls <= C_INNER) {
            j++;
            continue;
          }
          // Most words end at a space or a plain punctuation mark.
          if (dc !== 46 && dc !== 44 && dc !== 39 && dc !== 0x2019 && dc !== 47) break;
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
        // The last character taken is `& ^ { }` (the only ones of class C_INNER): markup may close the word.
        const last = text.charCodeAt(j - 1);
        if (j > i + 1 && (last === 38 || last === 94 || last === 123 || last === 125)) while (j > i + 1 && isMarkupEnd(text.charCodeAt(j - 1)) && !text.slice(i, j - 1).includes('{')) j--;
        // `x2-4 improvement`, `x3 faster`: a multiplier written before the number, after a space or
        // a bracket: the `x` a word of its own, the number after it.
        if ((c === 120 || c === 88) && j > i + 1 && j - i <= 8 && isDigit(text.charCodeAt(i + 1)) && (i === 0 || isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 40) && RE_METRIC_NUMBER.test(text.slice(i + 1, j))) {
          if (3 * tn + 3 > d.length) d = grow(d);
          d[3 * tn] = i;
          d[3 * tn + 1] = i + 1;
          d[3 * tn + 2] = K_W | sp;
          tn++;
          sp = 0;
          ts = i + 1;
          tf = K_N | F_Q;
        }
        if (cls === C_DIGIT) {
          const word = text.slice(i, j);
          const whole = RE_METRIC_NUMBER.test(word);
          // A number, or a number glued to a word (`3x`, `7B`, `76min`): two tokens.
          const m = whole ? null : (RE_METRIC_NUMBER_SUFFIX.exec(word) ?? (word.includes('/') ? RE_METRIC_NUMBER_RATE.exec(word) : null));
          if (m) {
            // The number now, the word after it below.
            const k = i + m[1]!.length;
            if (3 * tn + 3 > d.length) d = grow(d);
            d[3 * tn] = i;
            d[3 * tn + 1] = k;
            d[3 * tn + 2] = K_N | sp | F_Q;
            q.push(tn++);
            ts = k;
            tf = K_W | (isNumberWordAt(text, k, j) ? F_Q : 0);
          } else if (whole) tf = K_N | sp | F_Q;
          // `10^7`: a power of ten written alone, a quantity word (read only after `by`).
          else if (c === 49 && word.charCodeAt(2) === 94 && RE_METRIC_POWER_OF_TEN.test(word)) tf = K_W | sp | F_Q;
        }
      }
      if (tf < 0) {
        // (Cheap tests first: most words are too short, too long or start with no number word's letter.)
        const len = j - i;
        tf = K_W | sp | (len >= 3 && len <= 13 && (c >= 128 || NUMBER_FIRST[c] === 1) && isNumberWordAt(text, i, j) ? F_Q : 0);
      }
      te = j;
    } else if (cls === C_DOLLAR) {
      sp |= F_SP;
      nl = 0;
      i++;
      continue;
    } else if (cls === C_TILDE) {
      // `~293 million` (about) vs LaTeX's unbreakable space `GMA~(1.388`.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      // `7.33~8.26 BLEU`: between two digits it is a range, kept as a token.
      if (!((isSpace(prev) || prev === 40 || prev === 36 || isDigit(prev)) && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) {
        sp |= F_SP;
        nl = 0;
        i++;
        continue;
      }
      te = i + 1;
      tf = K_P | sp;
    } else if (cls === C_BACKSLASH) {
      const c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c1 === 37 /* % */) {
        te = i + 2;
        tf = K_P | sp | T_PCT;
      } else if (c1 === 44 || c1 === 59 || c1 === 58 || c1 === 33 || c1 === 32) {
        // LaTeX spacing (`98.85\,\%`, `\;`, `\:`, `\!`, `\ `): a space.
        sp |= F_SP;
        nl = 0;
        i += 2;
        continue;
      } else {
        // A LaTeX command: read `\times` as `times` (`64\times 64`, `3.5\times`); drop the others.
        let j = i + 1;
        while (j < n && j - i < 24 && isLetterAt(text, j)) j++;
        if (!(j > i + 1 && LATEX_WORDS.has(text.slice(i + 1, j)))) {
          sp |= F_SP;
          nl = 0;
          i = j;
          continue;
        }
        // `\pm` is the sign `±` (`11.97\pm 12.02`); the others are words.
        te = j;
        tf = (isPm(text, i, j) ? K_P : K_W) | sp | T_CMD;
      }
    } else if (cls === C_DASH) {
      let j = i + 1;
      while (j < n && j - i < 4 && isDashCode(text.charCodeAt(j))) j++;
      te = j;
      tf = K_P | sp | T_DASH;
    } else {
      te = i + 1;
      // (`。`, `！`, `？`: the full stops of CJK text end a sentence too.)
      tf = K_P | sp | (c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f ? F_END : 0);
    }
    if (3 * tn + 3 > d.length) d = grow(d);
    const p = 3 * tn;
    d[p] = ts;
    d[p + 1] = te;
    d[p + 2] = tf & ~F_END;
    if (tf & F_Q) q.push(tn);
    if (tf & (F_END | F_BLANK)) ends.push(tn);
    tn++;
    sp = nl = 0;
    i = te;
  }
  return { text, n: tn, d, q, ends };
}

/** A token array twice as long, with the same tokens. */
function grow(d: Int32Array): Int32Array {
  const g = new Int32Array(2 * d.length);
  g.set(d);
  return g;
}

/** Gives the token array of a Lexed back for reuse: the Lexed must not be read after. */
export function release(lx: Lexed): void {
  if (SPARE.length < 4) SPARE.push(lx.d);
  lx.d = EMPTY;
  lx.n = 0;
}
const EMPTY = new Int32Array(0);

/** The text of token i. */
function tokText(lx: Lexed, i: number): string {
  const s = lx.d[3 * i]!;
  const e = lx.d[3 * i + 1]!;
  const f = lx.d[3 * i + 2]! & 48;
  return f === T_SLICE ? lx.text.slice(s, e) : f === T_PCT ? '%' : f === T_DASH ? '-' : isPm(lx.text, s, e) ? '±' : lx.text.slice(s + 1, e);
}

/** True when text[s, e) is the LaTeX command `\pm`. */
const isPm = (text: string, s: number, e: number) => e - s === 3 && text.charCodeAt(s + 1) === 112 && text.charCodeAt(s + 2) === 109;

/** Token i as an object. */
export function tokAt(lx: Lexed, i: number): Tok {
  const t = tokText(lx, i);
  const f = lx.d[3 * i + 2]!;
  return { t, lo: lower(t), k: KINDS[f & 3]!, s: lx.d[3 * i]!, e: lx.d[3 * i + 1]!, sp: (f & F_SP) !== 0 };
}

/**
 * Makes the token objects of [a, b) in `toks` (tokens before `a` not made yet are left
 * `undefined`): the extractor makes only those of the sentences it reads.
 */
export function materialize(lx: Lexed, toks: Tok[], a: number, b: number): void {
  while (toks.length < a) toks.push(undefined!);
  for (let i = a; i < b; i++) toks[i] ??= tokAt(lx, i);
}

/** Whether token i is a number or a number word. */
export const isQuantityAt = (lx: Lexed, i: number): boolean => (lx.d[3 * i + 2]! & F_Q) !== 0;
/** Start and end offsets of token i. */
export const tokStart = (lx: Lexed, i: number): number => lx.d[3 * i]!;
export const tokEnd = (lx: Lexed, i: number): number => lx.d[3 * i + 1]!;

/** All the tokens of a text as objects (for tests and tools; the extractor makes only the ones it reads). */
export function tokenize(text: string): Tok[] {
  const lx = lex(text);
  const out: Tok[] = [];
  for (let i = 0; i < lx.n; i++) out.push(tokAt(lx, i));
  return out;
}

/**
 * `isNumberWordOrFold` of the lower case of text[s, e), with no string made unless its first
 * three characters start a number word.
 */
function isNumberWordAt(text: string, s: number, e: number): boolean {
  if (e - s < 3) return false;
  const a = text.charCodeAt(s);
  const b = text.charCodeAt(s + 1);
  const c = text.charCodeAt(s + 2);
  if ((a | b | c) < 128 && (e - s > 13 || !mayStartNumberWord(a, b, c))) return false;
  return isNumberWordOrFold(text.slice(s, e).toLowerCase());
}

/** LaTeX commands read as words; the others are dropped. */
const LATEX_WORDS: ReadonlyMap<string, string> = new Map(['times', 'geq', 'ge', 'leq', 'le', 'approx', 'sim', 'pm', 'rho', 'tau'].map((w) => [w, w]));

/** `}`, `^`, `{`: markup that may close a word. */
const isMarkupEnd = (c: number) => c === 125 || c === 94 || c === 123;

function isUrlStart(text: string, i: number): boolean {
  // `ht`, `ww` first: most words that start with `h` or `w` stop there.
  const c = text.charCodeAt(i + 1);
  if (c !== 116 && c !== 119) return false;
  if (i > 0 && isLetterAt(text, i - 1)) return false;
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
export function splitSentences(lx: Lexed): Sentence[] {
  const { text, n, d, ends } = lx;
  const out: Sentence[] = [];
  let a = 0;
  // Only the tokens in `ends` can end a sentence: the others are passed over.
  for (let x = 0; x < ends.length; x++) {
    const i = ends[x]!;
    const f = d[3 * i + 2]!;
    // `.`, `!`, `?`: one-character punctuation read as it is written.
    const c = (f & KIND_FORM) === K_P ? text.charCodeAt(d[3 * i]!) : 0;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      // A CJK full stop ends a sentence with or without a space after it.
      out.push({ a, b: i + 1 });
      a = i + 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) {
      // A blank line ends a sentence too.
      if (i > a && f & F_BLANK) {
        out.push({ a, b: i });
        a = i;
      }
      continue;
    }
    if (i + 1 >= n) continue;
    const nf = d[3 * i + 5]!;
    if (!(nf & F_SP)) continue;
    const first = firstChar(lx, i + 1);
    const opens = first === '(' || first === '[' || first === '"' || first === '“' || first === "'";
    const upper = first !== first.toLowerCase();
    if (!(upper || (nf & 3) === K_N || opens)) continue;
    if (c === 46 && i > 0) {
      const pf = d[3 * i - 1]!;
      if ((pf & 3) === K_W && !(f & F_SP)) {
        const pt = tokText(lx, i - 1);
        const lo = lower(pt);
        if (ABBREVIATIONS.has(lo)) {
          // `etc.` and `al.` may end a sentence when a capitalised word follows that is not a year.
          if (!(lo === 'etc' && upper)) continue;
        }
        // An initial (`J. Smith`).
        if (RE_METRIC_INITIAL.test(pt) && pf & F_SP) continue;
        // `e.g.` / `i.e.`: a one-letter word after a period.
        if (pt.length === 1 && i >= 2 && (d[3 * i - 4]! & KIND_FORM) === K_P && text.charCodeAt(d[3 * i - 6]!) === 46) continue;
      }
    }
    out.push({ a, b: i + 1 });
    a = i + 1;
  }
  if (a < n) out.push({ a, b: n });
  return out;
}

/** The first character of token i's text. */
function firstChar(lx: Lexed, i: number): string {
  const f = lx.d[3 * i + 2]! & 48;
  const s = lx.d[3 * i]!;
  return f === T_SLICE ? lx.text[s]! : f === T_PCT ? '%' : f === T_DASH ? '-' : isPm(lx.text, s, lx.d[3 * i + 1]!) ? '±' : lx.text[s + 1]!;
}


/** Number words up to a hundred: `ten percentage points`, `nearly three times faster`. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
]);


/** The first three letters of the number words (a `-fold` word starts like its number word). */

/** For the first two letters of a number word (as `26a + b`), its third letters: a bit (0 `a` … 25 `z`) each. */
const NUMBER_THIRD = new Uint32Array(26 * 26);
for (const k of NUMBER_WORDS.keys()) NUMBER_THIRD[(k.charCodeAt(0) - 97) * 26 + k.charCodeAt(1) - 97]! |= 1 << (k.charCodeAt(2) - 97);
/**
 * 1 for the ASCII characters a number word may start with, in either case: `isNumberWordAt`
 * is false for a word starting with another ASCII character (its lower case is no number
 * word's first letter), and also when the word is shorter than 3 or longer than 13.
 */
const NUMBER_FIRST = new Uint8Array(128);
for (const k of NUMBER_WORDS.keys()) NUMBER_FIRST[k.charCodeAt(0)] = NUMBER_FIRST[k.charCodeAt(0) - 32] = 1;

/**
 * Whether characters a, b, c, lower-cased, start a number word (a `-fold` word starts like
 * one): two table reads rule out most words, `the` and `that` included. For ASCII, `| 32`
 * lower-cases a letter and turns no other character into one; others are no letters here.
 */
function mayStartNumberWord(a: number, b: number, c: number): boolean {
  a = (a | 32) - 97;
  b = (b | 32) - 97;
  c = (c | 32) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26 && ((NUMBER_THIRD[a * 26 + b]! >>> c) & 1) === 1;
}

/** `NUMBER_WORDS.has(lo) || foldWordValue(lo) !== undefined`, with cheap tests first (no look-up for most words). */
export function isNumberWordOrFold(lo: string): boolean {
  if (lo.length < 3 || lo.length > 13 || !mayStartNumberWord(lo.charCodeAt(0), lo.charCodeAt(1), lo.charCodeAt(2))) return false;
  return NUMBER_WORDS.has(lo) || foldWordValue(lo) !== undefined;
}

/** `twofold`, `tenfold`: a number word glued to `fold`. */
export function foldWordValue(lo: string): number | undefined {
  if (lo.length < 7 || !lo.endsWith('fold')) return undefined;
  return NUMBER_WORDS.get(lo.slice(0, -4));
}
