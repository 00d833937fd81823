// Link roles from the words of their sentence (before and after the address), and
// code status with placeholders. Real-style abstract and comment sentences.
import { describe, expect, it } from 'vitest';
import { extractUrls, roleOf } from '../src/extract/links.js';
import { classifyUrl } from '../src/extract/url-kind.js';
import { codeStatus } from '../src/extract/code.js';
import { analyzePaper } from '../src/analyze.js';
import type { LinkRole } from '../src/schema/paper.js';

/** The role of the address in `text` marked by `<<url>>`, with the text before and after it as context. */
function roleIn(text: string): LinkRole {
  const s = text.indexOf('<<');
  const e = text.indexOf('>>');
  const url = text.slice(s + 2, e);
  const full = url.startsWith('http') ? url : `https://${url}`;
  return roleOf(classifyUrl(full).kind, text.slice(0, s), full, text.slice(e + 2)).role;
}

describe('roleOf: context before and after the address', () => {
  const cases: [string, LinkRole][] = [
    // official code
    ['Our code is available at <<https://github.com/asola/sma>>.', 'official-code'],
    ['Code and pretrained models are publicly available at <<https://github.com/lab/proj>>.', 'official-code'],
    ['The source code is released at <<https://github.com/lab/proj>> to facilitate future research.', 'official-code'],
    ['We release our implementation, built on top of PyTorch, at <<https://github.com/lab/proj>>.', 'official-code'],
    ['Our code, based on the HuggingFace Transformers library, is available at <<https://github.com/lab/proj>>.', 'official-code'],
    ['Code: <<https://github.com/lab/proj>>', 'official-code'],
    ['<<https://github.com/lab/proj>> contains our code and data.', 'official-code'],
    ['Extensive experiments show gains of 3.2%. <<https://github.com/lab/proj>>', 'official-code'],
    ['The official implementation of our method is at <<https://github.com/lab/proj>>.', 'official-code'],
    ['Code will be released at <<https://github.com/lab/proj>>.', 'official-code'],
    ['Code is available at <<https://gitlab.com/group/project>>.', 'official-code'],
    ['Our code is available at <<https://ourlab.example.org/software/proj>>.', 'official-code'],
    // third-party / reference
    ['We provide an unofficial implementation of DDPM in JAX at <<https://github.com/someone/ddpm-jax>>.', 'third-party-code'],
    ['Our implementation is based on the code of DiT (<<https://github.com/facebookresearch/DiT>>).', 'third-party-code'],
    ["We use LLaVA's implementation (<<https://github.com/haotian-liu/LLaVA>>) for all baselines.", 'third-party-code'],
    ['We compare with ControlNet <<https://github.com/lllyasviel/ControlNet>> and T2I-Adapter.', 'third-party-code'],
    ['Our training pipeline is adapted from <<https://github.com/karpathy/nanoGPT>>.', 'third-party-code'],
    ['We use the official implementation of Mamba (<<https://github.com/state-spaces/mamba>>).', 'third-party-code'],
    ['<<https://github.com/someone/port>> (unofficial) reproduces the main results.', 'third-party-code'],
    ['A community re-implementation is at <<https://github.com/someone/port>>.', 'third-party-code'],
    ['Following prior work <<https://arxiv.org/abs/2006.11239>>, we train for 800k steps.', 'reference'],
    ['We build on the framework of <<https://example.org/suite>>.', 'reference'],
    ['We evaluate on the benchmark suite of <<https://example.org/suite>>.', 'dataset'],
    // project pages, datasets, models, demos
    ['Project page: <<https://asola.github.io/sma>>', 'project-page'],
    ['Videos and more results are available at <<https://asola.github.io/sma>>.', 'project-page'],
    ['Visit our website <<https://sma-project.org>> for interactive visualizations.', 'project-page'],
    ['See <<https://sma-project.org>> for more results.', 'project-page'],
    ['<<https://asola.github.io/sma>>', 'project-page'],
    ['Our dataset is available at <<https://zenodo.org/records/123456>>.', 'dataset'],
    ['The benchmark and leaderboard can be found at <<https://bench.example.org>>.', 'dataset'],
    ['We release the dataset at <<https://huggingface.co/datasets/lab/corpus>>.', 'dataset'],
    ['Model weights: <<https://huggingface.co/lab/model-7b>>', 'model'],
    ['Pretrained checkpoints can be downloaded from <<https://drive.example.com/ckpt>>.', 'model'],
    ['Try the demo at <<https://huggingface.co/spaces/lab/demo>>.', 'demo'],
    ['An interactive demo is available at <<https://demo.example.org>>.', 'demo'],
    ['Our dataset is hosted at <<https://github.com/lab/dataset-release>>.', 'dataset'],
    // papers
    ['An extended version is at <<https://arxiv.org/abs/2306.05999>>.', 'paper'],
    ['Paper: <<https://openreview.net/forum?id=abc123>>', 'paper'],
    // nothing said
    ['<<https://example.org/x>>', 'unknown'],
  ];
  it.each(cases)('%s -> %s', (text, role) => {
    expect(roleIn(text)).toBe(role);
  });
  it('reads only its own sentence', () => {
    expect(roleIn('We compare with prior methods. Our code is at <<https://github.com/lab/proj>>.')).toBe('official-code');
    expect(roleIn('An unofficial port exists. e.g. our code is at <<https://github.com/lab/proj>>.')).toBe('official-code');
    expect(roleIn('Code: <<https://github.com/lab/proj>>. Based on the code of DiT.')).toBe('official-code');
    expect(roleIn('Code: <<https://github.com/lab/proj>> Project page: https://x.github.io')).toBe('official-code');
  });
  it('never throws, on any context', () => {
    for (const s of ['', '.', '...', ';;', 'e.g.', '\n\n', 'x'.repeat(5000)]) {
      expect(() => roleOf('code', s, 'https://github.com/a/b', s)).not.toThrow();
      expect(() => roleOf('other', s, '', s)).not.toThrow();
    }
  });
});

