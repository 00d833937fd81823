/**
 * mergeFeeds: one record per paper across feeds and formats.
 *
 * Two records are the same paper when they share the arXiv id (without version)
 * or the DOI, or, when no identifier they both have tells them apart, the same
 * normalised title. A shared link alone never merges two papers (lists reuse
 * links). Each field keeps its best value, and `provenance` says which feed gave
 * it; a newer arXiv version of a paper updates the record instead of adding one.
 * Pure and synchronous; no zod.
 */
import { codeStatus } from './extract/code.js';
import { urlKey } from './extract/url-kind.js';
import { latexToUnicode } from './lib/latex.js';
import { foldKey } from './lib/text.js';
import type { CodeStatus, Diagnostic, FeedResult, Link, Paper, PaperDate, Venue } from './schema/paper.js';

/** Which input feed (0-based position in the `mergeFeeds` arguments) gave a value, and its format. */
export interface Provenance {
  feed: number;
  format: string;
}

/** A record that went into a merged paper. */
export interface MergedFrom extends Provenance {
  id: string;
  arxivVersion?: number;
  start?: number;
  end?: number;
}

/** A paper as `mergeFeeds` returns it: `provenance` per field, and the records merged into it. */
export type MergedPaper = Paper & {
  provenance?: Partial<Record<MergeField, Provenance>>;
  mergedFrom?: MergedFrom[];
};

/** The fields whose provenance is recorded. */
export type MergeField =
  | 'title'
  | 'abstract'
  | 'summary'
  | 'authors'
  | 'affiliations'
  | 'date'
  | 'dates'
  | 'arxivId'
  | 'arxivVersion'
  | 'doi'
  | 'categories'
  | 'comments'
  | 'journalRef'
  | 'venue'
  | 'announceType'
  | 'code';

/** How much a format's text is trusted for titles and abstracts: the arXiv's own feeds first, lists last. */
const FORMAT_RANK: Record<string, number> = {
  atom: 9,
  'arxiv-listing': 8,
  'arxiv-digest': 8,
  json: 7,
  rss: 6,
  'hf-markdown': 6,
  'hf-text': 6,
  'hf-textbrowser': 5,
  'markdown-list': 3,
  generic: 2,
};

interface Rec {
  p: MergedPaper;
  prov: Provenance;
  order: number;
}

interface Group {
  recs: Rec[];
  arxiv?: string;
  doi?: string;
  titleKey: string;
}

/** An arXiv id without `arXiv:` and version: `2301.00001v2` -> `2301.00001`. */
export function normalizeArxivId(id: string | undefined): string | undefined {
  if (typeof id !== 'string') return undefined;
  let s = id.trim();
  if (s.toLowerCase().startsWith('arxiv:')) s = s.slice(6);
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) >= 48 && s.charCodeAt(e - 1) <= 57) e--;
  if (e < s.length && e > 0 && (s[e - 1] === 'v' || s[e - 1] === 'V')) s = s.slice(0, e - 1);
  return s.length ? s : undefined;
}

/** A DOI compared case-insensitively, without resolver prefix. */
export function normalizeDoi(doi: string | undefined): string | undefined {
  if (typeof doi !== 'string') return undefined;
  let s = doi.trim().toLowerCase();
  for (const p of ['https://doi.org/', 'http://doi.org/', 'https://dx.doi.org/', 'http://dx.doi.org/', 'doi:']) if (s.startsWith(p)) s = s.slice(p.length);
  return s.startsWith('10.') ? s : undefined;
}

/** The arXiv id a DataCite arXiv DOI names (`10.48550/arXiv.2301.00001`). */
function arxivFromDoi(doi: string | undefined): string | undefined {
  return doi && doi.startsWith('10.48550/arxiv.') ? normalizeArxivId(doi.slice('10.48550/arxiv.'.length)) : undefined;
}

/** The key two titles are compared by: LaTeX turned into text, then letters and digits only, lower-case. */
export function titleKey(title: string): string {
  if (typeof title !== 'string') return '';
  let t = title;
  try {
    t = latexToUnicode(title);
  } catch {
    t = title;
  }
  const k = foldKey(t);
  // Very short keys ("Introduction", "Abstract") say nothing about identity.
  const words = t.trim().split(' ').filter((w) => w.length > 0).length;
  return k.length >= 12 || (k.length >= 8 && words >= 2) ? k : '';
}

