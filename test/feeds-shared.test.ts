// parseFeed on copies of the shared real feeds, scored like the shared scorer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { readGold, score } from './helpers/score.js';

const fx = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);
const feeds: [string, string, string, string][] = [
  ['seed (HF page as text)', 'seed-hf-page.txt', 'shared/seed.jsonl', 'hf-text'],
  ['arXiv digest', 'shared/arxiv_digest_dev.txt', 'shared/arxiv_digest_dev.jsonl', 'arxiv-digest'],
  ['arXiv digest tail', 'shared/arxiv_digest_dev_tail.txt', 'shared/arxiv_digest_dev_tail.jsonl', 'arxiv-digest'],
  ['arXiv listing', 'shared/arxiv_listing_dev.txt', 'shared/arxiv_listing_dev.jsonl', 'arxiv-listing'],
  ['HF page as markdown', 'shared/hf_page_dev.md', 'shared/hf_page_dev.jsonl', 'hf-markdown'],
  ['awesome list', 'shared/awesome_list_dev.md', 'shared/awesome_list_dev.jsonl', 'markdown-list'],
];

describe.each(feeds)('%s', (_name, feed, gold, format) => {
  const text = readFileSync(fx(feed), 'utf8');
  const result = parseFeed(text);
  const s = score(result, readGold(fx(gold)));
  it(`is detected as ${format}`, () => expect(result.format).toBe(format));
  it('finds every paper and nothing else', () => {
    expect(s.missing).toEqual([]);
    expect(s.extra).toEqual([]);
  });
  it('gets the abstracts exactly', () => expect(s.wrongAbstracts).toEqual([]));
  it('finds the URLs (F1 >= 0.95)', () => expect(s.urlsF1).toBeGreaterThanOrEqual(0.95));
  it('reads the same with CRLF line endings and a BOM', () => {
    const crlf = parseFeed('\ufeff' + text.split('\n').join('\r\n'));
    expect(crlf.format).toBe(format);
    expect(crlf.papers.map((p) => p.title)).toEqual(result.papers.map((p) => p.title));
    expect(crlf.papers.map((p) => p.abstract)).toEqual(result.papers.map((p) => p.abstract));
  });
});
