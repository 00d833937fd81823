// npm run bench: throughput of paperfeed against its peers on corpora generated from
// the fixtures (every copy made distinct: titles and ids changed per copy, so
// de-duplication keeps them). A benchmark, not a test: it prints a table.
//   node bench/run.mjs [--big] [--quick]
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { LinkifyIt } from 'linkify-it';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import nlp from 'compromise/one';
import * as pf from '../dist/index.js';

const big = process.argv.includes('--big');
const quick = process.argv.includes('--quick');
const fx = (p) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const MB = 1024 * 1024;

// Distinct copies: every title line / id gets the copy number.
function replicate(text, targetBytes, mark) {
  const out = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const copy = mark(text, i);
    out.push(copy);
    size += copy.length;
  }
  return out.join('\n\n');
}
const markPlain = (t, i) =>
  t.split('\n\n').map((block) => (block.length < 250 && !block.endsWith('.') && block.length > 20 ? `${block} (copy ${i})` : block)).join('\n\n');
const markIds = (t, i) => t.replace(/(\d{4})\.(\d{4,5})/g, (_, a, b) => `${a}.${String((+b + i * 7) % 100000).padStart(b.length, '0')}`).replace(/Title: /g, `Title: [${i}] `).replace(/<title>/g, `<title>[${i}] `).replace(/### \[/g, `### [[${i}] `).replace(/^- (?=[A-Z])/gm, `- [${i}] `);

const corpora = [];
const seed = fx('seed-hf-page.txt');
corpora.push({ name: 'plain text (HF page) 10 MB', text: replicate(seed, (quick ? 2 : 10) * MB, markPlain), kind: 'text' });
if (big) corpora.push({ name: 'plain text (HF page) 100 MB', text: replicate(seed, 100 * MB, markPlain), kind: 'text' });
corpora.push({ name: 'arXiv digest 5 MB', text: replicate(fx('shared/arxiv_digest_dev.txt'), (quick ? 1 : 5) * MB, markIds), kind: 'text' });
let atom;
try {
  atom = fx('arxiv/atom_api.xml');
} catch {}
if (atom) {
  // One feed with many entries (not many documents glued together).
  const head = atom.slice(0, atom.indexOf('<entry'));
  const body = atom.slice(atom.indexOf('<entry'), atom.lastIndexOf('</entry>') + '</entry>'.length);
  const entries = replicate(body, (quick ? 1 : 5) * MB, markIds);
  corpora.push({ name: 'Atom 5 MB', text: `${head}${entries}\n</feed>\n`, kind: 'xml' });
}
corpora.push({ name: 'markdown (HF page) 1 MB', text: replicate(fx('shared/hf_page_dev.md'), (quick ? 0.3 : 1) * MB, markIds), kind: 'markdown' });
corpora.push({ name: 'markdown (awesome list) 1 MB', text: replicate(fx('shared/awesome_list_dev.md'), (quick ? 0.3 : 1) * MB, markIds), kind: 'markdown' });

function time(fn, minMs = 300) {
  fn(); // warm-up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    fn();
    n++;
    t = performance.now();
  } while (t - t0 < minMs);
  return (t - t0) / n / 1000;
}

const linkify = new LinkifyIt();
const remark = unified().use(remarkParse);
const rows = [];
const fmt = (x, d = 1) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
for (const c of corpora) {
  const mb = c.text.length / MB;
  const res = pf.parseFeed(c.text);
  const tParse = time(() => pf.parseFeed(c.text), 1);
  const tLinkify = time(() => linkify.match(c.text), 1);
  const row = { corpus: c.name, format: res.format, papers: res.papers.length, 'parseFeed MB/s': fmt(mb / tParse), 'papers/s': fmt(res.papers.length / tParse, 0), 'linkify MB/s': fmt(mb / tLinkify), 'parseFeed/linkify': fmt(tParse / tLinkify, 2) };
  if (c.kind === 'markdown') {
    const tRemark = time(() => remark.parse(c.text), 1);
    row['remark MB/s'] = fmt(mb / tRemark, 2);
    row['parseFeed/remark'] = fmt(tParse / tRemark, 2);
  }
  rows.push(row);
}
console.log('\n## parseFeed against peers (one core, one run)\n');
console.table(rows);

