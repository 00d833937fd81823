/**
 * Markdown report cards: a `#### <emoji> Title` heading per paper, the next line
 * its arXiv link with the authors after a dash
 * (`**[arXiv:2605.13847](https://arxiv.org/abs/2605.13847)** — Khalaf, Kavanagh`),
 * then a one-line summary (`*One-line:* …`, `*Quality 6 · Relevance 6.5* — …`),
 * then critique bullets and per-entry navigation (`- [Full report](2026-05-19/…)`)
 * that belong to the card and are no entries.
 */
import { arxivIdFromUrl } from '../extract/url-kind.js';
import { foldSpace, isLetterOrDigit, splitLines, type Line } from '../lib/text.js';
import type { RawEntry } from './types.js';

/** Where each card's zone ends (the next heading line). */
const zoneEnd = new WeakMap<RawEntry, number>();

/** Depth and text of a `## Title` line (1..6), else undefined. */
function headingOf(t: string): { depth: number; text: string } | undefined {
  let d = 0;
  while (d < t.length && d < 7 && t.charCodeAt(d) === 35) d++;
  if (d === 0 || d > 6 || (t[d] !== ' ' && t[d] !== '\t')) return undefined;
  let text = t.slice(d).trim();
  // closing hashes (`## Title ##`)
  let e = text.length;
  while (e > 0 && text[e - 1] === '#') e--;
  if (e < text.length && (e === 0 || text[e - 1] === ' ')) text = text.slice(0, e).trim();
  return { depth: d, text };
}

/** Leading decoration of a heading (emoji, symbols, variation selectors) before its first letter, digit or quote. */
function withoutLeadSymbols(s: string): string {
  let i = 0;
  for (const ch of s) {
    if (isLetterOrDigit(ch) || `"'“‘([`.includes(ch)) break;
    i += ch.length;
  }
  return s.slice(i).trim();
}

/** A heading's `3. ` / `3) ` / `#3 ` numbering dropped (`3D Gaussians` kept). */
function withoutNumber(s: string): string {
  let i = s[0] === '#' ? 1 : 0;
  const from = i;
  while (i < s.length && i - from < 3 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === from) return s;
  if ((s[i] === '.' || s[i] === ')') && s[i + 1] === ' ') return withoutLeadSymbols(s.slice(i + 2));
  if (from === 1 && s[i] === ' ') return s.slice(i + 1).trim();
  return s;
}

/** `[label](url)` at `i`: the address and where the link ends, else undefined. */
function linkAt(t: string, i: number): { url: string; end: number } | undefined {
  if (t[i] !== '[') return undefined;
  const close = t.indexOf('](', i);
  if (close < 0 || close - i > 40) return undefined;
  const end = t.indexOf(')', close + 2);
  if (end < 0) return undefined;
  const url = t.slice(close + 2, end).trim();
  return url && url.indexOf(' ') < 0 ? { url, end: end + 1 } : undefined;
}

/**
 * `**[arXiv:ID](url)** — Surname, Surname` (or `**arXiv:** [ID](url) | [PDF](…) — …`): the arXiv
 * address, the links after it, and the names after the dash.
 */
function idLine(t: string): { url: string; id: string; version?: number; authors: string[]; more?: string[] } | undefined {
  if (t.length > 600) return undefined;
  let i = 0;
  while (t[i] === '*' || t[i] === '_') i++;
  // a bold `arXiv:` label before the link
  if (t.startsWith('arXiv:', i) && t[i + 6] !== '[' && !(t.charCodeAt(i + 6) >= 48 && t.charCodeAt(i + 6) <= 57)) {
    i += 6;
    while (t[i] === '*' || t[i] === '_' || t[i] === ' ') i++;
  }
  const link = linkAt(t, i);
  const id = link && arxivIdFromUrl(link.url);
  if (!link || !id) return undefined;
  const url = link.url;
  let k = link.end;
  while (t[k] === '*' || t[k] === '_') k++;
  // more links after it: `| [PDF](…) · [Code](…)`
  const more: string[] = [];
  for (;;) {
    let j = k;
    while (j < t.length && ' |·•,*_'.includes(t[j]!)) j++;
    const l = linkAt(t, j);
    if (!l || j === k) break;
    if (l.url.startsWith('http')) more.push(l.url);
    k = l.end;
    while (t[k] === '*' || t[k] === '_') k++;
  }
  let rest = t.slice(k).trim();
  const dash = ['— ', '– ', '- ', ': '].find((d) => rest.startsWith(d));
  const authors: string[] = [];
  if (dash) {
    rest = rest.slice(dash.length).trim();
    for (const part of rest.split(',')) {
      for (const name of part.split(' and ')) {
        const n = name.trim();
        if (n) authors.push(n);
      }
    }
    // names only: each a few words, a capital first, no markup (else the dash led a note)
    if (!authors.every((n) => n.length <= 60 && n.split(' ').length <= 5 && n.split(' ').some((w) => w[0] !== w[0]!.toLowerCase()) && ![...'*[]()|:;'].some((c) => n.includes(c)))) authors.length = 0;
  } else if (rest) return undefined;
  const out: { url: string; id: string; version?: number; authors: string[]; more?: string[] } = { url, id: id.id, authors };
  if (id.version !== undefined) out.version = id.version;
  if (more.length) out.more = more;
  return out;
}

