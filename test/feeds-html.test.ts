// HTML pages: the page's shown text (links to addresses as markdown links) is read as any text is.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, looksLikeHtmlPage } from '../src/feeds/html.js';
import { parseFeed } from '../src/index.js';
import { LineIndex } from '../src/lib/text.js';

const fx = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

describe('an arXiv listing page fetched as HTML', () => {
  const html = fx('html/arxiv_list_new.html');
  const r = parseFeed(html);

  it('is read as the listing its text shows: every entry, with title, authors, id and the whole abstract', () => {
    expect(r.format).toBe('arxiv-listing');
    expect(r.papers.map((p) => p.title)).toEqual([
      'Replay-Free Continual Pre-Training of Diffusion Transformers',
      'Tool-Using Agents with Retrieval: When Does Search Help Code Repair?',
      'Calibrated Uncertainty for Graph Neural Networks under Distribution Shift',
    ]);
    expect(r.papers.map((p) => p.arxivId)).toEqual(['2605.01234', '2605.01301', '2605.00917']);
    expect(r.papers.map((p) => p.authors)).toEqual([['Maja Lindqvist', 'Chidi Okafor', 'Hiroshi Tanaka'], ['Petra Novák', 'Rafael Silva'], ['Anna Weber']]);
    // entities decoded, white space folded as a browser shows it
    expect(r.papers[0]!.abstract).toBe(
      'Diffusion transformers forget earlier image domains when they are pre-trained on a stream of new ones. We propose a replay-free regulariser that keeps the denoiser\'s score on past domains close to its earlier value. On ImageNet 256×256 our model reaches an FID of 2.41 after five domains, against 3.87 for fine-tuning, and it keeps 94.1% of the first domain’s CLIP score.',
    );
    expect(r.papers[2]!.comments).toBe('Accepted at UAI 2026');
  });

  it('the extractors work on the decoded text: metrics, datasets, topics, the code address in the comments', () => {
    expect(r.papers[0]!.metrics.map((m) => [m.name, m.value])).toContainEqual(['FID', 2.41]);
    expect(r.papers[0]!.datasets.map((d) => d.name)).toContain('ImageNet');
    expect(r.papers[0]!.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['diffusion-models', 'continual-learning']));
    expect(r.papers[0]!.code).toMatchObject({ status: 'available', url: 'https://github.com/mlindqvist/rfcp' });
  });

  it('relative links resolve against the canonical address the page gives; author profiles and `other formats` are no resource links', () => {
    const urls = r.papers[0]!.urls.map((u) => u.url);
    expect(urls).toEqual(expect.arrayContaining(['https://arxiv.org/abs/2605.01234', 'https://arxiv.org/pdf/2605.01234', 'https://arxiv.org/html/2605.01234v1']));
    const all = r.papers.flatMap((p) => p.urls.map((u) => u.url));
    expect(all.filter((u) => u.includes('/a/') || u.includes('/format/') || u.includes('/login') || u.includes('info.arxiv.org'))).toEqual([]);
  });

  it('without an address of its own, a page\'s relative links give no URL (none is guessed)', () => {
    const bare = parseFeed(html.replace(/<link rel="canonical"[^>]*>/, ''));
    expect(bare.papers).toHaveLength(3);
    expect(bare.papers.flatMap((p) => p.urls.map((u) => u.url)).filter((u) => u.startsWith('https://arxiv.org/abs/'))).toEqual([]);
    expect(bare.papers[0]!.urls.map((u) => u.url)).toContain('https://arxiv.org/html/2605.01234v1');
  });

  it('scripts, styles, comments, the head and navigation are not read: no entry, no unclaimed text from them', () => {
    const said = r.diagnostics.map((d) => d.message).join('\n');
    expect(said).not.toMatch(/not a paper|0000\.00000|Login|font-size/);
    expect(r.papers).toHaveLength(3);
  });

  it('says it read an HTML page, and every position points into the page as given', () => {
    expect(r.diagnostics[0]).toMatchObject({ code: 'HTML_PAGE', severity: 'info', line: 1, column: 1 });
    expect(r.diagnostics[0]!.message).toContain('arxiv-listing');
    expect(r.stats.inputLength).toBe(html.length);
    const lines = new LineIndex(html);
    for (const d of r.diagnostics) {
      expect(d.end).toBeLessThanOrEqual(html.length);
      expect(lines.position(d.start)).toEqual({ line: d.line, column: d.column });
    }
    for (const p of r.papers) {
      // an entry's source is the page's own markup of it: its title is in there
      const span = html.slice(p.source!.start, p.source!.end);
      expect(span).toContain(p.title.split(':')[0]!);
      expect(p.source!.end).toBeGreaterThan(p.source!.start);
    }
  });

  it('reads the same with CRLF line endings and a byte-order mark', () => {
    const crlf = parseFeed('\ufeff' + html.split('\n').join('\r\n'));
    expect(crlf.papers.map((p) => [p.title, p.abstract, p.arxivId])).toEqual(r.papers.map((p) => [p.title, p.abstract, p.arxivId]));
  });
});

