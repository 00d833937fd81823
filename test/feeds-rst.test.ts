// The reStructuredText reader (src/feeds/rst.ts): RST paper lists as awesome lists write them (simple and grid
// tables, bullet and definition lists, section titles, `label <url>`_ links, named and anonymous references,
// citations and directives as furniture), detected without being told, and never taken for markdown or plain text.
import { describe, expect, it } from 'vitest';
import { detectFormat, parseFeed } from '../src/index.js';
import { detectRst, rstReader, rstToMarkdown } from '../src/feeds/rst.js';
import type { ReaderContext } from '../src/feeds/types.js';

const diags: { code: string; message: string; start: number; end: number }[] = [];
const ctx: ReaderContext = { diagnose: (code, message, start, end) => void diags.push({ code, message, start, end }) };
const read = (t: string) => {
  diags.length = 0;
  return rstReader.read(t, ctx).entries;
};
const urls = (p: { urls: { url: string }[] }) => p.urls.map((u) => u.url);

const SIMPLE = [
  'Key Algorithms',
  '^^^^^^^^^^^^^^',
  '',
  'All of them are in `PyOD <https://github.com/yzhao062/pyod>`_.',
  '',
  '============  ==============================================  =====  ====================  ==========================================',
  'Abbreviation  Paper Title                                     Year   Ref                   Materials',
  '============  ==============================================  =====  ====================  ==========================================',
  'LOF           LOF: identifying density-based local outliers   2000   [#Breunig2000LOF]_    `[PDF] <http://example.org/lof.pdf>`_',
  'IForest       Isolation forest                                2008   [#Liu2008]_           `[PDF] <https://example.org/iforest.pdf>`_',
  'AE Ensemble   Outlier detection with autoencoder              2017   [#Chen2017]_          `[PDF] <https://arxiv.org/pdf/1706.00001.pdf>`_',
  '              ensembles',
  '============  ==============================================  =====  ====================  ==========================================',
  '',
].join('\n');

