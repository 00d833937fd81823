// parseVenue (Comments, Journal-ref and list lines) and codeStatus, table-driven.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseVenue } from '../src/extract/venue.js';
import { codeStatus } from '../src/extract/code.js';
import { extractUrls } from '../src/extract/links.js';

describe('parseVenue', () => {
  const cases: [string, string, number | null, string, boolean?][] = [
    ['Accepted to ICML 2026', 'ICML', 2026, 'accepted'],
    ['NeurIPS 2023 (spotlight)', 'NeurIPS', 2023, 'accepted'],
    ["CVPR'23 workshop", 'CVPR', 2023, 'workshop'],
    ['TMLR 2024', 'TMLR', 2024, 'published', true],
    ['Journal-ref: TMLR 2024', 'TMLR', 2024, 'published'],
    ['ICCV 2015', 'ICCV', 2015, 'unknown'],
    ['7 Pages. This paper was accepted to the CogSci 2023 Conference.', 'CogSci', 2023, 'accepted'],
    ['Published in Advances in Neural Information Processing Systems 36', 'NeurIPS', null, 'published'],
    ['To appear in IEEE TPAMI', 'TPAMI', null, 'accepted'],
    ['Camera-ready version for ACL 2024', 'ACL', 2024, 'accepted'],
    ['Under review at ICLR 2025', 'ICLR', 2025, 'submitted'],
    ['submitted to NeurIPS 2025', 'NeurIPS', 2025, 'submitted'],
    ['Findings of EMNLP 2023', 'Findings of EMNLP', 2023, 'unknown'],
    ['Accepted to Findings of ACL 2024', 'Findings of ACL', 2024, 'accepted'],
    ['EMNLP 2023 (Findings)', 'Findings of EMNLP', 2023, 'unknown'],
    ['Findings of the Association for Computational Linguistics: EMNLP 2023', 'Findings of EMNLP', 2023, 'unknown'],
    ['Accepted at ICLR 2024. An earlier version appeared at the NeurIPS 2023 workshop on X', 'ICLR', 2024, 'accepted'],
    ['Extended version of our ICML 2023 paper. Accepted to JMLR', 'JMLR', null, 'accepted'],
    ['In Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing', 'EMNLP', 2023, 'published'],
    ['ICLR 2024 Workshop on Secure and Trustworthy LLMs', 'ICLR', 2024, 'workshop'],
    ['Published in Transactions on Machine Learning Research (05/2024)', 'TMLR', 2024, 'published'],
    ['Proc. of the 40th Int. Conf. on Machine Learning (ICML), 2023', 'ICML', 2023, 'published'],
    ['ECCV 2024 Oral', 'ECCV', 2024, 'accepted'],
    ['Accepted by AAAI-24', 'AAAI', 2024, 'accepted'],
    ['12 pages, 4 figures. Accepted at the ICML 2023 Workshop on Structured Probabilistic Inference', 'ICML', 2023, 'workshop'],
  ];
  it.each(cases)('%s', (text, name, year, status, journalRef) => {
    const v = parseVenue(text, { journalRef: journalRef === true });
    expect(v).toEqual({ name, year, status, text: text.trim() });
  });
  it.each([
    '26 pages, 5 figures',
    '',
    'arXiv admin note: text overlap with arXiv:2301.00001',
    'We train a machine learning model on nature images.',
    'Preprint. Work in progress.',
  ])('names no venue in %j', (text) => {
    expect(parseVenue(text)).toBeUndefined();
  });
  it('never throws, for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      parseVenue(s);
      parseVenue(s, { journalRef: true });
    }));
    expect(() => parseVenue(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('codeStatus (from text)', () => {
  it('is available with the official code link', () => {
    const text = 'Our code is available at https://github.com/a/b.';
    expect(codeStatus(extractUrls(text), text)).toEqual({ status: 'available', url: 'https://github.com/a/b' });
  });
  it('is promised when code will come', () => {
    for (const t of ['Code will be released upon acceptance.', 'The code will be made publicly available.', 'Code: coming soon', 'We plan to release the source code after the review period.']) {
      expect(codeStatus([], t).status).toBe('promised');
    }
  });
  it('reports placeholders without making addresses', () => {
    const t = 'Code is at this https URL and [link].';
    const c = codeStatus(extractUrls(t), t);
    expect(c).toEqual({ status: 'available', placeholders: ['this https URL', '[link]'] });
  });
  it('is none when code is not mentioned, whatever else is promised', () => {
    for (const t of ['Experiments will be made available in the appendix.', 'We will present results at the workshop.', 'A third-party implementation exists at https://github.com/x/y.']) {
      expect(codeStatus(extractUrls(t), t).status).toBe('none');
    }
  });
});
