import { describe, expect, it } from 'vitest';
import { extractIdentifiers } from '../src/extract/identifiers.js';

describe('extractIdentifiers: arXiv', () => {
  const cases: [string, { id: string; version?: number }[]][] = [
    ['see arXiv:2306.07353v2 for details', [{ id: '2306.07353', version: 2 }]],
    ['arXiv: 2306.07353', [{ id: '2306.07353' }]],
    ['https://arxiv.org/abs/2306.07353', [{ id: '2306.07353' }]],
    ['https://arxiv.org/pdf/2306.07353v1.pdf', [{ id: '2306.07353', version: 1 }]],
    ['five-digit 2401.12345v10', [{ id: '2401.12345', version: 10 }]],
    ['old style cs/0112017 and hep-th/9901001v2', [{ id: 'cs/0112017' }, { id: 'hep-th/9901001', version: 2 }]],
    ['math.GT/0309136', [{ id: 'math.GT/0309136' }]],
    ['arXiv admin note: text overlap with arXiv:2203.16194, arXiv:2303.01237', [{ id: '2203.16194' }, { id: '2303.01237' }]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const got = extractIdentifiers(text).arxiv.map(({ id, version }) => (version === undefined ? { id } : { id, version }));
      expect(got).toEqual(expected);
    });
  }
  const negatives = ['accuracy rose to 2306.07 points', 'version 1.2.3', 'month 13 is not valid: 2313.12345', 'a price of 12345.6789', 'in 2023.'];
  for (const text of negatives) it(`no id in: ${text}`, () => expect(extractIdentifiers(text).arxiv).toEqual([]));

  it('spans slice the text to the mention', () => {
    const t = 'x arXiv:2306.07353v2 y';
    const [m] = extractIdentifiers(t).arxiv;
    expect(t.slice(m!.span.start, m!.span.end)).toBe('arXiv:2306.07353v2');
  });
});

describe('extractIdentifiers: DOIs', () => {
  it('finds DOIs in text and addresses, without trailing punctuation', () => {
    expect(extractIdentifiers('DOI: 10.1145/3292500.3330701.').dois.map((d) => d.doi)).toEqual(['10.1145/3292500.3330701']);
    expect(extractIdentifiers('https://doi.org/10.1038/s41586-021-03819-2').dois.map((d) => d.doi)).toEqual(['10.1038/s41586-021-03819-2']);
    expect(extractIdentifiers('(doi:10.1016/S0140-6736(20)30183-5)').dois.map((d) => d.doi)).toEqual(['10.1016/s0140-6736(20)30183-5']);
  });
  it('ignores numbers that are not DOIs', () => {
    expect(extractIdentifiers('a ratio of 10.5/3 and 10.12/4').dois).toEqual([]);
  });
});
