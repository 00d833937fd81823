// mergeFeeds: one record per paper across feeds and formats (an arXiv digest entry, an
// HF markdown entry and an awesome-list entry of the same paper), provenance, versions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/parse.js';
import { analyzePaper } from '../src/analyze.js';
import { mergeFeeds, normalizeArxivId, normalizeDoi, titleKey, type MergedPaper } from '../src/merge.js';
import { FeedResultSchema, type FeedResult, type Paper } from '../src/schema/paper.js';

const fx = (name: string) => readFileSync(new URL(`./fixtures/records/${name}`, import.meta.url), 'utf8');
const DIGEST = parseFeed(fx('digest.txt'));
const HF = parseFeed(fx('hf.md'));
const LIST = parseFeed(fx('awesome.md'));

const feed = (papers: Paper[], format = 'json'): FeedResult => ({
  format,
  confidence: 1,
  papers,
  diagnostics: [],
  stats: { entries: papers.length, papers: papers.length, duplicatesMerged: 0, truncated: false, inputLength: 0 },
});
const rec = (input: Parameters<typeof analyzePaper>[0], format = 'json') => analyzePaper({ ...input, source: { format, start: 0, end: 1 } });
const byId = (r: FeedResult, id: string) => r.papers.find((p) => p.id === id) as MergedPaper;

describe('the fixtures read as three formats', () => {
  it('are a digest, an HF page and an awesome list', () => {
    expect([DIGEST.format, HF.format, LIST.format]).toEqual(['arxiv-digest', 'hf-markdown', 'markdown-list']);
    expect(DIGEST.papers.map((p) => p.arxivId)).toEqual(['2306.05999', '2306.06001']);
    expect(HF.papers.map((p) => p.arxivId)).toEqual(['2306.05999', '2306.07001']);
    expect(LIST.papers.map((p) => p.arxivId)).toEqual(['2306.05999', '2306.06001']);
  });
});

