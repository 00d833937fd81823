import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed, parseFeedStream } from '../src/index.js';

const fx = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

async function* chunked(text: string, size: number, log?: number[]): AsyncGenerator<string | Uint8Array> {
  const enc = new TextEncoder();
  for (let i = 0; i < text.length; i += size) {
    log?.push(i);
    // alternate strings and bytes; bytes may split a multi-byte character
    yield (i / size) % 2 ? enc.encode(text.slice(i, i + size)) : text.slice(i, i + size);
  }
}

async function collect(it: AsyncIterable<{ title: string; abstract?: string; arxivId?: string }>) {
  const out: { title: string; abstract?: string; arxivId?: string }[] = [];
  for await (const p of it) out.push({ title: p.title, abstract: p.abstract, arxivId: p.arxivId });
  return out;
}

const cases = [
  ['arXiv digest', 'shared/arxiv_digest_dev.txt'],
  ['arXiv digest tail', 'shared/arxiv_digest_dev_tail.txt'],
  ['arXiv listing', 'shared/arxiv_listing_dev.txt'],
  ['HF page as text (read at the end)', 'seed-hf-page.txt'],
  ['HF page as markdown (read at the end)', 'shared/hf_page_dev.md'],
  ['awesome list (read at the end)', 'shared/awesome_list_dev.md'],
  ['Atom', 'arxiv/atom_api.xml'],
  ['RSS 1.0', 'arxiv/rss1_legacy.xml'],
  ['JSON Lines', 'json/papers.jsonl'],
  ['RSS', 'arxiv/rss2.xml'],
  ['HTML page of an arXiv listing (read at the end)', 'html/arxiv_list_new.html'],
  ['HTML page over 32 KB (read at the end, not by the reader its raw markup looks like)', 'html/rendered/hf_page_dev.html'],
].filter(([, f]) => existsSync(new URL(`../fixtures/${f}`, import.meta.url)));

describe('parseFeedStream gives the papers parseFeed gives', () => {
  for (const [name, file] of cases) {
    it(name!, async () => {
      const text = fx(file!);
      const want = parseFeed(text).papers.map((p) => ({ title: p.title, abstract: p.abstract, arxivId: p.arxivId }));
      const got = await collect(parseFeedStream(chunked(text, 997)));
      expect(got).toEqual(want);
    });
  }
});

describe('parseFeedStream streams standalone formats', () => {
  it('yields digest papers before the input ends', async () => {
    const text = fx('shared/arxiv_digest_dev.txt');
    const log: number[] = [];
    let chunksAtFirst = -1;
    for await (const _p of parseFeedStream(chunked(text, 4096, log))) {
      chunksAtFirst = log.length;
      break;
    }
    expect(chunksAtFirst).toBeGreaterThan(0);
    expect(chunksAtFirst).toBeLessThan(Math.ceil(text.length / 4096));
  });
  it('reads a web ReadableStream of bytes', async () => {
    const text = fx('shared/arxiv_listing_dev.txt');
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 1000) c.enqueue(bytes.slice(i, i + 1000));
        c.close();
      },
    });
    const got = await collect(parseFeedStream(stream));
    expect(got.length).toBe(parseFeed(text).papers.length);
  });
  it('merges duplicates across chunks', async () => {
    const text = fx('shared/arxiv_digest_dev.txt');
    const got = await collect(parseFeedStream(chunked(text + '\n' + text, 5000)));
    expect(got.length).toBe(parseFeed(text).papers.length);
  });
});

describe('parseFeedStream on large generated XML feeds (incremental path)', () => {
  const atom = (n: number) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n<title>ArXiv Query</title>\n` +
    Array.from({ length: n }, (_, i) => {
      const id = `2401.${String(10000 + i)}`;
      return `<entry>\n<id>http://arxiv.org/abs/${id}v1</id>\n<published>2024-01-0${1 + (i % 9)}T00:00:00Z</published>\n<title>Paper number ${i} on diffusion models\n  for graphs</title>\n<summary>  We study item ${i}. Our method improves accuracy by ${i % 50}.5% on CIFAR-10.\n</summary>\n<author><name>Author ${i}</name></author>\n<link href="http://arxiv.org/abs/${id}v1" rel="alternate" type="text/html"/>\n<arxiv:primary_category term="cs.LG"/>\n</entry>`;
    }).join('\n') +
    '\n</feed>\n';
  const rss = (n: number) =>
    `<?xml version="1.0"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom"><channel><title>cs.LG updates on arXiv.org</title>\n` +
    Array.from({ length: n }, (_, i) => {
      const id = `2401.${String(20000 + i)}`;
      return `<item><title>Item ${i}: continual learning without forgetting</title><link>https://arxiv.org/abs/${id}</link><description>arXiv:${id}v1 Announce Type: new \nAbstract: We address catastrophic forgetting in case ${i}.</description><dc:creator>A. Author, B. Author</dc:creator><arxiv:announce_type>new</arxiv:announce_type></item>`;
    }).join('\n') +
    '\n</channel></rss>\n';
  for (const [name, text] of [
    ['Atom with 400 entries', atom(400)],
    ['RSS with 600 items', rss(600)],
  ] as const) {
    it(name, async () => {
      const want = parseFeed(text).papers.map((p) => ({ title: p.title, abstract: p.abstract, arxivId: p.arxivId }));
      expect(want.length).toBeGreaterThan(300);
      const log: number[] = [];
      let firstAt = -1;
      const got: typeof want = [];
      for await (const p of parseFeedStream(chunked(text, 8192, log))) {
        if (firstAt < 0) firstAt = log.length;
        got.push({ title: p.title, abstract: p.abstract, arxivId: p.arxivId });
      }
      expect(got).toEqual(want);
      expect(firstAt).toBeLessThan(Math.ceil(text.length / 8192));
    });
  }
});

describe('parseFeedStream on a large HTML page', () => {
  it('an e-mail digest archived in a `<pre>` page (64 KB, its raw markup detected as a digest) is read whole, as parseFeed reads it', async () => {
    const digest = fx('shared/arxiv_digest_dev.txt');
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const page = `<!DOCTYPE html>\n<html><head><title>[arXiv digest]</title></head><body>\n<h1>cs daily</h1>\n<pre>\n${esc(digest)}\n</pre>\n</body></html>\n`;
    const want = parseFeed(page).papers.map((p) => ({ title: p.title, abstract: p.abstract, arxivId: p.arxivId }));
    expect(want).toEqual(parseFeed(digest).papers.map((p) => ({ title: p.title, abstract: p.abstract, arxivId: p.arxivId })));
    expect(await collect(parseFeedStream(chunked(page, 4093)))).toEqual(want);
  });
});
