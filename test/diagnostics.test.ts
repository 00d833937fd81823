// Diagnostics: codes, messages, line and column; and "nothing is silently lost": every
// block of the input outside the entries that is not page furniture is named by an
// UNCLAIMED_TEXT diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSchema, parseFeed, type Diagnostic, type FeedResult } from '../src/index.js';
import { isFurnitureText, unclaimedTextBlocks, unclaimedXmlElements, visibleText } from '../src/lib/coverage.js';
import { defuseBrackets, defuseEmphasis } from '../src/lib/defuse.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** 1-based line and column of an offset, counting LF, CRLF and CR as line ends. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Every diagnostic validates, lies inside the text, and its line/column is its start. */
function checkDiagnostics(text: string, r: FeedResult): void {
  let last = 0;
  for (const d of r.diagnostics) {
    expect(DiagnosticSchema.safeParse(d).success).toBe(true);
    expect(d.message.length).toBeGreaterThan(10);
    expect(d.start).toBeLessThanOrEqual(d.end);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect({ line: d.line, column: d.column }).toEqual(position(text, d.start));
    expect(d.start).toBeGreaterThanOrEqual(last); // sorted by position
    last = d.start;
  }
}

const codes = (r: FeedResult) => r.diagnostics.map((d) => d.code);
const unclaimed = (r: FeedResult) => r.diagnostics.filter((d) => d.code === 'UNCLAIMED_TEXT');
const STRAY = 'This stray paragraph was pasted here by mistake: it belongs to no paper in the feed, and nothing may lose it silently.';

describe('diagnostics with codes, messages, line and column', () => {
  it('an entry without an abstract: MISSING_ABSTRACT at the entry', () => {
    const text = 'Attention Is All You Need\n\nAshish Vaswani, Noam Shazeer\n\nThe dominant sequence transduction models are based on complex recurrent networks. We propose the Transformer.\n\nBERT: Pre-training of Deep Bidirectional Transformers\n\nJacob Devlin, Ming-Wei Chang\n';
    const r = parseFeed(text, { format: 'generic' });
    checkDiagnostics(text, r);
    const d = r.diagnostics.find((x) => x.code === 'MISSING_ABSTRACT')!;
    expect(d.severity).toBe('info');
    expect(d.message).toContain('BERT: Pre-training of Deep Bidirectional Transformers');
    expect(d.message).toMatch(/no abstract/);
    expect({ line: d.line, column: d.column }).toEqual({ line: 7, column: 1 });
  });

  it('an XML entry without a summary is reported once, not twice', () => {
    const atom = fx('arxiv/atom_api.xml');
    const at = atom.indexOf('<entry', atom.indexOf('<entry') + 1);
    const text = `${atom.slice(0, at)}<entry><title>Only a title here</title></entry>\n  ${atom.slice(at)}`;
    const r = parseFeed(text);
    checkDiagnostics(text, r);
    const missing = r.diagnostics.filter((d) => d.code === 'MISSING_ABSTRACT');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.start).toBe(at);
  });

  it('a truncated entry and feed: TRUNCATED_ENTRY at the entry, TRUNCATED_FEED at the end, stats.truncated', () => {
    const atom = fx('arxiv/atom_api.xml');
    const text = atom.slice(0, atom.indexOf('</summary>', 3000));
    const r = parseFeed(text);
    checkDiagnostics(text, r);
    expect(codes(r)).toEqual(expect.arrayContaining(['TRUNCATED_ENTRY', 'TRUNCATED_FEED', 'COUNT_MISMATCH']));
    const entry = r.diagnostics.find((d) => d.code === 'TRUNCATED_ENTRY')!;
    expect(text.slice(entry.start, entry.start + 6)).toBe('<entry');
    expect(entry.severity).toBe('warning');
    const feed = r.diagnostics.find((d) => d.code === 'TRUNCATED_FEED')!;
    expect(feed.end).toBe(text.length);
    expect(feed.message).toMatch(/cut/);
    expect(r.stats.truncated).toBe(true);
    expect(r.diagnostics.find((d) => d.code === 'COUNT_MISMATCH')!.message).toContain('announces 3 entries but 2');
  });

  it('a digest cut inside an entry', () => {
    const digest = fx('shared/arxiv_digest_dev.txt');
    const text = digest.slice(0, digest.indexOf('PSPACE-complete'));
    const r = parseFeed(text);
    checkDiagnostics(text, r);
    expect(r.format).toBe('arxiv-digest');
    const d = r.diagnostics.find((x) => x.code === 'TRUNCATED_ENTRY')!;
    expect(d.message).toContain('2306.05490');
    expect(codes(r)).toContain('TRUNCATED_FEED');
  });

  it('an unrecognised format: UNRECOGNIZED_FORMAT at 1:1, and the text is not lost', () => {
    const text = 'lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore';
    const r = parseFeed(text);
    checkDiagnostics(text, r);
    const d = r.diagnostics.find((x) => x.code === 'UNRECOGNIZED_FORMAT')!;
    expect(d).toMatchObject({ severity: 'info', line: 1, column: 1 });
    expect(d.message).toMatch(/not recognised/);
    expect(r.papers.length + unclaimed(r).length).toBeGreaterThan(0);
  });

  it('empty input: EMPTY_INPUT', () => {
    for (const text of ['', '   \n\n\t ', '\ufeff']) {
      const r = parseFeed(text);
      expect(codes(r)).toEqual(['EMPTY_INPUT']);
      checkDiagnostics(text, r);
    }
  });

  it('a reader that throws: an error diagnostic naming the failure', () => {
    const r = parseFeed('x', {
      readers: [
        {
          name: 'broken',
          detect: () => 1,
          read: () => {
            throw new RangeError('Maximum call stack size exceeded');
          },
        },
      ],
    });
    expect(r.diagnostics[0]).toMatchObject({ code: 'UNRECOGNIZED_FORMAT', severity: 'error', line: 1, column: 1 });
    expect(r.diagnostics[0]!.message).toContain('broken reader failed (Maximum call stack size exceeded)');
  });

  it('duplicates merged: DUPLICATE_MERGED', () => {
    const entry = '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n';
    const r = parseFeed(`# Papers\n\n${entry}${entry}`);
    expect(r.stats.duplicatesMerged).toBe(1);
    expect(codes(r)).toContain('DUPLICATE_MERGED');
  });

  it('line and column count CRLF and CR-only line ends', () => {
    const base = `Attention Is All You Need\n\nThe dominant sequence transduction models are based on complex recurrent networks. We propose the Transformer.\n\n${STRAY}\n\nBERT: Pre-training of Deep Bidirectional Transformers\n\nWe introduce a new language representation model called BERT, which stands for Bidirectional Encoder Representations.\n`;
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = base.split('\n').join(eol);
      const r = parseFeed(text, { format: 'generic' });
      checkDiagnostics(text, r);
      const d = unclaimed(r).find((x) => text.slice(x.start, x.end).includes('stray paragraph'))!;
      expect({ line: d.line, column: d.column }).toEqual({ line: 5, column: 1 });
    }
  });
});

