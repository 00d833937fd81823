// A small re-implementation of the shared scorer's matching rules (annotation.md), so
// the tests can assert quality on the fixture copies without reading ../shared.
import { readFileSync } from 'node:fs';
import type { FeedResult } from '../../src/index.js';

export const fold = (s: unknown) => String(s ?? '').toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
const space = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim();
const normUrl = (u: string) => {
  let s = u.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = 'https://' + s;
  s = s.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i, (_, a: string, b: string) => a.toLowerCase() + b.toLowerCase());
  return s.replace(/^http:\/\//, 'https://').replace(/\/+$/, '');
};

export interface GoldPaper {
  title: string;
  abstract?: string;
  urls: string[];
  datasets: { name: string; aliases?: string[] }[];
  metrics: { name: string; aliases?: string[]; value: number }[];
  topics: string[];
}

export function readGold(path: URL): GoldPaper[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldPaper);
}

const f1 = (tp: number, fp: number, fn: number) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));

/** Papers, abstracts and URL scores the way the shared scorer counts them. */
export function score(result: FeedResult, gold: GoldPaper[]) {
  const byTitle = new Map<string, number[]>();
  result.papers.forEach((p, i) => {
    const k = fold(p.title);
    byTitle.set(k, [...(byTitle.get(k) ?? []), i]);
  });
  const used = new Set<number>();
  let found = 0;
  let abstractsExact = 0;
  let abstracts = 0;
  const u = { tp: 0, fp: 0, fn: 0 };
  const missing: string[] = [];
  const wrongAbstracts: string[] = [];
  for (const g of gold) {
    const i = (byTitle.get(fold(g.title)) ?? []).find((k) => !used.has(k));
    if (i === undefined) {
      missing.push(g.title);
      u.fn += g.urls.length;
      continue;
    }
    used.add(i);
    found++;
    const p = result.papers[i]!;
    if (g.abstract !== undefined) {
      abstracts++;
      if (space(p.abstract) === space(g.abstract)) abstractsExact++;
      else wrongAbstracts.push(g.title);
    }
    const pred = new Set(p.urls.map((l) => normUrl(l.url)));
    const want = new Set(g.urls.map(normUrl));
    for (const w of want) (pred.has(w) ? u.tp++ : u.fn++);
    for (const x of pred) if (!want.has(x)) u.fp++;
  }
  const extra = result.papers.filter((_, i) => !used.has(i)).map((p) => p.title);
  return {
    papersF1: f1(found, extra.length, gold.length - found),
    abstractsExact: abstracts ? abstractsExact / abstracts : 1,
    urlsF1: f1(u.tp, u.fp, u.fn),
    missing,
    extra,
    wrongAbstracts,
  };
}