describe('an arXiv abstract page fetched as HTML', () => {
  const html = fx('html/arxiv_abs_page.html');
  const r = parseFeed(html);

  it('is read as the abstract page its text shows: title, authors, id, abstract, comments, categories', () => {
    expect(r.format).toBe('arxiv-abs');
    expect(r.papers).toHaveLength(1);
    const p = r.papers[0]!;
    expect([p.title, p.authors, p.arxivId, p.comments, p.categories]).toEqual([
      'Replay-Free Continual Pre-Training of Diffusion Transformers',
      ['Maja Lindqvist', 'Chidi Okafor'],
      '2605.01234',
      '17 pages, 6 figures',
      ['cs.LG', 'cs.CV'],
    ]);
    expect(p.abstract).toBe('Diffusion transformers forget earlier image domains when they are pre-trained on a stream of new ones. We propose a replay-free regulariser. On ImageNet 256$\\times$256 our model reaches an FID of 2.41. Code: this https URL');
  });

  it('the address behind the abstract\'s `this https URL` is the code link; the `hidden` download note is not shown', () => {
    const p = r.papers[0]!;
    expect(p.urls.map((u) => u.url)).toEqual(['https://github.com/mlindqvist/rfcp']);
    expect(p.code).toMatchObject({ status: 'available', url: 'https://github.com/mlindqvist/rfcp' });
    expect(htmlToMarkdown(html).text).not.toContain('View a PDF of the paper titled');
  });
});

describe('htmlToMarkdown', () => {
  const md = (h: string) => htmlToMarkdown(h).text;

  it('headings, paragraphs, line breaks, list items and folded white space', () => {
    expect(md('<h2>A  title</h2><p>One\n  two</p><p>three<br>four</p><ul><li>x</li><li>y<ul><li>z</li></ul></li></ul>')).toBe('## A title\n\nOne two\n\nthree\nfour\n\n- x\n- y\n  - z');
  });

  it('a link to an address is a markdown link; one that writes its own address, or goes nowhere, is not', () => {
    expect(md('<p>Code: <a href="https://github.com/a/b">repo</a>.</p>')).toBe('Code: [repo](https://github.com/a/b).');
    expect(md('<p>See <a href="https://github.com/a/b">github.com/a/b</a></p>')).toBe('See github.com/a/b');
    expect(md('<p>Title <a href="#">Paper Link</a></p>')).toBe('Title');
    expect(md('<p><a href="javascript:void(0)">Upvote</a> 12</p>')).toBe('12');
    expect(md('<p>x <a href="https://github.com/a/b"><svg><path d="M0"/></svg></a></p>')).toBe('x <https://github.com/a/b>');
  });

  it('a collapsed `<details>` card stays one, its summary without markdown marks (an HTML block in markdown)', () => {
    expect(md('<details><summary><b>1. Title</b> ⭐ 3</summary><br/><p>text</p></details><p>after</p>')).toBe('<details>\n<summary>1. Title ⭐ 3</summary>\n\ntext\n\n</details>\n\nafter');
  });

  it('a relative link stays relative unless the page gives its own address; other schemes are no links', () => {
    expect(md('<p><a href="papers/2501.00001.md">Title</a> <a href="mailto:a@b.c">mail</a></p>')).toBe('[Title](papers/2501.00001.md) mail');
    expect(md('<html><head><base href="https://example.org/list/"></head><body><p><a href="papers/x.md">Title</a> <a href="/abs/1">abs</a></p></body></html>')).toBe(
      '[Title](https://example.org/list/papers/x.md) [abs](https://example.org/abs/1)',
    );
  });

  it('bold is marked as markdown marks it; a source line break before a line markdown starts on its own is kept, others fold', () => {
    expect(md('<p><strong>Title</strong> - a summary\n<a href="https://x.org/p">Paper</a></p><p>\n    folded\n    text\n</p>')).toBe('**Title** - a summary\n[Paper](https://x.org/p)\n\nfolded text');
    // hard-wrapped prose is one line; a list item or a link line after a break stays a line
    expect(md('<p>Discovering new materials is an important\nissue in improving the quality\nof life.</p>')).toBe('Discovering new materials is an important issue in improving the quality of life.');
    expect(md('<p>A summary.\n- 9 authors\n<a href="https://github.com/a/b">GitHub</a></p>')).toBe('A summary.\n- 9 authors\n[GitHub](https://github.com/a/b)');
  });

  it('a table is a markdown table, its header row marked', () => {
    expect(md('<table><tr><th>Title</th><th>Summary</th></tr><tr><td>A</td><td>B c</td></tr></table>')).toBe('| Title | Summary |\n| --- | --- |\n| A | B c |');
  });

  it('keeps `<pre>` text as written, drops what a browser does not show', () => {
    expect(md('<pre>a\n  b</pre><script>x<y</script><style>p{}</style><!-- c --><p>d &amp; e &#x2014; f&nbsp;g</p>')).toBe('a\n  b\n\nd & e — f\u00a0g');
  });

  it('a head without its closing tag ends where the body starts; a hidden element left open hides nothing, a script runs to the end', () => {
    expect(md('<html><head><title>x</title><meta charset="utf-8"><body><p>Hello</p></body></html>')).toBe('Hello');
    expect(md('<nav><a href="/">Home</a><p>Body text</p>')).toBe('[Home](/)\n\nBody text');
    expect(md('<p>a</p><script>var x = "<p>b</p>";')).toBe('a');
  });

  it('an element with the `hidden` attribute is not shown (a quoted `hidden` and `aria-hidden` are no such attribute)', () => {
    expect(md('<p>a</p><div hidden>b</div><p>c</p>')).toBe('a\n\nc');
    expect(md('<div title="a hidden gem">shown</div><div class="x hidden y">too</div><div aria-hidden="true">also</div>')).toBe('shown\ntoo\nalso');
  });

  it('a `<` that opens no tag, and a tag that never closes, stay text', () => {
    expect(md('<p>a < b and 3<4</p>')).toBe('a < b and 3<4');
    expect(md('<p>x</p><div class="unterminated')).toBe('x\n\n<div class="unterminated');
  });

  it('maps offsets of the text back into the page', () => {
    const page = '<html><body>\n<h1>Hello</h1>\n<p>World wide</p></body></html>';
    const h = htmlToMarkdown(page);
    const at = h.text.indexOf('World');
    expect(page.slice(h.toSource(at), h.toSource(at) + 5)).toBe('World');
    expect(page.slice(h.toSource(h.text.indexOf('Hello')), h.toSource(h.text.indexOf('Hello')) + 5)).toBe('Hello');
  });
});

