// Pathological inputs: every one goes through parseFeed with every forced format (and
// auto-detection) and through each public extractor, and each returns a valid result.
// No timing assertions here: speed and linear growth belong to the benchmark
// (bench/run.mjs); these tests only say that nothing throws, hangs for ever or
// overflows the stack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzePaper,
  arxivIdFromUrl,
  classifyUrl,
  codeStatus,
  DatasetMentionSchema,
  detectFormat,
  explainTopics,
  extractAbbreviations,
  extractDatasets,
  extractIdentifiers,
  extractMetrics,
  extractPaperDatasets,
  extractPaperMetrics,
  extractUrls,
  latexToUnicode,
  mergeFeeds,
  toBibTeX,
  toCslJson,
  toMarkdown,
  FeedResultSchema,
  formats,
  LinkSchema,
  MetricSchema,
  PaperSchema,
  parseDate,
  parseFeed,
  parseFeedStream,
  parseVenue,
  tagTopics,
  TopicTagSchema,
  urlKey,
} from '../src/index.js';
import { pathological, run } from './fixtures/pathological/inputs.js';

function checkFeedResult(text: string, format?: string): void {
  const r = parseFeed(text, format ? { format } : undefined);
  expect(FeedResultSchema.safeParse(r).success).toBe(true);
  if (!format) {
    // what consumers do next with the papers
    expect(FeedResultSchema.safeParse(mergeFeeds(r, r)).success).toBe(true);
    expect(typeof toBibTeX(r.papers)).toBe('string');
    expect(toCslJson(r.papers)).toHaveLength(r.papers.length);
    expect(typeof toMarkdown(r.papers)).toBe('string');
  }
  expect(r.stats.inputLength).toBe(text.length);
  for (const d of r.diagnostics) {
    expect(d.start).toBeLessThanOrEqual(text.length);
    expect(d.end).toBeLessThanOrEqual(text.length);
  }
}

function checkExtractors(text: string): void {
  for (const l of extractUrls(text)) expect(LinkSchema.safeParse(l).success).toBe(true);
  const ids = extractIdentifiers(text);
  expect(Array.isArray(ids.arxiv) && Array.isArray(ids.dois)).toBe(true);
  for (const d of extractDatasets(text)) expect(DatasetMentionSchema.safeParse(d).success).toBe(true);
  for (const m of extractMetrics(text)) expect(MetricSchema.safeParse(m).success).toBe(true);
  for (const t of tagTopics(text)) expect(TopicTagSchema.safeParse(t).success).toBe(true);
  const ex = explainTopics(text);
  expect(Array.isArray(ex.candidates)).toBe(true);
  expect(Array.isArray(extractAbbreviations(text))).toBe(true);
  expect(typeof latexToUnicode(text)).toBe('string');
  expect(Array.isArray(extractPaperDatasets({ title: text.slice(0, 2000), abstract: text }))).toBe(true);
  expect(Array.isArray(extractPaperMetrics({ title: text.slice(0, 2000), abstract: text }))).toBe(true);
  parseVenue(text);
  parseVenue(text, { journalRef: true });
  parseDate(text);
  expect(['available', 'promised', 'none']).toContain(codeStatus(extractUrls(text.slice(0, 10_000)), text).status);
  classifyUrl(text);
  urlKey(text);
  arxivIdFromUrl(text);
  const d = detectFormat(text);
  expect(d.confidence).toBeGreaterThanOrEqual(0);
  expect(d.confidence).toBeLessThanOrEqual(1);
  expect(PaperSchema.safeParse(analyzePaper({ title: text.slice(0, 2000), abstract: text, comments: text.slice(0, 2000) })).success).toBe(true);
  expect(PaperSchema.safeParse(analyzePaper({ title: text })).success).toBe(true);
}

describe('pathological inputs: parseFeed with every format', () => {
  it('covers every built-in format', () => expect(formats.length).toBeGreaterThanOrEqual(10));
  for (const [name, text] of pathological) {
    it(name, () => {
      checkFeedResult(text);
      for (const f of formats) checkFeedResult(text, f);
    }, 120_000);
  }
});

