/**
 * Gazetteer matching for dataset names: `src/data/datasets.json` compiled once, on the
 * first call, into a trie over folded characters (lower-case letters and digits), and a
 * single left-to-right scan of the text.
 *
 * Folding makes `CIFAR10`, `CIFAR-10`, `Cifar 10` and `cifar_10` one key (`cifar10`), and
 * `FashionMNIST` / `Fashion MNIST` one key too, so the data file lists no spelling
 * variants. A match starts where a word starts and ends where a word ends, or where
 * letters turn into digits inside a word (`ImageNet1K`, `PoseTrack21`), in which case
 * the rest of the word must be a variant. Between two words of a name only spaces, a
 * hyphen or an underscore may stand (and a dot between digits: `CIFAR-10.1`).
 *
 * Cost: the walk from each word start is bounded by the longest key (~60 characters), so
 * a scan is linear in the text. Compiling the 1000 entries takes ~18 ms, once, on the first call.
 */
import gazetteer from '../data/datasets.json' with { type: 'json' };
import {
  RE_DS_ADJECTIVAL,
  RE_DS_DIGIT_START,
  RE_DS_HAS_DIGIT,
  RE_DS_NON_ALNUM_ASCII_G,
  RE_DS_SIZE_SUFFIX,
  RE_DS_SPLIT_SUFFIX,
  RE_DS_SUBSET_AFTER,
  RE_DS_VARIANT_AFTER,
  RE_DS_VARIANT_BEFORE,
  RE_DS_VARIANT_NUMBER,
  RE_DS_WORD_SPLIT,
} from '../regex/datasets.js';
import { isLetterOrDigit } from '../lib/text.js';
import { DERIVED_SUFFIX_STOP, isCueWord } from './datasets-lexicon.js';

/** One entry of the data file. */
export interface GazetteerEntry {
  name: string;
  aliases: string[];
  domain: string;
  caseSensitive?: boolean;
  /** Suites or splits of a benchmark written after a hyphen (`LIBERO-Long`, `SimplerEnv-WidowX`): variants, not names of their own. */
  suites?: string[];
}

/** How a listed spelling constrains the case of what the text writes. */
enum FormKind {
  /** Digits or an inner capital (`CIFAR-10`, `ImageNet`, `nuScenes`): any case. */
  Distinct,
  /** All capitals (`MNIST`, `SVHN`): the text must write at least two capitals (`MNist` passes, `Mnist` does not). */
  Caps,
  /** Capitalised words (`Waterbirds`, `Visual Genome`): the text must start with a capital. */
  Title,
  /** All lower case (`robosuite`, `ogbn-arxiv`): any case. */
  Lower,
}

interface Form {
  entry: GazetteerEntry;
  /** The spelling as listed, letters and digits only. */
  alnum: string;
  /** `alnum` folded (the trie key). */
  key: string;
  kind: FormKind;
  /** Digits in the spelling (`CIFAR-10`): any case; without them an inner capital (`ImageNet`) needs a capital in the text. */
  digits: boolean;
  /** `&` written inside the name (`D&D`): the text must write it too. */
  amp: number;
  /** Listed as case-sensitive and made of plain capitalised words (`Spider`, `The Pile`): word-like. */
  wordLike: boolean;
  /** Three capitals or more in the spelling (`MultiPL-E`, `TextVQA`): a text spelling with one capital is another word (`Multiple`). */
  heavyCaps: boolean;
}

interface Node {
  /** Children by folded character code. */
  next: Map<number, Node>;
  forms?: Form[];
  /** Row of the node in the flat trie (set by `flatTrie`). */
  id?: number;
}

/**
 * The trie flattened for the scan (built once, immutable afterwards): node 0 is the root;
 * children by folded ASCII letter or digit in one typed array (36 slots a node, 0 for
 * none, since the root is never a child), other folded characters in a map per node.
 */
