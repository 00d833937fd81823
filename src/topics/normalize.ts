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
 * - CJK scripts (Han, kana, Hangul) write words without spaces: every CJK letter is a
 *   token of its own (not folded), so a term written in CJK (`强化学习`, 4 tokens) matches
 *   wherever its characters stand in a row, inside any run of CJK text (`基于强化学习的`),
 *   and `LLM的` is `llm` `的`. Text without CJK letters never reaches this rule (it is
 *   tested only for non-ASCII letters), so it is tokenised exactly as before.
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

/** Per first two letters (a-z): bit `n` set when a JOIN word of length `n` starts with them. */
const JOIN_PAIRS = new Uint8Array(26 * 26);
for (const w of JOIN) JOIN_PAIRS[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97]! |= 1 << w.length;

/** False when no JOIN word starts with the lower-case letters c0 c1 and has length `len` (>= 2). */
function mayBeJoin(c0: number, c1: number, len: number): boolean {
  const a = c0 - 97;
  const b = c1 - 97;
  return (a >>> 0) < 26 && (b >>> 0) < 26 && len < 8 && ((JOIN_PAIRS[a * 26 + b]! >>> len) & 1) !== 0;
}

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

/** ASCII word characters: bit 1 letter or digit, 2 upper-case, 4 `z` or `Z`, 16 letter (0: not a word character). */
const ASCII = new Uint8Array(128);
const LETTER = 16;
for (let c = 48; c < 123; c++) ASCII[c] = c <= 57 || c >= 97 ? 1 : c >= 65 && c <= 90 ? 3 : 0;
ASCII[90]! |= 4;
ASCII[122]! |= 4;
for (let c = 65; c < 123; c++) if (ASCII[c] !== 0) ASCII[c]! |= LETTER;
const NON_ASCII = 8;
/** Flag of {@link wordEnd}: the word is one CJK letter. */
const CJK = 32;

/**
 * Code units of scripts written without spaces between words: Hangul Jamo, kana,
 * Bopomofo, Hangul compatibility Jamo, CJK ideographs (and extension A), Hangul
 * syllables, CJK compatibility ideographs, half-width katakana. Only letters of these
 * ranges count (see {@link wordEnd}); ideographs outside the BMP are left alone.
 */
