// Second round of realistic variants of the known formats: each broke a reader before its fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('reader variants, second round', () => {
  it("one HF paper's own page copied as text: the name list drawn one name a line is its authors", () => {
    const r = parseFeed(fx('hf/paper-page-copied.txt'));
    expect(r.papers.map((p) => [p.arxivId, p.title])).toEqual([
      ['2306.04637', 'Transformers as Statisticians: Provable In-Context Learning with In-Context Algorithm Selection'],
    ]);
    const p = r.papers[0]!;
    expect(p.authors).toEqual(['Yu Bai', 'Fan Chen', 'Huan Wang', 'Caiming Xiong', 'Song Mei']);
    expect(p.abstract?.startsWith('Neural sequence models based on the transformer architecture')).toBe(true);
  });

  it('awesome list: a venue after the author list\'s full stop, citation paragraphs out of a list', () => {
    const r = parseFeed(fx('markdown/citation-lines.md'));
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => [p.arxivId, p.title, p.authors])).toEqual([
      ['0704.0002', 'Sparsity-certifying Graph Decompositions', ['Ileana Streinu', 'Louis Theran']],
      ['2302.12091', 'Random Teachers are Good Teachers', ['Felix Sarnthein', 'Gregor Bachmann']],
      ['1705.08741', 'Train longer, generalize better: closing the generalization gap in large batch training of neural networks', ['Elad Hoffer', 'Itay Hubara', 'Daniel Soudry']],
      ['1711.09846', 'Population Based Training of Neural Networks', ['Max Jaderberg', 'Valentin Dalibard', 'Simon Osindero']],
    ]);
  });

  it('newsletter: `Paper:` / `Code:` lines right under a title are not part of it', () => {
    const r = parseFeed(fx('generic/newsletter-separators.txt'));
    expect(r.papers.map((p) => [p.arxivId, p.title, (p.abstract ?? '').slice(0, 30)])).toEqual([
      ['2302.12091', 'Random Teachers are Good Teachers', 'Distilling a student from a ra'],
      ['2203.13591', 'Continual Test-Time Domain Adaptation', 'A continual test-time adaptati'],
    ]);
    expect(r.papers[0]!.urls.map((u) => u.url)).toContain('https://github.com/safelix/dinopl');
  });
});

describe('newsletters', () => {
  it('an `Authors:` line under a numbered title is the authors, not the rest of the title', () => {
    const r = parseFeed(fx('generic/newsletter-numbered-fields.txt'));
    expect(r.papers.map((p) => [p.arxivId, p.title, p.authors, (p.abstract ?? '').slice(0, 30)])).toEqual([
      ['2302.12091', 'Random Teachers are Good Teachers', ['Felix Sarnthein', 'Gregor Bachmann'], 'Distilling a student from a ra'],
      ['2203.13591', 'Continual Test-Time Domain Adaptation', ['Qin Wang', 'Olga Fink'], 'A continual test-time adaptati'],
    ]);
  });
});

describe('plain reading lists', () => {
  it('one paper a line, the arXiv id or address at the end', () => {
    const r = parseFeed(fx('generic/reading-list-ids.txt'));
    expect(r.papers.map((p) => [p.arxivId, p.title, p.authors.length])).toEqual([
      ['1706.03762', 'Attention Is All You Need', 3],
      ['2302.12091', 'Random Teachers are Good Teachers', 2],
      ['1711.09846', 'Population Based Training of Neural Networks', 2],
      ['2203.13591', 'Continual Test-Time Domain Adaptation', 0],
      ['1910.05872', 'Self-supervised Label Augmentation via Input Transformations', 0],
      ['1512.03385', 'Deep Residual Learning for Image Recognition', 0],
      ['1705.08741', 'Train longer, generalize better: closing the generalization gap in large batch training of neural networks', 0],
    ]);
    expect(r.papers[6]!.urls.map((u) => u.url)).toEqual(['https://arxiv.org/pdf/1705.08741v2']);
    expect(r.papers[1]!.authors).toEqual(['Felix Sarnthein', 'Gregor Bachmann']);
  });
});

describe('awesome lists with HTML', () => {
  it('an HTML table inside the markdown is read like a pipe table', () => {
    const r = parseFeed(fx('markdown/html-table.md'));
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => [p.arxivId, p.title])).toEqual([
      ['2302.12091', 'Random Teachers are Good Teachers'],
      ['1910.05872', 'Self-supervised Label Augmentation via Input Transformations'],
      ['2203.13591', 'Continual Test-Time Domain Adaptation'],
    ]);
    expect(r.papers[0]!.urls.map((u) => u.url)).toEqual(['https://arxiv.org/abs/2302.12091', 'https://github.com/safelix/dinopl']);
  });

  it('a `<summary>` line straight over a list does not swallow the list', () => {
    const r = parseFeed(fx('markdown/details-no-blank.md'));
    expect(r.papers.map((p) => [p.arxivId, p.title, p.authors])).toEqual([
      ['2203.13591', 'Continual Test-Time Domain Adaptation', ['Qin Wang', 'Olga Fink']],
      ['2302.12091', 'Random Teachers are Good Teachers', ['Felix Sarnthein', 'Gregor Bachmann']],
      ['1910.05872', 'Self-supervised Label Augmentation via Input Transformations', ['Hankook Lee', 'Sung Ju Hwang']],
    ]);
  });

  it('hostile HTML tables stay linear', () => {
    parseFeed('<div>\n- [a](https://arxiv.org/abs/2301.00001)\n'.repeat(5000));
    const t0 = Date.now();
    parseFeed('# T\n\n<table>\n<tr><td>' + '<'.repeat(200000) + '\n');
    parseFeed('# T\n\n<table>\n' + '<tr><td>x</t'.repeat(30000) + '\n');
    parseFeed('# T\n\n<table>\n<tr><th>Title</th></tr><tr><td>' + '<a href="x">'.repeat(30000) + '\n');
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