describe('mergeFeeds on one paper in three formats', () => {
  const m = mergeFeeds(DIGEST, HF, LIST);
  const sma = byId(m, '2306.05999');
  it('gives one record per paper', () => {
    expect(m.papers.map((p) => p.id)).toEqual(['2306.05999', '2306.06001', '2306.07001']);
    expect(m.format).toBe('merged');
  });
  it('counts the duplicates merged and keeps a valid FeedResult', () => {
    expect(m.stats).toMatchObject({ entries: 6, papers: 3, duplicatesMerged: 3, truncated: false });
    expect(FeedResultSchema.safeParse(m).success).toBe(true);
    expect(m.diagnostics.some((d) => d.code === 'DUPLICATE_MERGED')).toBe(true);
  });
  it('keeps each field’s best value with its provenance', () => {
    expect(sma.title).toBe('Sparse Mixture Adapters for Efficient Fine-Tuning of Vision Transformers');
    expect(sma.authors).toEqual(['Ana Sol\\`a', 'Jonas K\\"{a}hler', 'Wei Zhang']); // the digest's, as written
    expect(sma.authorsDisplay).toEqual(['Ana Solà', 'Jonas Kähler', 'Wei Zhang']);
    expect(sma.abstract).toMatch(/^We propose Sparse Mixture Adapters/);
    expect(sma.categories).toEqual(['cs.CV', 'cs.LG']);
    expect(sma.venue).toMatchObject({ name: 'ICCV', year: 2023, status: 'accepted' }); // the digest's Comments beat the list's bare ICCV'23
    expect(sma.arxivVersion).toBe(2); // the list links the v2 PDF
    expect(sma.provenance?.authors).toEqual({ feed: 0, format: 'arxiv-digest' });
    expect(sma.provenance?.venue).toEqual({ feed: 0, format: 'arxiv-digest' });
    expect(sma.provenance?.arxivVersion).toEqual({ feed: 2, format: 'markdown-list' });
    expect(sma.mergedFrom?.map((f) => f.format)).toEqual(['arxiv-digest', 'hf-markdown', 'markdown-list']);
  });
  it('keeps every distinct link once, spans only where they point into the merged text', () => {
    const urls = sma.urls.map((u) => u.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual(expect.arrayContaining(['https://github.com/asola/sma', 'https://huggingface.co/papers/2306.05999', 'https://arxiv.org/pdf/2306.05999v2.pdf']));
    for (const u of sma.urls) if (u.span) expect((sma[u.span.field as 'abstract'] ?? '').slice(u.span.start, u.span.end)).toBe(u.url);
    expect(sma.code).toEqual({ status: 'available', url: 'https://github.com/asola/sma' });
  });
  it('never merges on a shared link, and a list-only code claim yields to the paper that writes it', () => {
    const gr = byId(m, '2306.06001');
    expect(gr.title).toBe('Learning Graph Rewrites with Typed Attention');
    // the awesome list reuses asola/sma as this paper's [code]; the SMA abstract says it is SMA's
    expect(gr.code.status).toBe('none');
    expect(gr.urls.find((u) => u.url === 'https://github.com/asola/sma')?.role).toBe('unknown');
    expect(gr.urls.find((u) => u.url.includes('baseline-impl'))?.role).toBe('third-party-code');
    expect(gr.venue).toMatchObject({ name: 'NeurIPS', status: 'workshop' });
  });
  it('is idempotent: a feed merged with itself, or a merge merged again, adds nothing', () => {
    const twice = mergeFeeds(DIGEST, DIGEST);
    expect(twice.papers).toHaveLength(2);
    expect(twice.stats.duplicatesMerged).toBe(2);
    expect(mergeFeeds(m).papers.map((p) => p.id)).toEqual(m.papers.map((p) => p.id));
  });
  it('is the same whatever the order of the feeds (up to order)', () => {
    const r = mergeFeeds(LIST, HF, DIGEST);
    expect(r.papers.map((p) => p.id).sort()).toEqual(['2306.05999', '2306.06001', '2306.07001']);
    const s = byId(r, '2306.05999');
    expect(s.authors).toEqual(sma.authors);
    expect(s.venue).toEqual(sma.venue);
    expect(s.abstract).toBe(sma.abstract);
  });
});

describe('mergeFeeds identity rules', () => {
  const A = 'Attention Is All You Need';
  it('merges the same arXiv id across versions, the newer version updating the record', () => {
    const v1 = rec({ title: 'Old Title of a Paper on Graphs', abstract: 'First abstract.', arxivId: '2401.00001', arxivVersion: 1, authors: ['A B'] }, 'atom');
    const v2 = rec({ title: 'New Title of a Paper on Graphs', abstract: 'Second, revised abstract.', arxivId: '2401.00001', arxivVersion: 2, authors: ['A B'], comments: 'Accepted to ICLR 2025' }, 'arxiv-listing');
    const m = mergeFeeds(feed([v2]), feed([v1]));
    expect(m.papers).toHaveLength(1);
    const p = m.papers[0] as MergedPaper;
    expect(p).toMatchObject({ id: '2401.00001', arxivVersion: 2, title: 'New Title of a Paper on Graphs', abstract: 'Second, revised abstract.' });
    expect(p.venue?.name).toBe('ICLR');
    expect(m.stats.duplicatesMerged).toBe(1);
  });
  it('takes a newer version’s title even when that entry has no abstract (a replacement)', () => {
    const v1 = rec({ title: 'Graph Rewrites with Attention', abstract: 'We study rewrites.', arxivId: '2401.00002v1' }, 'arxiv-digest');
    const v3 = rec({ title: 'Typed Graph Rewrites with Attention', arxivId: '2401.00002', arxivVersion: 3, announceType: 'replace' }, 'arxiv-digest');
    const p = mergeFeeds(feed([v1]), feed([v3])).papers[0] as MergedPaper;
    expect(p.title).toBe('Typed Graph Rewrites with Attention');
    expect(p.abstract).toBe('We study rewrites.');
    expect(p.topics.every((t) => t.evidence.every((e) => e.field !== 'title'))).toBe(true);
  });
  it('merges the same DOI, case and resolver aside', () => {
    const a = rec({ title: 'A Study of Things in Journals', doi: '10.1000/ABC.123' });
    const b = rec({ title: 'A study of things in journals (extended)', doi: 'https://doi.org/10.1000/abc.123' });
    expect(mergeFeeds(feed([a]), feed([b])).papers).toHaveLength(1);
  });
  it('merges by normalised title when neither id conflicts', () => {
    const a = rec({ title: 'Attention Is All You Need', arxivId: '1706.03762' });
    const b = rec({ title: 'Attention is all you need.' }, 'markdown-list');
    const c = rec({ title: 'ATTENTION IS ALL YOU NEED', doi: '10.5555/3295222.3295349' });
    const m = mergeFeeds(feed([a]), feed([b]), feed([c]));
    expect(m.papers).toHaveLength(1);
    expect(m.papers[0]).toMatchObject({ arxivId: '1706.03762', doi: '10.5555/3295222.3295349', id: '1706.03762' });
  });
  it('keeps two papers apart when the same title has different ids', () => {
    const a = rec({ title: A, arxivId: '1706.03762' });
    const b = rec({ title: A, arxivId: '2501.99999' });
    expect(mergeFeeds(feed([a]), feed([b])).papers).toHaveLength(2);
    const c = rec({ title: A, doi: '10.1/x' });
    const d = rec({ title: A, doi: '10.1/y' });
    expect(mergeFeeds(feed([c, d])).papers).toHaveLength(2);
  });
  it('never merges on a shared link alone', () => {
    const a = rec({ title: 'One Paper About Sparse Adapters', links: ['https://github.com/org/shared'] }, 'markdown-list');
    const b = rec({ title: 'Another Paper About Token Merging', links: ['https://github.com/org/shared'] }, 'markdown-list');
    expect(mergeFeeds(feed([a, b])).papers).toHaveLength(2);
  });
  it('does not merge on short generic titles', () => {
    const a = rec({ title: 'Abstract' });
    const b = rec({ title: 'Abstract' });
    expect(mergeFeeds(feed([a]), feed([b])).papers).toHaveLength(2);
  });
  it('treats the arXiv DataCite DOI as the arXiv id', () => {
    const a = rec({ title: 'Sparse Mixture Adapters Again', arxivId: '2306.05999' });
    const b = rec({ title: 'Completely Different Title Text', doi: '10.48550/arXiv.2306.05999' });
    expect(mergeFeeds(feed([a]), feed([b])).papers).toHaveLength(1);
  });
  it('accepts plain paper arrays, nothing, and junk without throwing', () => {
    expect(mergeFeeds().papers).toEqual([]);
    expect(mergeFeeds([rec({ title: 'Only One Paper Here' })]).papers).toHaveLength(1);
    expect(() => mergeFeeds(null as never, {} as never, feed([{ title: 'x' } as never]))).not.toThrow();
  });
  it('normalises ids', () => {
    expect(normalizeArxivId('arXiv:2306.05999v3')).toBe('2306.05999');
    expect(normalizeArxivId('cs/0112017v1')).toBe('cs/0112017');
    expect(normalizeDoi('https://doi.org/10.1000/ABC')).toBe('10.1000/abc');
    expect(normalizeDoi('not a doi')).toBeUndefined();
    expect(titleKey('Attention Is All You Need!')).toBe(titleKey('attention is all you need'));
  });
});
