// End-to-end blind set, fourth round, helper "a" (fixtures/e2e4/SOURCES-a.md): two real captures of the
// Chinese arXiv digest `qhduan/cn-chat-arxiv` (a `| Ref | Title | Summary |` table whose Ref cells are
// footnote references `[^n]`, then a `# 详细` section of footnote definitions `[^n]: <Chinese title>` with
// 4-space-indented paragraphs: English title, link, Chinese summary, Chinese translation, English abstract),
// labelled by hand under the shared annotation contract BEFORE the library was run on them.
//
// Blind result (2026-11-27, parseFeed from source, shared scorer):
// - footnotes page (cs.IR, 4 papers, whole file): papers 4/4, urls 0.889, datasets 0, metrics 1 (none),
//   topics 0.667, abstracts 0/4: the `# 详细` footnote definitions are not read into the table's entries.
// - table only (cs.CL, 12 papers, cut): papers 12/12, urls 1, datasets 0.667, metrics 0, topics 0.895,
//   abstracts 0/12: the `Summary` column is not read as the abstract.
// What works today is asserted; each reader failure is an `it.todo` naming its cause.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { fieldScores, given, paperKey, readLines } from './helpers/e2e.js';
import { fold, readGold, score } from './helpers/score.js';

const fx = (name: string) => new URL(`../fixtures/e2e4/${name}`, import.meta.url);
const text = (name: string) => readFileSync(fx(name), 'utf8');

describe('cn-chat-arxiv footnotes page (`| Ref | Title | Summary |` table + `# 详细` footnote definitions with indented English title, link, summary, translation and abstract; cs.IR, 2024-03)', () => {
  const base = 'a_cn_chat_arxiv_footnotes_cs-IR_2024-03';
  const src = text(`${base}.md`);
  const lines = readLines(fx(`${base}.jsonl`));
  const r = parseFeed(src);
  const s = score(r, readGold(fx(`${base}.jsonl`)));

  it('reads the capture without throwing, the same with CRLF line endings and a BOM', () => {
    expect(() => parseFeed(src)).not.toThrow();
    const crlf = parseFeed('\ufeff' + src.split('\n').join('\r\n'));
    expect(paperKey(crlf)).toBe(paperKey(r));
  });

  it('finds each paper once (table row and footnote definition are one paper), in order, nothing else', () => {
    expect(r.format).toBe('markdown-list');
    expect(s.missing).toEqual([]);
    expect(s.extra).toEqual([]);
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
  });

  it('reads the arXiv id and the abstract link of each entry', () => {
    lines.forEach((g, i) => {
      expect(r.papers[i]!.arxivId).toBe(g.arxivId);
      expect(r.papers[i]!.urls.map((u) => u.url.replace(/^http:/, 'https:'))).toContain(g.urls[0]);
    });
  });

  // blind 0.667 (P 1 R 0.5): titles only
  it('keeps the topic figure of the titles (floor 0.66)', () => {
    expect(fieldScores(r.papers, lines).topics).toBeGreaterThanOrEqual(0.66);
  });

  // segmentation given: urls 1, datasets 0.667, metrics 1 (none), topics 0.769
  it("with the segmentation given, the extractors reach today's figures", () => {
    const f = fieldScores(given(lines), lines);
    expect(f.urls).toBe(1);
    expect(f.datasets).toBeGreaterThanOrEqual(0.66);
    expect(f.metrics).toBe(1);
    expect(f.topics).toBeGreaterThanOrEqual(0.76);
  });

  it.todo(
    'abstracts (blind 0/4): a footnote definition `[^n]:` under `# 详细` whose reference `[^n]` is a table row\'s Ref cell is that row\'s entry; its indented paragraphs (GFM footnote continuation, not code) are English title (with `. (arXiv:ID [cat])` RSS suffix), link, summary, translation, abstract: the last paragraph is the abstract with its RSS head `arXiv:IDvN Announce Type: X  Abstract:` skipped (gives the ConceptEdit project URL and both datasets)',
  );
  it.todo('datasets (segmentation given): `a novel benchmark dataset ConceptEdit` is not read as a dataset');
  it.todo('topics (segmentation given): `continually updated` / dynamic corpora misses continual-learning and `parameter-efficient pre-training method` misses parameter-efficient-finetuning');
});

describe('cn-chat-arxiv `| Ref | Title | Summary |` table alone (Chinese one-line summaries, footnote refs in the first column; cs.CL, 2023-04, first 12 rows)', () => {
  const base = 'a_cn_chat_arxiv_ref_table_cs-CL_2023-04';
  const src = text(`${base}.md`);
  const lines = readLines(fx(`${base}.jsonl`));
  const r = parseFeed(src);
  const s = score(r, readGold(fx(`${base}.jsonl`)));

  it('reads the capture without throwing, the same with CRLF line endings and a BOM', () => {
    expect(() => parseFeed(src)).not.toThrow();
    const crlf = parseFeed('\ufeff' + src.split('\n').join('\r\n'));
    expect(paperKey(crlf)).toBe(paperKey(r));
  });

  it('finds every row as a paper (markdown-list), titles in order, nothing else', () => {
    expect(r.format).toBe('markdown-list');
    expect(s.missing).toEqual([]);
    expect(s.extra).toEqual([]);
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
  });

  it('reads the arXiv id of each row and lists exactly its abstract link', () => {
    lines.forEach((g, i) => expect(r.papers[i]!.arxivId).toBe(g.arxivId));
    expect(s.urlsF1).toBe(1);
  });

  // blind 0.895 (P 0.944 R 0.85), titles only
  it('keeps the topic figure of the titles (floor 0.89)', () => {
    expect(fieldScores(r.papers, lines).topics).toBeGreaterThanOrEqual(0.89);
  });

  // segmentation given: urls 1, datasets 0.667, metrics 0, topics 0.895
  it("with the segmentation given, the extractors reach today's figures", () => {
    const f = fieldScores(given(lines), lines);
    expect(f.urls).toBe(1);
    expect(f.datasets).toBeGreaterThanOrEqual(0.66);
    expect(f.topics).toBeGreaterThanOrEqual(0.89);
  });

  // blind 0/12: a column headed `Summary` had no role in readTable
  it('takes the `Summary` column as the abstract (the only text the row shows about the paper)', () => {
    expect(s.wrongAbstracts).toEqual([]);
    lines.forEach((g, i) => expect(r.papers[i]!.abstract).toBe(g.abstract));
  });
  it.todo('metrics (segmentation given): Chinese results `计算成本可以降低90％而仅增加1％的参数` (full-width ％) are not read (90% cost reduction, 1% more parameters)');
  it.todo('datasets (segmentation given): `HATELEXICON是一个…词汇表` (a named lexicon) is not read');
  it.todo('topics: `hate speech detection` adds speech-audio (the word speech outside audio); `微调语言模型` (REFINER) and `主题建模` (topic modelling) give no NLP topic from Chinese text');
});
