// Fourteenth end-to-end blind set, the markdown pages (fixtures/e2e14/SOURCES-b.md, failures 2-5): a NeurIPS 2023
// award/oral list copied as GFM task items with a ` · `-separated author line, a workshop's accepted-papers page
// (`* (Talk \#1): Authors. [Title]`), and seminar reading notes (`- Student Name [Title](url)` bullets, then paper
// pages pasted as plain text with OneNote `From <url>` lines). Labelled by hand under the shared annotation contract
// BEFORE the library was run on them.
//
// Blind result (2026-11-27 ~13:45 UTC, parseFeed from source, shared scorer): 0 of 13, 0 of 14 and 0 of 9 papers matched
// (the two `# Reference` links read as papers, the task items unclaimed; the bracket-title page read as generic; the
// student names read as titles, the pasted pages unread).
// After (src/feeds/markdown-list.ts, generic.ts, furniture.ts, src/regex/markdown.ts): 13/13, 14/14 and 9/9 papers,
// all 5 pasted abstracts exact, URLs 13/13. What still fails is an `it.todo` naming its cause (datasets and topics,
// which are not the readers' part).
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { expectStableUnderCrlf, fieldScores, fixtureRound, squash as fold } from './helpers/e2e.js';

const round = fixtureRound('e2e14');
const { text, gold } = round;
const titles = (src: string) => parseFeed(src).papers.map((p) => p.title);