export function isCjkCode(c: number): boolean {
  return c >= 0x3040 ? c <= 0x9fff || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f) : c >= 0x1100 && c <= 0x11ff;
}

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
  // Most words have no `z` (one native scan). `iz` → `is` then `yz` → `ys` turn every `z`
  // after an `i` or a `y` into `s` (a replaced `z` is never the `i` or `y` of another):
  // one pass over the `z`s.
  let z = s.indexOf('z');
  if (z >= 0) {
    let out = '';
    let from = 0;
    for (; z >= 0; z = s.indexOf('z', z + 1)) {
      const p = z > 0 ? s.charCodeAt(z - 1) : 0;
      if (p === 105 /* i */ || p === 121 /* y */) {
        out += s.slice(from, z) + 's';
        from = z + 1;
      }
    }
    if (from > 0) s = out + s.slice(from);
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
    let cjk = false; // one CJK letter (kept as it is)
    if (allowStar && c === 35 /* # */) {
      // In terms, `#` stands for any number (`# shot` matches `5-shot`).
      word = '#';
      i++;
    } else {
      if (c < 128 ? ASCII[c] === 0 : !isWordCode(c, text, i)) {
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        continue;
      }
      i = wordEnd(text, i, n, start);
      const f = wordEndFlags; // ASCII bits seen, | NON_ASCII, | CJK
      cjk = (f & CJK) !== 0;
      const nonAscii = (f & NON_ASCII) !== 0;
      const upper = (f & 2) !== 0;
      word = cjk ? text.slice(start, i) : nonAscii ? foldNonAscii(text.slice(start, i)) : upper ? text.slice(start, i).toLowerCase() : text.slice(start, i);
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
      if (!cjk && start === heldEnd + 1 && isJoinSeparator(text.charCodeAt(heldEnd))) {
        const joined = held + word;
        out.push(prefix ? { norm: britishFold(joined), start: heldStart, end, prefix: true } : { norm: foldWord(joined, acronymPlural), start: heldStart, end });
        held = '';
        continue;
      }
      out.push({ norm: foldWord(held, heldAcronymPlural), start: heldStart, end: heldEnd });
      held = '';
    }
    if (cjk) {
      out.push({ norm: word, start, end });
    } else if (prefix) {
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

/**
 * The first edges of a compiled taxonomy's trie (built by compile.ts), so that the text
 * scanner finds where terms may start as it goes, without slicing a word out of the
 * text (most words are never made a string; see {@link scanText}).
 */
export interface RootIndex {
  /** Open-addressing table: slot `normHash >>> shift` holds an entry, -1 = empty. */
  readonly slots: Int32Array;
  /**
   * Per slot, 4 numbers: the entry's hash, the entry (-1 = empty), its start in
   * `wordChars` when `asciiWords` (else -1), unused: what {@link scanText}'s probe reads,
   * in one place.
   */
  readonly slotTab: Int32Array;
  readonly shift: number;
  /** Per entry: the word (folded, as in terms), its {@link normHash}, the trie node it leads to. */
  readonly words: readonly string[];
  readonly hashes: Int32Array;
  /** Per entry: 1 when the word is ASCII and shorter than 2048 (its {@link normHash} is then one-to-one). */
  readonly asciiWords: Uint8Array;
  /** The characters of all words, one after the other (entry `e` from `wordAt[e]`): compact, for comparing. */
  readonly wordChars: Uint16Array;
  readonly wordAt: Int32Array;
  readonly nodes: readonly unknown[];
  /** Per entry: 1 when its node ends a term. */
  readonly endsTerm: Uint8Array;
  /**
   * Per entry, 8 numbers: the `wordBloom` of its node (bit `normHash >>> 24` of the
   * node's words; 0 when it ends a term). A first word (of a node that ends no term)
   * followed by a token that fails this filter and `nextStems` starts no term: its root
   * hit is dropped (the test matchScan in compile.ts makes, done here once per hit).
   */
  readonly nextWords: Int32Array;
  /** Per entry: bits `c & 31` of the first characters `c` of the node's stems. */
  readonly nextStems: Int32Array;
  /**
   * Prefix stems by their first three characters: {@link letterList} (three letters a-z,
   * see {@link letterKey}) or `stemOther.get(first three)` (any other three) is 1 + the
   * index in `stemLists` of the ids of the stems with that start (0 / undefined: none).
   */
  /** Bit `letterKey` set when stems start with those three letters (most words stop here). */
  readonly stemBits: Uint32Array;
  /**
   * Per 32-bit word of `stemBits`: the bits set before it. The lists of letter keys come
   * first in `stemLists`, by key: the list of key `lk` is number {@link letterList}.
   */
  readonly stemRank: Uint16Array;
  /** Per letter key: its stem list, as {@link letterList} gives it (a table read instead of a rank). */
  readonly letterLists: Uint16Array;
  /** Bit `normHash >>> 16` set for every word (most words of a text stop here). */
  readonly wordBits: Uint32Array;
  readonly stemOther: ReadonlyMap<string, number>;
  readonly stemLists: readonly Int32Array[];
  /**
   * Per list (1 + index): 1 if a stem has just three characters, and bit `c & 31` of the
   * fourth character `c` of the longer ones (most words sharing a stem's start stop here).
   */
  readonly stemListShort: Uint8Array;
  readonly stemListNext: Uint32Array;
  readonly stems: readonly string[];
  readonly stemNodes: readonly unknown[];
}

/**
 * A hash of a folded word from its length, first two and last characters (O(1)). For
 * ASCII characters and a length under 2048 the mixed key is one-to-one (7 bits per
 * character, and multiplying by an odd number is a bijection): equal hashes of two such
 * words mean equal lengths, first two and last characters.
 */
export function normHash(len: number, c0: number, c1: number, last: number): number {
  return Math.imul((len << 21) ^ (c0 << 14) ^ (c1 << 7) ^ last, 0x9e3779b1);
}
/** The hash of a folded word given as a string (the scanner's hash of the same word in a text). */
export function normHashOf(norm: string): number {
  return normHash(norm.length, norm.charCodeAt(0), norm.charCodeAt(1) | 0, norm.charCodeAt(norm.length - 1));
}
/** Index of three lower-case letters a-z in `stemPrefix`, or -1. */
export function letterKey(c0: number, c1: number, c2: number): number {
  const a = c0 - 97;
  const b = c1 - 97;
  const c = c2 - 97;
  return (a >>> 0) < 26 && (b >>> 0) < 26 && (c >>> 0) < 26 ? (a * 26 + b) * 26 + c : -1;
}
export const LETTER_KEYS = 26 * 26 * 26;

/** Bits set in `x`. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The stem list (1 + index, 0 = none) of letter key `lk` (a rank in `stemBits`: no large table). */
export function letterList(v: RootIndex, lk: number): number {
  const w = lk >>> 5;
  const bits = v.stemBits[w]!;
  const bit = 1 << (lk & 31);
  return (bits & bit) === 0 ? 0 : v.stemRank[w]! + bitCount(bits & (bit - 1)) + 1;
}

/**
 * The stem list (1 + index, 0 = none) of a folded word starting with c0 c1 c2: its
 * first three characters are `s[from, from + 3)`, lower-cased when `lower`.
 */
function stemListOf(v: RootIndex, c0: number, c1: number, c2: number, s: string, from: number, lower: boolean): number {
  const lk = letterKey(c0, c1, c2);
  if (lk >= 0) return letterList(v, lk);
  if (v.stemOther.size === 0) return 0;
  const key = s.slice(from, from + 3);
  return v.stemOther.get(lower ? key.toLowerCase() : key) ?? 0;
}

/**
 * Tokens of a text as parallel arrays: offsets, {@link normHash} of the folded form, and
 * where the folded form is: `text[start, nend)` lower-cased, or (`nend` -1) the string
 * `norm[k]`. Also the trie nodes the tokens lead to from the root (`rootAt[r]`,
 * `rootNode[r]`, in token order). Reused from call to call (grown as needed).
 */
export class TokenScan {
  text = '';
  n = 0;
  start = new Int32Array(512);
  end = new Int32Array(512);
  nend = new Int32Array(512);
  hash = new Int32Array(512);
  /** Kept as long as the typed arrays (no holes). */
  norm: Array<string | undefined> = new Array<string | undefined>(512).fill(undefined);
  roots = 0;
  rootAt = new Int32Array(256);
  /** Null for a root hit found to start no term. */
  rootNode: unknown[] = [];
  /** The root hit (at the last token) that needs the next token to go on, or -1; its entry. */
  pending = -1;
  pendingEntry = 0;
  /** Tokens that are one CJK letter (0 for text without CJK letters). */
  cjk = 0;
  /** A bound prefix (`pre`, `self`) waiting for the next word of {@link scanText} ('' = none), its offsets, whether it was `GPs`-like. */
  held = '';
  heldStart = 0;
  heldEnd = 0;
  heldAcronymPlural = false;
  /** 1: `text` has both upper- and lower-case letters, 0: it has one case only, -1: not yet known (see {@link TokenScan.caseMatches}). */
  mixedCase = -1;

  reset(text: string): void {
    this.text = text;
    this.mixedCase = -1;
    this.n = 0;
    this.cjk = 0;
    this.roots = 0;
    this.pending = -1;
    this.held = '';
  }

  /** Drops the pending root hit if token `k` (the next one, of hash `h` and first character `c`) cannot go on from it. */
  checkPending(v: RootIndex, h: number, c: number): void {
    const e = this.pendingEntry;
    const b = h >>> 24;
    if (((v.nextWords[e * 8 + (b >>> 5)]! >>> (b & 31)) & 1) === 0 && ((v.nextStems[e]! >>> (c & 31)) & 1) === 0) this.dropPending();
    this.pending = -1;
  }

  /** Drops the pending root hit: taken back when it is the last one (most), else nulled (stem hits of its token follow it). */
  dropPending(): void {
    const r = this.pending;
    if (r === this.roots - 1) this.roots = r;
    else this.rootNode[r] = null;
  }

  /** Adds the root hit of token `k` by word entry `e` of `v`. */
  addWordRoot(v: RootIndex, k: number, e: number): void {
    if (v.endsTerm[e] === 0) {
      this.pending = this.roots;
      this.pendingEntry = e;
    }
    this.addRoot(k, v.nodes[e]);
  }

  /** After the last token: a pending root hit has no next token. */
  finish(): void {
    if (this.pending >= 0) this.dropPending();
    this.pending = -1;
  }

  /** After a very long text: lets its buffers go (they are kept between calls otherwise). */
  trim(): void {
    if (this.start.length <= TRIM_ABOVE && this.rootAt.length <= TRIM_ABOVE) return;
    this.start = new Int32Array(512);
    this.end = new Int32Array(512);
    this.nend = new Int32Array(512);
    this.hash = new Int32Array(512);
    this.norm = new Array<string | undefined>(512).fill(undefined);
    this.rootAt = new Int32Array(256);
    this.rootNode = [];
    this.n = 0;
    this.roots = 0;
  }

  grow(): void {
    const cap = this.start.length * 2;
    this.start = grown(this.start, cap);
    this.end = grown(this.end, cap);
    this.nend = grown(this.nend, cap);
    this.hash = grown(this.hash, cap);
    while (this.norm.length < cap) this.norm.push(undefined);
  }

  /**
   * Whether punctuation that ends a phrase stands between tokens `k - 1` and `k`: a
   * bracket, or `,` `;` `:` `.` `!` `?` followed by white space or another such mark
   * (`flows, matching` is no `flow matching`; `2:4`, `3.5` and `1,000` do not break).
   */
  breakBefore(k: number): boolean {
    const t = this.text;
    const e = this.start[k]!;
    for (let q = this.end[k - 1]!; q < e; q++) {
      const c = t.charCodeAt(q);
      if (c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125) return true;
      if (c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63) {
        const d = q + 1 < e ? t.charCodeAt(q + 1) : 0;
        if (d === 32 || d === 10 || d === 13 || d === 9 || d === 160 || d === 40 || d === 91) return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens `from, from + 1, ...` are written in the text as the words `forms` of
   * a case-sensitive term (`case: true`; see `CompiledTerm.caseForms`), tested only for a
   * match the folded forms found: each token equals its word, or the word and a plural
   * `s` (`GAN`, `GANs`; not `GaN`, `Gan`, `GANS`); a word `stem*` is a start of the token
   * as written; `#` is any number. A text written in one case only (an all-capitals
   * title, all lower case; also tokens given without their text) carries no case to
   * compare: there the folded match stands.
   */
  caseMatches(from: number, forms: readonly string[]): boolean {
    const text = this.text;
    for (let q = 0; q < forms.length; q++) {
      const form = forms[q]!;
      const s = this.start[from + q]!;
      const e = this.end[from + q]!;
      const f = form.length;
      if (form === '#') continue;
      if (form.charCodeAt(f - 1) === 42 /* * */) {
        if (e - s >= f - 1 && text.startsWith(form.slice(0, -1), s)) continue;
      } else if ((e - s === f || (e - s === f + 1 && text.charCodeAt(e - 1) === 115 /* s */)) && text.startsWith(form, s)) continue;
      if (this.mixedCase < 0) this.mixedCase = text !== text.toLowerCase() && text !== text.toUpperCase() ? 1 : 0;
      return this.mixedCase === 0;
    }
    return true;
  }

  addRoot(k: number, node: unknown): void {
    const r = this.roots;
    if (r >= this.rootAt.length) this.rootAt = grown(this.rootAt, r * 2);
    this.rootAt[r] = k;
    this.rootNode[r] = node;
    this.roots = r + 1;
  }

  /** Root hits of token `k` by the stems of list `list` (1 + index; each stem is checked). */
  rootStems(v: RootIndex, list: number, k: number): void {
    const ids = v.stemLists[list - 1]!;
    for (let q = 0; q < ids.length; q++) if (this.startsWith(k, v.stems[ids[q]!]!)) this.addRoot(k, v.stemNodes[ids[q]!]);
  }

  /** Adds a token `text[start, end)` whose folded form is `text[start, start + len)` lower-cased (ASCII letters and digits). */
  pushPlain(v: RootIndex, start: number, end: number, len: number): void {
    const text = this.text;
    const k = this.n;
    if (k >= this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.nend[k] = start + len;
    const c0 = text.charCodeAt(start) | 32;
    const c1 = len > 1 ? text.charCodeAt(start + 1) | 32 : 0;
    const h = normHash(len, c0, c1, text.charCodeAt(start + len - 1) | 32);
    this.hash[k] = h;
    this.n = k + 1;
    if (this.pending >= 0) this.checkPending(v, h, c0);
    const mask = v.slots.length - 1;
    for (let s = h >>> v.shift; ; s = (s + 1) & mask) {
      const e = v.slots[s]!;
      if (e < 0) break;
      if (v.hashes[e] === h && v.words[e]!.length === len && sameLower(v.words[e]!, text, start, len)) {
        this.addWordRoot(v, k, e);
        break;
      }
    }
    if (len < 3) return;
    const list = stemListOf(v, c0, c1, text.charCodeAt(start + 2) | 32, text, start, true);
    if (list !== 0) this.rootStems(v, list, k);
  }

  /** Adds a token of folded form `norm`. */
  pushNorm(v: RootIndex, norm: string, start: number, end: number): void {
    const k = this.n;
    if (k >= this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.nend[k] = -1;
    this.norm[k] = norm;
    const h = normHashOf(norm);
    this.hash[k] = h;
    this.n = k + 1;
    if (this.pending >= 0) this.checkPending(v, h, norm.charCodeAt(0));
    const mask = v.slots.length - 1;
    for (let s = h >>> v.shift; ; s = (s + 1) & mask) {
      const e = v.slots[s]!;
      if (e < 0) break;
      if (v.words[e] === norm) {
        this.addWordRoot(v, k, e);
        break;
      }
    }
    if (norm.length < 3) return;
    const list = stemListOf(v, norm.charCodeAt(0), norm.charCodeAt(1), norm.charCodeAt(2), norm, 0, false);
    if (list !== 0) this.rootStems(v, list, k);
  }

  /**
   * Adds a token `text[start, end)` with `z` (ASCII letters and digits) whose folded form
   * is `text[start, start + len)` lower-cased with {@link britishFold}'s `z` → `s` (see
   * {@link foldedAt}): as {@link pushPlain}, the characters read through that fold.
   */
  pushZ(v: RootIndex, start: number, end: number, len: number): void {
    const text = this.text;
    const k = this.n;
    if (k >= this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.nend[k] = -2 - (start + len);
    const c0 = text.charCodeAt(start) | 32; // a first character is never folded
    const c1 = len > 1 ? foldedAt(text, start + 1) : 0;
    const h = normHash(len, c0, c1, len > 1 ? foldedAt(text, start + len - 1) : c0);
    this.hash[k] = h;
    this.n = k + 1;
    if (this.pending >= 0) this.checkPending(v, h, c0);
    const mask = v.slots.length - 1;
    for (let s = h >>> v.shift; ; s = (s + 1) & mask) {
      const e = v.slots[s]!;
      if (e < 0) break;
      if (v.hashes[e] === h && v.words[e]!.length === len && sameFolded(v.words[e]!, text, start, len)) {
        this.addWordRoot(v, k, e);
        break;
      }
    }
    if (len < 3) return;
    const c2 = foldedAt(text, start + 2);
    const lk = letterKey(c0, c1, c2);
    const list = lk >= 0 ? letterList(v, lk) : v.stemOther.size === 0 ? 0 : (v.stemOther.get(String.fromCharCode(c0, c1, c2)) ?? 0);
    if (list !== 0) this.rootStems(v, list, k);
  }

  /**
   * The words {@link scanText} leaves out of its loop, as in `build` (with strings): `f`
   * holds the word's character bits, `m` its folded length in place (or -1).
   */
  slowWord(v: RootIndex, start: number, i: number, f: number, m: number): void {
    const text = this.text;
    const len = i - start;
    if (!this.held && m >= 0 && (f & 4) !== 0) {
      // A word with `z` (never a bound prefix: they have none).
      this.pushZ(v, start, i, m);
    } else if (!this.held && (f & (LETTER | NON_ASCII)) === 0) {
      // Digits only.
      this.pushNorm(v, '#', start, i);
    } else if ((f & CJK) !== 0) {
      // One CJK letter (as in `build`): ends a held bound prefix, never glued to it.
      if (this.held) {
        this.pushNorm(v, foldWord(this.held, this.heldAcronymPlural), this.heldStart, this.heldEnd);
        this.held = '';
      }
      this.pushNorm(v, text.slice(start, i), start, i);
      this.cjk++;
    } else {
      // The rest as in `build` (with strings).
      const upper = (f & 2) !== 0;
      const acronymPlural = upper && len >= 3 && text.charCodeAt(i - 1) === 115 && isUpperAscii(text.charCodeAt(i - 2));
      const word = (f & NON_ASCII) !== 0 ? foldNonAscii(text.slice(start, i)) : upper ? text.slice(start, i).toLowerCase() : text.slice(start, i);
      const end = i;
      let glued = false;
      if (this.held) {
        glued = start === this.heldEnd + 1 && isJoinSeparator(text.charCodeAt(this.heldEnd));
        this.pushNorm(v, glued ? foldWord(this.held + word, acronymPlural) : foldWord(this.held, this.heldAcronymPlural), this.heldStart, glued ? end : this.heldEnd);
        this.held = '';
      }
      if (glued) {
        // The word went into the glued token.
      } else if (isJoin(word)) {
        this.held = word;
        this.heldStart = start;
        this.heldEnd = end;
        this.heldAcronymPlural = acronymPlural;
      } else if (m >= 0) {
        if ((f & 4) !== 0) this.pushZ(v, start, end, m);
        else this.pushPlain(v, start, end, m);
      } else {
        this.pushNorm(v, allDigits(word) ? '#' : foldWord(word, acronymPlural), start, end);
      }
    }
  }

  /** The first character of the folded form of token `k` (never changed by {@link foldedAt}). */
  firstChar(k: number): number {
    return this.nend[k] === -1 ? this.norm[k]!.charCodeAt(0) : this.text.charCodeAt(this.start[k]!) | 32;
  }

  /** Whether token `k` has the folded form `norm`. */
  normIs(k: number, norm: string): boolean {
    const e = this.nend[k]!;
    if (e < 0) {
      if (e === -1) return this.norm[k] === norm;
      const start = this.start[k]!;
      return norm.length === -2 - e - start && sameFolded(norm, this.text, start, norm.length);
    }
    const start = this.start[k]!;
    return norm.length === e - start && sameLower(norm, this.text, start, e - start);
  }

  /** Whether the folded form of token `k` starts with `stem`. */
  startsWith(k: number, stem: string): boolean {
    const e = this.nend[k]!;
    if (e < 0) {
      if (e === -1) return this.norm[k]!.startsWith(stem);
      const start = this.start[k]!;
      return stem.length <= -2 - e - start && sameFolded(stem, this.text, start, stem.length);
    }
    const start = this.start[k]!;
    return stem.length <= e - start && sameLower(stem, this.text, start, stem.length);
  }
}

/** Buffers above this many entries are not kept between calls. */
const TRIM_ABOVE = 1 << 16;

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** The first `len` characters of `w` (lower-case) equal `text[start, start + len)` with ASCII letters lower-cased. */
function sameLower(w: string, text: string, start: number, len: number): boolean {
  for (let q = 0; q < len; q++) if ((text.charCodeAt(start + q) | 32) !== w.charCodeAt(q)) return false;
  return true;
}

/** Characters `[from, to)` of the word at `chars[at]` equal those of `text` from `start` with ASCII letters lower-cased. */
function sameChars(chars: Uint16Array, at: number, text: string, start: number, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if ((text.charCodeAt(start + q) | 32) !== chars[at + q]) return false;
  return true;
}

/**
 * The folded character at `text[q]` of a word of ASCII letters and digits (`q` past the
 * word's first character): lower-cased, and a `z` after an `i` or `y` is `s`
 * ({@link britishFold} reads the character before in the unfolded word, as here).
 */
function foldedAt(text: string, q: number): number {
  const c = text.charCodeAt(q) | 32;
  if (c !== 122) return c;
  const p = text.charCodeAt(q - 1) | 32;
  return p === 105 || p === 121 ? 115 : 122;
}

/** {@link sameLower} through {@link foldedAt} (`text[start]` is a word's first character). */
function sameFolded(w: string, text: string, start: number, len: number): boolean {
  if (len > 0 && (text.charCodeAt(start) | 32) !== w.charCodeAt(0)) return false;
  for (let q = 1; q < len; q++) if (foldedAt(text, start + q) !== w.charCodeAt(q)) return false;
  return true;
}

/** The ASCII bits (and NON_ASCII) of the characters {@link wordEnd} passed. */
let wordEndFlags = 0;

/**
 * The end of the word that goes on at `text[i]` (see {@link scanText}, {@link tokenize});
 * its character bits in `wordEndFlags`. The word started at `from`: a CJK letter ends
 * it, or is the whole word when it stands at `from` (flag {@link CJK}).
 */
function wordEnd(text: string, i: number, n: number, from: number): number {
  let f = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const b = ASCII[c]!;
      if (b === 0) break;
      f |= b;
      i++;
    } else {
      if (!isWordCode(c, text, i)) break;
      if (c >= 0x1100 && isCjkCode(c)) {
        if (i === from) {
          f |= NON_ASCII | CJK;
          i++;
        }
        break;
      }
      f |= NON_ASCII;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
  }
  wordEndFlags = f;
  return i;
}

/** Lower-cased ASCII letter or digit code at `text[i]`. */
function lowerAt(text: string, i: number): number {
  return text.charCodeAt(i) | 32;
}

/**
 * For a word `text[s, e)` of ASCII letters and digits, starting with a letter, and not
 * an acronym plural: the length of its folded form when that is a prefix of the word
 * lower-cased, `z` read through {@link foldedAt} (no folding, or a plural `s` / `es`
 * dropped), else -1 (-ies → y, or a British spelling: {@link foldWord} must run). Same
 * rules as foldWord (its plural rules read no `z`, its `z` → `s` comes after them).
 */
function plainLength(text: string, s: number, e: number): number {
  let m = e - s;
  if (m >= 4 && lowerAt(text, e - 1) === 115 /* s */) {
    const p = lowerAt(text, e - 2);
    if (p === 101 /* e */) {
      const q = lowerAt(text, e - 3);
      if (m > 4 && q === 105 /* -ies */) return -1;
      const r = lowerAt(text, e - 4);
      // -sses, -ches, -shes, -xes lose `es`; other -es words only `s`.
      m -= (q === 115 && r === 115) || (q === 104 && (r === 99 || r === 115)) || q === 120 ? 2 : 1;
    } else if (p !== 115 && p !== 117 && p !== 105 && p !== 97) {
      m -= 1;
    }
  }
  return britishLength(text, s, m);
}

/**
 * `m`, or -1 when {@link britishFold} changes the ending or start of `text[s, s + m)`
 * lower-cased (-iour, -elling, -elled, colour; its `z` → `s` never makes nor unmakes
 * one of these, which hold no `s` or `z`).
 */
function britishLength(text: string, s: number, m: number): number {
  if (m >= 5) {
    const last = lowerAt(text, s + m - 1);
    if (last === 114 && sameLower('iour', text, s + m - 4, 4)) return -1;
    if (last === 103 && m >= 7 && sameLower('elling', text, s + m - 6, 6)) return -1;
    if (last === 100 && m >= 6 && sameLower('elled', text, s + m - 5, 5)) return -1;
    if (m >= 6 && lowerAt(text, s) === 99 && sameLower('colour', text, s, 6)) return -1;
  }
  return m;
}

/** {@link isJoin} of `text[s, e)` lower-cased (ASCII letters and digits only). */
function isJoinRange(text: string, s: number, e: number): boolean {
  const n = e - s;
  const k = (text.charCodeAt(s) | 32) - 97;
  if (k < 0 || k >= 26 || n >= 8) return false;
  const slot = JOIN_SLOTS[k * 8 + n];
  if (slot === undefined) return false;
  for (const w of slot) if (sameLower(w, text, s, n)) return true;
  return false;
}

/**
 * {@link tokenize} into `out`, with the trie nodes of `v` the tokens lead to: the same
 * tokens and folded forms, but a word of ASCII letters and digits whose folded form is
 * a prefix of it lower-cased (no `z`, no -ies or British ending, not a bound prefix;
 * most words) is looked up in place, without a string.
 */
export function scanText(text: string, v: RootIndex, out: TokenScan): TokenScan {
  out.reset(text);
  const n = text.length;
  const { slotTab, shift, wordChars, words, stemBits, letterLists, stemListShort, stemListNext, wordBits } = v;
  const mask = v.slots.length - 1;
  let starts = out.start;
  let ends = out.end;
  let nends = out.nend;
  let hs = out.hash;
  let k = 0; // tokens so far (out.n is set from it before out.push*)
  let holding = false; // out.held is set: a bound prefix waits for the next word
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII[c] === 0) {
        i++;
        continue;
      }
    } else if (!isWordCode(c, text, i)) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    const start = i;
    const c0 = c | 32;
    let last = c; // the word's last character (ASCII words)
    let f = 0; // ASCII bits seen, | NON_ASCII
    // ASCII letters and digits (a tight loop), then any other word characters.
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c >= 128) break;
      const b = ASCII[c]!;
      if (b === 0) break;
      f |= b;
      last = c;
    }
    if (i < n && c >= 128 && isWordCode(c, text, i)) {
      i = wordEnd(text, i, n, start);
      f |= wordEndFlags;
    }
    const len = i - start;
    // Folded form = text[start, start + m) lower-cased (a `z` after `i` or `y` read as `s`:
    // see pushZ), or m = -1. Most words have no ending plainLength looks at (s, r, g, d)
    // and do not start with `c`.
    let m = -1;
    if ((f & NON_ASCII) === 0 && c0 >= 97) {
      if ((f & 2) !== 0 && len >= 3 && last === 115 && isUpperAscii(text.charCodeAt(i - 2))) {
        // An acronym plural (`LLMs`): foldWord drops the `s`, then britishFold.
        m = britishLength(text, start, len - 1);
      } else if (len < 4) {
        m = len;
      } else {
        // Without a final `s`, plainLength can only find -iour, -elling, -elled or colour:
        // the character that tells each apart is looked at first (most words stop here).
        const l = last | 32;
        m =
          l === 115 ||
          (l === 114 && (text.charCodeAt(i - 2) | 32) === 117) ||
          (l === 103 && (text.charCodeAt(i - 4) | 32) === 108) ||
          (l === 100 && (text.charCodeAt(i - 3) | 32) === 108) ||
          (c0 === 99 && (text.charCodeAt(start + 1) | 32) === 111)
            ? plainLength(text, start, i)
            : len;
      }
    }
    const c1 = text.charCodeAt(start + 1) | 32; // used only when len >= 2
    if (!holding && m >= 0 && (f & 4) === 0 && (len < 2 || !mayBeJoin(c0, c1, len) || !isJoinRange(text, start, i))) {
      // Most words (pushPlain, inlined).
      if (k >= starts.length) {
        out.n = k;
        out.grow();
        starts = out.start;
        ends = out.end;
        nends = out.nend;
        hs = out.hash;
      }
      starts[k] = start;
      ends[k] = i;
      nends[k] = start + m;
      const h = normHash(m, c0, m > 1 ? c1 : 0, (m === len ? last : text.charCodeAt(start + m - 1)) | 32);
      hs[k] = h;
      if (out.pending >= 0) out.checkPending(v, h, c0);
      const hb = h >>> 16;
      if ((wordBits[hb >>> 5]! & (1 << (hb & 31))) !== 0) {
        for (let s = h >>> shift; ; s = (s + 1) & mask) {
          const q = s << 2;
          const e = slotTab[q + 1]!;
          if (e < 0) break;
          if (slotTab[q] !== h) continue;
          // Equal hashes of ASCII words (shorter than 2048) mean equal lengths, first two and last characters.
          const at = slotTab[q + 2]!;
          if (at >= 0 && m < 2048 ? m <= 3 || sameChars(wordChars, at, text, start, 2, m - 1) : words[e]!.length === m && sameLower(words[e]!, text, start, m)) {
            out.addWordRoot(v, k, e);
            break;
          }
        }
      }
      if (m >= 3) {
        const c2 = text.charCodeAt(start + 2) | 32;
        const lk = letterKey(c0, c1, c2);
        if (lk >= 0) {
          if ((stemBits[lk >>> 5]! & (1 << (lk & 31))) !== 0) {
            const list = letterLists[lk]!;
            if (stemListShort[list] === 1 || (m >= 4 && ((stemListNext[list]! >>> ((text.charCodeAt(start + 3) | 32) & 31)) & 1) !== 0)) out.rootStems(v, list, k);
          }
        } else {
          const list = stemListOf(v, c0, c1, c2, text, start, true);
          if (list !== 0) out.rootStems(v, list, k);
        }
      }
      k++;
      continue;
    }
    // The rest (bound prefixes, digits, -ies, non-ASCII and CJK words): out of line, so
    // that the loop above stays small.
    out.n = k;
    out.slowWord(v, start, i, f, m);
    holding = out.held !== '';
    k = out.n;
    starts = out.start;
    ends = out.end;
    nends = out.nend;
    hs = out.hash;
  }
  out.n = k;
  if (holding) out.pushNorm(v, foldWord(out.held, out.heldAcronymPlural), out.heldStart, out.heldEnd);
  out.held = '';
  out.finish();
  return out;
}
