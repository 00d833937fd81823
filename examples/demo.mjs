// The main job on the bundled sample feed: parse it and print a readable summary.
//   npm install && npm run demo            (or: node examples/demo.mjs [file])
import { readFileSync } from 'node:fs';
import { parseFeed } from 'paperfeed';

const file = process.argv[2] ?? new URL('./sample-feed.txt', import.meta.url);
const result = parseFeed(readFileSync(file, 'utf8'));
const { papers, diagnostics, stats } = result;
console.log(`format: ${result.format} (confidence ${result.confidence.toFixed(2)}), ${papers.length} papers, ${diagnostics.length} diagnostics\n`);
for (const [i, p] of papers.entries()) {
  console.log(`${String(i + 1).padStart(3)}. ${p.title}`);
  const bits = [];
  if (p.arxivId) bits.push(`arXiv ${p.arxivId}`);
  if (p.topics.length) bits.push(`topics: ${p.topics.map((t) => t.id).join(', ')}`);
  if (p.datasets.length) bits.push(`datasets: ${p.datasets.map((d) => d.name).join(', ')}`);
  if (p.metrics.length) bits.push(`metrics: ${p.metrics.map((m) => `${m.name}=${m.value}${m.unit ?? ''}${m.dataset ? ` (${m.dataset})` : ''}`).join('; ')}`);
  if (p.urls.length) bits.push(`links: ${p.urls.map((u) => u.url).join(' ')}`);
  for (const b of bits) console.log(`       ${b}`);
}
const count = (xs) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1]);
console.log('\nMost frequent topics:  ' + count(papers.flatMap((p) => p.topics.map((t) => t.id))).slice(0, 8).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('Most frequent datasets: ' + count(papers.flatMap((p) => p.datasets.map((d) => d.name))).slice(0, 8).map(([k, n]) => `${k} ${n}`).join(', '));
console.log(`\nentries ${stats.entries}, duplicates merged ${stats.duplicatesMerged}, truncated ${stats.truncated}`);
