/**
 * Compiles a taxonomy into an immutable matcher: a trie over folded tokens, with
 * prefix edges for `stem*` words; its root edges are indexed for the text scanner (see
 * {@link RootIndex}), which finds where terms may start as it tokenises, and the rest
 * is followed by {@link matchScan}. Matching never makes a string of a text word: it
 * compares hashes (length and three characters), then characters. Compiled taxonomies
 * are cached per taxonomy object (module-level WeakMap); the default taxonomy is
 * compiled once, lazily, on first use.
 */
import { PaperfeedError } from '../errors.js';
import type { TopicDefinition, TopicTerm } from '../schema/taxonomy.js';
import defaultTaxonomyFile from '../data/taxonomy.json' with { type: 'json' };
import { LETTER_KEYS, letterKey, normHashOf, tokenizeTerm, TokenScan, type RootIndex, type Token } from './normalize.js';
import { checkTaxonomyShape, termParts } from './validate.js';

/** A term of a compiled taxonomy. */
export interface CompiledTerm {
  /** Index of its topic in `CompiledTaxonomy.topics`. */
  readonly topic: number;
  /** The term as written in the taxonomy. */
  readonly text: string;
  readonly weight: number;
  readonly negative: boolean;
  /** Number of tokens. */
  readonly length: number;
  /** Unique per compiled taxonomy (for repetition counting). */
  readonly key: number;
  /**
   * A case-sensitive term (`case: true`): its words as written in the term (a `stem*`
   * word as `stem*`), one per token, which a match must also show in the text (see
   * {@link TokenScan.caseMatches}); null for the usual case-folded term.
   */
  readonly caseForms: readonly string[] | null;
}

/** A topic of a compiled taxonomy. */
export interface CompiledTopic {
  readonly id: string;
  readonly label: string;
  readonly parent: string | null;
  /** Index of the parent in `topics`, or -1. */
  readonly parentIndex: number;
  readonly scope?: string;
  readonly termCount: number;
}

interface PrefixEdge {
  readonly stem: string;
  readonly node: TrieNode;
}

/** A node of the trie while compiling (see {@link toRootIndex}). */
interface TrieNode {
  exact: Map<string, TrieNode> | null;
  /** Prefix edges by stem. */
  prefix: Map<string, PrefixEdge> | null;
  ends: CompiledTerm[] | null;
}

/**
 * A node of the compiled trie: its word edges (by {@link normHashOf}, then compared) and
 * stem edges as short arrays (most nodes have at most a few edges).
 */
interface MatchNode {
  readonly ends: readonly CompiledTerm[] | null;
  readonly wordHashes: Int32Array | null;
  /** Bit `hash >>> 24` of every word hash (256 bits; null: no words). */
  readonly wordBloom: Uint32Array | null;
  readonly words: readonly string[];
  readonly wordNodes: readonly MatchNode[];
  readonly stems: readonly string[] | null;
  /** Bit `c & 31` of the first character `c` of every stem. */
  readonly stemMask: number;
  readonly stemNodes: readonly MatchNode[];
}

/** An immutable compiled taxonomy. Build with {@link compileTaxonomy}. */
export interface CompiledTaxonomy {
  readonly topics: readonly CompiledTopic[];
  readonly byId: ReadonlyMap<string, number>;
  readonly terms: readonly CompiledTerm[];
  /** @internal the token trie */
  readonly root: unknown;
}

/** One term occurrence: tokens `[from, to)`. */
export interface TermMatch {
  readonly term: CompiledTerm;
  readonly from: number;
  readonly to: number;
}

const MIN_STEM = 3;
const cache = new WeakMap<object, CompiledTaxonomy>();
let defaultCompiled: CompiledTaxonomy | null = null;

function newNode(): TrieNode {
  return { exact: null, prefix: null, ends: null };
}

