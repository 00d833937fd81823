// Seventh end-to-end blind set (fixtures/e2e7/SOURCES-a.md and SOURCES-b.md): nine real captures in layouts no
// fixture here had, labelled by hand under the shared annotation contract BEFORE the library was run on them.
//
// Blind result (2026-11-27 ~10:10 UTC, parseFeed from source, shared scorer), reader side:
// - `a_research_radar_hep_2026-03-10.md` (`## N. Title` / `**Relevance: 9/10** | …` / `**Authors:** …` / `<details>`
//   RSS description / `[Read paper](abs)`): 0 of 5 papers (the bold `Relevance: N/10` line taken as the title).
// - `a_daily_arxiv_links_zh_2026-10-08.md` (`## N. Title` cards with `### Links` / `### Authors` / `### Abstract` and
//   Chinese summary sub-sections): generic 0.15, 0 of 5 papers (18 wrong entries).
// - `a_llm_research_brief_2026-08-13.md`: 9/9 papers and 3 extra (run-in bold news paragraphs), urls 0 (daily
//   arXiv listing links kept), `**Author:**` with one name unread.
// - `a_dailyarxiv_table_details_timeseries_2025-04-25.md`: abstracts 0/15 (`Show ` of `<summary>Show</summary>` kept,
//   a `|` inside LaTeX split a cell, `na\"ive` lost its backslash).
// - `b_list_refstyle_nickname_underwater.md`: 9/13 titles (Springer-style `Surname, I., …: Title. Venue (year)`), IEEE
//   reference tails read as abstracts, a `[[note]]` link kept.
// - `b_list_nested_author_bullets_rl_2019-09.md`: an author bullet with affiliations read as the abstract, `摘要：`
//   bullet unread, notes under `Implemented Algorithms` read as the abstract.
// What works is asserted; each failure left is an `it.todo` naming its cause.
import { describe, expect, it } from 'vitest';
import { analyzePaper, parseFeed } from '../src/index.js';
import { expectStableUnderCrlf, fieldScores, fixtureRound, squash as fold } from './helpers/e2e.js';

const round = fixtureRound('e2e7');
const { text, gold } = round;
const stable = expectStableUnderCrlf;

describe('an LLM-ranked research radar: `## N. Title`, `**Relevance: 9/10** | …`, `**Authors:**`, a `<details>` RSS description (hep-ex, 2026-03-10)', () => {
  const src = text('a_research_radar_hep_2026-03-10.md');
  const lines = gold('a_research_radar_hep_2026-03-10.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 0 of 5 (titles `Relevance: 9/10`, `Relevance: 8/10` merged, `Relevance: 7/10`)
  it('5 of 5 papers: the numbered heading is the title, arXiv ids, urls 1', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it('the `**Authors:**` paragraph gives the authors (an `*et al.* (44 authors)` tail and an unclosed affiliation dropped)', () => {
    expect(r.papers[0]!.authors).toEqual(['Matteo Argenton', 'Laura Cappelli', 'Concezio Bozzi']);
    expect(r.papers[4]!.authors).toEqual(['Yang Zhang']);
  });
  it('abstracts exactly, without the `arXiv:ID Announce Type: cross Abstract:` head: 5/5', () => {
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
    expect(r.papers.map((p) => p.announceType)).toEqual(['cross', 'replace', 'new', 'new', 'replace-cross']);
  });
  it('a bold `Label: value` line whose value has no words is never a title', () => {
    const t = '## 1. A Study of Things in Detail\n\n**Score: 9/10** | Published: 2026-03-10\n\n**Authors:** Jane Doe, John Roe\n\n[Read paper](https://arxiv.org/abs/2603.00001)\n | [PDF](https://arxiv.org/pdf/2603.00001)\n';
    expect(parseFeed(t).papers.map((p) => [p.title, p.authors])).toEqual([['A Study of Things in Detail', ['Jane Doe', 'John Roe']]]);
  });
  it.todo('authors: LaTeX accents in names (`C\\\'esar`) lose their backslash (markdown escapes; gold keeps them as written)');
  it.todo('metrics (28.6) and topics (50.0) are analysis, not reader: physics results and detector terms');
});

describe('a GitHub-Actions daily arXiv page: `## N. Title` cards with `### Links` / `### Authors` / `### Abstract` and Chinese summary sub-sections (2026-10-08)', () => {
  const src = text('a_daily_arxiv_links_zh_2026-10-08.md');
  const lines = gold('a_daily_arxiv_links_zh_2026-10-08.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: generic 0.15, 0 of 5 (18 entries from authors lines and summary sub-sections)
  it('is read as a markdown list: 5 of 5 papers, authors, arXiv ids', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => p.authors)).toEqual(lines.map((g) => g.authors));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
  });
  it('`- Abstract: http://arxiv.org/abs/…` under `### Links` is a link, the `### Abstract` section the abstract: urls 1, abstracts 5/5', () => {
    expect(fieldScores(r.papers, lines)).toMatchObject({ urls: 1, datasets: 1, metrics: 1 });
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
  });
  it('topics at least 0.89', () => {
    expect(fieldScores(r.papers, lines).topics).toBeGreaterThanOrEqual(0.89);
  });
  it('a plain list of titles with links under a heading stays a list of entries (no card fields)', () => {
    const t = '### Representation Learning\n- RgionCLIP: Region-based Language-Image Pretraining [[Paper](https://arxiv.org/pdf/2112.09106.pdf)]\n- DenseCLIP: Language-Guided Dense Prediction [[paper](https://arxiv.org/pdf/2112.01518.pdf)]\n';
    expect(parseFeed(t).papers.map((p) => p.title)).toEqual(['RgionCLIP: Region-based Language-Image Pretraining', 'DenseCLIP: Language-Guided Dense Prediction']);
  });
});