interface FlatTrie {
  /** 16-bit while the trie has fewer than 65,536 nodes (about 13,000 now): half the memory, fewer cache misses. */
  ascii: Uint16Array | Int32Array;
  other: (Map<number, number> | undefined)[];
  forms: (Form[] | undefined)[];
  /** 1 where a node has forms (a listed spelling ends there). */
  final: Uint8Array;
  /**
   * The node two ASCII steps below the root, by the two slots (`s1 * 36 + s2`), 0 for none;
   * undefined if a listed name has one folded character (then a match may end after the first).
   */
  pairs: Uint16Array | Int32Array | undefined;
  /**
   * The node three ASCII steps below the root, by the three slots (`(s1 * 36 + s2) * 36 + s3`), 0
   * for none; undefined with `pairs`. Most words stop within their first three characters: read
   * here, in 91 KB, not from the rows of the whole trie.
   */
  tri: Uint16Array | Int32Array | undefined;
}

/** Slot of a folded character code in a node's ASCII row (`0-9` then `a-z`), or -1. */
function asciiSlot(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  return -1;
}

/** Row slot of an ASCII code as the scan folds it (`A-Z` as `a-z`), 255 for a non-alphanumeric: one load a character. */
const SLOT = new Uint8Array(128).fill(255);
for (let c = 0; c < 128; c++) {
  const k = asciiSlot(c >= 65 && c <= 90 ? c + 32 : c);
  if (k >= 0) SLOT[c] = k;
}

/** The child of node `n` by folded character code `c`, or 0 when there is none. */
function childOf(t: FlatTrie, n: number, c: number): number {
  const k = asciiSlot(c);
  if (k >= 0) return t.ascii[n * 36 + k]!;
  return t.other[n]?.get(c) ?? 0;
}

let flat: FlatTrie | undefined;

function flatTrie(): FlatTrie {
  if (flat) return flat;
  const r = gazetteerTrie();
  // Breadth first: the shallow rows every scan step reads first lie together (fewer cache misses).
  const order: Node[] = [r];
  for (let q = 0; q < order.length; q++) {
    const n = order[q]!;
    n.id = q;
    for (const c of n.next.values()) order.push(c);
  }
  const ascii = order.length < 65536 ? new Uint16Array(order.length * 36) : new Int32Array(order.length * 36);
  const other: (Map<number, number> | undefined)[] = new Array(order.length).fill(undefined);
  const forms: (Form[] | undefined)[] = new Array(order.length).fill(undefined);
  const final = new Uint8Array(order.length);
  for (let id = 0; id < order.length; id++) {
    const n = order[id]!;
    forms[id] = n.forms;
    if (n.forms) final[id] = 1;
    for (const [c, child] of n.next) {
      const k = asciiSlot(c);
      if (k >= 0) ascii[id * 36 + k] = child.id!;
      else (other[id] ??= new Map()).set(c, child.id!);
    }
  }
  let pairs: Uint16Array | Int32Array | undefined = order.length < 65536 ? new Uint16Array(36 * 36) : new Int32Array(36 * 36);
  for (let a = 0; a < 36; a++) {
    const mid = ascii[a]!;
    if (mid === 0) continue;
    if (final[mid] === 1) pairs = undefined;
    if (pairs) for (let b = 0; b < 36; b++) pairs[a * 36 + b] = ascii[mid * 36 + b]!;
  }
  let tri: Uint16Array | Int32Array | undefined = order.length < 65536 ? new Uint16Array(36 * 36 * 36) : new Int32Array(36 * 36 * 36);
  if (!pairs) tri = undefined;
  else for (let ab = 0; ab < 36 * 36; ab++) {
    const mid = pairs[ab]!;
    if (mid !== 0) for (let c = 0; c < 36; c++) tri[ab * 36 + c] = ascii[mid * 36 + c]!;
  }
  flat = { ascii, other, forms, final, pairs, tri };
  return flat;
}