// The shared feeds: which blocks each leaves unclaimed (none of them furniture), and a
// stray paragraph injected between two entries is always found.
const FIXTURES: [string, string[]][] = [
  ['seed-hf-page.txt', []],
  ['shared/arxiv_digest_dev.txt', []],
  ['shared/arxiv_digest_dev_tail.txt', []],
  ['shared/arxiv_listing_dev.txt', []],
  ['shared/hf_page_dev.md', []],
  [
    'shared/awesome_list_dev.md',
    // the list's introduction, its two talks (not papers) and the licence: text, not furniture
    ['A curated list of awesome', 'Self-Supervised Learning has become', 'Please help contribute this list', 'Supersizing Self-Supervision', 'Self-supervision, Meta-supervision', 'To the extent possible under law'],
  ],
  ['arxiv/atom_api.xml', []],
  ['arxiv/rss2.xml', []],
  ['arxiv/rss1_legacy.xml', []],
  ['json/plain.json', []],
  ['json/hf-daily.json', []],
  ['json/papers.jsonl', []],
  ['hf/textbrowser.txt', []],
  ['hf/reader-capture.md', []],
  ['hf/search.txt', []],
];

describe('nothing is silently lost: UNCLAIMED_TEXT on the shared feeds', () => {
  for (const [name, expected] of FIXTURES) {
    describe(name, () => {
      const text = fx(name);
      const r = parseFeed(text);
      it('reports no furniture, only the expected text blocks', () => {
        checkDiagnostics(text, r);
        const got = unclaimed(r).map((d) => text.slice(d.start, d.end));
        expect(got).toHaveLength(expected.length);
        expected.forEach((start, i) => expect(got[i]).toContain(start));
        for (const d of unclaimed(r)) expect(d.severity).toBe('info');
      });
      it('finds a stray paragraph injected between two entries, at its line and column', () => {
        const k = Math.floor(r.papers.length / 2);
        const src = r.papers[k]!.source!;
        const xml = name.endsWith('.xml');
        // at the start of the line where entry k starts (XML: before the element)
        const at = xml ? src.start : text.lastIndexOf('\n', src.start - 1) + 1;
        const injected = xml ? `${STRAY}\n  ` : `${STRAY}\n\n`;
        const text2 = text.slice(0, at) + injected + text.slice(at);
        const r2 = parseFeed(text2);
        checkDiagnostics(text2, r2);
        expect(r2.papers.map((p) => [p.title, p.abstract])).toEqual(r.papers.map((p) => [p.title, p.abstract]));
        const hits = unclaimed(r2).filter((d) => text2.slice(d.start, d.end).includes('stray paragraph'));
        expect(hits).toHaveLength(1);
        expect(hits[0]!.start).toBe(at);
        expect({ line: hits[0]!.line, column: hits[0]!.column }).toEqual(position(text2, at));
        expect(hits[0]!.message).toContain('This stray paragraph');
        expect(unclaimed(r2)).toHaveLength(expected.length + 1);
      });
    });
  }

  it('an XML entry the reader drops is named', () => {
    const rss = fx('arxiv/rss2.xml');
    const at = rss.indexOf('<item', rss.indexOf('<item') + 1);
    const text = `${rss.slice(0, at)}<item><guid>no title</guid></item>\n    ${rss.slice(at)}`;
    const r = parseFeed(text);
    const d = unclaimed(r);
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('<item>');
    expect(d[0]!.start).toBe(at);
  });

  it('XML comments and header elements are furniture', () => {
    const atom = fx('arxiv/atom_api.xml');
    const at = atom.indexOf('<entry');
    const text = `${atom.slice(0, at)}<!-- a long comment that is not a paper and should not be reported as unclaimed text at all -->\n<subtitle>Some feed subtitle</subtitle>\n${atom.slice(at)}`;
    expect(unclaimed(parseFeed(text))).toEqual([]);
  });

  it('many unclaimed blocks are listed up to a cap, then named together', () => {
    const text = Array.from({ length: 250 }, (_, i) => `Stray paragraph number ${i} that belongs to no paper at all, it is only words and more words.`).join('\n\n');
    const r = parseFeed(text, { readers: [{ name: 'nothing', detect: () => 1, read: () => ({ entries: [] }) }] });
    const d = unclaimed(r);
    expect(d).toHaveLength(100);
    expect(d[99]!.message).toMatch(/151 more blocks/);
    expect(d[99]!.end).toBe(text.length);
  });

  it('a reader whose spans are out of range does not break the check', () => {
    const reader = {
      name: 'wild',
      detect: () => 1,
      read: () => ({ entries: [{ title: 'T', links: [], start: -5, end: 1e9 }, { title: 'U', links: [], start: Number.NaN, end: Number.NaN }] }),
    };
    const text = `Some text\n\n${STRAY}`;
    const r = parseFeed(text, { readers: [reader] });
    expect(unclaimed(r)).toEqual([]); // the first span, clamped, covers everything
    for (const p of r.papers) expect(p.source!.start).toBeGreaterThanOrEqual(0);
  });
});