describe('what is an HTML page', () => {
  it('a doctype or `<html>`, or text whose lines are mostly tags', () => {
    expect(looksLikeHtmlPage('\ufeff  <!DOCTYPE html><p>x</p>')).toBe(true);
    expect(looksLikeHtmlPage('<HTML><body>x</body></HTML>')).toBe(true);
    expect(looksLikeHtmlPage(fx('e2e4/b_weekly_html_cards_2025-w01.md'))).toBe(true);
  });

  it('XML feeds, JSON, and markdown with some HTML in it are not', () => {
    for (const f of ['arxiv/atom_api.xml', 'arxiv/rss2.xml', 'arxiv/rss1_legacy.xml', 'shared/hf_page_dev.md', 'shared/awesome_list_dev.md', 'e2e2/hf_daily_readme_details_2026-02-08.md', 'seed-hf-page.txt', 'shared/arxiv_listing_dev.txt']) {
      expect(looksLikeHtmlPage(fx(f)), f).toBe(false);
    }
  });

  it('markdown made mostly of HTML blocks (a README of `<details>` cards with bold labels inside) is markdown', () => {
    const card = (i: number) => `<details>\n<summary><b>${i}. A Title of a Paper</b></summary>\n\n**Abstract:** We study things.\n\n</details>\n`;
    expect(looksLikeHtmlPage(Array.from({ length: 20 }, (_, i) => card(i)).join('\n'))).toBe(false);
  });

  it('format `html` reads a fragment as a page even when it is not detected as one, and the format inside is detected', () => {
    const fragment = '<h3>Sparse Mixture Routing for Speech Recognition</h3>\n<p>We route speech frames to experts and cut the word error rate on LibriSpeech test-clean from 2.1 to 1.8 with the same compute budget.</p>';
    expect(looksLikeHtmlPage(fragment)).toBe(false);
    const r = parseFeed(fragment, { format: 'html' });
    expect(r.diagnostics[0]!.code).toBe('HTML_PAGE');
    expect(r.papers.map((p) => [p.title, p.abstract])).toEqual([['Sparse Mixture Routing for Speech Recognition', 'We route speech frames to experts and cut the word error rate on LibriSpeech test-clean from 2.1 to 1.8 with the same compute budget.']]);
  });

  it('a forced format reads the text as it is, markup and all', () => {
    const html = fx('html/arxiv_list_new.html');
    expect(parseFeed(html, { format: 'generic' }).diagnostics.some((d) => d.code === 'HTML_PAGE')).toBe(false);
  });
});