/** A gazetteer hit in a text (offsets are UTF-16 code units into that text). */
export interface GazetteerHit {
  /** Canonical name, or the name as written for a derived name (`ImageNet-Sketch` style, unlisted). */
  name: string;
  start: number;
  end: number;
  variant?: string;
  /** True when the hit is a listed name plus an unlisted suffix (`MuSiQue-Un`): a name of its own. */
  derived?: boolean;
  /** Offsets of the listed name alone, inside [start, end). */
  coreStart: number;
  coreEnd: number;
}

let root: Node | undefined;

function formKind(s: string): FormKind {
  let upper = 0;
  let lower = 0;
  let digit = false;
  let innerCap = false;
  let prevLower = false;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) digit = true;
    else if (ch !== ch.toLowerCase()) {
      upper++;
      if (prevLower) innerCap = true;
      prevLower = false;
      continue;
    } else if (ch !== ch.toUpperCase()) lower++;
    prevLower = ch !== ch.toUpperCase();
  }
  if (digit || innerCap) return FormKind.Distinct;
  if (upper === 0) return FormKind.Lower;
  if (lower === 0) return upper >= 2 ? FormKind.Caps : FormKind.Title;
  // Words each capitalised, or `notMNIST`-like shapes (lower then upper is innerCap above).
  return FormKind.Title;
}

function alnumOf(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  // NFKC leaves ASCII as it is, and its letters and digits are A-Z, a-z and 0-9 (isLetterOrDigit).
  if (ascii) return s.replace(RE_DS_NON_ALNUM_ASCII_G, '');
  let out = '';
  for (const ch of s.normalize('NFKC')) if (isLetterOrDigit(ch)) out += ch;
  return out;
}

/** Every word of the spelling starts with a capital and goes on in lower case (`Spider`, `The Pile`, `Needle in a Haystack`). */
function isWordLike(s: string): boolean {
  for (const w of s.split(RE_DS_WORD_SPLIT)) {
    if (!w) continue;
    for (let i = 1; i < w.length; i++) {
      const ch = w[i]!;
      if (ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9')) return false;
    }
  }
  return true;
}

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
  let out = '';
  for (const x of ch.normalize('NFKC').toLowerCase()) if (isLetterOrDigit(x)) out += x;
  return out;
}

/** Compiles the gazetteer into the trie (once). */
export function gazetteerTrie(): Node {
  if (root) return root;
  const r: Node = { next: new Map() };
  for (const entry of (gazetteer as { datasets: GazetteerEntry[] }).datasets) {
    const seen = new Set<string>();
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      const alnum = alnumOf(spelling);
      if (alnum.length < 2 || seen.has(alnum)) continue;
      seen.add(alnum);
      const key = foldChars(alnum);
      let node = r;
      for (let q = 0; q < key.length; q++) {
        const ch = key.charCodeAt(q);
        let n = node.next.get(ch);
        if (!n) node.next.set(ch, (n = { next: new Map() }));
        node = n;
      }
      const kind = formKind(alnum);
      (node.forms ??= []).push({
        entry,
        alnum,
        key,
        kind,
        digits: RE_DS_HAS_DIGIT.test(alnum),
        amp: countAmp(spelling),
        wordLike: entry.caseSensitive === true && kind === FormKind.Title && isWordLike(spelling),
        heavyCaps: countUpper(alnum) >= 3,
      });
    }
  }
  root = r;
  return r;
}

function countUpper(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isUpperAt(s, i)) n++;
  return n;
}

function countAmp(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 38) n++;
  return n;
}

function foldChars(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

/** Every listed spelling of every entry, folded: for the context finder to tell known names. */
export function isListedKey(folded: string): boolean {
  let node: Node | undefined = gazetteerTrie();
  for (let q = 0; q < folded.length && node; q++) node = node.next.get(folded.charCodeAt(q));
  return !!node?.forms;
}

function isAlnumAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? SLOT[c] !== 255 : isAlnumHigh(text, i, c);
}

