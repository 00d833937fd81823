// End-to-end blind set, third round, arXiv side (fixtures/e2e3/SOURCES-arxiv.md): two real captures in
// layouts nobody here had tested, labelled by hand under the shared annotation contract BEFORE the
// library was run on them (gold files in the shared JSONL format, plus `arxivId` and `authors`).
//
// Blind result (2026-11-27, parseFeed from source, shared scorer):
// - RSS clipping list (cs.CL, Sep 2025): every paper, title and arXiv link right (12/12), topics 0.791,
//   but no abstract (0/12): the `Abstract:` label after the RSS prefix `arXiv:ID Announce Type: new` in a
//   nested bullet is not read.
// - Hugo reading notes (stat/cs, Aug 2021): 0 of 8 papers matched: YAML front matter unknown (format
//   `generic`), every title keeps its ` (https://arxiv.org/abs/ID)` suffix, `draft: false` is a paper and a
//   heading with no note under it is lost. The links, notes and arXiv ids of the other entries are right.
// What works today is asserted; each reader failure is an `it.todo` naming its cause.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import type { Paper } from '../src/index.js';
import { fieldScores, given, normUrl, paperKey, readLines, type GoldLine } from './helpers/e2e.js';
import { fold, readGold, score } from './helpers/score.js';

const fx = (name: string) => new URL(`../fixtures/e2e3/${name}`, import.meta.url);
const text = (name: string) => readFileSync(fx(name), 'utf8');

const gold = (name: string) => readLines(fx(name));

const segmented = given;

describe('arXiv RSS clipping list (`- **date** · **[Title](abs)** — _arXiv cs.CL_`, nested `- arXiv:ID Announce Type: new` / `Abstract: <cut snippet>`, Sep 2025)', () => {
  const feed = 'arxiv_rss_clipping_list_2025-09-09.md';
  const goldName = 'arxiv_rss_clipping_list_2025-09-09.jsonl';
  const src = text(feed);
  const lines = gold(goldName);
  const r = parseFeed(src);
  const s = score(r, readGold(fx(goldName)));

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => {
    expect(() => parseFeed(src)).not.toThrow();
    const crlf = parseFeed('\ufeff' + src.split('\n').join('\r\n'));
    expect(crlf.format).toBe('markdown-list');
    expect(paperKey(crlf)).toBe(paperKey(r));
  });

  it('finds every paper (markdown-list), titles in order, nothing else (no heading, date or source label is a paper)', () => {
    expect(r.format).toBe('markdown-list');
    expect(s.missing).toEqual([]);
    expect(s.extra).toEqual([]);
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
  });

  it('reads the arXiv id of each entry and no author (the list names none)', () => {
    lines.forEach((g, i) => {
      expect(r.papers[i]!.arxivId).toBe(g.arxivId);
      expect(r.papers[i]!.authors).toEqual([]);
    });
  });

  it('lists exactly the arXiv abstract link of each entry', () => {
    expect(s.urlsF1).toBe(1);
  });

  // blind 0.791 (P 0.85 R 0.739): titles only; with the abstracts read 0.818 (P 0.857 R 0.783), as with the segmentation given
  it('keeps the topic figure of titles and abstracts (floor 0.8)', () => {
    expect(fieldScores(r.papers, lines).topics).toBeGreaterThanOrEqual(0.8);
  });

  // segmentation given: urls 1, datasets 1 (none), metrics 1 (none), topics 0.818
  it('with the segmentation given, the extractors reach today\'s figures', () => {
    const f = fieldScores(segmented(lines), lines);
    expect(f.urls).toBe(1);
    expect(f.datasets).toBe(1);
    expect(f.metrics).toBe(1);
    expect(f.topics).toBeGreaterThanOrEqual(0.8);
  });

  // blind 0 of 12; since the nested-bullet fix 12 of 12 (topics 0.818)
  it('takes every abstract as cut, exactly (white space folded): the nested bullet `- arXiv:ID Announce Type: new` + lazy line `Abstract: …` is the RSS description, its head skipped', () => {
    expect(s.abstractsExact).toBe(1);
    lines.forEach((g, i) => {
      const a = r.papers[i]!.abstract?.replace(/\s+/g, ' ').trim();
      expect(a, g.title).toBe(g.abstract);
      expect(a).not.toMatch(/Announce Type|^Abstract:/);
      expect(r.papers[i]!.announceType).toBe('new');
    });
  });

  it('reads the same description in other shapes: head and abstract on one line, a later version and type, a bold or plain label, a summary kept beside the abstract', () => {
    const md = [
      '# Clippings',
      '',
      '- **[Alpha Beta Gamma Delta](https://arxiv.org/abs/2401.00001)** — _arXiv cs.LG_',
      '  - arXiv:2401.00001v2 Announce Type: replace-cross Abstract: We study things that',
      'matter over two lines',
      '- [Second Paper About Things](https://arxiv.org/abs/2401.00002)',
      '  - **Abstract:** We propose a method with [code](https://github.com/a/b).',
      '- [Third Paper About Stuff](https://arxiv.org/abs/2401.00003)',
      '  - TL;DR: a short summary.',
      '  - Abstract: the long abstract',
      '    on two lines.',
      '',
    ].join('\n');
    const q = parseFeed(md);
    expect(q.papers.map((p) => [p.title, p.abstract, p.arxivId])).toEqual([
      ['Alpha Beta Gamma Delta', 'We study things that matter over two lines', '2401.00001'],
      ['Second Paper About Things', 'We propose a method with code.', '2401.00002'],
      ['Third Paper About Stuff', 'the long abstract on two lines.', '2401.00003'],
    ]);
    expect(q.papers[0]!.announceType).toBe('replace-cross');
    expect(q.papers[1]!.urls.map((u) => u.url)).toContain('https://github.com/a/b');
    expect(q.papers.every((p) => p.authors.length === 0)).toBe(true);
  });
  it.todo(
    'topics (segmentation given): `translation quality` gives no natural-language-processing and `Forecasting` adds time-series; `Systematic Bias in Multilingual Tokenization` misses fairness; `Distillation` after `Chain-of-Thought Correctness Perception` misses knowledge-distillation and `Spurious Correlations` adds distribution-shift; `continuously adapt and learn from new data` misses continual-learning; `Speech Language Models` gives speech-audio only; `Retrieval-Augmented Generation` alone adds large-language-models',
  );
});

