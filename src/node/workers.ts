/** Spreads files over worker threads; each worker runs parseFeed on whole files. */
import { Worker } from 'node:worker_threads';
import type { ParseFeedOptions } from '../parse.js';
import type { FeedResult } from '../schema/paper.js';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
(async () => {
  const lib = await import(workerData.entry);
  parentPort.on('message', (msg) => {
    if (msg === null) { parentPort.close(); return; }
    try {
      const text = fs.readFileSync(msg.path, 'utf8');
      parentPort.postMessage({ i: msg.i, result: lib.parseFeed(text, workerData.options) });
    } catch (e) {
      parentPort.postMessage({ i: msg.i, error: String(e && e.message || e) });
    }
  });
  parentPort.postMessage({ ready: true });
})();
`;

/** Runs parseFeed over files in `n` worker threads; rejects on the first unreadable file. */
export function runInWorkers(paths: string[], options: ParseFeedOptions, n: number): Promise<FeedResult[]> {
  // The built core sits beside this file in dist/ (dist/node.js -> dist/index.js).
  const entry = new URL('./index.js', import.meta.url).href;
  const results: FeedResult[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const { readers, ...plain } = options;
    void readers;
    const finish = (err?: Error) => {
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    for (let k = 0; k < n; k++) {
      const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { entry, options: plain } });
      workers.push(w);
      const feed = () => {
        if (next < paths.length) {
          const i = next++;
          w.postMessage({ i, path: paths[i] });
        } else w.postMessage(null);
      };
      w.on('message', (m: { ready?: boolean; i?: number; result?: FeedResult; error?: string }) => {
        if (m.ready) return feed();
        if (m.error !== undefined) return finish(new Error(`${paths[m.i!]}: ${m.error}`));
        results[m.i!] = m.result!;
        if (++done === paths.length) return finish();
        feed();
      });
      w.on('error', (e) => finish(e));
    }
  });
}
