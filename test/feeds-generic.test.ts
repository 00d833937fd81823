// The fallback reader: title/abstract segmentation of pasted pages in no known format
// (fixtures/generic/: a conference accepted-papers page, a Papers with Code list, a
// reading list in an e-mail), and the furniture detector it shares with the HF readers.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyFurniture } from '../src/feeds/furniture.js';
import { fieldLabel, genericReader, isAuthorLine, isTitleLike, plainInline, splitAuthors } from '../src/feeds/generic.js';
import { hfTextReader } from '../src/feeds/hf-text.js';
import type { ReaderResult } from '../src/feeds/types.js';
import { parseFeed } from '../src/index.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const jsonl = <T>(name: string): T[] =>
  fx(name)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
const space = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

interface Expected {
  title: string;
  abstract?: string;
  authors?: string[];
  date?: string;
}
interface Diag {
  code: string;
  message: string;
  start: number;
  end: number;
  severity?: string;
}
function run(text: string): ReaderResult & { diags: Diag[] } {
  const diags: Diag[] = [];
  const r = genericReader.read(text, { diagnose: (code, message, start, end, severity) => diags.push({ code, message, start, end, severity }) });
  return { ...r, diags };
}

describe.each([
  ['conference accepted-papers page', 'generic/conference.txt', 'generic/conference.expected.jsonl'],
  ['Papers with Code list', 'generic/paperswithcode.txt', 'generic/paperswithcode.expected.jsonl'],
  ['reading list in an e-mail', 'generic/newsletter.txt', 'generic/newsletter.expected.jsonl'],
] as const)('%s', (_name, feed, expectedFile) => {
  const text = fx(feed);
  const res = run(text);
  const expected = jsonl<Expected>(expectedFile);
  it('finds every paper and nothing else, in order', () => {
    expect(res.entries.map((e) => e.title)).toEqual(expected.map((g) => g.title));
  });
  it('reads abstracts exactly, wrapped lines joined, labels removed', () => {
    for (const [i, g] of expected.entries()) expect(space(res.entries[i]!.abstract), g.title).toBe(space(g.abstract));
  });
  it('reads author lines where the page shows them', () => {
    for (const [i, g] of expected.entries()) expect(res.entries[i]!.authors, g.title).toEqual(g.authors);
  });
  it('dates entries from their meta line where there is one', () => {
    for (const [i, g] of expected.entries()) expect(res.entries[i]!.date?.text, g.title).toBe(g.date);
  });
  it('keeps furniture out of titles', () => {
    for (const e of res.entries) expect(classifyFurniture(e.title), e.title).toBeUndefined();
  });
  it('reports skipped text as UNCLAIMED_TEXT, inside the input', () => {
    for (const d of res.diags) {
      expect(d.code).toBe('UNCLAIMED_TEXT');
      expect(d.end).toBeGreaterThan(d.start);
      expect(d.end).toBeLessThanOrEqual(text.length);
    }
  });
  it('builds no links', () => {
    for (const e of res.entries) expect(e.links).toEqual([]);
  });
});

describe('conference page', () => {
  const res = run(fx('generic/conference.txt'));
  it('reads affiliation lines under the authors', () => {
    expect(res.entries[1]!.affiliations).toEqual(['KAIST', 'AITRICS']);
    expect(res.entries[4]!.affiliations).toEqual(['ETH Zurich']);
  });
  it('keeps a title with authors and no abstract', () => {
    const e = res.entries.find((x) => x.title === 'Improved Techniques for Training Consistency Models')!;
    expect(e.abstract).toBeUndefined();
    expect(e.authors).toEqual(['Yang Song', 'Prafulla Dhariwal']);
  });
  it('does not read the intro paragraph or the session headings as papers, and says so', () => {
    const messages = res.diags.map((d) => d.message).join('\n');
    expect(messages).toContain('Filter by title, author or keyword');
    expect(messages).toContain('Oral Session 1');
  });
});

describe('e-mail reading list', () => {
  const res = run(fx('generic/newsletter.txt'));
  it('drops the enumeration before titles and stops at the signature', () => {
    expect(res.entries[0]!.title).toBe('Population Based Training of Neural Networks');
    expect(res.diags.some((d) => d.message.includes('You received this message'))).toBe(false);
  });
  it('reports the lone paragraph with no title as unclaimed', () => {
    expect(res.diags.find((d) => d.message.includes('here are the papers for Thursday'))?.code).toBe('UNCLAIMED_TEXT');
  });
});