function isFeed(x: unknown): x is FeedResult {
  return typeof x === 'object' && x !== null && Array.isArray((x as FeedResult).papers);
}

/**
 * Merges feeds (the results of `parseFeed` on several inputs, in any formats) into
 * one result with one record per paper. Papers with the same arXiv id (without
 * version) or DOI, or else the same normalised title where no identifier both
 * have differs, become one record. Each field keeps its best value (the newest
 * arXiv version's title, abstract and comments; the fullest author list; the most
 * advanced venue status; every distinct link), and `provenance[field]` names the
 * feed it came from (`{ feed, format }`, `feed` being the argument position);
 * `mergedFrom` lists the records merged. `stats.duplicatesMerged` counts the
 * duplicates merged here and inside each feed.
 *
 * @example
 * const all = mergeFeeds(parseFeed(digest), parseFeed(hfPage), parseFeed(awesomeList))
 * all.stats.duplicatesMerged // records that were the same paper as another
 */
export function mergeFeeds(...results: (FeedResult | readonly Paper[])[]): FeedResult {
  const feeds: FeedResult[] = [];
  for (const r of results) {
    if (Array.isArray(r)) feeds.push({ format: 'papers', confidence: 1, papers: r as Paper[], diagnostics: [], stats: { entries: r.length, papers: r.length, duplicatesMerged: 0, truncated: false, inputLength: 0 } });
    else if (isFeed(r)) feeds.push(r);
  }
  const recs: Rec[] = [];
  feeds.forEach((f, i) => {
    for (const p of f.papers) if (p && typeof p === 'object') recs.push({ p: p as MergedPaper, prov: { feed: i, format: p.source?.format ?? f.format }, order: recs.length });
  });
  const groups = groupRecords(recs);
  const papers = settleSharedCode(groups.map(mergeGroup));
  const mergedHere = recs.length - groups.length;

  const diagnostics: Diagnostic[] = [];
  for (const f of feeds) for (const d of f.diagnostics ?? []) diagnostics.push(d);
  if (mergedHere > 0) {
    diagnostics.push({
      code: 'DUPLICATE_MERGED',
      severity: 'info',
      message: `${mergedHere} record${mergedHere === 1 ? ' was' : 's were'} the same paper as another across ${feeds.length} feeds and merged.`,
      line: 1,
      column: 1,
      start: 0,
      end: 0,
    });
  }
  const formats = [...new Set(feeds.map((f) => f.format))];
  const stats: FeedResult['stats'] = {
    entries: feeds.reduce((n, f) => n + (f.stats?.entries ?? f.papers.length), 0),
    papers: papers.length,
    duplicatesMerged: feeds.reduce((n, f) => n + (f.stats?.duplicatesMerged ?? 0), 0) + mergedHere,
    truncated: feeds.some((f) => f.stats?.truncated === true),
    inputLength: feeds.reduce((n, f) => n + (f.stats?.inputLength ?? 0), 0),
  };
  if (feeds.length && feeds.every((f) => f.stats?.announced !== undefined)) stats.announced = feeds.reduce((n, f) => n + f.stats.announced!, 0);
  return {
    format: formats.length === 1 ? formats[0]! : 'merged',
    confidence: feeds.length ? Math.min(...feeds.map((f) => f.confidence ?? 1)) : 1,
    papers,
    diagnostics,
    stats,
  };
}

