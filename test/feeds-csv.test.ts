// Tables of papers: CSV and TSV with a header row (src/feeds/csv.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanAuthorCell, columnKey, columnRole, csvReader, givenFirst } from '../src/feeds/csv.js';
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

describe('CSV header names: folded to words, given a role by their words', () => {
  it.each([
    ['Abstract Note', 'abstract_note'],
    ['arXiv ID', 'arxiv_id'],
    ['arXivId', 'arxiv_id'],
    ['PaperTitle', 'paper_title'],
    ['paperTitle', 'paper_title'],
    ['AuthorNames', 'author_names'],
    ['Authors (with Affiliations)', 'authors_with_affiliations'],
    ['pdfURL', 'pdf_url'],
    ['PDFLink', 'pdf_link'],
    ['URLs', 'urls'],
    ['GitHubRepo', 'github_repo'],
    ['OpenReviewLink', 'openreview_link'],
    ['TL;DR', 'tl_dr'],
    ['\uFEFFTitle', 'title'],
    ['Paper-ID', 'paper_id'],
  ])('%s -> %s', (h, key) => expect(columnKey(h)).toBe(key));

  it.each([
    ['Title', 'title', 0],
    ['Paper Title', 'title', 1],
    ['PaperTitle', 'title', 1],
    ['Name of Paper', 'title', 1],
    ['Submission Title', 'title', 1],
    ['Full Title Of Work', 'title', 1],
    ['Title (English)', 'title', 1],
    ['Paper', 'title', 1],
    ['Authors', 'authors', 0],
    ['Author', 'authors', 0],
    ['AuthorNames', 'authors', 0],
    ['Author Names', 'authors', 0],
    ['Authors (with Affiliations)', 'authors', 2],
    ['Creators', 'authors', 0],
    ['Abstract', 'abstract', 0],
    ['Abstract Note', 'abstract', 1],
    ['Paper Abstract', 'abstract', 1],
    ['Summary', 'summary', 0],
    ['TL;DR', 'summary', 0],
    ['DOI', 'doi', 0],
    ['arXiv ID', 'arxiv', 0],
    ['arXiv link', 'arxiv', 0],
    ['Url', 'link', 0],
    ['PDF', 'link', 0],
    ['Paper Link', 'link', 0],
    ['Code', 'link', 0],
    ['Year', 'year', 0],
    ['Publication Year', 'year', 0],
    ['Date', 'date', 0],
    ['Published', 'date', 1],
    ['Publication Date', 'date', 1],
    ['Venue', 'venue', 0],
    ['Conference', 'venue', 0],
    ['Publication Title', 'venue', 0],
    ['Published In', 'venue', 0],
    ['Track Name', 'venue', 1],
    ['Keywords', 'keywords', 0],
    ['Manual Tags', 'keywords', 0],
    ['Primary Subject Area', 'keywords', 0],
  ])('%s is a %s column (rank %i)', (h, role, rank) => expect(columnRole(columnKey(h))).toMatchObject({ role, rank }));

  it.each([
    'Short Title', 'Series Title', 'Journal Abbreviation', 'Job Title', 'Song Title', 'Author Emails', 'Author IDs', 'authorids',
    'Primary Contact Author Name', 'Corresponding Author', 'Author Affiliations', 'Date Added', 'Date Modified', 'Access Date',
    'Pages', 'Page', 'Image URL', 'Name', 'Score', 'Extra', 'Key',
  ])('%s has no paper role', (h) => expect(columnRole(columnKey(h))).toBeUndefined());

  it.each([
    ['CMT export', 'Paper ID,Paper Title,Abstract,Author Names,Author Emails,Track Name\n12,A Study of Things,We study things.,Ann Lee*; Bo Chen,a@x.org,Main Track\n', 'A Study of Things', ['Ann Lee', 'Bo Chen']],
    ['OpenReview export', 'title,authors,authorids,abstract,keywords,TL;DR,pdf\n"Sparse Things, Revisited","Ann Lee, Bo Chen","~Ann_Lee1, ~Bo_Chen2",We revisit things.,sparsity,Short.,https://openreview.net/pdf?id=abc\n', 'Sparse Things, Revisited', ['Ann Lee', 'Bo Chen']],
    ['conference tool export', 'PaperTitle,Authors (with Affiliations),AuthorNames\nA Study of Things,Ann Lee (MIT)*; Bo Chen (CMU),"Lee, Ann*; Chen, Bo"\n', 'A Study of Things', ['Ann Lee', 'Bo Chen']],
    ['affiliations column only', 'Paper Title;Authors (with Affiliations);Year\nA Study of Things;Ann Lee (MIT)* and Bo Chen [CMU];2022\n', 'A Study of Things', ['Ann Lee', 'Bo Chen']],
    ['spreadsheet', 'Name of Paper\tAuthor list\tLink\nA Study of Things\tAnn Lee1,2, Bo Chen2†\thttps://arxiv.org/abs/2201.00001\n', 'A Study of Things', ['Ann Lee', 'Bo Chen']],
  ])('reads a %s', (_, text, title, authors) => {
    const r = parseFeed(text);
    expect(r.format).toBe('csv');
    expect(r.papers.map((p) => [p.title, p.authors])).toEqual([[title, authors]]);
  });

  it('takes the link, PDF, DOI and arXiv columns as the paper\'s addresses and ids', () => {
    const r = parseFeed('PaperTitle,AuthorNames,PDF Link,Code,DOI,arXiv\nA Study of Things,Ann Lee,https://example.org/a.pdf,https://github.com/a/b,10.1000/xyz,2201.00001\n');
    const [p] = r.papers;
    expect(p!.urls.map((u) => u.url)).toEqual(expect.arrayContaining(['https://example.org/a.pdf', 'https://github.com/a/b']));
    expect([p!.doi, p!.arxivId]).toEqual(['10.1000/xyz', '2201.00001']);
  });

  it.each([
    ['a staff list', 'Name,Job Title,Email\nAnn Lee,Engineer,a@x.org\n'],
    ['a music library', 'Song Title,Artist,Album\nSong,Band,Record\n'],
    ['a loose title with only a date', 'Item,Display Title,Date\nX,Y,2020-01-01\n'],
    ['a table without a title column', 'AuthorNames,Abstract\nAnn Lee,Some text.\n'],
    ['an author statistics table', 'Author,Papers,Citations\nAnn Lee,12,340\n'],
  ])('does not read %s as papers', (_, text) => {
    expect(csvReader.detect(text)).toBeLessThan(0.3);
  });
});

