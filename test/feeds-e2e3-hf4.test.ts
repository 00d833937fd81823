// Third end-to-end blind set, Hugging Face side (fixtures/e2e3/SOURCES-hf4.md): a real 2026 "Trending Papers"
// page converted to markdown by a `structured-html-v2` extractor (a capture header list, `<a id="source-section-N">`
// anchors, every card shown twice in two layouts, Chinese image placeholders `[图片：无替代文本]`, `Submitted by` and
// user lines, an organisation link with `· Published on DATE` on the same line, `[Upvote\n\nN](…)`,
// `[GitHub N](…) [arXiv Page](…)`, two titles wrapped inside the link text). Labelled by hand under the shared
// annotation contract BEFORE the library was run on it (gold in the shared JSONL format).
//
// Blind result (2026-11-27, parseFeed from source): papers 1, abstracts exact 1, urls 1, datasets 1, metrics 0.4,
// topics 0.83. The reader already read the cards; the fixes after it (src/feeds/hf-markdown.ts) are about what
// is not scored: the date on an organisation line (`[[logo] Lab](…/lab) · Published on Oct 4, 2026`) was lost, and
// the second layout's abstract of every card was reported as unread text (a warning each).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { fieldScores, given, paperKey, readLines } from './helpers/e2e.js';
import { readGold, score } from './helpers/score.js';

const fx = (name: string) => new URL(`../fixtures/e2e3/${name}`, import.meta.url);
const src = readFileSync(fx('hf_trending_structured_2026.md'), 'utf8');
const goldUrl = fx('hf_trending_structured_2026.jsonl');

const lines = readLines(goldUrl);