/** Groups the records that are one paper: by arXiv id, then DOI, then title when no identifier conflicts. */
function groupRecords(recs: Rec[]): Group[] {
  const groups: Group[] = [];
  const byArxiv = new Map<string, Group>();
  const byDoi = new Map<string, Group>();
  const byTitle = new Map<string, Group[]>();
  for (const r of recs) {
    const doi = normalizeDoi(r.p.doi);
    const arxiv = normalizeArxivId(r.p.arxivId) ?? arxivFromDoi(doi);
    const tk = titleKey(r.p.title);
    const compatible = (g: Group) => (!arxiv || !g.arxiv || g.arxiv === arxiv) && (!doi || !g.doi || g.doi === doi || (arxivFromDoi(doi) !== undefined && arxivFromDoi(doi) === g.arxiv));
    let g = (arxiv ? byArxiv.get(arxiv) : undefined) ?? (doi ? byDoi.get(doi) : undefined);
    if (g && !compatible(g) && arxiv && g.arxiv === arxiv) {
      // same arXiv id, different journal DOIs: still one paper (the arXiv id is the stronger key)
    } else if (g && !compatible(g)) g = undefined;
    if (!g && tk) g = byTitle.get(tk)?.find(compatible);
    if (!g) {
      g = { recs: [], titleKey: tk };
      groups.push(g);
    }
    g.recs.push(r);
    if (arxiv && !g.arxiv) g.arxiv = arxiv;
    if (doi && !g.doi && !arxivFromDoi(doi)) g.doi = doi;
    if (g.arxiv && !byArxiv.has(g.arxiv)) byArxiv.set(g.arxiv, g);
    if (doi && !byDoi.has(doi)) byDoi.set(doi, g);
    if (tk) {
      const list = byTitle.get(tk) ?? [];
      if (!list.includes(g)) list.push(g);
      byTitle.set(tk, list);
    }
  }
  return groups;
}

const VENUE_RANK: Record<Venue['status'], number> = { published: 5, accepted: 4, workshop: 3, submitted: 2, unknown: 1 };
const CODE_RANK: Record<CodeStatus['status'], number> = { available: 3, promised: 2, none: 1 };

function fmtRank(r: Rec): number {
  return FORMAT_RANK[r.prov.format] ?? 4;
}

/** The format trusted most first, then the newest version, then input order (fields that do not change between versions). */
function byTrust(a: Rec, b: Rec): number {
  return fmtRank(b) - fmtRank(a) || (b.p.arxivVersion ?? 0) - (a.p.arxivVersion ?? 0) || a.order - b.order;
}

/** Newest version first, then the format trusted most, then input order. */
function byVersion(a: Rec, b: Rec): number {
  return (b.p.arxivVersion ?? 0) - (a.p.arxivVersion ?? 0) || fmtRank(b) - fmtRank(a) || a.order - b.order;
}

function dateScore(d: PaperDate | undefined): number {
  if (!d) return 0;
  return (d.iso ? 8 : 0) + (d.year ? 4 : 0) + (d.month ? 2 : 0) + (d.day ? 1 : 0);
}

/** The first record (in `order`) that has a value for `pick`, with its provenance. */
function best<T>(recs: Rec[], pick: (p: MergedPaper) => T | undefined, better?: (a: T, b: T) => boolean): { value: T; rec: Rec } | undefined {
  let out: { value: T; rec: Rec } | undefined;
  for (const r of recs) {
    const v = pick(r.p);
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0) || v === '') continue;
    if (!out || (better && better(v, out.value))) out = { value: v, rec: r };
  }
  return out;
}