describe('segmentation rules', () => {
  const ABS = 'We propose a simple method for training neural networks that converges faster than the baselines. It is evaluated on three benchmarks and improves accuracy by 3 points.';
  it.each([
    ['title, blank line, abstract', `A Simple Method for Fast Training\n\n${ABS}`],
    ['title and abstract on adjacent lines', `A Simple Method for Fast Training\n${ABS}`],
    ['an "Abstract:" label', `A Simple Method for Fast Training\n\nAbstract: ${ABS}`],
    ['an "Abstract" line', `A Simple Method for Fast Training\nAbstract\n${ABS}`],
    ['a hard-wrapped abstract', `A Simple Method for Fast Training\n\n${ABS.replace(/(.{60}\S*) /g, '$1\n')}`],
    ['an enumerated title', `12. A Simple Method for Fast Training\n\n${ABS}`],
    ['CRLF and a BOM', `\uFEFFA Simple Method for Fast Training\r\n\r\n${ABS}\r\n`],
    ['NBSP and tabs', `A Simple\u00a0Method for\tFast Training\n\n${ABS.replace(/ a /g, ' a\u00a0')}`],
  ])('%s', (_name, text) => {
    const res = run(text);
    expect(res.entries.map((e) => [e.title, space(e.abstract).replace(/\u00a0/g, ' ')])).toEqual([['A Simple Method for Fast Training', ABS]]);
  });
  it('reads an author line (and a single author before an abstract)', () => {
    expect(run(`A Simple Method\nAlice Smith, Bob Jones and Carol White\n${ABS}`).entries[0]!.authors).toEqual(['Alice Smith', 'Bob Jones', 'Carol White']);
    expect(run(`A Simple Method\n\nAlice Smith\n\n${ABS}`).entries[0]!.authors).toEqual(['Alice Smith']);
  });
  it('takes no lone paragraph for a paper', () => {
    const res = run(`${ABS}\n\n${ABS}`);
    expect(res.entries).toEqual([]);
    expect(res.diags.map((d) => [d.code, d.severity])).toEqual([
      ['UNCLAIMED_TEXT', 'info'],
      ['UNCLAIMED_TEXT', 'info'],
    ]);
  });
  it('takes no heading over another heading for a paper', () => {
    const res = run(`Accepted Papers\n\nSession 3: Vision and Language Models\n\nA Simple Method for Fast Training\n\n${ABS}`);
    expect(res.entries.map((e) => e.title)).toEqual(['A Simple Method for Fast Training']);
  });
  it('reads the HF seed like the hf-text reader', () => {
    const seed = fx('seed-hf-page.txt');
    const strip = (r: ReaderResult) => r.entries.map((e) => [e.title, e.abstract, e.date?.text]);
    expect(strip(run(seed))).toEqual(strip(hfTextReader.read(seed, { diagnose() {} })));
  });
  it('detects with a small constant: it is the fallback', () => {
    expect(genericReader.detect('anything')).toBe(0.05);
    expect(genericReader.detect(fx('generic/conference.txt'))).toBe(0.05);
  });
  it('never throws and finishes on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const res = run(s);
        for (const e of res.entries) expect(e.title.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    for (const s of ['A B, C D, E F, '.repeat(50_000), 'A. B. '.repeat(100_000), 'Title Here\n'.repeat(100_000), '\n'.repeat(500_000)]) {
      expect(Array.isArray(run(s).entries)).toBe(true); // hang guard: the test's timeout
    }
  });
});

