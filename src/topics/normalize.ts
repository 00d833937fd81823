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
const JOIN = new Set([
  'pre', 'post', 'multi', 'semi', 'non', 'self', 'co', 'meta', 'hyper', 'mini', 'fine',
  're', 'pseudo', 'sub', 'cross', 'auto',
]);

/** Combining diacritical marks (the blocks Latin, Greek and Cyrillic text use). */
function isCombining(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
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

/** Folds one lower-cased token (plural and British spellings). `acronymPlural`: the raw token was `GPs`-like. */
export function foldWord(w: string, acronymPlural = false): string {
  let s = w;
  const n = s.length;
  if (acronymPlural && n >= 3) s = s.slice(0, -1);
  else if (n >= 4 && s.charCodeAt(n - 1) === 115 /* s */) {
    const p = s.charCodeAt(n - 2);
    if (s.endsWith('ies') && n > 4) s = s.slice(0, -3) + 'y';
    else if (s.endsWith('sses') || s.endsWith('ches') || s.endsWith('shes') || s.endsWith('xes')) s = s.slice(0, -2);
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
  if (s.includes('iz')) s = s.replaceAll('iz', 'is');
  if (s.includes('yz')) s = s.replaceAll('yz', 'ys');
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

interface Raw {
  text: string; // lower-cased, diacritics dropped
  start: number;
  end: number;
  acronymPlural: boolean;
  prefix: boolean;
}

function scan(text: string, allowStar: boolean): Raw[] {
  const out: Raw[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (allowStar && c === 35 /* # */) {
      // In terms, `#` stands for any number (`# shot` matches `5-shot`).
      out.push({ text: '#', start: i, end: i + 1, acronymPlural: false, prefix: false });
      i++;
      continue;
    }
    if (!isWordCode(c, text, i)) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    const start = i;
    let nonAscii = false;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
        i++;
      } else {
        if (!isWordCode(c, text, i)) break;
        nonAscii = true;
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
    }
    const raw = text.slice(start, i);
    const buf = nonAscii ? foldNonAscii(raw) : raw.toLowerCase();
    // `GPs`, `LLMs`, `GANs`: an upper-case letter then a final lower-case s.
    const p = text.charCodeAt(i - 2);
    const acronymPlural = i - start >= 3 && text.charCodeAt(i - 1) === 115 && p >= 65 && p <= 90;
    let prefix = false;
    if (allowStar && text.charCodeAt(i) === 42 /* * */) {
      prefix = true;
      i++;
    }
    out.push({ text: buf, start, end: prefix ? i - 1 : i, acronymPlural, prefix });
  }
  return out;
}

function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function build(text: string, allowStar: boolean): Token[] {
  const raw = scan(text, allowStar);
  const out: Token[] = [];
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k]!;
    const next = raw[k + 1];
    if (next && JOIN.has(r.text) && !r.prefix && next.start === r.end + 1) {
      const sep = text.charCodeAt(r.end);
      if (sep === 45 /* - */ || sep === 32 /* space */ || sep === 0x2010 || sep === 0x2011) {
        const joined = r.text + next.text;
        const norm = next.prefix ? britishFold(joined) : foldWord(joined, next.acronymPlural);
        out.push(next.prefix ? { norm, start: r.start, end: next.end, prefix: true } : { norm, start: r.start, end: next.end });
        k++;
        continue;
      }
    }
    if (r.prefix) {
      out.push({ norm: britishFold(r.text), start: r.start, end: r.end, prefix: true });
      continue;
    }
    const norm = allDigits(r.text) || r.text === '#' ? '#' : foldWord(r.text, r.acronymPlural);
    out.push({ norm, start: r.start, end: r.end });
  }
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
