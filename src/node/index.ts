/**
 * `paperfeed/node`: Node-only helpers (files, worker threads). Not part of the
 * browser-safe core.
 */
import { readFile } from 'node:fs/promises';
import { parseFeed, type ParseFeedOptions } from '../parse.js';
import type { FeedResult } from '../schema/paper.js';

/**
 * Reads and parses one file.
 *
 * @example
 * const result = await parseFile('digest.txt')
 */
export async function parseFile(path: string, options?: ParseFeedOptions): Promise<FeedResult> {
  const text = await readFile(path, 'utf8');
  return parseFeed(text, options);
}

/**
 * Parses many files, at most `jobs` at a time (default: one per core).
 * Results come back in the order of `paths`.
 *
 * @example
 * const results = await parseFiles(['a.txt', 'b.md'])
 */
export async function parseFiles(paths: string[], options?: ParseFeedOptions & { jobs?: number }): Promise<FeedResult[]> {
  const { jobs, ...rest } = options ?? {};
  const { availableParallelism } = await import('node:os');
  const n = Math.max(1, Math.min(paths.length, jobs ?? availableParallelism()));
  if (n <= 1 || paths.length <= 1) {
    const out: FeedResult[] = [];
    for (const p of paths) out.push(await parseFile(p, rest));
    return out;
  }
  const { runInWorkers } = await import('./workers.js');
  return runInWorkers(paths, rest, n);
}