describe('helpers', () => {
  it.each([
    ['Score-based Generative Modeling of Graphs via the System of Stochastic Differential Equations', true],
    ['Can we learn better with hard samples?', true],
    ['diffGrad: An Optimization Method for Convolutional Neural Networks', true],
    ['Hi all,', false],
    ['We study this. We also study that. And more.', false],
  ])('isTitleLike(%j) is %s', (s, out) => {
    expect(isTitleLike(s)).toBe(out);
  });
  it.each([
    ['Jaehyeong Jo · Seul Lee · Sung Ju Hwang', true],
    ['Ashish Vaswani1*, Noam Shazeer1, Niki Parmar2', true],
    ['Luc Van Gool, Jean-Pierre de la Fontaine and Olga Fink', true],
    ['Segment Anything, Everywhere, and Always', false],
    ['We train models, evaluate them, and report results.', false],
  ])('isAuthorLine(%j) is %s', (s, out) => {
    expect(isAuthorLine(s)).toBe(out);
  });
  it('splits author lines on commas, middots, "and" and marks', () => {
    expect(splitAuthors('Ashish Vaswani1*, Noam Shazeer† and Niki Parmar')).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar']);
  });
  it.each([
    ['Get trending papers in your email inbox!', 'line'],
    ['byAK and the research community', 'line'],
    ['117', 'count'],
    ['-', 'count'],
    ['· 7 authors', 'authors'],
    ['Submitted by', 'submitted'],
    ['Mar 13', 'date'],
    ['Published on Mar 13, 2025', 'date'],
    ['GitHub 131', 'buttons'],
    ['[ PDF ] [ Code ]', 'buttons'],
    ['tianweiy/DMD2 •  • 23 May 2024', 'meta'],
    ['Image Segmentation  Segmentation  +1', 'buttons'],
    ['Learning Rates as a Function of Batch Size', undefined],
    ['Jaehyeong Jo · Seul Lee', undefined],
  ])('classifyFurniture(%j) is %s', (line, kind) => {
    expect(classifyFurniture(line)?.kind).toBe(kind);
  });
});

// Pages of other sites pasted as text (fixtures/generic/README.md): an OpenReview venue list
// with its fields expanded, a Semantic Scholar feed e-mail, an accepted-papers page without
// abstracts and a digest e-mail with link lines. Read end to end, format detected.
interface SiteCase {
  name: string;
  file: string;
  papers: { title: string; abstract?: string; summary?: string; authors?: string[]; links?: string[]; arxivId?: string }[];
}
const SITE_CASES: SiteCase[] = [
  {
    name: 'OpenReview venue list (Keywords / TL;DR / Abstract / Primary Area fields)',
    file: 'openreview-list.txt',
    papers: [
      {
        title: 'Zero Bubble (Almost) Pipeline Parallelism',
        abstract: 'Pipeline parallelism is one of the key components for large-scale distributed training, yet its efficiency suffers from pipeline bubbles which were deemed inevitable. In this work, we introduce a scheduling strategy that, to our knowledge, is the first to successfully achieve zero pipeline bubbles under synchronous training semantics.',
        summary: 'We propose a pipeline parallel schedule that achieves zero bubble under synchronous training semantics.',
        authors: ['Penghui Qi', 'Xinyi Wan', 'Guangxing Huang', 'Min Lin'],
      },
      {
        title: 'Statistical Rejection Sampling Improves Preference Optimization',
        abstract: 'Improving the alignment of language models with human preferences remains an active research challenge. Previous approaches have primarily utilized Reinforcement Learning from Human Feedback (RLHF) via online RL methods such as Proximal Policy Optimization (PPO).',
      },
    ],
  },
  {
    name: 'Semantic Scholar feed e-mail (+N authors, venue row, TLDR only, button row)',
    file: 'semantic-scholar-feed.txt',
    papers: [
      {
        title: 'Attention Is All You Need',
        abstract: 'A new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely is proposed.',
        authors: ['Ashish Vaswani', 'Noam Shazeer', 'Illia Polosukhin'],
      },
      {
        title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
        abstract: 'A new language representation model, BERT, designed to pre-train deep bidirectional representations from unlabeled text by jointly conditioning on both left and right context in all layers.',
      },
    ],
  },
  {
    name: 'accepted-papers page (title, `·`-separated authors, presentation type; no abstracts)',
    file: 'icml-accepted.txt',
    papers: [
      { title: 'Position: Levels of AGI for Operationalizing Progress on the Path to AGI' },
      { title: 'Genie: Generative Interactive Environments', authors: ['Jake Bruce', 'Michael Dennis', 'Ashley Edwards', 'Jack Parker-Holder', 'Yuge Shi', 'Edward Hughes'] },
      { title: 'Scaling Rectified Flow Transformers for High-Resolution Image Synthesis' },
    ],
  },
  {
    name: 'accepted-papers page dumped by lynx (`[N]` markers, References list: targets become links)',
    file: 'lynx-accepted.txt',
    papers: [
      {
        title: 'Genie: Generative Interactive Environments',
        authors: ['Jake Bruce', 'Michael Dennis', 'Ashley Edwards', 'Jack Parker-Holder'],
        links: ['https://icml.cc/virtual/2024/poster/33211', 'https://icml.cc/virtual/2024/oral/35500'],
      },
      {
        title: 'Scaling Rectified Flow Transformers for High-Resolution Image Synthesis',
        links: ['https://icml.cc/virtual/2024/poster/34212', 'https://github.com/Stability-AI/sd3-ref'],
      },
    ],
  },
  {
    name: 'digest e-mail (numbered titles, author lines, `Label: address` link lines)',
    file: 'digest-email.txt',
    papers: [
      {
        title: 'Why Language Models Hallucinate',
        abstract: 'Large language models sometimes guess when uncertain, producing plausible yet incorrect statements instead of admitting uncertainty. The authors argue that training and evaluation procedures reward guessing over acknowledging uncertainty.',
        links: ['https://arxiv.org/abs/2509.04664'],
        arxivId: '2509.04664',
      },
      {
        title: 'Kronos: A Foundation Model for the Language of Financial Markets',
        abstract: 'Kronos is a pre-training framework tailored to financial K-line data, trained on more than 12 billion records from 45 global exchanges. It improves price series forecasting RankIC by 93% over the leading time series foundation model.',
        links: ['https://github.com/shiyu-coder/Kronos'],
      },
    ],
  },
];

