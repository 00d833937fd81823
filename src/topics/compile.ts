/**
 * Compiles a taxonomy into an immutable matcher: a trie over folded tokens, with
 * prefix edges for `stem*` words. Compiled taxonomies are cached per taxonomy object
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
  exact: Map<string, TrieNode> | null;
  /** Prefix edges indexed by the stem's first three characters. */
  prefix: Map<string, PrefixEdge[]> | null;
  ends: CompiledTerm[] | null;
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

function fail(path: string, problem: string): never {
  throw new PaperfeedError('INVALID_TAXONOMY', `${path}: ${problem}`, { path });
}

function insert(root: TrieNode, tokens: readonly Token[], term: CompiledTerm): void {
  let node = root;
  for (const tok of tokens) {
    if (tok.prefix) {
      const key = tok.norm.slice(0, MIN_STEM);
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
 * Every term occurrence in `tokens[lo, hi)`, in order of start. Linear in the number of
 * tokens times the longest term (each start walks the trie).
 */
export function matchTerms(c: CompiledTaxonomy, tokens: readonly Token[], lo = 0, hi = tokens.length, out: TermMatch[] = []): TermMatch[] {
  const root = c.root as TrieNode;
  const stackNodes: TrieNode[] = [];
  const stackPos: number[] = [];
  for (let i = lo; i < hi; i++) {
    stackNodes.length = 0;
    stackPos.length = 0;
    stackNodes.push(root);
    stackPos.push(i);
    while (stackNodes.length) {
      const node = stackNodes.pop()!;
      const j = stackPos.pop()!;
      if (j >= hi) continue;
      const norm = tokens[j]!.norm;
      const next = node.exact?.get(norm);
      if (next) {
        if (next.ends) for (const term of next.ends) out.push({ term, from: i, to: j + 1 });
        if (next.exact || next.prefix) {
          stackNodes.push(next);
          stackPos.push(j + 1);
        }
      }
      if (node.prefix && norm.length >= MIN_STEM) {
        const edges = node.prefix.get(norm.slice(0, MIN_STEM));
        if (edges) {
          for (const e of edges) {
            if (!norm.startsWith(e.stem)) continue;
            if (e.node.ends) for (const term of e.node.ends) out.push({ term, from: i, to: j + 1 });
            if (e.node.exact || e.node.prefix) {
              stackNodes.push(e.node);
              stackPos.push(j + 1);
            }
          }
        }
      }
    }
  }
  return out;
}