/** The compiled form of `node` and below. */
function convert(node: TrieNode): MatchNode {
  const words: string[] = [];
  const wordNodes: MatchNode[] = [];
  const stems: string[] = [];
  const stemNodes: MatchNode[] = [];
  for (const [word, next] of node.exact ?? []) {
    words.push(word);
    wordNodes.push(convert(next));
  }
  for (const e of node.prefix?.values() ?? []) {
    stems.push(e.stem);
    stemNodes.push(convert(e.node));
  }
  let wordBloom: Uint32Array | null = null;
  for (const w of words) {
    const b = normHashOf(w) >>> 24;
    (wordBloom ??= new Uint32Array(8))[b >>> 5]! |= 1 << (b & 31);
  }
  let stemMask = 0;
  for (const st of stems) stemMask |= 1 << (st.charCodeAt(0) & 31);
  return {
    ends: node.ends,
    wordHashes: words.length ? Int32Array.from(words, normHashOf) : null,
    wordBloom,
    words,
    wordNodes,
    stems: stems.length ? stems : null,
    stemMask,
    stemNodes,
  };
}

function letterKeyOf(key: string): number {
  return letterKey(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2));
}

/** ASCII and shorter than 2048: {@link normHash} is one-to-one on such words' length and three characters. */
function isShortAscii(w: string): boolean {
  if (w.length >= 2048) return false;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) >= 128) return false;
  return true;
}

/**
 * The compiled trie and its {@link RootIndex} (once, at compile time): the text
 * scanner finds the root edges, matching follows the rest.
 */
function toRootIndex(root: TrieNode): RootIndex {
  const top = convert(root);
  const { words, wordNodes } = top;
  // Load at most 1/4: short probe runs (a miss usually ends at once).
  let log = 4;
  while (1 << log < words.length * 4) log++;
  const slots = new Int32Array(1 << log).fill(-1);
  const hashes = top.wordHashes ?? new Int32Array(0);
  const shift = 32 - log;
  const wordAt = new Int32Array(words.length);
  const wordChars = new Uint16Array(words.reduce((sum, w) => sum + w.length, 0));
  let at = 0;
  words.forEach((w, id) => {
    wordAt[id] = at;
    for (let q = 0; q < w.length; q++) wordChars[at++] = w.charCodeAt(q);
  });
  const wordBits = new Uint32Array(1 << 11);
  const asciiWords = new Uint8Array(words.length);
  for (let id = 0; id < words.length; id++) {
    asciiWords[id] = isShortAscii(words[id]!) ? 1 : 0;
    const hb = hashes[id]! >>> 16;
    wordBits[hb >>> 5]! |= 1 << (hb & 31);
    let k = hashes[id]! >>> shift;
    while (slots[k]! >= 0) k = (k + 1) & (slots.length - 1);
    slots[k] = id;
  }
  // The probe's reads side by side (see RootIndex.slotTab).
  const slotTab = new Int32Array(slots.length * 4);
  for (let k = 0; k < slots.length; k++) {
    const id = slots[k]!;
    slotTab[k * 4 + 1] = id;
    if (id < 0) continue;
    slotTab[k * 4] = hashes[id]!;
    slotTab[k * 4 + 2] = asciiWords[id] === 1 ? wordAt[id]! : -1;
  }
  // What may follow a first word (see RootIndex.nextWords): the node's own filters.
  const endsTerm = new Uint8Array(words.length);
  const nextWords = new Int32Array(words.length * 8);
  const nextStems = new Int32Array(words.length);
  wordNodes.forEach((node, id) => {
    if (node.ends) {
      endsTerm[id] = 1;
      return;
    }
    if (node.wordBloom) nextWords.set(node.wordBloom, id * 8);
    nextStems[id] = node.stemMask;
  });
  const stems = top.stems ?? [];
  // Stems by their first three characters.
  const byStart = new Map<string, number[]>();
  stems.forEach((stem, id) => {
    const key = stem.slice(0, MIN_STEM);
    let list = byStart.get(key);
    if (!list) byStart.set(key, (list = []));
    list.push(id);
  });
  const stemBits = new Uint32Array((LETTER_KEYS + 31) >>> 5);
  const stemOther = new Map<string, number>();
  const stemLists: Int32Array[] = [];
  const stemListShort = new Uint8Array(byStart.size + 1);
  const stemListNext = new Uint32Array(byStart.size + 1);
  // Lists of letter keys first, by key (see letterList), then the others.
  const order = (key: string): number => {
    const lk = letterKeyOf(key);
    return lk >= 0 ? lk : LETTER_KEYS;
  };
  const starts = [...byStart].sort((a, b) => order(a[0]) - order(b[0]));
  for (const [key, list] of starts) {
    stemLists.push(Int32Array.from(list));
    for (const id of list) {
      const stem = stems[id]!;
      if (stem.length === MIN_STEM) stemListShort[stemLists.length] = 1;
      else stemListNext[stemLists.length]! |= 1 << (stem.charCodeAt(MIN_STEM) & 31);
    }
    const lk = letterKeyOf(key);
    if (lk >= 0) stemBits[lk >>> 5]! |= 1 << (lk & 31);
    else stemOther.set(key, stemLists.length);
  }
  const stemRank = new Uint16Array(stemBits.length);
  for (let w = 1; w < stemBits.length; w++) {
    let count = 0;
    for (let bits = stemBits[w - 1]!; bits !== 0; bits &= bits - 1) count++;
    stemRank[w] = stemRank[w - 1]! + count;
  }
  // The same list numbers by letter key, as a table (past stemBits, only the few keys of stems are read).
  const letterLists = new Uint16Array(LETTER_KEYS);
  let listNo = 0;
  for (let lk = 0; lk < LETTER_KEYS; lk++) if ((stemBits[lk >>> 5]! & (1 << (lk & 31))) !== 0) letterLists[lk] = ++listNo;
  return { slots, slotTab, shift, words, hashes, asciiWords, wordChars, wordAt, nodes: wordNodes, endsTerm, nextWords, nextStems, stemRank, stemBits, letterLists, wordBits, stemOther, stemLists, stemListShort, stemListNext, stems, stemNodes: top.stemNodes };
}

