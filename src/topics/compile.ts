/**
 * Compiles a taxonomy into an immutable matcher: a trie over folded tokens, with
 * prefix edges for `stem*` words, and per node Bloom filters and an open-addressing
 * table of its word edges (see {@link wordHash}). Compiled taxonomies are cached per taxonomy object
 * (module-level WeakMap); the default taxonomy is compiled once, lazily, on first use.
 */
import { PaperfeedError } from '../errors.js';
import type { TopicDefinition, TopicTerm } from '../schema/taxonomy.js';
import defaultTaxonomyFile from '../data/taxonomy.json' with { type: 'json' };
import { tokenizeTerm, type Token } from './normalize.js';
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

interface TrieNode {
  /** Word edges while compiling; {@link seal} moves them to `words` / `kids`. */
  exact: Map<string, TrieNode> | null;
  /** Word edges as an open-addressing table: slot `wordHash >>> shift`, null = empty. */
  words: Array<string | null> | null;
  kids: TrieNode[] | null;
  shift: number;
  /** Prefix edges indexed by {@link stemKey} of the stem. */
  prefix: Map<number, PrefixEdge[]> | null;
  ends: CompiledTerm[] | null;
  /** Bloom filters over the keys (see {@link wordHash}). */
  single: Bloom | null;
  inner: Bloom | null;
  pairs: Bloom | null;
}