describe.each(SITE_CASES)('$name', ({ file, papers }) => {
  const res = parseFeed(fx(`generic/${file}`));
  it('is read by the generic reader', () => expect(res.format).toBe('generic'));
  it('finds every paper once and nothing else', () => expect(res.papers.map((p) => p.title)).toEqual(papers.map((p) => p.title)));
  it('reads abstracts exactly (a labelled abstract over a TL;DR shown before it)', () => {
    for (const [i, e] of papers.entries()) {
      expect(space(res.papers[i]!.abstract) || undefined, e.title).toBe(e.abstract);
      if (e.summary) expect(res.papers[i]!.summary, e.title).toBe(e.summary);
    }
  });
  it('reads authors and the link lines under an entry', () => {
    for (const [i, e] of papers.entries()) {
      const p = res.papers[i]!;
      if (e.authors) expect(p.authors, e.title).toEqual(e.authors);
      expect(p.urls.filter((l) => l.origin === 'links').map((l) => l.url), e.title).toEqual(e.links ?? []);
      if (e.arxivId) expect(p.arxivId, e.title).toBe(e.arxivId);
    }
  });
  it('keeps fields, buttons and counts out of titles and abstracts', () => {
    for (const p of res.papers) {
      for (const s of [p.title, p.abstract ?? '']) expect(s).not.toMatch(/^(TL;?DR|Abstract|Keywords|Published|Readers):|Save to Library|Submission Number|Read the paper|Primary Area/);
    }
  });
});

describe('fieldLabel', () => {
  it.each([
    ['Keywords: pipeline parallelism', 'meta'],
    ['Published: 16 Jan 2024, Last Modified: 15 Mar 2024', 'meta'],
    ['TL;DR: We propose a schedule.', 'summary'],
    ['Abstract: Pipeline parallelism is …', 'abstract'],
    ['Code: https://github.com/a/b', 'link'],
    ['https://github.com/a/b', 'link'],
    ['Position: Levels of AGI for Operationalizing Progress', undefined],
    ['Attention: a survey', undefined],
    ['Read more at https://example.com/x today', undefined],
    ['10:30 Poster session', undefined],
  ])('%j is %s', (line, kind) => expect(fieldLabel(line)).toBe(kind));
});

describe('button rows with one small word', () => {
  it.each([
    ['Save to Library   Create Alert   Cite', 'buttons'],
    ['Paper to Code', undefined],
    ['From Paper to Code', undefined],
    ['Previous Daily Weekly Monthly Next', 'buttons'],
  ])('%j', (line, kind) => expect(classifyFurniture(line)?.kind).toBe(kind));
});