function mergeGroup(g: Group): MergedPaper {
  const recs = g.recs;
  if (recs.length === 1) return recs[0]!.p;
  const sorted = [...recs].sort(byVersion);
  const trusted = [...recs].sort(byTrust);
  const provenance: Partial<Record<MergeField, Provenance>> = {};
  const set = <K extends MergeField>(out: MergedPaper, field: K, found: { value: MergedPaper[K]; rec: Rec } | undefined) => {
    if (!found) return;
    (out as Record<string, unknown>)[field] = found.value;
    provenance[field] = found.rec.prov;
  };

  // Title and abstract (and the datasets, metrics and topics read from them) come from one record,
  // so that spans stay true: the newest version with an abstract, else the most trusted format.
  const text = sorted.find((r) => r.p.abstract) ?? sorted[0]!;
  const base = text.p;
  const out: MergedPaper = {
    id: base.id,
    title: base.title,
    authors: base.authors ?? [],
    urls: [],
    datasets: base.datasets ?? [],
    metrics: base.metrics ?? [],
    topics: base.topics ?? [],
    code: base.code ?? { status: 'none' },
  };
  provenance.title = text.prov;
  // A newer version without an abstract (a replacement entry) still updates the title.
  const newest = sorted[0]!;
  if (newest !== text && (newest.p.arxivVersion ?? 0) > (base.arxivVersion ?? 0) && newest.p.title && titleKey(newest.p.title) !== titleKey(base.title)) {
    out.title = newest.p.title;
    provenance.title = newest.prov;
    // what was read from the old title no longer points into it
    out.metrics = out.metrics.filter((m) => m.span.field !== 'title');
    out.datasets = out.datasets.map((d) => ({ ...d, spans: d.spans.filter((s) => s.field !== 'title') })).filter((d) => d.spans.length > 0);
    out.topics = out.topics.map((t) => ({ ...t, evidence: t.evidence.filter((e) => e.field !== 'title') }));
  }
  if (base.abstract !== undefined) {
    out.abstract = base.abstract;
    provenance.abstract = text.prov;
  }
  set(out, 'summary', best(trusted, (p) => p.summary));

  // Authors: the fullest list ("et al." lists lose), display forms with it.
  const authors = best(trusted, (p) => (p.authors?.length ? p.authors : undefined), (a, b) => realCount(a) > realCount(b));
  if (authors) {
    out.authors = authors.value;
    provenance.authors = authors.rec.prov;
    if (authors.rec.p.authorsDisplay) out.authorsDisplay = authors.rec.p.authorsDisplay;
  }
  set(out, 'affiliations', best(trusted, (p) => p.affiliations, (a, b) => a.length > b.length));
  set(out, 'date', best(trusted, (p) => p.date, (a, b) => dateScore(a) > dateScore(b)));
  const dates = mergeDates(sorted);
  if (dates) {
    out.dates = dates.value;
    provenance.dates = dates.prov;
  }
  set(out, 'arxivId', best(trusted, (p) => (p.arxivId ? normalizeArxivId(p.arxivId) : undefined)));
  set(out, 'arxivVersion', best(sorted, (p) => p.arxivVersion, (a, b) => a > b));
  // A journal DOI beats the arXiv DataCite one.
  set(out, 'doi', best(trusted, (p) => p.doi, (a, b) => !!arxivFromDoi(normalizeDoi(b)) && !arxivFromDoi(normalizeDoi(a))));
  const cats = best(trusted, (p) => p.categories);
  if (cats) {
    const all = [...cats.value];
    for (const r of trusted) for (const c of r.p.categories ?? []) if (!all.includes(c)) all.push(c);
    out.categories = all;
    provenance.categories = cats.rec.prov;
  }
  set(out, 'comments', best(sorted, (p) => p.comments));
  set(out, 'journalRef', best(sorted, (p) => p.journalRef));
  set(out, 'venue', best(trusted, (p) => p.venue, (a, b) => VENUE_RANK[a.status] > VENUE_RANK[b.status] || (VENUE_RANK[a.status] === VENUE_RANK[b.status] && a.year !== null && b.year === null)));
  set(out, 'announceType', best(sorted, (p) => p.announceType));
  const sections: string[] = [];
  for (const r of recs) for (const s of r.p.sections ?? []) if (!sections.includes(s)) sections.push(s);
  if (sections.length) out.sections = sections;

  out.urls = mergeLinks(sorted, out);
  // Code: recomputed over every link and the chosen text, unless a record already knew better.
  const recomputed = codeStatus(out.urls, `${out.title}\n${out.abstract ?? ''}\n${out.comments ?? ''}`);
  let code: { value: CodeStatus; rec?: Rec } = { value: recomputed };
  for (const r of sorted) {
    const c = r.p.code;
    if (c && (CODE_RANK[c.status] > CODE_RANK[code.value.status] || (c.status === code.value.status && c.url && !code.value.url))) code = { value: c, rec: r };
  }
  const placeholders = new Set<string>();
  for (const r of recs) for (const ph of r.p.code?.placeholders ?? []) placeholders.add(ph);
  for (const ph of recomputed.placeholders ?? []) placeholders.add(ph);
  out.code = { ...code.value };
  if (placeholders.size) out.code.placeholders = [...placeholders];
  if (code.rec) provenance.code = code.rec.prov;

  out.id = out.arxivId ?? out.doi ?? base.id;
  const source = sorted.find((r) => r.p.source)?.p.source;
  if (source) out.source = source;
  out.provenance = provenance;
  out.mergedFrom = recs.map((r) => {
    const m: MergedFrom = { feed: r.prov.feed, format: r.prov.format, id: r.p.id };
    if (r.p.arxivVersion !== undefined) m.arxivVersion = r.p.arxivVersion;
    if (r.p.source) {
      m.start = r.p.source.start;
      m.end = r.p.source.end;
    }
    return m;
  });
  return out;
}

