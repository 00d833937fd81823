// BibTeX reading lists (fixtures/bibtex/README.md): arXiv, Google Scholar and Zotero shapes.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseFeed, toBibTeX } from '../src/index.js';

const fx = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

describe('a BibTeX reading list', () => {
  const bib = fx('bibtex/reading-list.bib');
  const r = parseFeed(bib);

  it('is detected without being told, and every entry with a title is a paper', () => {
    expect(detectFormat(bib).format).toBe('bibtex');
    expect(r.format).toBe('bibtex');
    expect(r.papers.map((p) => p.title)).toEqual([
      'Replay-Free Continual Pre-Training of Diffusion Transformers',
      'Tool-Using Agents with Retrieval: When Does Search Help Code Repair?',
      'Calibrated Uncertainty for Graph Neural Networks under Distribution Shift',
      'An Entry Left Unclosed by a Bad Edit',
      'Sparse Mixture Routing for Speech Recognition',
    ]);
  });

  it('authors given name first (`Last, First` and `First Last`), LaTeX accents as Unicode, `others` left out', () => {
    expect(r.papers.map((p) => p.authors)).toEqual([
      ['Maja Lindqvist', 'Chidi Okafor', 'Hiroshi Tanaka'],
      ['Petra Novák', 'Rafael Silva'],
      ['Anna Weber', 'Jörg Müller'],
      ['Jane Doe'],
      ['Li Chen', 'Ravi Kumar'],
    ]);
  });

  it('abstracts (braced over several lines, quoted, with `\\%`), arXiv ids from eprint or the journal, DOI, url, venue, date with its month', () => {
    const [a, b, c, , e] = r.papers;
    expect(b!.abstract).toBe('Large language model agents repair code better when they can search the repository, but search also distracts them. We find that a learned stopping rule raises the resolve rate on SWE-bench Verified from 41.2% to 47.8% while halving the number of tool calls.');
    expect(e!.abstract).toBe('We route speech frames to experts and cut the word error rate on LibriSpeech test-clean from 2.1 to 1.8 with the same compute.');
    expect([a!.arxivId, e!.arxivId]).toEqual(['2605.01234', '2604.11111']);
    expect(a!.categories).toEqual(['cs.LG']);
    expect(a!.urls.map((u) => u.url)).toEqual(['https://arxiv.org/abs/2605.01234']);
    expect(b!.doi).toBe('10.5555/12345.67890');
    expect(b!.venue?.name).toBe('ICML'); // `@string` macro joined with `#`
    expect(b!.date).toEqual({ text: '2025-07', year: 2025, month: 7 });
    expect(c!.venue?.name).toBe('JMLR');
    expect(e!.venue).toBeUndefined(); // `arXiv preprint arXiv:ID` is no venue
  });

  it('the extractors run on the abstracts', () => {
    expect(r.papers[1]!.metrics.map((m) => m.value)).toEqual([41.2, 47.8]);
    expect(r.papers[2]!.datasets.map((d) => d.name)).toEqual(['OGB-Arxiv']);
  });

  it('an entry left unclosed is reported and does not swallow the next one', () => {
    const d = r.diagnostics.find((x) => x.code === 'TRUNCATED_ENTRY')!;
    expect(d.message).toContain('broken2026');
    expect(bib.slice(d.start, d.start + 20)).toBe('@article{broken2026,');
    expect(r.papers[4]!.source!.start).toBe(bib.indexOf('@article{chen2026sparse'));
  });

  it('reads back what toBibTeX writes (a citation export: no abstracts)', () => {
    const again = parseFeed(toBibTeX(r.papers));
    expect(again.format).toBe('bibtex');
    expect(again.papers.map((p) => [p.title, p.authors, p.arxivId ?? null, p.doi ?? null, p.date?.month ?? null])).toEqual(
      r.papers.map((p) => [p.title, p.authors, p.arxivId ?? null, p.doi ?? null, p.date?.month ?? null]),
    );
  });
});

describe('what is a BibTeX file', () => {
  it('a markdown list that quotes its citation block is still a markdown list', () => {
    const md = `${fx('shared/awesome_list_dev.md')}\n## Citation\n\n\`\`\`bibtex\n@article{x2024survey,\n  title={A Survey},\n  author={Doe, Jane},\n  year={2024}\n}\n\`\`\`\n`;
    expect(parseFeed(md).format).toBe('markdown-list');
  });

  it('any text made of BibTeX-like pieces gives a result with positions inside it', () => {
    const pieces = ['@article{', '@misc(', '@string{', '@comment{', 'k,', 'title', ' = ', '{', '}', '"', '#', ',', '\n', 'Attention', '\\{', "{\\'a}", 'and', ' others', 'year=2017', ')'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const res = parseFeed(text, { format: 'bibtex' });
        for (const d of res.diagnostics) expect(d.end).toBeLessThanOrEqual(text.length);
        for (const p of res.papers) expect(p.title.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
