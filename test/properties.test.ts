// Property tests (fast-check) for every public function: any string gives a result
// without throwing, the result validates against the exported schemas, every span
// slices its field to its mention, and the same input gives the same output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzePaper,
  detectFormat,
  extractAbbreviations,
  extractDatasets,
  extractIdentifiers,
  extractMetrics,
  extractUrls,
  FeedResultSchema,
  LinkSchema,
  MetricSchema,
  DatasetMentionSchema,
  PaperSchema,
  parseFeed,
  tagTopics,
  TopicTagSchema,
  type Paper,
} from '../src/index.js';

const RUNS = 150;

// Strings that look like feed text: fragments of every format glued at random.
const pieces = [
  '\n', '\n\n', ' ', '\\\\\n', '---', '------------------------------------------------------------------------------\n',
  'arXiv:2306.07353v2', 'Title: A Study\n', 'Authors: A, B and C\n', 'Categories: cs.LG\n', 'Date: Thu, 8 Jun 2023 18:04:13 GMT   (27kb)\n',
  '### [Title](https://huggingface.co/papers/2306.07353)\n', '[117](https://huggingface.co/login?next=%2Fpapers)', '- [Paper](https://arxiv.org/abs/2301.00001)\n',
  '**Bold Title** \\\n', '<entry><title>T</title><summary>S</summary></entry>', '<?xml version="1.0"?><feed>', '[{"title":"x","summary":"y"}]', '{"title": ',
  'FID of 2.51 on CIFAR-10', 'improves accuracy by 7.26%', '3x faster', '45\\%', '\\url{https://github.com/a/b}', 'github.com/x/y.', 'model.py',
  'Neural Radiance Field (NeRF)', 'diffusion models', 'catastrophic forgetting', 'Mar 13', 'Subscribe', '(', ')', '[', ']', '*', '_', '`', '>', '#', '|',
  '\u0000', '\ud800', '\ufeff', '\r\n', '\r', '\u00a0', 'مرحبا', 'שלום', '日本語', '😀', '1.2.3.4', '$x^2$',
];
const feedish = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(feedish, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));

function checkSpans(p: Paper): void {
  const fields = p as unknown as Record<string, unknown>;
  const slice = (field: string, s: number, e: number) => {
    const v = fields[field];
    expect(typeof v).toBe('string');
    expect(e).toBeLessThanOrEqual((v as string).length);
    expect(s).toBeLessThanOrEqual(e);
    return (v as string).slice(s, e);
  };
  for (const d of p.datasets) for (const s of d.spans) expect(slice(s.field, s.start, s.end).length).toBeGreaterThan(0);
  for (const m of p.metrics) slice(m.span.field, m.span.start, m.span.end);
  for (const l of p.urls) if (l.span) slice(l.span.field, l.span.start, l.span.end);
  for (const t of p.topics) for (const ev of t.evidence) if (ev.field !== 'section') slice(ev.field, ev.start, ev.end);
}

describe('properties', () => {
  it('parseFeed: any string gives a valid, deterministic result', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = parseFeed(text);
        expect(FeedResultSchema.safeParse(a).success).toBe(true);
        for (const p of a.papers) checkSpans(p);
        expect(parseFeed(text)).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });

  it('analyzePaper: any title and abstract give a valid paper with spans that slice', () => {
    fc.assert(
      fc.property(anyText, anyText, (title, abstract) => {
        const p = analyzePaper({ title, abstract });
        const r = PaperSchema.safeParse(p);
        expect(r.success).toBe(true);
        checkSpans(p);
        expect(analyzePaper({ title, abstract })).toEqual(p);
      }),
      { numRuns: RUNS },
    );
  });

  it('extractors: spans slice the given text; records validate', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const l of extractUrls(text)) {
          expect(LinkSchema.safeParse(l).success).toBe(true);
          expect(l.span!.end).toBeLessThanOrEqual(text.length);
        }
        for (const d of extractDatasets(text)) {
          expect(DatasetMentionSchema.safeParse(d).success).toBe(true);
          for (const s of d.spans) expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
        }
        for (const m of extractMetrics(text)) {
          expect(MetricSchema.safeParse(m).success).toBe(true);
          expect(m.span.end).toBeLessThanOrEqual(text.length);
        }
        for (const t of tagTopics(text)) expect(TopicTagSchema.safeParse(t).success).toBe(true);
        const ids = extractIdentifiers(text);
        for (const a of ids.arxiv) expect(text.slice(a.span.start, a.span.end)).toContain(a.id.slice(0, 4));
        for (const a of extractAbbreviations(text)) expect(text.slice(a.start, a.end)).toBe(a.short);
        const d = detectFormat(text);
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        expect(extractUrls(text)).toEqual(extractUrls(text));
        expect(extractMetrics(text)).toEqual(extractMetrics(text));
      }),
      { numRuns: RUNS },
    );
  });
});