describe('pasted title / author / abstract blocks', () => {
  const a1 =
    'We study the effect of mini-batching on the loss landscape of deep neural networks using random matrix theory. We show that the extremal eigenvalues grow with batch size and derive learning-rate scaling rules for SGD and Adam.';
  const a2 =
    'Diffusion models generate images by reversing a noising process. We propose a faster sampler that needs ten steps and matches the quality of samplers with one hundred steps on ImageNet.';
  const want = [
    ['Learning Rates as a Function of Batch Size', ['A. Smith', 'B. Jones'], a1],
    ['Fast Samplers for Diffusion Models', ['C. Doe'], a2],
  ];
  it.each([
    ['labelled fields', `Title: ${want[0]![0]}\nAuthors: A. Smith, B. Jones\n\n${a1}\n\nTitle: ${want[1]![0]}\nAuthors: C. Doe\n\n${a2}`],
    ['labelled fields with a labelled abstract', `Title: ${want[0]![0]}\nAuthors: A. Smith, B. Jones\nAbstract: ${a1}\n\nTitle: ${want[1]![0]}\nAuthor: C. Doe\nAbstract: ${a2}`],
    ['a numbered list with author lines of initials', `1. ${want[0]![0]}\nA. Smith, B. Jones\n${a1}\n\n2. ${want[1]![0]}\nC. Doe\n${a2}`],
    ['bold titles', `**${want[0]![0]}**\nA. Smith, B. Jones\n\n${a1}\n\n**${want[1]![0]}**\nC. Doe\n\n${a2}`],
  ])('%s: every paper with its authors and abstract', (_, text) => {
    const r = parseFeed(text);
    expect(r.papers.map((p) => [p.title, p.authors, p.abstract])).toEqual(want);
  });

  it('reads initials and labels in author lines', () => {
    expect(isAuthorLine('A. Smith, B. Jones')).toBe(true);
    expect(isAuthorLine('J.-P. Dupont, M. Curie')).toBe(true);
    expect(isAuthorLine('Authors: Alice Smith, Bob Jones')).toBe(true);
    expect(isAuthorLine('Author: C. Doe')).toBe(true);
    // prose with sentence ends stays prose
    expect(isAuthorLine('We propose A. Then We test B. Results Follow.')).toBe(false);
  });
});

describe('marks around a pasted title', () => {
  const a1 =
    'We study the effect of mini-batching on the loss landscape of deep neural networks using random matrix theory. We show that the extremal eigenvalues grow with batch size and derive learning-rate scaling rules for SGD and Adam.';
  const a2 =
    'Diffusion models generate images by reversing a noising process. We propose a faster sampler that needs ten steps and matches the quality of samplers with one hundred steps on ImageNet.';
  const t1 = 'Learning Rates as a Function of Batch Size';
  const t2 = 'Fast Samplers for Diffusion Models';
  it.each([
    ['markdown headings', `### ${t1}\n${a1}\n\n### ${t2}\n${a2}`],
    ['bullets', `- ${t1}\n  ${a1}\n- ${t2}\n  ${a2}`],
    ['quotes', `"${t1}"\n${a1}\n\n“${t2}”\n${a2}`],
  ])('%s are dropped', (_, text) => {
    expect(parseFeed(text).papers.map((p) => [p.title, p.abstract])).toEqual([
      [t1, a1],
      [t2, a2],
    ]);
  });
  it('an arXiv id before the title becomes the paper id', () => {
    const r = parseFeed(`arXiv:2401.01234v2 ${t1}\n${a1}\n\narXiv:2402.04321 — ${t2}\n${a2}`);
    expect(r.papers.map((p) => [p.title, p.arxivId, p.arxivVersion])).toEqual([
      [t1, '2401.01234', 2],
      [t2, '2402.04321', undefined],
    ]);
  });
  it('keeps quotes that are part of the title', () => {
    const t = '"Why Should I Trust You?" Explaining the Predictions of Any Classifier';
    expect(parseFeed(`${t}\n${a1}`).papers[0]!.title).toBe(t);
  });
});

describe('plainInline: markdown inline markup in pasted prose', () => {
  it.each([
    ['a `Distribution` type and [BEAST](https://www.beast2.org/) here', 'a Distribution type and BEAST here', ['https://www.beast2.org/']],
    ['see [the notes](/post/a) now', 'see the notes now', []],
    ["the ``teacher'' and the ``student'' models", "the ``teacher'' and the ``student'' models", []],
    ['an array [1, 2](3) and [x] y', 'an array [1, 2](3) and [x] y', []],
  ])('%j', (input, text, urls) => {
    expect(plainInline(input)).toEqual({ text, urls });
  });
});

