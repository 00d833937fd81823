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
  maxTokens: number;
  /** What a folded string is: a key, a prefix of one, a plural of one (see KeyInfo). */
  keys: Map<string, KeyInfo>;
  /**
   * A bit set of the hashes (`foldHash`) of the lower case of every string in `keys`: a
   * clear bit proves that an ASCII run of tokens is no key, no prefix and no plural, with no
   * string built. Most words stop there.
   */
  bits: Uint32Array;
  /**
   * The same for the strings of `keys` that give an entry (a key, or a plural of one): a
   * clear bit lets an ASCII run that is a prefix go on with no string built (most prefixes
   * are words such as `to`, `in`, `training`, that start a name and are none).
   */
  hitBits: Uint32Array;
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
  const bits = new Uint32Array((HASH_MASK + 1) >>> 5);
  const hitBits = new Uint32Array((HASH_MASK + 1) >>> 5);
  for (const [k, info] of keys) {
    const l = k.toLowerCase();
    let h = 0;
    for (let i = 0; i < l.length; i++) h = hashStep(h, l.charCodeAt(i));
    bits[h >>> 5]! |= 1 << (h & 31);
    if (info.cs || info.ci || info.csPlural || info.ciPlural || info.ciEs) hitBits[h >>> 5]! |= 1 << (h & 31);
  }
  compiled = { ci, cs, maxTokens: Math.min(maxTokens + 1, 12), keys, bits, hitBits };
  return compiled;
}

/** 2^18 bits (32 KB): about 7,000 strings set about 3% of them. */
const HASH_MASK = (1 << 18) - 1;
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) & HASH_MASK;

/**
 * `h` extended by the folded, lower-cased characters of `s` (DROP characters skipped, as
 * `foldMetricKey` drops them), or -1 at a non-ASCII character, whose lower case is left to
 * `toLowerCase` on the whole string.
 */
function foldHash(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Most characters: a lower-case letter, hashed as it is.
    if (c >= 97 && c <= 122) {
      h = hashStep(h, c);
      continue;
    }
    if (c >= 128) return -1;
    if (c === 32 || c === 45 || c === 95 || c === 123 || c === 125 || c === 92 || c === 36 || c === 126 || c === 9) continue;
    h = hashStep(h, c >= 65 && c <= 90 ? c | 32 : c);
  }
  return h;
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
const GLUED_HEADS = new Set(['score', 'scores', 'measure', 'measures']);
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
    // `raw`: the folded text of tokens [i, built), made only when the hash may be a key's.
    let raw = '';
    let built = i;
    // Hash of the lower case of the folded tokens [i, j]; -1 after a non-ASCII character.
    let h = 0;
    let hit: MetricEntry | undefined;
    let best: MetricEntry | undefined;
    let bestJ = -1;
    for (let j = i; j < b && j - i < c.maxTokens; j++) {
      const t = toks[j]!;
      if (j > i && !joinable(t)) break;
      if (t.k === 'p' && t.t === '-') continue;
      if (h >= 0) h = foldHash(h, t.t);
      if (t.k === 'p') continue;
      if (h >= 0) {
        // No key, no prefix, no plural has this hash: no name here, and none goes on from here.
        if ((c.bits[h >>> 5]! & (1 << (h & 31))) === 0) break;
        // No key and no plural: no name ends here. Going on past a string that is no prefix
        // after all (a shared hash) finds nothing, since every string that gives an entry
        // has the run so far as a prefix.
        if ((c.hitBits[h >>> 5]! & (1 << (h & 31))) === 0) continue;
      }
      for (; built <= j; built++) raw += foldMetricKey(toks[built]!.t, true);
      // A first token kept as it is: its lower case is the token's own (`lo`), already made.
      const lo = j === i && raw === t.t ? t.lo : raw.toLowerCase();
      // One look-up when the text is lower case already (most words).
      const kRaw = c.keys.get(raw);
      const kLo = lo === raw ? kRaw : c.keys.get(lo);
      hit = kRaw?.cs ?? kLo?.ci;
      // The singular: `raw` and `lo` end with the token's `s` (or `es`), so their entries hold it.
      if (!hit && t.k === 'w' && t.t.length > 2 && t.t.endsWith('s')) hit = kRaw?.csPlural ?? kLo?.ciPlural;
      if (!hit && t.k === 'w' && t.t.length > 3 && t.t.endsWith('es') && !t.t.endsWith('ses')) hit = kLo?.ciEs;
      if (hit) {
        // The name must end at a token boundary: `F1` in `F1-score` is fine, `IS` in `ISO` is not.
        const next = toks[j + 1];
        if (!next || next.sp || next.k === 'p') {
          best = hit;
          bestJ = j;
        }
      }
      if (!kRaw?.csPrefix && !kLo?.ciPrefix) break;
    }
    if (best) {
      // `macro F1-scores`: a head glued by a hyphen to the name is part of it.
      const h = toks[bestJ + 1];
      const w = toks[bestJ + 2];
      if (bestJ + 2 < b && h?.t === '-' && !h.sp && w && !w.sp && GLUED_HEADS.has(w.lo)) bestJ += 2;
      out.push({ entry: best, i0: i, i1: bestJ + 1, s: t0.s, e: toks[bestJ]!.e });
      i = bestJ + 1;
    } else i++;
  }
  return out;
}
