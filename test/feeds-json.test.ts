// The JSON / JSON Lines reader on the API shapes paper feeds come in (fixtures/json/, see its
// README): the HF daily-papers API and mirrors of it, Semantic Scholar, Papers with Code,
// OpenReview (v1 and v2), OpenAlex, Crossref; wrappers, JSONL, broken and cut input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invertedAbstract, jsonReader, stripTags } from '../src/feeds/json.js';
import { parseFeed } from '../src/index.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/json/${name}`, import.meta.url), 'utf8');

interface Expect {
  title: string;
  /** Start of the abstract (exact match of the first characters), or null for none. */
  abstract: string | null;
  summary?: string;
  arxivId?: string;
  doi?: string;
  /** Resource links, in order. */
  links: string[];
  authors?: string[];
}

const HALLUCINATE: Expect = {
  title: 'Why Language Models Hallucinate',
  abstract: 'Like students facing hard exam questions, large language models sometimes guess when uncertain, producing',
  summary: 'Language models hallucinate because training and evaluation reward guessing over acknowledging uncertainty.',
  arxivId: '2509.04664',
  links: ['https://openai.com/index/why-language-models-hallucinate/'],
  authors: ['Adam Tauman Kalai', 'Ofir Nachum', 'Santosh S. Vempala', 'Edwin Zhang'],
};
const KRONOS: Expect = {
  title: 'Kronos: A Foundation Model for the Language of Financial Markets',
  abstract: 'The success of large-scale pre-training paradigm',
  summary: 'Kronos is a pre-training framework for financial K-line data.',
  arxivId: '2508.02739',
  links: ['https://github.com/shiyu-coder/Kronos'],
};