function isAlnumHigh(text: string, i: number, c: number): boolean {
  // Surrogate pairs: a letter outside the BMP is rare in names; treat the pair's halves as letters.
  if (c >= 0xd800 && c <= 0xdfff) return true;
  // Chinese, Japanese and Korean script writes no spaces: a Latin name next to it stands on its own (`利用StreamingQA基准测试`).
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) return false;
  return isLetterOrDigit(text[i]!);
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

function isLowerAt(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch !== ch.toUpperCase();
}

/** A place inside or at the end of a word where a name may end. */
function isBoundary(text: string, i: number): boolean {
  if (!isAlnumAt(text, i)) return true;
  const a = isDigitAt(text, i - 1);
  const b = isDigitAt(text, i);
  if (a !== b) return true;
  if (isLowerAt(text, i - 1) && isUpperAt(text, i)) return true;
  // a version glued to an acronym-style name: `BFCLv3`, `GSM8Kv2` (finishHit reads it as the variant)
  const c = text.charCodeAt(i);
  return (c === 118 || c === 86) && isDigitAt(text, i + 1) && (a || isUpperAt(text, i - 1));
}

/** Characters that may stand between two words of a name: white space, hyphens, underscore, `&`, `+`, apostrophes. */
function isJoiner(c: number): boolean {
  return (
    c === 32 || c === 0xa0 || c === 45 || c === 95 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 10 || c === 9 || c === 13 || c === 38 || c === 43 || c === 39 || c === 0x2019
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 10 || c === 9 || c === 13;
}

/** Skips the characters that may join two words of a name; returns the next word start or -1. */
function skipJoin(text: string, i: number): number {
  let j = i;
  let hyphens = 0;
  while (j < text.length && j - i < 3) {
    const c = text.charCodeAt(j);
    // `UCF\_QNRF`: a LaTeX-escaped underscore is one joiner.
    if (c === 92 && text.charCodeAt(j + 1) === 95) {
      hyphens++;
      j += 2;
      continue;
    }
    if (!isJoiner(c)) break;
    if (!isSpace(c)) hyphens++;
    j++;
  }
  if (j === i) {
    // `CIFAR-10.1`, `Last.fm`: a dot inside a word.
    if (text.charCodeAt(i) === 46 && isAlnumAt(text, i - 1) && isAlnumAt(text, i + 1)) return i + 1;
    return -1;
  }
  if (hyphens > 1 || !isAlnumAt(text, j)) return -1;
  return j;
}

function caseOk(form: Form, written: string, amp: number, weakCaps: boolean): boolean {
  if (amp !== form.amp) return false;
  if (form.entry.caseSensitive) return written === form.alnum;
  switch (form.kind) {
    case FormKind.Lower:
      return true;
    case FormKind.Distinct: {
      if (form.digits) return true;
      // `ImageNet` written `Imagenet` mid-sentence passes; `multiple` never is `MultiPL-E`,
      // nor `Multiple` at a sentence start or in a Title Case title.
      let up = 0;
      for (let i = 0; i < written.length && up < 2; i++) if (isUpperAt(written, i)) up++;
      if (up === 0) return false;
      if (up < 2 && form.heavyCaps) return false;
      return up >= 2 || !weakCaps;
    }
    case FormKind.Caps: {
      let up = 0;
      for (let i = 0; i < written.length && up < 2; i++) if (isUpperAt(written, i)) up++;
      return up >= 2 || written === form.alnum;
    }
    case FormKind.Title:
      return isUpperAt(written, 0);
  }
}

/** The first of the forms whose case the written spelling fits (a loop, not a closure: tsx wraps each closure it makes in a costly `__name`). */
function firstCaseOk(forms: Form[], written: string, amp: number, weakCaps: boolean): Form | undefined {
  for (const x of forms) if (caseOk(x, written, amp, weakCaps)) return x;
  return undefined;
}

/** True when the offset starts a sentence (nothing but quotes and brackets since `.`, `!`, `?`, a line start or the text start). */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 0xa0 || c === 9 || c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018) j--;
    else break;
  }
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 58;
}

