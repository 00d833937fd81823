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
}

/** Characters that folding removes. */
const DROP = new Set([' ', '-', '_', '{', '}', '\\', '$', '~', '‐', '–', '\t']);

/** Folds one surface form or token text; case is kept when `keepCase`. */
export function foldMetricKey(s: string, keepCase = false): string {
  let out = '';
  for (const ch of keepCase ? s : s.toLowerCase()) if (!DROP.has(ch)) out += ch;
  return out;
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
  compiled = { ci, cs, ciPrefixes: prefixes(ci.keys()), csPrefixes: prefixes(cs.keys()), maxTokens: Math.min(maxTokens + 1, 12) };
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
      raw += foldMetricKey(t.t, true);
      if (t.k === 'p') continue;
      const lo = raw.toLowerCase();
      let hit = c.cs.get(raw) ?? c.ci.get(lo);
      if (!hit && t.k === 'w' && t.t.length > 2 && t.t.endsWith('s')) hit = c.cs.get(raw.slice(0, -1)) ?? c.ci.get(lo.slice(0, -1));
      if (!hit && t.k === 'w' && t.t.length > 3 && t.t.endsWith('es') && !t.t.endsWith('ses')) hit = c.ci.get(lo.slice(0, -2));
      if (hit) {
        // The name must end at a token boundary: `F1` in `F1-score` is fine, `IS` in `ISO` is not.
        const next = toks[j + 1];
        if (!next || next.sp || next.k === 'p') best = { entry: hit, j };
      }
      if (!c.csPrefixes.has(raw) && !c.ciPrefixes.has(lo)) break;
    }
    if (best) {
      out.push({ entry: best.entry, i0: i, i1: best.j + 1, s: t0.s, e: toks[best.j]!.e });
      i = best.j + 1;
    } else i++;
  }
  return out;
}
