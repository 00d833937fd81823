// Tenth end-to-end blind set (fixtures/e2e10/SOURCES.md): four real captures in layouts no fixture here had,
// labelled by hand under the shared annotation contract BEFORE the library was run on them.
//
// Blind result (parseFeed from source, shared scorer), reader side:
// - `hf_jekyll_digest_broken_summary.md` (Jekyll post: `**N. Title**` hard-wrapped over two lines, then
//   ` [Read Paper](https://huggingface.co/papers/ID)`): hf-markdown, 0 of 10 titles (every one `Read Paper`).
// - `rss2md_jwst_feed.md` (`### N) [ID](abs-url): Title` headings over raw HTML `<p>` blocks): 0 of 7 (the id link
//   kept in the title, raw HTML as the abstract, entries 4-6 lost in one entry titled `<p>`).
// - `ml_newsletter_week040.yml` (YAML list of `- title: "…"` records with `url:` / `type:` / `quote:` /
//   `description:`): generic 0.05, 0 of 6 (records titled by their `lab:` line, blogs and repositories kept).
// - `openreview_table_iclr2026.md`: structure 15/15 already; topics only.
// What works is asserted; each failure left is an `it.todo` naming its cause.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { expectStableUnderCrlf, fieldScores, fixtureRound, squash as fold } from './helpers/e2e.js';

const round = fixtureRound('e2e10');
const { text } = round;
const gold = (name: string) => round.gold(`${name}.jsonl`);
const stable = expectStableUnderCrlf;

describe('a Jekyll post of an HF daily digest: `**N. Title**` wrapped over two lines, ` [Read Paper](…/papers/ID)` under it, a broken `Summary:` line', () => {
  const name = 'hf_jekyll_digest_broken_summary.md';
  const src = text(name);
  const lines = gold(name);
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 0 of 10 (every title `Read Paper`, the anchor text of the paper link)
  it('10 of 10 papers: the bold numbered line is the title (wrapped line joined, `N. ` dropped), never `Read Paper`', () => {
    expect(r.format).toBe('hf-markdown');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
    expect(fieldScores(r.papers, lines)).toMatchObject({ urls: 1, datasets: 1, metrics: 1 });
  });
  it('the CSS junk of the `Summary:` line is no abstract', () => {
    expect(r.papers.every((p) => p.abstract === undefined || p.abstract === '')).toBe(true);
  });
  it('a call-to-action label (`Paper`, `PDF →`, `Read on Hugging Face`) is never a title; a plain heading above takes the link', () => {
    for (const label of ['Paper', 'PDF →', '📄 Read the paper', 'Read on Hugging Face']) {
      const t = `**1. A Study of Things**\n[${label}](https://huggingface.co/papers/2502.00001)\n\n**2. Another Study of Things**\n[${label}](https://huggingface.co/papers/2502.00002)\n\n**3. A Third Study**\n[${label}](https://huggingface.co/papers/2502.00003)\n`;
      expect(parseFeed(t).papers.map((p) => [p.title, p.arxivId])).toEqual([
        ['A Study of Things', '2502.00001'],
        ['Another Study of Things', '2502.00002'],
        ['A Third Study', '2502.00003'],
      ]);
    }
    const h = '## 1. A Study of Things\n\n[Read Paper](https://huggingface.co/papers/2502.00001)\n\n## 2. Another Study\n\n[Read Paper](https://huggingface.co/papers/2502.00002)\n\n### 3. A Third One\n\n[Read Paper](https://huggingface.co/papers/2502.00003)\n';
    expect(parseFeed(h).papers.map((p) => [p.title, p.arxivId])).toEqual([
      ['A Study of Things', '2502.00001'],
      ['Another Study', '2502.00002'],
      ['A Third One', '2502.00003'],
    ]);
  });
  it.todo('topics 84.2: "Test-Time Scaling", "Detoxification", "Social Deduction", "Code Generation" titles get no topic (taxonomy terms, not reader)');
});

