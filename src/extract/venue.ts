/**
 * Venues read offline from Comments, Journal-ref and list lines, against a data
 * file of names and aliases (`src/data/venues.json`).
 *
 * Status, from the words of the clause that names the venue: `workshop` (a
 * workshop of it, or a workshop series), `accepted` ("accepted to / at / by",
 * "to appear in", "camera-ready", "spotlight", "oral", "poster"), `published`
 * ("published in", "in Proceedings of", any Journal-ref), `submitted` ("under
 * review at", "submitted to", "in submission"), else `unknown`.
 *
 * Findings: "Findings of EMNLP 2023" is its own venue (`Findings of EMNLP`), as the
 * ACL Anthology lists it as a volume apart from the main conference; the status
 * comes from the words around it like any other venue ("Accepted to Findings of
 * ACL 2024" is accepted). "EMNLP 2023 (Findings)" and "Findings of the Association
 * for Computational Linguistics: EMNLP 2023" read the same.
 */
import { expectString } from '../errors.js';
import venues from '../data/venues.json' with { type: 'json' };
import { RE_VENUE_YEAR } from '../regex/venue.js';
import { foldKey } from '../lib/text.js';
import type { Venue } from '../schema/paper.js';

interface VenueEntry {
  name: string;
  aliases?: string[];
  type?: string;
}

interface Compiled {
  /** folded alias -> canonical name. */
  byKey: Map<string, string>;
  /** short names matched as whole words, as written. */
  words: Map<string, string>;
  types: Map<string, string>;
  maxWords: number;
  /** Every prefix of a key of `byKey`: a longer name cannot follow a key that is none. */
  prefixes: Set<string>;
  /** upper-case form -> the first short name of that form (`NEURIPS` -> `NeurIPS`). */
  upper: Map<string, string>;
}

let compiled: Compiled | undefined;
function compile(): Compiled {
  if (compiled) return compiled;
  const byKey = new Map<string, string>();
  const words = new Map<string, string>();
  const types = new Map<string, string>();
  let maxWords = 1;
  for (const v of (venues as { venues: VenueEntry[] }).venues) {
    // Preprint servers are where a paper is, not a venue ("arXiv admin note: ...").
    if (v.type === 'preprint-server') continue;
    types.set(v.name, v.type ?? 'conference');
    for (const a of [v.name, ...(v.aliases ?? [])]) {
      const k = foldKey(a);
      if (k.length < 2) continue;
      if (!byKey.has(k)) byKey.set(k, v.name);
      const n = tokenize(a).length;
      if (n > maxWords) maxWords = n;
      if (n === 1) words.set(a, v.name);
    }
  }
  const prefixes = new Set<string>();
  for (const k of byKey.keys()) for (let i = 0; i <= k.length; i++) prefixes.add(k.slice(0, i));
  const upper = new Map<string, string>();
  for (const k of words.keys()) if (!upper.has(k.toUpperCase())) upper.set(k.toUpperCase(), k);
  compiled = { byKey, words, types, maxWords: Math.min(maxWords, 14), prefixes, upper };
  return compiled;
}

interface Token {
  s: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length && tokens.length < 5000) {
    if (isWordChar(text[i]!)) {
      const start = i;
      while (i < text.length && isWordChar(text[i]!)) i++;
      tokens.push({ s: text.slice(start, i), start, end: i });
    } else i++;
  }
  return tokens;
}

const ACCEPTED = ['accepted', 'acceptance', 'to appear', 'will appear', 'camera ready', 'camera-ready', 'spotlight', 'oral', 'poster', 'presented at', 'selected for'];
const PUBLISHED = ['published', 'proceedings of', 'in proc', 'proc.', 'proc of', 'journal-ref', 'appeared in', 'appears in'];
const SUBMITTED = ['submitted', 'under review', 'in submission', 'under submission', 'in review', 'submission to'];
const EARLIER = ['extended version of', 'extension of', 'previous version', 'earlier version', 'extends our', 'preliminary version', 'shorter version', 'short version'];

function has(lower: string, words: readonly string[]): boolean {
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}

