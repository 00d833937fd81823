// The Hugging Face page readers (plain text, markdown, text browser) on the copies of the
// shared captures and on fixtures/hf/, compared with gold answers and expected files.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyFurniture } from '../src/feeds/furniture.js';
import { genericReader } from '../src/feeds/generic.js';
import { hfMarkdownReader, hfPaperId, isNavigationUrl, markdownText, scanLinks, unescapeMarkdown } from '../src/feeds/hf-markdown.js';
import { hfTextReader } from '../src/feeds/hf-text.js';
import { hfTextBrowserReader } from '../src/feeds/hf-textbrowser.js';
import type { FeedReader, RawEntry, ReaderResult } from '../src/feeds/types.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const jsonl = <T>(name: string): T[] =>
  fx(name)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
const space = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

interface Expected {
  title: string;
  abstract?: string;
  arxivId?: string;
  links?: string[];
  urls?: string[];
  date?: string;
}
interface Diag {
  code: string;
  message: string;
  start: number;
  end: number;
  severity?: string;
}
function run(reader: FeedReader, text: string): ReaderResult & { diags: Diag[] } {
  const diags: Diag[] = [];
  const r = reader.read(text, { diagnose: (code, message, start, end, severity) => diags.push({ code, message, start, end, severity }) });
  return { ...r, diags };
}
const byId = (entries: RawEntry[], id: string) => {
  const e = entries.find((x) => x.arxivId === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

const SEED = fx('seed-hf-page.txt');
const DEV = fx('shared/hf_page_dev.md');
const TRENDING = fx('hf/trending.md');
const TB = fx('hf/textbrowser.txt');
const DAILY = fx('hf/daily.txt');
const SEARCH = fx('hf/search.txt');

/** Each capture with its reader and what it must give. */
const CASES = [
  { name: 'seed (plain text)', reader: hfTextReader, text: SEED, expected: jsonl<Expected>('shared/seed.jsonl'), links: false },
  {
    name: 'search page (markdown)',
    reader: hfMarkdownReader,
    text: DEV,
    // the page's only resource link is the paper page: the other gold URLs are written in the abstracts
    expected: jsonl<Expected>('shared/hf_page_dev.jsonl').map((g) => ({ ...g, links: [`https://huggingface.co/papers/${g.arxivId}`] })),
    links: true,
  },
  { name: 'trending page (markdown)', reader: hfMarkdownReader, text: TRENDING, expected: jsonl<Expected>('hf/trending.expected.jsonl'), links: true },
  { name: 'text-browser capture', reader: hfTextBrowserReader, text: TB, expected: jsonl<Expected>('hf/textbrowser.expected.jsonl'), links: true },
  { name: 'daily page (plain text, cards)', reader: hfTextReader, text: DAILY, expected: jsonl<Expected>('hf/daily.expected.jsonl'), links: false },
  {
    name: 'search page (plain text, browser copy with organisations and hard breaks)',
    reader: hfTextReader,
    text: SEARCH,
    // the same page as shared/hf_page_dev.md: a plain-text copy shows no links, hence no ids
    expected: jsonl<Expected>('shared/hf_page_dev.jsonl').map(({ arxivId: _id, ...g }): Expected => g),
    links: false,
  },
] as const;

describe.each(CASES)('$name', ({ reader, text, expected, links }) => {
  const res = run(reader, text);
  it('finds every paper and nothing else, in page order', () => {
    expect(res.entries.map((e) => e.title)).toEqual(expected.map((g) => space(g.title)));
  });
  it('reads every abstract exactly (after folding white space)', () => {
    for (const [i, g] of expected.entries()) expect(space(res.entries[i]!.abstract), g.title).toBe(space(g.abstract));
  });
  it('keeps furniture and markup out of titles and abstracts', () => {
    for (const e of res.entries) {
      expect(classifyFurniture(e.title), e.title).toBeUndefined();
      for (const s of [e.title, e.abstract ?? '']) {
        expect(s).not.toMatch(/^#|\]\(|\]\[\d|\\\\|\\ |\[-|^\[|authors\]|Submitted by|Get trending papers/);
        expect(s).toBe(space(s));
      }
    }
  });
  it('sets the arXiv id from the paper link, and only there', () => {
    for (const [i, g] of expected.entries()) expect(res.entries[i]!.arxivId, g.title).toBe(g.arxivId);
  });
  it.runIf(links)('lists the resource links, each at its offsets in the input, and no navigation', () => {
    for (const [i, g] of expected.entries()) {
      const e = res.entries[i]!;
      expect(e.links.map((l) => l.url), g.title).toEqual(g.links);
      for (const l of e.links) {
        expect(l.origin).toBe('links');
        expect(text.slice(l.start, l.end)).toBe(l.url);
        expect(isNavigationUrl(l.url)).toBe(false);
      }
    }
  });
  it.runIf(!links)('builds no link (the capture shows none)', () => {
    for (const e of res.entries) expect(e.links).toEqual([]);
  });
  it('gives entry offsets inside the input, in order', () => {
    let prev = -1;
    for (const e of res.entries) {
      expect(e.start).toBeGreaterThan(prev);
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.end).toBeLessThanOrEqual(text.length);
      prev = e.start;
    }
  });
  it('is detected by its own reader (>= 0.9) ahead of the others', () => {
    const own = reader.detect(text);
    expect(own).toBeGreaterThanOrEqual(0.9);
    for (const other of [hfTextReader, hfMarkdownReader, hfTextBrowserReader, genericReader]) {
      if (other !== reader) expect(other.detect(text), other.name).toBeLessThan(own);
    }
  });
});

describe('hf-text on the seed', () => {
  const res = run(hfTextReader, SEED);
  it('reads 80 papers under the furniture, dated by the page date without a guessed year', () => {
    expect(res.entries).toHaveLength(80);
    expect(res.entries[0]!.title).toBe('Learning Rates as a Function of Batch Size: A Random Matrix Theory Approach to Neural Network Training');
    expect(res.entries[0]!.abstract).toMatch(/^We study the effect of mini-batching/);
    expect(res.entries[79]!.title).toBe('Improved Distribution Matching Distillation for Fast Image Synthesis');
    for (const e of res.entries) expect(e.date).toEqual({ text: 'Mar 13', month: 3, day: 13 });
    expect(res.diags).toEqual([]);
  });
  it('keeps URLs written in an abstract in the abstract', () => {
    const e = res.entries.find((x) => x.title.startsWith('Large Batch Optimization'))!;
    expect(e.abstract!.endsWith('available at https://github.com/tensorflow/addons/blob/master/tensorflow_addons/optimizers/lamb.py')).toBe(true);
  });
  it('reads the same with every title and abstract on adjacent lines (no blank lines)', () => {
    const r = run(hfTextReader, SEED.replace(/\n\n/g, '\n'));
    expect(r.entries.map((e) => [e.title, e.abstract])).toEqual(res.entries.map((e) => [e.title, e.abstract]));
  });
});

describe('hf-markdown on the search page', () => {
  const res = run(hfMarkdownReader, DEV);
  it('skips the front matter and the page header without diagnostics', () => {
    expect(res.diags).toEqual([]);
    expect(res.truncated).toBeUndefined();
  });
  it('ends an abstract before `](` when a bare URL closes it', () => {
    expect(byId(res.entries, '2111.08366').abstract!.endsWith('Code, data, and models available at: https://github.com/allenai/aspire')).toBe(true);
    expect(byId(res.entries, '2407.17722').abstract!.endsWith('publicly available at https://github.com/MyLove-XAB/KDDCupFinal.')).toBe(true);
  });
  it('joins escaped-backslash line ends and `\\  ` title breaks with single spaces', () => {
    const e = byId(res.entries, '2502.20581');
    expect(e.title).toBe('The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research');
    expect(e.abstract).toMatch(/^Academic citations are widely used for evaluating research and tracing knowledge flows\. Such uses/);
    expect(e.abstract).toContain('cited studies may be paraphrased, summarized, or reinterpreted');
  });
  it.each([
    ['2606.00683', { text: 'May 29', month: 5, day: 29 }], // glued to a comment count: May 29[6](…#community)
    ['2407.17722', { text: 'Jul 24, 2024', year: 2024, month: 7, day: 24, iso: '2024-07-24' }], // Jul 24, 2024 [2](…)
    ['2502.20581', { text: 'Feb 27, 2025', year: 2025, month: 2, day: 27, iso: '2025-02-27' }],
    ['2410.02115', { text: 'Oct 2, 2024', year: 2024, month: 10, day: 2, iso: '2024-10-02' }], // Oct 2, 2024[3](…)
  ])('dates %s from its own date line', (id, date) => {
    expect(byId(res.entries, id).date).toEqual(date);
  });
  it('leaves authors empty where the page shows only avatars and a count', () => {
    for (const e of res.entries) expect(e.authors).toBeUndefined();
  });
});

describe('hf-markdown on the trending page (two layouts)', () => {
  const res = run(hfMarkdownReader, TRENDING);
  it('reads each paper shown twice as one entry, and says so', () => {
    expect(res.entries).toHaveLength(6);
    expect(new Set(res.entries.map((e) => e.arxivId)).size).toBe(6);
    expect(res.diags.filter((d) => d.code === 'DUPLICATE_MERGED')).toHaveLength(1);
    expect(res.diags.find((d) => d.code === 'DUPLICATE_MERGED')!.message).toMatch(/^5 papers/);
  });
  it('takes labels of resource links as written', () => {
    const e = byId(res.entries, '2405.14867');
    expect(e.links.map((l) => l.label)).toEqual([undefined, 'GitHub 1.06k', 'arXiv Page']);
    expect(byId(res.entries, '2203.13591').links.map((l) => l.label)).toEqual([undefined, 'Project page', 'arXiv Page']);
  });
  it('dates from "Published on" and from a date glued to a comment count', () => {
    expect(byId(res.entries, '2405.14867').date).toEqual({ text: 'May 23, 2024', year: 2024, month: 5, day: 23, iso: '2024-05-23' });
    expect(byId(res.entries, '2303.08797').date?.text).toBe('Mar 15, 2023');
  });
  it('removes markdown escapes but keeps LaTeX backslashes', () => {
    const si = byId(res.entries, '2303.08797').abstract!;
    expect(si).toContain('called `stochastic interpolants\' to bridge');
    expect(si).toContain('recover the Schr\\"odinger bridge');
  });
  it('joins a title broken by `\\  `', () => {
    expect(byId(res.entries, '2503.02819').title).toBe('Feynman-Kac Correctors in Diffusion: Annealing, Guidance, and Product of Experts');
  });
  it('points each entry at the layout that holds its abstract', () => {
    const e = byId(res.entries, '2302.12091');
    expect(TRENDING.slice(e.start, e.end)).toContain('[In this work, we investigate the implicit regularization');
    expect(TRENDING.slice(e.start, e.end)).not.toContain('Published on');
  });
});

describe('hf-markdown on a reader-service capture (header, setext heading, plain abstract)', () => {
  const text = fx('hf/reader-capture.md');
  const res = run(hfMarkdownReader, text);
  it('reads the paper with its plain-paragraph abstract and its resource links', () => {
    expect(hfMarkdownReader.detect(text)).toBeGreaterThanOrEqual(0.9);
    expect(res.diags).toEqual([]);
    expect(res.entries).toHaveLength(1);
    const e = res.entries[0]!;
    expect(e.title).toBe('Improved Distribution Matching Distillation for Fast Image Synthesis');
    expect(e.abstract).toMatch(/^Recent approaches .* Code is at https:\/\/github\.com\/tianweiy\/DMD2\.$/);
    expect(e.date?.text).toBe('May 23, 2024');
    expect(e.links.map((l) => [l.label, l.url])).toEqual([
      [undefined, 'https://huggingface.co/papers/2405.14867'],
      ['GitHub 1.06k', 'https://github.com/tianweiy/DMD2'],
      ['arXiv Page', 'https://arxiv.org/abs/2405.14867'],
    ]);
  });
});

describe('hf-textbrowser', () => {
  const res = run(hfTextBrowserReader, TB);
  it('reports the cut capture', () => {
    expect(res.truncated).toBe(true);
  });
  it('skips the capture header and the navigation menu', () => {
    expect(res.diags).toEqual([]);
    const nav = new Set(['Hugging Face', 'Models', 'Datasets', 'Log In', 'Subscribe', 'Daily Papers', 'Trending Papers', 'Previous', 'Next']);
    expect(res.entries.filter((e) => nav.has(e.title))).toEqual([]);
  });
  it('reads a title link without heading marks', () => {
    expect(byId(res.entries, '2112.10510').title).toBe('Transformers Can Do Bayesian Inference');
  });
  it('drops a link whose target the capture lost, keeping the entry', () => {
    const e = byId(res.entries, '2403.01505');
    expect(e.links.map((l) => l.url)).toEqual(['https://huggingface.co/papers/2403.01505']);
  });
  it('places link offsets on the reference list', () => {
    const refs = TB.indexOf('\nReferences\n');
    for (const e of res.entries) for (const l of e.links) expect(l.start).toBeGreaterThan(refs);
  });
  it('reads an abstract the capture cut before its `][N]` as a truncated entry', () => {
    const cut = TB.slice(0, TB.indexOf('with FID scores of 1.28')) + '\n\n[Content truncated]\n';
    const r = run(hfTextBrowserReader, cut);
    expect(r.truncated).toBe(true);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]!.truncated).toBe(true);
    expect(r.entries[0]!.abstract).toMatch(/^Recent approaches have shown promises .* benchmarks in one-step image generation,$/);
    expect(r.entries[0]!.links).toEqual([]); // the reference list was cut away
  });
});

