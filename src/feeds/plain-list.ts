/**
 * A numbered plain-text reading list: `N. Title` lines, each with its links
 * either on the same line (`N. Nickname: https://… (PRINTED)`) or on the bare
 * address lines under it, a short `Venue YYYY` line, and section lines
 * (`[Section]`, `Section:`) between the items. Indentation (a tab, eight
 * spaces) does not matter: a plain-text file whose lines are all such items is
 * a list, not code.
 */
import { arxivIdFromUrl } from '../extract/url-kind.js';
import { splitLines } from '../lib/text.js';
import type { EntryLink, RawEntry } from './types.js';

/** An item line's number and text: `  3. Title` → [3, 'Title']; a bullet (`- `, `* `, `• `) has number 0. */
function itemLine(t: string): { n: number; text: string } | undefined {
  let i = 0;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  if ('-*+\u2022'.includes(t[i]!) && (t[i + 1] === ' ' || t[i + 1] === '\t')) {
    const text = t.slice(i + 2).trim();
    return text ? { n: 0, text } : undefined;
  }
  let k = i;
  while (k < t.length && k - i < 3 && t.charCodeAt(k) >= 48 && t.charCodeAt(k) <= 57) k++;
  if (k === i || (t[k] !== '.' && t[k] !== ')') || (t[k + 1] !== ' ' && t[k + 1] !== '\t')) return undefined;
  const text = t.slice(k + 2).trim();
  return text ? { n: +t.slice(i, k), text } : undefined;
}