describe('an arXiv-API → markdown bot feed: `### N) [ID](abs-url): Title` over raw HTML `<p>` authors / abstract / `<b>Label:</b>` fields (astro-ph, JWST)', () => {
  const name = 'rss2md_jwst_feed.md';
  const src = text(name);
  const lines = gold(name);
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 4 entries, 0 matched (id link in the title, raw HTML abstracts, entries 4-6 in one entry titled `<p>`)
  it('7 of 7 papers: the heading gives the id, the abs link and the title after `): `', () => {
    expect(r.format).toBe('arxiv-headings');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
    expect(fieldScores(r.papers, lines)).toMatchObject({ urls: 1, metrics: 1 });
  });
  it('the first `<p>` gives the authors, the second the abstract (tags stripped, `&percnt;` `&odot;` `&gt;` decoded): 7/7 exact', () => {
    expect(r.papers.map((p) => p.authors)).toEqual(lines.map((g) => g.authors));
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
  });
  it('`<p> <b> Published: </b> … </p>` lines are fields: the date, comments; never abstract text', () => {
    expect(r.papers[0]!.date?.iso).toBe('2025-09-04T15:49:28Z');
    expect(r.papers[0]!.comments).toBe('24 pages, 20 figures; accepted to be published in Astronomy & Astrophysics');
    expect(r.papers.every((p) => !fold(p.abstract).includes('Published:'))).toBe(true);
  });
  it('the same layout with markdown paragraphs and the title before the link reads the same way', () => {
    const t = '# feed\n\n## [arXiv:2509.00001](https://arxiv.org/abs/2509.00001) - A Study of Things\n\nJane Doe, John Roe\n\nWe study things and report results that hold across settings.\n\n**Comments:** 12 pages\n\n## Another Study [2509.00002v2](https://arxiv.org/abs/2509.00002v2)\n\nAnn Lee, Bo Chen\n\nWe present another study of other things with care.\n';
    const p = parseFeed(t).papers;
    expect(p.map((x) => [x.title, x.arxivId, x.authors, x.abstract])).toEqual([
      ['A Study of Things', '2509.00001', ['Jane Doe', 'John Roe'], 'We study things and report results that hold across settings.'],
      ['Another Study', '2509.00002', ['Ann Lee', 'Bo Chen'], 'We present another study of other things with care.'],
    ]);
  });
  it('markdown bodies: `- **Authors:** …` / `- **Published:** …` bullets are fields, a `#### Abstract` heading labels the next paragraph', () => {
    const t = '# Daily\n## 1. [arXiv:2509.00001](https://arxiv.org/abs/2509.00001) — A Study of Things\n- **Authors:** Jane Doe, John Roe\n- **Published:** 2025-09-01\n- **PDF:** https://arxiv.org/pdf/2509.00001\n\n#### Abstract\nWe study things and report results that hold across settings.\n\n## 2. [arXiv:2509.00002](https://arxiv.org/abs/2509.00002) — Another Study\n**Authors:** Ann Lee\n\n**Abstract:** We present another study of other things with care.\n';
    const p = parseFeed(t).papers;
    expect(p.map((x) => [x.title, x.authors, x.abstract, x.urls.map((u) => u.url)])).toEqual([
      ['A Study of Things', ['Jane Doe', 'John Roe'], 'We study things and report results that hold across settings.', ['https://arxiv.org/abs/2509.00001', 'https://arxiv.org/pdf/2509.00001']],
      ['Another Study', ['Ann Lee'], 'We present another study of other things with care.', ['https://arxiv.org/abs/2509.00002']],
    ]);
    expect(p[0]!.date?.iso).toBe('2025-09-01');
  });
  it.todo('datasets 0: `Farmer COSMOS2020 catalog` is not in the dataset gazetteer (data, not reader)');
  it.todo('topics 0: "machine learning tool … astronomical ices" and "CatBoost classification of galaxies" get no scientific-ml (taxonomy, not reader)');
});

describe('a newsletter source in YAML: `- title: "…"` records with `url:`, `type: paper|blog|github|medium`, `description:` and `quote:`', () => {
  const name = 'ml_newsletter_week040.yml';
  const src = text(name);
  const lines = gold(name);
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: generic 0.05, 12 entries titled by their `lab:` line, 0 matched
  it('6 of 6 papers: paper records, and a repository whose quote is its paper\'s text (Waveglow); blogs and tutorial repos left out', () => {
    expect(r.format).toBe('yaml');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it('the `quote` (the paper\'s text) is the abstract, not the editor\'s `description`: 6/6 exact', () => {
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
  });
  it('a `(NIPS 2018) ` tag before the title is the venue', () => {
    expect(r.papers[2]!.venue?.name).toBe('NeurIPS');
  });
  it('block scalars, nested lists and mappings, flow lists and quoted scalars over two lines', () => {
    const t = [
      '# reading list',
      '- name: "(ICLR 2024) Flow Matching for Generative Modeling"',
      '  authors:',
      '    - Yaron Lipman',
      '    - Ricky T. Q. Chen',
      '  links:',
      '    arxiv: 2210.02747',
      '    code: https://github.com/facebookresearch/flow_matching',
      '  abstract: |',
      '    We introduce a new paradigm for generative modeling built on',
      '    Continuous Normalizing Flows.',
      '  tags: [generative, flows]',
      "- name: 'It''s a Blog'",
      '  type: blog',
      '  url: https://example.com/post',
      '  description: >',
      '    A nice post.',
      '- name: Another Paper',
      '  url: https://openreview.net/forum?id=abc',
      '  summary: "A long summary that',
      '    spans two lines with a \\"quote\\"."',
      '',
    ].join('\n');
    const r2 = parseFeed(t);
    expect(r2.format).toBe('yaml');
    expect(r2.papers.map((p) => [p.title, p.arxivId, p.authors, fold(p.abstract)])).toEqual([
      ['Flow Matching for Generative Modeling', '2210.02747', ['Yaron Lipman', 'Ricky T. Q. Chen'], 'We introduce a new paradigm for generative modeling built on Continuous Normalizing Flows.'],
      ['Another Paper', undefined, [], 'A long summary that spans two lines with a "quote".'],
    ]);
  });
  it('markdown with front matter and a list of `title:` lines is not YAML records', () => {
    expect(parseFeed('---\ntitle: Hello\n---\n\n# Papers\n\n- title: one\n- title: two\n\nSome prose here.\n').format).not.toBe('yaml');
  });
  it.todo('datasets/metrics 80: "SAE AutoDrive Challenge" read as a dataset, "orders of magnitude" as a speedup metric (extraction, not reader)');
  it.todo('topics 66.7: autonomous driving, zero-shot (few-shot-learning), probabilistic programming (bayesian) not found (taxonomy, not reader)');
});

describe('an ICLR-2026 OpenReview markdown table (`| # | [Title](forum) | Avg Rating | … | [Link](forum) |`)', () => {
  const name = 'openreview_table_iclr2026.md';
  const src = text(name);
  const lines = gold(name);
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  it('15 of 15 papers, one per row, the forum link once', () => {
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(fieldScores(r.papers, lines)).toMatchObject({ urls: 1, datasets: 1, metrics: 1 });
  });
  it.todo('topics 69.4: distributed / pipeline / GPU-cluster, MoE, alignment, KV-cache titles miss their topics (taxonomy terms in src/data, not reader)');
});