/** The next word after offset i (letters only, lower-cased), up to 16 characters. */
function nextWord(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 4 && !isAlnumAt(text, j)) j++;
  let w = '';
  while (j < text.length && w.length < 16 && isAlnumAt(text, j)) w += text[j++]!.toLowerCase();
  return w;
}

/**
 * Finds every listed dataset name in the text, left to right, longest match first.
 * `titleCase` says that capitals carry no evidence here (a title written in Title Case):
 * word-like case-sensitive names (`Spider`, `Replica`) are then skipped, as they are at
 * the start of a sentence, unless a dataset word or a variant follows.
 */
export function scanGazetteer(text: string, titleCase: boolean): GazetteerHit[] {
  const trie = flatTrie();
  const ascii = trie.ascii;
  const final = trie.final;
  const pairs = trie.pairs;
  const tri = trie.tri!;
  const hits: GazetteerHit[] = [];
  const n = text.length;
  // Ends and trie nodes of the names found from one word start (reused).
  const ends: number[] = [];
  const nodes: number[] = [];
  let found = 0;
  let i = 0;
  while (i < n) {
    // Next word start.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 ? SLOT[c] !== 255 : isAlnumHigh(text, i, c)) break;
      i++;
    }
    if (i >= n) break;
    const start = i;
    found = 0;
    // Node 0 is the root; 0 after a step means no child.
    let node = 0;
    let j = start;
    // Where the first word ends, once the walk has passed it: the skip below resumes there, not at `start`.
    let wordEnd = -1;
    // Two ASCII letters or digits first (most words): both steps at once, from the table of
    // depth-2 nodes (no match ends after the first character: see `pairs`).
    const c1 = text.charCodeAt(start);
    const c2 = text.charCodeAt(start + 1);
    let walk = true;
    if (pairs && c1 < 128 && c2 < 128 && SLOT[c2] !== 255) {
      node = pairs[SLOT[c1]! * 36 + SLOT[c2]!]!;
      j = start + 2;
      // No child two steps down: the walk below would stop within these two characters.
      if (node === 0) walk = false;
      else {
        if (final[node] === 1 && isBoundary(text, j)) {
          ends[found] = j;
          nodes[found] = node;
          found++;
        }
        // A third ASCII letter or digit: the third step from the table of depth-3 nodes, as the walk below would take it.
        const c3 = text.charCodeAt(j);
        if (c3 < 128 && SLOT[c3] !== 255) {
          node = tri[(SLOT[c1]! * 36 + SLOT[c2]!) * 36 + SLOT[c3]!]!;
          j++;
          if (node === 0) walk = false;
          else if (final[node] === 1 && isBoundary(text, j)) {
            ends[found] = j;
            nodes[found] = node;
            found++;
          }
        }
      }
    }
    while (walk && j < n) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        const slot = SLOT[c]!;
        if (slot === 255) {
          if (wordEnd < 0) wordEnd = j;
          // One space, then an ASCII letter or digit (most joins): what skipJoin would answer.
          if (c === 32) {
            const d = text.charCodeAt(j + 1);
            if (d < 128 && SLOT[d] !== 255) {
              j++;
              continue;
            }
          }
          const k = skipJoin(text, j);
          if (k < 0) break;
          j = k;
          continue;
        }
        const next = ascii[node * 36 + slot]!;
        if (next === 0) break;
        node = next;
      } else if (isAlnumHigh(text, j, c)) {
        // A character may fold to several (or none): walk them all.
        const f = foldChar(text[j]!);
        let dead = false;
        for (let q = 0; q < f.length; q++) {
          const next = childOf(trie, node, f.charCodeAt(q));
          if (next === 0) {
            dead = true;
            break;
          }
          node = next;
        }
        if (dead) break;
      } else {
        if (wordEnd < 0) wordEnd = j;
        const k = skipJoin(text, j);
        if (k < 0) break;
        j = k;
        continue;
      }
      j++;
      if (final[node] === 1 && isBoundary(text, j)) {
        ends[found] = j;
        nodes[found] = node;
        found++;
      }
    }
    let accepted = false;
    if (found) {
      const weakCaps = titleCase || atSentenceStart(text, start);
      for (let f = found - 1; f >= 0 && !accepted; f--) {
        const end = ends[f]!;
        const slice = text.slice(start, end);
        const written = alnumOf(slice);
        const amp = countAmp(slice);
        const form = firstCaseOk(trie.forms[nodes[f]!]!, written, amp, weakCaps);
        if (!form) continue;
        const hit = finishHit(text, start, end, form, titleCase);
        if (!hit) continue;
        hits.push(hit);
        accepted = true;
        i = hit.end;
        // `CIFAR-10/100`, `MOT17/20`: a number after a slash names the sibling dataset of the same stem.
        if (text.charCodeAt(hit.end) === 47 && !hit.derived && hit.end === hit.coreEnd) {
          const sib = slashSibling(text, hit, form);
          if (sib) {
            hits.push(sib);
            i = sib.end;
          }
        }
      }
    }
    if (!accepted) {
      // Skip the rest of this word (the walk read start..j, all of it letters or digits until wordEnd).
      i = wordEnd >= 0 ? wordEnd : j;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128 ? SLOT[c] === 255 : !isAlnumHigh(text, i, c)) break;
        i++;
      }
      // The character at i is none of a word's: the next word starts after it.
      i++;
    }
  }
  return hits;
}