function realCount(authors: readonly string[]): number {
  let n = 0;
  for (const a of authors) if (!a.toLowerCase().includes('et al') && a.trim() !== '...' && a.trim() !== '…') n++;
  return n;
}

/** submitted: the oldest version's; updated and announced: the newest version's (the fullest date on ties of version). */
function mergeDates(sorted: Rec[]): { value: NonNullable<Paper['dates']>; prov: Provenance } | undefined {
  let prov: Provenance | undefined;
  const value: NonNullable<Paper['dates']> = {};
  const oldestFirst = [...sorted].sort((a, b) => (a.p.arxivVersion ?? 0) - (b.p.arxivVersion ?? 0) || fmtRank(b) - fmtRank(a) || a.order - b.order);
  for (const k of ['submitted', 'updated', 'announced'] as const) {
    let version: number | undefined;
    for (const r of k === 'submitted' ? oldestFirst : sorted) {
      const d = r.p.dates?.[k];
      if (!d) continue;
      const v = r.p.arxivVersion ?? 0;
      if (version !== undefined && v !== version) break;
      if (!value[k] || dateScore(d) > dateScore(value[k])) {
        value[k] = d;
        prov ??= r.prov;
      }
      version = v;
    }
  }
  return prov ? { value, prov } : undefined;
}

/** Every distinct address (by `urlKey`); for one address, the most specific role. Spans only where they still point into the merged text. */
function mergeLinks(sorted: Rec[], out: MergedPaper): Link[] {
  const byKey = new Map<string, Link>();
  const order: string[] = [];
  for (const r of sorted) {
    for (const l of r.p.urls ?? []) {
      const link: Link = { ...l };
      if (link.span) {
        const f = link.span.field as keyof Paper;
        const mine = (r.p as Record<string, unknown>)[f];
        const merged = (out as Record<string, unknown>)[f];
        if (typeof mine !== 'string' || mine !== merged) delete link.span;
      }
      const k = urlKey(l.url);
      const had = byKey.get(k);
      if (!had) {
        byKey.set(k, link);
        order.push(k);
      } else if ((had.role === 'unknown' && link.role !== 'unknown') || (had.role !== 'unknown' && link.role !== 'unknown' && link.confidence > had.confidence)) {
        const keep: Link = { ...link };
        if (!keep.span && had.span) keep.span = had.span;
        if (!keep.label && had.label) keep.label = had.label;
        byKey.set(k, keep);
      }
    }
  }
  return order.map((k) => byKey.get(k)!);
}

/**
 * Lists reuse links: when one code address is the official code of several papers,
 * the papers whose own text (abstract, comments, title) gives it keep it, and the
 * ones that only list it lose the claim (role `unknown`), their code status redone.
 */
function settleSharedCode(papers: MergedPaper[]): MergedPaper[] {
  const claims = new Map<string, { paper: number; fromText: boolean }[]>();
  papers.forEach((p, i) => {
    for (const l of Array.isArray(p.urls) ? p.urls : []) {
      if (l.role !== 'official-code') continue;
      const k = urlKey(l.url);
      const list = claims.get(k) ?? [];
      list.push({ paper: i, fromText: l.origin !== 'links' && l.origin !== 'field' });
      claims.set(k, list);
    }
  });
  const demote = new Map<number, Set<string>>();
  for (const [k, list] of claims) {
    if (list.length < 2 || !list.some((c) => c.fromText)) continue;
    for (const c of list) {
      if (c.fromText) continue;
      const set = demote.get(c.paper) ?? new Set<string>();
      set.add(k);
      demote.set(c.paper, set);
    }
  }
  if (!demote.size) return papers;
  return papers.map((p, i) => {
    const keys = demote.get(i);
    if (!keys) return p;
    const urls = p.urls.map((l) => (keys.has(urlKey(l.url)) && l.role === 'official-code' ? { ...l, role: 'unknown' as const, confidence: 0.3 } : l));
    const code = codeStatus(urls, `${p.title}\n${p.abstract ?? ''}\n${p.comments ?? ''}`);
    const out: MergedPaper = { ...p, urls, code };
    if (p.provenance) {
      const { code: _dropped, ...rest } = p.provenance;
      out.provenance = rest;
    }
    return out;
  });
}