describe('numbered plain-text lists (`N. Title: <url>`, `N. TITLE` / URL / `Venue Year` lines)', () => {
  it.each([
    ['tab-indented `N. Nickname: url (NOTE)`', 'Reading:\n\t1. ReAct: https://arxiv.org/pdf/2210.03629 (PRINTED)\n\t2. Reflexion: https://arxiv.org/pdf/2303.11366\n\t3. KAN: (Printed)\n', [['ReAct', ['https://arxiv.org/pdf/2210.03629']], ['Reflexion', ['https://arxiv.org/pdf/2303.11366']], ['KAN', []]]],
    ['8-space-indented, a title with its own colon', '        1. BERT: Pre-training of Deep Bidirectional Transformers: https://arxiv.org/abs/1810.04805\n        2. PPO: https://arxiv.org/pdf/1707.06347 (PRINTED)\n        3. GPT-2: https://example.org/gpt2.pdf\n', [['BERT: Pre-training of Deep Bidirectional Transformers', ['https://arxiv.org/abs/1810.04805']], ['PPO', ['https://arxiv.org/pdf/1707.06347']], ['GPT-2', ['https://example.org/gpt2.pdf']]]],
    ['`[Section]`, wrapped title, URL / venue / code lines', '[Vision]\n\n1. A VERY LONG TITLE THAT\nWRAPS OVER TWO LINES\nhttps://arxiv.org/abs/2401.00001\nICLR 2024\nhttps://github.com/a/b\n\n2. Second Paper Title\nhttps://arxiv.org/abs/2401.00002\nNeurIPS 2023 Spotlight\n\n3. Third Paper Title\nMultimed Tools Appl 2022\n', [['A VERY LONG TITLE THAT WRAPS OVER TWO LINES', ['https://arxiv.org/abs/2401.00001', 'https://github.com/a/b']], ['Second Paper Title', ['https://arxiv.org/abs/2401.00002']], ['Third Paper Title', []]]],
  ])('%s', (_, text, want) => {
    const r = parseFeed(text);
    expect(r.papers.map((p) => [p.title, p.urls.map((u) => u.url)])).toEqual(want);
  });
  it('numbered prose (a how-to, steps without addresses) is not such a list', () => {
    const t = '1. Install the package with npm.\n2. Import the reader.\n3. Call parseFeed on the text.\n';
    expect(parseFeed(t).papers.map((p) => p.title)).not.toEqual(['Install the package with npm.', 'Import the reader.', 'Call parseFeed on the text.']);
  });
});

describe('markdown report cards in plain text: `### Title` over `**[arXiv:ID](url)** — Surnames`', () => {
  it('reads title, id, authors and the summary without its label', () => {
    const card = (n: number) => `### 🔭 A Study of Things Number ${n}\n**[arXiv:2605.0000${n}](https://arxiv.org/abs/2605.0000${n})** — Doe, von Roe\n*One-line:* Summary of paper ${n}.\n- a critique bullet\n`;
    const r = parseFeed(`# Weekly\n\n${[1, 2, 3].map(card).join('\n')}`);
    expect(r.papers.map((p) => [p.title, p.arxivId, p.authors, p.abstract])).toEqual(
      [1, 2, 3].map((n) => [`A Study of Things Number ${n}`, `2605.0000${n}`, ['Doe', 'von Roe'], `Summary of paper ${n}.`]),
    );
  });
});

describe('a plain reference list of source-tagged lines (`[N] Title. tag. URL (date)`)', () => {
  it('an entry per line, title before the final `. tag. URL`, the date dropped, one entry per arXiv paper', () => {
    const t = [
      'References',
      '[1] A Survey of World Models. arxiv. https://arxiv.org/abs/2606.00133 (2026-05-28)',
      '[2] Recurrent World Models Facilitate Policy Evolution. arxiv. https://arxiv.org/abs/1803.10122v2 (2018-03-27)',
      '[3] A Survey of World Models (Web Survey). web. https://arxiv.org/html/2606.00133 (2026-05-28)',
      '[4] State of World Models 2026: Taxonomy and Open Challenges. web. https://example.org/report.pdf',
    ].join('\n');
    const r = genericReader.read(t, { diagnose: () => {} });
    expect(r.entries.map((e) => [e.title, e.arxivId, e.arxivVersion, e.links.map((l) => t.slice(l.start, l.end))])).toEqual([
      ['A Survey of World Models', '2606.00133', undefined, ['https://arxiv.org/abs/2606.00133', 'https://arxiv.org/html/2606.00133']],
      ['Recurrent World Models Facilitate Policy Evolution', '1803.10122', 2, ['https://arxiv.org/abs/1803.10122v2']],
      ['State of World Models 2026: Taxonomy and Open Challenges', undefined, undefined, ['https://example.org/report.pdf']],
    ]);
  });
  it('one such line in prose is not a reference list', () => {
    const t = 'A Paper About Things\nWe study things at length in this paper and find them to be detailed.\n[1] A Survey of World Models. arxiv. https://arxiv.org/abs/2606.00133\nMore prose follows here, and it goes on.\n';
    expect(genericReader.read(t, { diagnose: () => {} }).entries.map((e) => e.title)).not.toEqual(['A Survey of World Models']);
  });
});