function fail(path: string, problem: string): never {
  throw new PaperfeedError('INVALID_TAXONOMY', `${path}: ${problem}`, { path });
}

function insert(root: TrieNode, tokens: readonly Token[], term: CompiledTerm): void {
  let node = root;
  for (const tok of tokens) {
    if (tok.prefix) {
      node.prefix ??= new Map();
      let edge = node.prefix.get(tok.norm);
      if (!edge) node.prefix.set(tok.norm, (edge = { stem: tok.norm, node: newNode() }));
      node = edge.node;
    } else {
      node.exact ??= new Map();
      let next = node.exact.get(tok.norm);
      if (!next) node.exact.set(tok.norm, (next = newNode()));
      node = next;
    }
  }
  (node.ends ??= []).push(term);
}

/**
 * Compiles topics into a matcher. Throws `PaperfeedError('INVALID_TAXONOMY')` naming the
 * bad entry (`topics[3].terms[0].w: expected number, got string`; an unknown parent; a
 * parent cycle; a duplicate id; a term with no letters or digits; a `*` stem shorter
 * than 3 characters). The result is cached per `topics` object.
 *
 * @example
 * const bio = [{ id: 'bio', label: 'Biology', terms: ['protein', { t: 'genom*', w: 0.8 }] }]
 * compileTaxonomy(bio).topics.length // 1
 * tagTopics('protein folding with genomic data', { taxonomy: bio, taxonomyMode: 'replace' })
 */
export function compileTaxonomy(topics: readonly TopicDefinition[] | { topics: readonly TopicDefinition[] }, path = 'topics'): CompiledTaxonomy {
  const hit = typeof topics === 'object' && topics !== null ? cache.get(topics) : undefined;
  if (hit) return hit;
  const list = checkTaxonomyShape(topics, path);
  const listPath = Array.isArray(topics) ? path : `${path}.topics`;
  const compiled = build(list, listPath);
  cache.set(topics, compiled);
  return compiled;
}