describe('pathological inputs: each extractor', () => {
  for (const [name, text] of pathological) {
    it(name, () => checkExtractors(text), 120_000);
  }
});

/** Lines `f(0) f(1) …` up to n characters. */
function lines(f: (i: number) => string, n: number): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const s = f(i);
    out.push(s);
    len += s.length;
  }
  return out.join('');
}
const aid = (i: number) => `${2301 + (i % 9)}.${String(10000 + i).padStart(5, '0')}`;
const K10 = 10_000;

/**
 * Hostile shapes of the list readers' newer rules (plain numbered lists, heading cards,
 * `### Authors` / `### Links` sub-headings, `<details>` cards, pipe tables with arXiv columns,
 * `Surname, I., …:` references, `[N] Title. tag. URL` reference lines, repeated navigation
 * bullets, `## N. Title` over HF links, fenced code). Small sizes: the quadratic ones
 * (bracket labels in one paragraph) would take seconds at 100k.
 */
const hostileShapes: [string, string][] = [
  ['plain list: `N. x: http://a.b/c` lines', lines((i) => `${(i % 999) + 1}. x: http://a.b/c\n`, K10)],
  ['plain list: `N. x: http://a.b/c` on one line', run('1. x: http://a.b/c ', K10)],
  ['plain list: tab items, bare urls, venues, sections', lines((i) => `\t${i % 99}. Title word ${i}\n        https://arxiv.org/abs/${aid(i)}\nNeurIPS 2020\n[Sec]\nSec:\n`, K10)],
  ['details: 10k nested open <details><summary>', run('<details><summary>', 180_000)],
  ['details: nested open abstracts', run('<details><summary>Abstract</summary>x ', K10)],
  ['details: unclosed in list items', lines((i) => `- **Paper ${i} title here**\n  A, B\n  <details><summary>Abstract</summary>\n  text ${i}\n`, K10)],
  ['details: cards never closed', lines((i) => `<details>\n<summary>Title ${i} of a paper</summary>\n\nhttps://arxiv.org/abs/${aid(i)}\n`, K10)],
  ['details: closing tags only', run('</details></summary>', K10)],
  ['table: 1000 columns with arXiv cells', (() => {
    const cols = 1000;
    const head = `|${Array.from({ length: cols }, (_, i) => (i % 3 ? `c${i}` : 'arXiv')).join('|')}|\n|${'---|'.repeat(cols)}\n`;
    return head + lines((i) => `|${Array.from({ length: cols }, (_, j) => (j % 3 ? 'x' : `[${aid(i)}](https://arxiv.org/abs/${aid(i)})`)).join('|')}|\n`, 2 * K10);
  })()],
  ['table: rows with stray pipes and open <details>', `| Title | arXiv | Abstract |\n|---|---|---|\n${lines((i) => `| Paper ${i} | ${aid(i)} | a | b | | | <details><summary>Show</summary> x\n`, K10)}`],
  ['table: one 10k row', `| Title | arXiv |\n|---|---|\n${run('| a ', K10)}`],
  ['table: only delimiter rows', run('|---|---|\n', K10)],
  ['table: cells opening <details> and <p>', `| Title | Abstract |\n|---|---|\n${lines((i) => `| T ${i} | <details><summary>Show</summary>${'<p>'.repeat(5)} x |\n`, K10)}`],
  ['table: one row whose cell opens <p>, then 2500 cells', `| Title | arXiv | Abstract |\n|---|---|---|\n| T | 2301.00001 | <p>${run(' | y', K10)}\n`],
  ['table: one row whose cell opens <details>, then 2500 cells', `| Title | Abstract |\n|---|---|\n| T | <details> ${run('| x ', K10)}|\n`],
  ['table: every cell opens <details>', `| Title | Abstract |\n|---|---|\n| T ${run('| <details> ', K10)}|\n`],
  ['table: `Show` button cells with no <summary>', `| Title | Abstract |\n|---|---|\n${run('| Title of paper | Show |\n', K10)}`],
  ['heading cards: heading + **[arXiv:…](…)** — A, B', lines((i) => `#### 📄 Paper number ${i} title\n**[arXiv:${aid(i)}](https://arxiv.org/abs/${aid(i)})** — A, B\n*One-line:* summary ${i}\n- [Full report](r/${i}.md)\n\n`, K10)],
  ['heading cards: `## N.` headings with no text', lines((i) => `## ${i}.\n**[arXiv:${aid(i)}](https://arxiv.org/abs/${aid(i)})** — A, B\n`, K10)],
  ['heading cards: 10k author list after the dash', `#### A title here\n**[arXiv:2301.00001](https://arxiv.org/abs/2301.00001)** — ${run('A, ', K10)}\n`],
  ['heading cards: 10k chain of links after the id', `#### A title here\n**[arXiv:2301.00001](https://arxiv.org/abs/2301.00001)**${run(' | [P](u)', K10)}\n`],
  ['heading cards: endless summary lines', `#### A title here x\n**[arXiv:2301.00001](https://arxiv.org/abs/2301.00001)** — A, B\n${run('*One-line:* word word\n', K10)}`],
  ['heading cards: CR-only line ends', lines((i) => `#### Paper number ${i} title\r**[arXiv:${aid(i)}](https://arxiv.org/abs/${aid(i)})** — A, B\r\r`, K10)],
  ['sub-headings: ### Authors / ### Links / ### Abstract cards', lines((i) => `## Paper ${i} title words\n### Authors\nA, B\n### Links\n- [arXiv](https://arxiv.org/abs/${aid(i)})\n### Abstract\nText.\n`, K10)],
  ['sub-headings: only `### Authors`', run('### Authors\n', K10)],
  ['sub-headings: `### Links` over navigation only', run('### Links\n- [x](y)\n', K10)],
  ['references: one line of `Surname, I., ` runs', `${run('Surname, I., ', K10)}: Title.\n`],
  ['references: `Surname, I., …: Title.` lines', lines((i) => `Fabbri, C., Islam, M.J., Sattar, J.${i}: Title ${i} here. In: CVPR (2020)\n`, K10)],
  ['references: `[1]` run on one line', run('[1]', 8000)],
  ['references: `[1]` lines after a markdown list', `- [A paper on diffusion](https://arxiv.org/abs/2301.00001)\n- [Another paper on rl](https://arxiv.org/abs/2301.00002)\n\n${run('[1]\n', 8000)}`],
  ['references: `[1] a. b. ` run', run('[1] a. b. ', 8000)],
  ['references: `[a][b] ` full references on one line', run('[a][b] ', 8000)],
  ['references: `[^1] ` footnote labels on one line', run('[^1] ', 8000)],
  ['references: `[x]( ` unclosed link destinations', run('[x]( ', 8000)],
  ['references: `[N] Title. arxiv. URL (date)` lines', lines((i) => `[${i}] Title of ref ${i}. arxiv. https://arxiv.org/abs/${aid(i)} (2026-05-28)\n`, K10)],
  ['references: 2000-char `[1]` line then ref lines', `[1] ${run('T. a. ', 1990)} http://x.y/z\n${run('[1] x. arxiv. http://a.b/c\n', 8000)}`],
  ['navigation: `- [Full report]` under every heading', lines((i) => `## Head ${i}\n- [Full report](r/${i}.md)\n- [Details](d/${i}.md)\n`, K10)],
  ['navigation: the same heading and bullet repeated', run('## Head\n- [Full report](r.md)\n', K10)],
  ['hf headings: `## N. Title` over HF page links', lines((i) => `## ${i}. Paper title ${i}\n[Paper](https://huggingface.co/papers/${aid(i)})\n\n`, K10)],
  ['hf headings: `## 1.` lines', run('## 1.\n', K10)],
  ['hf headings: `## 1. ` on one line', run('## 1. ', K10)],
  ['fences: unclosed fence before cards', `\`\`\`\n${lines((i) => `## ${i}. Paper title\n[Paper](https://huggingface.co/papers/${aid(i)})\n`, K10)}`],
  ['fences: only fence lines', run('```\n~~~\n', K10)],
  ['fences: alternating fenced and open link items', lines((i) => `\`\`\`\n- [Paper ${i} x y](https://arxiv.org/abs/${aid(i)})\n\`\`\`\n- [Paper ${i} x y](https://arxiv.org/abs/${aid(i)})\n`, K10)],
  ['list items with NUL and lone surrogates', lines((i) => `${i}.\u0000 x\ud800: http://a.b/c\udc00\n`, K10)],
  ['emphasis titles over bare arXiv links', lines((i) => `**Title ${i}** — A, B\nhttps://arxiv.org/abs/${aid(i)}\n`, K10)],
];

describe('pathological inputs: hostile shapes of the list readers', () => {
  for (const [name, text] of hostileShapes) {
    it(name, () => {
      checkFeedResult(text);
      for (const f of formats) checkFeedResult(text, f);
    }, 120_000);
  }
  const piece = fc.constantFrom(
    '1. x: http://a.b/c', '<details>', '</details>', '<summary>Abstract</summary>', '| a | arXiv |', '|---|---|', '|',
    '#### 📄 A paper title', '## 1.', '## 1. Title words', '### Authors', '### Links', '**[arXiv:2301.00001](https://arxiv.org/abs/2301.00001)** — A, B',
    '*One-line:* s', 'Surname, I., ', 'Fabbri, C., Islam, M.J.: Title.', '[1]', '[1] T t. arxiv. https://arxiv.org/abs/2301.00001 (2026)',
    '- [Full report](r.md)', '[Paper](https://huggingface.co/papers/2301.00001)', '```', '\r\n', '\r', '\n', '\n\n', '\u0000', '\ud800', '\t', '[Sec]', 'NeurIPS 2020',
  );
  it('any mixture of the shapes returns a result', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 4 })), { maxLength: 40 }), (parts) => {
        const text = parts.map(([p, n]) => p.repeat(n)).join('');
        checkFeedResult(text);
        for (const f of formats) checkFeedResult(text, f);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('pathological inputs: parseFeedStream', () => {
  it('reads split surrogate pairs, BOMs and CRLF split across chunks', async () => {
    const text = `\ufeffTitle: 😀 paper\r\nAn abstract about diffusion models.\r\n`;
    const bytes = new TextEncoder().encode(text);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.slice(i, i + 3);
    }
    const papers = [];
    for await (const p of parseFeedStream(chunks())) papers.push(p);
    const direct = parseFeed(new TextDecoder().decode(bytes)).papers;
    expect(papers).toEqual(direct);
  });
  it('reads a 1 MB line in 1-byte-ish chunks of garbage', async () => {
    async function* chunks() {
      for (let i = 0; i < 200; i++) yield run('\u0000[(*_', 5000);
    }
    let n = 0;
    for await (const _ of parseFeedStream(chunks())) n++;
    expect(n).toBeGreaterThanOrEqual(0);
  });
});

describe('pathological inputs: random mixtures of the hostile pieces', () => {
  const piece = fc.constantFrom('(', ')', '[', ']', '*', '_', '`', '>', '-', '1.', '.', 'http://', '\u0000', '\ud800', '\udc00', '\ufeff', '\r\n', '\r', '\n', 'مرحبا', '> ', '- ', '1. ', '<entry>', '{"title":', '#');
  it('any concatenation of long runs returns a result', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.integer({ min: 1, max: 3000 })), { maxLength: 8 }), (parts) => {
        const text = parts.map(([p, n]) => p.repeat(n)).join('');
        checkFeedResult(text);
        checkExtractors(text);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
