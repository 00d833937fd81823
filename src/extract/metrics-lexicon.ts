/**
 * The metric lexicon (`src/data/metrics.json`) compiled once into two maps of folded
 * surface forms, and matched over token runs: the longest name that starts at a token
 * wins. Folding drops case (unless the entry is case-sensitive), spaces, hyphens,
 * underscores and braces (`Chamfer L_{1}` is `chamferl1`), and a final plural `s`.
 */
import lexicon from '../data/metrics.json' with { type: 'json' };
import type { Tok } from './numbers.js';

export interface MetricEntry {
  name: string;
  aliases: string[];
  higherIsBetter: boolean | null;
  kind: string;
  caseSensitive?: boolean;
  units?: string[];
}

export interface LexMatch {
  entry: MetricEntry;
  /** Token range, half-open. */
  i0: number;
  i1: number;
  /** Offsets into the text. */
  s: number;
  e: number;
}

interface Compiled {
  ci: Map<string, MetricEntry>;
  cs: Map<string, MetricEntry>;
  /** Every prefix of every key, so that a match stops growing as soon as no name can follow. */
  ciPrefixes: Set<string>;
  csPrefixes: Set<string>;
  maxTokens: number;
  /** The four look-ups above in one map: what a folded string is in each. */
  keys: Map<string, KeyInfo>;
  /**
   * The first three characters (ASCII, lower case) of every string in `keys`, as
   * `a * 16384 + b * 128 + c`; strings of two or one characters as `-(a * 128 + b) - 1`, `-(a * 128) - 1`.
   */
  trigrams: Set<number>;
}

/**
 * What one folded string S is: a case-sensitive and a case-insensitive key, a prefix of
 * either, and the entries of S without a final `s` (case-sensitive and not) or `es`.
 */
interface KeyInfo {
  cs: MetricEntry | undefined;
  ci: MetricEntry | undefined;
  csPrefix: boolean;
  ciPrefix: boolean;
  csPlural: MetricEntry | undefined;
  ciPlural: MetricEntry | undefined;
  ciEs: MetricEntry | undefined;
}

/** Characters that folding removes. */
const DROP = new Set([' ', '-', '_', '{', '}', '\\', '$', '~', '‐', '–', '\t']);

/** Folds one surface form or token text; case is kept when `keepCase`. */
export function foldMetricKey(s: string, keepCase = false): string {
  // Most tokens hold nothing to drop: kept as they are (case kept), without a copy.
  if (keepCase && !hasDropChar(s)) return s;
  let out = '';
  for (const ch of keepCase ? s : s.toLowerCase()) if (!DROP.has(ch)) out += ch;
  return out;
}

/** True when `s` holds a character of DROP (all of them are single UTF-16 code units). */
function hasDropChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45 || c === 95 || c === 123 || c === 125 || c === 92 || c === 36 || c === 126 || c === 0x2010 || c === 0x2013 || c === 9) return true;
  }
  return false;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  if (compiled) return compiled;
  const ci = new Map<string, MetricEntry>();
  const cs = new Map<string, MetricEntry>();
  let maxTokens = 1;
  for (const entry of (lexicon as { metrics: MetricEntry[] }).metrics) {
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      const words = form.split(' ').length + form.split('-').length - 1;
      if (words > maxTokens) maxTokens = words;
      // Case matters for short forms (`IS`, `mAP`, `EM`); a long form such as
      // `mean average precision` is matched in any case.
      if (entry.caseSensitive && (form.length <= 6 || !form.includes(' '))) {
        const k = foldMetricKey(form, true);
        if (k && !cs.has(k)) cs.set(k, entry);
      } else {
        const k = foldMetricKey(form);
        if (k && !ci.has(k)) ci.set(k, entry);
      }
    }
  }
  const prefixes = (keys: Iterable<string>) => {
    const out = new Set<string>();
    for (const k of keys) for (let i = 1; i <= k.length; i++) out.add(k.slice(0, i));
    return out;
  };
  const ciPrefixes = prefixes(ci.keys());
  const csPrefixes = prefixes(cs.keys());
  const keys = new Map<string, KeyInfo>();
  const all = [...csPrefixes, ...ciPrefixes, ...[...cs.keys()].map((k) => `${k}s`), ...[...ci.keys()].map((k) => `${k}s`), ...[...ci.keys()].map((k) => `${k}es`)];
  for (const k of all) {
    if (keys.has(k)) continue;
    const s1 = k.endsWith('s') ? k.slice(0, -1) : undefined;
    const s2 = k.endsWith('es') ? k.slice(0, -2) : undefined;
    keys.set(k, {
      cs: cs.get(k),
      ci: ci.get(k),
      csPrefix: csPrefixes.has(k),
      ciPrefix: ciPrefixes.has(k),
      csPlural: s1 === undefined ? undefined : cs.get(s1),
      ciPlural: s1 === undefined ? undefined : ci.get(s1),
      ciEs: s2 === undefined ? undefined : ci.get(s2),
    });
  }
  const trigrams = new Set<number>();
  for (const k of keys.keys()) {
    const l = k.toLowerCase();
    if (l.length >= 3) trigrams.add(l.charCodeAt(0) * 16384 + l.charCodeAt(1) * 128 + l.charCodeAt(2));
    else if (l.length === 2) trigrams.add(-(l.charCodeAt(0) * 128 + l.charCodeAt(1)) - 1);
    else if (l.length === 1) trigrams.add(-(l.charCodeAt(0) * 128) - 1);
  }
  compiled = { ci, cs, ciPrefixes, csPrefixes, maxTokens: Math.min(maxTokens + 1, 12), keys, trigrams };
  return compiled;
}