describe('a page of paper rows in a table', () => {
  it('reads each row: the linked title, the summary column as the abstract', () => {
    const rows = [
      ['Sparse Mixture Routing for Speech Recognition', 'https://arxiv.org/abs/2604.11111', 'We route speech frames to experts and cut the word error rate on LibriSpeech test-clean from 2.1 to 1.8 with the same compute.'],
      ['Offline Reinforcement Learning with Diffusion Policies', 'https://arxiv.org/abs/2604.22222', 'A diffusion policy trained offline beats implicit Q-learning on the D4RL locomotion suite by 6.3 points on average.'],
    ];
    const html = `<!doctype html><html><head><title>Papers</title></head><body><h1>Reading list</h1><table>
      <thead><tr><th>Paper</th><th>Summary</th></tr></thead><tbody>
      ${rows.map(([t, u, s]) => `<tr><td><a href="${u}">${t}</a></td><td>${s}</td></tr>`).join('\n')}
      </tbody></table></body></html>`;
    const r = parseFeed(html);
    expect(r.papers.map((p) => p.title)).toEqual(rows.map((x) => x[0]));
    expect(r.papers.map((p) => p.abstract)).toEqual(rows.map((x) => x[2]));
    expect(r.papers.map((p) => p.arxivId)).toEqual(['2604.11111', '2604.22222']);
  });
});

describe('any HTML in, a result out', () => {
  const pieces = ['<nav>', '<head>', '<body>', '<a "', '<div>', '</div>', '<p>', '</p>', '<a href="https://x.org/a">', '<a href="#">', '</a>', '<br>', '<li>', '<ul>', '</ul>', '<table>', '<tr>', '<td>', '<th>', '</tr>', '<script>', '</script>', '<!--', '-->', '<pre>', '</pre>', '<h3>', '</h3>', '&amp;', '&#x41;', '&bogus;', '<', '>', '"', "'", ' ', '\n', 'Title: A paper', 'We propose a method that reaches 91.2% accuracy on CIFAR-10.', 'arXiv:2601.00001'];
  it('never throws, and positions stay inside the page', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const html = '<!doctype html>' + parts.join('');
        const r = parseFeed(html);
        for (const d of r.diagnostics) expect(d.end).toBeLessThanOrEqual(html.length);
        for (const p of r.papers) expect(p.source!.end).toBeLessThanOrEqual(html.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a markdown feed rendered to an HTML page reads as the markdown does', () => {
  const cases: [string, string][] = [
    ['shared/hf_page_dev.md', 'html/rendered/hf_page_dev.html'],
    ['shared/awesome_list_dev.md', 'html/rendered/awesome_list_dev.html'],
    ['e2e/arxiv_keyword_digest_2026-06-26.md', 'html/rendered/arxiv_keyword_digest_2026-06-26.html'],
    ['e2e4/b_weekly_table_dair_2023-01.md', 'html/rendered/b_weekly_table_dair_2023-01.html'],
  ];
  for (const [md, page] of cases) {
    it(`${page}: the same papers, titles, abstracts, ids and resource links as ${md}`, () => {
      const a = parseFeed(fx(md));
      const b = parseFeed(fx(page));
      expect(b.diagnostics[0]!.code).toBe('HTML_PAGE');
      expect(b.format).toBe(a.format);
      expect(b.papers.map((p) => p.title)).toEqual(a.papers.map((p) => p.title));
      // what the markdown itself means is the renderer's: `~293 million ~` is struck through and `\\` an escaped `\`
      const plain = (s: string | undefined) => (s ?? '').replace(/[~\\]/g, '');
      expect(b.papers.map((p) => plain(p.abstract))).toEqual(a.papers.map((p) => plain(p.abstract)));
      expect(b.papers.map((p) => p.arxivId ?? null)).toEqual(a.papers.map((p) => p.arxivId ?? null));
      expect(b.papers.map((p) => p.urls.map((u) => u.url).sort())).toEqual(a.papers.map((p) => p.urls.map((u) => u.url).sort()));
    });
  }
});