/** A Bloom filter: bit `h >>> shift` of `bits` per hash `h`. */
interface Bloom {
  readonly bits: Uint32Array;
  readonly shift: number;
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

/**
 * A small-integer key from the first three characters (collisions only cost a
 * `startsWith` check), so that matching never slices the token.
 */
function stemKey(norm: string): number {
  return ((norm.charCodeAt(0) & 1023) << 20) | ((norm.charCodeAt(1) & 1023) << 10) | (norm.charCodeAt(2) & 1023);
}

/**
 * Matching never uses a word of the text as a Map or Set key: V8 would hash each fresh
 * string in the runtime (stem edges have small-integer keys). Instead, cheap hashes of
 * a word (length and three characters) test Bloom filters (16 bits per key, ~6% false
 * positives) and index the open-addressing tables of word edges. Most tokens (`the`,
 * `of`) start no term: a few bit tests each. Frequent words that start terms only with
 * a following word (`model`, `in`) are looked up only if the pair passes too. Per node:
 * `single` holds the words that end a term and the stems (under their first four
 * characters, or three for 3-character stems: `prompt*` does not pass `propose`);
 * `inner` the words with children; `pairs` (word, key of the child) for those.
 */
function wordHash(norm: string): number {
  const n = norm.length;
  return Math.imul((n << 21) ^ (norm.charCodeAt(0) << 11) ^ ((norm.charCodeAt(1) | 0) << 5) ^ norm.charCodeAt(n - 1), 0x9e3779b1);
}
function stemHash(norm: string): number {
  return Math.imul(stemKey(norm), 0x85ebca6b);
}
function stemHash4(h3: number, norm: string): number {
  return Math.imul(h3 ^ norm.charCodeAt(3), 0x9e3779b1);
}
function pairHash(h: number, next: number): number {
  return Math.imul(h ^ Math.imul(next, 0x27d4eb2d), 0x165667b1);
}
function mayHave(f: Bloom | null, h: number): boolean {
  if (!f) return false;
  const b = h >>> f.shift;
  return (f.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
}
function bloom(hashes: readonly number[]): Bloom | null {
  if (!hashes.length) return null;
  let log = 5;
  while (1 << log < hashes.length * 16) log++;
  const f = { bits: new Uint32Array(1 << (log - 5)), shift: 32 - log };
  for (const h of hashes) {
    const b = h >>> f.shift;
    f.bits[b >>> 5]! |= 1 << (b & 31);
  }
  return f;
}

/** The hashes of the keys of a sealed node: words, then stems (first three characters). */
function keyHashes(node: TrieNode): number[] {
  const out: number[] = [];
  for (const w of node.words ?? []) if (w !== null) out.push(wordHash(w));
  for (const edges of node.prefix?.values() ?? []) for (const e of edges) out.push(stemHash(e.stem));
  return out;
}

/** Builds the filters and word tables of `node` and below (once, at compile time). */
function seal(node: TrieNode): void {
  const single: number[] = [];
  const inner: number[] = [];
  const pairs: number[] = [];
  for (const [word, next] of node.exact ?? []) {
    seal(next);
    const h = wordHash(word);
    if (next.ends) single.push(h);
    const keys = keyHashes(next);
    if (keys.length) inner.push(h);
    for (const k of keys) pairs.push(pairHash(h, k));
  }
  for (const edges of node.prefix?.values() ?? []) {
    for (const e of edges) {
      seal(e.node);
      const h = stemHash(e.stem);
      single.push(e.stem.length > MIN_STEM ? stemHash4(h, e.stem) : h);
    }
  }
  node.single = bloom(single);
  node.inner = bloom(inner);
  node.pairs = bloom(pairs);
  if (node.exact) {
    // Load at most 1/3: short probe runs.
    let log = 2;
    while (1 << log < node.exact.size * 3) log++;
    const words = new Array<string | null>(1 << log).fill(null);
    const kids = new Array<TrieNode>(1 << log).fill(node);
    node.shift = 32 - log;
    for (const [word, next] of node.exact) {
      let k = wordHash(word) >>> node.shift;
      while (words[k] !== null) k = (k + 1) & (words.length - 1);
      words[k] = word;
      kids[k] = next;
    }
    node.words = words;
    node.kids = kids;
    node.exact = null;
  }
}

/** The child of `node` by word `norm` (of hash `h`). */
function child(node: TrieNode, norm: string, h: number): TrieNode | undefined {
  const words = node.words!;
  const mask = words.length - 1;
  for (let k = h >>> node.shift; ; k = (k + 1) & mask) {
    const w = words[k];
    if (w === norm) return node.kids![k];
    if (w === null) return undefined;
  }
}

function newNode(): TrieNode {
  return { exact: null, words: null, kids: null, shift: 0, prefix: null, ends: null, single: null, inner: null, pairs: null };
}

function fail(path: string, problem: string): never {
  throw new PaperfeedError('INVALID_TAXONOMY', `${path}: ${problem}`, { path });
}

function insert(root: TrieNode, tokens: readonly Token[], term: CompiledTerm): void {
  let node = root;
  for (const tok of tokens) {
    if (tok.prefix) {
      const key = stemKey(tok.norm);
      node.prefix ??= new Map();
      let edges = node.prefix.get(key);
      if (!edges) node.prefix.set(key, (edges = []));
      let edge = edges.find((e) => e.stem === tok.norm);
      if (!edge) edges.push((edge = { stem: tok.norm, node: newNode() }));
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
        const { t: text, w } = termParts(entry);
        const tokens = tokenizeTerm(text);
        if (tokens.length === 0) fail(`${path}[${i}].${field}[${j}]`, `term "${text}" has no letters or digits`);
        let key = negative ? '-' : '+';
        for (const tok of tokens) {
          if (tok.prefix && tok.norm.length < MIN_STEM) fail(`${path}[${i}].${field}[${j}]`, `prefix "${tok.norm}*" is shorter than ${MIN_STEM} characters`);
          key += tok.prefix ? ` ${tok.norm}*` : ` ${tok.norm}`;
        }
        const prev = seen.get(key);
        if (prev && prev.weight >= w) return;
        if (prev) {
          // Keep the heavier duplicate (frozen at the end of the build).
          (prev as { weight: number }).weight = w;
          return;
        }
        const term: CompiledTerm = { topic: i, text, weight: w, negative, length: tokens.length, key: terms.length };
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
  for (const term of terms) Object.freeze(term);
  seal(root);
  return Object.freeze({ topics: Object.freeze(topics), byId, terms: Object.freeze(terms), root });
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

/**
 * Every term occurrence in `tokens[lo, hi)`, in order of start (within one start, in
 * trie order; callers sort). Linear in the number of tokens times the longest term.
 */
export function matchTerms(c: CompiledTaxonomy, tokens: readonly Token[], lo = 0, hi = tokens.length, out: TermMatch[] = []): TermMatch[] {
  const root = c.root as TrieNode;
  for (let i = lo; i < hi; i++) walk(root, tokens, i, i, hi, out);
  return out;
}

/** Follows the edges of `node` that token `j` takes; depth is bounded by the longest term. */
function walk(node: TrieNode, tokens: readonly Token[], i: number, j: number, hi: number, out: TermMatch[]): void {
  const norm = tokens[j]!.norm;
  if (node.words) {
    const h = wordHash(norm);
    if (mayHave(node.single, h) || (j + 1 < hi && mayHave(node.inner, h) && mayContinue(node, h, tokens[j + 1]!.norm))) {
      const next = child(node, norm, h);
      if (next) reach(next, tokens, i, j + 1, hi, out);
    }
  }
  if (node.prefix && norm.length >= MIN_STEM && mayHaveStem(node.single, norm)) {
    const edges = node.prefix.get(stemKey(norm));
    if (edges) for (const e of edges) if (norm.startsWith(e.stem)) reach(e.node, tokens, i, j + 1, hi, out);
  }
}

function mayHaveStem(f: Bloom | null, norm: string): boolean {
  const h = stemHash(norm);
  return mayHave(f, h) || (norm.length > MIN_STEM && mayHave(f, stemHash4(h, norm)));
}

/** Whether the child of `node` by the word of hash `h` may have `after` as a key. */
function mayContinue(node: TrieNode, h: number, after: string): boolean {
  return mayHave(node.pairs, pairHash(h, wordHash(after))) || (after.length >= MIN_STEM && mayHave(node.pairs, pairHash(h, stemHash(after))));
}

function reach(node: TrieNode, tokens: readonly Token[], i: number, to: number, hi: number, out: TermMatch[]): void {
  if (node.ends) for (const term of node.ends) out.push({ term, from: i, to });
  if (to < hi && (node.words || node.prefix)) walk(node, tokens, i, to, hi, out);
}
