// Shared by the end-to-end tests (test/feeds-e2e*.test.ts): gold lines in the shared JSONL
// format, and the per-field figures counted the way the shared scorer counts them (greedy
// one-to-one matching; URLs normalised; datasets by folded name, mention or alias; metrics by
// equal value and folded name containment; topics with parents expanded on both sides).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { analyzePaper, defaultTaxonomy, parseFeed } from '../../src/index.js';
import type { Paper } from '../../src/index.js';
import { fold, readGold } from './score.js';

export interface GoldMetric {
  name: string;
  aliases?: string[];
  value: number;
}
export interface GoldLine {
  title: string;
  abstract?: string;
  urls: string[];
  datasets: { name: string; aliases?: string[] }[];
  metrics: GoldMetric[];
  topics: string[];
  authors?: string[];
  arxivId?: string;
}

/** The gold lines of a fixture file. */
export const readLines = (url: URL) => readGold(url) as unknown as GoldLine[];

/** A child topic implies its parent, on both sides (the parents of the default taxonomy, as in the contract). */
const parent = new Map(defaultTaxonomy.filter((t) => t.parent).map((t) => [t.id, t.parent!]));
export const expand = (ids: string[]) => {
  const out = new Set<string>();
  for (let id of ids) {
    while (id && !out.has(id)) {
      out.add(id);
      id = parent.get(id) ?? '';
    }
  }
  return out;
};

/** An address as the scorer compares it: scheme and host lower-cased, http as https, no trailing `/`. */
export const normUrl = (u: string) => {
  let s = u.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = 'https://' + s;
  s = s.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i, (_, a: string, b: string) => a.toLowerCase() + b.toLowerCase());
  return s.replace(/^http:\/\//, 'https://').replace(/\/+$/, '');
};

type Count = { tp: number; fp: number; fn: number };
const f1 = (c: Count) => (c.tp + c.fp + c.fn === 0 ? 1 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));

/** Greedy one-to-one matching, as the shared scorer does it. */
function match<G, P>(g: G[], p: P[], same: (a: G, b: P) => boolean, c: Count) {
  const used = new Set<number>();
  for (const x of g) {
    const j = p.findIndex((y, k) => !used.has(k) && same(x, y));
    if (j >= 0) {
      used.add(j);
      c.tp++;
    } else c.fn++;
  }
  c.fp += p.length - used.size;
}

/** F1 of URLs, datasets, metrics (name and value; values alone) and topics of papers paired with their gold lines (same order). */
export function fieldScores(papers: Paper[], lines: GoldLine[]) {
  const z = () => ({ tp: 0, fp: 0, fn: 0 });
  const c = { urls: z(), datasets: z(), metrics: z(), metricValues: z(), topics: z() };
  lines.forEach((g, i) => {
    const p = papers[i]!;
    match(g.urls.map(normUrl), [...new Set(p.urls.map((l) => normUrl(l.url)))], (a, b) => a === b, c.urls);
    const keys = (d: { name?: string; mention?: string; aliases?: string[] }) => [d.name, d.mention, ...(d.aliases ?? [])].filter(Boolean).map(fold);
    const seen = new Set<string>();
    const pd = p.datasets.filter((d) => {
      const k = keys(d)[0]!;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    match(g.datasets, pd, (a, b) => keys(b).some((k) => keys(a).includes(k)), c.datasets);
    const pm = [...new Map(p.metrics.map((m) => [`${fold(m.name)}|${Number(m.value)}|${fold(m.dataset)}`, m])).values()];
    const sameValue = (a: GoldMetric, v: unknown) => Math.abs(a.value - Number(v)) <= 1e-9 * Math.max(1, Math.abs(a.value));
    const sameName = (a: GoldMetric, n: string) => {
      const pn = fold(n);
      return pn.length >= 2 && [a.name, ...(a.aliases ?? [])].map(fold).some((gn) => gn.length >= 2 && (gn.includes(pn) || pn.includes(gn)));
    };
    match(g.metrics, pm, (a, b) => sameValue(a, b.value) && sameName(a, b.name), c.metrics);
    match(g.metrics, pm, (a, b) => sameValue(a, b.value), c.metricValues);
    match([...expand(g.topics)], [...expand(p.topics.map((t) => (typeof t === 'string' ? t : t.id)))], (a, b) => a === b, c.topics);
  });
  return { urls: f1(c.urls), datasets: f1(c.datasets), metrics: f1(c.metrics), metricValues: f1(c.metricValues), topics: f1(c.topics) };
}

/** What a reading must keep identical (CRLF, BOM): titles, abstracts, authors and links of every paper. */
export const paperKey = (r: ReturnType<typeof parseFeed>) => JSON.stringify(r.papers.map((p) => [p.title, p.abstract, p.authors, p.urls.map((u) => u.url)]));

/** The segmentation given: analyzePaper on each gold title, abstract and resource links. */
export const given = (lines: GoldLine[]) => lines.map((g) => analyzePaper({ title: g.title, abstract: g.abstract, links: g.urls }));

/** One round's fixtures (`fixtures/<dir>/`): `fx` a file's URL, `text` its text, `gold` its gold lines. */
export function fixtureRound(dir: string) {
  const fx = (name: string) => new URL(`../../fixtures/${dir}/${name}`, import.meta.url);
  return { fx, text: (name: string) => readFileSync(fx(name), 'utf8'), gold: (name: string) => readLines(fx(name)) };
}

/** White space runs as one space, trimmed (`undefined` as ''). */
export const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** parseFeed reads the same format and papers with CRLF line endings and a BOM. */
export function expectStableUnderCrlf(src: string): void {
  const r = parseFeed(src);
  const crlf = parseFeed('\ufeff' + src.split('\n').join('\r\n'));
  expect(crlf.format).toBe(r.format);
  expect(paperKey(crlf)).toBe(paperKey(r));
}