/**
 * A summary line's leading label: `*One-line:* ` or a rating in emphasis followed by a
 * dash (`*Quality 6 · Relevance 6.5* — `). Returns where the summary text starts.
 */
function labelEnd(t: string): number {
  const mark = t.startsWith('**') ? '**' : t[0] === '*' || t[0] === '_' ? t[0] : '';
  if (!mark) return 0;
  const close = t.indexOf(mark, mark.length);
  if (close < 0 || close > 80) return 0;
  const inner = t.slice(mark.length, close).trim();
  let k = close + mark.length;
  if (inner.endsWith(':')) {
    while (t[k] === ' ') k++;
    return k;
  }
  while (t[k] === ' ') k++;
  const dash = ['— ', '– ', '-- ', ': '].find((d) => t.startsWith(d, k));
  return dash ? k + dash.length : 0;
}

/** A line that is one link only (`[Full report](2026-05-19/…)`), or a bullet, heading, rule or quote. */
function endsSummary(t: string): boolean {
  if (t[0] === '-' || t[0] === '+' || t[0] === '#' || t[0] === '>' || t[0] === '|') return true;
  if (t[0] === '*' && (t[1] === ' ' || t[1] === '*' && t[2] === '*' && t.length === 3)) return true;
  return t[0] === '[' && t[t.length - 1] === ')' && t.indexOf('](') > 0 && t.indexOf('](') === t.lastIndexOf('](');
}

/**
 * Entries of a report of heading cards, or undefined unless at least three headings
 * have an arXiv link line straight under them and those make most headings of their depth.
 */
export function headingCards(text: string): RawEntry[] | undefined {
  if (text.length > 2_000_000 || text.indexOf('arxiv') < 0) return undefined;
  const lines = splitLines(text);
  const entries: RawEntry[] = [];
  const headsAt = new Map<number, number>();
  const cardsAt = new Map<number, number>();
  let fence = false;
  for (let n = 0; n < lines.length; n++) {
    const t = lines[n]!.text.trim();
    if (t.startsWith('```') || t.startsWith('~~~')) fence = !fence;
    if (fence || t[0] !== '#') continue;
    const h = headingOf(t);
    if (!h) continue;
    headsAt.set(h.depth, (headsAt.get(h.depth) ?? 0) + 1);
    let m = n + 1;
    while (m < lines.length && !lines[m]!.text.trim()) m++;
    if (m >= lines.length || m - n > 2) continue;
    const id = idLine(lines[m]!.text.trim());
    const title = withoutNumber(withoutLeadSymbols(h.text));
    if (!id || title.length < 3 || title.indexOf(' ') < 0 || title.indexOf('](') >= 0) continue;
    cardsAt.set(h.depth, (cardsAt.get(h.depth) ?? 0) + 1);
    const entry: RawEntry = { title, arxivId: id.id, links: [{ url: id.url, origin: 'links' }], start: lines[n]!.start, end: lines[m]!.end };
    if (id.version !== undefined) entry.arxivVersion = id.version;
    if (id.authors.length) entry.authors = id.authors;
    for (const url of id.more ?? []) if (!entry.links.some((l) => l.url === url)) entry.links.push({ url, origin: 'links' });
    // the summary: the lines after the link line up to a blank line, bullet or lone link
    const summary: Line[] = [];
    for (let k = m + 1; k < lines.length; k++) {
      const s = lines[k]!.text.trim();
      if (!s || endsSummary(s)) break;
      summary.push(lines[k]!);
    }
    if (summary.length) {
      let s = summary.map((l) => l.text.trim()).join(' ');
      s = s.slice(labelEnd(s)).trim();
      if (s) entry.abstract = s;
      entry.end = summary[summary.length - 1]!.end;
    }
    entries.push(entry);
  }
  if (entries.length < 3) return undefined;
  // each card's zone: up to the next heading line (its critique bullets and links are the card's)
  let c = 0;
  for (let n = 0; n < lines.length && c < entries.length; n++) {
    const l = lines[n]!;
    if (l.start <= entries[c]!.start) continue;
    if (l.text.trimStart()[0] === '#' && headingOf(l.text.trim())) zoneEnd.set(entries[c++]!, l.start);
  }
  while (c < entries.length) zoneEnd.set(entries[c++]!, text.length);
  let depth = 0;
  let best = 0;
  for (const [d, c] of cardsAt) if (c > best) [depth, best] = [d, c];
  if (best < 3 || best < 0.6 * (headsAt.get(depth) ?? 0)) return undefined;
  return entries;
}

