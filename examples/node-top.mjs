// Parse a feed file and print its most frequent datasets and topics.
//   node examples/node-top.mjs [file] [--top N]      (default: the bundled sample feed, top 10)
import { readFileSync } from 'node:fs';
import { parseFeed } from 'paperfeed';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 10;
const file = args[0] ?? new URL('./sample-feed.txt', import.meta.url);

const { format, papers } = parseFeed(readFileSync(file, 'utf8'));

/** [key, count] pairs, most frequent first; a paper counts once per key. */
function tally(keysOfPaper) {
  const counts = new Map();
  for (const p of papers) for (const k of new Set(keysOfPaper(p))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

function print(heading, rows) {
  console.log(`\n${heading}`);
  if (!rows.length) return console.log('  (none)');
  const shown = rows.slice(0, top);
  const width = Math.max(...shown.map(([k]) => k.length));
  for (const [k, n] of shown) console.log(`  ${k.padEnd(width)}  ${String(n).padStart(3)}  ${'#'.repeat(Math.round((n / papers.length) * 40))}`);
}

console.log(`${papers.length} papers (format ${format})`);
const labels = new Map(papers.flatMap((p) => p.topics.map((t) => [t.id, t.label])));
print('Most frequent topics (papers tagged):', tally((p) => p.topics.map((t) => t.id)).map(([id, n]) => [`${labels.get(id)} (${id})`, n]));
print('Most frequent datasets (papers mentioning):', tally((p) => p.datasets.map((d) => d.name)));
