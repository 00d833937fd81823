// Fourteenth end-to-end blind set, e-mail / alert side (fixtures/e2e14/SOURCES-a.md): three real captures of
// mail-bot output built from Google Scholar alert e-mails and the arXiv CS mailing, labelled by hand under the shared
// annotation contract BEFORE the library was run on them.
//
// Blind result (2026-11-27 ~13:40 UTC, parseFeed from source, shared scorer), papers F1:
// - `a_scholar_alert_gmail_table_readme_2025-04.md` (a bot's README: setup steps, then a `| Topic | Branch | Papers |
//   Related to |` table of Scholar `scholar_url` redirect links): markdown-list, 92.3 (2 setup steps read as papers).
// - `a_mail_index_zh_arxiv_scholar_2026-10-09.md` (a Chinese paper index: `### [N] Title` + `**链接**:` / `**作者**:` /
//   … plain bold-label lines + `**摘要**:` and a `> ` quote): generic 0.15, 0 of 12.
// - `a_newsletter_scholar_alert_section_riscv_2020-10-24.md` (a RISC-V newsletter: news clippings, then pasted Scholar
//   alerts `### **[PDF]** [Title](scholar_url…)` + byline + `<br />` snippet or a `> ` translation): 13.6 (3/13, 28 fp).
// After (helper fix14a, same scorer): table papers/urls 100, topics 88.2, datasets 0; index papers/urls/datasets 100,
// metrics 66.7, topics 93.0, abstracts 12/12; newsletter papers/urls 100, abstracts 13/13, datasets 50, metrics 0,
// topics 0 (one computer-vision fp where the gold has none; it was 100 only because no paper had been found).
// What works is asserted; each failure left is an `it.todo` naming its cause.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { expectStableUnderCrlf, fieldScores, fixtureRound, squash as fold } from './helpers/e2e.js';

const round = fixtureRound('e2e14');
const { text, gold } = round;
const stable = expectStableUnderCrlf;

const redirect = (target: string, pos = 0) =>
  `https://scholar.google.com/scholar_url?url=${target}&hl=en&sa=X&d=${5116476463814215910 + pos}&scisig=AFWwaeZmw5Mj&oi=scholaralrt&html=&pos=${pos}&folt=kw`;

describe('a Gmail Scholar-alert bot README: setup steps, then a table of `scholar_url` paper links (2025-04)', () => {
  const name = 'a_scholar_alert_gmail_table_readme_2025-04.md';
  const src = text(name);
  const lines = gold(name + '.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 14 found, 2 fp (`Use the`, `Run script.sh: … Refer to this`)
  it('12 of 12 papers, titles from the table, the written redirect as each URL; no setup step is a paper', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
    expect(r.papers.some((p) => /^(Use the|Run script)/.test(p.title))).toBe(false);
  });
  it('a numbered step whose sentence runs into a link (`Use the [Gmail API Client Library](…) and create …`) is no paper', () => {
    const t = ['1. Use the [Gmail API Client Library](https://developers.google.com/gmail/api/quickstart/python) and create a file.', '2. Refer to this [Stack Overflow post](https://stackoverflow.com/questions/1/x) for guidance.', '', '- [A Study of Retrieval for Code Models](https://arxiv.org/abs/2601.00001)', ''].join('\n');
    expect(parseFeed(t).papers.map((p) => p.title)).toEqual(['A Study of Retrieval for Code Models']);
  });
  it.todo('extractors: `GitBugs:` / `CodeARC:` title heads of a dataset / benchmark paper with no abstract are not taken as datasets (fn 2)');
  it.todo('extractors: topics: "contrastive learning approach" gives self-supervised-learning, "Retrieval Augmented Generation" in the GitBugs title gives large-language-models (both arguable); "for effective attacking" misses adversarial-robustness');
});