describe('Hugo reading notes on arXiv papers (YAML front matter, `### Title (https://arxiv.org/abs/ID)` headings, a personal note under each, stat/cs, Aug 2021)', () => {
  const feed = 'arxiv_reading_notes_stat_2021-08-07.md';
  const goldName = 'arxiv_reading_notes_stat_2021-08-07.jsonl';
  const src = text(feed);
  const lines = gold(goldName);
  const r = parseFeed(src);
  /** The predicted paper whose title starts with the gold title. */
  const find = (g: GoldLine) => r.papers.find((p) => fold(p.title).startsWith(fold(g.title)));

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => {
    expect(() => parseFeed(src)).not.toThrow();
    const crlf = parseFeed('\ufeff' + src.split('\n').join('\r\n'));
    expect(paperKey(crlf)).toBe(paperKey(r));
  });

  it('each entry with a note is found with its arXiv id and exactly the web addresses it writes (no relative `/post/…` link)', () => {
    for (const g of lines.filter((l) => l.abstract)) {
      const p = find(g);
      expect(p, g.title).toBeDefined();
      expect(p!.arxivId).toBe(g.arxivId);
      expect([...new Set(p!.urls.map((u) => normUrl(u.url)))].sort()).toEqual(g.urls.map(normUrl).sort());
    }
    expect(r.papers.flatMap((p) => p.urls.map((u) => u.url)).some((u) => u.includes('/post/'))).toBe(false);
  });

  it('takes the note of each entry without a link as written (whitespace folded)', () => {
    const plain = lines.filter((l) => l.abstract && !/\]\(|`/.test(src.slice(src.indexOf(l.title), src.indexOf(l.title) + 4000).split('\n### ')[0]!));
    expect(plain.length).toBe(3);
    for (const g of plain) expect(find(g)!.abstract?.replace(/\s+/g, ' ').trim()).toBe(g.abstract);
  });

  // segmentation given: urls 1, datasets 1 (none), metrics 0 (values 1: `runtime` 2 and 3 for `compile time`), topics 0.667
  it('with the segmentation given, the extractors reach today\'s figures', () => {
    const f = fieldScores(segmented(lines), lines);
    expect(f.urls).toBe(1);
    expect(f.datasets).toBe(1);
    expect(f.metricValues).toBe(1);
    expect(f.topics).toBeGreaterThanOrEqual(0.66);
  });

  // Blind: format generic, `draft: false` (the YAML front matter) read as a paper, every title
  // keeping its ` (https://arxiv.org/abs/ID)`, markup left in the notes: 0 of 8 papers.
  it('reads no paper from the YAML front matter, and titles without the trailing ` (url)`, exactly; a heading naming its arXiv address is a paper with nothing under it', () => {
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((l) => l.title));
  });
  it('takes every note as written, markdown links and code spans reduced to their text (the addresses stay links)', () => {
    for (const g of lines.filter((l) => l.abstract)) expect(r.papers.find((p) => p.title === g.title)!.abstract).toBe(g.abstract);
  });
  it.todo('metric name: `the compile time for Stan and NIMBLE is … (2-3 minutes), but NIMBLE appears faster at the runtime level` names both values `runtime` instead of `compile time`');
  it.todo('topics: `calibration estimation` (survey sampling) and `likelihood-based confidence intervals` add uncertainty-quantification to the MAIC paper');
});