describe('hf-text on a search page copied as plain text', () => {
  const res = run(hfTextReader, SEARCH);
  it('reads organisation lines and `·` as card furniture, dating the entry above them', () => {
    expect(res.diags).toEqual([]);
    const e = res.entries.find((x) => x.title.startsWith('Text-Driven Neural Collaborative Filtering'))!;
    expect(e.date?.text).toBe('Jul 24, 2024'); // "Jul 24, 2024 2": a comment count after the date
    expect(res.entries.find((x) => x.title.startsWith('Sources of Truth'))!.date?.text).toBe('Aug 30');
  });
});

describe('hf-text on a daily page pasted with cards', () => {
  const res = run(hfTextReader, DAILY);
  it('skips user names after "Submitted by", counts and author counts', () => {
    expect(res.entries.map((e) => e.title)).not.toContain('akhaliq');
    expect(res.entries).toHaveLength(8);
  });
  it('keeps a card whose abstract the page did not show', () => {
    const last = res.entries[7]!;
    expect(last.title).toBe('A Tutorial on Bayesian Optimization');
    expect(last.abstract).toBeUndefined();
  });
  it('dates every paper by the page date', () => {
    for (const e of res.entries) expect(e.date?.text).toBe('Mar 13');
  });
});

describe('line endings, BOM, tabs and NBSP read like LF text', () => {
  const variants: [string, (s: string) => string][] = [
    ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
    ['CR', (s) => s.replace(/\n/g, '\r')],
    ['BOM + CRLF', (s) => '\uFEFF' + s.replace(/\n/g, '\r\n')],
    ['trailing tabs', (s) => s.replace(/\n/g, ' \t\n')],
    ['NBSP between words', (s) => s.replace(/ of the /g, ' of\u00a0the ')],
  ];
  const sig = (r: ReaderResult) =>
    r.entries.map((e) => [e.title, space(e.abstract).replace(/\u00a0/g, ' '), e.arxivId, e.date?.text, e.links.map((l) => l.url)]);
  describe.each(CASES)('$name', ({ reader, text }) => {
    const base = sig(run(reader, text));
    it.each(variants)('%s', (_name, f) => {
      const v = f(text);
      expect(sig(run(reader, v)).map((x) => JSON.stringify(x).replace(/\u00a0/g, ' '))).toEqual(base.map((x) => JSON.stringify(x)));
      expect(reader.detect(v)).toBeGreaterThanOrEqual(0.9);
    });
  });
});