describe('a Chinese paper index from the arXiv mailing and Scholar alerts: `### [N] Title` + `**Label**: value` lines + `**摘要**:` and a `> ` quote (2026-10-09)', () => {
  const name = 'a_mail_index_zh_arxiv_scholar_2026-10-09.md';
  const src = text(name);
  const lines = gold(name + '.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: generic 0.15, 0 of 12 (`[N]` kept in titles, metadata lines as the abstract, scholar links dropped)
  it('12 of 12 papers as markdown-list: `[N]` dropped from titles, the `**链接**` address (arXiv or Scholar redirect) as URL', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it('abstract = the `> ` quote under `**摘要**:` (12/12 exact), never the metadata lines', () => {
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
    expect(r.papers.some((p) => /作者|来源|匹配关键词/.test(p.abstract ?? ''))).toBe(false);
  });
  it('authors: `等 (10 人)` dropped, `(LAAS-TRUST)` affiliations out of the names, a Scholar byline cut at ` - `', () => {
    const byTitle = (s: string) => r.papers.find((p) => p.title.startsWith(s))!;
    expect(byTitle('COPC').authors).toEqual(['Zicheng Hu', 'Zhijian Zhou', 'Xuan Zhang', 'Yuchen Liu', 'Cheng Chen', 'Yuan Li']);
    expect(byTitle('Successive Training Stages').authors).toEqual(['Antony Dalmiere', 'Pascal Marchand', 'Guillaume Auriol', 'Vincent Nicomette']);
    expect(byTitle('Are LLM watermarks').authors).toEqual(['MR Islam', 'MP Uddin', 'Y Xiang']);
  });
  it('the same layout with English labels is read the same way', () => {
    const t = ['# Paper index', '', '---', '', '### [1] A Study of Retrieval for Code Models', '', '**Link**: https://arxiv.org/abs/2601.00001', '**Authors**: Ann Lee, Bo Chen and 8 others', '**Categories**: cs.SE', '', '**Abstract**:', '', '> We study retrieval for code models in some detail.', '', '---', '', '### [2] Another Study of Things', '', `**Link**: ${redirect('https://example.org/~me/paper.pdf')}`, '**Authors**: C Diaz, D Evans - Some Journal, 2026', '', '**Abstract**:', '', '> We study other things in some detail.', ''].join('\n');
    const f = parseFeed(t);
    expect(f.format).toBe('markdown-list');
    expect(f.papers.map((p) => [p.title, p.abstract, p.authors])).toEqual([
      ['A Study of Retrieval for Code Models', 'We study retrieval for code models in some detail.', ['Ann Lee', 'Bo Chen']],
      ['Another Study of Things', 'We study other things in some detail.', ['C Diaz', 'D Evans']],
    ]);
    expect(f.papers[1]!.urls.map((u) => u.url)).toEqual([redirect('https://example.org/~me/paper.pdf')]);
  });
  it('a generic title/abstract text keeps a Scholar redirect as its paper link (no navigation link)', () => {
    const u = redirect('https://www.cs.example.edu/~me/x.pdf');
    const t = ['A Study of Retrieval for Code Models', '', `Link: ${u}`, '', 'Abstract: We study retrieval for code models in detail.', '', 'Another Study of Many Things', '', `Link: ${u.replace('x.pdf', 'y.pdf')}`, '', 'Abstract: We study things in detail here.', ''].join('\n');
    expect(parseFeed(t).papers.map((p) => p.urls.map((x) => x.url))).toEqual([[u], [u.replace('x.pdf', 'y.pdf')]]);
  });
  it.todo('extractors: `113 of 144 configurations (78.5%) achieve CV below 3%` gives `accuracy 78.5` (wrong name) and `coefficient of variation 3` (a threshold, not a result)');
  it.todo('extractors: topics: 4 fp, 1 fn over the 12 papers (see the scorer)');
});

describe('a RISC-V newsletter whose papers section is pasted Scholar alerts: `### **[PDF]** [Title](scholar_url…)` + byline + `<br />` snippet (2020-10-24)', () => {
  const name = 'a_newsletter_scholar_alert_section_riscv_2020-10-24.md';
  const src = text(name);
  const lines = gold(name + '.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 31 found, 3 matched (only redirects to springer/ieee/arXiv without a `[PDF]` badge), 28 news clippings
  it('13 of 13 papers: every `scholar_url` heading (PDF on a personal site, Google Books), `**[PDF]**` skipped, keyword bolding stripped', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
    expect(r.papers.some((p) => p.title.indexOf('*') >= 0 || p.title.startsWith('['))).toBe(false);
  });
  it('no news clipping (`- "[Headline](url)(From host DATE)"`) is a paper, and no source host is a URL', () => {
    expect(r.papers.some((p) => p.urls.some((u) => !u.url.startsWith('http://scholar.google.com/')))).toBe(false);
    const t = ['- "[Week In Review: Design, Low Power ](https://semiengineering.com/week-in-review-117/', ')(From semiengineering.com 2020.10.23)"', '- "[A Study of Retrieval for Code Models](https://arxiv.org/abs/2601.00001)(From arxiv.org 2026.01.02)"', ''].join('\n');
    expect(parseFeed(t).papers.map((p) => p.title)).toEqual(['A Study of Retrieval for Code Models']);
  });
  it('abstracts 13/13 exact: the `> ` translation after the byline, else the snippet after the byline\'s first `<br />`', () => {
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
    const sys = r.papers.find((p) => p.title.startsWith('A Systematic Review'))!;
    expect(sys.abstract).toMatch(/^… Many architecture techniques/);
    expect(sys.authors).toEqual(['SK Panday', 'RVV Krishna', 'D Nandan']);
    // an author list cut with `…` and no venue
    expect(r.papers.find((p) => p.title.startsWith('RISC-V Cryptographic'))!.authors).toEqual(['A Zeh', 'A Glew', 'B Spinney', 'B Marshall', 'D Page']);
  });
  it('a Scholar redirect is judged like its target: a `.pdf` target on any host is a paper link, and so is any `oi=scholaralrt` link', () => {
    for (const target of ['https://www.cs.example.edu/~me/papers/x20.pdf', 'http://books.google.com/books%3Fid%3DLCsD']) {
      const t = [`### [A Study of Retrieval for Code Models](${redirect(target)})`, 'A Lee, B Chen - arXiv preprint, 2026<br />… We study retrieval for code models …<br />', ''].join('\n');
      const f = parseFeed(t);
      expect(f.papers.map((p) => [p.title, p.abstract])).toEqual([['A Study of Retrieval for Code Models', '… We study retrieval for code models …']]);
    }
    // `**[HTML]**` / `[BOOK]` badges, bold or not
    const t = ['### [HTML] [A Study of Retrieval for Code Models](https://arxiv.org/abs/2601.00001)', '', '### **[BOOK]** [A Book About Many Things in Detail](https://link.springer.com/book/10.1007/x)', ''].join('\n');
    expect(parseFeed(t).papers.map((p) => p.title)).toEqual(['A Study of Retrieval for Code Models', 'A Book About Many Things in Detail']);
  });
  it.todo('extractors: topics: "Computer Vision" in the VGM-Bench title gives computer-vision (gold: no topics, no item is an ML paper)');
  it.todo('extractors: datasets: `FPU` (VGM-Bench) and `INTRODUCTION Trusted` (PIE snippet) read as datasets');
  it.todo('extractors: metrics missed: Elasticlave "1 to 2 or- ders of magnitude", Jitterbug "16 previously unknown bugs", PIE "around 350 lines" (the gold line of the bugs figure sits on the Carloni paper, one line early)');
});
