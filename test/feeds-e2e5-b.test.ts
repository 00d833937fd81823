// Fifth end-to-end blind set, list side (fixtures/e2e5/SOURCES-b.md, files `b_*`) and the bilingual index table of
// the arXiv side (SOURCES-a.md): real captures in layouts no fixture here had, labelled by hand under the shared
// annotation contract BEFORE the library was run on them (gold files in the shared JSONL format).
//
// Blind result (2026-11-27 ~08:05 UTC, parseFeed from source, shared scorer), all read as markdown-list:
// - `b_list_bold_arxiv_cication_2024.md` (`- **Title**, \`arXiv, ID\`, [arxiv](…), cication: …` / `\t *Authors*` /
//   `\t- \`note\``): papers F1 0.737 (5 of 19 bold titles hard-wrapped inside `**…**` cut at the line end, their next
//   line read as authors), abstracts 2 of 3 (`by manipulating …` lost its `by`), urls 0.701, metrics 1, topics 0.60.
// - `b_newsletter_netml_weekly_2026-w06.md` (`### Title` / `**Authors:** …` / `[arXiv](…) · [PDF](…)`): 15/15 papers,
//   ids, authors, urls 1; topics 0 (the tagger finds none of the 6 gold topics from titles alone).
// - `b_list_github_page_capture_rag_2025-07.md` (a GitHub page captured by a crawler; entries are paragraphs
//   `(Venue) **Title**[[Paper]](…)` after empty `- ` bullets): 0 of 10 papers; 4 wrong ones (two bold-label sentences
//   `**📖 Related Survey**: This repository …`, two table-of-contents items linking the page's own URL + `#anchor`).
// - `b_list_nick_venue_summary_ad_2024.md` (`- **Nick**: rest, **Venue** [[Paper](…)]` / `    Summary: …`): 15/16
//   papers (a broken bold `…Driving**, ECCV2024**` kept in a title), abstracts 0 of 14 (labelled `Summary:` paragraphs
//   and lazy lines dropped), urls 0.966, topics 0.727.
// - `a_bilingual_index_table_2026-10.md` (`| 日期 | 英文标题 | 中文标题 | 链接 |`): 0 of 14 (no column named a title).
// Fixed since (helper fix5): wrapped bold titles, `[Bb]y` prefix, `Summary:`/`Abstract:`/`TL;DR:` continuation
// paragraphs, venue-only broken bold, paragraph entries with `[[Paper]]` links, self-anchor links as navigation,
// CJK table headers and a title-shaped column. What still fails is an `it.todo` naming its cause.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { fieldScores, paperKey, readLines } from './helpers/e2e.js';

const fx = (name: string) => new URL(`../fixtures/e2e5/${name}`, import.meta.url);
const text = (name: string) => readFileSync(fx(name), 'utf8');
const gold = (name: string) => readLines(fx(name));
const fold = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const titles = (src: string) => parseFeed(src).papers.map((p) => p.title);

const stable = (src: string) => {
  const r = parseFeed(src);
  const crlf = parseFeed('\ufeff' + src.split('\n').join('\r\n'));
  expect(crlf.format).toBe(r.format);
  expect(paperKey(crlf)).toBe(paperKey(r));
};