describe('CSV author cells', () => {
  it.each([
    ['Andrew Silva (Georgia Institute of Technology)*; Rohit Chopra (Georgia Institute of Technology)', 'Andrew Silva; Rohit Chopra', ['Georgia Institute of Technology']],
    ['Ann Lee [MIT], Bo Chen [CMU]', 'Ann Lee, Bo Chen', ['MIT', 'CMU']],
    ['Lee, Ann*; Chen, Bo', 'Lee, Ann; Chen, Bo', []],
    ['Ann Lee1,2, Bo Chen2†, Cy Doe‡', 'Ann Lee, Bo Chen, Cy Doe', []],
    ['Ann Lee¹ and Bo Chen²*', 'Ann Lee and Bo Chen', []],
    ['洋 彭 (Peking University); Hao Jin', '洋 彭; Hao Jin', ['Peking University']],
    ['Ann Lee (MIT', 'Ann Lee (MIT', []],
    ['Ann Lee (*)', 'Ann Lee', []],
  ])('%s', (cell, text, affiliations) => expect(cleanAuthorCell(cell)).toEqual({ text, affiliations }));

  it.each([
    ['Lee, Ann; Chen, Bo', 'Ann Lee; Bo Chen'],
    ['Truong, Lan V', 'Lan V Truong'],
    ['van der Berg, Jan; Chen, Bo', 'Jan van der Berg; Bo Chen'],
    ['Ann Lee, MIT; Bo Chen, CMU', 'Ann Lee, MIT; Bo Chen, CMU'],
    ['Ann Lee, Georgia Institute of Technology Atlanta', 'Ann Lee, Georgia Institute of Technology Atlanta'],
    ['Ann Lee; Bo Chen', 'Ann Lee; Bo Chen'],
    ['Ann Lee, Bo Chen', 'Ann Lee, Bo Chen'],
  ])('given name first: %s', (list, out) => expect(givenFirst(list)).toBe(out));

  it.each([
    ['Ann Lee (MIT)*; Bo Chen (CMU)', ['Ann Lee', 'Bo Chen']],
    ['Lee, Ann*; Chen, Bo†', ['Ann Lee', 'Bo Chen']],
    ['Ann Lee1, Bo Chen2 and Cy Doe3', ['Ann Lee', 'Bo Chen', 'Cy Doe']],
    ['Ann Lee [MIT]; Bo Chen [CMU]; Cy Doe', ['Ann Lee', 'Bo Chen', 'Cy Doe']],
  ])('an Authors cell %s reads as %j', (cell, names) => {
    expect(parseFeed(`Title,Authors\nA Study of Things,"${cell}"\n`).papers[0]!.authors).toEqual(names);
  });
});

describe('review findings', () => {
  it('a header of 200,000 title columns is read without a stack overflow (no spread into Math.min)', () => {
    const csv = Array.from({ length: 200_000 }, () => 'Title').join(',') + '\nA Paper About Things,B\n';
    const r = parseFeed(csv, { format: 'csv' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
