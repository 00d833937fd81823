// Property tests (fast-check) for every public function of src/index.ts: any string gives
// a result without throwing, the result validates against the exported schemas, every
// span slices its field (or the text given to an extractor) to its mention, and the same
// input gives the same output. The number of generated cases is printed at the end.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyzePaper,
  arxivAbsUrl,
  arxivIdFromUrl,
  classifyUrl,
  CodeStatusSchema,
  citationKeys,
  codeStatus,
  compileTaxonomy,
  DatasetMentionSchema,
  defaultTaxonomy,
  detectFormat,
  DiagnosticSchema,
  explainTopics,
  extractAbbreviations,
  extractDatasets,
  extractIdentifiers,
  extractMetrics,
  extractPaperDatasets,
  extractPaperMetrics,
  extractUrls,
  FeedResultSchema,
  formats,
  isPaperfeedError,
  latexToUnicode,
  LinkSchema,
  mergeFeeds,
  MetricSchema,
  PaperDateSchema,
  PaperSchema,
  parseDate,
  parseFeed,
  parseFeedStream,
  parseVenue,
  tagTopics,
  toBibTeX,
  toCslJson,
  toMarkdown,
  TopicTagSchema,
  urlKey,
  VenueSchema,
  type FeedResult,
  type Link,
  type Paper,
  type TopicTag,
} from '../src/index.js';

const RUNS = 300;
let cases = 0;
/** fc.assert with a case counter. */
function check<T>(prop: fc.IPropertyWithHooks<T> | fc.IProperty<T>, numRuns = RUNS): void {
  fc.assert(prop as fc.IProperty<T>, { numRuns });
  cases += numRuns;
}
afterAll(() => {
  console.log(`property cases run: ${cases}`);
});

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
// ML prose with mentions every extractor looks for.
const mlPieces = [
  ' ', '. ', ', ', '\n', 'FID of 2.51 on CIFAR-10', 'improves accuracy by 7.26%', 'top-1 accuracy 80.1%', 'mean IoU of 45.1 on ADE20K', 'BLEU +2.1', '3x faster',
  '45\\%', '\\url{https://github.com/a/b}', 'github.com/x/y.', 'https://arxiv.org/abs/2306.07353v2', 'doi:10.1145/3292500.3330701.', 'arXiv:2306.07353v2',
  'hep-th/9901001', 'ImageNet 64x64', 'CIFAR10', 'Code: https://github.com/a/b).', 'https://github.com/\n  a/b', 'www.example.com', 'You.com',
  'diffusion models', 'Neural Radiance Field (NeRF)', 'NeRF', 'reinforcement learning', 'large language models', 'graph neural networks', 'We propose',
  'Accepted at NeurIPS 2023', 'ICLR 2024 (oral)', 'code will be released', 'Published on Mar 13, 2025', 'Thu, 8 Jun 2023 18:04:13 GMT', '(', ')',
  'user@example.org', '\u00a0',
];
const feedish = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })), { maxLength: 40 }).map((a) => a.join(''));
const mlText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...mlPieces) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength: 30 }).map((a) => a.join(''));
const anyText = fc.oneof(feedish, mlText, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));
const sections = fc.option(fc.array(fc.oneof(fc.constantFrom('Diffusion Models', 'Reinforcement Learning', 'Computer Vision', '2018'), fc.string({ maxLength: 20 })), { maxLength: 3 }), { nil: undefined });
const topicOptions = fc.option(fc.record({ threshold: fc.double({ min: 0, max: 1, noNaN: true }), maxTags: fc.integer({ min: 1, max: 8 }), includeParents: fc.boolean() }, { requiredKeys: [] }), { nil: undefined });

const bare = (url: string) => url.replace(/^(?:https?:\/\/|mailto:)/, '').replace(/\s+/g, '');

