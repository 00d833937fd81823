// Third round of realistic variants, around the Hugging Face page family and arXiv pages:
// each broke a reader before its fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseFeed } from '../src/index.js';
import { arxivAbsReader } from '../src/feeds/arxiv-abs.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const starts = (r: ReturnType<typeof parseFeed>, n = 30) => r.papers.map((p) => [p.arxivId, p.title, (p.abstract ?? '').slice(0, n)]);

describe('HF daily page copied as text', () => {
  it('hard-wrapped abstracts right under their titles (no blank line), a title wrapped before a menu word', () => {
    const r = parseFeed(fx('hf/daily-hardwrapped.txt'));
    expect(starts(r)).toEqual([
      [undefined, 'Repeated Random Sampling for Minimizing the Time-to-Accuracy of Learning', 'Methods for carefully selectin'],
      [undefined, 'Modeling of learning curves with applications to pos tagging', 'An algorithm to estimate the e'],
      [undefined, 'Statistical mechanics of continual learning: variational principle and mean-field potential', 'An obstacle to artificial gene'],
      [undefined, 'Uncertainty quantification in a mechanical submodel driven by a Wasserstein-GAN', 'The analysis of parametric and'],
      [undefined, 'Improved Techniques for Training Consistency Models', 'Consistency models are a nasce'],
      [undefined, 'Optimistic Online Mirror Descent for Bridging Stochastic and Adversarial Online Convex Optimization', 'Stochastically Extended Advers'],
    ]);
    expect(r.papers[0]!.abstract!.endsWith('aimed at efficient training.')).toBe(true);
  });

  it('links2 `[IMG]` placeholders and browsh `▲ N` vote counts are furniture', () => {
    for (const name of ['hf/daily-links2.txt', 'hf/daily-browsh.txt']) {
      const r = parseFeed(fx(name));
      expect(r.papers.map((p) => p.title)).toEqual([
        'Repeated Random Sampling for Minimizing the Time-to-Accuracy of Learning',
        'Modeling of learning curves with applications to pos tagging',
        'Statistical mechanics of continual learning: variational principle and mean-field potential',
      ]);
      expect(r.papers[1]!.abstract!.startsWith('An algorithm to estimate the evolution of learning curves')).toBe(true);
      expect(r.papers[2]!.abstract!.endsWith('.')).toBe(true);
    }
  });
});

describe('HF daily page without abstracts, a blank line between all blocks', () => {
  it("a card's organisation on a paragraph of its own is not a title", () => {
    const r = parseFeed(fx('hf/daily-titles-spaced.txt'));
    expect(r.papers.map((p) => p.title)).toEqual(parseFeed(fx('hf/daily-titles.txt')).papers.map((p) => p.title));
    expect(r.papers.map((p) => p.title)).toContain('Why Language Models Hallucinate');
    expect(r.papers.map((p) => p.title)).not.toContain('OpenAI');
  });
});

describe("an HF paper's own page copied as text", () => {
  it('comments under `Community` are not papers; the abstract under an AI summary is the abstract; a second page keeps its id', () => {
    const r = parseFeed(fx('hf/paper-page-community.txt'));
    expect(r.papers.map((p) => [p.arxivId, p.title, p.authors])).toEqual([
      ['2306.04637', 'Transformers as Statisticians: Provable In-Context Learning with In-Context Algorithm Selection', ['Yu Bai', 'Fan Chen', 'Huan Wang']],
      ['2302.12091', 'Random Teachers are Good Teachers', ['Felix Sarnthein', 'Gregor Bachmann']],
    ]);
    expect(r.papers[0]!.abstract!.startsWith('Neural sequence models based on the transformer')).toBe(true);
    expect(r.papers[0]!.summary!.startsWith('Transformers can perform in-context learning')).toBe(true);
    expect(r.papers[1]!.abstract!.startsWith('In this work, we investigate the implicit regularization')).toBe(true);
  });
});

describe('HF pages saved as markdown by other converters', () => {
  it('pandoc: `{.class}` attributes after links and `:::` fences; a `[2022]` line after a `\\` line break stays in the abstract', () => {
    const r = parseFeed(fx('hf/daily-pandoc.md'));
    expect(r.format).toBe('hf-markdown');
    expect(starts(r)).toEqual([
      ['2403.01000', 'Optimistic Online Mirror Descent for Bridging Stochastic and Adversarial Online Convex Optimization', 'Stochastically Extended Advers'],
      ['2403.01001', 'Repeated Random Sampling for Minimizing the Time-to-Accuracy of Learning', 'Methods for carefully selectin'],
      ['2403.01002', 'Modeling of learning curves with applications to pos tagging', 'An algorithm to estimate the e'],
    ]);
    expect(r.papers[0]!.abstract).toContain('Sachs et al. [2022] as an interpolation');
    for (const p of r.papers) expect(p.abstract).not.toContain('{.');
  });

  it("a collection's cards as one link each, the card's row inside the label: the row is not part of the title", () => {
    const r = parseFeed(fx('hf/collection-reader.md'));
    expect(r.papers.map((p) => [p.arxivId, p.title])).toEqual([
      ['2509.04664', 'Why Language Models Hallucinate'],
      ['2311.05232', 'A Survey on Hallucination in Large Language Models: Principles, Taxonomy, Challenges, and Open Questions'],
      ['2309.11495', 'Chain-of-Verification Reduces Hallucination in Large Language Models'],
    ]);
  });

  it('titles written bold around their link (`**[Title](…/papers/ID)**`)', () => {
    const r = parseFeed(fx('hf/daily-bold-titles.md'));
    expect(starts(r)).toEqual([
      ['2403.01000', 'Repeated Random Sampling for Minimizing the Time-to-Accuracy of Learning', 'Methods for carefully selectin'],
      ['2403.01001', 'Modeling of learning curves with applications to pos tagging', 'An algorithm to estimate the e'],
      ['2403.01002', 'Statistical mechanics of continual learning: variational principle and mean-field potential', 'An obstacle to artificial gene'],
    ]);
  });
});

