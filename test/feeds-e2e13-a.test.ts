// Thirteenth end-to-end blind set, arXiv side (fixtures/e2e13/SOURCES-a.md): three real captures in layouts no
// fixture here had, labelled by hand under the shared annotation contract BEFORE the library was run on them.
//
// Blind result (2026-11-27 ~12:52 UTC, parseFeed from source, shared scorer), reader side:
// - `a_signal_sidecar_rss_summary_2026-07-13.md` (a ranking bot's sidecar: `## Selected Signal` / `- Title:` /
//   `- URL:` head blocks, then `N. [Title](url)` items with 3-space `- Source:` / `- Summary: arXiv:ID v1 Announce
//   Type: new Abstract: …` sub-bullets): markdown-list, papers 9/12 with 3 extra, abstracts 0/9 exact.
// - `a_rss_aggregate_zh_cut_snippets_2026-09-08.md` (a Chinese RSS aggregation report: `### N. Title` + `- **来源**:`
//   / `- **类型**:` / `- **链接**:` / `- **AI 摘要**:` / `- **原始摘要**:` bullets): generic 0.15, 0 of 10.
// - `a_api_atom_js_string_gan_2024-01.js` (an arXiv API Atom response inside a JavaScript string concatenation):
//   generic 0.14, 0 of 10.
// After (helper fix13a, same scorer): sidecar papers 85.7 (9/12, 0 extra; the 3 blog posts still missed), urls 87.0,
// datasets 88.9, metrics 58.1, topics 80.0, abstracts 9/9 exact; Chinese aggregate papers/urls 100, datasets 66.7,
// topics 93.0, abstracts 10/10; Atom-in-JS papers/urls/datasets 100, topics 81.3, abstracts 10/10.
// What works is asserted; each failure left is an `it.todo` naming its cause.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { embeddedFeedLiteral } from '../src/feeds/string-literal.js';
import { expectStableUnderCrlf, fieldScores, fixtureRound, squash as fold } from './helpers/e2e.js';

const round = fixtureRound('e2e13');
const { text, gold } = round;
const stable = expectStableUnderCrlf;