describe('generated efficient-LLM list with `cication:` and hard-wrapped bold titles (2024)', () => {
  const src = text('b_list_bold_arxiv_cication_2024.md');
  const lines = gold('b_list_bold_arxiv_cication_2024.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 14 of 19 (5 titles cut at `… in Large`, `… Survey from`, `… Adaptation of`, `… Large Language`)
  it('a bold title wrapped inside `**…**` goes on to its closing `**`, lines joined by one space: 19 of 19 titles', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
  });
  it('the `\\t *Authors*` line gives the authors (not the wrapped title\'s second line), the id comes from `arXiv, ID`', () => {
    expect(r.papers.map((p) => p.authors)).toEqual(lines.map((g) => g.authors));
    expect(r.papers.map((p) => p.arxivId ?? null)).toEqual(lines.map((g) => g.arxivId ?? null));
  });
  // blind: 2 of 3 exact, ReFT's note lost its leading `by`
  it('the nested code-span notes are the abstracts, exactly; a note opening `by manipulating …` keeps its `by`', () => {
    lines.forEach((g, i) => expect(fold(r.papers[i]!.abstract) || undefined).toBe(g.abstract));
    expect(r.papers.find((p) => p.title.startsWith('ReFT'))!.abstract).toMatch(/^by manipulating/);
  });
  it('keeps its floors: urls 0.94, metrics 1, topics 0.85', () => {
    const f = fieldScores(r.papers, lines);
    expect(f.urls).toBeGreaterThanOrEqual(0.94);
    expect(f.metrics).toBe(1);
    expect(f.topics).toBeGreaterThanOrEqual(0.85);
  });
  it('`By Jane Doe` is still a byline; `by manipulating` is prose', () => {
    const r2 = parseFeed('## P\n\n- **A Study of Things in Detail** [paper](https://arxiv.org/abs/2401.00001)\n\n  by Jane Doe, John Roe\n');
    expect(r2.papers[0]!.authors).toEqual(['Jane Doe', 'John Roe']);
  });
  it('a wrapped bold title in a paragraph entry joins as well; a bold span closed on its line does not run on', () => {
    expect(titles('**Efficient Things for Large\n  Language Models**, [arxiv](https://arxiv.org/abs/2401.00002)\n')).toEqual(['Efficient Things for Large Language Models']);
    const two = parseFeed('## P\n\n- **A Study of Things in Detail**\n  **Jane Doe, John Roe** [paper](https://arxiv.org/abs/2401.00003)\n');
    expect(two.papers.map((p) => p.title)).toEqual(['A Study of Things in Detail']);
  });
  it.todo('press coverage `· ([jiqizhixin](…))`, `([mp.weixin.qq](…))`, `huggingface.co/blog/…` kept as paper links (contract question, blind 5 fp)');
});

