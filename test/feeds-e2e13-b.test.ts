// Thirteenth end-to-end blind set, side B (fixtures/e2e13/SOURCES-b.md, failures 2, 3 and 6-8): three markdown paper
// lists labelled by hand BEFORE the library ran on them. (The RST list of failure 1 is test/feeds-e2e13-rst.test.ts.)
//
// Blind result (2026-11-27, parseFeed from source, shared scorer), papers / urls / datasets / metrics / topics:
// - `b_list_title_authoryear_linklines_factcheck.md` (`* Title (Surname et al., 2017).` + unindented `[[Paper](…)]`
//   lines): 15 found, 4 matched; 26.7 / 26.2 / 0 / - / 7.7. Author-year citations were left in 11 titles (or cut the
//   title at `al.`), a curly-quoted phrase before `:` split the title, a blank line among the link lines lost a link.
//   After the reader fixes: 100 / 100 / 46.2 / - / 78.6 (topics 69.2 after a concurrent taxonomy change at 13:24, with
//   the same topics as analyzePaper on the gold titles: what is left is extractor-side, see the todos).
// - `b_list_italic_bracket_date_dlpapers.md`: 100 / 100 / - / - / 84.8 before and after (topics only).
// - `b_list_bold_desc_backslash_llm_2026-04.md`: 100 / 100 / 100 / 50 / 54.8 before and after; the `(2026.04)` after
//   each bold title is now read as the entry's date.
// What works is asserted; what is left is an `it.todo` naming its cause.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { expectStableUnderCrlf, fieldScores, fixtureRound, squash as fold } from './helpers/e2e.js';

const { text, gold } = fixtureRound('e2e13');

describe('a survey reading list: `* Title (Surname et al., 2017).` with unindented `[[Paper](…)]` / `[[Dataset](…)]` lines', () => {
  const src = text('b_list_title_authoryear_linklines_factcheck.md');
  const lines = gold('b_list_title_authoryear_linklines_factcheck.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  // blind: 4 of 15 titles matched
  it('15 of 15 titles without the author-year citation (`.` and spaces after it, `(Wang, 2017)`, `(Kotonya and Toni, 2020)`, a venue inside, a wrapped one)', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(r.papers.some((p) => /et al|\(\w+, \d{4}\)/.test(p.title))).toBe(false);
  });
  it('the cited names become the authors (no `et al.`), the year the date, a venue inside the citation the venue', () => {
    expect(r.papers.map((p) => p.authors.join(' & '))).toEqual([
      'Rashkin', 'Wang', 'Baly', 'Hanselowski', 'Augenstein', 'Wadden', 'Kotonya & Toni', 'Shu', 'Shahi & Nandini', 'Nakamura',
      'Aly', 'Wang', 'Chen', 'Gupta', 'Schuster',
    ]);
    expect(r.papers.map((p) => p.date?.year)).toEqual([2017, 2017, 2018, 2019, 2019, 2020, 2020, 2018, 2020, 2020, 2021, 2021, 2020, 2020, 2021]);
    expect(r.papers[5]!.venue?.name).toBe('EMNLP');
  });
  it('`“Liar, Liar Pants on Fire”: A New Benchmark …`: a quoted phrase before a colon is the head of the title, no abstract', () => {
    expect(r.papers[1]!.title).toBe('“Liar, Liar Pants on Fire”: A New Benchmark Dataset for Fake News Detection');
    expect(r.papers[1]!.abstract).toBeUndefined();
  });
  it('every link line is the entry’s, also the `[[Dataset](…)]` after a blank line (FakeNewsNet): urls 100', () => {
    expect(fieldScores(r.papers, lines).urls).toBe(1);
    expect(r.papers[7]!.urls.map((u) => u.url)).toContain('https://github.com/KaiDMML/FakeNewsNet');
  });
  it('a link paragraph after a blank line gives the item its arXiv id too; prose or navigation links after a list do not join it', () => {
    const t = '* Some Paper Title Here (Shu et al., 2018).\n[[Code](https://github.com/a/b)]\n\n[[Paper](https://arxiv.org/pdf/1809.01286.pdf)]\n* Next Paper Title Here (Li, 2019)\n[[Paper](https://arxiv.org/abs/1901.00001)]\n\n[[Back to top](#top)]\n';
    const p = parseFeed(t).papers;
    expect(p.map((x) => [x.title, x.arxivId, x.urls.length])).toEqual([
      ['Some Paper Title Here', '1809.01286', 2],
      ['Next Paper Title Here', '1901.00001', 1],
    ]);
  });
  it('a citation-like tag is no author: `(Oral, 2021)`, `(CVPR 2023)`, `(SEM-TAB-FACT)` stay out of the authors', () => {
    const t = [
      '* Some Title About Graphs (Oral, 2021)',
      '[[Paper](https://arxiv.org/abs/2101.00001)]',
      '* Neural Discrete Representation Learning (van den Oord et al., 2017)',
      '[[Paper](https://arxiv.org/abs/1711.00937)]',
      '* Graph Attention Networks (Veličković et al. 2018)',
      '[[Paper](https://arxiv.org/abs/1710.10903)]',
    ].join('\n');
    const p = parseFeed(t).papers;
    expect(p.map((x) => [x.title, x.authors])).toEqual([
      ['Some Title About Graphs', []],
      ['Neural Discrete Representation Learning', ['van den Oord']],
      ['Graph Attention Networks', ['Veličković']],
    ]);
    expect(r.papers[11]!.title).toMatch(/\(SEM-TAB-FACT\)$/);
  });
  it('after a bold, linked or italic title the citation gives authors, year and venue too', () => {
    const t = [
      '* **Attention Is All You Need** (Vaswani et al., 2017).',
      '* [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805) (Devlin et al., NAACL 2019)',
      '* *Deep Residual Learning for Image Recognition* (He, Zhang, and Ren, 2016) [[code](https://github.com/a/b)]',
    ].join('\n[[Paper](https://arxiv.org/abs/1706.03762)]\n');
    const p = parseFeed(t).papers;
    expect(p.map((x) => [x.title, x.authors, x.date?.year])).toEqual([
      ['Attention Is All You Need', ['Vaswani'], 2017],
      ['BERT: Pre-training of Deep Bidirectional Transformers', ['Devlin'], 2019],
      ['Deep Residual Learning for Image Recognition', ['He', 'Zhang', 'Ren'], 2016],
    ]);
    expect(p[1]!.venue?.name).toBe('NAACL');
  });
  it.todo('datasets 46.2 (3 of 10): names in titles missed by the extractor: `FakeCovid--` (a `--` separator), `r/Fakeddit`, all-caps names before `:` with no "Dataset" word (FEVEROUS, INFOTABS), `(SEM-TAB-FACT)`, `Vitamin C!` → VitaminC, LIAR from its quoted alias (src/extract, SOURCES-b failure 4)');
  it.todo('topics 78.6: no `natural-language-processing` for claim/statement verification, fake news, NLI on tables (`VERification` in odd casing too) (src/topics, SOURCES-b failure 5)');
});