describe('a daily signal sidecar: head blocks, then `N. [Title](url)` items with 3-space `- Summary:` sub-bullets (2026-07-13)', () => {
  const name = 'a_signal_sidecar_rss_summary_2026-07-13.md';
  const src = text(name);
  const lines = gold(name + '.jsonl');
  const r = parseFeed(src);
  // the gold's arXiv papers (the three Microsoft Research blog posts are still missed, see the todo)
  const arxiv = lines.filter((g) => g.arxivId);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: 9/12 with 3 extra (`Selected Signal`, `Primary source`, a `Summary:` bullet read as a paper)
  it('every arXiv item once: the head blocks merge into item 1 (same arXiv id), no `Summary:` bullet is a paper', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => p.arxivId)).toEqual(arxiv.map((g) => g.arxivId));
    expect(r.papers.map((p) => fold(p.title))).toEqual(arxiv.map((g) => fold(g.title)));
    expect(r.stats.duplicatesMerged).toBe(2);
    expect(r.papers.some((p) => /^(Selected Signal|Primary source|Summary)/.test(p.title))).toBe(false);
  });
  // blind: 0/9 exact (the `arXiv:ID v1 Announce Type: new Abstract:` head kept; items 10-13 had none)
  it('abstracts: the text after `Abstract:` of the `Summary:` bullet, items 10-13 (two-digit markers) included: 9/9 exact', () => {
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(arxiv.map((g) => fold(g.abstract)));
    // LaTeX quotes kept as written (CommonMark would read ``A'' … ``B'' as a code span)
    expect(r.papers.find((p) => p.arxivId === '2607.09076')?.abstract).toContain("``Counterfactual Physics Injection''");
    expect(r.papers.every((p) => p.abstract && !p.abstract.startsWith('arXiv:'))).toBe(true);
    expect(r.papers.find((p) => p.arxivId === '2607.08894')?.abstract).toMatch(/^Large Language Model \(LLM\) agents have shown promise/);
  });
  it('urls of the arXiv papers: the item link, and the dataset address ending the MedRealMM abstract', () => {
    expect(fieldScores(r.papers, arxiv).urls).toBe(1);
    expect(r.papers.find((p) => p.arxivId === '2607.09142')?.urls.map((u) => u.url)).toContain('https://huggingface.co/datasets/jdh-algo/MedRealMM');
  });
  it('a bullet list right under a two-digit ordered item, indented less than its content column, is the item\'s', () => {
    const t = ['9. [A Study of Nine Things](https://arxiv.org/abs/2601.00009)', '   - Summary: We study nine things.', '', '10. [A Study of Ten Things](https://arxiv.org/abs/2601.00010)', '   - Summary: We study ten things.', ''].join('\n');
    expect(parseFeed(t).papers.map((p) => [p.title, p.abstract])).toEqual([
      ['A Study of Nine Things', 'We study nine things.'],
      ['A Study of Ten Things', 'We study ten things.'],
    ]);
    // a blank line between them too; a list at the item's own column stays a list of its own
    expect(parseFeed(t.replace('things.\n\n10.', 'things.\n\n10.').replace('Ten Things](https://arxiv.org/abs/2601.00010)\n', 'Ten Things](https://arxiv.org/abs/2601.00010)\n\n')).papers[1]!.abstract).toBe('We study ten things.');
    const flat = ['10. [A Study of Ten Things](https://arxiv.org/abs/2601.00010)', '- [Another Study of Things](https://arxiv.org/abs/2601.00011)', ''].join('\n');
    expect(parseFeed(flat).papers.map((p) => p.title)).toEqual(['A Study of Ten Things', 'Another Study of Things']);
  });
  it('a `- Summary:` bullet left outside its item (at the list\'s own column) is the abstract of the entry above, never a paper', () => {
    const flat = src.replace(/^   - /gm, '- ');
    const f = parseFeed(flat);
    expect(f.papers.some((p) => /^(Summary|Source)\b/.test(p.title))).toBe(false);
    const byId = new Map(f.papers.filter((p) => p.arxivId).map((p) => [p.arxivId, p]));
    for (const g of arxiv) expect(fold(byId.get(g.arxivId)?.abstract)).toBe(fold(g.abstract));
  });
  it('a `- Title:` field under a heading names the paper (the heading names the block)', () => {
    const t = ['## Selected Signal', '', '- Title: A Benchmark of Long Terminal Tasks with Dense Rewards', '- URL: https://arxiv.org/abs/2607.08964', '- Source: arXiv cs.AI', '- Score: 8.00', ''].join('\n');
    expect(parseFeed(t, { format: 'markdown-list' }).papers.map((p) => [p.title, p.arxivId])).toEqual([['A Benchmark of Long Terminal Tasks with Dense Rewards', '2607.08964']]);
  });
  it('two list entries without an abstract that share a (copied) arXiv link stay two papers', () => {
    const t = ['- Paper One About Grasping [[pdf]](https://arxiv.org/pdf/1803.09956.pdf)', '- Paper Two About Pushing [[pdf]](https://arxiv.org/pdf/1803.09956.pdf)', ''].join('\n');
    expect(parseFeed(t).papers.length).toBe(2);
  });
  it.todo('Flint, SkillOpt, Memora (Microsoft Research blog posts with a `Summary:`; gold: papers, debatable) are dropped: a list item whose only link is a blog post is no paper');
  it.todo('extractors: Long-Horizon-Terminal-Bench missed as a dataset (only `Terminal-Bench` in it found)');
  it.todo('extractors: metrics missed: `9.9M tokens per task`, `231 episodes`, the second pass@1 (10.9%), GATS `zero LLM calls` vs `37 per task`, Neuro-Agentic `33.3%`/`26.7%`/`13.3%` breaches');
  it.todo('extractors: L-MAD `by up to 8\\%` named `upon strong single-agent baselines`; `ReAct to 23.9%` named `ReAct`');
  it.todo('extractors: topics: `GATS` gives graph-learning (term `gat`), world model / planning give reinforcement-learning, SkillOpt gives parameter-efficient-finetuning, `safety` gives adversarial-robustness');
});