/** The status a clause states; `lower` is the clause lower-cased. */
function statusOf(lower: string, journalRef: boolean, workshopSeries: boolean): Venue['status'] {
  if (workshopSeries || lower.includes('workshop')) return 'workshop';
  if (has(lower, SUBMITTED) && !lower.includes('accepted')) return 'submitted';
  if (has(lower, ACCEPTED)) return 'accepted';
  if (journalRef || has(lower, PUBLISHED)) return 'published';
  return 'unknown';
}

/** The clause around [start, end): bounded by `.`/`;`/`|` + space, or a line break. */
function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0) {
    const c = text[from - 1]!;
    if (c === '\n' || ((c === '.' || c === ';' || c === '|') && (text[from] === ' ' || text[from] === '\n') && !abbrevBefore(text, from - 1))) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to]!;
    if (c === '\n' || ((c === '.' || c === ';' || c === '|') && (to + 1 >= text.length || text[to + 1] === ' ' || text[to + 1] === '\n') && !abbrevBefore(text, to))) break;
    to++;
  }
  return { from, to };
}

/** `Proc.`, `Conf.`, `Int.`, `Vol.`: a dot that does not end a clause. */
function abbrevBefore(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && isWordChar(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  return word.length > 0 && (word.length <= 2 || ['proc', 'conf', 'int', 'intl', 'vol', 'symp', 'trans', 'annu', 'assoc', 'comput', 'ling', 'eur', 'amer', 'natl', 'workshop', 'no', 'pp'].includes(word));
}

/** Venue names that are also ordinary words or sit inside longer names (see src/data/README.md). */
const AMBIGUOUS = new Set(['Nature', 'Science', 'Machine Learning', 'ALT', 'SC', 'EC', 'KR']);

const FINDINGS: Record<string, string> = { EMNLP: 'Findings of EMNLP', ACL: 'Findings of ACL', NAACL: 'Findings of NAACL', EACL: 'Findings of EACL', AACL: 'Findings of AACL' };

/**
 * Reads a venue from a Comments line, a Journal-ref or a list's venue text:
 * `{ name, year, status, text }`, or undefined when no known venue is named.
 * Where several venues are named, the one with an acceptance or publication
 * wins over one only submitted to, and any of them over an earlier version
 * ("extended version of our ICML 2023 paper").
 *
 * @example
 * parseVenue('Accepted to ICML 2026') // { name: 'ICML', year: 2026, status: 'accepted', text: 'Accepted to ICML 2026' }
 * parseVenue('Findings of EMNLP 2023') // { name: 'Findings of EMNLP', year: 2023, status: 'unknown', ... }
 */
export function parseVenue(text: string, options: { journalRef?: boolean } = {}): Venue | undefined {
  expectString(text, 'parseVenue');
  if (typeof text !== 'string' || !text || text.length > 2000) return undefined;
  const c = compile();
  const journalRef = options?.journalRef === true || text.trimStart().toLowerCase().startsWith('journal-ref');
  const tokens = tokenize(text);
  const keys = tokens.map((tok) => keyOf(tok.s));
  const found: { name: string; start: number; end: number }[] = [];
  for (let t = 0; t < tokens.length; t++) {
    let key = '';
    let best: { name: string; start: number; end: number; n: number } | undefined;
    for (let n = 1; n <= c.maxWords && t + n <= tokens.length; n++) {
      const tok = tokens[t + n - 1]!;
      key += keys[t + n - 1]!;
      const raw = tokens[t]!.s;
      let name: string | undefined;
      if (n === 1) {
        // one word must be written as the venue writes it (CVPR, NeurIPS), or all in capitals
        name = c.words.get(raw) ?? (raw.length > 2 && isUpperCase(raw) ? c.words.get(c.upper.get(raw) ?? '') : undefined);
        if (!name) {
          const base = stripYear(raw);
          if (base !== raw) name = c.words.get(base);
        }
      } else if (!c.prefixes.has(key)) break;
      else name = c.byKey.get(key);
      if (name && (!best || n >= best.n)) best = { name, start: tokens[t]!.start, end: tok.end, n };
      // `prefixes` holds every prefix of every key: a first word that is none starts no longer name
      // (and no concatenated key need be built and looked up for it)
      if (n === 1 && !c.prefixes.has(key)) break;
    }
    if (best) {
      found.push(best);
      while (t + 1 < tokens.length && tokens[t + 1]!.start < best.end) t++;
    }
  }
  if (!found.length) return undefined;
  let pick: { v: Venue; rank: number } | undefined;
  for (const f of found) {
    const { from, to } = clauseAround(text, f.start, f.end);
    const clause = text.slice(from, to);
    const lower = clause.toLowerCase();
    let name = f.name;
    // Findings: "EMNLP 2023 (Findings)", "Findings of the ACL: EMNLP 2023".
    if (lower.includes('findings')) {
      if (FINDINGS[name]) name = FINDINGS[name]!;
      if (name === 'Findings of ACL') {
        const rest = text.slice(f.end, Math.min(text.length, f.end + 12));
        for (const k of ['EMNLP', 'NAACL', 'EACL', 'AACL']) if (rest.includes(k)) name = FINDINGS[k]!;
      }
    }
    const year = yearNear(text, f.start, f.end, from, to);
    const status = statusOf(lower, journalRef, c.types.get(f.name) === 'workshop-series');
    // An ambiguous name ("machine learning", "Nature") counts only capitalised and with a status, year or "journal" beside it.
    if (AMBIGUOUS.has(f.name)) {
      const first = text[f.start]!;
      if (first === first.toLowerCase() || (status === 'unknown' && year === null && !lower.includes('journal'))) continue;
    }
    let rank = has(lower, EARLIER) ? 0 : status === 'accepted' || status === 'published' ? 3 : status === 'workshop' ? 2 : 1;
    // Names that are also ordinary words or parts of longer names yield to any other venue.
    if (AMBIGUOUS.has(f.name)) rank -= 0.5;
    const v: Venue = { name, year, status, text: text.trim() };
    if (!pick || rank > pick.rank) pick = { v, rank };
  }
  return pick?.v;
}

/** The year written just after the venue (`ICML 2026`, `CVPR'23`, `(2024)`), else just before it in its clause. */
function yearNear(text: string, start: number, end: number, from: number, to: number): number | null {
  // `AAAI-24`: two digits right after a hyphen.
  if (text[end] === '-' && isDigit(text[end + 1]) && isDigit(text[end + 2]) && !isDigit(text[end + 3])) return 2000 + +text.slice(end + 1, end + 3);
  const after = text.slice(start, Math.min(to, end + 40));
  const y = RE_VENUE_YEAR.exec(after);
  if (y) return y[1] ? +y[1] : 2000 + +y[2]!;
  const before = text.slice(Math.max(from, start - 60), start);
  let year: number | null = null;
  for (let i = 0; i + 4 <= before.length; i++) {
    const s = before.slice(i, i + 4);
    if ((s.startsWith('19') || s.startsWith('20')) && isDigits(s) && !isDigit(before[i - 1]) && !isDigit(before[i + 4])) year = +s;
  }
  return year;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
function isDigits(s: string): boolean {
  for (const ch of s) if (!isDigit(ch)) return false;
  return true;
}

function stripYear(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) >= 48 && s.charCodeAt(e - 1) <= 57) e--;
  return s.length - e === 2 || s.length - e === 4 ? s.slice(0, e) : s;
}

/** Whether a string holds only ASCII letters and digits. */
function asciiAlnum(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** foldKey of a token: ASCII letters and digits only lower-case (what foldKey gives them), anything else through foldKey. */
function keyOf(s: string): string {
  return asciiAlnum(s) ? s.toLowerCase() : foldKey(s);
}

/** `s.toUpperCase() === s`, without the copy when the token is ASCII letters and digits (no lower-case letter). */
function isUpperCase(s: string): boolean {
  if (!asciiAlnum(s)) return s.toUpperCase() === s;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c === 42 || c > 127;
}