/** Start of the first web address in a line, else -1. */
function urlAt(t: string): number {
  const a = t.indexOf('https://');
  const b = t.indexOf('http://');
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** End of the address that starts at `at` (the first space; closing marks trimmed). */
function urlEnd(t: string, at: number): number {
  let e = at;
  while (e < t.length && t[e] !== ' ' && t[e] !== '\t') e++;
  while (e > at && '.,;>'.includes(t[e - 1]!)) e--;
  return e;
}

/** A short parenthesised note and nothing else (`(PRINTED)`, `(gluon-ts github)`). */
function isNote(s: string): boolean {
  return s.length >= 3 && s.length <= 40 && s[0] === '(' && s[s.length - 1] === ')' && s.indexOf('(', 1) < 0;
}

/** A section line: `[Time-Series]`, `## Section`, or a short `Section:` with no address. */
function isSectionLine(t: string): boolean {
  if (t.length < 3 || t.length > 60) return false;
  if (t[0] === '#') return urlAt(t) < 0 && t.indexOf('](') < 0;
  if (t[0] === '[' && t[t.length - 1] === ']') return t.indexOf(']') === t.length - 1 && t.indexOf('(') < 0;
  return t[t.length - 1] === ':' && urlAt(t) < 0 && t.split(' ').length <= 5;
}

/** `19xx` or `20xx`. */
function isYear(w: string): boolean {
  if (w.length !== 4 || !(w.startsWith('19') || w.startsWith('20'))) return false;
  for (let i = 2; i < 4; i++) if (w.charCodeAt(i) < 48 || w.charCodeAt(i) > 57) return false;
  return true;
}

/** A `Venue YYYY` line (`ICLR 2024 Spotlight`, `Multimed Tools Appl 2022`): short, a year among its words, no sentence. */
function isVenueLine(t: string): boolean {
  if (t.length > 60 || urlAt(t) >= 0) return false;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  if (!words.some(isYear)) return false;
  return !'.!?;'.includes(t[t.length - 1]!) && !t.includes(': ');
}

const TITLE_TRIM = ' \t:-\u2013\u2014|';

function trimEndOf(s: string, chars: string): string {
  let k = s.length;
  while (k > 0 && chars.includes(s[k - 1]!)) k--;
  return s.slice(0, k);
}

/** Title and inline address of an item's text: `Nickname: https://… (PRINTED)`, `KAN: (Printed)`. */
function itemText(text: string): { title: string; url?: string; at?: number; end?: number } {
  const at = urlAt(text);
  if (at >= 0) {
    const end = urlEnd(text, at);
    return { title: trimEndOf(text.slice(0, at), TITLE_TRIM), url: text.slice(at, end), at, end };
  }
  // `KAN: (Printed)`: a status note after the colon is furniture
  const colon = text.lastIndexOf(': (');
  if (colon > 0 && isNote(text.slice(colon + 2).trim())) return { title: text.slice(0, colon).trim() };
  return { title: text };
}

/**
 * Entries of a numbered plain-text list, or undefined unless nearly every
 * non-blank line is an item, a continuation of its title, an address line,
 * a venue line or a section line, and most items carry an address.
 */
export function numberedPlainList(text: string): RawEntry[] | undefined {
  if (text.length > 2_000_000) return undefined;
  const entries: RawEntry[] = [];
  let cur: RawEntry | undefined;
  /** The current entry can still take title lines (none of its address or venue lines seen, no blank line). */
  let open = false;
  let wrapped = 0;
  /** The line before was a line of the current entry's abstract. */
  let inAbstract = false;
  let lines = 0;
  let other = 0;
  let steps = 0;
  let prevN = 0;
  for (const line of splitLines(text)) {
    const raw = line.text;
    const t = raw.trim();
    if (!t) {
      open = false;
      inAbstract = false;
      continue;
    }
    // any line but prose ends an abstract paragraph
    const prose = inAbstract;
    inAbstract = false;
    lines++;
    if (t.length > 400) return undefined;
    const item = itemLine(raw);
    if (item) {
      const { title, url, at, end } = itemText(item.text);
      // `- [Title](url)`: a markdown link list, the markdown reader's
      if (!title || title.length > 300 || item.text.indexOf('](') >= 0) return undefined;
      if (item.n === 0 || item.n === prevN + 1 || item.n === 1) steps++;
      prevN = item.n;
      const off = line.start + raw.indexOf(item.text);
      cur = { title, links: [], start: line.start, end: line.end };
      if (url) cur.links.push({ url, origin: 'links', start: off + at!, end: off + end! });
      // more addresses on the item line (`… https://arxiv.org/abs/… (code: https://github.com/…)`)
      for (let from = end ?? item.text.length, k = urlAt(item.text.slice(from)); k >= 0 && cur.links.length < 8; k = urlAt(item.text.slice(from))) {
        const a = from + k;
        const e = urlEnd(item.text, a);
        let u2 = item.text.slice(a, e);
        if (u2.endsWith(')') && u2.indexOf('(') < 0) u2 = u2.slice(0, -1);
        if (!cur.links.some((l) => l.url === u2)) cur.links.push({ url: u2, origin: 'links', start: off + a, end: off + a + u2.length });
        from = Math.max(e, a + 1);
      }
      entries.push(cur);
      open = !url;
      wrapped = 0;
      continue;
    }
    const u = urlAt(t);
    // the abstract paragraph goes on (a wrapped line that looks like a venue or section line is still prose)
    if (prose && cur && u !== 0) {
      cur.abstract += ' ' + t;
      cur.end = line.end;
      inAbstract = true;
      continue;
    }
    if (u === 0) {
      const e = urlEnd(t, 0);
      const rest = t.slice(e).trim();
      if (!cur || (rest && !isNote(rest))) {
        other++;
        continue;
      }
      const off = line.start + raw.indexOf(t);
      const link: EntryLink = { url: t.slice(0, e), origin: 'links', start: off, end: off + e };
      if (!cur.links.some((l) => l.url === link.url)) cur.links.push(link);
      cur.end = line.end;
      open = false;
      continue;
    }
    if (isSectionLine(t)) {
      // the owner's grouping (`ML/Math/RL:`, `[Time-Series]`), often broader than its papers: not
      // kept as the entries' sections (topic evidence); it ends the entry above
      cur = undefined;
      open = false;
      continue;
    }
    if (cur && isVenueLine(t)) {
      cur.venueText ??= t;
      cur.end = line.end;
      open = false;
      continue;
    }
    // a wrapped title: up to three short lines straight under the item line
    if (cur && open && wrapped < 3 && t.length <= 100 && u < 0 && cur.title.length + t.length < 300) {
      cur.title += ' ' + t;
      cur.end = line.end;
      wrapped++;
      continue;
    }
    // prose under an entry whose title is closed (by its address or venue line, or a blank line): its abstract,
    // one paragraph (the lines up to the next blank line)
    if (cur && !open && u < 0 && (prose || (cur.abstract === undefined && t.length >= 60 && t.indexOf(' ') > 0))) {
      cur.abstract = cur.abstract === undefined ? t : cur.abstract + ' ' + t;
      cur.end = line.end;
      inAbstract = true;
      continue;
    }
    other++;
  }
  if (entries.length < 3 || other > Math.max(1, lines * 0.05)) return undefined;
  if (steps < entries.length * 0.8) return undefined;
  if (entries.filter((e) => e.links.length).length < entries.length * 0.5) return undefined;
  for (const e of entries) {
    for (const l of e.links) {
      const id = arxivIdFromUrl(l.url);
      if (!id) continue;
      e.arxivId = id.id;
      if (id.version !== undefined) e.arxivVersion = id.version;
      break;
    }
  }
  return entries;
}