describe('detection', () => {
  const others = [
    ['arXiv digest', fx('shared/arxiv_digest_dev.txt')],
    ['arXiv digest tail', fx('shared/arxiv_digest_dev_tail.txt')],
    ['arXiv listing', fx('shared/arxiv_listing_dev.txt')],
    ['awesome list', fx('shared/awesome_list_dev.md')],
    ['JSON', JSON.stringify([{ paper: { id: '2405.14867', title: 'Improved Distribution Matching Distillation', summary: 'Recent approaches…' } }], null, 2)],
    ['XML', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><summary>B</summary></entry></feed>'],
    ['empty', ''],
  ] as const;
  it.each(others)('the HF readers stay below 0.2 on %s', (_name, text) => {
    for (const r of [hfTextReader, hfMarkdownReader, hfTextBrowserReader]) expect(r.detect(text), r.name).toBeLessThan(0.2);
  });
});

describe('never throws, never hangs', () => {
  const readers = [hfTextReader, hfMarkdownReader, hfTextBrowserReader];
  it('reads every prefix of every capture (cut anywhere)', () => {
    for (const text of [SEED.slice(0, 20_000), DEV, TRENDING, TB, DAILY]) {
      for (let cut = 0; cut < text.length; cut += 613) {
        for (const r of readers) {
          const res = run(r, text.slice(0, cut));
          for (const e of res.entries) expect(e.title.length).toBeGreaterThan(0);
        }
      }
    }
  });
  it('reads arbitrary strings', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '](', '][1]', '\\', '\\\\\n', '\n', '\r\n', '\n\n', '### ', '· ', '-', '117', 'Mar 13', '\uFEFF', '\u00a0', '<a id="x">', '[1]: https://huggingface.co/papers/2401.00001', 'https://huggingface.co/papers/2401.00001', 'login?next=%2Fpapers%2F2401.00001', 'Title Words Here', 'An abstract sentence that goes on and on. ');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(piece, { maxLength: 80 }).map((a) => a.join(''))), (s) => {
        for (const r of readers) {
          const d = r.detect(s);
          expect(d >= 0 && d <= 1).toBe(true);
          const res = run(r, s);
          for (const e of res.entries) for (const l of e.links) expect(s.slice(l.start, l.end)).toBe(l.url);
        }
      }),
      { numRuns: 400 },
    );
  });
  it.each([
    ['open brackets', '['.repeat(400_000)],
    ['link closers', ']('.repeat(200_000)],
    ['nested images', '[!['.repeat(60_000) + ']('.repeat(60_000)],
    ['backslashes', '\\'.repeat(400_000)],
    ['tag starts', '<a '.repeat(150_000)],
    ['reference closers', '### [T][1]\n\n[abc][2]\n\n'.repeat(20_000)],
    ['one long line', 'word '.repeat(100_000)],
    ['dot and date lines', 'Mar 13\n·\n'.repeat(50_000)],
    ['many links under one title', '### [T](https://huggingface.co/papers/2401.00001)\n\n' + Array.from({ length: 30_000 }, (_, i) => `[GitHub ${i}](https://github.com/a/b${i})`).join('\n\n')],
    ['many author items', '[' + '- ![](https://a/b.svg)\\\\\n- Jane Doe\\\\\n'.repeat(30_000) + '- 3 authors](https://huggingface.co/papers/2401.00001)'],
  ])('stays linear on %s', (_name, text) => {
    for (const r of readers) {
      const t0 = performance.now();
      r.detect(text);
      run(r, text);
      expect(performance.now() - t0, r.name).toBeLessThan(10_000);
    }
  });
});

