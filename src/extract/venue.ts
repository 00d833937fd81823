/** Venues read offline from Comments, Journal-ref and list lines, against a data file of names and aliases. */
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
  /** folded alias -> canonical name; longest aliases tried first. */
  byKey: Map<string, string>;
  /** upper-case short names matched as whole words in the raw text. */
  words: Map<string, string>;
  maxWords: number;
}

let compiled: Compiled | undefined;
function compile(): Compiled {
  if (compiled) return compiled;
  const byKey = new Map<string, string>();
  const words = new Map<string, string>();
  let maxWords = 1;
  for (const v of (venues as { venues: VenueEntry[] }).venues) {
    for (const a of [v.name, ...(v.aliases ?? [])]) {
      const k = foldKey(a);
      if (k.length < 2) continue;
      if (!byKey.has(k)) byKey.set(k, v.name);
      const n = a.split(' ').length;
      if (n > maxWords) maxWords = n;
      if (n === 1) words.set(a, v.name);
    }
  }
  compiled = { byKey, words, maxWords: Math.min(maxWords, 12) };
  return compiled;
}

function status(lower: string, journalRef: boolean): Venue['status'] {
  if (lower.includes('workshop')) return 'workshop';
  if (lower.includes('accepted') || lower.includes('to appear') || lower.includes('camera ready') || lower.includes('camera-ready') || lower.includes('spotlight') || lower.includes('oral') || lower.includes('poster')) return 'accepted';
  if (journalRef || lower.includes('published') || lower.includes('proceedings of') || lower.includes('in proc')) return 'published';
  if (lower.includes('submitted') || lower.includes('under review') || lower.includes('in submission')) return 'submitted';
  return 'unknown';
}

/**
 * Reads a venue from a Comments line, a Journal-ref or a list's venue text:
 * `{ name, year, status }`, or undefined when no known venue is named.
 *
 * @example
 * parseVenue('Accepted to ICML 2026') // { name: 'ICML', year: 2026, status: 'accepted', text: 'Accepted to ICML 2026' }
 */
export function parseVenue(text: string, options: { journalRef?: boolean } = {}): Venue | undefined {
  if (!text || text.length > 2000) return undefined;
  const c = compile();
  // Tokens split on anything that is not a letter, digit, & or apostrophe-led year.
  const tokens: { s: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isWordChar(ch)) {
      const start = i;
      while (i < text.length && isWordChar(text[i]!)) i++;
      tokens.push({ s: text.slice(start, i), start, end: i });
    } else i++;
  }
  let best: { name: string; start: number; end: number; n: number } | undefined;
  for (let t = 0; t < tokens.length; t++) {
    let key = '';
    for (let n = 1; n <= c.maxWords && t + n <= tokens.length; n++) {
      const tok = tokens[t + n - 1]!;
      key += foldKey(tok.s);
      const raw = tokens[t]!.s;
      let name: string | undefined;
      if (n === 1) {
        // a single word must be written as the venue writes it (CVPR, NeurIPS), or fold-match a longer alias
        name = c.words.get(raw) ?? c.words.get(raw.toUpperCase() === raw ? raw : '');
        if (!name) {
          const base = stripYear(raw);
          if (base !== raw) name = c.words.get(base);
        }
      } else name = c.byKey.get(key);
      if (name && (!best || n > best.n)) best = { name, start: tokens[t]!.start, end: tok.end, n };
    }
    if (best) break;
  }
  if (!best) return undefined;
  const after = text.slice(best.start, Math.min(text.length, best.end + 40));
  const y = RE_VENUE_YEAR.exec(after);
  let year: number | null = null;
  if (y) year = y[1] ? +y[1] : 2000 + +y[2]!;
  return { name: best.name, year, status: status(text.toLowerCase(), options.journalRef === true), text: text.trim() };
}

function stripYear(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) >= 48 && s.charCodeAt(e - 1) <= 57) e--;
  return s.length - e === 2 || s.length - e === 4 ? s.slice(0, e) : s;
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 38 || c > 127;
}
