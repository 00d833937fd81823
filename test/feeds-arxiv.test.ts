// The arXiv text readers (digest, listing page, search results) on the shared real
// feeds and on fixtures/arxiv/, compared with the gold answers where there are some.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arxivDigestReader, parseArxivId, splitAuthors } from '../src/feeds/arxiv-digest.js';
import { arxivListingReader, arxivSearchReader, delinkLine } from '../src/feeds/arxiv-listing.js';
import { atomReader } from '../src/feeds/atom.js';
import { rssReader } from '../src/feeds/rss.js';
import type { FeedReader, RawEntry, ReaderResult } from '../src/feeds/types.js';
import { foldKey, foldSpace } from '../src/lib/text.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const gold = (name: string) =>
  fx(name)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title: string; abstract?: string; authors: string[]; arxivId: string; categories: string[]; urls: string[] });

interface Diag {
  code: string;
  message: string;
  start: number;
  end: number;
  severity?: string;
}
function run(reader: FeedReader, text: string): ReaderResult & { diags: Diag[] } {
  const diags: Diag[] = [];
  const r = reader.read(text, { diagnose: (code, message, start, end, severity) => diags.push({ code, message, start, end, severity }) });
  return { ...r, diags };
}
const byId = (entries: RawEntry[], id: string) => {
  const e = entries.find((x) => x.arxivId === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

const DIGEST = fx('shared/arxiv_digest_dev.txt');
const TAIL = fx('shared/arxiv_digest_dev_tail.txt');
const LISTING = fx('shared/arxiv_listing_dev.txt');
const SEARCH = fx('arxiv/search_results.txt');

describe.each([
  ['digest', arxivDigestReader, 'shared/arxiv_digest_dev.txt', 'shared/arxiv_digest_dev.jsonl'],
  ['digest tail', arxivDigestReader, 'shared/arxiv_digest_dev_tail.txt', 'shared/arxiv_digest_dev_tail.jsonl'],
  ['listing', arxivListingReader, 'shared/arxiv_listing_dev.txt', 'shared/arxiv_listing_dev.jsonl'],
] as const)('%s against its gold file', (_name, reader, feed, goldFile) => {
  const res = run(reader, fx(feed));
  const expected = gold(goldFile);
  it('finds every paper and nothing else, in order', () => {
    expect(res.entries.map((e) => foldKey(e.title))).toEqual(expected.map((g) => foldKey(g.title)));
  });
  it('reads abstracts exactly (after folding white space)', () => {
    expect(res.entries.map((e) => (e.abstract === undefined ? undefined : foldSpace(e.abstract)))).toEqual(expected.map((g) => (g.abstract === undefined ? undefined : foldSpace(g.abstract))));
  });
  it('reads authors, ids and categories as the gold does', () => {
    expect(res.entries.map((e) => e.authors)).toEqual(expected.map((g) => g.authors));
    expect(res.entries.map((e) => e.arxivId)).toEqual(expected.map((g) => g.arxivId));
    expect(res.entries.map((e) => e.categories)).toEqual(expected.map((g) => g.categories));
  });
  it('keeps offsets inside the text and the capture complete', () => {
    const text = fx(feed);
    for (const e of res.entries) {
      expect(e.start).toBeLessThan(e.end);
      expect(e.end).toBeLessThanOrEqual(text.length);
    }
    expect(res.truncated).toBeFalsy();
  });
});

describe('arXiv digest', () => {
  const res = run(arxivDigestReader, DIGEST);
  const tail = run(arxivDigestReader, TAIL);

  it.each([
    ['2306.05480', 'new', '2023-06-08T18:04:13Z', ['cs.AI']],
    ['2306.05490', 'new', '2023-06-08T18:22:46Z', ['cs.AI', 'cs.LO']],
    ['2306.05442', 'new', '2023-06-08T12:24:04Z', ['cs.CV']],
  ] as const)('%s: type %s, date %s, categories', (id, type, iso, cats) => {
    const e = byId(res.entries, id);
    expect(e.announceType).toBe(type);
    expect(e.date?.iso).toBe(iso);
    expect(e.dates?.submitted?.iso).toBe(iso);
    expect(e.categories).toEqual(cats);
  });

  it('links only the footer address, never addresses in the prose', () => {
    const e = byId(res.entries, '2306.05675'); // its abstract ends with a GitHub URL
    expect(e.links).toEqual([{ url: 'https://arxiv.org/abs/2306.05675', origin: 'links', start: expect.any(Number), end: expect.any(Number) }]);
    expect(DIGEST.slice(e.links[0]!.start!, e.links[0]!.end!)).toBe('https://arxiv.org/abs/2306.05675');
    expect(e.abstract).toMatch(/Code is available at https:\/\/github\.com\/Xiaofeng-life\/ICDehazing\.$/);
  });

  it('joins wrapped fields: a comment URL on a continuation line stays in comments', () => {
    const e = byId(res.entries, '2306.05493');
    expect(e.comments).toBe('ICML 2023, project page: https://www.robots.ox.ac.uk/vgg/research/mm-ovod/');
    expect(e.title).toBe('Multi-Modal Classifiers for Open-Vocabulary Object Detection');
    expect(byId(res.entries, '2306.05442').comments).toBe('arXiv admin note: substantial text overlap with arXiv:2203.16194, arXiv:2303.01237');
    expect(byId(res.entries, '2306.05731').title).toBe('Multimodal Explainable Artificial Intelligence: A Comprehensive Review of Methodological Advances and Future Research Directions');
  });

  it('splits "A, B, and C" and "A and B" and keeps LaTeX in names', () => {
    expect(byId(res.entries, '2306.05480').authors?.slice(-2)).toEqual(['Tianming Liu', 'Dinggang Shen']);
    expect(byId(res.entries, '2306.05490').authors).toEqual(['Ionela G. Mocanu', 'Vaishak Belle', 'Brendan Juba']);
    expect(byId(tail.entries, '2306.05359').authors).toEqual(['Marwan Zeggari', 'Aydin Abadi', 'Renaud Lambiotte', 'Mohamad Kassab']);
    expect(tail.entries.some((e) => e.authors?.includes("Petar Veli\\v{c}kovi\\'c"))).toBe(true);
  });

  it('keeps abstracts with LaTeX leftovers as written, paragraphs joined', () => {
    const e = byId(res.entries, '2306.05442');
    expect(e.abstract).toContain('a 16.5\\% and 15.5\\% error reduction');
    expect(e.abstract).toContain('alternate-group transformer~(AGT) layers');
    const two = byId(res.entries, '2306.05747');
    expect(two.abstract).toContain('using optimization methods. This paper proposes a novel end-to-end approach');
  });

  it('reads replacements: no abstract, the revised date as updated, cross-listings as replace-cross', () => {
    const counts: Record<string, number> = {};
    for (const e of tail.entries) counts[e.announceType!] = (counts[e.announceType!] ?? 0) + 1;
    expect(counts).toEqual({ replace: 16, 'replace-cross': 19 });
    const e = byId(tail.entries, '2305.15945');
    expect(e.abstract).toBeUndefined();
    expect(e.date).toBeUndefined();
    expect(e.dates?.updated?.iso).toBe('2023-06-08T18:26:36Z');
    expect(e.doi).toBe('10.1145/3583131.3590460');
    expect(byId(tail.entries, '2212.14449').announceType).toBe('replace-cross');
    expect(byId(tail.entries, '2304.04740').comments).toBe('ICML 2023 Camera Ready. Code available at https://github.com/louaaron/Reflected-Diffusion');
    const missing = tail.diags.filter((d) => d.code === 'MISSING_ABSTRACT');
    expect(missing).toHaveLength(35);
    expect(missing.every((d) => d.severity === 'info')).toBe(true);
  });

  it('reads a cross-listed new submission as cross', () => {
    const text = DIGEST.replace('arXiv:2306.05490\n', 'arXiv:2306.05490 (*cross-listing*)\n');
    expect(byId(run(arxivDigestReader, text).entries, '2306.05490').announceType).toBe('cross');
  });

  it('marks a capture cut inside an entry as truncated', () => {
    const cut = DIGEST.slice(0, DIGEST.indexOf('PSPACE-complete'));
    const r = run(arxivDigestReader, cut);
    expect(r.entries).toHaveLength(2);
    expect(r.truncated).toBe(true);
    expect(r.entries[1]!.truncated).toBe(true);
    expect(r.entries[1]!.abstract).toMatch(/^The tension between deduction/);
    expect(r.diags.map((d) => d.code)).toContain('TRUNCATED_ENTRY');
    // cut right after a footer: complete
    const clean = DIGEST.slice(0, DIGEST.indexOf('\\\\ ( https://arxiv.org/abs/2306.05490 ,  151kb)') + 48);
    const c = run(arxivDigestReader, clean);
    expect(c.entries).toHaveLength(2);
    expect(c.truncated).toBeFalsy();
  });
});

describe('arXiv listing page', () => {
  const res = run(arxivListingReader, LISTING);

  it('states the announced count and finds all entries', () => {
    expect(res.announced).toBe(11);
    expect(res.entries).toHaveLength(11);
  });

  it.each([
    ['2609.05434', 'new'],
    ['2609.06137', 'new'],
    ['2609.07989', 'cross'],
    ['2609.08581', 'cross'],
    ['2601.07131', 'replace'],
    ['2605.06604', 'replace'],
    ['1510.03928', 'replace-cross'],
    ['2607.12990', 'replace-cross'],
  ] as const)('%s is %s', (id, type) => {
    expect(byId(res.entries, id).announceType).toBe(type);
  });

  it('reads fields split over lines, the " , " author separator and Subjects', () => {
    const e = byId(res.entries, '2609.05434');
    expect(e.title).toBe('Deep Learning for Reflected BSDEs: Regularization and Error Analysis');
    expect(e.authors).toEqual(['Ruimeng Hu', 'Yihan Zou']);
    expect(e.comments).toBe('26 pages');
    expect(e.categories).toEqual(['q-fin.CP', 'stat.ML']);
    expect(e.abstract).toMatch(/^Reflected backward stochastic differential equations \(RBSDEs\)/);
    expect(e.abstract).toContain('$\\varepsilon>0$');
    expect(byId(res.entries, '1510.03928').journalRef).toBe('SIAM.J.Numer.Anal. 54.3 (2016) 1341-1364');
    expect(byId(res.entries, '2609.07989').categories?.[0]).toBe('q-fin.TR');
  });

  it('builds no address from an id', () => {
    expect(res.entries.every((e) => e.links.length === 0)).toBe(true);
  });

  it('starts entries at their [n] marker', () => {
    for (const e of res.entries) expect(LISTING.slice(e.start, e.end)).toMatch(/^\[\d+\]/);
  });

  it('reads a browser copy of the same page (labels and values on one line)', () => {
    const copy = [
      'Computational Finance',
      'New submissions (showing 1 of 1 entries)',
      '[1]  arXiv:2609.05434 [pdf, html, other]',
      'Title: Deep Learning for Reflected BSDEs: Regularization and Error Analysis',
      'Ruimeng Hu, Yihan Zou',
      'Comments: 26 pages',
      'Subjects: Computational Finance (q-fin.CP); Machine Learning (stat.ML)',
      'Reflected backward stochastic differential equations (RBSDEs) provide a probabilistic formulation.',
      'Cross submissions (showing 1 of 1 entries)',
      '[2]  arXiv:2609.08581 (cross-list from cs.LG) [pdf, html, other]',
      'Title: AlphaRJM: Reward-Jump Memory for Stochastic Return-Guided Alpha Discovery',
      'Authors: Sayan Dhan, Selvaraju Natarajan',
      'Subjects: Machine Learning (cs.LG); Computational Finance (q-fin.CP)',
      'Formulaic alpha discovery is a pool-dependent symbolic search problem.',
      'Total of 2 entries',
      'About',
    ].join('\n');
    const r = run(arxivListingReader, copy);
    expect(r.entries.map((e) => [e.arxivId, e.announceType, e.authors, e.categories, e.abstract])).toEqual([
      ['2609.05434', 'new', ['Ruimeng Hu', 'Yihan Zou'], ['q-fin.CP', 'stat.ML'], 'Reflected backward stochastic differential equations (RBSDEs) provide a probabilistic formulation.'],
      ['2609.08581', 'cross', ['Sayan Dhan', 'Selvaraju Natarajan'], ['cs.LG', 'q-fin.CP'], 'Formulaic alpha discovery is a pool-dependent symbolic search problem.'],
    ]);
    expect(r.announced).toBe(2);
    expect(arxivListingReader.detect(copy)).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a listing without author lines or abstracts (old text rendering)', () => {
    const text = [
      'Information Retrieval',
      '[ total of 2 entries: 1-2 ]',
      'New submissions for Tue, 23 Jul 24',
      '[1]  arXiv:2407.14741 [pdf, other]',
      'Title: Orthogonal Hyper-category Guided Multi-interest Elicitation for Micro-video Matching',
      'Comments: 6 pages, accepted by ICME 2024',
      'Subjects: Information Retrieval (cs.IR); Artificial Intelligence (cs.AI)',
      '',
      '[2]  arXiv:2407.14743 [pdf, other]',
      'Title: Denoising Long- and Short-term Interests for Sequential Recommendation',
      'Subjects: Information Retrieval (cs.IR)',
      '',
      'Disable MathJax (What is MathJax?)',
    ].join('\n');
    const r = run(arxivListingReader, text);
    expect(r.entries.map((e) => [e.arxivId, e.title, e.authors, e.abstract, e.announceType])).toEqual([
      ['2407.14741', 'Orthogonal Hyper-category Guided Multi-interest Elicitation for Micro-video Matching', undefined, undefined, 'new'],
      ['2407.14743', 'Denoising Long- and Short-term Interests for Sequential Recommendation', undefined, undefined, 'new'],
    ]);
    expect(r.announced).toBe(2);
    expect(r.truncated).toBeFalsy();
  });

  it('sums the day headings of a /recent page', () => {
    const text = [
      'Machine Learning',
      'Fri, 9 Jun 2023 (showing 1 of 1 entries)',
      '[1]  arXiv:2306.05480 [pdf, other]',
      'Title: Artificial General Intelligence for Medical Imaging',
      'Authors: Xiang Li, Lu Zhang',
      'Subjects: Artificial Intelligence (cs.AI)',
      'Thu, 8 Jun 2023 (showing 1 of 1 entries)',
      '[2]  arXiv:2306.05490 [pdf, ps, other]',
      'Title: Learnability with PAC Semantics for Multi-agent Beliefs',
      'Authors: Ionela G. Mocanu, Vaishak Belle, Brendan Juba',
      'Subjects: Artificial Intelligence (cs.AI); Logic in Computer Science (cs.LO)',
      'Total of 412 entries',
    ].join('\n');
    const r = run(arxivListingReader, text);
    expect(r.entries.map((e) => [e.arxivId, e.authors?.length, e.categories])).toEqual([
      ['2306.05480', 2, ['cs.AI']],
      ['2306.05490', 3, ['cs.AI', 'cs.LO']],
    ]);
    expect(r.announced).toBe(2);
  });

  it('marks a capture cut inside the last entry', () => {
    const cut = LISTING.slice(0, LISTING.indexOf('Self-Consistent Adjoint Policy Iteration') + 20);
    const r = run(arxivListingReader, cut);
    expect(r.entries).toHaveLength(11);
    expect(r.truncated).toBe(true);
    expect(r.entries[10]!.truncated).toBe(true);
  });
});

describe('arXiv search results', () => {
  const res = run(arxivSearchReader, SEARCH);

  it('finds the results and the count the page states', () => {
    expect(res.entries.map((e) => e.arxivId)).toEqual(['2405.01234', '2311.04567', '2309.00999', 'cs/0405012']);
    expect(res.announced).toBe(4);
    expect(res.truncated).toBeFalsy();
  });

  it('takes the full abstract after "▽ More" and drops "△ Less"', () => {
    const e = byId(res.entries, '2405.01234');
    expect(e.abstract).toMatch(/^Retrieval-augmented generation \(RAG\) systems commonly rerank/);
    expect(e.abstract).toMatch(/Code is available at https:\/\/github\.com\/mtanaka\/budget-rerank\.$/);
    expect(e.abstract).not.toContain('…');
    expect(e.abstract).not.toContain('More');
  });

  it('falls back to the snippet without its ellipsis when no full text is shown', () => {
    expect(byId(res.entries, '2309.00999').abstract).toBe('Multi-stage retrieval pipelines assume that a strong reranker corrects the errors of the first stage. We show that query drift introduced by');
    expect(byId(res.entries, 'cs/0405012').abstract).toMatch(/by 8\\% on a crawl of 2 million pages\.$/);
  });

  it('reads the title, authors, categories, doi, comments and journal ref', () => {
    const e = byId(res.entries, '2311.04567');
    expect(e.title).toBe('Listwise Reranking with Small Language Models: A Reproducibility Study');
    expect(e.authors).toEqual(['René Dupré', 'Hannah Schröder']);
    expect(e.categories).toEqual(['cs.IR', 'cs.CL']);
    expect(e.doi).toBe('10.1145/3626772.3657800');
    expect(e.comments).toBe('SIGIR 2024 reproducibility track');
    expect(e.journalRef).toBe('Proceedings of SIGIR 2024, pp. 1234-1243');
    expect(byId(res.entries, '2405.01234').categories).toEqual(['cs.CL', 'cs.AI', 'cs.IR']);
  });

  it('keeps submitted, updated and announced dates apart', () => {
    const e = byId(res.entries, '2405.01234');
    expect(e.date?.iso).toBe('2024-05-02');
    expect(e.dates?.submitted?.iso).toBe('2024-05-02');
    expect(e.dates?.updated?.iso).toBe('2024-05-14');
    expect(e.dates?.announced).toMatchObject({ year: 2024, month: 5 });
    expect(byId(res.entries, 'cs/0405012').dates?.submitted?.iso).toBe('2004-05-05');
  });

  it('reads a text rendering with numbered results and tags on their own lines', () => {
    const text = [
      'Showing 1–2 of 2 results for all: graph',
      '1.',
      'arXiv:2310.11111',
      '[pdf, other]',
      'cs.LG',
      'cs.IR',
      'Graph Neural Networks for Session-Based Recommendation:',
      'A Survey',
      'Authors:',
      'Jana Novakova,',
      'Peter Schmidt',
      'Abstract:',
      'Session-based recommendation predicts … ▽ More',
      '',
      'Session-based recommendation predicts the next item from a short anonymous sequence.',
      '△ Less',
      'Submitted 1 October, 2023; originally announced October 2023.',
      '2. arXiv:2309.00999 [pdf] cs.IR',
      'Reranking Is Not Enough',
      'Authors: Olamide Adeyemi',
      'Abstract: Short abstract. △ Less',
      'Submitted 2 September, 2023; originally announced September 2023.',
      'Next',
    ].join('\n');
    const r = run(arxivSearchReader, text);
    expect(r.entries.map((e) => [e.arxivId, e.title, e.authors, e.categories, e.abstract])).toEqual([
      ['2310.11111', 'Graph Neural Networks for Session-Based Recommendation: A Survey', ['Jana Novakova', 'Peter Schmidt'], ['cs.LG', 'cs.IR'], 'Session-based recommendation predicts the next item from a short anonymous sequence.'],
      ['2309.00999', 'Reranking Is Not Enough', ['Olamide Adeyemi'], ['cs.IR'], 'Short abstract.'],
    ]);
    expect(r.announced).toBe(2);
  });

  it('is also read by the listing reader when forced', () => {
    expect(run(arxivListingReader, SEARCH).entries.map((e) => e.abstract)).toEqual(res.entries.map((e) => e.abstract));
  });
});

describe('line endings, BOM, tabs and NBSP read like LF text', () => {
  const variants = (text: string): [string, string][] => [
    ['CRLF', text.replace(/\n/g, '\r\n')],
    ['CR', text.replace(/\n/g, '\r')],
    ['BOM', '\uFEFF' + text],
    ['BOM+CRLF', '\uFEFF' + text.replace(/\n/g, '\r\n')],
    ['tabs+NBSP', text.replace(/\n /g, '\n\t').replace(/^Title: /gm, 'Title:\u00a0')],
    ['lines trimmed, blank lines dropped', text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n')],
  ];
  const summary = (r: ReaderResult) => r.entries.map((e) => [e.arxivId, e.title, e.abstract, e.authors, e.categories, e.announceType, e.comments]);
  describe.each([
    ['digest', arxivDigestReader, DIGEST],
    ['digest tail', arxivDigestReader, TAIL],
    ['listing', arxivListingReader, LISTING],
    ['search', arxivSearchReader, SEARCH],
  ] as const)('%s', (_n, reader, text) => {
    const base = summary(run(reader, text));
    it.each(variants(text))('%s', (_v, variant) => {
      const r = run(reader, variant);
      expect(summary(r)).toEqual(base);
      expect(reader.detect(variant)).toBeGreaterThanOrEqual(0.9);
      for (const e of r.entries) expect(e.end).toBeLessThanOrEqual(variant.length);
    });
  });
});

describe('detect', () => {
  const texts: Record<string, string> = {
    digest: DIGEST,
    'digest tail': TAIL,
    listing: LISTING,
    search: SEARCH,
    'hf markdown': fx('shared/hf_page_dev.md'),
    'awesome list': fx('shared/awesome_list_dev.md'),
    'hf text': fx('seed-hf-page.txt'),
    atom: fx('arxiv/atom_api.xml'),
    rss: fx('arxiv/rss2.xml'),
    plain: 'We propose a new method for image classification.\n\nIt works well on CIFAR-10 (arXiv:2306.05480).',
    markdown: '# Papers\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - NeurIPS 2017\n- arXiv:2306.05480 Title: something\n',
    empty: '',
  };
  const own: Record<string, string[]> = {
    'arxiv-digest': ['digest', 'digest tail'],
    'arxiv-listing': ['listing'],
    'arxiv-search': ['search'],
  };
  describe.each([
    [arxivDigestReader],
    [arxivListingReader],
    [arxivSearchReader],
  ] as const)('%s', (reader) => {
    it.each(Object.keys(texts))('on %s', (name) => {
      const c = reader.detect(texts[name]!);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
      if (own[reader.name]!.includes(name)) expect(c).toBeGreaterThanOrEqual(0.9);
      else expect(c).toBeLessThan(0.35);
      if (!own[reader.name]!.includes(name) && name !== 'listing' && name !== 'search') expect(c).toBeLessThan(0.2);
    });
  });
  it('decides detection on the head of a large input (the first 20 KB)', () => {
    const big = DIGEST + 'x'.repeat(5_000_000);
    const head = big.slice(0, 20_000);
    for (const r of [arxivDigestReader, arxivListingReader, arxivSearchReader]) expect(r.detect(big), r.name).toBe(r.detect(head));
  });
});

describe('shared arXiv helpers', () => {
  it.each([
    ['2306.05480', { id: '2306.05480' }],
    ['arXiv:2306.05480v2', { id: '2306.05480', version: 2 }],
    ['https://arxiv.org/abs/2306.05480v3', { id: '2306.05480', version: 3 }],
    ['http://arxiv.org/pdf/2306.05480v1.pdf', { id: '2306.05480', version: 1 }],
    ['hep-th/9901001v2', { id: 'hep-th/9901001', version: 2 }],
    ['math.CA/0611800', { id: 'math/0611800' }],
    ['http://arxiv.org/abs/hep-th/9901001v2', { id: 'hep-th/9901001', version: 2 }],
    ['oai:arXiv.org:2401.06785v1', { id: '2401.06785', version: 1 }],
    ['2313.00001', undefined],
    ['not an id', undefined],
    ['https://example.org/abs/2306.05480', undefined],
  ] as const)('parseArxivId(%s)', (raw, expected) => {
    expect(parseArxivId(raw)).toEqual(expected);
  });
  it.each([
    ['A, B, and C', ['A', 'B', 'C']],
    ['A and B and C', ['A', 'B', 'C']],
    ['Ruimeng Hu , Yihan Zou ', ['Ruimeng Hu', 'Yihan Zou']],
    ['Lucia Mori, Tomás García (Universidad de Chile, Santiago), Wei Chen', ['Lucia Mori', 'Tomás García', 'Wei Chen']],
    ['Martin Luther King, Jr., Ada Lovelace', ['Martin Luther King, Jr.', 'Ada Lovelace']],
    ["Jos\\'e {de la Cruz} and Ana Ruiz", ["Jos\\'e {de la Cruz}", 'Ana Ruiz']],
    ['A. Author (1), B. Author (2) ((1) MIT, (2) CMU)', ['A. Author', 'B. Author']],
  ] as const)('splitAuthors(%s)', (raw, expected) => {
    expect(splitAuthors(raw).authors).toEqual(expected);
  });
  it('collects parenthesised affiliations', () => {
    expect(splitAuthors('A. Author (1), B. Author (2) ((1) MIT, (2) CMU)').affiliations).toEqual(['MIT', 'CMU']);
    expect(splitAuthors('Tomás García (Universidad de Chile, Santiago)').affiliations).toEqual(['Universidad de Chile, Santiago']);
  });
});

describe('broken input never throws', () => {
  const readers = [arxivDigestReader, arxivListingReader, arxivSearchReader, atomReader, rssReader];
  const ctx = { diagnose() {} };
  it.each([
    '',
    '\\\\',
    '\\\\\narXiv:',
    '\\\\\narXiv:2306.05480\n',
    '\\\\\narXiv:2306.05480\nDate: x\n\nTitle:',
    '[1]\narXiv:2306.05480\n[pdf]\nTitle:',
    'arXiv:2306.05480 [pdf] cs.CL\nAuthors:\nAbstract: ▽ More △ Less ▽',
    '\u0000\u0001\uFFFF\uD800',
    '-'.repeat(78),
    '%%%---%%%---',
  ])('%j', (text) => {
    for (const r of readers) {
      expect(() => r.read(text, ctx)).not.toThrow();
      expect(() => r.detect(text)).not.toThrow();
    }
  });
  it('on random text and on random cuts of the real feeds', () => {
    const sources = [DIGEST, TAIL, LISTING, SEARCH];
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(3), fc.nat(), fc.nat(), (junk, which, a, b) => {
        const src = sources[which]!;
        const i = a % src.length;
        const j = i + (b % 3000);
        const text = src.slice(i, j) + junk;
        for (const r of readers) {
          const res = r.read(text, ctx);
          expect(Array.isArray(res.entries)).toBe(true);
          for (const e of res.entries) {
            expect(typeof e.title).toBe('string');
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
          }
          const c = r.detect(text);
          expect(c >= 0 && c <= 1).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
  // hang guard (the test timeout); speed and linear growth: `npm run bench`, test/fixtures/pathological/time.ts
  it('finishes on hostile line structures', () => {
    const hostile = ['\\\\\narXiv:2306.05480\n'.repeat(20_000), '[1]\n'.repeat(100_000), 'Title:\n'.repeat(60_000), '\r'.repeat(200_000), '▽ More △ Less\n'.repeat(20_000)];
    for (const text of hostile) {
      for (const r of [arxivDigestReader, arxivListingReader]) expect(Array.isArray(r.read(text, ctx).entries)).toBe(true);
    }
  }, 60_000);
});

// ---------------------------------------------------------------------------
// Real samples beyond the dev feeds (fixtures/arxiv/real/, see its README)

describe('real samples: other archives, other renderings', () => {
  it('reads an arXiv listing file of 2006 (`Paper:` ids, `From:`, `Date (revised vN):`, no abstracts)', () => {
    const text = fx('arxiv/real/listing_file_astro-ph_0601.txt');
    const r = run(arxivDigestReader, text);
    expect(arxivDigestReader.detect(text)).toBeGreaterThanOrEqual(0.9);
    expect(r.entries.map((e) => e.arxivId)).toEqual([
      'astro-ph/0601001', 'astro-ph/0601002', 'astro-ph/0601003', 'astro-ph/0601004', 'astro-ph/0601005', 'astro-ph/0601007', 'astro-ph/0601029',
    ]);
    const first = r.entries[0]!;
    expect(first.title).toBe('Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina');
    expect(first.comments).toBe('62 pages including 16 figures and 9 tables. Submitted to Acta Astronomica. Full resolution version at http://www.astronomy.ohio-state.edu/~gould/ogle_hot_jupiters.ps.gz');
    expect(first.abstract).toBeUndefined();
    // the first `Date:` is the submission; the last `Date (revised vN):` the update, never part of the date text
    const second = byId(r.entries, 'astro-ph/0601002');
    expect(second.dates?.submitted?.iso).toBe('2005-12-30T21:01:18Z');
    expect(second.dates?.updated?.iso).toBe('2006-04-12T20:37:10Z');
    expect(second.journalRef).toBe('Astrophys.J. 641 (2006) L81-L84');
    expect(byId(r.entries, 'astro-ph/0601007').doi).toBe('10.1142/S0217732306019475');
    expect(byId(r.entries, 'astro-ph/0601029').authors).toHaveLength(28);
    for (const e of r.entries) expect(e.title).not.toMatch(/Date|From:|Authors:/);
  });

  it('reads the older digest forms: `Paper (*cross-listing*):`, `%-%-%` before the cross-listings, old footers', () => {
    const entry = (idLine: string, title: string, abs: string, footer: string) =>
      `\\\\\n${idLine}\nFrom: A. Author  <example@example.com>\nDate: Tue, 25 Jan 1994 19:21:39 GMT   (9kb)\n\nTitle: ${title}\nAuthors: M. Gasperini\nCategories: gr-qc astro-ph hep-th\nComments: 12 pages, plain tex\n\\\\\n  ${abs}\n\\\\ ( ${footer} ,  9kb)\n`;
    const text =
      '------------------------------------------------------------------------------\n' +
      entry('Paper: gr-qc/9401025', 'A First Paper on\n  Dilaton Cosmology', 'We study a first model.\nIt has two lines.', 'http://xxx.lanl.gov/abs/gr-qc/9401025') +
      '%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-%-\n' +
      entry('Paper (*cross-listing*): gr-qc/9401026', 'Relaxed Bounds on the Dilaton Mass in a String Cosmology Scenario', 'We bound the dilaton mass.', 'http://arXiv.org/abs/gr-qc/9401026') +
      '%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---%%%---\n';
    const r = run(arxivDigestReader, text);
    expect(r.entries.map((e) => [e.arxivId, e.announceType, e.title, e.abstract])).toEqual([
      ['gr-qc/9401025', 'new', 'A First Paper on Dilaton Cosmology', 'We study a first model. It has two lines.'],
      ['gr-qc/9401026', 'cross', 'Relaxed Bounds on the Dilaton Mass in a String Cosmology Scenario', 'We bound the dilaton mass.'],
    ]);
    expect(r.truncated).toBeFalsy();
  });

  it('reads an arXiv listing rendered as markdown by a reader service (r.jina.ai, `/recent`)', () => {
    const text = fx('arxiv/real/jina_list_cs.LG_recent.md');
    expect(arxivListingReader.detect(text)).toBeGreaterThanOrEqual(0.9);
    const r = run(arxivListingReader, text);
    expect(r.entries.map((e) => [e.arxivId, e.title])).toEqual([
      ['2608.27351', 'Understanding Evolution Strategies for LLM Reasoning: Broader Reasoning Coverage than GRPO'],
      ['2608.27339', 'Beyond Parallel Blindness: Information Floors and Model Gaps in Block Drafting'],
    ]);
    expect(r.entries[0]!.authors).toEqual(['Yunpeng Ba', 'Zhi Zheng']);
    expect(r.entries[1]!.categories).toEqual(['cs.LG', 'cs.CL', 'cs.IT']);
    // the paper's resources, not the listing's navigation (entry anchors, author searches, format menus)
    expect(r.entries[0]!.links.map((l) => l.url)).toEqual(['https://arxiv.org/abs/2608.27351', 'https://arxiv.org/pdf/2608.27351', 'https://arxiv.org/html/2608.27351v1']);
    for (const l of r.entries[0]!.links) expect(text.slice(l.start!, l.end!)).toBe(l.url);
  });
});

/** The dev listing as a markdown reader service renders it: linked ids, format brackets and authors, `###` headings. */
function asMarkdownRendering(text: string): string {
  const out: string[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const marker = /^\[(\d+)\]$/.exec(l);
    if (marker) {
      let j = i + 1;
      while (j < lines.length && !lines[j]) j++;
      const id = lines[j]!.slice('arXiv:'.length);
      out.push(`[[${marker[1]}]](https://arxiv.org/list/q-fin.CP/new?skip=0&show=2000#item${marker[1]})[arXiv:${id}](https://arxiv.org/abs/${id} "Abstract") [[pdf](https://arxiv.org/pdf/${id} "Download PDF"), [other](https://arxiv.org/format/${id} "Other formats")]`);
      i = j;
      continue;
    }
    if (/^(New|Cross|Replacement) submissions/.test(l)) out.push(`### ${l}`);
    else if (l.startsWith('[ pdf')) continue;
    else out.push(l);
  }
  return out.join('\n');
}

describe('a listing in other renderings reads the same', () => {
  const summary = (r: ReaderResult) => r.entries.map((e) => [e.arxivId, e.title, e.abstract, e.categories, e.announceType]);
  const base = summary(run(arxivListingReader, LISTING));
  it.each([
    ['markdown rendering', asMarkdownRendering(LISTING)],
    ['browser copy: lines trimmed, blank lines dropped, bare labels joined to their value', LISTING.split('\n').map((l) => l.trim()).filter(Boolean).join('\n').replace(/^(Title|Comments|Subjects):\n/gm, '$1: ')],
  ])('%s', (_n, variant) => {
    expect(arxivListingReader.detect(variant)).toBeGreaterThanOrEqual(0.9);
    expect(summary(run(arxivListingReader, variant))).toEqual(base);
  });
  it('the markdown rendering keeps each paper`s abstract and PDF address, and no navigation', () => {
    const r = run(arxivListingReader, asMarkdownRendering(LISTING));
    for (const e of r.entries) {
      expect(e.links.map((l) => l.url)).toEqual([`https://arxiv.org/abs/${e.arxivId}`, `https://arxiv.org/pdf/${e.arxivId}`]);
    }
  });
});

/** Search results as a markdown reader service renders them: numbered, linked ids and authors, bold `Abstract`. */
function searchAsMarkdown(text: string): string {
  let n = 0;
  return text
    .split('\n')
    .map((l) => {
      const m = /^arXiv:(\S+)\s+\[([^\]]+)\]\s+(.*)$/.exec(l);
      if (m) {
        const fmts = m[2]!.split(',').map((f) => f.trim()).map((f) => `[${f}](https://arxiv.org/${f === 'pdf' ? 'pdf' : 'format'}/${m[1]})`);
        return `${++n}.   [arXiv:${m[1]}](https://arxiv.org/abs/${m[1]})  [${fmts.join(', ')}] \n\n${m[3]}\n`;
      }
      if (l.startsWith('Authors: ')) return `Authors: ${l.slice(9).split(', ').map((a) => `[${a}](https://arxiv.org/search/?searchtype=author&query=${encodeURIComponent(a)})`).join(', ')}\n`;
      if (l.startsWith('Abstract: ')) return `**Abstract**: ${l.slice(10)}`;
      return l;
    })
    .join('\n');
}

describe('search results in a markdown rendering read the same', () => {
  const summary = (r: ReaderResult) => r.entries.map((e) => [e.arxivId, e.title, e.abstract, e.authors, e.categories, e.comments]);
  const md = searchAsMarkdown(SEARCH);
  it('same entries, fields and abstracts', () => {
    expect(arxivSearchReader.detect(md)).toBeGreaterThanOrEqual(0.9);
    expect(summary(run(arxivSearchReader, md))).toEqual(summary(run(arxivSearchReader, SEARCH)));
  });
  it('adds the abstract and PDF addresses, not the author searches or format menus', () => {
    const r = run(arxivSearchReader, md);
    expect(r.entries.map((e) => e.links.map((l) => l.url))).toEqual([
      ['https://arxiv.org/abs/2405.01234', 'https://arxiv.org/pdf/2405.01234'],
      ['https://arxiv.org/abs/2311.04567', 'https://arxiv.org/pdf/2311.04567'],
      ['https://arxiv.org/abs/2309.00999', 'https://arxiv.org/pdf/2309.00999'],
      ['https://arxiv.org/abs/cs/0405012', 'https://arxiv.org/pdf/cs/0405012'],
    ]);
  });
  it('relative links (html2text) still give the entries, and no address', () => {
    const rel = fx('arxiv/real/jina_list_cs.LG_recent.md').split('](https://arxiv.org/').join('](/');
    const r = run(arxivListingReader, rel);
    expect(r.entries.map((e) => e.arxivId)).toEqual(['2608.27351', '2608.27339']);
    expect(r.entries.flatMap((e) => e.links)).toEqual([]);
  });
});

describe('delinkLine (markdown renderings)', () => {
  it('shows link text, drops images and emphasis, and keeps each address with its offsets', () => {
    const line = '![logo](x.png) [[1]](https://a.b/list#1)[arXiv:1](https://arxiv.org/abs/1 "Abstract") **Title:** [W](https://en.wikipedia.org/wiki/A_(b)) [x]';
    const links: { url: string; label: string; start: number; end: number }[] = [];
    expect(delinkLine(line, 100, links)).toBe(' [1]arXiv:1 Title: W [x]');
    expect(links.map((l) => [l.url, l.label])).toEqual([
      ['https://a.b/list#1', '[1]'],
      ['https://arxiv.org/abs/1', 'arXiv:1'],
      ['https://en.wikipedia.org/wiki/A_(b)', 'W'],
    ]);
    for (const l of links) expect(line.slice(l.start - 100, l.end - 100)).toBe(l.url);
  });
  it('removes a heading marker', () => {
    expect(delinkLine('### New submissions (showing 3 of 3 entries)', 0, [])).toBe('New submissions (showing 3 of 3 entries)');
  });
  it.each([
    ['unclosed links', 'arXiv:2301.00001 [a](' + '[a]('.repeat(100_000)],
    ['brackets', 'arXiv:2301.00001 ](' + '['.repeat(400_000)],
    ['open parentheses', '[1] [arXiv:2301.00001](https://arxiv.org/abs/2301.00001) [[pdf](' + '('.repeat(400_000)],
  ])('finishes on %s (hang guard: the test timeout; speed is measured by `npm run bench`)', (_n, line) => {
    expect(typeof delinkLine(line, 0, [])).toBe('string');
    run(arxivListingReader, `${line}\n${line}`);
  });
});

/** Word-wraps every line at `width` columns with no indentation, as a text dump that lost its layout. */
function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let cur = '';
    for (const w of line.split(' ').filter(Boolean)) {
      if (cur && cur.length + 1 + w.length > width) {
        out.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
  }
  return out.join('\n');
}

describe('a listing hard-wrapped without indentation (fields, titles and subjects wrapped)', () => {
  const copy = LISTING.split('\n').map((l) => l.trim()).filter(Boolean).join('\n').replace(/^(Title|Comments|Subjects):\n/gm, '$1: ').split(' , ').join(', ');
  const base = run(arxivListingReader, LISTING).entries;
  it.each([60, 72, 80])('wrapped at %i columns', (width) => {
    const r = run(arxivListingReader, hardWrap(copy, width));
    expect(r.entries.map((e) => e.title)).toEqual(base.map((e) => e.title));
    expect(r.entries.map((e) => e.abstract)).toEqual(base.map((e) => e.abstract));
    expect(r.entries.map((e) => e.categories)).toEqual(base.map((e) => e.categories));
    expect(r.entries.map((e) => e.authors)).toEqual(base.map((e) => e.authors));
    expect(r.entries.map((e) => e.comments)).toEqual(base.map((e) => e.comments));
  });
});

describe('digests and search results re-wrapped without indentation read the same', () => {
  const summary = (r: ReaderResult) => r.entries.map((e) => [e.arxivId, e.title, e.abstract, e.authors, e.comments, e.announceType]);
  describe.each([
    ['digest', arxivDigestReader, DIGEST],
    ['digest tail', arxivDigestReader, TAIL],
    ['search', arxivSearchReader, SEARCH],
  ] as const)('%s', (_n, reader, text) => {
    const base = summary(run(reader, text));
    it.each([50, 64, 100, 10_000])('wrapped at %i columns', (width) => {
      expect(summary(run(reader, hardWrap(text, width)))).toEqual(base);
    });
  });
});

/** The dev listing as `lynx -dump` writes it: `[N]` before each link, indented blocks, the `References` list at the end. */
function asLynxDump(text: string): string {
  const refs: string[] = [];
  const ref = (url: string) => `[${refs.push(url)}]`;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const out: string[] = [`   ${ref('https://arxiv.org/')}arXiv ${ref('https://arxiv.org/search')}Search ${ref('https://info.arxiv.org/help')}Help`];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const marker = /^\[(\d+)\]$/.exec(l);
    if (marker && lines[i + 1]?.startsWith('arXiv:')) {
      const id = lines[i + 1]!.slice(6);
      let deco = '';
      i += 2;
      while (lines[i]!.startsWith('(') || lines[i]!.startsWith('[ pdf')) {
        if (lines[i]!.startsWith('(')) deco = ` ${lines[i]}`;
        i++;
      }
      i--;
      out.push(`   [${marker[1]}] ${ref(`https://arxiv.org/abs/${id}`)}arXiv:${id}${deco} [${ref(`https://arxiv.org/pdf/${id}`)}pdf, ${ref(`https://arxiv.org/format/${id}`)}other]`);
      continue;
    }
    if (l === 'Title:' || l === 'Comments:' || l === 'Subjects:') {
      out.push(`          ${l} ${lines[++i]!.split(' ; ').join('; ')}`);
      if (l === 'Title:') out.push(`          ${lines[++i]!.split(' , ').map((a) => `${ref(`https://arxiv.org/a/${a.split(' ').join('_')}`)}${a}`).join(', ')}`);
      continue;
    }
    out.push(`   ${l}`);
  }
  out.push('', 'References', '', ...refs.map((u, k) => `  ${k + 1}. ${u}`));
  return out.join('\n');
}

describe('a listing dumped by a text browser (lynx `[N]` link markers and References)', () => {
  const summary = (r: ReaderResult) => r.entries.map((e) => [e.arxivId, e.title, e.abstract, e.authors, e.categories, e.announceType]);
  const dump = asLynxDump(LISTING);
  it('reads the same entries', () => {
    expect(arxivListingReader.detect(dump)).toBeGreaterThanOrEqual(0.9);
    expect(summary(run(arxivListingReader, dump))).toEqual(summary(run(arxivListingReader, LISTING)));
  });
  it('keeps the abstract and PDF addresses from the References list, with their offsets', () => {
    const r = run(arxivListingReader, dump);
    for (const e of r.entries) {
      expect(e.links.map((l) => l.url)).toEqual([`https://arxiv.org/abs/${e.arxivId}`, `https://arxiv.org/pdf/${e.arxivId}`]);
      for (const l of e.links) expect(dump.slice(l.start!, l.end!)).toBe(l.url);
    }
  });
});

describe('title continuation needs a wrapped title line', () => {
  it('an unwrapped title keeps its authors, even one per line', () => {
    const text = '[1] arXiv:2609.05434 [pdf, html, other]\nTitle: A Long Title About Deep Learning for Reflected BSDEs and Their Analysis\nXiang Li\nLu Zhang\nSubjects: Computational Finance (q-fin.CP)\nAn abstract line that is long and unwrapped, as a browser copy gives it, running on and on for well over one hundred and twenty characters.\n';
    const r = run(arxivListingReader, text);
    expect(r.entries.map((e) => e.title)).toEqual(['A Long Title About Deep Learning for Reflected BSDEs and Their Analysis']);
    expect(r.entries[0]!.abstract).toMatch(/^An abstract line/);
  });
});

describe('a listing copied with its field labels hidden (no `Title:`, no `Authors:`)', () => {
  const text = [
    'Authors and titles for recent submissions',
    '[1] arXiv:2311.13628 [pdf, other]',
    'Prompt Risk Control: A Rigorous Framework for Responsible Deployment of Large Language Models',
    'Thomas P. Zollo, Todd Morrill, Zhun Deng',
    'Comments: 33 pages, 10 figures',
    'Subjects: Machine Learning (cs.LG); Artificial Intelligence (cs.AI)',
    '[2] arXiv:2311.13624 [pdf, other]',
    'Unsupervised Learning of Quantum Hamiltonians via Score Matching',
    'Vincent Luo',
    'Subjects: Machine Learning (cs.LG)',
    '[3] arXiv:2311.13595 [pdf, other]',
    'Covariance alignment: from maximum likelihood estimation',
    'to Gromov-Wasserstein',
    'Yanjun Han, Philippe Rigollet',
    'Subjects: Statistics Theory (math.ST)',
    '',
  ].join('\n');
  const r = run(arxivListingReader, text);
  it('splits the title from the author line that follows it', () => {
    expect(r.entries.map((e) => [e.title, e.authors])).toEqual([
      ['Prompt Risk Control: A Rigorous Framework for Responsible Deployment of Large Language Models', ['Thomas P. Zollo', 'Todd Morrill', 'Zhun Deng']],
      ['Unsupervised Learning of Quantum Hamiltonians via Score Matching', ['Vincent Luo']],
      ['Covariance alignment: from maximum likelihood estimation to Gromov-Wasserstein', ['Yanjun Han', 'Philippe Rigollet']],
    ]);
  });
});