/** The listed entry whose folded spelling is `key`, if any. */
function entryOfKey(key: string): GazetteerEntry | undefined {
  let node: Node | undefined = gazetteerTrie();
  for (let q = 0; q < key.length && node; q++) node = node.next.get(key.charCodeAt(q));
  return node?.forms?.[0]?.entry;
}

/**
 * `CIFAR-10/100`: the hit's name ends in a number and `/digits` follows; when the stem with
 * those digits is listed (`CIFAR-100`), that dataset is named too (a derived hit over the digits).
 */
function slashSibling(text: string, hit: GazetteerHit, form: Form): GazetteerHit | undefined {
  if (!isDigitAt(text, hit.end - 1)) return undefined;
  const s = hit.end + 1;
  let e = s;
  while (e < text.length && e - s < 5 && isDigitAt(text, e)) e++;
  if (e === s || e - s > 4 || isAlnumAt(text, e)) return undefined;
  const key = form.key;
  let stem = key.length;
  while (stem > 0 && key.charCodeAt(stem - 1) >= 48 && key.charCodeAt(stem - 1) <= 57) stem--;
  if (stem === 0 || stem === key.length) return undefined;
  const entry = entryOfKey(key.slice(0, stem) + text.slice(s, e));
  if (!entry || entry === form.entry) return undefined;
  return { name: entry.name, start: s, end: e, derived: true, coreStart: s, coreEnd: e };
}

