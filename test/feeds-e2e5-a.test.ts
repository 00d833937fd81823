// Fifth end-to-end blind set, arXiv side (fixtures/e2e5/SOURCES-a.md, files `a_*`): real captures in layouts no
// fixture here had, labelled by hand under the shared annotation contract BEFORE the library was run on them.
//
// Blind result (2026-11-27, parseFeed from source, shared scorer):
// - `a_bot_rss_ai4mat_2026-09.xml` (a bot's RSS 2.0 feed, bare abstracts): rss, 8/8 papers, abstracts 8/8, urls 1,
//   datasets 0.40, metrics 0.30 (values 0.75), topics 0.83.
// - `a_bot_html_archive_ai4mat_p40.html` (a digest site's HTML archive page, abstracts in `<details>`): read as an
//   HTML page, 8/8 papers, abstracts 6/8 (one cut to its first line, one without its address), topics 0.83.
// - `a_weekly_digest_json_llm-uncertainty_2025-W40.json` (a weekly digest tool's JSON, `abstractEn`): json, 8/8
//   papers, abstracts 0/8 (the key was not read), urls 0, topics 0.77.
// - `a_bilingual_index_table_2026-10.md` (a table with a Chinese header): 0/14, tested in feeds-e2e5-b.test.ts.
// Reader failures fixed since are asserted; what still fails is an `it.todo` naming its cause.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { fieldScores, given, readLines } from './helpers/e2e.js';

const fx = (name: string) => new URL(`../fixtures/e2e5/${name}`, import.meta.url);
const text = (name: string) => readFileSync(fx(name), 'utf8');
const gold = (name: string) => readLines(fx(name));
const fold = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('a bot\'s RSS 2.0 feed of arXiv papers with bare abstracts (AI4Mat, 2026-09)', () => {
  const src = text('a_bot_rss_ai4mat_2026-09.xml');
  const lines = gold('a_bot_rss_ai4mat_2026-09.jsonl');
  const r = parseFeed(src);

  it('reads every item: title, abstract exactly, arXiv id, link', () => {
    expect(r.format).toBe('rss');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  // blind metrics F1 0.30: LaTeX thin-space percentages, `72%/72%/65% structure, space-group, and consensus match
  // rates` (names after the values), `10^7-10^8`, `five-fold surrogate fidelity` read as `5 x`; fixed by batch 14's rules
  it('keeps its floors: topics 0.82, metrics 0.74 (blind 0.30)', () => {
    const f = fieldScores(r.papers, lines);
    expect(f.topics).toBeGreaterThanOrEqual(0.82);
    expect(f.metrics).toBeGreaterThanOrEqual(0.74);
  });
  it.todo('metrics: `matches CrystalFlow (78.38% vs. 78.34%)` and `Five steps reach 83.64%` name no measure nearby; `82--99%` law-set satisfaction and `detects 87.9% of damaged …` (kept as settings by the `retaining N% of X` rule)');
  it.todo('datasets: `CSPBench\'s` (possessive), `ML-HydPARK` as a modifier, bare `GNoME` (blind 1 of 4)');
});

describe('a digest site\'s HTML archive page: cards of labelled fields, the abstract in `<details>` (AI4Mat, page 40)', () => {
  const src = text('a_bot_html_archive_ai4mat_p40.html');
  const lines = gold('a_bot_html_archive_ai4mat_p40.jsonl');
  const r = parseFeed(src);

  it('is read as an HTML page: every card, titled by its linked heading, with its authors', () => {
    expect(r.diagnostics[0]!.code).toBe('HTML_PAGE');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
    expect(r.papers.map((p) => p.authors)).toEqual(lines.map((g) => g.authors));
  });
  // blind: 6/8 (a hard-wrapped abstract cut to its first line); the source line breaks of prose fold since
  it('the abstracts hard-wrapped in the page source are whole', () => {
    const i = lines.findIndex((g) => g.arxivId === '2103.00213');
    expect(fold(r.papers[i]!.abstract)).toBe(fold(lines[i]!.abstract));
    const exact = r.papers.filter((p, k) => fold(p.abstract) === fold(lines[k]!.abstract)).length;
    expect(exact).toBeGreaterThanOrEqual(7);
  });
  it('urls 1, datasets 1 and topics at least 0.8', () => {
    const f = fieldScores(r.papers, lines);
    expect(f).toMatchObject({ urls: 1, datasets: 1 });
    expect(f.topics).toBeGreaterThanOrEqual(0.8);
  });
  // blind: the address was taken out of the abstract (the `Read abstract` summary was not known as an abstract's)
  it('a `<summary>Read abstract</summary>` opens the abstract, and the address the abstract writes stays in it: 8/8 exact', () => {
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
  });
});

describe('a weekly digest tool\'s JSON export: `abstractEn` beside a Chinese `tldr` (llm-uncertainty, 2025-W40)', () => {
  const src = text('a_weekly_digest_json_llm-uncertainty_2025-W40.json');
  const lines = gold('a_weekly_digest_json_llm-uncertainty_2025-W40.jsonl');
  const r = parseFeed(src);

  // blind: 0/8 (`abstractEn` was not read), urls 0, topics 0.77
  it('the English abstract of a bilingual export (`abstractEn`) is the abstract, exactly', () => {
    expect(r.format).toBe('json');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
  });
  it('so the address in an abstract is found, and topics reach 0.95', () => {
    const f = fieldScores(r.papers, lines);
    expect(f.urls).toBe(1);
    expect(f.topics).toBeGreaterThanOrEqual(0.95);
  });
  it('with the segmentation given, the extractors agree with what parseFeed finds', () => {
    const f = fieldScores(given(lines), lines);
    expect(f.urls).toBe(1);
    expect(f.topics).toBeGreaterThanOrEqual(0.9);
  });
});
