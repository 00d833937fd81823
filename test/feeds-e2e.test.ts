// End-to-end blind set (fixtures/e2e/SOURCES.md): three real captures nobody here had seen, labelled
// by hand under the shared annotation contract BEFORE the library was run on them. The gold files use
// the shared JSONL format and are scored the way the shared scorer counts.
//
// Blind result (2026-11-27): parseFeed found 0 of 48 papers (the readers did not know these layouts;
// see SOURCES.md for every failure). After general reader fixes (same day) every paper is found with
// its exact title and abstract; this file asserts that, the authors, the resource links, and:
// - parseFeed reads each capture without throwing, and the same with CRLF line endings and a BOM;
// - the HF trending excerpt is read the same with the page's own header in front of it;
// - with the segmentation given (analyzePaper on each gold title + abstract + the feed's resource
//   links) the extractors reach the figures below: floors sit just under today's values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePaper, parseFeed } from '../src/index.js';
import type { Paper } from '../src/index.js';
import { fieldScores, given, paperKey, readLines, type GoldLine } from './helpers/e2e.js';
import { readGold, score } from './helpers/score.js';

const fx = (name: string) => new URL(`../fixtures/e2e/${name}`, import.meta.url);
const text = (name: string) => readFileSync(fx(name), 'utf8');

const gold = (name: string) => readLines(fx(name));

/** Names of an arXiv author line with its parenthesised affiliations cut out (`A (X, Y (Z)), B (1)`). */
const namesOf = (line: string) => {
  let depth = 0;
  let out = '';
  for (const c of line) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (!depth) out += c;
  }
  return out.split(',').map((n) => n.trim()).filter(Boolean);
};

const feeds = [
  {
    name: 'arXiv-derived keyword digest (customize-arxiv-daily layout, eess.AS, June 2025)',
    feed: 'arxiv_daily_windy_2025-06-12.md',
    gold: 'arxiv_daily_windy_2025-06-12.jsonl',
    // `### Today: 14papers ` above `#### Title` entries whose fields are ` - **Authors:** …` bullets
    format: 'markdown-list',
    links: (g: GoldLine) => g.urls,
    authors: (g: GoldLine & { authors?: string[] }) => g.authors,
    // today's values with the segmentation given: urls 1, datasets 0.889, metrics 0.944, topics 0.750
    floors: { urls: 0.99, datasets: 0.85, metrics: 0.9, topics: 0.72 },
  },
  {
    name: 'HF trending page through a converter, excerpt without the page header (Jan 2026)',
    feed: 'hf_trending_converter_tail.md',
    gold: 'hf_trending_converter_tail.jsonl',
    // detected by its cards (`- N authors`, `[LINK: GitHub 18.6k](…)` under `###` titles), not by the header
    format: 'hf-markdown',
    links: (g: GoldLine) => g.urls,
    // the page shows author counts, no names
    authors: () => undefined,
    // today's values with the segmentation given: urls 1, datasets 1, metrics 1 (none to find), topics 0.889
    floors: { urls: 0.99, datasets: 0.99, metrics: 0.99, topics: 0.85 },
  },
  {
    name: 'arXiv-derived keyword digest with `### Title:` on its own line and id-less links (June 2026)',
    feed: 'arxiv_keyword_digest_2026-06-26.md',
    gold: 'arxiv_keyword_digest_2026-06-26.jsonl',
    format: 'markdown-list',
    links: () => [],
    authors: (g: GoldLine & { authorsLine?: string }) => (g.authorsLine ? namesOf(g.authorsLine) : undefined),
    // today's values with the segmentation given (no resource links passed): urls 1, datasets 0.5, metrics 0.452, topics 0.772
    floors: { urls: 0.99, datasets: 0.45, metrics: 0.4, topics: 0.72 },
  },
];