function build(list: readonly TopicDefinition[], path: string): CompiledTaxonomy {
  const byId = new Map<string, number>();
  list.forEach((t, i) => {
    if (byId.has(t.id)) fail(`${path}[${i}].id`, `duplicate id "${t.id}" (also ${path}[${byId.get(t.id)}])`);
    byId.set(t.id, i);
  });
  const topics: CompiledTopic[] = [];
  const root = newNode();
  const terms: CompiledTerm[] = [];
  list.forEach((t, i) => {
    const parent = t.parent ?? null;
    if (parent !== null && !byId.has(parent)) fail(`${path}[${i}].parent`, `unknown topic id "${parent}"`);
    if (parent === t.id) fail(`${path}[${i}].parent`, `a topic cannot be its own parent`);
    // Within a topic, one entry per folded form (the larger weight wins).
    const seen = new Map<string, CompiledTerm>();
    let count = 0;
    const add = (entries: readonly TopicTerm[] | undefined, negative: boolean, field: string): void => {
      (entries ?? []).forEach((entry, j) => {
        const { t: text, w, case: cased } = termParts(entry);
        const tokens = tokenizeTerm(text);
        if (tokens.length === 0) fail(`${path}[${i}].${field}[${j}]`, `term "${text}" has no letters or digits`);
        let key = negative ? '-' : '+';
        for (const tok of tokens) {
          if (tok.prefix && tok.norm.length < MIN_STEM) fail(`${path}[${i}].${field}[${j}]`, `prefix "${tok.norm}*" is shorter than ${MIN_STEM} characters`);
          key += tok.prefix ? ` ${tok.norm}*` : ` ${tok.norm}`;
        }
        // A case-sensitive term is its own entry (`GAN` flagged and `gan` may both be listed).
        const caseForms = cased ? tokens.map((tok) => text.slice(tok.start, tok.end) + (tok.prefix ? '*' : '')) : null;
        if (caseForms) key += ` |${caseForms.join(' ')}`;
        const prev = seen.get(key);
        if (prev && prev.weight >= w) return;
        if (prev) {
          // Keep the heavier duplicate (frozen at the end of the build).
          (prev as { weight: number }).weight = w;
          return;
        }
        const term: CompiledTerm = { topic: i, text, weight: w, negative, length: tokens.length, key: terms.length, caseForms };
        seen.set(key, term);
        terms.push(term);
        insert(root, tokens, term);
        count++;
      });
    };
    add(t.terms, false, 'terms');
    add(t.negative, true, 'negative');
    topics.push(
      Object.freeze({
        id: t.id,
        label: t.label,
        parent,
        parentIndex: parent === null ? -1 : byId.get(parent)!,
        ...(t.scope === undefined ? {} : { scope: t.scope }),
        termCount: count,
      }),
    );
  });
  // Parent cycles.
  topics.forEach((t, i) => {
    let steps = 0;
    for (let p = t.parentIndex; p >= 0; p = topics[p]!.parentIndex) {
      if (p === i || ++steps > topics.length) fail(`${path}[${i}].parent`, `parent cycle through "${t.id}"`);
    }
  });
  // Terms and topics are frozen; the trie is private (never handed out, never changed).
  for (const term of terms) {
    if (term.caseForms) Object.freeze(term.caseForms);
    Object.freeze(term);
  }
  return Object.freeze({ topics: Object.freeze(topics), byId, terms: Object.freeze(terms), root: toRootIndex(root) });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The default taxonomy (`src/data/taxonomy.json`), as data (frozen). */
export const defaultTaxonomy: readonly TopicDefinition[] = deepFreeze((defaultTaxonomyFile as { topics: TopicDefinition[] }).topics);

/** The compiled default taxonomy (compiled on first use). */
export function defaultCompiledTaxonomy(): CompiledTaxonomy {
  defaultCompiled ??= compileTaxonomy(defaultTaxonomy);
  return defaultCompiled;
}

/** Tokens given to {@link matchTerms}, as a scan (reused from call to call). */
const termScan = new TokenScan();

/** Term occurrences as parallel arrays: `term[k]` over tokens `[from[k], to[k])`. Reused (grown as needed). */
export class MatchBuffer {
  n = 0;
  term: CompiledTerm[] = [];
  from = new Int32Array(256);
  to = new Int32Array(256);

  /** After a very long text: lets its buffers go (they are kept between calls otherwise). */
  trim(): void {
    if (this.from.length <= 1 << 16) return;
    this.term = [];
    this.from = new Int32Array(256);
    this.to = new Int32Array(256);
    this.n = 0;
  }

  push(term: CompiledTerm, from: number, to: number): void {
    const k = this.n;
    if (k >= this.from.length) {
      const f = new Int32Array(k * 2);
      f.set(this.from);
      this.from = f;
      const t = new Int32Array(k * 2);
      t.set(this.to);
      this.to = t;
    }
    this.term[k] = term;
    this.from[k] = from;
    this.to[k] = to;
    this.n = k + 1;
  }
}
const termMatches = new MatchBuffer();

/**
 * Every term occurrence in `tokens[lo, hi)`, in order of start (within one start, in
 * trie order; callers sort). Linear in the number of tokens times the longest term.
 */
export function matchTerms(c: CompiledTaxonomy, tokens: readonly Token[], lo = 0, hi = tokens.length, out: TermMatch[] = []): TermMatch[] {
  const v = c.root as RootIndex;
  termScan.reset('');
  for (const t of tokens) termScan.pushNorm(v, t.norm, t.start, t.end);
  const m = matchScan(termScan, termMatches, lo, hi);
  for (let k = 0; k < m.n; k++) out.push({ term: m.term[k]!, from: m.from[k]!, to: m.to[k]! });
  termScan.trim();
  termMatches.trim();
  return out;
}

/** The {@link RootIndex} of a compiled taxonomy, for {@link scanText}. */
export function rootIndexOf(c: CompiledTaxonomy): RootIndex {
  return c.root as RootIndex;
}

/**
 * Every term occurrence in tokens `[lo, hi)` of a scan of the taxonomy's {@link RootIndex}
 * (see {@link scanText}), into `out` (emptied first), in order of start (within one
 * start, in trie order; callers sort).
 */
export function matchScan(scan: TokenScan, out: MatchBuffer, lo = 0, hi = scan.n): MatchBuffer {
  out.n = 0;
  const at = scan.rootAt;
  const nodes = scan.rootNode as Array<MatchNode | null>;
  const hash = scan.hash;
  for (let r = 0; r < scan.roots; r++) {
    const i = at[r]!;
    if (i < lo || i >= hi) continue;
    const node = nodes[r];
    if (!node) continue; // dropped by the scan: starts no term
    if (node.ends === null) {
      // Most first words lead nowhere: the next token is none of the node's words or stems.
      const to = i + 1;
      if (to >= hi) continue;
      if (!mayHaveWord(node, hash[to]!) && (node.stemMask & (1 << (scan.firstChar(to) & 31))) === 0) continue;
    }
    reach(node, scan, i, i + 1, hi, out);
  }
  return out;
}

/** Whether a word of hash `h` may be a word edge of `node` (false: certainly not). */
function mayHaveWord(node: MatchNode, h: number): boolean {
  const bloom = node.wordBloom;
  if (bloom === null) return false;
  const b = h >>> 24;
  return (bloom[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/** Records the terms ending at `node` and follows its edges that token `to` takes; depth is bounded by the longest term. */
function reach(node: MatchNode, scan: TokenScan, i: number, to: number, hi: number, out: MatchBuffer): void {
  const ends = node.ends;
  if (ends) {
    for (let q = 0; q < ends.length; q++) {
      const term = ends[q]!;
      // A case-sensitive term: its folded match stands only if the text writes it so.
      if (term.caseForms === null || scan.caseMatches(i, term.caseForms)) out.push(term, i, to);
    }
  }
  if (to >= hi) return;
  // Most tokens are no word or stem of the node: bit tests, before the punctuation between tokens is read.
  const h = scan.hash[to]!;
  const hashes = node.wordHashes;
  const word = hashes !== null && mayHaveWord(node, h);
  const stems = node.stems;
  const stem = stems !== null && (node.stemMask & (1 << (scan.firstChar(to) & 31))) !== 0;
  if ((!word && !stem) || scan.breakBefore(to)) return;
  if (word) {
    for (let q = 0; q < hashes.length; q++) {
      // Words of a node differ: at most one is the token.
      if (hashes[q] === h && scan.normIs(to, node.words[q]!)) {
        reach(node.wordNodes[q]!, scan, i, to + 1, hi, out);
        break;
      }
    }
  }
  if (stem) {
    for (let q = 0; q < stems.length; q++) if (scan.startsWith(to, stems[q]!)) reach(node.stemNodes[q]!, scan, i, to + 1, hi, out);
  }
}
