import { describe, expect, it } from 'vitest';
import { extractAbbreviations } from '../src/topics/index.js';

const pairs = (text: string) => extractAbbreviations(text).map((a) => [a.short, a.long]);

describe('extractAbbreviations: long form (SF)', () => {
  it.each([
    ['We use Neural Radiance Fields (NeRF) for view synthesis.', [['NeRF', 'Neural Radiance Fields']]],
    ['Class-incremental learning (CIL) is hard. CIL methods forget.', [['CIL', 'Class-incremental learning']]],
    ['Self-Supervised Learning (SSL) has become popular.', [['SSL', 'Self-Supervised Learning']]],
    ['large language models (LLMs) are used', [['LLMs', 'large language models']]],
    ['reinforcement learning from human feedback (RLHF) aligns models', [['RLHF', 'reinforcement learning from human feedback']]],
    ['Low-Rank Adaptation (LoRA; Hu et al., 2021) is popular', [['LoRA', 'Low-Rank Adaptation']]],
    ['the 3D Gaussian Splatting (3DGS) approach', [['3DGS', '3D Gaussian Splatting']]],
    ['Gaussian processes (GPs) and neural processes (NPs)', [['GPs', 'Gaussian processes'], ['NPs', 'neural processes']]],
    ['stochastic gradient descent (SGD) and Adam', [['SGD', 'stochastic gradient descent']]],
    ['We study the mean absolute error (MAE), the root mean squared error (RMSE) too.', [['MAE', 'mean absolute error'], ['RMSE', 'root mean squared error']]],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('extractAbbreviations: SF (long form)', () => {
  it.each([
    ['We compare with NeRF (neural radiance fields) on LLFF.', [['NeRF', 'neural radiance fields']]],
    ['Results for GNNs (graph neural networks) follow.', [['GNNs', 'graph neural networks']]],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('extractAbbreviations: not definitions', () => {
  it.each([
    'as shown in prior work (Mildenhall et al., 2020).',
    'see the results (Fig. 3) and (2020) and (e.g., ImageNet).',
    'we propose a method (ours) that works',
    'we train (with a large batch) the model',
    'a (b',
    'Hidden Markov model (HMM',
    'in this paper (XYZ) we',
    '',
    '()',
    '(((((',
  ])('%j', (text) => {
    expect(extractAbbreviations(text)).toEqual([]);
  });
  it('takes at most min(|SF|+5, |SF|*2) words for the long form', () => {
    // "CL" allows 4 words: "continual learning" fits; a long form that needs more words is refused.
    expect(pairs('we study continual learning (CL) here')).toEqual([['CL', 'continual learning']]);
    expect(pairs('the cat likes to sit on the long mat (CLM)')).toEqual([]);
  });
  it('requires an upper-case letter or a leading digit in the short form', () => {
    expect(pairs('image classification (ic)')).toEqual([]);
    expect(pairs('a 3d morphable model (3dmm) of faces')).toEqual([['3dmm', '3d morphable model']]);
  });
  it('does not let the long form hold the short form as a word', () => {
    expect(pairs('we use the BERT model (BERT)')).toEqual([]);
  });
});

describe('extractAbbreviations: offsets', () => {
  it('slices the short form and the long form', () => {
    const texts = [
      'Class-incremental learning (CIL) is hard.',
      'In short, We compare with NeRF (neural radiance fields) on LLFF.',
      'Our Test-Time Adaptation (TTA; see below) method.',
    ];
    for (const text of texts) {
      const found = extractAbbreviations(text);
      expect(found.length).toBe(1);
      for (const a of found) {
        expect(text.slice(a.start, a.end)).toBe(a.short);
        expect(text.slice(a.longStart, a.longEnd)).toBe(a.long);
      }
    }
    const [a] = extractAbbreviations('We use Neural Radiance Fields (NeRF) for view synthesis.');
    expect(a).toEqual({ short: 'NeRF', long: 'Neural Radiance Fields', start: 31, end: 35, longStart: 7, longEnd: 29 });
  });
  // hang guard (the test timeout); speed and linear growth: `npm run bench`, test/fixtures/pathological/time.ts
  it('finishes on pathological input', () => {
    const text = '('.repeat(100_000) + 'a (B) '.repeat(20_000);
    expect(extractAbbreviations(text)).toEqual([]); // no long form precedes (B)
  }, 60_000);
  it('throws INVALID_INPUT for a non-string (misuse, not text)', () => {
    expect(() => extractAbbreviations(undefined as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
