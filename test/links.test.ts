import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyUrl, extractUrls } from '../src/extract/links.js';
import { arxivIdFromUrl, urlKey } from '../src/extract/url-kind.js';
import { analyzePaper } from '../src/analyze.js';

const read = (name: string) =>
  readFileSync(new URL(`./fixtures/links/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('%'));

describe('extractUrls positives (fixtures/links/positives.txt)', () => {
  for (const line of read('positives.txt')) {
    const [input0, expected] = line.split('\t');
    const input = input0!.split('\\n').join('\n');
    it(input.slice(0, 70), () => {
      const found = extractUrls(input);
      expect(found.map((l) => l.url)).toEqual(expected!.split(' '));
      for (const l of found) {
        // every span slices the text to the address as written (a wrapped address spans its
        // line break; LaTeX escapes and zero-width characters are undone in the address)
        const written = input.slice(l.span!.start, l.span!.end).split('\n').join('').replace(/\\([_%#&~$])/g, '$1').replace(/[\u200b\u2060\ufeff]/g, '');
        expect(l.url.endsWith(written) || l.url === 'https://' + written).toBe(true);
      }
    });
  }
});

describe('extractUrls negatives (fixtures/links/negatives.txt)', () => {
  for (const input of read('negatives.txt')) {
    it(input, () => expect(extractUrls(input).map((l) => l.url)).toEqual([]));
  }
});

// hosts.json lists only the entries its rule reads (see src/data/README.md, hosts.json): these
// file names and hosts were listed once and need no entry, their TLD decides alone.
describe('file names and known hosts that need no hosts.json entry', () => {
  const files = 'bam bat bib bin cfg ckpt cmake cpp css csv cuh dat dll eps erl exe exs fasta gguf gif hdf5 hpp htm html ini ipynb java jpeg jpg json lock log lua mat npy npz onnx pdf pkl png proto ps1 psd pth safetensors sam scala sql sqlite svg swift tar tex toml tsv txt vcf wav xml yaml yml zip'.split(' ');
  it.each(files)('model.%s is a file name', (ext) => {
    expect(extractUrls(`see model.${ext} and run.${ext}, or weights.${ext}.`)).toEqual([]);
  });
  const hosts = 'github.com gitlab.com bitbucket.org gitee.com codeberg.org arxiv.org doi.org dx.doi.org huggingface.co hf.co openreview.net aclanthology.org aclweb.org paperswithcode.com proceedings.neurips.cc papers.nips.cc proceedings.mlr.press openaccess.thecvf.com ojs.aaai.org ieeexplore.ieee.org dl.acm.org link.springer.com sciencedirect.com nature.com ijcai.org kaggle.com zenodo.org figshare.com colab.research.google.com drive.google.com youtube.com youtu.be x.com twitter.com semanticscholar.org scholar.google.com biorxiv.org medrxiv.org ssrn.com researchgate.net osf.io anonymous.4open.science modelscope.cn pypi.org npmjs.com readthedocs.io github.io gitlab.io'.split(' ');
  it.each(hosts)('%s is an address, alone and with a path', (host) => {
    expect(extractUrls(`see ${host} and ${host}/a/b`).map((l) => l.url)).toEqual([`https://${host}`, `https://${host}/a/b`]);
  });
});

describe('extractUrls options', () => {
  it('returns e-mail addresses only with { emails: true }', () => {
    expect(extractUrls('mail someone@example.com')).toEqual([]);
    expect(extractUrls('mail someone@example.com', { emails: true }).map((l) => [l.url, l.kind])).toEqual([['mailto:someone@example.com', 'email']]);
  });
  it('records field and origin on every span', () => {
    const [l] = extractUrls('x https://a.org/b', { field: 'abstract', origin: 'abstract' });
    expect(l!.span).toEqual({ field: 'abstract', start: 2, end: 17 });
    expect(l!.origin).toBe('abstract');
  });
  it('gives a role from the words before an address', () => {
    expect(extractUrls('Our code is available at https://github.com/a/b')[0]!.role).toBe('official-code');
    expect(extractUrls('We build on an unofficial implementation https://github.com/c/d')[0]!.role).toBe('third-party-code');
    expect(extractUrls('Project page: https://x.github.io/proj')[0]!.role).toBe('project-page');
  });
  it('returns nothing for text without addresses and for the empty string', () => {
    expect(extractUrls('')).toEqual([]);
    expect(extractUrls('no links here')).toEqual([]);
  });
});

