// Smoke test of the built package: import (ESM) and require() (CJS) from plain Node,
// each parsing the bundled sample feed. Exits non-zero on any failure.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
// fixtures/seed-hf-page.txt is a local copy (see .gitignore); examples/sample-feed.txt is the same feed, committed.
const seed = new URL('../fixtures/seed-hf-page.txt', import.meta.url);
const text = readFileSync(existsSync(seed) ? seed : new URL('../examples/sample-feed.txt', import.meta.url), 'utf8');
let failed = 0;
let passed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack : e}`);
  }
}
const esm = await import('paperfeed');
const cjs = require('paperfeed');
const esmLinks = await import('paperfeed/links');
const cjsLinks = require('paperfeed/links');
for (const [name, lib] of [['import paperfeed', esm], ['require paperfeed', cjs]]) {
  check(name, () => {
    const r = lib.parseFeed(text);
    if (r.papers.length !== 80) throw new Error(`expected 80 papers, got ${r.papers.length}`);
    if (!r.papers.some((p) => p.urls.length)) throw new Error('no urls found');
    if (!r.papers.some((p) => p.topics.length)) throw new Error('no topics found');
    const md = lib.parseFeed('# List\n\n- [A Paper on Things](https://arxiv.org/abs/2301.00001) - NeurIPS 2023\n');
    if (!Array.isArray(md.papers)) throw new Error('markdown parse failed');
  });
}
for (const [name, lib] of [['import paperfeed/links', esmLinks], ['require paperfeed/links', cjsLinks]]) {
  check(name, () => {
    const u = lib.extractUrls('Code: https://github.com/a/b.');
    if (u[0]?.url !== 'https://github.com/a/b') throw new Error(JSON.stringify(u));
  });
}
const esmNode = await import('paperfeed/node');
const cjsNode = require('paperfeed/node');
for (const [name, lib] of [['import paperfeed/node', esmNode], ['require paperfeed/node', cjsNode]]) {
  check(name, () => {
    if (typeof lib.parseFile !== 'function' || typeof lib.parseFiles !== 'function') throw new Error(Object.keys(lib).join());
  });
}
check('schema.json', () => {
  const s = JSON.parse(readFileSync(require.resolve('paperfeed/schema.json'), 'utf8'));
  if (!s.properties?.papers) throw new Error('schema has no papers');
});
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