function finishHit(text: string, start: number, coreEnd: number, form: Form, titleCase: boolean): GazetteerHit | undefined {
  const variants: string[] = [];
  let end = coreEnd;
  // An alias that is the name plus a variant (`ImageNet-1K` for ImageNet): the variant is kept apart.
  const av = aliasVariant(text, start, coreEnd, form);
  if (av) {
    variants.push(av.variant);
    end = Math.max(end, av.end);
  }
  // Variants after the name: a year, a size, a resolution, a version; a glued or hyphenated number.
  for (let k = 0; k < 3; k++) {
    const m = RE_DS_VARIANT_AFTER.exec(text.slice(end, end + 24));
    if (m) {
      variants.push(m[1]!);
      end += m[0].length;
      continue;
    }
    if (k === 0) {
      const num = RE_DS_VARIANT_NUMBER.exec(text.slice(end, end + 8));
      if (num) {
        variants.push(num[1]!);
        end += num[0].length;
        continue;
      }
    }
    break;
  }
  // A match that ends inside a word must be completed by a variant.
  if (isAlnumAt(text, end)) return undefined;
  // A name used as an adjective of scale or style is not a mention (`ImageNet-scale`, `COCO-style`, `CartPole-like`).
  if (!variants.length && RE_DS_ADJECTIVAL.test(text.slice(end, end + 12))) return undefined;
  const followedByCue = isCueWord(nextWord(text, end));
  if (form.wordLike && !variants.length && !followedByCue && (titleCase || atSentenceStart(text, start))) return undefined;
  // A size subset joined by a hyphen is a variant: `MalNet-Tiny`, `Places-Small`; so is a
  // named subset after a space: `SWE-bench Verified`, `GPQA Diamond`.
  if (!variants.length) {
    const sz = RE_DS_SIZE_SUFFIX.exec(text.slice(end, end + 8)) ?? RE_DS_SUBSET_AFTER.exec(text.slice(end, end + 12));
    if (sz) {
      variants.push(sz[1]!);
      end += sz[0].length;
    }
  }
  // An unlisted suffix joined by a hyphen makes a name of its own: `MuSiQue-Un`, `ImageNet-X`,
  // `Spider-Syn`; unless it names a suite or split of the benchmark (`LIBERO-Long`, `MMBench-CN`,
  // `MATH-Hard`): then it is a variant.
  if (!variants.length) {
    const suffixEnd = derivedSuffixEnd(text, end, titleCase);
    if (suffixEnd > end) {
      const suffix = text.slice(end + 1, suffixEnd);
      if (isSuiteOf(form.entry, suffix)) return { name: form.entry.name, start, end: suffixEnd, coreStart: start, coreEnd, variant: suffix };
      return { name: text.slice(start, suffixEnd), start, end: suffixEnd, derived: true, coreStart: start, coreEnd };
    }
  }
  let s = start;
  const before = RE_DS_VARIANT_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (before) {
    variants.unshift(before[1]!);
    s = start - 1 - before[1]!.length;
  } else {
    // An unlisted capitalised prefix joined by a hyphen makes a name of its own: `Bullet-Safety-Gym`, `Colored-MNIST`.
    const ps = derivedPrefixStart(text, start, benchShaped(text, end));
    if (ps < start) return { name: text.slice(ps, end), start: ps, end, derived: true, coreStart: start, coreEnd };
  }
  const hit: GazetteerHit = { name: form.entry.name, start: s, end, coreStart: start, coreEnd };
  if (variants.length) hit.variant = variants.join(' ');
  return hit;
}

const nameKeys = new Map<GazetteerEntry, string>();

/** The variant part of an alias that extends the canonical name (`ImageNet-1K/22K` -> `1K/22K`), as written. */
function aliasVariant(text: string, start: number, coreEnd: number, form: Form): { variant: string; end: number } | undefined {
  let nameKey = nameKeys.get(form.entry);
  if (nameKey === undefined) nameKeys.set(form.entry, (nameKey = foldChars(alnumOf(form.entry.name))));
  const key = form.key;
  if (key === nameKey || !key.startsWith(nameKey) || !nameKey) return undefined;
  // Walk the text over the name's letters and digits.
  let p = start;
  let k = 0;
  while (p < coreEnd && k < nameKey.length) {
    if (isAlnumAt(text, p)) k += foldChar(text[p]!).length;
    p++;
  }
  const m = RE_DS_VARIANT_AFTER.exec(text.slice(p, p + 24)) ?? RE_DS_VARIANT_NUMBER.exec(text.slice(p, p + 8));
  if (!m || p + m[0].length < coreEnd) return undefined;
  return { variant: m[1]!, end: p + m[0].length };
}

/** Folded suites of each entry that lists them (built on first use). */
let suiteKeys: Map<GazetteerEntry, Set<string>> | undefined;

