// Dev helper for speed work: records what the library answers on every fixture, so a
// faster version can be checked to give exactly the same answers.
//   npx tsx scripts/golden.ts save [FILE]              writes the answers (default .tmp/golden.json)
//   npx tsx scripts/golden.ts check [FILE] [SECTION..] compares, section by section
// Sections: readers (format, paper fields a reader fills, diagnostics), urls, datasets,
// metrics, topics, identifiers, code (codeStatus), analyze (analyzePaper whole).
// Stage sections run the extractor itself on every title + abstract of every fixture and
// on the labelled text sets of test/fixtures, so a stage can be checked in isolation.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { analyzePaper, codeStatus, extractDatasets, extractIdentifiers, extractMetrics, extractUrls, parseFeed, tagTopics } from '../src/index.js';

const root = new URL('..', import.meta.url).pathname;
const [mode = 'check', file = join(root, '.tmp/golden.json'), ...only] = process.argv.slice(2);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const feedFiles = [...walk(join(root, 'fixtures')), ...walk(join(root, 'test/fixtures'))]
  .filter((p) => !/README\.md$|expected\.jsonl$|LICENSE$|linkify-it|\.jsonl$/.test(p) || /fixtures\/(json|shared)\//.test(p))
  .filter((p) => !/test\/fixtures\/(metrics|datasets|topics|links)\//.test(p))
  .sort();

// Checking against answers saved earlier: only the feed files those answers know, so a
// fixture added since does not shift the numbering of the texts.
const known = mode === 'check' && existsSync(file) ? new Set(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { readers: object }).readers)) : undefined;
const skipped = known ? feedFiles.filter((p) => !known.has(relative(root, p))) : [];
if (skipped.length) console.log(`${skipped.length} feed file(s) newer than ${relative(root, file)}, left out: ${skipped.map((p) => relative(root, p)).join(', ')}`);
const texts: string[] = [];
const readerFields = ['title', 'abstract', 'authors', 'arxivId', 'doi', 'date', 'venue', 'comments', 'categories', 'sourceFormat'];
const answers: Record<string, Record<string, unknown>> = { readers: {}, urls: {}, datasets: {}, metrics: {}, topics: {}, identifiers: {}, code: {}, analyze: {} };

for (const p of feedFiles) {
  if (skipped.includes(p)) continue;
  const text = readFileSync(p, 'utf8');
  const name = relative(root, p);
  const res = parseFeed(text);
  answers.readers![name] = {
    format: res.format,
    papers: res.papers.map((paper) => Object.fromEntries(Object.entries(paper).filter(([k]) => readerFields.includes(k)))),
    diagnostics: res.diagnostics,
  };
  answers.analyze![name] = res.papers;
  for (const paper of res.papers) texts.push(`${paper.title}\n${paper.abstract ?? ''}`);
}
for (const set of ['metrics/unseen.jsonl', 'datasets/unseen.jsonl', 'topics/unseen.jsonl', 'topics/blind2.jsonl']) {
  for (const line of readFileSync(join(root, 'test/fixtures', set), 'utf8').split('\n').filter(Boolean)) {
    const o = JSON.parse(line) as { text?: string; title?: string; abstract?: string };
    texts.push(o.text ?? `${o.title ?? ''}\n${o.abstract ?? ''}`);
  }
}
for (const set of ['metrics/positives.txt', 'metrics/negatives.txt', 'datasets/positives.txt', 'datasets/negatives.txt', 'links/positives.txt', 'links/negatives.txt']) {
  for (const line of readFileSync(join(root, 'test/fixtures', set), 'utf8').split('\n')) if (line && !line.startsWith('%')) texts.push(line.split(' => ')[0]!);
}
texts.forEach((t, i) => {
  const [title, ...rest] = t.split('\n');
  const k = String(i);
  const urls = extractUrls(t);
  answers.urls![k] = urls;
  answers.identifiers![k] = extractIdentifiers(t);
  answers.datasets![k] = extractDatasets(t);
  answers.metrics![k] = extractMetrics(t);
  answers.topics![k] = tagTopics({ title: title ?? '', abstract: rest.join('\n') });
  answers.code![k] = codeStatus(urls, t);
  answers.analyze![`text ${k}`] = analyzePaper({ title: title ?? '', abstract: rest.join('\n') });
});

if (mode === 'save') {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(answers));
  console.log(`saved ${feedFiles.length} feeds and ${texts.length} texts to ${file}`);
} else {
  if (!existsSync(file)) throw new Error(`no ${file}: run save first`);
  const before = JSON.parse(readFileSync(file, 'utf8')) as typeof answers;
  const now = JSON.parse(JSON.stringify(answers)) as typeof answers;
  let bad = 0;
  for (const section of Object.keys(now)) {
    if (only.length && !only.includes(section)) continue;
    const keys = new Set([...Object.keys(before[section] ?? {}), ...Object.keys(now[section]!)]);
    let diff = 0;
    for (const k of keys) {
      const a = JSON.stringify(before[section]?.[k]);
      const b = JSON.stringify(now[section]![k]);
      if (a === b) continue;
      if (diff++ < 3) console.log(`  ${section} ${k}${/^\d+$/.test(k) ? ` (${texts[+k]!.slice(0, 60).replace(/\n/g, ' ')}...)` : ''}\n    before ${a?.slice(0, 400)}\n    now    ${b?.slice(0, 400)}`);
    }
    console.log(`${section.padEnd(12)} ${keys.size} cases, ${diff} differ`);
    bad += diff;
  }
  process.exitCode = bad ? 1 : 0;
}