describe.each(feeds)('$name', ({ feed, gold: goldName, format, links, authors, floors }) => {
  const src = text(feed);
  const lines = gold(goldName);
  const r = parseFeed(src);
  const s = score(r, readGold(fx(goldName)));

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => {
    expect(() => parseFeed(src)).not.toThrow();
    const crlf = parseFeed('\ufeff' + src.split('\n').join('\r\n'));
    expect(crlf.format).toBe(format);
    expect(paperKey(crlf)).toBe(paperKey(r));
  });

  it(`finds every paper (format ${format}), titles in order, nothing else`, () => {
    expect(r.format).toBe(format);
    expect(s.missing).toEqual([]);
    expect(s.extra).toEqual([]);
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
  });

  it('takes every abstract exactly as written (LaTeX and `\\\\` kept) and no heading, field or furniture into it', () => {
    expect(s.wrongAbstracts).toEqual([]);
    for (const p of r.papers) expect(p.abstract).not.toMatch(/Keyword:|There is no result|\*\*|Subjects:|Arxiv link|authors$|Zyzzyva/);
  });

  it('reads the authors as names (labels and parenthesised affiliations cut off)', () => {
    lines.forEach((g, i) => {
      const want = authors(g as never);
      const got = r.papers[i]!.authors;
      expect(got).toEqual(want ?? []);
    });
  });

  it('lists the resource links the gold counts, and no category code or id-less arXiv address', () => {
    expect(s.urlsF1).toBe(1);
    const urls = r.papers.flatMap((p) => p.urls.map((u) => u.url));
    expect(urls.filter((u) => /^https?:\/\/(?:cs|eess|math|stat|q-bio|physics)\.[A-Za-z]{2}$/.test(u))).toEqual([]);
    expect(urls.filter((u) => /arxiv\.org\/(?:abs|pdf)\/?(?:-)?$/.test(u))).toEqual([]);
  });

  it(`with the segmentation given, the extractors reach today's figures (floors ${JSON.stringify(floors)})`, () => {
    const papers = lines.map((g) => analyzePaper({ title: g.title, abstract: g.abstract, links: links(g) }));
    const f = fieldScores(papers, lines);
    expect(f.urls).toBeGreaterThanOrEqual(floors.urls);
    expect(f.datasets).toBeGreaterThanOrEqual(floors.datasets);
    expect(f.metrics).toBeGreaterThanOrEqual(floors.metrics);
    expect(f.topics).toBeGreaterThanOrEqual(floors.topics);
  });

  it('parseFeed keeps the field figures of the segmentation given (the reader adds no noise)', () => {
    const given = fieldScores(lines.map((g) => analyzePaper({ title: g.title, abstract: g.abstract, links: links(g) })), lines);
    const read = fieldScores(r.papers, lines);
    expect(read.datasets).toBeGreaterThanOrEqual(given.datasets - 1e-9);
    expect(read.metrics).toBeGreaterThanOrEqual(given.metrics - 1e-9);
    expect(read.topics).toBeGreaterThanOrEqual(given.topics - 0.05);
  });
});

describe('HF trending excerpt with the page header of the same capture in front (read the same as without it)', () => {
  // The first 12 lines of the capture (before its first entry), verbatim; the excerpt follows them there
  // after more entries, so this is a variant, not the capture itself.
  const header =
    '# What is Papers with Code?\n**URL:** https://paperswithcode.com\n**Page Title:** Trending Papers - Hugging Face\n--------------------\n\n' +
    'Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n\n## Trending Papers\n\n## by AK and the research community\n\n';
  const r = parseFeed(header + text('hf_trending_converter_tail.md'));
  const lines = gold('hf_trending_converter_tail.jsonl');
  const s = score(r, readGold(fx('hf_trending_converter_tail.jsonl')));

  it('is read as an HF page: every paper once (two layouts of one page), nothing else', () => {
    expect(r.format).toBe('hf-markdown');
    expect(s.missing).toEqual([]);
    expect(s.extra).toEqual([]);
    expect(r.papers.map((p) => p.title)).toEqual(lines.map((g) => g.title));
  });

  it('gets every summary exactly as the abstract (wrapped titles joined) and every GitHub link', () => {
    expect(s.wrongAbstracts).toEqual([]);
    expect(s.urlsF1).toBe(1);
  });

  it("keeps datasets and topics at today's figures (datasets 1, topics 0.889)", () => {
    const f = fieldScores(r.papers, lines);
    expect(f.datasets).toBeGreaterThanOrEqual(0.99);
    expect(f.topics).toBeGreaterThanOrEqual(0.85);
  });
});