describe('furniture lines', () => {
  it.each([
    ['# Daily Papers'],
    ['## by [![](https://huggingface.co/front/assets/papers-by.png)AK](https://huggingface.co/akhaliq) and the research community'],
    ['- [Computer Vision](#computer-vision)'],
    ['[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)'],
    ['------------------------------------------------------------------------------'],
    ['%%%---%%%---%%%---%%%---'],
    ['URL Source: https://huggingface.co/papers/date/2025-03-13'],
    ['Markdown Content:'],
    ['   [1]: https://huggingface.co/front/assets/huggingface_logo-noborder.svg'],
    ['Get trending papers in your email inbox once a day!'],
    ['Submitted by'],
    ['· 7 authors'],
    ['[Previous](https://huggingface.co/papers/trending?p=0) [Next](https://huggingface.co/papers/trending?p=2)'],
    ['We gratefully acknowledge support from the Simons Foundation, member institutions, and all contributors. Donate'],
    ['<p align="center">'],
    ['Send any comments regarding submissions directly to submitter.'],
  ])('%s', (line) => expect(isFurnitureText(line)).toBe(true));

  it.each([
    [STRAY],
    ['We propose a new method for training diffusion models that reduces the sampling cost by half.'],
    ['- Supersizing Self-Supervision: Learning Perception and Action without Human Supervision. Abhinav Gupta (CMU) [[link]](https://simons.berkeley.edu/talks/abhinav-gupta-2017-3-28)'],
    ['مرحبا بالعالم هذه فقرة طويلة باللغة العربية لا تنتمي إلى أي ورقة بحثية على الإطلاق وهي نص'],
    [`${'x'.repeat(5000)}`],
  ])('content: %s', (line) => expect(isFurnitureText(line)).toBe(false));

  it('visibleText keeps link labels and drops targets, images, tags and addresses', () => {
    expect(visibleText('**[Paper](https://arxiv.org/abs/1) and ![img](a.png) <b>bold</b> see https://x.y/z now**')).toBe('Paper and bold see now');
  });
});

