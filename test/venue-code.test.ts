import { describe, expect, it } from 'vitest';
import { parseVenue } from '../src/extract/venue.js';
import { codeStatus } from '../src/extract/code.js';
import { extractUrls } from '../src/extract/links.js';

describe('parseVenue', () => {
  const cases: [string, string, number | null, string][] = [
    ['Accepted to ICML 2026', 'ICML', 2026, 'accepted'],
    ['NeurIPS 2023 (spotlight)', 'NeurIPS', 2023, 'accepted'],
    ["CVPR'23 workshop", 'CVPR', 2023, 'workshop'],
    ['TMLR 2024', 'TMLR', 2024, 'published'],
    ['ICCV 2015', 'ICCV', 2015, 'unknown'],
    ['7 Pages. This paper was accepted to the CogSci 2023 Conference.', 'CogSci', 2023, 'accepted'],
    ['Published in Advances in Neural Information Processing Systems 36', 'NeurIPS', null, 'published'],
  ];
  for (const [text, name, year, status] of cases) {
    it(text, () => {
      const v = parseVenue(text, { journalRef: text.startsWith('TMLR') });
      expect(v?.name).toBe(name);
      expect(v?.year).toBe(year);
      expect(v?.status).toBe(status);
    });
  }
  it('names no venue where none is written', () => {
    expect(parseVenue('26 pages, 5 figures')).toBeUndefined();
    expect(parseVenue('')).toBeUndefined();
  });
});

describe('codeStatus', () => {
  it('is available with the official code link', () => {
    const text = 'Our code is available at https://github.com/a/b.';
    expect(codeStatus(extractUrls(text), text)).toEqual({ status: 'available', url: 'https://github.com/a/b' });
  });
  it('is promised when code will come', () => {
    for (const t of ['Code will be released upon acceptance.', 'The code will be made publicly available.', 'Code: coming soon']) {
      expect(codeStatus([], t).status).toBe('promised');
    }
  });
  it('is none otherwise, and reports placeholders without making addresses', () => {
    const t = 'Code is at this https URL and [link].';
    const c = codeStatus(extractUrls(t), t);
    expect(c.status).toBe('none');
    expect(c.placeholders).toEqual(['this https URL', '[link]']);
  });
});