// Neighbours of the three layouts (other days and generators of the same digests write them a little
// differently): the fixes must be general, not fitted to the three captures.
describe('layout neighbours of the blind set', () => {
  const read = (t: string) => {
    const r = parseFeed(t);
    return { format: r.format, papers: r.papers.map((p) => ({ title: p.title, authors: p.authors, abstract: p.abstract, urls: p.urls.map((u) => u.url) })) };
  };

  it('one `#### Title` entry on a quiet day (`### Today: 1papers`), fields with blank lines between them', () => {
    const t =
      '# Showing new listings for Thursday, 12 June 2025\n\n### Today: 1papers \n#### Speech Inversion with Nasality\n - **Authors:** Saba Tabatabaee, Suzanne Boyce\n' +
      ' - **Subjects:** Subjects:\nAudio and Speech Processing (eess.AS); Computation and Language (cs.CL)\n - **Arxiv link:** https://arxiv.org/abs/2506.09231\n\n' +
      ' - **Pdf link:** https://arxiv.org/pdf/2506.09231\n\n - **Abstract**\n Speech is produced through the coordination of vocal tract constricting organs.\n\n\nby someone (Windy). \n';
    expect(read(t)).toEqual({
      format: 'markdown-list',
      papers: [
        {
          title: 'Speech Inversion with Nasality',
          authors: ['Saba Tabatabaee', 'Suzanne Boyce'],
          abstract: 'Speech is produced through the coordination of vocal tract constricting organs.',
          urls: ['https://arxiv.org/abs/2506.09231', 'https://arxiv.org/pdf/2506.09231'],
        },
      ],
    });
  });

  it('`## Title` entries with `- **Abstract:** text` on one line; LaTeX escapes of the abstract kept as written', () => {
    const t =
      '## Daily papers\n\n## FasTUSS: Faster Task-Aware Unified Source Separation\n- **Authors:** Francesco Paissan, Gordon Wichern\n' +
      "- **Abstract:** We derive two models that reduce the original model's operations by 81\\% and 73\\% with minor drops.\n- **Arxiv link:** https://arxiv.org/abs/2507.11435\n" +
      '## Speech Inversion with Nasality\n- **Authors:** Saba Tabatabaee, Suzanne Boyce\n- **Abstract:** Speech is produced by the vocal tract.\n- **Arxiv link:** https://arxiv.org/abs/2506.09231\n';
    const r = read(t);
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => p.title)).toEqual(['FasTUSS: Faster Task-Aware Unified Source Separation', 'Speech Inversion with Nasality']);
    expect(r.papers[0]!.abstract).toBe("We derive two models that reduce the original model's operations by 81\\% and 73\\% with minor drops.");
    expect(r.papers[1]!.urls).toEqual(['https://arxiv.org/abs/2506.09231']);
  });

  it('`- **Abstract** text` (a bare known label, the text on its line: the page of such a digest, its lines folded) is the abstract', () => {
    const t =
      '## Daily papers\n\n#### FasTUSS: Faster Task-Aware Unified Source Separation\n\n- **Authors** Francesco Paissan, Gordon Wichern\n' +
      '- **Abstract** We derive two models that reduce the original model operations by 81% and 73% with minor drops in quality.\n- **Arxiv link:** https://arxiv.org/abs/2507.11435\n\n' +
      '#### Speech Inversion with Nasality\n\n- **Authors** Saba Tabatabaee, Suzanne Boyce\n- **Abstract** Speech is produced by the vocal tract, and nasality is measured with a nasometer here.\n- **Arxiv link:** https://arxiv.org/abs/2506.09231\n';
    const r = read(t);
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => [p.title, p.authors, p.abstract])).toEqual([
      ['FasTUSS: Faster Task-Aware Unified Source Separation', ['Francesco Paissan', 'Gordon Wichern'], 'We derive two models that reduce the original model operations by 81% and 73% with minor drops in quality.'],
      ['Speech Inversion with Nasality', ['Saba Tabatabaee', 'Suzanne Boyce'], 'Speech is produced by the vocal tract, and nasality is measured with a nasometer here.'],
    ]);
  });

  it('`### Title:` with the title on the next line not indented, or on the heading line; ids kept; empty keywords skipped', () => {
    const entry = (title: string, id: string) =>
      `### Title:\n${title}\n - **Authors:** Tianjun Zhang, Fengyi Zhang\n - **Arxiv link:** https://arxiv.org/abs/${id}\n - **Abstract**\n Foundation models reconstruct scenes from a few views.\n`;
    const t = '# Showing new listings for Friday, 17 April 2026\n## Keyword: SLAM\n' + entry('Keep It CALM: Calibration-Free SLAM', '2604.11111') + '## Keyword: livox\nThere is no result \n## Keyword: lidar\n' + entry('RoSLAC: Robust Localization of Magnetometers', '2604.22222');
    const r = read(t);
    expect(r.papers.map((p) => [p.title, p.urls])).toEqual([
      ['Keep It CALM: Calibration-Free SLAM', ['https://arxiv.org/abs/2604.11111']],
      ['RoSLAC: Robust Localization of Magnetometers', ['https://arxiv.org/abs/2604.22222']],
    ]);
    const inline = read(t.split('### Title:\n').join('### Title: '));
    expect(inline.papers.map((p) => p.title)).toEqual(['Keep It CALM: Calibration-Free SLAM', 'RoSLAC: Robust Localization of Magnetometers']);
    expect(inline.papers.every((p) => p.abstract === 'Foundation models reconstruct scenes from a few views.')).toBe(true);
  });

  it('a one-word title under `### Title:` with id-less links is still a paper (the label says it is a title)', () => {
    const t =
      '# Showing new listings for Friday, 17 April 2026\n## Keyword: SLAM\n### Title:\n          SAM-SLAM\n - **Authors:** Tianjun Zhang, Fengyi Zhang\n' +
      ' - **Arxiv link:** https://arxiv.org/abs/\n - **Abstract**\n Foundation models reconstruct scenes from a few views.\n';
    expect(read(t).papers).toEqual([{ title: 'SAM-SLAM', authors: ['Tianjun Zhang', 'Fengyi Zhang'], abstract: 'Foundation models reconstruct scenes from a few views.', urls: [] }]);
  });

  it('an HF trending excerpt without its header whose star buttons carry no converter mark (`[GitHub 2.14k](…)`)', () => {
    const card = (title: string, summary: string, extra: string) => `### ${title}\n\n${summary}\n${extra}\n\n`;
    const t =
      card('Agent Lightning: Train ANY AI Agents with Reinforcement Learning', 'Agent Lightning is a framework that trains any AI agent with reinforcement learning, with almost no code changes to the agent.', '- 8 authors\n[GitHub 11.3k](https://github.com/microsoft/agent-lightning)') +
      card('Pocket TTS: A Small Text-to-Speech Model', 'A small text-to-speech model runs faster than real time on a laptop CPU and supports voice cloning from a few seconds of audio.', '[GitHub 2.14k](https://github.com/kyutai-labs/pocket-tts)') +
      card('LightRAG: Simple and Fast Retrieval-Augmented Generation', 'LightRAG improves Retrieval-Augmented Generation by integrating graph structures into text indexing and retrieval.', '- 5 authors\n[GitHub 12k](https://github.com/hkuds/lightrag)');
    const r = read(t);
    expect(r.format).toBe('hf-markdown');
    expect(r.papers.map((p) => [p.title, p.urls, p.authors])).toEqual([
      ['Agent Lightning: Train ANY AI Agents with Reinforcement Learning', ['https://github.com/microsoft/agent-lightning'], []],
      ['Pocket TTS: A Small Text-to-Speech Model', ['https://github.com/kyutai-labs/pocket-tts'], []],
      ['LightRAG: Simple and Fast Retrieval-Augmented Generation', ['https://github.com/hkuds/lightrag'], []],
    ]);
  });

  it('an awesome list with a star link in it stays a markdown list; a page describing fields holds no paper', () => {
    const list =
      '# Awesome Agents\n\n### Frameworks\n\n- [AutoGen](https://github.com/microsoft/autogen) - multi-agent conversations. [GitHub 30k](https://github.com/microsoft/autogen)\n\n### Papers\n\n' +
      '- [ReAct: Synergizing Reasoning and Acting in Language Models](https://arxiv.org/abs/2210.03629) [GitHub 2k](https://github.com/ysymyth/ReAct)\n- [Reflexion: Language Agents with Verbal Reinforcement Learning](https://arxiv.org/abs/2303.11366)\n';
    const r = read(list);
    expect(r.format).toBe('markdown-list');
    expect(r.papers.map((p) => p.title)).toEqual(['ReAct: Synergizing Reasoning and Acting in Language Models', 'Reflexion: Language Agents with Verbal Reinforcement Learning']);
    const doc =
      '# Paper summariser\n\n## Output format\n\nThe tool writes one section per paper:\n\n- **Title**: the paper title\n- **Authors**: the list of authors\n' +
      '- **Abstract**: a summary of the research and its findings, in three sentences at most.\n\n## Installation\n\nRun the installer.\n';
    expect(read(doc).papers).toEqual([]);
  });
});
