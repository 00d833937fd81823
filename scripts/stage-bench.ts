// Dev helper for speed work: MB/s of each per-paper stage and of parseFeed, from the
// TypeScript sources (no build needed). `npm run bench` is the benchmark of record.
//   npx tsx scripts/stage-bench.ts [stage ...]
// Stages: analyze, urls, identifiers, datasets, metrics, topics, code, parse-text,
// parse-digest, parse-atom, parse-listing.
import { readFileSync } from 'node:fs';
import { analyzePaper, codeStatus, extractDatasets, extractIdentifiers, extractMetrics, extractUrls, parseFeed, tagTopics } from '../src/index.js';

const fx = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const seed = fx('seed-hf-page.txt');
const papers = parseFeed(seed).papers;
const texts = papers.map((p) => `${p.title}\n${p.abstract ?? ''}`);
const bytes = texts.join('\n\n').length;
const MB = 1024 * 1024;
const digest = fx('shared/arxiv_digest_dev.txt');
const atom = fx('arxiv/atom_api.xml');
const listing = fx('shared/arxiv_listing_dev.txt');
const stages: Record<string, [number, () => void]> = {
  analyze: [bytes, () => papers.forEach((p) => analyzePaper({ title: p.title, abstract: p.abstract }))],
  urls: [bytes, () => texts.forEach((t) => extractUrls(t))],
  identifiers: [bytes, () => texts.forEach((t) => extractIdentifiers(t))],
  datasets: [bytes, () => texts.forEach((t) => extractDatasets(t))],
  metrics: [bytes, () => texts.forEach((t) => extractMetrics(t))],
  topics: [bytes, () => papers.forEach((p) => tagTopics({ title: p.title, abstract: p.abstract }))],
  code: [bytes, () => texts.forEach((t) => codeStatus([], t))],
  'parse-text': [seed.length, () => parseFeed(seed)],
  'parse-digest': [digest.length, () => parseFeed(digest)],
  'parse-atom': [atom.length, () => parseFeed(atom)],
  'parse-listing': [listing.length, () => parseFeed(listing)],
};
const pick = process.argv.slice(2);
for (const [name, [n, fn]] of Object.entries(stages)) {
  if (pick.length && !pick.includes(name)) continue;
  for (let i = 0; i < 3; i++) fn();
  let runs = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1500) {
    fn();
    runs++;
  }
  const s = (performance.now() - t0) / 1000 / runs;
  console.log(`${name.padEnd(14)} ${((n / MB) / s).toFixed(2).padStart(8)} MB/s  ${(s * 1000).toFixed(2).padStart(8)} ms/run`);
}