describe('NeurIPS 2023 award and oral lists as GFM task items, ` · ` author line below each (indented or not)', () => {
  const src = text('b_accepted_checklist_dotauthors_neurips2023.md');
  const lines = gold('b_accepted_checklist_dotauthors_neurips2023.md.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  // blind: 0 of 13 (2 navigation links read as papers)
  it('13 of 13 titles in order, the `[ ]` / `[x]` task box no part of them; the `# Reference` links are no papers', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(r.papers.some((p) => p.title.startsWith('['))).toBe(false);
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it('authors from the ` · `-separated line under each item (56 names for ClimSim)', () => {
    expect(r.papers.map((p) => p.authors)).toEqual(lines.map((g) => g.authors));
    expect(r.papers[4]!.authors).toHaveLength(56);
  });
  it('the rules on small pages: a ` · ` line of names under a link-less item; a short link section above authored papers', () => {
    const items = '- [ ] Alpha Beta Gamma Method\n    Jane Doe · John Roe\n- [x] Delta Epsilon Zeta Models\nAnn Lee · Bo Chen · Cy Diaz\n- [ ] Eta Theta Iota Learning\n    Dan Fox · Eve Gray\n- [ ] Kappa Lambda Mu Networks\n    Gil Hart · Ida Jones\n';
    expect(parseFeed(items).papers.map((p) => [p.title, p.authors])).toEqual([
      ['Alpha Beta Gamma Method', ['Jane Doe', 'John Roe']],
      ['Delta Epsilon Zeta Models', ['Ann Lee', 'Bo Chen', 'Cy Diaz']],
      ['Eta Theta Iota Learning', ['Dan Fox', 'Eve Gray']],
      ['Kappa Lambda Mu Networks', ['Gil Hart', 'Ida Jones']],
    ]);
    const nav = '# Reference\n- [2023 Paper awards](https://blog.example.org/awards/)\n- [2023 oral papers](https://conf.example.org/virtual/2023/events/oral)\n\n# Papers\n\n' + items;
    expect(titles(nav)).toEqual(['Alpha Beta Gamma Method', 'Delta Epsilon Zeta Models', 'Eta Theta Iota Learning', 'Kappa Lambda Mu Networks']);
    // with no authored papers below, the links are read as before
    expect(titles('# Reference\n- [2023 Paper awards](https://blog.example.org/awards/)\n- [2023 oral papers](https://conf.example.org/oral)\n- [Some other page](https://conf.example.org/x)\n')).toHaveLength(3);
  });
  it.todo('datasets: `LeanDojo` (a toolkit named in its title) read as a dataset (fp 1); the extractor, not the reader');
  it.todo('topics 18/21: `Knowledge Graph` (graph-learning), `Sharpness … Generalization` (learning-theory), `gradient flows` (optimization) missed from titles alone; the topic rules, not the reader');
});

describe('a workshop accepted-papers page: `* (Talk \\#1): Author A, Author B. [Title]`, no links (ICBINB 2021)', () => {
  const src = text('b_accepted_bracket_title_after_authors_icbinb2021.md');
  const lines = gold('b_accepted_bracket_title_after_authors_icbinb2021.md.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  // blind: 0 of 14 (generic 0.15, consecutive bullets paired)
  it('14 of 14: the bare bracket is the title, the names before it the authors, the session tag dropped', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(r.papers.map((p) => p.authors)).toEqual(lines.map((g) => g.authors));
  });
  it('the Jekyll front matter is no section; the `###` headings are', () => {
    expect(r.papers[0]!.sections).toEqual(['Contributed talks (15min each)']);
    expect(r.papers[13]!.sections).toEqual(['Spotlights (2:30min each)']);
  });
  it('the rule on small pages: one author too; a trailing venue tag or a linked bracket is not a bracketed title', () => {
    const page = '### Accepted papers\n\n* (Poster 3): Jane Doe. [A Study of Things]\n\n* Ann Lee, Bo Chen. [Learning Other Things]\n\n* (Talk #2):  Cy Diaz, Dan Fox. [Robust Methods for Stuff]\n';
    expect(parseFeed(page).papers.map((p) => [p.title, p.authors])).toEqual([
      ['A Study of Things', ['Jane Doe']],
      ['Learning Other Things', ['Ann Lee', 'Bo Chen']],
      ['Robust Methods for Stuff', ['Cy Diaz', 'Dan Fox']],
    ]);
    expect(titles('- Attention Is All You Need [NeurIPS 2017] [[pdf]](https://arxiv.org/abs/1706.03762)\n')).toEqual(['Attention Is All You Need']);
  });
  it.todo('topics 8/14: titles alone (no abstracts) miss uncertainty, generative-models, computer-vision, graph-learning, learning-theory, NLP; the topic rules, not the reader');
});

describe('EEG reading notes: `- Student Name [Title](url)` bullets, then paper pages pasted as text with `From <url>` lines', () => {
  const src = text('b_clipped_pages_from_lines_eeg_reading.md');
  const lines = gold('b_clipped_pages_from_lines_eeg_reading.md.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));
  // blind: 0 of 9 (student names as titles; pasted pages unread)
  it('9 of 9 titles in order: the link label after a short person name (a wrapped label joined), then the 5 pasted pages', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(r.papers[3]!.title).toBe('ThoughtViz: Visualizing Human Thoughts Using Generative Adversarial Network');
    expect(r.papers.slice(0, 4).every((p) => !p.authors?.length)).toBe(true);
  });
  it('the pasted abstracts exactly (5 of 5), without the address lines after them', () => {
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
  });
  it('URLs 13 of 13: bare address lines under an abstract and `From <url>` lines are the pasted paper\'s links', () => {
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it('authors of the pasted pages: affiliation digits dropped, a list going on after a blank line, `By : Bary, Tim [UCL]Directed by : …`', () => {
    expect(r.papers.slice(4).map((p) => p.authors ?? [])).toEqual(lines.slice(4).map((g) => g.authors ?? []));
    expect(r.papers[7]!.authors).toEqual(['Tim Bary']);
  });
  it('metrics: 10 of 11 read from the pasted abstracts', () => {
    expect(fieldScores(r.papers, lines).metricValues).toBeGreaterThanOrEqual(0.95);
  });
  it('the rules on small pages: a name before one linked title; pasted text after a list', () => {
    expect(titles('- Jane Doe [A Convolutional Network for Things](https://openreview.net/forum?id=x)\n- John Roe [Another Long Paper Title Here](https://arxiv.org/abs/2305.10351)\n')).toEqual([
      'A Convolutional Network for Things',
      'Another Long Paper Title Here',
    ]);
    const abs = 'We study things with a new method that learns representations of signals from unlabelled recordings. ' +
      'Our experiments on two public benchmarks show that the method improves detection over strong baselines, and we release the code for others to use.';
    const page = `# Reading list\n\n- Jane Doe [A Convolutional Network for Things](https://openreview.net/forum?id=x)\n\n## Papers\n\nSelf-Supervised Learning of Signal Representations\nAnn Lee, Bo Chen\n${abs}\n\nFrom <https://www.example.org/articles/PMC1/> \n`;
    const p = parseFeed(page).papers;
    expect(p.map((x) => x.title)).toEqual(['A Convolutional Network for Things', 'Self-Supervised Learning of Signal Representations']);
    expect(p[1]!.abstract).toBe(abs);
    expect(p[1]!.urls.map((u) => u.url)).toEqual(['https://www.example.org/articles/PMC1/']);
  });
  it('the generic reader\'s rules on a pasted thesis page: file-name line, `By : Family, Given [ORG]Directed by : …`, address lines', () => {
    const abs = 'Used at first in natural language processing, the transformer recently became popular for signal analysis. ' +
      'We present a way to design several datasets from unlabeled recordings, which can then be used to pre-train transformers. Our results suggest that pre-trained models train faster.';
    const page = `Transformers for Signal Classification: Architectures and Pre-training\nDoe_10511800_2023.pdf\nBy : Doe, Jane [UCL]Directed by : Roe, John [UCL]\n${abs}\nhttps://github.com/jdoe/thesis\n\nFrom <https://dial.example.org/object/thesis%3A40381> \n`;
    const p = parseFeed(page).papers;
    expect(p.map((x) => [x.title, x.authors, x.abstract])).toEqual([['Transformers for Signal Classification: Architectures and Pre-training', ['Jane Doe'], abs]]);
    expect(p[0]!.urls.map((u) => u.url)).toEqual(['https://github.com/jdoe/thesis', 'https://dial.example.org/object/thesis%3A40381']);
  });
  it.todo('metrics: `9% Area under the Receiver Operating Characteristics Curve (AUC)` not read as AUC 9 (the metric extractor)');
  it.todo('datasets: `the data set of the University of Bonn` (Bonn EEG dataset) not found; `TUSZ dataset` found (the dataset extractor)');
  it.todo('topics: computer-vision added for scalogram/Vision-Transformer EEG papers and NLP/transfer-learning for the thesis (5 fp); the topic rules');
});
