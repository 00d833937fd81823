// Realistic variants of the known formats (another browser's copy, another converter, a
// forwarded e-mail, a prefixed namespace, other key casing): each once broke a reader.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const brief = (name: string) =>
  parseFeed(fx(name)).papers.map((p) => ({ title: p.title, id: p.arxivId, abstract: (p.abstract ?? '').slice(0, 40), authors: p.authors.length }));

describe('reader variants', () => {
  it('arXiv /recent listing copied from a browser: a day heading is not an abstract', () => {
    const r = parseFeed(fx('arxiv/listing_recent_copied.txt'));
    expect(r.format).toBe('arxiv-listing');
    expect(r.papers.map((p) => [p.arxivId, p.title])).toEqual([
      ['2609.05434', 'Deep Learning for Reflected BSDEs: Regularization and Error Analysis'],
      ['2609.05491', 'Asymptotically-informed neural networks for Black-Scholes implied volatility computation'],
      ['2609.06021', 'Regimes in the Order Flow'],
      ['2609.04410', 'Unbiased Monte Carlo Greeks for Discontinuous Payoffs'],
    ]);
    for (const p of r.papers) expect(p.abstract ?? '').not.toContain('showing');
    expect(r.papers[2]!.authors).toEqual(['Jean-Philippe Bouchaud', 'Michael Benzaquen']);
  });

  it('arXiv /new listing through lynx: the format list without brackets still starts an entry', () => {
    const r = parseFeed(fx('arxiv/listing_new_lynx.txt'));
    expect(r.format).toBe('arxiv-listing');
    expect(r.papers.map((p) => [p.arxivId, p.title, (p.abstract ?? '').slice(0, 30)])).toEqual([
      ['2609.05434', 'Deep Learning for Reflected BSDEs: Regularization and Error Analysis', 'Reflected backward stochastic '],
      ['2609.05491', 'Asymptotically-informed neural networks for Black-Scholes implied volatility computation', 'The computation of Black-Schol'],
    ]);
    expect(r.papers[0]!.authors).toEqual(['Ruimeng Hu', 'Yihan Zou']);
  });

  it('arXiv digest forwarded with `> ` quotes', () => {
    const text = fx('arxiv/digest_forwarded.txt');
    const r = parseFeed(text);
    expect(r.format).toBe('arxiv-digest');
    expect(brief('arxiv/digest_forwarded.txt')).toEqual([
      { title: 'Transformers as Statisticians: Provable In-Context Learning with In-Context Algorithm Selection', id: '2306.04637', abstract: 'Neural sequence models based on the tran', authors: 5 },
      { title: 'ModuleFormer: Learning Modular Large Language Models From Uncurated Data', id: '2306.04640', abstract: 'Large Language Models (LLMs) have achiev', authors: 6 },
    ]);
    expect(r.papers[0]!.abstract).not.toContain('>');
    // offsets point into the quoted text
    const first = r.papers[0]!;
    expect(text.slice(first.source!.start, first.source!.end)).toContain('2306.04637');
  });

  it('Atom with a namespace prefix (`<atom:entry>`)', () => {
    const r = parseFeed(fx('arxiv/atom_prefixed.xml'));
    expect(r.format).toBe('atom');
    expect(brief('arxiv/atom_prefixed.xml')).toEqual([
      { title: 'Transformers as Statisticians: Provable In-Context Learning with In-Context Algorithm Selection', id: '2306.04637', abstract: 'Neural sequence models based on the tran', authors: 2 },
      { title: 'ModuleFormer: Learning Modular Large Language Models From Uncurated Data', id: '2306.04640', abstract: 'Large Language Models (LLMs) have achiev', authors: 2 },
    ]);
  });

  it('RSS: a description cut with […] gives way to content:encoded', () => {
    const r = parseFeed(fx('arxiv/rss_content_encoded.xml'));
    expect(r.format).toBe('rss');
    const p = r.papers[0]!;
    expect(p.title).toBe('EfficientTrain: Exploring Generalized Curriculum Learning for Training Visual Backbones');
    expect(p.abstract).toBe('The superior performance of modern deep networks usually comes with a costly training procedure. This paper presents a new curriculum learning approach for the efficient training of visual backbones (e.g., vision Transformers).');
    expect(r.papers[1]!.authors).toEqual(['Yihong Luo', 'Tianyang Hu']);
  });

  it('awesome list: a venue as inline code before a bold title', () => {
    const r = parseFeed(fx('markdown/code-venue-badge.md'));
    expect(r.papers.map((p) => [p.title, p.arxivId])).toEqual([
      ['Transformers as Statisticians: Provable In-Context Learning with In-Context Algorithm Selection', '2306.04637'],
      ['ModuleFormer: Learning Modular Large Language Models From Uncurated Data', '2306.04640'],
      ['On the Design Fundamentals of Diffusion Models: A Survey', '2306.04542'],
      ['Rewards Are Enough for Fast Photo-Realistic Text-to-image Generation', '2503.13070'],
    ]);
  });

  it('awesome list: numbered, an emoji before a bold short name, an HTML link title', () => {
    const r = parseFeed(fx('markdown/numbered-html-emoji.md'));
    expect(r.papers.map((p) => [p.title, p.arxivId])).toEqual([
      ['On the Design Fundamentals of Diffusion Models: A Survey', '2306.04542'],
      ['ModuleFormer: Learning Modular Large Language Models From Uncurated Data', '2306.04640'],
      ['Transformers as Statisticians: Provable In-Context Learning with In-Context Algorithm Selection', '2306.04637'],
      ['Sparsity-certifying Graph Decompositions', '0704.0002'],
    ]);
    expect(r.papers[0]!.authors).toEqual(['Ziyi Chang', 'George Alex Koulieris', 'Hubert P. H. Shum']);
  });

  it.each(['hf/setext-linked-titles.md', 'hf/html2text-blockquote.md', 'hf/blockquote-abstracts.md'])('HF daily page through another converter: %s', (name) => {
    expect(brief(name).map(({ title, id, abstract }) => ({ title, id, abstract }))).toEqual([
      { title: 'DeepSeek-OCR: Contexts Optical Compression', id: '2510.18234', abstract: 'We present DeepSeek-OCR as an initial in' },
      { title: 'Agent Lightning: Train ANY AI Agents with Reinforcement Learning', id: '2508.03680', abstract: 'We present Agent Lightning, a flexible a' },
    ]);
  });

  it('JSON with PascalCase keys', () => {
    expect(brief('json/hf-daily-pascal.json')).toEqual([
      { title: 'DeepSeek-OCR: Contexts Optical Compression', id: '2510.18234', abstract: 'We present DeepSeek-OCR as an initial in', authors: 2 },
      { title: 'Agent Lightning: Train ANY AI Agents with Reinforcement Learning', id: '2508.03680', abstract: 'We present Agent Lightning, a flexible a', authors: 1 },
    ]);
  });
});
