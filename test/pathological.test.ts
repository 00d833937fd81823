// Pathological inputs: every one goes through parseFeed with every forced format (and
// auto-detection) and through each public extractor, and each returns a valid result.
// No timing assertions here: speed and linear growth belong to the benchmark
// (bench/run.mjs); these tests only say that nothing throws, hangs for ever or
// overflows the stack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzePaper,
  arxivIdFromUrl,
  classifyUrl,
  codeStatus,
  DatasetMentionSchema,
  detectFormat,
  explainTopics,
  extractAbbreviations,
  extractDatasets,
  extractIdentifiers,
  extractMetrics,
  extractPaperDatasets,
  extractPaperMetrics,
  extractUrls,
  latexToUnicode,
  mergeFeeds,
  toBibTeX,
  toCslJson,
  toMarkdown,
  FeedResultSchema,
  formats,
  LinkSchema,
  MetricSchema,
  PaperSchema,
  parseDate,
  parseFeed,
  parseFeedStream,
  parseVenue,
  tagTopics,
  TopicTagSchema,
  urlKey,
} from '../src/index.js';
import { pathological, run } from './fixtures/pathological/inputs.js';

function checkFeedResult(text: string, format?: string): void {
  const r = parseFeed(text, format ? { format } : undefined);
  expect(FeedResultSchema.safeParse(r).success).toBe(true);
  if (!format) {
    // what consumers do next with the papers
    expect(FeedResultSchema.safeParse(mergeFeeds(r, r)).success).toBe(true);
    expect(typeof toBibTeX(r.papers)).toBe('string');
    expect(toCslJson(r.papers)).toHaveLength(r.papers.length);
    expect(typeof toMarkdown(r.papers)).toBe('string');
  }
  expect(r.stats.inputLength).toBe(text.length);
  for (const d of r.diagnostics) {
    expect(d.start).toBeLessThanOrEqual(text.length);
    expect(d.end).toBeLessThanOrEqual(text.length);
  }
}

function checkExtractors(text: string): void {
  for (const l of extractUrls(text)) expect(LinkSchema.safeParse(l).success).toBe(true);
  const ids = extractIdentifiers(text);
  expect(Array.isArray(ids.arxiv) && Array.isArray(ids.dois)).toBe(true);
  for (const d of extractDatasets(text)) expect(DatasetMentionSchema.safeParse(d).success).toBe(true);
  for (const m of extractMetrics(text)) expect(MetricSchema.safeParse(m).success).toBe(true);
  for (const t of tagTopics(text)) expect(TopicTagSchema.safeParse(t).success).toBe(true);
  const ex = explainTopics(text);
  expect(Array.isArray(ex.candidates)).toBe(true);
  expect(Array.isArray(extractAbbreviations(text))).toBe(true);
  expect(typeof latexToUnicode(text)).toBe('string');
  expect(Array.isArray(extractPaperDatasets({ title: text.slice(0, 2000), abstract: text }))).toBe(true);
  expect(Array.isArray(extractPaperMetrics({ title: text.slice(0, 2000), abstract: text }))).toBe(true);
  parseVenue(text);
  parseVenue(text, { journalRef: true });
  parseDate(text);
  expect(['available', 'promised', 'none']).toContain(codeStatus(extractUrls(text.slice(0, 10_000)), text).status);
  classifyUrl(text);
  urlKey(text);
  arxivIdFromUrl(text);
  const d = detectFormat(text);
  expect(d.confidence).toBeGreaterThanOrEqual(0);
  expect(d.confidence).toBeLessThanOrEqual(1);
  expect(PaperSchema.safeParse(analyzePaper({ title: text.slice(0, 2000), abstract: text, comments: text.slice(0, 2000) })).success).toBe(true);
  expect(PaperSchema.safeParse(analyzePaper({ title: text })).success).toBe(true);
}

describe('pathological inputs: parseFeed with every format', () => {
  it('covers every built-in format', () => expect(formats.length).toBeGreaterThanOrEqual(10));
  for (const [name, text] of pathological) {
    it(name, () => {
      checkFeedResult(text);
      for (const f of formats) checkFeedResult(text, f);
    }, 120_000);
  }
});

describe('pathological inputs: each extractor', () => {
  for (const [name, text] of pathological) {
    it(name, () => checkExtractors(text), 120_000);
  }
});

describe('pathological inputs: parseFeedStream', () => {
  it('reads split surrogate pairs, BOMs and CRLF split across chunks', async () => {
    const text = `\ufeffTitle: 😀 paper\r\nAn abstract about diffusion models.\r\n`;
    const bytes = new TextEncoder().encode(text);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.slice(i, i + 3);
    }
    const papers = [];
    for await (const p of parseFeedStream(chunks())) papers.push(p);
    const direct = parseFeed(new TextDecoder().decode(bytes)).papers;
    expect(papers).toEqual(direct);
  });
  it('reads a 1 MB line in 1-byte-ish chunks of garbage', async () => {
    async function* chunks() {
      for (let i = 0; i < 200; i++) yield run('\u0000[(*_', 5000);
    }
    let n = 0;
    for await (const _ of parseFeedStream(chunks())) n++;
    expect(n).toBeGreaterThanOrEqual(0);
  });
});

describe('pathological inputs: random mixtures of the hostile pieces', () => {
  const piece = fc.constantFrom('(', ')', '[', ']', '*', '_', '`', '>', '-', '1.', '.', 'http://', '\u0000', '\ud800', '\udc00', '\ufeff', '\r\n', '\r', '\n', 'مرحبا', '> ', '- ', '1. ', '<entry>', '{"title":', '#');
  it('any concatenation of long runs returns a result', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 3000 })), { maxLength: 8 }), (parts) => {
        const text = parts.map(([p, n]) => p.repeat(n)).join('');
        checkFeedResult(text);
        checkExtractors(text);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