describe('extractUrls gives roles from the words before the address', () => {
  const cases: [string, LinkRole][] = [
    ['Our code is available at https://github.com/a/b.', 'official-code'],
    ['We start from the unofficial implementation at https://github.com/c/d.', 'third-party-code'],
    ['Our model builds on the codebase of https://github.com/openai/guided-diffusion.', 'third-party-code'],
    ['Project page: https://x.github.io/proj', 'project-page'],
    ['Dataset: https://huggingface.co/datasets/org/data', 'dataset'],
  ];
  it.each(cases)('%s -> %s', (text, role) => expect(extractUrls(text)[0]!.role).toBe(role));
  it('gives each of two addresses in one sentence its own role', () => {
    const links = extractUrls('We build on https://github.com/facebookresearch/DiT and our code is available at https://github.com/lab/proj.');
    expect(links.map((l) => l.role)).toEqual(['third-party-code', 'official-code']);
  });
});

describe('codeStatus', () => {
  const st = (t: string) => codeStatus(extractUrls(t), t);
  it.each([
    ['Our code is available at https://github.com/a/b.', { status: 'available', url: 'https://github.com/a/b' }],
    ['Code will be released upon acceptance.', { status: 'promised' }],
    ['The code and models will be made publicly available.', { status: 'promised' }],
    ['Code: coming soon', { status: 'promised' }],
    ['We will release our code and data to the community.', { status: 'promised' }],
    ['Code will be released at https://github.com/a/b.', { status: 'promised', url: 'https://github.com/a/b' }],
    ['Code is available at this https URL.', { status: 'available', placeholders: ['this https URL'] }],
    ['Code will be available at this https URL.', { status: 'promised', placeholders: ['this https URL'] }],
    ['Our anonymized code is at https://anonymous.4open.science/r/sma-1234.', { status: 'available', placeholders: ['https://anonymous.4open.science/r/sma-1234'] }],
    ['Code: [link]', { status: 'available', placeholders: ['[link]'] }],
    ['We evaluate on ImageNet and COCO.', { status: 'none' }],
    ['We compare against the unofficial implementation at https://github.com/x/y.', { status: 'none' }],
    ['This paper will be presented at ICML.', { status: 'none' }],
    ['Results will be available soon.', { status: 'none' }],
  ] as const)('%s', (text, expected) => {
    expect(st(text)).toEqual(expected);
  });
  it('never makes an address out of a placeholder', () => {
    const c = st('See this https URL and [link] and [code] for details.');
    expect(c.url).toBeUndefined();
    expect(c.placeholders).toEqual(['this https URL', '[link]', '[code]']);
  });
  it('takes an official link from listed links', () => {
    const links = [{ url: 'https://github.com/o/r', kind: 'code', role: 'official-code', origin: 'links', confidence: 0.85 }] as const;
    expect(codeStatus([...links], 'A title')).toEqual({ status: 'available', url: 'https://github.com/o/r' });
  });
  it('never throws on text; a non-string is misuse (INVALID_INPUT)', () => {
    expect(codeStatus([], '')).toEqual({ status: 'none' });
    expect(() => codeStatus(undefined as never, undefined as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('roles of listed resource links (analyzePaper)', () => {
  const role = (url: string, label: string) => analyzePaper({ title: 'T', links: [{ url, label, origin: 'links' }] }).urls[0]!.role;
  it('lets the address decide before the label', () => {
    expect(role('https://arxiv.org/abs/2306.07353', 'arXiv Page')).toBe('paper');
    expect(role('https://huggingface.co/papers/2306.07353', 'View page')).toBe('paper');
    expect(role('https://github.com/a/b', 'project page')).toBe('official-code');
  });
  it('falls back on the label for other addresses', () => {
    expect(role('https://example.org/proj', 'project page')).toBe('project-page');
    expect(role('https://example.org/paper.pdf', 'pdf')).toBe('paper');
    expect(role('https://example.org/x', 'code')).toBe('official-code');
    expect(role('https://example.org/x', '')).toBe('unknown');
  });
});

describe('listed links to social-network posts and press articles', () => {
  it('are announcements, not resources of the paper; an address the abstract writes still counts', () => {
    const p = analyzePaper({
      title: 'A paper',
      abstract: 'We discuss the thread at https://x.com/someone/status/123 in detail.',
      links: [
        { url: 'https://arxiv.org/abs/2301.04104', origin: 'links', label: 'Paper' },
        { url: 'https://twitter.com/dair_ai/status/1614676677757661185', origin: 'links', label: 'Tweet' },
        { url: 'https://mobile.twitter.com/a/status/1', origin: 'links' },
        { url: 'https://bsky.app/profile/a/post/3k', origin: 'links' },
        { url: 'https://www.linkedin.com/posts/x', origin: 'links' },
        { url: 'https://mp.weixin.qq.com/s?__biz=MzI1&mid=2247', origin: 'links', label: 'mp.weixin.qq' },
        { url: 'https://www.jiqizhixin.com/articles/2024-04-01-13', origin: 'links', label: 'jiqizhixin' },
        { url: 'https://github.com/a/b', origin: 'links', label: 'Code' },
      ],
    });
    expect(p.urls.map((u) => u.url)).toEqual(['https://arxiv.org/abs/2301.04104', 'https://github.com/a/b', 'https://x.com/someone/status/123']);
  });
});