describe('RST simple tables', () => {
  it('one paper a row, the title from the `Paper Title` column (not the nickname column), links from `<url>`_', () => {
    const r = parseFeed(SIMPLE);
    expect(r.format).toBe('rst');
    expect(r.papers.map((p) => p.title)).toEqual(['LOF: identifying density-based local outliers', 'Isolation forest', 'Outlier detection with autoencoder ensembles']);
    expect(r.papers.map(urls)).toEqual([['http://example.org/lof.pdf'], ['https://example.org/iforest.pdf'], ['https://arxiv.org/pdf/1706.00001.pdf']]);
    expect(r.papers[2]!.arxivId).toBe('1706.00001');
    // the citation references are furniture: in no title
    expect(r.papers.some((p) => p.title.includes('Breunig') || p.title.includes('['))).toBe(false);
    // the intro line with its library link and the section title are no papers
    expect(r.papers.some((p) => /PyOD|Algorithms/.test(p.title))).toBe(false);
  });
  it('each paper points at its own row in the RST (offsets mapped back through the rewriting)', () => {
    const r = parseFeed(SIMPLE);
    for (const p of r.papers) expect(SIMPLE.slice(p.source!.start, p.source!.end)).toContain(p.title.split(' ')[0]!);
    const row = SIMPLE.indexOf('IForest');
    expect(r.papers[1]!.source!.start).toBe(row);
  });
  it('a table without a header: the title is the widest text column', () => {
    const t = [
      'Papers',
      '======',
      '',
      '=====  ===========================================  ==========================================',
      '2017   Attention Is All You Need                    `PDF <https://arxiv.org/pdf/1706.03762>`_',
      '2018   BERT: Pre-training of Deep Bidirectional     `PDF <https://arxiv.org/pdf/1810.04805>`_',
      '       Transformers for Language Understanding',
      '=====  ===========================================  ==========================================',
    ].join('\n');
    const r = parseFeed(t);
    expect(r.format).toBe('rst');
    expect(r.papers.map((p) => p.title)).toEqual(['Attention Is All You Need', 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding']);
    expect(r.papers.map((p) => p.arxivId)).toEqual(['1706.03762', '1810.04805']);
  });
});

describe('RST grid tables', () => {
  it('rows between `+---+` borders, cells joined over their lines, the header above `+===+`', () => {
    const t = [
      'Reading List',
      '~~~~~~~~~~~~',
      '',
      '+------------------------------------------+-------+----------------------------------------------+',
      '| Paper                                    | Year  | Links                                        |',
      '+==========================================+=======+==============================================+',
      '| Deep Residual Learning for Image         | 2016  | `arXiv <https://arxiv.org/abs/1512.03385>`_  |',
      '| Recognition                              |       |                                              |',
      '+------------------------------------------+-------+----------------------------------------------+',
      '| Batch Normalization: Accelerating Deep   | 2015  | `arXiv <https://arxiv.org/abs/1502.03167>`_  |',
      '| Network Training                         |       |                                              |',
      '+------------------------------------------+-------+----------------------------------------------+',
    ].join('\n');
    const r = parseFeed(t);
    expect(r.format).toBe('rst');
    expect(r.papers.map((p) => [p.title, p.arxivId])).toEqual([
      ['Deep Residual Learning for Image Recognition', '1512.03385'],
      ['Batch Normalization: Accelerating Deep Network Training', '1502.03167'],
    ]);
  });
});

const BULLETS = [
  '==============================',
  'Awesome Graph Learning Papers',
  '==============================',
  '',
  '.. image:: https://awesome.re/badge.svg',
  '   :target: https://awesome.re',
  '',
  'Graph Neural Networks',
  '---------------------',
  '',
  '* `Semi-Supervised Classification with Graph Convolutional Networks <https://arxiv.org/abs/1609.02907>`_ - ICLR 2017. [#Kipf2017]_',
  '* `Graph Attention Networks <https://arxiv.org/abs/1710.10903>`__, ICLR 2018.',
  '  `[Code] <https://github.com/PetarV-/GAT>`_',
  '* Inductive Representation Learning on Large Graphs. NeurIPS 2017. `[PDF] <https://arxiv.org/pdf/1706.02216.pdf>`_',
  '',
  'Graph Transformers',
  '^^^^^^^^^^^^^^^^^^',
  '',
  '- `Do Transformers Really Perform Bad for Graph Representation?`_ (Graphormer)',
  '- `How Powerful are Graph Neural Networks?`__',
  '- GIN_ again, by its short name',
  '',
  '.. _Do Transformers Really Perform Bad for Graph Representation?: https://arxiv.org/abs/2106.05234',
  '.. _GIN: https://github.com/weihua916/powerful-gnns',
  '__ https://arxiv.org/abs/1810.00826',
  '',
  '.. [#Kipf2017] Kipf, T. N., & Welling, M. (2017).',
  '',
].join('\n');

describe('RST bullet lists', () => {
  it('items with `label <url>`_ links, continuation lines, named and anonymous references resolved through their targets', () => {
    const r = parseFeed(BULLETS);
    expect(r.format).toBe('rst');
    const titles = r.papers.map((p) => p.title);
    expect(titles.slice(0, 5)).toEqual([
      'Semi-Supervised Classification with Graph Convolutional Networks',
      'Graph Attention Networks',
      'Inductive Representation Learning on Large Graphs',
      'Do Transformers Really Perform Bad for Graph Representation?',
      'How Powerful are Graph Neural Networks?',
    ]);
    expect(urls(r.papers[1]!)).toEqual(['https://arxiv.org/abs/1710.10903', 'https://github.com/PetarV-/GAT']);
    expect(r.papers.map((p) => p.arxivId).slice(0, 5)).toEqual(['1609.02907', '1710.10903', '1706.02216', '2106.05234', '1810.00826']);
    // the list title, the badge and the section titles are no papers
    expect(titles.some((t) => /Awesome|^Graph (Neural Networks|Transformers)$/.test(t))).toBe(false);
  });
  it('sections are the entries\' context; directives, targets and citation bodies are reported furniture with their positions', () => {
    const entries = read(BULLETS);
    expect(entries[0]!.sections?.at(-1)).toBe('Graph Neural Networks');
    expect(entries[3]!.sections?.at(-1)).toBe('Graph Transformers');
    const furniture = diags.filter((d) => d.message.includes('page furniture'));
    expect(furniture.map((d) => BULLETS.slice(d.start, d.start + 8))).toEqual(['.. image', '.. _Do T', '.. _GIN:', '__ https', '.. [#Kip']);
    expect(furniture[0]!.end).toBe(BULLETS.indexOf('awesome.re\n') + 'awesome.re'.length);
  });
  it('a definition list (a linked title line, its indented description) and `#.` enumerated items', () => {
    const t = [
      'Diffusion',
      '~~~~~~~~~',
      '',
      '`Score-Based Generative Modeling through SDEs <https://arxiv.org/abs/2011.13456>`_',
      '    A stochastic differential equation that transforms a complex data distribution to a known prior.',
      '',
      '#. `Adam: A Method for Stochastic Optimization <https://arxiv.org/abs/1412.6980>`_',
      '#. `Dropout: A Simple Way to Prevent Neural Networks from Overfitting <https://jmlr.org/papers/v15/srivastava14a.html>`_',
    ].join('\n');
    const r = parseFeed(t);
    expect(r.format).toBe('rst');
    expect(r.papers.map((p) => p.title)).toEqual(['Score-Based Generative Modeling through SDEs', 'Adam: A Method for Stochastic Optimization', 'Dropout: A Simple Way to Prevent Neural Networks from Overfitting']);
    expect(r.papers[0]!.abstract).toBe('A stochastic differential equation that transforms a complex data distribution to a known prior.');
  });
  it('literal blocks after `::` and roles are read as RST, not as text of a paper', () => {
    const t = [
      'Install',
      '^^^^^^^',
      '',
      'Run this::',
      '',
      '    pip install `thing <https://example.org/not-a-paper>`_',
      '',
      '* `Neural Ordinary Differential Equations <https://arxiv.org/abs/1806.07366>`_ (see :code:`torchdiffeq`)',
      '* `FFJORD <https://arxiv.org/abs/1810.01367>`_',
    ].join('\n');
    const r = parseFeed(t);
    expect(r.format).toBe('rst');
    expect(r.papers.map((p) => p.arxivId)).toEqual(['1806.07366', '1810.01367']);
    expect(r.papers.flatMap(urls)).not.toContain('https://example.org/not-a-paper');
  });
});

describe('RST tables written as directives, links wrapped over lines', () => {
  it('`.. list-table::` (`* - cell` rows, `:header-rows: 1`) and `.. csv-table::` (`:header:`, quoted cells)', () => {
    const t = [
      'Self-Supervised Learning',
      '========================',
      '',
      '.. list-table:: Contrastive methods',
      '   :header-rows: 1',
      '',
      '   * - Paper',
      '     - Venue',
      '     - Links',
      '   * - A Simple Framework for Contrastive Learning of Visual',
      '       Representations',
      '     - ICML 2020',
      '     - `arXiv <https://arxiv.org/abs/2002.05709>`_',
      '   * - Momentum Contrast for Unsupervised Visual Representation Learning',
      '     - CVPR 2020',
      '     - `arXiv <https://arxiv.org/abs/1911.05722>`_ `code <https://github.com/facebookresearch/moco>`_',
      '',
      '.. csv-table:: More',
      '   :header: "Title", "Year", "Link"',
      '',
      '   "Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning", 2020, `arXiv <https://arxiv.org/abs/2006.07733>`_',
      '   "Emerging Properties in Self-Supervised Vision Transformers", 2021, `arXiv <https://arxiv.org/abs/2104.14294>`_',
    ].join('\n');
    const r = parseFeed(t);
    expect(r.format).toBe('rst');
    expect(r.papers.map((p) => [p.title, p.arxivId])).toEqual([
      ['A Simple Framework for Contrastive Learning of Visual Representations', '2002.05709'],
      ['Momentum Contrast for Unsupervised Visual Representation Learning', '1911.05722'],
      ['Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning', '2006.07733'],
      ['Emerging Properties in Self-Supervised Vision Transformers', '2104.14294'],
    ]);
    expect(urls(r.papers[1]!)).toEqual(['https://arxiv.org/abs/1911.05722', 'https://github.com/facebookresearch/moco']);
  });
  it('a `label <url>`_ link wrapped over two lines, and an address wrapped inside a grid cell (its white space dropped)', () => {
    expect(rstToMarkdown('Papers\n^^^^^^\n\n* `Exploring Simple Siamese Representation Learning\n  <https://arxiv.org/abs/2011.10566>`_ (SimSiam).\n')).toContain('* [Exploring Simple Siamese Representation Learning](https://arxiv.org/abs/2011.10566) (SimSiam).');
    const grid = [
      'Papers',
      '~~~~~~',
      '',
      '+----------------------------------+----------------------------------+',
      '| Title                            | Links                            |',
      '+==================================+==================================+',
      '| Batch Normalization: Accelerating| `PDF <https://arxiv.org/pdf/1502.|',
      '| Deep Network Training            | 03167>`_                         |',
      '+----------------------------------+----------------------------------+',
    ].join('\n');
    const r = parseFeed(grid);
    expect(r.papers.map((p) => [p.title, urls(p)])).toEqual([['Batch Normalization: Accelerating Deep Network Training', ['https://arxiv.org/pdf/1502.03167']]]);
  });
});

describe('RST inline markup as the reader writes it for the markdown reader', () => {
  it.each([
    ['a numbered item keeps its number; `#.` and `(b)` become `1.`', '3. `A <https://x.org/a>`_\n#. `B <https://x.org/b>`_\n(b) `C <https://x.org/c>`_\n', '3. [A](https://x.org/a)\n1. [B](https://x.org/b)\n1. [C](https://x.org/c)\n'],
    ['a citation role and a citation reference are left out; a code role keeps its text', '* Adam :cite:`kingma2014` [#k]_ with :code:`torch.optim`\n', '* Adam with torch.optim\n'],
    ['``literal`` becomes code; `\\ ` escapes vanish', 'Uses ``pip``\\ -installable code\n', 'Uses `pip`-installable code\n'],
    ['a paragraph line starting with `#` is no heading', '# 1 pick of the week\n', '\\# 1 pick of the week\n'],
    ['unbalanced brackets of a label are escaped, balanced parentheses of an address kept', '* `A [v2 <https://de.wikipedia.org/wiki/CSV_(Dateiformat)>`__\n', '* [A \\[v2](https://de.wikipedia.org/wiki/CSV_(Dateiformat))\n'],
    ['a simple reference `name_` resolved through its target', 'See GIN_ now.\n\n.. _GIN: https://github.com/weihua916/powerful-gnns\n', 'See [GIN](https://github.com/weihua916/powerful-gnns) now.\n'],
  ])('%s', (_, rst, md) => {
    expect(rstToMarkdown(rst)).toContain(md);
  });
});

describe('RST detection needs RST\'s own markup', () => {
  it('one `label <url>`_ item and nothing of markdown is RST, weakly', () => {
    expect(detectRst('* `Attention Is All You Need <https://arxiv.org/abs/1706.03762>`_\n')).toBe(0.3);
    expect(parseFeed('* `Attention Is All You Need <https://arxiv.org/abs/1706.03762>`_\n').papers.map((p) => p.title)).toEqual(['Attention Is All You Need']);
  });
  it('RST lists and tables are detected with high confidence', () => {
    expect(detectRst(SIMPLE)).toBeGreaterThanOrEqual(0.9);
    expect(detectRst(BULLETS)).toBeGreaterThanOrEqual(0.9);
    expect(detectFormat(BULLETS).format).toBe('rst');
  });
  it.each([
    ['a markdown list with setext headings', 'Papers\n======\n\nVision\n------\n\n- [A Paper](https://arxiv.org/abs/2401.00001)\n- [B Paper](https://arxiv.org/abs/2401.00002)\n'],
    ['a markdown list with a pipe table', '# Papers\n\n| Title | Link |\n|---|---|\n| A Paper | [pdf](https://x.org/a.pdf) |\n\n## More\n\n- [B](https://x.org/b)\n'],
    ['an e-mail digest with rules around its lines', '-----\n-----\nSend comments to the submitter.\n-----\nTo unsubscribe, write to us.\n-----\n\nTitle: A Paper\nAuthors: A. Author\n'],
    ['plain text', 'Some papers I liked:\n\nAttention Is All You Need. https://arxiv.org/abs/1706.03762\nBERT. https://arxiv.org/abs/1810.04805\n'],
    ['a plain-text capture with an ASCII table', 'Results\n\n+-------+------+\n| model | acc  |\n+-------+------+\n| A     | 90.1 |\n+-------+------+\n'],
    ['markdown that quotes one RST link', '# Notes\n\nRST writes `a <https://x.org>`_ where markdown writes [a](https://x.org) and [b](https://y.org).\n'],
  ])('%s is no RST', (_, t) => {
    expect(detectRst(t)).toBe(0);
    expect(detectFormat(t).format).not.toBe('rst');
  });
});

// Nothing here times anything (speed belongs to the benchmark); each shape must come back within the test timeout.
describe('RST the reader never chokes on', () => {
  const shapes: [string, string][] = [
    ['a rule and nothing else', '====  ====\n'],
    ['an unclosed simple table', '====  ====\na     b\n' + 'x     y\n'.repeat(2000)],
    ['thousands of rules', '====  ====\n'.repeat(5000)],
    ['a grid border without cells', '+----+----+\n'.repeat(3000)],
    ['unclosed backticks and links', '* `a <http://x\n'.repeat(3000) + '`'.repeat(5000)],
    ['a long line of references', 'x_ '.repeat(20000) + '\n.. _x: https://x.org\n'],
    ['citation brackets', '[#a]_'.repeat(10000) + '\n' + '['.repeat(10000)],
    ['emphasis runs in a table cell', '=====  =====\nTitle  Link\n=====  =====\n' + '*a* '.repeat(5000) + '  b\n=====  =====\n'],
    ['deep indentation', Array.from({ length: 600 }, (_, i) => ' '.repeat(i) + '* item').join('\n')],
    ['adornment lines only', '^^^^\n~~~~\n====\n----\n'.repeat(2000)],
    ['a title over- and underlined without text', '####\n\n####\n'],
    ['CR line endings', SIMPLE.split('\n').join('\r')],
  ];
  it.each(shapes)('%s', (_, t) => {
    const r = parseFeed(t, { format: 'rst' });
    expect(Array.isArray(r.papers)).toBe(true);
    for (const d of r.diagnostics) expect(d.end).toBeLessThanOrEqual(t.length);
    expect(() => detectRst(t)).not.toThrow();
  });
  it('a byte-order mark before a table\'s first rule leaves its columns in place', () => {
    const t = SIMPLE.slice(SIMPLE.indexOf('====='));
    const a = parseFeed(t);
    const b = parseFeed('\ufeff' + t);
    expect(b.format).toBe('rst');
    expect(b.papers.map((p) => p.title)).toEqual(a.papers.map((p) => p.title));
    expect(a.papers[0]!.title).toBe('LOF: identifying density-based local outliers');
  });
  it('CRLF line endings and a BOM read the same papers', () => {
    const a = parseFeed(BULLETS);
    const b = parseFeed('\ufeff' + BULLETS.split('\n').join('\r\n'));
    expect(b.format).toBe('rst');
    expect(b.papers.map((p) => [p.title, urls(p)])).toEqual(a.papers.map((p) => [p.title, urls(p)]));
  });
});

describe('review findings', () => {
  it('a rule of more than 64 column runs is no table (its writing would grow with columns x rows)', () => {
    const wide = '= '.repeat(3000) + '\n' + 'x\n'.repeat(3000) + '= '.repeat(3000) + '\n';
    expect(rstToMarkdown(wide).length).toBeLessThan(2 * wide.length);
    expect(() => parseFeed(wide, { format: 'rst' })).not.toThrow();
  });
});