describe('a personal DL paper list: `- *Title* [[arxiv, 14.12]](url)` with `[[**PyTorch**]](github)` links', () => {
  const src = text('b_list_italic_bracket_date_dlpapers.md');
  const lines = gold('b_list_italic_bracket_date_dlpapers.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  it('15 of 15 papers (italic and plain titles), the emoji intro bullets no papers; urls 100 (the `[[arxiv. 16.06]]` typo too)', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
  });
  it.todo('topics 84.8: "Generating Sequences With Recurrent Neural Networks" gets `time-series` (not `generative-models`), "Cross-Domain Relations" gets `distribution-shift` (src/topics, SOURCES-b failure 8)');
});

describe('an LLM research collection: `- **Title** (2026.04) \\` / `**Description**: … \\` / indented `[[Paper]]` `[[Hugging Face]]` lines', () => {
  const src = text('b_list_bold_desc_backslash_llm_2026-04.md');
  const lines = gold('b_list_bold_desc_backslash_llm_2026-04.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  it('12 of 12 papers, the `**Description**` text (without ` \\`) the abstract: 12/12; urls and datasets 100', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
    const s = fieldScores(r.papers, lines);
    expect(s.urls).toBe(1);
    expect(s.datasets).toBe(1);
    expect(s.metricValues).toBe(1);
  });
  it('the `(2026.04)` after the bold title is the date (year and month), the empty sections no papers', () => {
    expect(r.papers.map((p) => p.date && `${p.date.year}-${p.date.month}`)).toEqual([
      '2026-4', '2026-4', '2026-3', '2025-11', '2025-8', '2025-2', '2024-12', '2024-7', '2024-5', '2023-4', '2026-4', '2026-1',
    ]);
    expect(r.papers.some((p) => /^(Embeddings|Training|Description)$/.test(p.title))).toBe(false);
  });
  it.todo('metrics 50: "surpass 70% on the MMMU benchmark" read as `improvement` (relative change) instead of an absolute score (src/extract, SOURCES-b failure 6)');
  it.todo('topics 54.8: MLLM papers get `large-language-models` / `natural-language-processing` / `computer-vision` beyond the conservative gold; ThinkJEPA `time-series` + `reinforcement-learning`, SFT paper `reinforcement-learning` fp; ProFit misses `transfer-learning`, `data-selection`; V-Reflection misses `knowledge-distillation` (src/topics, SOURCES-b failure 7)');
});