describe('an LLM-written research brief: numbered bold titles with hard-broken bold fields, news paragraphs, `Worth Watching` bullets (2026-08-13)', () => {
  const src = text('a_llm_research_brief_2026-08-13.md');
  const lines = gold('a_llm_research_brief_2026-08-13.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 9/9 and 3 extra (`**KDD 2026 status.** …` and two other news paragraphs)
  it('9 of 9 papers and no extra: run-in bold news paragraphs are prose on a page of list entries', () => {
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
  });
  // blind: urls 0 (12 `([arxiv.org](https://arxiv.org/list/cs.LG/new))` listing links kept)
  it('a cited daily arXiv listing is no link of the paper: urls 1', () => {
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it('`**Author:**` with one name gives the author; authors 9/9', () => {
    expect(r.papers[1]!.authors).toEqual(['Vicente Opazo']);
    expect(r.papers.map((p) => p.authors ?? [])).toEqual(lines.map((g) => g.authors ?? []));
  });
  it('abstracts: 7 of 9 exactly', () => {
    expect(r.papers.filter((p, i) => fold(p.abstract) === fold(lines[i]!.abstract)).length).toBeGreaterThanOrEqual(7);
  });
  it.todo('abstracts: MathJax `\\(2^{\\Omega(m)}\\)` in a `**Summary:**` line loses its backslashes (CommonMark escapes; the gold keeps the source, debatable)');
  it.todo('datasets 66.7: analysis, not reader');
});

describe('the DailyArXiv README table: `<details><summary>Show</summary><p>…</p></details>` abstract cells (time series, 2025-04-25)', () => {
  const src = text('a_dailyarxiv_table_details_timeseries_2025-04-25.md');
  const lines = gold('a_dailyarxiv_table_details_timeseries_2025-04-25.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  it('15 of 15 papers, urls 1', () => {
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  // blind: 0/15 (`Show ` kept; `$m_p=E[|x-\mu|^p]$` split the cell; `na\"ive` lost its backslash)
  it('abstracts exactly: 15/15 (no button label, a `|` inside an open `<details>` kept, LaTeX accents as written)', () => {
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
  });
  it('a row without an open tag keeps its cells', () => {
    const t = '| **Title** | **Date** | **Abstract** | **Comment** |\n| --- | --- | --- | --- |\n| **[A Study of Things in Detail](http://arxiv.org/abs/2504.00001v1)** | 2025-04-23 | <details><summary>Show</summary><p>We study things | and more.</p></details> | 8 pages |\n';
    expect(parseFeed(t).papers.map((p) => p.abstract)).toEqual(['We study things | and more.']);
  });
  it.todo('datasets (0 of 3) and metrics (66.7): analysis, not reader');
});

describe('an awesome list of references in IEEE and Springer styles with nicknames (underwater image enhancement)', () => {
  const src = text('b_list_refstyle_nickname_underwater.md');
  const lines = gold('b_list_refstyle_nickname_underwater.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 9 of 13 titles (4 kept the `Surname, I., …:` authors and the venue)
  it('13 of 13 titles: `Surname, I., …: Title. Venue (year)` split into authors, title and venue', () => {
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers[2]!.authors).toEqual(['X. Sun', 'L. Liu', 'Q. Li', 'J. Dong', 'E. Lima', 'R. Yin']);
    expect(r.papers[9]!.arxivId).toBe('1801.04011');
  });
  // blind: 8 IEEE tails (`IEEE Trans. …, vol. 30, pp. …, doi: …`) as abstracts; the `[[note]]` link kept
  it('a reference tail is no abstract, a `[[note]]` link no resource: urls 1, no abstract', () => {
    expect(r.papers.filter((p) => p.abstract)).toEqual([]);
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it('the Datasets section of bare URLs gives no paper', () => {
    expect(r.papers.some((p) => p.title.includes('Fish4Knowledge'))).toBe(false);
  });
});

describe('a Jekyll reading list with nested author, venue and `摘要：` bullets (RL, 2019-09)', () => {
  const src = text('b_list_nested_author_bullets_rl_2019-09.md');
  const lines = gold('b_list_nested_author_bullets_rl_2019-09.jsonl');
  const r = parseFeed(src);
  const byTitle = (t: string) => r.papers.find((p) => p.title.startsWith(t))!;

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  it('all 7 papers found', () => {
    for (const g of lines) expect(r.papers.map((p) => p.title)).toContain(g.title);
  });
  // blind: the `Tianhe Yu (Stanford), …` bullet was the abstract and `Stanford, UC Berkeley` the authors
  it('`Name (Affiliation), …` is the author list, in place of an affiliation line read as names', () => {
    expect(byTitle('Meta-World').authors).toEqual(lines.find((g) => g.title.startsWith('Meta-World'))!.authors);
    expect(byTitle('Meta-World').abstract).toBeUndefined();
  });
  // blind: abstract empty (`摘要` has no Latin letter)
  it('a nested `摘要：…` bullet is the abstract', () => {
    expect(fold(byTitle('Meta-Learning with Implicit').abstract)).toBe(fold(lines.find((g) => g.title.startsWith('Meta-Learning with Implicit'))!.abstract));
  });
  // blind: the bold feature notes were the abstract and gave a dataset
  it('points under a label bullet (`Implemented Algorithms`) are notes: no abstract, datasets 1', () => {
    expect(byTitle('rlpyt').abstract).toBeUndefined();
    expect(byTitle('rlpyt').authors).toEqual(['Adam Stooke', 'Pieter Abbeel']);
  });
  it.todo('the learn2learn item (a library: homepage + GitHub, no paper) is read as a paper (labelling choice, arguable)');
});

describe('a dataset list whose bold nickname is the dataset (aerial localization)', () => {
  const src = text('b_list_dataset_nick_summary_uav.md');
  const lines = gold('b_list_dataset_nick_summary_uav.jsonl');
  const r = parseFeed(src);

  it('8 of 8 entries, urls 1, abstracts 8/8', () => {
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
  });
  // blind: datasets 1/8 (only `Sentinel‑2` of the EarthLoc summary)
  it('under a `# … Datasets` title each entry\'s bold short name is its dataset: 7 of 8 entries\' datasets, recall 1', () => {
    const names = r.papers.map((p) => p.datasets.filter((d) => d.source === 'context' && d.spans[0]?.field === 'title').map((d) => d.name));
    expect(names).toEqual([['University-1652'], ['WildNav'], ['Boson-Nighttime'], ['FoundLoc', 'Nardo-Air'], ['SUES-200'], ['AerialVL'], ['DenseUAV'], ['EarthLoc']]);
    expect(r.papers[4]!.datasets[0]).toEqual({ name: 'SUES-200', mention: 'SUES‑200', source: 'context', spans: [{ field: 'title', start: 0, end: 8 }] });
    expect(fieldScores(r.papers, lines).datasets).toBeCloseTo(16 / 18, 5); // 8 found, 2 extra (the todo below)
  });
  it('analyzePaper adds a listed name once: not again when the extractor found it, no span when the title lacks it', () => {
    const p = analyzePaper({ title: 'COCO', abstract: 'Common objects in context.', datasetNames: ['COCO', 'Nardo‑Air'] });
    expect(p.datasets.map((d) => [d.name, d.mention, d.spans.length])).toEqual([['COCO', 'COCO', 1], ['Nardo-Air', 'Nardo‑Air', 0]]);
    expect(analyzePaper({ title: 'X' }).datasets).toEqual([]);
  });
  it.todo('datasets: `FoundLoc / Nardo‑Air` and `EarthLoc` name a method with its dataset (gold keeps only `Nardo‑Air`, `Sentinel‑2`); the list gives no sign which');
  // blind: three entries had authors `VPR`, `TRN] [2-3DoF] [real] …` from the tag line
  it('a line that is one code span (`[VPR] [2-3DoF] [real] …` tags) gives no authors', () => {
    expect(r.papers.every((p) => p.authors === undefined || p.authors.length === 0)).toBe(true);
  });
});