describe('coverage scans', () => {
  it('unclaimedTextBlocks: paragraphs and list items, with claimed ranges skipped', () => {
    const text = `${STRAY}\n\n- item one is a long list item with enough words to be content here\n- ${STRAY}\n\nclaimed paragraph with many words in it that a reader took as a paper\n`;
    const claimedAt = text.indexOf('claimed');
    const blocks = unclaimedTextBlocks(text, [{ start: claimedAt, end: claimedAt + 10 }]);
    expect(blocks.map((b) => text.slice(b.start, b.end).slice(0, 12))).toEqual(['This stray p', '- item one i', '- This stray']);
  });
  it('front matter and fenced code are not reported', () => {
    const text = `---\ntitle: a very long title line with many words that is only the capture header\n---\n\n\`\`\`\n${STRAY}\n\`\`\`\n`;
    expect(unclaimedTextBlocks(text, [])).toEqual([]);
  });
  it('unclaimedXmlElements: a 10k-deep document does not overflow', () => {
    const text = `<feed>${'<entry><title>'.repeat(10_000)}x`;
    expect(unclaimedXmlElements(text, []).length).toBeGreaterThan(0);
  });
  it('defuseEmphasis leaves real feeds unchanged and defuses pathological emphasis, keeping offsets', () => {
    for (const name of ['shared/awesome_list_dev.md', 'shared/hf_page_dev.md', 'seed-hf-page.txt']) {
      const t = fx(name);
      expect(defuseEmphasis(t)).toBe(t);
    }
    const nested = `- ${'*_'.repeat(1000)}x${'_*'.repeat(1000)}\n- snake_case_name and *emphasis*\n`;
    const d = defuseEmphasis(nested);
    expect(d).toHaveLength(nested.length);
    expect(d).toContain('snake_case_name and *emphasis*');
    expect(d.slice(0, 2002)).not.toMatch(/[*_]/);
    const deep = `${'['.repeat(100)}x${'](u)'.repeat(100)}\n\n[keep](https://a.b/c) [![i](x.png)](y)\n`;
    const db = defuseBrackets(deep);
    expect(db).toHaveLength(deep.length);
    expect(db.slice(0, 500)).not.toMatch(/[[\]]/);
    expect(db).toContain('[keep](https://a.b/c) [![i](x.png)](y)');
    for (const name of ['shared/awesome_list_dev.md', 'hf/textbrowser.txt', 'seed-hf-page.txt']) expect(defuseBrackets(fx(name))).toBe(fx(name));
    const sandwich = `${'*'.repeat(50)}x${'*'.repeat(50)}`;
    expect(defuseEmphasis(sandwich.repeat(10))).not.toContain('****');
  });
});

/** Diagnostics of a few hand-made inputs stay inside the text (a smoke check of the sort). */
it('diagnostics are sorted by position', () => {
  const text = `${STRAY}\n\n${fx('shared/arxiv_digest_dev.txt').slice(0, 5000)}`;
  const r = parseFeed(text);
  checkDiagnostics(text, r);
  const d: Diagnostic[] = r.diagnostics;
  expect(d.length).toBeGreaterThan(0);
});

describe('de-duplication', () => {
  it('keeps two different papers with one title apart when their authors differ', () => {
    const md = '# Reading list\n\n## Papers\n\n- Deep learning. [[pdf]](https://example.org/a.pdf)\n  - LeCun, Yann and Bengio, Yoshua and Hinton, Geoffrey. *Nature 2015*\n\n- Deep learning. [[pdf]](https://example.org/b.pdf)\n  - Goodfellow, Ian and Courville, Aaron. *MIT Press 2016*\n\n- Attention Is All You Need. [[pdf]](https://arxiv.org/abs/1706.03762)\n  - Vaswani, Ashish and Shazeer, Noam. *NeurIPS 2017*\n';
    const r = parseFeed(md);
    expect(r.papers.filter((p) => p.title === 'Deep learning').length).toBe(2);
  });
  it('still merges one paper listed twice, with its authors written two ways', () => {
    const md = '# List\n\n## A\n\n- Deep Residual Learning. [[pdf]](https://arxiv.org/abs/1512.03385)\n  - He, Kaiming and Zhang, Xiangyu. *CVPR 2016*\n\n## B\n\n- Deep Residual Learning. [[pdf]](https://arxiv.org/abs/1512.03385)\n  - Kaiming He and Xiangyu Zhang. *CVPR 2016*\n';
    const r = parseFeed(md);
    expect(r.papers.filter((p) => p.title === 'Deep Residual Learning').length).toBe(1);
  });
});