describe('an arXiv abstract page', () => {
  const teachers = ['2302.12091', 'Random Teachers are Good Teachers', 'In this work, we investigate t'];
  const attention = ['1706.03762', 'Attention Is All You Need', 'The dominant sequence transduc'];

  it('copied from a browser: menus, `View PDF`, the metadata table and the submission history are not papers', () => {
    const r = parseFeed(fx('arxiv/abs_page_copied.txt'));
    expect(r.format).toBe('arxiv-abs');
    expect(starts(r)).toEqual([teachers]);
    const p = r.papers[0]!;
    expect(p.authors).toEqual(['Felix Sarnthein', 'Gregor Bachmann', 'Sotiris Anagnostidis', 'Thomas Hofmann']);
    expect(p.abstract!.endsWith('possess very interesting characteristics.')).toBe(true);
    expect(p.categories).toEqual(['cs.LG', 'cs.CV']);
  });

  it('through lynx -dump: wrapped date line, `[N]` markers in a wrapped author line, `View a PDF of …` over two lines', () => {
    const r = parseFeed(fx('arxiv/abs_page_lynx.txt'));
    expect(starts(r)).toEqual([attention]);
    expect(r.papers[0]!.authors).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Lukasz Kaiser', 'Illia Polosukhin']);
    expect(r.papers[0]!.abstract!.endsWith('dispensing with recurrence and convolutions entirely.')).toBe(true);
  });

  it('as a reader service writes it: setext title, linked authors, block-quoted abstract, metadata table', () => {
    const r = parseFeed(fx('arxiv/abs_page_reader.md'));
    expect(r.format).toBe('arxiv-abs');
    expect(starts(r)).toEqual([attention]);
    expect(r.papers[0]!.authors).toEqual(['Ashish Vaswani', 'Noam Shazeer', 'Illia Polosukhin']);
  });

  it('is not claimed by the abs reader on other feeds', () => {
    for (const f of ['seed-hf-page.txt', 'shared/arxiv_listing_dev.txt', 'shared/arxiv_digest_dev.txt', 'arxiv/search_results.txt', 'shared/hf_page_dev.md']) {
      const c = arxivAbsReader.detect(fx(f));
      expect(c).toBeLessThanOrEqual(arxivAbsReader.maxConfidence!);
      expect(detectFormat(fx(f)).format).not.toBe('arxiv-abs');
    }
  });
});

describe('an arXiv listing printed to PDF, then copied as text', () => {
  it('the print headers and footers between pages are not part of any abstract or author list', () => {
    const printed = parseFeed(fx('arxiv/listing_printed_pdf.txt'));
    const page = parseFeed(fx('shared/arxiv_listing_dev.txt'));
    expect(printed.papers.map((p) => [p.arxivId, p.title, p.authors, p.abstract])).toEqual(page.papers.map((p) => [p.arxivId, p.title, p.authors, p.abstract]));
  });
});

describe('one arXiv RSS item saved as a note (front matter, then the description)', () => {
  it('takes the title from the front matter and the abstract from the `Announce Type` paragraph', () => {
    const r = parseFeed(fx('generic/rss-note-frontmatter.md'));
    expect(r.papers).toHaveLength(1);
    const p = r.papers[0]!;
    expect(p.title).toBe('ASIL: Replacing Screenshot-and-Click with Structured State and Semantic Actions');
    expect(p.arxivId).toBe('2608.26991');
    expect(p.authors).toEqual(['Rui Xie', 'Lu Chen']);
    expect(p.abstract!.startsWith('Powerful code agents can execute scripts')).toBe(true);
    expect(p.abstract!.endsWith('further raises them to 74.4 and 82.2.')).toBe(true);
    expect(p.urls.map((l) => l.url)).toContain('https://arxiv.org/abs/2608.26991');
    expect(p.urls.map((l) => l.url)).not.toContain('https://rss.arxiv.org/rss/cs.AI');
  });

  it('a folded `excerpt:` in the front matter is not a second paper', () => {
    const r = parseFeed(fx('generic/rss-note-excerpt.md'));
    expect(r.papers.map((p) => p.title)).toEqual(['Real Noise Decoupling for Hyperspectral Image Denoising']);
    expect(r.papers[0]!.authors).toEqual(['Yingkai Zhang', 'Tao Zhang', 'Jing Nie', 'Ying Fu']);
    expect(r.papers[0]!.abstract!.endsWith('significantly enhancing HSI quality.')).toBe(true);
  });

  it('a quoted description under a heading, repeated under `## Full Content`, is one paper', () => {
    const r = parseFeed(fx('generic/rss-note-quoted.md'));
    expect(r.papers).toHaveLength(1);
    const p = r.papers[0]!;
    expect(p.title).toBe('CrossTrace: A Cross-Domain Dataset of Grounded Scientific Reasoning Traces for Hypothesis Generation');
    expect(p.arxivId).toBe('2603.28924');
    expect(p.abstract!.startsWith('Scientific hypothesis generation is a critical bottleneck')).toBe(true);
    expect(p.abstract!.endsWith('at least partially domain-general.')).toBe(true);
  });

  it('front matter over text with no announce head is left to the other readers', () => {
    const r = parseFeed('---\ntitle: Notes\n---\n\nAttention Is All You Need\n\nThe dominant sequence transduction models are based on complex recurrent or convolutional neural networks that include an encoder and a decoder.\n');
    expect(r.papers.map((p) => p.title)).not.toContain('Notes');
  });
});
