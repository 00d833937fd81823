// Pastes of several feeds: the text detection's reader leaves alone is read as a feed of
// its own when it plainly is one (src/parse.ts, readLeftovers).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';

const fx = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const digest = fx('shared/arxiv_digest_dev.txt');
const listing = fx('shared/arxiv_listing_dev.txt');
const hfText = fx('hf/daily.txt');
const rss = fx('arxiv/rss2.xml');
const jsonLines = fx('json/papers.jsonl');
const titles = (t: string) => parseFeed(t).papers.map((p) => p.title);

describe('a paste of two feeds of different formats', () => {
  it.each([
    ['arXiv digest then HF page text', digest, hfText],
    ['RSS then arXiv listing', rss, listing],
    ['JSON Lines then arXiv digest', jsonLines, digest],
  ])('%s: every paper of both, each from its own part with its own format', (_, first, second) => {
    const text = `${first}\n\n${second}`;
    const alone = [...titles(first), ...titles(second)];
    const r = parseFeed(text);
    expect(r.papers.map((p) => p.title).sort()).toEqual([...new Set(alone)].sort());
    const firstFormat = parseFeed(first).format;
    const secondFormat = parseFeed(second).format;
    // the format detection picks for the whole; the other part is read as a leftover
    expect([firstFormat, secondFormat]).toContain(r.format);
    expect(new Set(r.papers.map((p) => p.source!.format))).toEqual(new Set([firstFormat, secondFormat]));
    for (const p of r.papers) {
      const inSecond = p.source!.start >= first.length;
      expect(p.source!.format).toBe(inSecond ? secondFormat : firstFormat);
      // spans point into the whole text, at the paper's own words
      expect(text.slice(p.source!.start, p.source!.end)).toContain(p.title.split(' ')[0]);
    }
  });

  it('does not read the other part when the format is given', () => {
    const r = parseFeed(`${digest}\n\n${hfText}`, { format: 'arxiv-digest' });
    expect(r.papers.length).toBe(parseFeed(digest).papers.length);
  });

  it('leaves long prose after a feed to the UNCLAIMED_TEXT report', () => {
    const prose = Array.from({ length: 30 }, (_, i) => `This is remark number ${i} about the papers above, written as plain prose by a reader.`).join(' ');
    const r = parseFeed(`${listing}\n\n${prose}\n`);
    expect(r.papers.length).toBe(parseFeed(listing).papers.length);
    expect(r.diagnostics.some((d) => d.code === 'UNCLAIMED_TEXT' && d.start > listing.length)).toBe(true);
  });

  it('takes nothing from a second layout of the same papers (nothing new to read)', () => {
    // the page lists its papers twice; the reader reads the first layout only
    const page = fx('hf/trending.md');
    const auto = parseFeed(page);
    const given = parseFeed(page, { format: 'hf-markdown' });
    expect(auto.papers).toEqual(given.papers);
    expect(auto.diagnostics).toEqual(given.diagnostics);
  });

  it('takes no paper from a list of related papers under a paper page (titles and links, no abstracts)', () => {
    const page = fx('hf/paper-page.md');
    const related = Array.from({ length: 10 }, (_, i) => `*   [A Recommended Paper Number ${i} on Hallucination](https://huggingface.co/papers/2508.0${i}234) (2025)\n`).join('');
    const longer = page.replace(/(\*   \[Abstention Is All You Need\][^\n]*\n)/, `$1${related}`);
    expect(longer.length).toBeGreaterThan(page.length + 500);
    expect(parseFeed(longer).papers.map((p) => p.title)).toEqual(['Why Language Models Hallucinate']);
  });
});

describe('a detected reader that finds no entries', () => {
  const abs =
    'We study the effect of mini-batching on the loss landscape of deep neural networks using random matrix theory. We show that the extremal eigenvalues grow with batch size and derive learning-rate scaling rules for SGD and Adam.';
  it.each([
    ['a markdown link line over plain paragraphs', `- [Paper](https://arxiv.org/abs/2401.01234)\n\nLearning Rates as a Function of Batch Size\n\n${abs}\n`, 'markdown-list'],
  ])('hands %s to the generic reader, and says so', (_, text, looked) => {
    const r = parseFeed(text);
    expect(r.format).toBe('generic');
    expect(r.papers.map((p) => p.title)).toEqual(['Learning Rates as a Function of Batch Size']);
    expect(r.papers[0]!.abstract).toBe(abs);
    const d = r.diagnostics.filter((x) => x.code === 'UNRECOGNIZED_FORMAT');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain(looked);
    // with the format given, the reader's answer stands
    expect(parseFeed(text, { format: looked }).papers).toEqual([]);
  });

  it('leaves an empty XML or JSON feed empty (an arXiv RSS channel on a weekend)', () => {
    const rss = `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>cs.LG updates on arXiv.org</title><link>http://rss.arxiv.org/rss/cs.LG</link><description>cs.LG updates on the arXiv.org e-print archive.</description><skipDays><day>Saturday</day></skipDays></channel></rss>`;
    expect(parseFeed(rss)).toMatchObject({ format: 'rss', papers: [] });
    expect(parseFeed('{"papers": []}')).toMatchObject({ format: 'json', papers: [] });
  });
});
