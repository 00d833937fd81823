// Sixteenth end-to-end blind set (fixtures/e2e16/SOURCES-d.md): four real awesome lists (medical image registration,
// speech pretraining, time series with LLMs, graph data augmentation), labelled by hand under the shared annotation
// contract BEFORE the library was run on them.
//
// Blind result (2026-11-27 ~14:25 UTC, parseFeed from source, shared scorer): all four read as markdown-list; papers
// F1 100 / 53.3 / 100 / 0 (the graph table kept its `[Venue Year]` tag inside the link label in every title; the
// speech list took the `Nickname:` before the link as the title of 7 items).
// After (src/feeds/markdown-list.ts, src/regex/markdown.ts): papers and URLs 100 on all four; topics 62.1 / 84.7 /
// 87.5 / 71.1. What works is asserted; each failure left is an `it.todo` naming its cause.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { expectStableUnderCrlf, fieldScores, fixtureRound, squash as fold } from './helpers/e2e.js';

const round = fixtureRound('e2e16');
const { text, gold } = round;
const read = (src: string) => parseFeed(src).papers.map((p) => [p.title, p.venue?.text, p.authors]);

describe('graph data augmentation tables: `|Name|[[AAAI 2021] Title](pdf) [[Code]](github)|`', () => {
  const src = text('d_awesome_graph_da_table_bracket_venue.md');
  const lines = gold('d_awesome_graph_da_table_bracket_venue.md.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  it('is read as a markdown list', () => expect(r.format).toBe('markdown-list'));
  // blind: 0 of 13 (every title kept `[AAAI 2021] ` in front)
  it('13 of 13 titles in order, the venue tag inside the link label no part of them but the venue', () => {
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(r.papers.map((p) => p.venue?.text)).toEqual([
      'AAAI 2021', 'AAAI 2020', 'NeurIPS 2020', 'IJCAI 2019', 'KDD 2020', 'TheWebConf 2022', 'ICML 2019',
      'ICML 2020', 'WSDM 2021', 'AAAI 2019', 'TheWebConf 2021', 'ICLR 2020', 'NeurIPS 2020',
    ]);
  });
  it('URLs: the pdf and code links (22), the stray `]` after the `?ref=https://…` address no part of it', () => {
    expect(fieldScores(r.papers, lines).urls).toBe(1);
    expect(r.papers[5]!.urls.map((u) => u.url)).toContain('https://arxiv.org/pdf/2105.09384.pdf?ref=https://githubhelp.com');
  });
  it('the rule on small lists: `[Venue Year]`, `[arXiv]`, `[NeurIPS\'20]`, `(CVPR 2021)` leading a title link label or a bold title; other tags stay', () => {
    const t = [
      '- [[ICML 2019] Learning discrete structures for graph neural networks](https://example.org/b.pdf)',
      '- [[arXiv] Graph structure learning for robust networks](https://arxiv.org/abs/2001.00001)',
      "- [[NeurIPS'20] Graph Information Bottleneck](https://example.org/c.pdf)",
      '- [(CVPR 2021) Parenthesised venue in the link label](https://example.org/d.pdf)',
      '- [[Re] Reproducing a study of graph neural networks](https://example.org/a.pdf) [[Code]](https://github.com/a/b)',
      '- **[[CVPR 2021] Bold linked title with a venue tag](https://example.org/e.pdf)** [[code]](https://github.com/c/d)',
      '- **[ICLR 2020] Bold title with a venue tag** [[pdf]](https://example.org/f.pdf)',
      '',
    ].join('\n');
    expect(parseFeed(t).papers.map((p) => p.title)).toEqual([
      'Learning discrete structures for graph neural networks',
      'Graph structure learning for robust networks',
      'Graph Information Bottleneck',
      'Parenthesised venue in the link label',
      '[Re] Reproducing a study of graph neural networks',
      'Bold linked title with a venue tag',
      'Bold title with a venue tag',
    ]);
    expect(parseFeed(t).papers.map((p) => p.venue?.text).slice(-2)).toEqual(['CVPR 2021', 'ICLR 2020']);
  });
  it.todo('topics 71.1: `data-augmentation` from the list heading given to every structure-learning item (12 fp), the heading should lend the modality only; analysis, not the reader');
});

describe('speech pretraining list: `- Nickname: [Title](arxiv) - *A Author et al*, `Venue Year``', () => {
  const src = text('d_awesome_speech_pretrain_abbrev_year.md');
  const lines = gold('d_awesome_speech_pretrain_abbrev_year.md.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  it('is read as a markdown list', () => expect(r.format).toBe('markdown-list'));
  // blind: 8 of 15 (`Bidir CPC`, `Multi-target APC`, `DeCoAR`, … taken as titles)
  it('15 of 15 titles in order: the link label, not the nickname before it', () => {
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  // blind: authors lost on the three `*A Baevski et al*` / `*A Conneau et al*` items (the initial `A` read as an article)
  it('authors of every item that names them, `A Baevski et al` included (the reader drops `et al`)', () => {
    const want = lines.map((g) => (g.authors ?? []).map((a) => a.replace(/ et al$/, '')));
    expect(r.papers.map((p) => p.authors)).toEqual(want);
  });
  it('the rule on small lists: a short `Nickname:` before a sentence-length link label; a phrase or a short label is no nickname', () => {
    const t = [
      '- Bidir CPC: [Learning robust and multilingual speech representations](https://arxiv.org/abs/2001.11128) - *K Kawakami et al*, `EMNLP 2020`',
      '- 🌟 Big Model: [Unsupervised cross-lingual representation learning for speech](https://arxiv.org/abs/2006.13979) - *A Conneau et al*',
      '',
    ].join('\n');
    expect(read(t)).toEqual([
      ['Learning robust and multilingual speech representations', 'EMNLP 2020', ['K Kawakami']],
      ['Unsupervised cross-lingual representation learning for speech', undefined, ['A Conneau']],
    ]);
    // a phrase before the colon, or a link label no longer than the nickname: read as before (the text is the title)
    const other = [
      '- Our notes, see: [Learning robust and multilingual speech representations](https://arxiv.org/abs/2001.11128) - *K Kawakami et al*, `EMNLP 2020`',
      '- ViT: [Image](https://arxiv.org/abs/2010.11929) - *A Dosovitskiy et al*, `ICLR 2021`',
      '',
    ].join('\n');
    expect(parseFeed(other).papers.map((p) => p.title)).toEqual(['Our notes, see', 'ViT']);
  });
  it.todo('venue `arXiv 2020` is not kept (arXiv is a preprint server in src/data/venues.json, by design); not scored');
  it.todo('topics 84.7: NLP from `multilingual` / `cross-lingual` / `Text-to-speech` in speech titles (3 fp); `Unsupervised pretraining transfers well across languages` misses speech-audio (the list\'s subject); analysis, not the reader');
});

describe('medical image registration list: `* [Venue Year] Title [[pdf]](…) [[code]](…)`', () => {
  const src = text('d_awesome_med_registration_bracket_venue.md');
  const lines = gold('d_awesome_med_registration_bracket_venue.md.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  it('15 of 15 titles in order, URLs all (shared pdf and code links given to each item)', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it.todo('topics 62.1: `… Diffeomorphic Registration`, `Metric Mapping`, `Inverse Consistency` get no computer-vision; `Incremental Learning` (WiNet) read as continual learning; analysis, not the reader');
});

describe('LLMs for time series: multi-line `**Title**` / authors / `Venue, Year.` / `[Paper](…) | [Code](…)` items', () => {
  const src = text('d_awesome_timeseries_llm_multiline_bold.md');
  const lines = gold('d_awesome_timeseries_llm_multiline_bold.md.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  it('13 papers from 14 items (PromptCast listed twice is one), URLs all', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers).toHaveLength(13);
    const titles = new Set(r.papers.map((p) => fold(p.title).toLowerCase()));
    for (const g of lines) expect(titles.has(fold(g.title).toLowerCase()), g.title).toBe(true);
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it.todo('topics 87.5: `transfer-learning` for Llama 2 (`Fine-Tuned Chat Models`), NLP for Chronos (`Language of Time Series`), `pretrained LM` gives no large-language-models; analysis, not the reader');
});