/** A link's span slices to its address as written (scheme-less or wrapped forms allowed; LaTeX escapes and zero-width spaces undone). */
function checkLinkMention(l: Link, field: string): void {
  expect(l.span).toBeDefined();
  const m = field.slice(l.span!.start, l.span!.end).replace(/\\([_%#&~$])/g, '$1').replace(/[\u200b\u2060\ufeff]/g, '');
  expect(l.span!.end).toBeLessThanOrEqual(field.length);
  expect(m === l.url || m.replace(/\s+/g, '').includes(bare(l.url))).toBe(true);
}

/** Evidence of a tag slices its field: title, abstract, text, or `sections.join(' > ')`. */
function checkEvidence(tags: readonly TopicTag[], fieldText: (f: string) => string | undefined): void {
  for (const t of tags) {
    for (const ev of t.evidence) {
      const f = fieldText(ev.field);
      expect(typeof f).toBe('string');
      expect(ev.start).toBeLessThan(ev.end);
      expect(ev.end).toBeLessThanOrEqual(f!.length);
    }
  }
}

/** Every span of a paper slices its field to its mention. */
function checkPaperSpans(p: Paper): void {
  const fields = p as unknown as Record<string, unknown>;
  const field = (name: string): string => {
    const v = name === 'section' ? p.sections?.join(' > ') : fields[name];
    expect(typeof v).toBe('string');
    return v as string;
  };
  for (const d of p.datasets) {
    for (const s of d.spans) {
      const f = field(s.field);
      expect(s.end).toBeLessThanOrEqual(f.length);
      expect(f.slice(s.start, s.end).length).toBeGreaterThan(0);
    }
    const first = d.spans[0]!;
    expect(field(first.field).slice(first.start, first.end)).toBe(d.mention);
  }
  for (const m of p.metrics) expect(field(m.span.field).slice(m.span.start, m.span.end)).toBe(m.text);
  for (const l of p.urls) if (l.span) checkLinkMention(l, field(l.span.field));
  checkEvidence(p.topics, (f) => field(f));
}

/** 1-based line/column of an offset (LF, CRLF, CR). */
function lineColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return [line, offset - start + 1];
}

function checkFeed(text: string, r: FeedResult): void {
  const v = FeedResultSchema.safeParse(r);
  expect(v.success).toBe(true);
  for (const p of r.papers) {
    checkPaperSpans(p);
    expect(p.source!.end).toBeLessThanOrEqual(text.length);
    expect(p.source!.start).toBeLessThanOrEqual(p.source!.end);
  }
  for (const d of r.diagnostics) {
    expect(DiagnosticSchema.safeParse(d).success).toBe(true);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect([d.line, d.column]).toEqual(lineColumn(text, d.start));
  }
  expect(r.stats.inputLength).toBe(text.length);
  expect(r.stats.papers).toBe(r.papers.length);
}

describe('properties', () => {
  it('parseFeed: any string gives a valid, deterministic result', () => {
    check(
      fc.property(anyText, (text) => {
        const a = parseFeed(text);
        checkFeed(text, a);
        expect(parseFeed(text)).toEqual(a);
      }),
    );
  });

  it('parseFeed: any string with any forced format and options', () => {
    check(
      fc.property(anyText, fc.constantFrom('auto', ...formats), fc.boolean(), fc.boolean(), topicOptions, (text, format, dedupe, emails, topics) => {
        const opts = { format, dedupe, emails, ...(topics ? { topics } : {}) };
        const a = parseFeed(text, opts);
        checkFeed(text, a);
        if (format !== 'auto') expect(a.format === format || a.format === 'empty').toBe(true);
        expect(parseFeed(text, opts)).toEqual(a);
      }),
      RUNS * 2,
    );
  });

  it('parseFeedStream: any chunking of the bytes gives the papers of parseFeed', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }), fc.boolean(), async (text, sizes, asBytes) => {
        const bytes = new TextEncoder().encode(text);
        const decoded = new TextDecoder().decode(bytes);
        const chunks: (string | Uint8Array)[] = [];
        const source = asBytes ? bytes : decoded;
        for (let i = 0, k = 0; i < source.length; k++) {
          const n = sizes[k % sizes.length]!;
          chunks.push(source.slice(i, i + n));
          i += n;
        }
        async function* gen() {
          yield* chunks;
        }
        const papers: Paper[] = [];
        for await (const p of parseFeedStream(gen())) papers.push(p);
        expect(papers).toEqual(parseFeed(decoded).papers);
      }),
      { numRuns: 100 },
    );
    cases += 100;
  });

  it('analyzePaper: any record gives a valid paper with spans that slice', () => {
    check(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), fc.option(mlText, { nil: undefined }), sections, fc.array(fc.oneof(anyText, fc.constantFrom('https://github.com/a/b', 'https://arxiv.org/pdf/2306.07353v2')), { maxLength: 3 }), (title, abstract, comments, secs, links) => {
        const input = { title, abstract, comments, sections: secs, links, authors: ['A. Author'] };
        const p = analyzePaper(input);
        expect(PaperSchema.safeParse(p).success).toBe(true);
        checkPaperSpans(p);
        expect(analyzePaper(input)).toEqual(p);
      }),
    );
  });

  it('extractUrls: links validate and slice the text to the address; deterministic', () => {
    check(
      fc.property(anyText, fc.boolean(), (text, emails) => {
        const links = extractUrls(text, { emails });
        for (const l of links) {
          expect(LinkSchema.safeParse(l).success).toBe(true);
          expect(l.span!.field).toBe('text');
          checkLinkMention(l, text);
          if (!emails) expect(l.kind).not.toBe('email');
          expect(classifyUrl(l.url).kind).toBe(l.kind);
        }
        expect(extractUrls(text, { emails })).toEqual(links);
      }),
    );
  });

  it('classifyUrl, urlKey, arxivIdFromUrl, arxivAbsUrl: any string', () => {
    check(
      fc.property(fc.oneof(anyText, fc.webUrl(), fc.constantFrom('https://arxiv.org/abs/2306.07353v2', 'arxiv.org/pdf/hep-th/9901001', 'https://huggingface.co/papers/2306.07353')), (url) => {
        const c = classifyUrl(url);
        expect(LinkSchema.shape.kind.safeParse(c.kind).success).toBe(true);
        expect(typeof urlKey(url)).toBe('string');
        expect(urlKey(url)).toBe(urlKey(url));
        const a = arxivIdFromUrl(url);
        if (a) {
          expect(a.id.length).toBeGreaterThan(0);
          expect(arxivAbsUrl(a.id)).toBe(`https://arxiv.org/abs/${a.id}`);
          expect(arxivIdFromUrl(arxivAbsUrl(a.id))?.id).toBe(a.id);
        }
        expect(classifyUrl(url)).toEqual(c);
      }),
    );
  });

  it('extractIdentifiers: arXiv ids and DOIs slice the text to their mention', () => {
    check(
      fc.property(anyText, (text) => {
        const ids = extractIdentifiers(text);
        for (const a of ids.arxiv) {
          expect(a.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(a.span.start, a.span.end).toLowerCase()).toContain(a.id.toLowerCase());
          if (a.version !== undefined) expect(a.version).toBeGreaterThan(0);
        }
        for (const d of ids.dois) expect(text.slice(d.span.start, d.span.end).toLowerCase()).toBe(d.doi);
        expect(extractIdentifiers(text)).toEqual(ids);
      }),
    );
  });

  it('extractDatasets: mentions validate; the first span slices to the mention', () => {
    check(
      fc.property(anyText, (text) => {
        const ds = extractDatasets(text);
        for (const d of ds) {
          expect(DatasetMentionSchema.safeParse(d).success).toBe(true);
          for (const s of d.spans) {
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
          }
          expect(text.slice(d.spans[0]!.start, d.spans[0]!.end)).toBe(d.mention);
        }
        expect(extractDatasets(text)).toEqual(ds);
      }),
    );
  });

  it('extractMetrics: metrics validate; the span slices to the metric text', () => {
    check(
      fc.property(anyText, (text) => {
        const ms = extractMetrics(text);
        for (const m of ms) {
          expect(MetricSchema.safeParse(m).success).toBe(true);
          expect(Number.isFinite(m.value)).toBe(true);
          expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
        }
        expect(extractMetrics(text)).toEqual(ms);
      }),
    );
  });

  it('tagTopics / explainTopics: tags validate; evidence slices its field (sections joined with " > ")', () => {
    check(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), sections, topicOptions, fc.boolean(), (title, abstract, secs, options, asString) => {
        const input = asString ? title : { title, abstract, sections: secs };
        const tags = tagTopics(input, options);
        for (const t of tags) expect(TopicTagSchema.safeParse(t).success).toBe(true);
        const field = (f: string) => (asString ? (f === 'text' ? title : undefined) : f === 'title' ? title : f === 'abstract' ? abstract : f === 'section' ? secs?.join(' > ') : undefined);
        checkEvidence(tags, field);
        const ex = explainTopics(input, options);
        expect(ex.tags).toEqual(tags);
        checkEvidence(ex.candidates as TopicTag[], field);
        for (const c of ex.candidates) expect(c.score).toBeGreaterThanOrEqual(0);
        expect(tagTopics(input, options)).toEqual(tags);
      }),
    );
  });

  it('extractAbbreviations: short and long forms slice the text', () => {
    check(
      fc.property(anyText, (text) => {
        const abbr = extractAbbreviations(text);
        for (const a of abbr) {
          expect(text.slice(a.start, a.end)).toBe(a.short);
          expect(text.slice(a.longStart, a.longEnd)).toBe(a.long);
        }
        expect(extractAbbreviations(text)).toEqual(abbr);
      }),
    );
  });

  it('parseVenue, parseDate, codeStatus: any string gives a valid result or none', () => {
    check(
      fc.property(anyText, fc.boolean(), (text, journalRef) => {
        const v = parseVenue(text, { journalRef });
        if (v !== undefined) expect(VenueSchema.safeParse(v).success).toBe(true);
        expect(parseVenue(text, { journalRef })).toEqual(v);
        const d = parseDate(text);
        if (d !== undefined) expect(PaperDateSchema.safeParse(d).success).toBe(true);
        expect(parseDate(text)).toEqual(d);
        const c = codeStatus(extractUrls(text), text);
        expect(CodeStatusSchema.safeParse(c).success).toBe(true);
        expect(codeStatus(extractUrls(text), text)).toEqual(c);
      }),
    );
  });

  it('detectFormat: a confidence in 0..1 for every format, best first', () => {
    check(
      fc.property(anyText, (text) => {
        const d = detectFormat(text);
        expect(d.candidates.map((c) => c.format).sort()).toEqual([...formats].sort());
        for (let i = 0; i < d.candidates.length; i++) {
          const c = d.candidates[i]!.confidence;
          expect(c >= 0 && c <= 1).toBe(true);
          if (i > 0) expect(c).toBeLessThanOrEqual(d.candidates[i - 1]!.confidence);
        }
        expect(d.format).toBe(d.candidates[0]!.format);
        expect(detectFormat(text)).toEqual(d);
      }),
    );
  });

  it('extractPaperDatasets / extractPaperMetrics: spans slice the title or abstract', () => {
    check(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), (title, abstract) => {
        const paper = { title, abstract };
        const fieldOf = (f: string) => (f === 'title' ? title : f === 'abstract' ? abstract : undefined);
        const ds = extractPaperDatasets(paper);
        for (const d of ds) {
          expect(DatasetMentionSchema.safeParse(d).success).toBe(true);
          for (const sp of d.spans) expect(fieldOf(sp.field)!.slice(sp.start, sp.end).length).toBeGreaterThan(0);
          expect(fieldOf(d.spans[0]!.field)!.slice(d.spans[0]!.start, d.spans[0]!.end)).toBe(d.mention);
        }
        const ms = extractPaperMetrics(paper);
        for (const m of ms) {
          expect(MetricSchema.safeParse(m).success).toBe(true);
          expect(fieldOf(m.span.field)!.slice(m.span.start, m.span.end)).toBe(m.text);
        }
        expect(extractPaperDatasets(paper)).toEqual(ds);
        expect(extractPaperMetrics(paper)).toEqual(ms);
      }),
    );
  });

  it('latexToUnicode: any string gives a string, deterministic', () => {
    check(
      fc.property(fc.oneof(anyText, fc.constantFrom('\\"o', "{\\'e}", '\\c{c}', '$\\alpha$', '45\\%', '\\url{x}', '{', '}', '\\')), (text) => {
        const u = latexToUnicode(text);
        expect(typeof u).toBe('string');
        expect(latexToUnicode(text)).toBe(u);
      }),
    );
  });

  it('compileTaxonomy: any value compiles or throws INVALID_TAXONOMY (never another error)', () => {
    expect(() => compileTaxonomy(defaultTaxonomy)).not.toThrow();
    const term = fc.oneof(fc.string({ maxLength: 12 }), fc.record({ t: fc.string({ maxLength: 12 }), w: fc.oneof(fc.double({ min: -1, max: 12 }), fc.constant(undefined)) }, { requiredKeys: ['t'] }), fc.anything());
    const topic = fc.record(
      { id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string({ maxLength: 6 })), label: fc.string({ maxLength: 8 }), parent: fc.oneof(fc.constantFrom('a', 'b', 'zz'), fc.constant(null)), terms: fc.array(term, { maxLength: 4 }), negative: fc.array(term, { maxLength: 2 }) },
      { requiredKeys: ['id', 'label', 'terms'] },
    );
    check(
      fc.property(fc.oneof(fc.array(topic, { maxLength: 4 }), fc.anything()), (value) => {
        try {
          compileTaxonomy(value as never);
        } catch (e) {
          expect(isPaperfeedError(e) && e.code).toBe('INVALID_TAXONOMY');
        }
      }),
    );
  });

  it('mergeFeeds, toBibTeX, toCslJson, toMarkdown, citationKeys: any papers give valid, deterministic output', () => {
    check(
      fc.property(anyText, anyText, fc.array(fc.record({ title: mlText, abstract: fc.option(mlText, { nil: undefined }) }), { maxLength: 3 }), (a, b, records) => {
        const ra = parseFeed(a);
        const rb = parseFeed(b);
        const merged = mergeFeeds(ra, rb, records.map((r) => analyzePaper(r)));
        expect(FeedResultSchema.safeParse(merged).success).toBe(true);
        expect(merged.papers.length).toBeLessThanOrEqual(ra.papers.length + rb.papers.length + records.length);
        expect(mergeFeeds(ra, rb, records.map((r) => analyzePaper(r)))).toEqual(merged);
        const papers = merged.papers;
        expect(typeof toBibTeX(papers)).toBe('string');
        expect(Array.isArray(toCslJson(papers))).toBe(true);
        expect(toCslJson(papers)).toHaveLength(papers.length);
        expect(typeof toMarkdown(papers)).toBe('string');
        const keys = citationKeys(papers);
        expect(keys).toHaveLength(papers.length);
        expect(new Set(keys).size).toBe(keys.length);
        expect(toBibTeX(papers)).toBe(toBibTeX(papers));
      }),
      RUNS / 2,
    );
  });

  it('isPaperfeedError: false for any value that is not one, never throws', () => {
    check(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true }), (v) => {
        expect(isPaperfeedError(v)).toBe(false);
      }),
    );
  });
});