describe('markdown helpers', () => {
  it.each([
    ['\\[Re\\] a\\_b \\*c\\*', '[Re] a_b *c*'],
    ['Schr\\\\"odinger', 'Schr\\"odinger'],
    ['45\\% and \\alpha', '45\\% and \\alpha'],
    ['\\>1.5x', '>1.5x'],
  ])('unescapeMarkdown(%j)', (s, out) => {
    expect(unescapeMarkdown(s)).toBe(out);
  });
  it('reduces links to labels, drops images and line-end backslashes', () => {
    const s = '[- ![](https://a/x.svg)\\\\\n- 3 authors](https://huggingface.co/papers/2401.00001)';
    expect(markdownText(s)).toBe('- - 3 authors');
    expect(markdownText('Engage\\  with <a id="x"></a>Past')).toBe('Engage with Past');
  });
  it('finds inline and reference links in one pass', () => {
    const links = scanLinks('[![a](img)Org](https://huggingface.co/org) and [Title][32]');
    expect(links.map((l) => [l.image, l.url, l.ref])).toEqual([
      [true, 'img', undefined],
      [false, 'https://huggingface.co/org', undefined],
      [false, '', '32'],
    ]);
  });
  it.each([
    ['https://huggingface.co/papers/2606.00683', { id: '2606.00683', absolute: true, fragment: false }],
    ['https://huggingface.co/papers/2606.00683#community', { id: '2606.00683', absolute: true, fragment: true }],
    ['/papers/2606.00683', { id: '2606.00683', absolute: false, fragment: false }],
    ['https://huggingface.co/papers/trending', undefined],
  ])('hfPaperId(%s)', (url, out) => {
    expect(hfPaperId(url)).toEqual(out);
  });
  it.each([
    ['https://huggingface.co/login?next=%2Fpapers%2F2606.00683', true],
    ['https://huggingface.co/occ-ai', true],
    ['https://huggingface.co/papers/2606.00683#community', true],
    ['https://cdn-avatars.huggingface.co/v1/production/uploads/a.png', true],
    ['https://huggingface.co/avatars/1515b197a71d150ddecaf7cd109ac84e.svg', true],
    ['/papers/2606.00683', true],
    ['https://github.com/akhaliq', true],
    ['https://twitter.com/_akhaliq', true],
    ['https://github.com/tianweiy/DMD2', false],
    ['https://arxiv.org/abs/2405.14867', false],
    ['https://huggingface.co/datasets/allenai/aspire', false],
    ['https://huggingface.co/spaces/tianweiy/DMD2', false],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B', false],
    ['https://qin.ee/cotta', false],
  ])('isNavigationUrl(%s) is %s', (url, nav) => {
    expect(isNavigationUrl(url)).toBe(nav);
  });
});