describe('HF "Trending Papers" 2026, structured-html-v2 markdown (anchors, cards twice, `[图片：…]` placeholders)', () => {
  const r = parseFeed(src);
  const s = score(r, readGold(goldUrl));

  it('reads the capture as hf-markdown, and the same with CRLF line endings and a BOM', () => {
    expect(r.format).toBe('hf-markdown');
    const crlf = parseFeed('\ufeff' + src.split('\n').join('\r\n'));
    expect(paperKey(crlf)).toBe(paperKey(r));
  });

  it('finds the 11 papers once each (two layouts per card), titles joined where the link text wraps', () => {
    expect(s.missing).toEqual([]);
    expect(s.extra).toEqual([]);
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => /papers\/(\d{4}\.\d{5})/.exec(g.urls[0]!)![1]));
    expect(r.papers.find((p) => p.arxivId === '2309.06180')!.title).toBe('Efficient Memory Management for Large Language Model Serving with PagedAttention');
    expect(r.stats.papers).toBe(11);
    expect(r.diagnostics.find((d) => d.code === 'DUPLICATE_MERGED')?.message).toMatch(/^11 papers shown twice/);
  });

  it('takes each card\'s text as its abstract, once (not doubled by the second layout), a wrapped line joined', () => {
    expect(s.wrongAbstracts).toEqual([]);
    lines.forEach((g, i) => expect(r.papers[i]!.abstract).toBe(g.abstract));
    expect(r.papers[1]!.abstract).toContain('Edge0 serves a 35B MoE');
  });

  it('lists the paper page, the `[GitHub N]` repository and the `[arXiv Page]`; no log-in, profile or thumbnail link (urls F1 1)', () => {
    expect(fieldScores(r.papers, lines).urls).toBe(1);
    for (const p of r.papers) {
      for (const u of p.urls) expect(u.url).not.toMatch(/login\?next|huggingface\.co\/(?!papers\/)/);
      expect(p.code?.url).toMatch(/^https:\/\/github\.com\//);
    }
  });

  it('page furniture is no paper and no part of one: header list, anchors, `Submitted by`, user names, placeholders, counts', () => {
    const all = JSON.stringify(r.papers.map((p) => [p.title, p.abstract, p.authors]));
    for (const w of ['source-section', '图片', 'Submitted by', 'vvasilev', 'Upvote', 'authors', 'Trending Papers', 'Subscribe']) expect(all).not.toContain(w);
    expect(r.papers.every((p) => p.authors.length === 0)).toBe(true);
  });

  it('reads the date from `· Published on …` whether it stands alone or follows an organisation link', () => {
    expect(r.papers.map((p) => p.date?.iso)).toEqual([
      '2026-10-04', '2026-09-16', '2024-12-28', '2026-09-04', '2026-09-27', '2023-09-12', '2024-07-23', '2025-10-25', '2025-08-02', '2026-09-27', '2026-10-02',
    ]);
  });

  it('the second layout of a card is read as part of its paper: no unread-text warning, no text of a card left unclaimed', () => {
    expect(r.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    const unread = r.diagnostics.filter((d) => d.code === 'UNCLAIMED_TEXT');
    // only the page's own header, headings and the capture's field list before the first card
    for (const d of unread) expect(d.start).toBeLessThan(src.indexOf('### ['));
    // each paper's source covers both its cards and stops where the next paper's card begins
    for (let i = 1; i < r.papers.length; i++) expect(r.papers[i]!.source!.start).toBeGreaterThanOrEqual(r.papers[i - 1]!.source!.end);
  });

  it('reads the same papers with the placeholders in another language, without the anchors, and with one layout only', () => {
    const english = parseFeed(src.replace(/图片：无替代文本/g, 'image: no alt text').replace(/\[图片：([^\]]+)\]/g, '[image: $1]'));
    expect(paperKey(english)).toBe(paperKey(r));
    const noAnchors = parseFeed(src.replace(/<a id="source-section-\d+"><\/a>\n/g, ''));
    expect(paperKey(noAnchors)).toBe(paperKey(r));
    // the first layout of each card only (the second layout's cards are those whose date line has no `Published on`)
    const cards = src.split(/(?=\n(?:\[\[图片：无替代文本\]\]\(https:\/\/huggingface\.co\/papers\/[^)]*\)\n\n)?Submitted by\n|\n\[\[图片：无替代文本\]\]\(https:\/\/huggingface\.co\/papers\/[^)]*\)\n\n\n<a id)/);
    const first = cards.filter((c) => !/\n· [A-Z][a-z]{2} \d{1,2}, \d{4}\n| · [A-Z][a-z]{2} \d{1,2}, \d{4}\n/.test(c)).join('');
    const once = parseFeed(first);
    expect(once.papers.map((p) => p.title)).toEqual(r.papers.map((p) => p.title));
    expect(once.papers.map((p) => p.abstract)).toEqual(r.papers.map((p) => p.abstract));
  });

  it('the reader adds no noise: the field figures equal those with the segmentation given', () => {
    const read = fieldScores(r.papers, lines);
    const g = fieldScores(given(lines), lines);
    expect(read.datasets).toBeGreaterThanOrEqual(g.datasets);
    expect(read.metrics).toBeGreaterThanOrEqual(g.metrics);
    expect(read.topics).toBeGreaterThanOrEqual(g.topics - 1e-9);
  });

  it("with the segmentation given, the extractors reach today's figures (datasets 1, metrics 0.4, topics 0.83)", () => {
    const f = fieldScores(given(lines), lines);
    expect(f.urls).toBe(1);
    expect(f.datasets).toBe(1);
    expect(f.metrics).toBeGreaterThanOrEqual(0.39);
    expect(f.topics).toBeGreaterThanOrEqual(0.8);
  });

  // Left to the extractors (not this reader): `20tok/s` is not read as a throughput, `19.5GB at 4-bit` (a model's
  // size) is read as `sparsity=19.5` and `a single 24GB machine` as `memory=24`; topics miss `multimodal-learning`
  // for joint text-to-audio-video generation and `neural-fields` for 4D scene reconstruction, and add
  // `distribution-shift` (VisionHOPE, Raven), `transfer-learning` (Kronos) and `parameter-efficient-finetuning` (a LoRA used for recovery).
  it.todo('metrics: `20tok/s` is a throughput; a model size (`19.5GB at 4-bit`) and a machine (`24GB machine`) are no results');
});