/** True when `suffix` is a listed suite of the entry, or a split word any benchmark may carry (`-Hard`, `-Long`, `-CN`). */
function isSuiteOf(entry: GazetteerEntry, suffix: string): boolean {
  if (RE_DS_SPLIT_SUFFIX.test(suffix)) return true;
  if (!entry.suites) return false;
  if (!suiteKeys) suiteKeys = new Map();
  let keys = suiteKeys.get(entry);
  if (!keys) suiteKeys.set(entry, (keys = new Set(entry.suites.map((x) => foldChars(alnumOf(x))))));
  return keys.has(foldChars(alnumOf(suffix)));
}

const PREFIX_STOP = new Set(['non', 'pre', 'post', 'multi', 'cross', 'semi', 'self', 'sub', 'super', 'meta', 'anti', 'inter', 'intra', 'co', 'de', 're', 'un', 'in', 'out', 'full', 'mini', 'tiny', 'large', 'small', 'new', 'our', 'the']);

/** A name that ends in `Bench` / `bench` (`Terminal-Bench`, `SWE-bench`): the shape of a benchmark name. */
function benchShaped(text: string, end: number): boolean {
  return end >= 5 && text.slice(end - 5, end).toLowerCase() === 'bench';
}

/**
 * Where a capitalised word joined to the name by a hyphen starts, or `start` when there is none.
 * With `chain` (a benchmark-shaped name), up to three such words: `Long-Horizon-Terminal-Bench` is a
 * benchmark of its own built on `Terminal-Bench`, and the longer name is the one the text gives.
 */
function derivedPrefixStart(text: string, start: number, chain = false): number {
  let cur = start;
  for (let k = 0; k < (chain ? 3 : 1); k++) {
    const ws = prefixWordStart(text, cur);
    if (ws === cur) break;
    cur = ws;
    // No hyphen before this word: the name starts here.
    if (text.charCodeAt(cur - 1) !== 45) return cur;
  }
  // A hyphenated word before the prefix that is no capitalised name word (`non-`), or more words than
  // the chain takes: a compound, not a name.
  return start;
}

/** Where the capitalised word ending in a hyphen right before `start` starts, or `start` when there is none. */
function prefixWordStart(text: string, start: number): number {
  const h = text.charCodeAt(start - 1);
  if (!(h === 45 || h === 0x2010 || h === 0x2011) || !isAlnumAt(text, start - 2)) return start;
  let ws = start - 1;
  while (ws > 0 && start - ws < 18 && isAlnumAt(text, ws - 1)) ws--;
  if (isAlnumAt(text, ws - 1)) return start;
  const prefix = text.slice(ws, start - 1);
  if (!isUpperAt(prefix, 0) || PREFIX_STOP.has(prefix.toLowerCase()) || RE_DS_DIGIT_START.test(prefix)) return start;
  return ws;
}

/** Where a hyphenated suffix that turns a listed name into another one ends, or `end` when there is none. */
function derivedSuffixEnd(text: string, end: number, titleCase: boolean): number {
  const c = text.charCodeAt(end);
  if (c !== 45 && c !== 0x2010 && c !== 0x2011) return end;
  const s = end + 1;
  let e = s;
  while (e < text.length && e - s < 16 && isAlnumAt(text, e)) e++;
  if (e === s || isAlnumAt(text, e)) return end;
  // Another hyphenated word follows (`ImageNet-R-trained`)? Then it is a compound, not a name.
  if (text.charCodeAt(e) === 45 && isAlnumAt(text, e + 1)) return end;
  const suffix = text.slice(s, e);
  if (!isUpperAt(suffix, 0)) return end;
  if (DERIVED_SUFFIX_STOP.has(suffix.toLowerCase())) return end;
  let caps = 0;
  let lowers = 0;
  for (let k = 0; k < suffix.length; k++) {
    if (isUpperAt(suffix, k)) caps++;
    else if (isLowerAt(suffix, k)) lowers++;
  }
  const short = suffix.length <= 5 && (lowers === 0 || caps >= 2);
  if (titleCase && !short) return end;
  if (!short && suffix.length < 2) return end;
  return e;
}