describe('weekly newsletter `### Title` / `**Authors:** …` / `[arXiv](…) · [PDF](…)` (NetML Weekly, 2026-W06)', () => {
  const src = text('b_newsletter_netml_weekly_2026-w06.md');
  const lines = gold('b_newsletter_netml_weekly_2026-w06.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  it('15 of 15 papers: titles, authors, arXiv ids, urls 1', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => p.authors)).toEqual(lines.map((g) => g.authors));
    expect(r.papers.map((p) => p.arxivId ?? null)).toEqual(lines.map((g) => g.arxivId ?? null));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  // blind F1 0: no title term alone reached the threshold; the ninth taxonomy pass made `diffusion`, `language model`,
  // `split learning`, `large model training` strong enough
  it('topics from titles alone: F1 at least 0.8 (blind 0)', () => {
    expect(fieldScores(r.papers, lines).topics).toBeGreaterThanOrEqual(0.8);
  });
});

describe('awesome list captured as a GitHub web page: paragraphs `(Venue) **Title**[[Paper]](…)` after empty bullets (RAG, 2025-07)', () => {
  const src = text('b_list_github_page_capture_rag_2025-07.md');
  const lines = gold('b_list_github_page_capture_rag_2025-07.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 0 of 10, 4 wrong papers
  it('each `(Venue) **Title**[[Paper]](…)` / `(Venue) Title [[Paper]](…)` paragraph is an entry: 10 of 10 titles, nothing else', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
  });
  it('the `(Venue Year)` tag is the venue; Paper and Code links are the paper\'s, camo badges are not: urls 1', () => {
    expect(r.papers.find((p) => p.title.startsWith('R3:'))!.venue?.text).toBe('NeurIPS 2025');
    expect(r.papers.find((p) => p.title.startsWith('MaFeRw'))!.venue?.text).toBe('AAAI 2025');
    expect(fieldScores(r.papers, lines).urls).toBe(1);
    expect(fieldScores(r.papers, lines).topics).toBeGreaterThanOrEqual(0.95);
  });
  it('bold-label sentences and links to the page\'s own URL + `#anchor` (front matter `url:`) give no paper', () => {
    const label = '**📖 Related Survey**: This repository is based on the survey in ["Towards X: A Survey"](https://arxiv.org/abs/2507.09477).';
    expect(titles(`## A\n\n${label}\n\n(ArXiv 2025) **A Paper Title Here**[[Paper]](https://arxiv.org/abs/2401.00009)\n`)).toEqual(['A Paper Title Here']);
    const page = '---\nurl: https://github.com/o/awesome-x\n---\n\n## Overview\n\n- [External Knowledge Retrieval](https://github.com/o/awesome-x#external-knowledge-retrieval)\n- [Example or Training Data](https://github.com/O/Awesome-X/#example)\n';
    expect(titles(page)).toEqual([]);
    // the same links with no page address given are read as before
    expect(titles(page.replace('url: https://github.com/o/awesome-x', 'x: y'))).toHaveLength(2);
  });
  it('a paragraph entry needs no empty bullet; a sentence leading to `[[paper]]` is no entry', () => {
    expect(titles('## P\n\n(ACL 2024) **Chain-of-Verification Reduces Hallucination**[[Paper]](https://arxiv.org/abs/2309.11495)\n')).toEqual(['Chain-of-Verification Reduces Hallucination']);
    expect(titles('## P\n\nGraph Retrieval for Efficient Question Answering [[Paper]](https://arxiv.org/abs/2401.00004)\n')).toEqual(['Graph Retrieval for Efficient Question Answering']);
    expect(titles('## P\n\nThe main benchmark is described in [[paper]](https://arxiv.org/abs/2306.00001).\n')).toEqual([]);
  });
});

describe('LLM-for-driving list `- **Nick**: rest, **Venue** [[Paper](…)]` with `Summary:` paragraphs (2024)', () => {
  const src = text('b_list_nick_venue_summary_ad_2024.md');
  const lines = gold('b_list_nick_venue_summary_ad_2024.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 15 of 16 (`…Driving**, ECCV2024` kept in a title)
  it('16 of 16 titles; a broken bold holding only a venue (`…Driving**, ECCV2024**`) is the venue, no part of the title', () => {
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.find((p) => p.title.startsWith('Explanation for'))!.venue?.text).toBe('ECCV2024');
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  // blind: 0 of 14
  it('a `Summary:` paragraph (after a blank or whitespace-only line) or lazy line is the abstract, label stripped: 14 of 15', () => {
    const ok = lines.filter((g, i) => g.abstract !== undefined && fold(r.papers[i]!.abstract) === g.abstract).length;
    expect(ok).toBe(14);
    expect(r.papers.find((p) => p.title.startsWith('LeapAD'))!.abstract).toBeUndefined();
    expect(r.papers.find((p) => p.title.startsWith('GPVL'))!.abstract).toBe(lines[1]!.abstract);
  });
  it('`Abstract:` / `TL;DR:` labels work the same; the label text is not read as authors or venue', () => {
    const r2 = parseFeed('## P\n\n- **AAA**: A Title Here [[Paper](https://arxiv.org/abs/2401.00005)]\n\n    Abstract: We study a thing, over\n    two lines.\n\n- **BBB**: Another Title Here [[Paper](https://arxiv.org/abs/2401.00006)]\n  TL;DR: a short summary of it.\n');
    expect(r2.papers.map((p) => p.abstract)).toEqual(['We study a thing, over two lines.', 'a short summary of it.']);
    expect(r2.papers.map((p) => p.authors)).toEqual([[], []]);
  });
  it('keeps its topic floor (0.74)', () => {
    expect(fieldScores(r.papers, lines).topics).toBeGreaterThanOrEqual(0.74);
  });
  it.todo('the misspelt label `Symmary:` is kept in the abstract (no general rule for a misspelling; 1 of 15)');
});

describe('bilingual index table `| 日期 | 英文标题 | 中文标题 | 链接 |` (KinokoY/ArxivDaily, 2026-10)', () => {
  const src = text('a_bilingual_index_table_2026-10.md');
  const lines = gold('a_bilingual_index_table_2026-10.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 0 of 14
  it('a CJK header names the columns: the English title is the title, the link column the link, the date the date', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
    expect(r.papers.map((p) => p.arxivId ?? null)).toEqual(lines.map((g) => g.arxivId ?? null));
    expect(r.papers[0]!.date?.iso).toBe('2026-10-08');
    const f = fieldScores(r.papers, lines);
    expect(f.urls).toBe(1);
    expect(f.datasets).toBe(1);
    expect(f.topics).toBeGreaterThanOrEqual(0.76);
  });
  it('with no header naming a title, the one column whose cells have a title\'s shape is the title column', () => {
    const other = src.replace('| 日期 | 英文标题 | 中文标题 | 链接 |', '| Fecha | Titulo en | Titulo zh | Enlace |');
    expect(titles(other)).toEqual(lines.map((g) => g.title));
    // a table of short names, or with two title-shaped columns, gives no guess
    expect(titles('| A | B |\n|---|---|\n| x | [y](https://arxiv.org/abs/2401.00007) |\n| z | [w](https://arxiv.org/abs/2401.00008) |\n')).toEqual([]);
  });
});
