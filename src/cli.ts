#!/usr/bin/env node
/** The `paperfeed` command: a thin Node entry over the browser-safe core. */
import { readFileSync } from 'node:fs';
import { parseFeed, type ParseFeedOptions } from './parse.js';
import { formats } from './feeds/registry.js';
import { isPaperfeedError } from './errors.js';
import type { FeedResult, Paper } from './schema/paper.js';

const VERSION = '0.1.0';

const HELP = `Usage: paperfeed [options] [file ...]

Reads paper feeds (files, or standard input when none or "-") and prints the papers.

Options:
  --format <name>     auto (default), html (an HTML page), or one of: ${formats.join(', ')}
  --output <kind>     json (default: the FeedResult), ndjson (one paper a line), csv, md
  --fields <a,b,...>  only these paper fields (ndjson, csv, md)
  --topics <file>     a JSON file with a custom taxonomy (an array of topics)
  --jobs <n>          parse many files in n worker threads
  -h, --help          this help
  -v, --version       the version

Exit codes: 0 papers found or none, 1 misuse (bad option, unreadable file), 2 internal error.`;

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, usage: 1, internal: 2 } as const;

interface Args {
  files: string[];
  format?: string;
  output: 'json' | 'ndjson' | 'csv' | 'md';
  fields?: string[];
  topics?: string;
  jobs?: number;
}

function fail(msg: string): never {
  process.stderr.write(`paperfeed: ${msg}\nTry 'paperfeed --help'.\n`);
  process.exit(EXIT.usage);
}

function parseArgs(argv: string[]): Args {
  const a: Args = { files: [], output: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(HELP + '\n');
      process.exit(EXIT.ok);
    } else if (arg === '-v' || arg === '--version') {
      process.stdout.write(VERSION + '\n');
      process.exit(EXIT.ok);
    } else if (arg === '--format') a.format = value();
    else if (arg === '--output' || arg === '-o') {
      const v = value();
      if (v !== 'json' && v !== 'ndjson' && v !== 'csv' && v !== 'md') fail(`--output must be json, ndjson, csv or md, not '${v}'`);
      a.output = v;
    } else if (arg === '--fields') a.fields = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (arg === '--topics') a.topics = value();
    else if (arg === '--jobs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) fail('--jobs takes a whole number >= 1');
      a.jobs = n;
    } else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}`);
    else a.files.push(arg);
  }
  return a;
}

function readInput(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file === '-' ? 'standard input' : file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function pick(p: Paper, fields?: string[]): Record<string, unknown> {
  if (!fields) return p as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = (p as unknown as Record<string, unknown>)[f];
  return out;
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x ? ((x as { url?: string; name?: string; id?: string }).url ?? (x as { name?: string }).name ?? (x as { id?: string }).id ?? JSON.stringify(x)) : String(x))).join('; ');
  if (typeof v === 'object') return (v as { text?: string; name?: string }).text ?? (v as { name?: string }).name ?? JSON.stringify(v);
  return String(v);
}

function csvEscape(s: string): string {
  return s.includes('"') || s.includes(',') || s.includes('\n') || s.includes('\r') ? `"${s.split('"').join('""')}"` : s;
}

function render(results: FeedResult[], a: Args): string {
  if (a.output === 'json') return JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n';
  const papers = results.flatMap((r) => r.papers);
  if (a.output === 'ndjson') return papers.map((p) => JSON.stringify(pick(p, a.fields))).join('\n') + (papers.length ? '\n' : '');
  const fields = a.fields ?? ['id', 'title', 'authors', 'urls', 'datasets', 'metrics', 'topics'];
  if (a.output === 'csv') {
    const rows = [fields.join(',')];
    for (const p of papers) rows.push(fields.map((f) => csvEscape(cell((p as unknown as Record<string, unknown>)[f]))).join(','));
    return rows.join('\n') + '\n';
  }
  const md = [`| ${fields.join(' | ')} |`, `| ${fields.map(() => '---').join(' | ')} |`];
  for (const p of papers) md.push(`| ${fields.map((f) => cell((p as unknown as Record<string, unknown>)[f]).split('|').join('\\|').split('\n').join(' ')).join(' | ')} |`);
  return md.join('\n') + '\n';
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const options: ParseFeedOptions = {};
  if (a.format) options.format = a.format;
  if (a.topics) {
    let taxonomy: unknown;
    try {
      taxonomy = JSON.parse(readInput(a.topics));
    } catch (e) {
      fail(`--topics ${a.topics}: not valid JSON (${(e as Error).message})`);
    }
    options.topics = { taxonomy: taxonomy as never };
  }
  const files = a.files.length ? a.files : ['-'];
  let results: FeedResult[];
  if (a.jobs && a.jobs > 1 && files.length > 1 && !files.includes('-')) {
    const { parseFiles } = await import('./node/index.js');
    results = await parseFiles(files, { ...options, jobs: a.jobs });
  } else {
    results = [];
    const progress = process.stderr.isTTY && files.length > 1;
    files.forEach((f, i) => {
      results.push(parseFeed(readInput(f), options));
      if (progress) process.stderr.write(`\r[${'#'.repeat(Math.round(((i + 1) / files.length) * 30)).padEnd(30)}] ${i + 1}/${files.length}`);
    });
    if (progress) process.stderr.write('\n');
  }
  process.stdout.write(render(results, a));
}

main().catch((e: unknown) => {
  if (isPaperfeedError(e)) {
    process.stderr.write(`paperfeed: ${e.message}\n`);
    process.exit(EXIT.usage);
  }
  process.stderr.write(`paperfeed: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(EXIT.internal);
});
