/// <reference types="vite/client" />
// The built package in real Chromium (vitest browser mode, see vitest.browser.config.ts).
import { describe, expect, it } from 'vitest';
import { parseFeed, extractMetrics, isPaperfeedError } from 'paperfeed';
import { extractUrls, extractIdentifiers } from 'paperfeed/links';
import daily from '../../fixtures/hf/daily.txt?raw';
import sample from '../../examples/sample-feed.txt?raw';

describe('paperfeed in Chromium', () => {
  it('really runs in a browser', () => {
    expect(typeof window).toBe('object');
    expect(typeof document.createElement).toBe('function');
    expect(navigator.userAgent).toMatch(/Chrome/);
  });

  it('parses a Hugging Face daily page: papers, urls, topics, spans', () => {
    const r = parseFeed(daily);
    expect(r.format).toBe('hf-text');
    expect(r.papers).toHaveLength(8);
    const first = r.papers[0]!;
    expect(first.title).toBe('EfficientTrain: Exploring Generalized Curriculum Learning for Training Visual Backbones');
    expect(first.urls.map((u) => u.url)).toContain('https://github.com/LeapLabTHU/EfficientTrain');
    expect(first.urls[0]!.kind).toBe('code');
    expect(first.topics.map((t) => t.id)).toContain('curriculum-learning');
    expect(first.datasets.map((d) => d.name)).toContain('ImageNet');
    // Spans index the paper's own field text (UTF-16 offsets, same in the browser).
    for (const u of first.urls) {
      if (u.span) expect((first as Record<string, any>)[u.span.field].slice(u.span.start, u.span.end)).toContain('github.com');
    }
    for (const t of first.topics) {
      for (const e of t.evidence) expect(typeof (first as Record<string, any>)[e.field]).toBe('string');
    }
    expect(r.papers.every((p) => p.topics.length > 0)).toBe(true);
    expect(r.papers.filter((p) => p.urls.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('parses the 80-paper sample feed', () => {
    const r = parseFeed(sample);
    expect(r.papers).toHaveLength(80);
    expect(r.papers.some((p) => p.metrics.length > 0)).toBe(true);
  });

  it('parses a markdown list (remark in the browser)', () => {
    const r = parseFeed('# List\n\n- [A Paper on Things](https://arxiv.org/abs/2301.00001) - NeurIPS 2023\n- [Another Paper on Stuff](https://arxiv.org/abs/2302.00002)\n');
    expect(r.format).toBe('markdown-list');
    expect(r.papers.length).toBeGreaterThanOrEqual(2);
    expect(r.papers[0]!.urls.some((u) => u.url.includes('2301.00001'))).toBe(true);
  });

  it('runs the single extractors', () => {
    expect(extractUrls('Code: https://github.com/a/b.')[0]?.url).toBe('https://github.com/a/b');
    expect(extractIdentifiers('see arXiv:2301.00001v2').arxiv.length).toBe(1);
    expect(extractMetrics('FID of 2.51 on CIFAR-10')[0]).toMatchObject({ name: 'FID', value: 2.51 });
  });

  it('throws typed errors', () => {
    let err: unknown;
    try {
      parseFeed(42 as unknown as string);
    } catch (e) {
      err = e;
    }
    expect(isPaperfeedError(err)).toBe(true);
  });
});
