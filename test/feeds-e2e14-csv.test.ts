// Fourteenth end-to-end blind set, the CSV export (fixtures/e2e14/SOURCES-b.md, failure 1): a conference's accepted-papers
// table (AISTATS 2022, a CMT-style export) with the header `PaperTitle,Authors (with Affiliations),AuthorNames`:
// `*` marks the corresponding author, the second column writes `Name (Affiliation)`, the third `Family, Given`.
// Labelled by hand under the shared annotation contract BEFORE the library was run on it.
//
// Blind result (2026-11-27 ~13:45 UTC, parseFeed from source, shared scorer): papers 0 of 12 (`PaperTitle` folded to
// `papertitle`, no title column seen, detectCsv 0, the generic reader read 3 wrong entries).
// After (src/feeds/csv.ts: CamelCase header words, header roles by their words, author cells cleaned): 12 of 12.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';
import { expectStableUnderCrlf, fieldScores, fixtureRound, squash as fold } from './helpers/e2e.js';

const round = fixtureRound('e2e14');
const src = round.text('b_accepted_csv_affil_aistats2022.csv');
const lines = round.gold('b_accepted_csv_affil_aistats2022.csv.jsonl');

describe('an accepted-papers CSV export: `PaperTitle,Authors (with Affiliations),AuthorNames` (AISTATS 2022)', () => {
  const r = parseFeed(src);

  it('parseFeed reads the capture without throwing, and the same with CRLF line endings and a BOM', () => expectStableUnderCrlf(src));

  it('is read as a CSV table: 12 of 12 titles, in order', () => {
    expect(r.format).toBe('csv');
    expect(r.papers.map((p) => fold(p.title))).toEqual(lines.map((g) => fold(g.title)));
    expect(fieldScores(r.papers, lines).urls).toBe(1);
  });

  it('authors from the plain `AuthorNames` column: `Family, Given*` turned given name first, without the `*`', () => {
    expect(r.papers.map((p) => p.authors)).toEqual(lines.map((g) => g.authors));
    expect(r.papers.flatMap((p) => p.authors ?? []).some((a) => a.includes('*') || a.includes('(') || a.includes(','))).toBe(false);
  });

  it('affiliations from the `(affiliation)` groups of the `Authors (with Affiliations)` column', () => {
    expect(r.papers[0]!.affiliations).toEqual(['Georgia Institute of Technology']);
    expect(r.papers[1]!.affiliations).toEqual(expect.arrayContaining(['Peking University', 'Stevens Institute of Technology']));
  });

  it('with only the `Authors (with Affiliations)` column, the same names', () => {
    const only = src
      .split('\n')
      .map((l) => {
        // drop the last column (the quoted `AuthorNames` cell, or the header's last name)
        const q = l.lastIndexOf(',"');
        return l.startsWith('PaperTitle') ? l.slice(0, l.lastIndexOf(',')) : q > 0 ? l.slice(0, q) : l.slice(0, l.lastIndexOf(','));
      })
      .join('\n');
    const o = parseFeed(only);
    expect(o.format).toBe('csv');
    expect(o.papers.map((p) => p.authors)).toEqual(lines.map((g) => g.authors));
  });
});
