/**
 * The topic tagger's own tokenizer and normaliser: one linear scan over char codes,
 * no regex of its own (non-ASCII characters use the one-character letter-or-digit
 * test of src/lib/text.ts).
 *
 * Why not `compromise` (a dependency already): `compromise/one` only tokenises (no
 * lemmatiser); the build with root forms is `compromise/two` (`.compute('root')`).
 * Measured on the 80 seed titles+abstracts (131 KB; Node 20, warm, median of 3-5 runs):
 *   this tokenizer (folding included)          6-12 ms  for all 80
 *   compromise/one  nlp(text)                  1.2-1.9 s (about 150x)
 *   compromise/two  nlp(text).compute('root')  2.6-3.2 s (about 1.7x /one, 250x this)
 * Topic terms only need plural folding and a few spelling folds, applied the same way
 * to terms and text, which the few lines below do; prefix terms (`quantiz*`) cover verb
 * inflections, so -ing/-ed are deliberately NOT folded.
 *
 * Rules (identical for taxonomy terms and for text):
 * - lower-case; letters and digits (any script) make tokens, everything else splits,
 *   so `class-incremental` = `class incremental`; diacritics are dropped (`ö` = `o`);
 * - a token made only of digits becomes `#` (`5-shot` = `# shot`, `2:4` = `# #`);
 * - a few bound prefixes are glued to the next word when joined by one hyphen or one
 *   space (`pre-trained` = `pre trained` = `pretrained`, `self-supervised` =
 *   `selfsupervised`, `fine-tuning` = `finetuning`, `multi-modal` = `multimodal`);
 * - plurals fold: models→model, studies→study, classes→class, batches→batch, GANs→gan;
 *   words ending in ss/us/is/as are kept (loss, corpus, analysis, bias);
 * - spelling variants fold, also in prefix stems: `iz` → `is`, `yz` → `ys` (optimize =
 *   optimise), -iour → -ior, colour → color, -elled/-elling → -eled/-eling
 *   (modelling = modeling).
 */
import { isLetterOrDigit } from '../lib/text.js';

/** One token: its folded form and its offsets in the original string (UTF-16). */
export interface Token {
  /** Folded form used for matching. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** Only for tokens of a taxonomy term: the term's token ended in `*` (prefix match). */
  readonly prefix?: boolean;
}

/** Bound prefixes glued to the following word (see module comment). */
const JOIN = [
  'pre', 'post', 'multi', 'semi', 'non', 'self', 'co', 'meta', 'hyper', 'mini', 'fine',
  're', 'pseudo', 'sub', 'cross', 'auto',
];
/**
 * JOIN words by first letter (a-z) and length (< 8): most words are told apart by two
 * numbers, the rest by a string compare (a Set would hash every word in the runtime).
 */
const JOIN_SLOTS: string[][] = [];
for (const w of JOIN) (JOIN_SLOTS[(w.charCodeAt(0) - 97) * 8 + w.length] ??= []).push(w);

function isJoin(w: string): boolean {
  const k = w.charCodeAt(0) - 97;
  if (k < 0 || k >= 26 || w.length >= 8) return false;
  const slot = JOIN_SLOTS[k * 8 + w.length];
  return slot !== undefined && slot.includes(w);
}

