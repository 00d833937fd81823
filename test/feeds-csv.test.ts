// Tables of papers: CSV and TSV with a header row (src/feeds/csv.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvReader } from '../src/feeds/csv.js';
import { detectFormat, parseFeed } from '../src/index.js';

const fx = (p: string) => readFileSync(new URL(`../fixtures/csv/${p}`, import.meta.url), 'utf8');

describe('CSV and TSV tables of papers', () => {
  it('reads a Zotero CSV export: titles, authors given name first, abstract across a line break, DOI, date, link', () => {
    const r = parseFeed(fx('zotero-export.csv'));
    expect(r.format).toBe('csv');
    expect(r.papers.map((p) => p.title)).toEqual(['Random Teachers are Good Teachers', 'Improved Distribution Matching Distillation for Fast Image Synthesis']);
    const [a, b] = r.papers;
    expect(a!.authors).toEqual(['Felix Sarnthein', 'Gregor Bachmann', 'Sotiris Anagnostidis', 'Thomas Hofmann']);
    expect(a!.arxivId).toBe('2302.12091');
    expect(a!.doi).toBe('10.48550/arXiv.2302.12091');
    expect(a!.date?.iso).toBe('2023-02-23');
    expect(a!.urls.map((u) => u.url)).toContain('http://arxiv.org/abs/2302.12091');
    expect(b!.authors![1]).toBe('Michaël Gharbi');
    // the quoted abstract keeps both of its paragraphs, and is analysed like any abstract
    expect(b!.abstract).toMatch(/^Recent approaches .* With DMD2, we reach an FID of 1\.28 .* inference cost\.$/);
    expect(b!.metrics.some((m) => m.name === 'FID' && m.value === 1.28)).toBe(true);
    expect(b!.datasets.map((d) => d.name)).toEqual(expect.arrayContaining(['ImageNet', 'COCO']));
    // each paper's span is its row
    const text = fx('zotero-export.csv');
    for (const p of r.papers) expect(text.slice(p.source!.start, p.source!.end)).toContain(p.title);
  });

  it('reads a TSV reading list with lower-case columns and an empty cell', () => {
    const r = parseFeed(fx('papers.tsv'));
    expect(r.format).toBe('csv');
    expect(r.papers.map((p) => [p.title, p.authors?.length, p.arxivId, p.date?.year])).toEqual([
      ['Stochastic Interpolants: A Unifying Framework for Flows and Diffusions', 3, '2303.08797', 2023],
      ['Continual Test-Time Domain Adaptation', 4, '2203.13591', 2022],
    ]);
    expect(r.papers[1]!.urls.map((u) => u.url)).toContain('https://github.com/qinenergy/cotta');
  });

  it('handles doubled quotes, semicolons and CRLF', () => {
    const text = 'Title;Authors;Abstract\r\n"A ""Quoted"" Title";A. Smith;"First; second."\r\nPlain Title;C. Doe;Short abstract.\r\n';
    const r = parseFeed(text);
    expect(r.format).toBe('csv');
    expect(r.papers.map((p) => [p.title, p.abstract])).toEqual([
      ['A "Quoted" Title', 'First; second.'],
      ['Plain Title', 'Short abstract.'],
    ]);
  });

  it('reports a row without a title and reads the others', () => {
    const r = parseFeed('title,abstract\n,An orphan abstract with no title at all.\nA Real Title,Its abstract.\n');
    expect(r.papers.map((p) => p.title)).toEqual(['A Real Title']);
    expect(r.diagnostics.some((d) => d.code === 'UNCLAIMED_TEXT' && d.message.includes('without a title'))).toBe(true);
  });

  it.each([
    ['prose with commas', 'Title, authors, and abstract are the three fields every paper has, as we discuss below.\nMore prose.'],
    ['a header with no title column', 'name,score\nfoo,1\n'],
    ['JSON', '[{"title": "x", "abstract": "y"}]'],
    ['markdown table', '| Title | Code |\n|---|---|\n| A | B |'],
  ])('is not detected in %s', (_, text) => {
    expect(csvReader.detect(text)).toBeLessThan(0.3);
    expect(detectFormat(text).format).not.toBe('csv');
  });

  it('an unterminated quote reads to the end without throwing', () => {
    const text = 'title,abstract\n"Open quote title,never closed\nstill inside\n';
    expect(() => parseFeed(text)).not.toThrow();
    expect(parseFeed(text).papers.length).toBeLessThanOrEqual(1);
    expect(() => parseFeed(text, { format: 'csv' })).not.toThrow();
  });
});