describe('classifyUrl', () => {
  const cases: [string, string, string?][] = [
    ['https://github.com/harryjo97/GDSS', 'code', 'harryjo97/GDSS'],
    ['https://gitlab.com/a/b/-/tree/main', 'code', 'a/b'],
    ['https://bitbucket.org/a/b', 'code', 'a/b'],
    ['https://arxiv.org/abs/2306.07353v2', 'arxiv-abs'],
    ['https://arxiv.org/pdf/2306.07353.pdf', 'arxiv-pdf'],
    ['https://doi.org/10.1145/3292500.3330701', 'doi'],
    ['https://huggingface.co/papers/2606.00683', 'hf-paper'],
    ['https://huggingface.co/datasets/allenai/c4', 'hf-dataset', 'allenai/c4'],
    ['https://huggingface.co/spaces/org/demo', 'hf-space', 'org/demo'],
    ['https://huggingface.co/meta-llama/Llama-2-7b', 'hf-model', 'meta-llama/Llama-2-7b'],
    ['https://huggingface.co/login?next=%2Fpapers', 'other'],
    ['https://openreview.net/forum?id=abc', 'openreview'],
    ['https://aclanthology.org/2023.acl-long.1/', 'anthology'],
    ['https://proceedings.neurips.cc/paper/2020/hash/abc', 'proceedings'],
    ['https://example.com/', 'other'],
  ];
  for (const [url, kind, repo] of cases) {
    it(`${url} is ${kind}`, () => {
      const c = classifyUrl(url);
      expect(c.kind).toBe(kind);
      if (repo) expect(c.repo).toBe(repo);
    });
  }
});

describe('arxivIdFromUrl and urlKey', () => {
  it('reads ids from abs, pdf, html and HF paper addresses', () => {
    expect(arxivIdFromUrl('https://arxiv.org/abs/2306.07353v2')).toEqual({ id: '2306.07353', version: 2 });
    expect(arxivIdFromUrl('http://arxiv.org/pdf/2306.07353.pdf')).toEqual({ id: '2306.07353' });
    expect(arxivIdFromUrl('https://arxiv.org/html/2306.07353v1')).toEqual({ id: '2306.07353', version: 1 });
    expect(arxivIdFromUrl('https://arxiv.org/abs/hep-th/9901001v3')).toEqual({ id: 'hep-th/9901001', version: 3 });
    expect(arxivIdFromUrl('https://huggingface.co/papers/2606.00683')).toEqual({ id: '2606.00683' });
    expect(arxivIdFromUrl('https://github.com/a/b')).toBeUndefined();
  });
  it('normalises scheme, host case and the trailing slash only', () => {
    expect(urlKey('HTTP://GitHub.com/A/B/')).toBe('https://github.com/A/B');
  });
});

describe('a paper\'s links', () => {
  it('leave out an arXiv address with no paper id (a template\'s broken link)', () => {
    const p = analyzePaper({ title: 'T', abstract: 'Code: https://github.com/a/b.', links: ['https://arxiv.org/abs/', 'https://arxiv.org/pdf/', 'https://arxiv.org/abs/2401.01234'] });
    expect(p.urls.map((u) => u.url)).toEqual(['https://arxiv.org/abs/2401.01234', 'https://github.com/a/b']);
  });
});

describe('extractUrls over long texts with many `@` (pass@k) and one address', () => {
  it('finds the address and the e-mail, not the `@` of a metric name', () => {
    const text = `${'We report pass@1 and R@10 on the benchmark. '.repeat(4000)}Code: https://github.com/a/b and mail me at a@b.org. `;
    expect(extractUrls(text, { emails: true }).map((u) => u.url)).toEqual(['https://github.com/a/b', 'mailto:a@b.org']);
    expect(extractUrls('Top-1 acc@5 is 91.2; see user@example.org', { emails: true }).map((u) => u.url)).toEqual(['mailto:user@example.org']);
  });
});