/** Combining diacritical marks (the blocks Latin, Greek and Cyrillic text use). */
function isCombining(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

/** ASCII word characters: bit 1 letter or digit, 2 upper-case, 4 `z` or `Z` (0: not a word character). */
const ASCII = new Uint8Array(128);
for (let c = 48; c < 123; c++) ASCII[c] = c <= 57 || c >= 97 ? 1 : c >= 65 && c <= 90 ? 3 : 0;
ASCII[90]! |= 4;
ASCII[122]! |= 4;
const NON_ASCII = 8;

/** Letter, digit or combining mark, for a non-ASCII code `c` at `text[i]` (ASCII: see {@link ASCII}). */
function isWordCode(c: number, text: string, i: number): boolean {
  if (isCombining(c)) return true;
  // One-character class test (src/regex), linear.
  return isLetterOrDigit(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** Lower-case, then drop diacritics (NFD, strip combining marks). Only for words with non-ASCII letters. */
function foldNonAscii(word: string): string {
  const d = word.toLowerCase().normalize('NFD');
  let out = '';
  for (let k = 0; k < d.length; k++) if (!isCombining(d.charCodeAt(k))) out += d[k];
  return out;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * False when {@link foldWord} certainly returns `w` unchanged (for a lower-case ASCII
 * word without `z`): no plural `s`, no -iour, -elling, -elled, no colour.
 */
function mayFold(w: string): boolean {
  const n = w.length;
  const e = w.charCodeAt(n - 1);
  return (
    (e === 115 /* s */ && n >= 4) ||
    (e === 114 /* r */ && n >= 5 && w.charCodeAt(n - 2) === 117 /* u */) ||
    (e === 103 /* g */ && n >= 7 && w.charCodeAt(n - 4) === 108 /* l */) ||
    (e === 100 /* d */ && n >= 6 && w.charCodeAt(n - 3) === 108 /* l */) ||
    (w.charCodeAt(0) === 99 /* c */ && w.startsWith('colour'))
  );
}

/** Folds one lower-cased token (plural and British spellings). `acronymPlural`: the raw token was `GPs`-like. */
export function foldWord(w: string, acronymPlural = false): string {
  let s = w;
  const n = s.length;
  if (acronymPlural && n >= 3) s = s.slice(0, -1);
  else if (n >= 4 && s.charCodeAt(n - 1) === 115 /* s */) {
    const p = s.charCodeAt(n - 2);
    // -ies, -sses, -ches, -shes, -xes all have `e` before the `s`.
    if (p === 101 && n > 4 && s.charCodeAt(n - 3) === 105 /* -ies */) s = s.slice(0, -3) + 'y';
    else if (p === 101 && (s.endsWith('sses') || s.endsWith('ches') || s.endsWith('shes') || s.endsWith('xes'))) s = s.slice(0, -2);
    else if (p !== 115 /* s */ && p !== 117 /* u */ && p !== 105 /* i */ && p !== 97 /* a */ && p !== 39) s = s.slice(0, -1);
  }
  return britishFold(s);
}

/**
 * Spelling folds that also apply to prefix stems: `iz` → `is` and `yz` → `ys` anywhere
 * (optimize = optimise, quantiz* = quantis*, analyze = analyse), `iour` → `ior`
 * (behaviour), `colour` → `color`, `-elled`/`-elling` → `-eled`/`-eling` (modelling).
 */
export function britishFold(w: string): string {
  let s = w;
  // Most words have no `z`: one native scan instead of two.
  if (s.indexOf('z') >= 0) {
    if (s.includes('iz')) s = s.replaceAll('iz', 'is');
    if (s.includes('yz')) s = s.replaceAll('yz', 'ys');
  }
  const m = s.length;
  if (m >= 5) {
    const last = s.charCodeAt(m - 1);
    if (last === 114 && s.endsWith('iour')) s = s.slice(0, -4) + 'ior';
    else if (last === 103 && m >= 7 && s.endsWith('elling')) s = s.slice(0, -6) + 'eling';
    else if (last === 100 && m >= 6 && s.endsWith('elled')) s = s.slice(0, -5) + 'eled';
  }
  if (s.charCodeAt(0) === 99 && s.startsWith('colour')) s = 'color' + s.slice(6);
  return s;
}

function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function isJoinSeparator(c: number): boolean {
  return c === 45 /* - */ || c === 32 /* space */ || c === 0x2010 || c === 0x2011;
}

/**
 * One pass over the text: each word is lower-cased (copied only when it has upper-case
 * or non-ASCII letters) and folded as it is found. A bound prefix (`pre`, `self`) is
 * held back until the next word shows whether the two are glued.
 */
function build(text: string, allowStar: boolean): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let held = ''; // a JOIN word waiting for the next word ('' = none)
  let heldStart = 0;
  let heldEnd = 0;
  let heldAcronymPlural = false;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    const start = i;
    let word: string;
    let acronymPlural = false;
    let prefix = false;
    let plain = false; // no folding can change the word (see below)
    if (allowStar && c === 35 /* # */) {
      // In terms, `#` stands for any number (`# shot` matches `5-shot`).
      word = '#';
      i++;
    } else {
      if (c < 128 ? ASCII[c] === 0 : !isWordCode(c, text, i)) {
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        continue;
      }
      let f = 0; // ASCII bits seen, | NON_ASCII
      while (i < n) {
        c = text.charCodeAt(i);
        if (c < 128) {
          const k = ASCII[c]!;
          if (k === 0) break;
          f |= k;
          i++;
        } else {
          if (!isWordCode(c, text, i)) break;
          f |= NON_ASCII;
          i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        }
      }
      const nonAscii = (f & NON_ASCII) !== 0;
      const upper = (f & 2) !== 0;
      word = nonAscii ? foldNonAscii(text.slice(start, i)) : upper ? text.slice(start, i).toLowerCase() : text.slice(start, i);
      // `GPs`, `LLMs`, `GANs`: an upper-case letter then a final lower-case s.
      acronymPlural = upper && i - start >= 3 && text.charCodeAt(i - 1) === 115 && isUpperAscii(text.charCodeAt(i - 2));
      // Most words skip foldWord and allDigits: ASCII, no `z`, no acronym plural, starting
      // with a letter, and no ending that foldWord changes (see mayFold).
      plain = (f & (NON_ASCII | 4)) === 0 && !acronymPlural && word.charCodeAt(0) >= 97 && !mayFold(word);
      if (allowStar && text.charCodeAt(i) === 42 /* * */) {
        prefix = true;
        i++;
      }
    }
    const end = prefix ? i - 1 : i;
    if (held) {
      if (start === heldEnd + 1 && isJoinSeparator(text.charCodeAt(heldEnd))) {
        const joined = held + word;
        out.push(prefix ? { norm: britishFold(joined), start: heldStart, end, prefix: true } : { norm: foldWord(joined, acronymPlural), start: heldStart, end });
        held = '';
        continue;
      }
      out.push({ norm: foldWord(held, heldAcronymPlural), start: heldStart, end: heldEnd });
      held = '';
    }
    if (prefix) {
      out.push({ norm: britishFold(word), start, end, prefix: true });
    } else if (isJoin(word)) {
      held = word;
      heldStart = start;
      heldEnd = end;
      heldAcronymPlural = acronymPlural;
    } else {
      out.push({ norm: plain ? word : word === '#' || allDigits(word) ? '#' : foldWord(word, acronymPlural), start, end });
    }
  }
  if (held) out.push({ norm: foldWord(held, heldAcronymPlural), start: heldStart, end: heldEnd });
  return out;
}

/**
 * Tokenises text for topic matching. Linear in the length of `text`.
 *
 * @example
 * tokenize('Class-Incremental LLMs').map((t) => t.norm) // ['class', 'incremental', 'llm']
 */
export function tokenize(text: string): Token[] {
  return build(text, false);
}

/**
 * Tokenises a taxonomy term the same way as text; a token written with a trailing `*`
 * (`quantiz*`) is marked `prefix` and gets only the spelling folds (no plural
 * folding); `#` stands for any number.
 *
 * @example
 * tokenizeTerm('post-training quantiz*') // [{norm:'posttraining'}, {norm:'quantiz', prefix:true}]
 */
export function tokenizeTerm(term: string): Token[] {
  return build(term, true);
}

/** The folded form of a whole phrase, tokens joined by one space (used for keys and tests). */
export function normalizePhrase(text: string): string {
  return build(text, false)
    .map((t) => t.norm)
    .join(' ');
}