const CASES: { name: string; file: string; expected: Expect[]; announced?: number; diagnostics?: string[] }[] = [
  { name: 'HF daily_papers API (paper.summary is the abstract, ai_summary the summary)', file: 'hf-daily-api.json', expected: [HALLUCINATE, KRONOS] },
  { name: 'HF API in a { data, total } wrapper', file: 'hf-daily-data-wrapper.json', expected: [HALLUCINATE, KRONOS], announced: 2 },
  { name: 'HF API as JSON Lines with a broken last line', file: 'hf-daily-api-broken.jsonl', expected: [HALLUCINATE, KRONOS], diagnostics: ['INVALID_JSON'] },
  { name: 'HF API cut mid-way', file: 'hf-daily-api-cut.json', expected: [HALLUCINATE], diagnostics: ['INVALID_JSON', 'TRUNCATED_FEED'] },
  {
    name: 'a daily-papers mirror ({ date, count, papers }, arxivUrl / arxivPdfUrl / githubRepo)',
    file: 'hf-mirror.json',
    announced: 2,
    expected: [
      {
        title: 'Transformers Stop Thinking Too Early, and a Tiny LoRA Fixes It',
        abstract: 'Pretrained transformers use little of their depth',
        arxivId: '2609.36585',
        links: ['https://arxiv.org/abs/2609.36585', 'https://arxiv.org/pdf/2609.36585', 'https://github.com/Lunamos/stop-thinking-too-early'],
      },
      {
        title: 'Persona Dosing: Calibrated Activation Steering for Graded Trait Control',
        abstract: 'An activation-steering coefficient sets intervention strength.',
        arxivId: '2609.36388',
        links: ['https://arxiv.org/abs/2609.36388', 'https://arxiv.org/pdf/2609.36388'],
      },
    ],
  },
  {
    name: 'HF /api/papers/{id} (one paper object)',
    file: 'hf-paper-api.json',
    expected: [
      {
        title: 'Why Language Models Hallucinate',
        abstract: 'Like students facing hard exam questions',
        summary: 'Hallucinations come from rewarding guessing.',
        arxivId: '2509.04664',
        links: ['https://openai.com/index/why-language-models-hallucinate/'],
      },
    ],
  },
  {
    name: 'HF collection API (a titled wrapper; model items skipped)',
    file: 'hf-collection-api.json',
    expected: [
      { title: 'Why Language Models Hallucinate', abstract: null, arxivId: '2509.04664', links: [] },
      { title: 'Chain-of-Verification Reduces Hallucination in Large Language Models', abstract: null, arxivId: '2309.11495', links: [] },
    ],
  },
  {
    name: 'Semantic Scholar search (externalIds, openAccessPdf, tldr object; a page of a longer result)',
    file: 'semantic-scholar.json',
    expected: [
      {
        title: 'Attention is All you Need',
        abstract: 'The dominant sequence transduction models',
        summary: 'A new simple network architecture, the Transformer',
        arxivId: '1706.03762',
        links: ['https://www.semanticscholar.org/paper/204e3073870fae3d05bcbc2f6a8e263d9b72e776', 'https://arxiv.org/pdf/1706.03762'],
      },
      {
        // no abstract: the TLDR stands in
        title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
        abstract: 'A new language representation model, BERT',
        arxivId: '1810.04805',
        doi: '10.18653/v1/N19-1423',
        links: ['https://www.semanticscholar.org/paper/df2b0e26d0599ce3e70df8a9da02e51594e0e992'],
      },
    ],
  },
  {
    name: 'Papers with Code API (url_abs, url_pdf)',
    file: 'paperswithcode-api.json',
    announced: 2,
    expected: [
      { title: 'Attention Is All You Need', abstract: 'The dominant sequence', arxivId: '1706.03762', links: ['https://arxiv.org/abs/1706.03762v7', 'https://arxiv.org/pdf/1706.03762v7.pdf'] },
      { title: 'Deep Residual Learning for Image Recognition', abstract: 'Deeper neural networks', arxivId: '1512.03385', links: ['http://arxiv.org/abs/1512.03385v1', 'http://arxiv.org/pdf/1512.03385v1.pdf'] },
    ],
  },
  {
    name: 'OpenReview API v2 (content.{field}.value)',
    file: 'openreview-v2.json',
    announced: 2,
    expected: [
      {
        title: 'An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale',
        abstract: 'While the Transformer architecture',
        links: ['https://github.com/google-research/vision_transformer'],
        authors: ['Alexey Dosovitskiy', 'Lucas Beyer'],
      },
      { title: 'Categorical Reparameterization with Gumbel-Softmax', abstract: 'Categorical variables are', links: [] },
    ],
  },
  {
    name: 'OpenReview API v1 (content.title, TL;DR)',
    file: 'openreview-v1.json',
    expected: [
      { title: 'Categorical Reparameterization with Gumbel-Softmax', abstract: 'Categorical variables are', summary: 'Simple, differentiable sampling', links: [], authors: ['Eric Jang', 'Shixiang Gu', 'Ben Poole'] },
      { title: 'Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer', abstract: 'The capacity of a neural network', links: [] },
    ],
  },
  {
    name: 'OpenAlex works (abstract_inverted_index, authorships, doi address)',
    file: 'openalex.json',
    expected: [
      {
        title: 'Attention Is All You Need',
        abstract: 'The dominant sequence transduction models are based on complex networks.',
        doi: '10.48550/arxiv.1706.03762',
        links: ['https://doi.org/10.48550/arxiv.1706.03762'],
        authors: ['Ashish Vaswani', 'Noam Shazeer'],
      },
      { title: 'Deep Residual Learning for Image Recognition', abstract: null, doi: '10.1109/cvpr.2016.90', links: ['https://doi.org/10.1109/cvpr.2016.90'] },
    ],
  },
  {
    name: 'Crossref works (title arrays, JATS abstract, given/family)',
    file: 'crossref.json',
    announced: 2,
    expected: [
      {
        title: 'Deep Residual Learning for Image Recognition',
        abstract: 'Deeper neural networks are more difficult to train. We present a residual learning framework.',
        doi: '10.1109/cvpr.2016.90',
        links: ['https://doi.org/10.1109/cvpr.2016.90'],
        authors: ['Kaiming He'],
      },
      { title: 'Long Short-Term Memory', abstract: null, doi: '10.1162/neco.1997.9.8.1735', links: ['https://doi.org/10.1162/neco.1997.9.8.1735'] },
    ],
  },
];