// Extractors and analyzePaper over the abstracts of the plain corpus.
const plain = pf.parseFeed(corpora[0].text).papers.slice(0, quick ? 400 : 2000);
const abstracts = plain.map((p) => `${p.title}\n${p.abstract ?? ''}`);
const joined = abstracts.join('\n\n');
const mbA = joined.length / MB;
const ext = [
  ['analyzePaper', () => plain.forEach((p) => pf.analyzePaper({ title: p.title, abstract: p.abstract }))],
  ['extractUrls', () => abstracts.forEach((a) => pf.extractUrls(a))],
  ['extractIdentifiers', () => abstracts.forEach((a) => pf.extractIdentifiers(a))],
  ['extractDatasets', () => abstracts.forEach((a) => pf.extractDatasets(a))],
  ['extractMetrics', () => abstracts.forEach((a) => pf.extractMetrics(a))],
  ['tagTopics', () => plain.forEach((p) => pf.tagTopics({ title: p.title, abstract: p.abstract }))],
  ['peer: linkify-it pass', () => linkify.match(joined)],
  ['peer: compromise/one tokenisation', () => nlp(joined).terms().length],
];
const erows = ext.map(([name, fn]) => {
  const t = time(fn, 1);
  return { stage: name, 'MB/s': fmt(mbA / t, 2), 'papers/s': fmt(plain.length / t, 0) };
});
console.log(`\n## Per-paper stages over ${plain.length} abstracts (${mbA.toFixed(2)} MB)\n`);
console.table(erows);

// Scaling: 1x and 10x input.
const unit = replicate(seed, 1 * MB, markPlain);
const ten = replicate(seed, 10 * MB, markPlain);
const t1 = time(() => pf.parseFeed(unit), 1);
const t10 = time(() => pf.parseFeed(ten), 1);
console.log('\n## Scaling (plain text)\n');
console.table([
  { input: `${(unit.length / MB).toFixed(1)} MB`, seconds: t1.toFixed(3) },
  { input: `${(ten.length / MB).toFixed(1)} MB`, seconds: t10.toFixed(3), ratio: (t10 / t1).toFixed(2), 'size ratio': (ten.length / unit.length).toFixed(2) },
]);

// Import time, in fresh processes.
const importMs = (code) => {
  const out = [];
  for (let i = 0; i < 5; i++) {
    out.push(+execFileSync(process.execPath, ['--input-type=module', '-e', `const t=performance.now(); ${code}; console.log(performance.now()-t)`], { cwd: new URL('..', import.meta.url) }).toString());
  }
  return Math.min(...out).toFixed(1);
};
console.log('\n## Import time (best of 5, fresh process)\n');
console.table([
  { entry: 'paperfeed', ms: importMs("await import('paperfeed')") },
  { entry: 'paperfeed/links', ms: importMs("await import('paperfeed/links')") },
  // the first call compiles the lexicons, the gazetteer trie and the taxonomy (once)
  { entry: 'paperfeed + first parseFeed of one paper', ms: importMs("const pf = await import('paperfeed'); pf.parseFeed('Title: A diffusion model\\nAbstract: It reaches 92.1% accuracy on ImageNet.')") },
]);

// Streaming memory: a digest generated on the fly (never held whole) through
// parseFeedStream, at two sizes: flat memory means the live heap does not grow with them.
async function streamRow(total) {
  const unitDigest = fx('shared/arxiv_digest_dev.txt');
  async function* gen() {
    for (let i = 0, size = 0; size < total; i++) {
      const copy = markIds(unitDigest, i);
      size += copy.length;
      yield copy;
    }
  }
  // Two figures: the peak of heapUsed sampled as papers come out (live data plus garbage
  // not yet collected, so it depends on when V8 collects), and the peak of the live heap,
  // measured after a forced collection every 1,000 papers (needs node --expose-gc; npm run
  // bench passes it).
  globalThis.gc?.();
  let peak = 0;
  let live = 0;
  let n = 0;
  let gcMs = 0;
  const t0 = performance.now();
  for await (const _p of pf.parseFeedStream(gen())) {
    if (++n % 200 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (n % 1000 === 0 && globalThis.gc) {
      const g0 = performance.now();
      globalThis.gc();
      live = Math.max(live, process.memoryUsage().heapUsed);
      gcMs += performance.now() - g0;
    }
  }
  const s = (performance.now() - t0 - gcMs) / 1000;
  return { input: `${(total / MB).toFixed(0)} MB`, papers: n, 'MB/s': (total / MB / s).toFixed(2), 'peak heapUsed MB': (peak / MB).toFixed(0), 'peak live heap MB': globalThis.gc ? (live / MB).toFixed(0) : 'run with --expose-gc' };
}
{
  const sizes = big ? [20, 100] : quick ? [2, 5] : [5, 20];
  const streamRows = [];
  for (const size of sizes) streamRows.push(await streamRow(size * MB));
  console.log('\n## Streaming (arXiv digest generated on the fly)\n');
  console.table(streamRows);
}