/** The lexicon entries (compiled on first use). */
export function metricEntries(): readonly MetricEntry[] {
  return (lexicon as { metrics: MetricEntry[] }).metrics;
}

/** Looks up a whole phrase (`error rates`, `FID`) in the lexicon. */
export function lookupMetric(phrase: string): MetricEntry | undefined {
  const c = compile();
  const raw = foldMetricKey(phrase, true);
  const lo = raw.toLowerCase();
  return c.cs.get(raw) ?? c.ci.get(lo) ?? (raw.endsWith('s') ? c.cs.get(raw.slice(0, -1)) ?? c.ci.get(lo.slice(0, -1)) : undefined);
}

/**
 * False when neither `raw` nor its lower case `lo` can be a string of `keys` (a key, a
 * prefix, a plural): their first three ASCII characters (or the whole of a shorter
 * ASCII string), lower-cased, start no such string. True when unsure (non-ASCII).
 */
function startsSomeKey(grams: Set<number>, raw: string, lo: string): boolean {
  const n = raw.length;
  if (n === 0 || lo.length !== n) return true;
  const x = lo.charCodeAt(0);
  if (x >= 128 || raw.charCodeAt(0) >= 128) return true;
  if (n === 1) return grams.has(-(x * 128) - 1);
  const y = lo.charCodeAt(1);
  if (y >= 128 || raw.charCodeAt(1) >= 128) return true;
  if (n === 2) return grams.has(-(x * 128 + y) - 1);
  const z = lo.charCodeAt(2);
  if (z >= 128 || raw.charCodeAt(2) >= 128) return true;
  return grams.has(x * 16384 + y * 128 + z);
}

/** Tokens that may sit inside a metric name; anything else ends it. */
const joinable = (t: Tok) => t.k !== 'p' || t.t === '-' || t.t === '/' || t.t === '.' || t.t === '+' || t.t === '<' || t.t === '=';

/**
 * Every metric name in the token range [a, b), left to right, longest first, not
 * overlapping.
 */
export function matchMetrics(toks: readonly Tok[], a: number, b: number): LexMatch[] {
  const c = compile();
  const out: LexMatch[] = [];
  let i = a;
  while (i < b) {
    const t0 = toks[i]!;
    if (t0.k !== 'w' || (i > a && !t0.sp && toks[i - 1]!.k === 'w')) {
      i++;
      continue;
    }
    let raw = '';
    let best: { entry: MetricEntry; j: number } | undefined;
    for (let j = i; j < b && j - i < c.maxTokens; j++) {
      const t = toks[j]!;
      if (j > i && !joinable(t)) break;
      if (t.k === 'p' && t.t === '-') continue;
      const f = foldMetricKey(t.t, true);
      const first = raw === '';
      raw = first ? f : raw + f;
      if (t.k === 'p') continue;
      // A first token kept as it is: its lower case is the token's own (`lo`), already made.
      const lo = first && f === t.t ? t.lo : raw.toLowerCase();
      // A first word whose first three letters start no key is no key and starts none
      // (its singular forms are looked up under its own spelling, in `keys`).
      if (first && !startsSomeKey(c.trigrams, raw, lo)) break;
      // One look-up when the text is lower case already (most words).
      const kRaw = c.keys.get(raw);
      const kLo = lo === raw ? kRaw : c.keys.get(lo);
      let hit = kRaw?.cs ?? kLo?.ci;
      // The singular: `raw` and `lo` end with the token's `s` (or `es`), so their entries hold it.
      if (!hit && t.k === 'w' && t.t.length > 2 && t.t.endsWith('s')) hit = kRaw?.csPlural ?? kLo?.ciPlural;
      if (!hit && t.k === 'w' && t.t.length > 3 && t.t.endsWith('es') && !t.t.endsWith('ses')) hit = kLo?.ciEs;
      if (hit) {
        // The name must end at a token boundary: `F1` in `F1-score` is fine, `IS` in `ISO` is not.
        const next = toks[j + 1];
        if (!next || next.sp || next.k === 'p') best = { entry: hit, j };
      }
      if (!kRaw?.csPrefix && !kLo?.ciPrefix) break;
    }
    if (best) {
      out.push({ entry: best.entry, i0: i, i1: best.j + 1, s: t0.s, e: toks[best.j]!.e });
      i = best.j + 1;
    } else i++;
  }
  return out;
}