/** Every card's paper is among `entries` (by arXiv id, or an address holding it): another reading already has them. */
export function cardsCovered(cards: readonly RawEntry[], entries: readonly RawEntry[]): boolean {
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.arxivId) seen.add(e.arxivId);
    for (const l of e.links) {
      const id = arxivIdFromUrl(l.url);
      if (id) seen.add(id.id);
    }
  }
  return cards.every((c) => seen.has(c.arxivId!));
}

/** Fold of a title for comparing repeats: lower case, single spaces. */
function titleKey(s: string): string {
  return foldSpace(s).toLowerCase();
}

/**
 * Per-entry navigation read as entries: a link item whose text repeats under three or more
 * headings (`- [Full report](2026-05-19/…)`, `- [Details](…)`) with no web address of its own
 * is a link of the entry above, the heading it sits under. Each such entry becomes that
 * heading's entry (title = the innermost heading, its decoration dropped); where the heading
 * is an entry already, the repeat is dropped.
 */
export function navigationToHeadings(entries: RawEntry[]): RawEntry[] {
  if (entries.length < 3) return entries;
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(titleKey(e.title), (counts.get(titleKey(e.title)) ?? 0) + 1);
  const repeated = new Set([...counts].filter(([, c]) => c >= 3).map(([k]) => k));
  if (!repeated.size) return entries;
  const isNav = (e: RawEntry) =>
    repeated.has(titleKey(e.title)) && !e.abstract && e.links.every((l) => !l.url.startsWith('http')) && (e.sections?.length ?? 0) > 0;
  const nav = entries.filter(isNav);
  // each repeat under its own heading (else the repeat is a real title list, e.g. the same talk twice)
  const heads = new Set(nav.map((e) => e.sections![e.sections!.length - 1]!));
  if (heads.size !== nav.length || nav.length < 3) return entries;
  const titled = new Set(entries.filter((e) => !isNav(e)).map((e) => titleKey(e.title)));
  const out: RawEntry[] = [];
  for (const e of entries) {
    if (!isNav(e)) {
      out.push(e);
      continue;
    }
    const head = withoutLeadSymbols(e.sections![e.sections!.length - 1]!);
    if (!head || titled.has(titleKey(head))) continue;
    const moved: RawEntry = { ...e, title: head, sections: e.sections!.slice(0, -1) };
    if (!moved.sections!.length) delete moved.sections;
    out.push(moved);
  }
  return out;
}

/** The cards, and the papers of another reading with an arXiv id no card has (a list beside the cards), in text order. */
export function withCards(cards: readonly RawEntry[], entries: readonly RawEntry[]): RawEntry[] {
  const ids = new Set(cards.map((c) => c.arxivId));
  const extra = entries.filter((e) => {
    const id = e.arxivId ?? e.links.map((l) => arxivIdFromUrl(l.url)?.id).find((x) => x);
    return id !== undefined && !ids.has(id) && !cards.some((c) => e.start < (zoneEnd.get(c) ?? c.end) && c.start < e.end);
  });
  return [...cards, ...extra].sort((a, b) => a.start - b.start);
}