describe('a Chinese RSS aggregation report: `### N. Title` + `- **链接**:` / `- **AI 摘要**:` / `- **原始摘要**:` bullets, cut snippets (2026-09-08)', () => {
  const name = 'a_rss_aggregate_zh_cut_snippets_2026-09-08.md';
  const src = text(name);
  const lines = gold(name + '.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: generic 0.15, 0 of 10 (12 wrong entries titled by their `AI 摘要` bullet)
  it('10 of 10 papers: titles from the `### N.` headings, the `**链接**` address and its arXiv id', () => {
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });
  it('the Reddit thread (`类型: forum`) and the Bloomberg video (`类型: news`) are no papers', () => {
    expect(r.papers.some((p) => p.urls.some((u) => /reddit|bloomberg/.test(u.url)))).toBe(false);
  });
  it('abstract = the `原始摘要` snippet after its `arXiv:ID vN Announce Type: … Abstract:` head (10/10 exact); the `AI 摘要` is the summary', () => {
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
    expect(r.papers[0]!.summary).toMatch(/^提出后融合稳定器/);
    expect(r.papers.some((p) => /KoNA|ρ=0\.90|3万对/.test(p.abstract ?? ''))).toBe(false);
  });
  it('a `- Type: news` card under a heading with a news address is no paper; one with a paper address is', () => {
    const card = (title: string, type: string, url: string) => [`### ${title}`, `- **Type**: ${type}`, `- **Link**: ${url}`, `- **Summary**: ${title} is described here in one sentence of some length.`, ''];
    const t = [...card('A News Story About Models', 'news', 'https://example.com/news/1'), ...card('A Paper About Models', 'arxiv', 'https://arxiv.org/abs/2601.00001'), ...card('Another Paper About Things', 'news', 'https://arxiv.org/abs/2601.00002')].join('\n');
    expect(parseFeed(t).papers.map((p) => p.title)).toEqual(['A Paper About Models', 'Another Paper About Things']);
  });
  it.todo('extractors: MMTClinic (named in the title only, the cut snippet does not repeat it) missed as a dataset');
  it.todo('extractors: topics: `Native 4-bit Microscaling` (Scale-QLoRA) gives no model-compression; "Multilingual language models" no large-language-models');
});

describe('an arXiv API Atom response embedded in JavaScript source as a string concatenation (`"…\\n" +`, 2024-01)', () => {
  const name = 'a_api_atom_js_string_gan_2024-01.js';
  const src = text(name);
  const lines = gold(name + '.jsonl');
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => stable(src));
  // blind: generic 0.14, 0 of 10 (`export const PREFIXES = {` a title, the rest of the file one abstract)
  it('the literal is decoded and read as Atom: 10 of 10 papers, titles unescaped and joined, abstracts exact', () => {
    expect(r.format).toBe('atom');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(r.papers.map((p) => fold(p.abstract))).toEqual(lines.map((g) => fold(g.abstract)));
    expect(r.papers.map((p) => p.arxivId)).toEqual(lines.map((g) => g.arxivId));
  });
  it('urls and datasets as the gold has them (no escape debris: `\\">`, `\\n"`)', () => {
    const s = fieldScores(r.papers, lines);
    expect(s.urls).toBe(1);
    expect(s.datasets).toBe(1);
    expect(r.papers.every((p) => p.urls.every((u) => !/[\\"]/.test(u.url)))).toBe(true);
  });
  it('sources point into the JavaScript text: each paper\'s span starts at its `<entry>`', () => {
    expect(r.papers.every((p) => p.source && src.startsWith('<entry>', p.source.start))).toBe(true);
    expect(r.stats.inputLength).toBe(src.length);
  });
  it('the decoder: escapes (`\\"`, `\\n`, `\\\\`, `\\u00e9`) decoded, literals joined by `+` or adjacency; short or unquoted documents left alone', () => {
    const body = Array.from({ length: 8 }, (_, i) => `  "<entry><title>T\\u00e9st ${i} \\\\ \\"q\\"</title></entry>\\n"`);
    const js = `const X = "<?xml version=\\"1.0\\"?>\\n" +\n  "<feed xmlns=\\"http://www.w3.org/2005/Atom\\">\\n" +\n${body.join(' +\n')}\n  "</feed>";`;
    const lit = embeddedFeedLiteral(js)!;
    expect(lit.text.startsWith('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>Tést 0 \\ "q"</title>')).toBe(true);
    expect(lit.text.endsWith('</feed>')).toBe(true);
    expect(js.slice(lit.toSource(0), lit.toSource(0) + 5)).toBe('<?xml');
    expect(embeddedFeedLiteral('const X = "<feed>short</feed>";')).toBeUndefined();
    expect(embeddedFeedLiteral('<?xml version="1.0"?>\n<feed>\\n</feed>')).toBeUndefined();
    // an example inside a longer page is no feed of the page
    expect(embeddedFeedLiteral(js + '\n' + 'Some prose about the example. '.repeat(200))).toBeUndefined();
  });
  it.todo('extractors: `GaN` (gallium nitride) read as GAN: the crystal-growth paper gets generative-models');
  it.todo('extractors: topics: LS-GAN misses semi-supervised-learning, GAN-classifiers misses computer-vision; `Unbalanced GANs` gives data-selection; the SDE paper gets scientific-ml');
  it.todo('extractors: URL extraction in escaped text (no reader decodes it): `\\"`, `\\n"` and `">` should end an address');
});

describe('review findings', () => {
  it('a literal is found when the text itself starts with `<`', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `"<entry><title>Paper number ${i} on things</title></entry>\\n" +`);
    const src = `<script>\n"<?xml version=\\"1.0\\"?>\\n" +\n"<feed xmlns=\\"http://www.w3.org/2005/Atom\\">\\n" +\n${lines.join('\n')}\n"</feed>\\n";\n`;
    expect(embeddedFeedLiteral(src)?.text.startsWith('<?xml')).toBe(true);
  });
});
