// Dev helper: the shared scorer's table, from the TypeScript sources (no build needed,
// so several people can run it at once). Usage: npx tsx scripts/score-src.ts [--json NAME]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '../src/index.js';

const shared = new URL('../../shared/', import.meta.url).pathname;
if (!existsSync(shared)) {
  console.error('no ../shared beside the project');
  process.exit(2);
}
const jsonFor = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
const tmp = mkdtempSync(join(tmpdir(), 'pf-score-'));
const feeds = [...readdirSync(join(shared, 'seeds')).map((f) => join(shared, 'seeds', f)), ...readdirSync(join(shared, 'feeds')).map((f) => join(shared, 'feeds', f))];
const fields = ['papers', 'urls', 'datasets', 'metrics', 'topics'] as const;
const sum: Record<string, { tp: number; fp: number; fn: number }> = Object.fromEntries(fields.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
const f1 = (r: { tp: number; fp: number; fn: number }) => (r.tp + r.fp + r.fn ? ((200 * r.tp) / (2 * r.tp + r.fp + r.fn)).toFixed(1) : '  -  ');
console.log(`${'feed'.padEnd(28)} ${fields.map((k) => k.padStart(8)).join(' ')}  abstracts`);
for (const g of readdirSync(join(shared, 'gold')).filter((f) => f.endsWith('.jsonl')).sort()) {
  const name = g.replace(/\.jsonl$/, '');
  const feed = feeds.find((f) => f.split('/').pop()!.replace(/\.[^.]+$/, '') === name) ?? (name === 'seed' ? feeds.find((f) => f.includes('/seeds/')) : undefined);
  if (!feed) continue;
  const pred = join(tmp, `${name}.json`);
  writeFileSync(pred, JSON.stringify(parseFeed(readFileSync(feed, 'utf8'))));
  const out = execFileSync('node', [join(shared, 'eval/score.mjs'), '--pred', pred, '--gold', join(shared, 'gold', g), '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const rep = JSON.parse(out);
  if (jsonFor === name) console.log(JSON.stringify(rep.misses, null, 1));
  for (const k of fields) for (const c of ['tp', 'fp', 'fn'] as const) sum[k]![c] += rep.report[k][c];
  const abs = rep.report.abstractExact === null ? '   -' : (100 * rep.report.abstractExact).toFixed(1);
  console.log(`${name.padEnd(28)} ${fields.map((k) => f1(rep.report[k]).padStart(8)).join(' ')}  ${abs}`);
}
console.log(`${'all (F1 over every paper)'.padEnd(28)} ${fields.map((k) => f1(sum[k]!).padStart(8)).join(' ')}`);