describe.each(CASES)('$name', ({ file, expected, announced, diagnostics }) => {
  const text = fx(file);
  const res = parseFeed(text);
  it('is detected as JSON', () => expect(res.format).toBe('json'));
  it('finds every paper once, in order, and nothing else', () => expect(res.papers.map((p) => p.title)).toEqual(expected.map((e) => e.title)));
  it('reads abstracts (the full abstract over a summary) and summaries', () => {
    for (const [i, e] of expected.entries()) {
      const p = res.papers[i]!;
      if (e.abstract === null) expect(p.abstract, e.title).toBeUndefined();
      else expect(p.abstract?.startsWith(e.abstract), `${e.title}: ${p.abstract?.slice(0, 80)}`).toBe(true);
      if (e.summary) expect(p.summary?.startsWith(e.summary), `${e.title}: ${p.summary}`).toBe(true);
      // no markup or JSON left in the text
      for (const s of [p.title, p.abstract ?? '']) expect(s).not.toMatch(/<\/?[a-z]|\{"|\\n/i);
    }
  });
  it('reads ids and the resource links the fields hold (no thumbnails, avatars or profiles)', () => {
    for (const [i, e] of expected.entries()) {
      const p = res.papers[i]!;
      if (e.arxivId) expect(p.arxivId, e.title).toBe(e.arxivId);
      if (e.doi) expect(p.doi?.toLowerCase(), e.title).toBe(e.doi.toLowerCase());
      if (e.authors) expect(p.authors, e.title).toEqual(e.authors);
      const fieldLinks = p.urls.filter((l) => l.origin === 'field' || l.origin === 'links').map((l) => l.url);
      expect(fieldLinks, e.title).toEqual(e.links);
      for (const l of p.urls) expect(l.url).not.toMatch(/cdn-(avatars|thumbnails)|huggingface\.co\/(taesiri|openai)$/);
    }
  });
  it('announces what the feed announces, and reports what was wrong', () => {
    expect(res.stats.announced).toBe(announced);
    const codes = res.diagnostics.map((d) => d.code);
    for (const c of diagnostics ?? []) expect(codes).toContain(c);
    if (!diagnostics) expect(codes.filter((c) => c === 'INVALID_JSON' || c === 'COUNT_MISMATCH')).toEqual([]);
  });
});

describe('JSON helpers', () => {
  it.each([
    ['<jats:title>Abstract</jats:title><jats:p>Deeper networks are harder to train.</jats:p>', 'Deeper networks are harder to train.'],
    ['<p>We use H<sub>2</sub>O and x<sup>2</sup>.</p>', 'We use H2O and x2.'],
    ['a < b and c > d', 'a < b and c > d'],
    ['no tags at all', 'no tags at all'],
  ])('stripTags(%j)', (input, out) => expect(stripTags(input)).toBe(out));

  it('rebuilds an inverted-index abstract and ignores junk', () => {
    expect(invertedAbstract({ world: [1], Hello: [0], 'again.': [2] })).toBe('Hello world again.');
    expect(invertedAbstract({ a: [-1, 1e9, 'x'], b: [0] })).toBe('b');
    expect(invertedAbstract(null)).toBeUndefined();
    expect(invertedAbstract({})).toBeUndefined();
  });

  it('gives the summary as abstract only where no abstract is given', () => {
    const r = parseFeed(JSON.stringify([{ title: 'A Paper About Things', ai_summary: 'A short summary of the paper and its findings.' }]));
    expect(r.papers[0]!.abstract).toBe('A short summary of the paper and its findings.');
    const both = parseFeed(JSON.stringify([{ title: 'A Paper About Things', summary: 'The full abstract of the paper, longer than its summary.', ai_summary: 'Short.' }]));
    expect(both.papers[0]!.abstract).toBe('The full abstract of the paper, longer than its summary.');
    expect(both.papers[0]!.summary).toBe('Short.');
  });

  it('reads a JSON Feed (jsonfeed.org) item body as the abstract; an HF `AI-generated summary` label splits summary from abstract', () => {
    const feed = (item: object) => JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'Papers', items: [{ id: '1', url: 'https://huggingface.co/papers/2508.05004', title: 'A Study of Things', ...item }] });
    const read = (item: object) => parseFeed(feed(item)).papers.map((p) => [p.abstract, p.summary ?? null]);
    expect(read({ content_text: 'We study things.' })).toEqual([['We study things.', null]]);
    expect(read({ content_html: '<p>We study <i>things</i>.</p>' })).toEqual([['We study things.', null]]);
    expect(read({ summary: 'We study things.' })).toEqual([['We study things.', null]]);
    expect(read({ content_text: 'Things are studied.  \t\t\t\t\tAI-generated summary \t\t\t\t We study things in detail.' })).toEqual([['We study things in detail.', 'Things are studied.']]);
    // an `abstract` field wins over the body
    expect(read({ abstract: 'The abstract.', content_text: 'Body text.' })[0]![0]).toBe('The abstract.');
  });

  it('does not take text that only opens with a bracket for JSON', () => {
    expect(jsonReader.detect('   [1]Skip to main content\n\n   [2]ICML 2024\n')).toBeLessThan(0.1);
    expect(jsonReader.detect('[PDF] [Code]\nA Title\n')).toBeLessThan(0.1);
    expect(jsonReader.detect('[{"title": "A", "abstract": "cut')).toBeGreaterThan(0.5);
  });

  it('never throws on odd JSON', () => {
    const odd = ['[', '{"papers": [', '[{"title": {"value": 3}}]', '{"title": ["", null]}', '[{"paper": {"title": "T"}, "content": 5}]', '{"notes": [{"content": null}]}', '[{"title": "T", "abstract_inverted_index": {"x": "y"}}]'];
    const ctx = { diagnose: () => {} };
    for (const s of odd) expect(() => jsonReader.read(s, ctx)).not.toThrow();
  });
});
