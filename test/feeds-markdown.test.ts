// The markdown paper-list reader ("awesome" lists): the shared real list against its gold,
// the fixtures for the layouts the shared list lacks (bold-title entries, link lists,
// tables), the quirks of real lists one by one, detection, line endings and robustness.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectMarkdownList, looksAuthors, markdownListReader, splitAuthors } from '../src/feeds/markdown-list.js';
import type { RawEntry, ReaderContext } from '../src/feeds/types.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const diags: string[] = [];
const ctx: ReaderContext = { diagnose: (code) => void diags.push(code) };
const read = (text: string) => markdownListReader.read(text, ctx).entries;

const fold = (s: string) => s.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
const normUrl = (u: string) => {
  let s = u.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = 'https://' + s;
  s = s.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i, (_, a: string, b: string) => a.toLowerCase() + b.toLowerCase());
  return s.replace(/^http:\/\//, 'https://').replace(/\/+$/, '');
};

describe('shared awesome list (awesome_list_dev.md) against its gold', () => {
  const text = fx('shared/awesome_list_dev.md');
  const gold = fx('shared/awesome_list_dev.jsonl')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { title: string; urls: string[]; authors: string[]; venue: string });
  const entries = read(text);

  // Pair gold and entries by folded title; two papers share one title nowhere in this list.
  const byTitle = new Map(entries.map((e) => [fold(e.title), e] as const));

  it('is detected with confidence >= 0.9', () => expect(detectMarkdownList(text)).toBeGreaterThanOrEqual(0.9));
  it('finds all 57 papers and nothing else (talks, TOC, change log, template, "coming soon" are not papers)', () => {
    expect(entries).toHaveLength(57);
    expect(gold.filter((g) => !byTitle.has(fold(g.title))).map((g) => g.title)).toEqual([]);
  });
  it('gives titles exactly as the gold (no markup, final period dropped)', () => {
    expect(entries.map((e) => e.title)).toEqual(gold.map((g) => g.title));
  });
  it('finds the resource links exactly (F1 = 1)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const g of gold) {
      const pred = new Set(byTitle.get(fold(g.title))!.links.map((l) => normUrl(l.url)));
      const want = new Set(g.urls.map(normUrl));
      for (const u of pred) want.has(u) ? tp++ : fp++;
      for (const u of want) if (!pred.has(u)) fn++;
    }
    expect({ tp, fp, fn }).toEqual({ tp: 90, fp: 0, fn: 0 });
  });
  it.each(gold.map((g) => [g.title, g] as const))('authors and venue of %s', (_t, g) => {
    const e = byTitle.get(fold(g.title))!;
    expect(e.authors ?? []).toEqual(g.authors);
    expect(e.venueText).toBe(g.venue);
  });
  it('keeps the headings the entries sit under, outermost first, badges stripped', () => {
    expect(entries[0]!.sections).toEqual(['Awesome Self-Supervised Learning', 'Computer Vision', 'Image Representation Learning', '2015']);
    expect(byTitle.get(fold('Curiosity-driven Exploration by Self-supervised Prediction'))!.sections).toEqual([
      'Awesome Self-Supervised Learning',
      'Machine Learning',
      'Reinforcement Learning',
    ]);
  });
  it('reads arXiv ids (and versions) from the links', () => {
    expect(entries[0]!.arxivId).toBe('1505.05192');
    const robot = byTitle.get(fold('The Curious Robot: Learning Visual Representations via Physical Interactions'))!;
    expect([robot.arxivId, robot.arxivVersion]).toEqual(['1604.01360', 2]);
  });
  it('puts institutions written among the names in affiliations', () => {
    expect(byTitle.get(fold('Self-Supervised Feature Learning by Learning to Spot Artifacts'))!.affiliations).toEqual(['Universität Bern']);
    expect(byTitle.get(fold('ShapeCodes: Self-Supervised Feature Learning by Lifting Views to Viewgrids'))!.affiliations).toEqual([
      'UC Berkeley',
      'University of Texas at Austin',
    ]);
  });
  it('gives offsets: the entry slice holds the title start, each link slice is its address', () => {
    for (const e of entries) {
      expect(text.slice(e.start, e.end)).toContain(e.title.slice(0, 12));
      for (const l of e.links) expect(text.slice(l.start!, l.end!)).toBe(l.url);
    }
  });
  it('keeps two papers that share one link as two papers', () => {
    const shared = entries.filter((e) => e.links.some((l) => l.url === 'https://openreview.net/forum?id=S1v4N2l0-'));
    expect(shared.map((e) => e.title)).toEqual([
      'Representation Learning by Learning to Count',
      'Unsupervised Representation Learning by Predicting Image Rotations',
    ]);
  });
});

interface Want {
  title: string;
  links?: string[];
  labels?: string[];
  authors?: string[];
  venue?: string;
  date?: string;
  sections?: string[];
  arxivId?: string;
}

const FIXTURES: { file: string; titles: string[]; checks: Want[] }[] = [
  {
    file: 'markdown/bold-entries.md',
    titles: [
      'Diffusion Models: A Comprehensive Survey of Methods and Applications',
      'Scalable Diffusion Models with Transformers',
      'High-Resolution Image Synthesis with Latent Diffusion Models',
      'Denoising Diffusion Probabilistic Models',
      'Deep Unsupervised Learning using Nonequilibrium Thermodynamics',
    ],
    checks: [
      {
        title: 'Scalable Diffusion Models with Transformers',
        links: ['https://arxiv.org/abs/2212.09748', 'https://www.wpeebles.com/DiT', 'https://github.com/facebookresearch/DiT'],
        labels: ['Paper', 'Project', 'Github'],
        authors: ['William Peebles', 'Saining Xie'],
        venue: 'ICCV 2023',
        date: '2022-12-19',
        sections: ['Awesome Diffusion Models', 'Papers', 'Vision', 'Generation'],
        arxivId: '2212.09748',
      },
      {
        // two trailing spaces instead of `\` as the line break
        title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
        links: ['https://arxiv.org/abs/2112.10752', 'https://github.com/CompVis/latent-diffusion'],
        authors: ['Robin Rombach', 'Andreas Blattmann', 'Dominik Lorenz', 'Patrick Esser', 'Björn Ommer'],
        venue: 'CVPR 2022',
        date: '2021-12-20',
      },
      { title: 'Diffusion Models: A Comprehensive Survey of Methods and Applications', venue: 'arXiv 2022', date: '2022-09-02', sections: ['Awesome Diffusion Models', 'Papers', 'Survey'] },
      // no links: still a paper
      { title: 'Deep Unsupervised Learning using Nonequilibrium Thermodynamics', links: [], venue: 'ICML 2015', date: '2015-03-12' },
    ],
  },
  {
    file: 'markdown/links-list.md',
    titles: [
      'Learning Transferable Visual Models From Natural Language Supervision',
      'Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision',
      'Sigmoid Loss for Language Image Pre-Training',
      'Reproducible scaling laws for contrastive language-image learning',
      'Flamingo: a Visual Language Model for Few-Shot Learning',
      'CoCa: Contrastive Captioners are Image-Text Foundation Models',
      'BLIP: Bootstrapping Language-Image Pre-training for Unified Vision-Language Understanding and Generation',
      'BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and Large Language Models',
      'Visual Instruction Tuning',
      'Improved Baselines with Visual Instruction Tuning',
      'InstructBLIP: Towards General-purpose Vision-Language Models with Instruction Tuning',
    ],
    checks: [
      {
        // `[code]` and `[:octocat:]` point at one repository: one link
        title: 'Learning Transferable Visual Models From Natural Language Supervision',
        links: ['https://arxiv.org/abs/2103.00020', 'https://github.com/openai/CLIP'],
        venue: 'ICML 2021',
        sections: ['Awesome Vision-Language Models', 'Contrastive Pre-training'],
      },
      {
        // emoji link and a stars badge around the same repository; the badge image is no link
        title: 'Sigmoid Loss for Language Image Pre-Training',
        links: ['https://arxiv.org/abs/2303.15343', 'https://github.com/google-research/big_vision'],
        labels: ['Sigmoid Loss for Language Image Pre-Training', ':octocat:'],
        venue: 'ICCV 2023',
      },
      {
        // bold title link, `<sup>` affiliation marks dropped from the names, ` - ` separated parts
        title: 'Reproducible scaling laws for contrastive language-image learning',
        authors: ['Mehdi Cherti', 'Romain Beaumont', 'Ross Wightman', 'Mitchell Wortsman', 'Gabriel Ilharco'],
        venue: 'CVPR 2023',
      },
      {
        // the relative `[notes](./notes/...)` link is no resource
        title: 'Flamingo: a Visual Language Model for Few-Shot Learning',
        links: ['https://openreview.net/forum?id=EbMuimAbPbs', 'https://www.deepmind.com/blog/tackling-multiple-tasks-with-a-single-visual-language-model'],
        venue: 'NeurIPS 2022',
      },
      { title: 'CoCa: Contrastive Captioners are Image-Text Foundation Models', links: ['https://arxiv.org/abs/2205.01917'], venue: 'TMLR 2022' },
      {
        // nested under a category item, escaped brackets, a stray `)`
        title: 'BLIP: Bootstrapping Language-Image Pre-training for Unified Vision-Language Understanding and Generation',
        links: ['https://arxiv.org/abs/2201.12086', 'https://github.com/salesforce/BLIP'],
        labels: ['BLIP: Bootstrapping Language-Image Pre-training for Unified Vision-Language Understanding and Generation', 'code'],
        sections: ['Awesome Vision-Language Models', 'Generative Pre-training', 'Image captioning'],
      },
      {
        title: 'Visual Instruction Tuning',
        links: ['https://arxiv.org/abs/2304.08485', 'https://github.com/haotian-liu/LLaVA', 'https://llava.hliu.cc/'],
        labels: ['Visual Instruction Tuning', 'code', 'demo'],
        venue: 'NeurIPS 2023',
        arxivId: '2304.08485',
      },
    ],
  },
  {
    // One heading a paper: a title link in the heading, or a plain heading whose
    // paragraphs carry `[[paper]](...)`, authors and venue. Section headings with an intro
    // that links a survey, and sections followed by a list or a deeper heading, are not papers.
    file: 'markdown/headings.md',
    titles: [
      'Make-A-Video: Text-to-Video Generation without Text-Video Data',
      'Imagen Video: High Definition Video Generation with Diffusion Models',
      'Video Diffusion Models',
      'Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets',
      'AnimateDiff: Animate Your Personalized Text-to-Image Diffusion Models without Specific Tuning',
      'VBench: Comprehensive Benchmark Suite for Video Generative Models',
    ],
    checks: [
      {
        title: 'Make-A-Video: Text-to-Video Generation without Text-Video Data',
        links: ['https://arxiv.org/abs/2209.14792', 'https://makeavideo.studio/'],
        authors: ['Uriel Singer', 'Adam Polyak', 'Thomas Hayes'],
        venue: 'ICLR 2023',
        arxivId: '2209.14792',
        sections: ['Awesome Video Generation', 'Text to Video Generation'],
      },
      { title: 'Imagen Video: High Definition Video Generation with Diffusion Models', links: ['https://arxiv.org/abs/2210.02303'], authors: ['Jonathan Ho', 'William Chan'] },
      { title: 'Video Diffusion Models', links: ['https://arxiv.org/abs/2204.03458', 'https://github.com/lucidrains/video-diffusion-pytorch'], labels: ['paper', 'code'] },
      {
        title: 'Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets',
        links: ['https://arxiv.org/abs/2311.15127', 'https://github.com/Stability-AI/generative-models'],
        sections: ['Awesome Video Generation', 'Image-to-Video'],
      },
      { title: 'AnimateDiff: Animate Your Personalized Text-to-Image Diffusion Models without Specific Tuning', venue: 'ICLR 2024' },
    ],
  },
  {
    file: 'markdown/table.md',
    titles: [
      'Reformer: The Efficient Transformer',
      'Linformer: Self-Attention with Linear Complexity',
      'Longformer: The Long-Document Transformer',
      'Big Bird: Transformers for Longer Sequences',
      'Rethinking Attention with Performers',
      'Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention',
    ],
    checks: [
      {
        title: 'Reformer: The Efficient Transformer',
        links: ['https://arxiv.org/abs/2001.04451', 'https://github.com/google/trax/tree/master/trax/models/reformer'],
        venue: 'ICLR 2020',
        sections: ['Awesome Efficient Transformers', 'Long-range attention'],
      },
      { title: 'Linformer: Self-Attention with Linear Complexity', links: ['https://arxiv.org/abs/2006.04768'], venue: 'arXiv 2020' },
      {
        // bold title cell with a pdf link; an emoji link in the Code column takes the column's name
        title: 'Longformer: The Long-Document Transformer',
        links: ['https://arxiv.org/pdf/2004.05150.pdf', 'https://github.com/allenai/longformer'],
        labels: ['pdf', 'Code'],
        arxivId: '2004.05150',
      },
      {
        title: 'Rethinking Attention with Performers',
        authors: ['Krzysztof Choromanski', 'Valerii Likhosherstov', 'David Dohan'],
        venue: 'ICLR 2021',
        sections: ['Awesome Efficient Transformers', 'Kernel methods'],
      },
    ],
  },
];

describe.each(FIXTURES)('fixture $file', ({ file, titles, checks }) => {
  const text = fx(file);
  const entries = read(text);
  const find = (t: string) => entries.find((e) => e.title === t);
  it('is detected with confidence >= 0.9', () => expect(detectMarkdownList(text)).toBeGreaterThanOrEqual(0.9));
  it('finds exactly the papers (not intros, posts, TOC, related lists, results tables)', () => {
    expect(entries.map((e) => e.title)).toEqual(titles);
  });
  it.each(checks.map((c) => [c.title, c] as const))('reads %s', (_t, want) => {
    const e = find(want.title);
    expect(e).toBeDefined();
    if (want.links) expect(e!.links.map((l) => l.url)).toEqual(want.links);
    if (want.labels) expect(e!.links.map((l) => l.label)).toEqual(want.labels);
    if (want.authors) expect(e!.authors).toEqual(want.authors);
    if (want.venue) expect(e!.venueText).toBe(want.venue);
    if (want.date) expect(e!.date?.iso).toBe(want.date);
    if (want.sections) expect(e!.sections).toEqual(want.sections);
    if (want.arxivId) expect(e!.arxivId).toBe(want.arxivId);
    for (const l of e!.links) {
      expect(l.origin).toBe('links');
      expect(text.slice(l.start!, l.end!)).toBe(l.url);
    }
  });
});

// One quirk per row: a small list, and what the reader must make of it.
const QUIRKS: { name: string; md: string; want: Partial<RawEntry>[] }[] = [
  {
    name: 'escaped brackets and a title wrapped over two lines, its link on the continuation',
    md: '## Robotics\n-   Supersizing Self-supervision: Learning to Grasp from 50K Tries and\n    700 Robot Hours. [\\[pdf\\]](https://arxiv.org/pdf/1509.06825.pdf)\n    -   Pinto, Lerrel and Gupta, Abhinav. *ICRA 2016*\n',
    want: [
      {
        title: 'Supersizing Self-supervision: Learning to Grasp from 50K Tries and 700 Robot Hours',
        authors: ['Pinto, Lerrel', 'Gupta, Abhinav'],
        venueText: 'ICRA 2016',
        links: [{ url: 'https://arxiv.org/pdf/1509.06825.pdf', label: 'pdf', origin: 'links' }],
      },
    ],
  },
  {
    name: 'an author line wrapped after a comma',
    md: '- Self-taught Learning.\n  [[pdf]](https://ai.stanford.edu/x.pdf)\n  - Raina, Rajat and Packer,\n    Benjamin and Ng, Andrew Y. *ICML 2007*\n',
    want: [{ title: 'Self-taught Learning', authors: ['Raina, Rajat', 'Packer, Benjamin', 'Ng, Andrew Y.'], venueText: 'ICML 2007' }],
  },
  {
    name: 'a fenced code block showing the template entry is no paper',
    md: '## Contributing\nMarkdown format:\n```markdown\n- Paper Name.\n  [[pdf]](link)\n  - Author 1, Author 2. *Conference\'Year*\n```\n## Vision\n- Real Paper Title.\n  [[pdf]](https://arxiv.org/abs/2101.00001)\n',
    want: [{ title: 'Real Paper Title', arxivId: '2101.00001', sections: ['Vision'] }],
  },
  {
    name: 'talks, tables of contents, change logs and placeholders are not papers',
    md: '# List\n## Table of Contents\n- [Vision](#vision)\n## Change Log\n- July.29 ECCV\'18 papers updated!\n## Vision\n- A Paper On Vision. [[pdf]](https://arxiv.org/abs/2101.00002)\n- coming soon...\n## Talks\n- Supersizing Self-Supervision. Abhinav Gupta (CMU) [[link]](https://simons.berkeley.edu/talks/x)\n',
    want: [{ title: 'A Paper On Vision', sections: ['List', 'Vision'] }],
  },
  {
    name: 'relative links, anchors and badge images are no resource links; a trailing backslash is no text',
    md: '- [A Study of Things in Vision](https://arxiv.org/abs/2101.00003) [notes](./notes/x.md) [top](#top) ![stars](https://img.shields.io/github/stars/a/b) [![build](https://github.com/a/b/actions/workflows/ci.yml/badge.svg)](https://github.com/a/b/actions) \\\n',
    want: [{ title: 'A Study of Things in Vision', links: [{ url: 'https://arxiv.org/abs/2101.00003', label: 'A Study of Things in Vision', origin: 'links' }, { url: 'https://github.com/a/b/actions', label: 'build', origin: 'links' }] }],
  },
  {
    name: 'reference-style links resolve against definitions given later',
    md: '- [Deep Residual Learning for Image Recognition][resnet] - CVPR 2016\n\n[resnet]: https://arxiv.org/abs/1512.03385\n',
    want: [{ title: 'Deep Residual Learning for Image Recognition', venueText: 'CVPR 2016', arxivId: '1512.03385', links: [{ url: 'https://arxiv.org/abs/1512.03385', label: 'Deep Residual Learning for Image Recognition', origin: 'links' }] }],
  },
  {
    name: 'HTML anchors and <br> line breaks inside an item',
    md: '- <a href="https://arxiv.org/abs/2102.00004">Learning Things With Anchors</a><br>Jane Doe, John Roe<br>NeurIPS 2021\n',
    want: [{ title: 'Learning Things With Anchors', authors: ['Jane Doe', 'John Roe'], venueText: 'NeurIPS 2021', arxivId: '2102.00004' }],
  },
  {
    name: 'a bare address in the text is a link (no GFM needed)',
    md: '- Sparse Attention Made Simple. Code: https://github.com/a/sparse.\n  - Jane Doe and John Roe. *ICLR 2022*\n',
    want: [{ title: 'Sparse Attention Made Simple', authors: ['Jane Doe', 'John Roe'], venueText: 'ICLR 2022', links: [{ url: 'https://github.com/a/sparse', origin: 'links' }] }],
  },
  {
    name: 'bold entries back to back in one paragraph, dates as day-month-year and month-year',
    md: '**First Paper Title Here** \\\n*Ann Lee, Bo Chen* \\\narXiv 2023. [[Paper](https://arxiv.org/abs/2301.00005)] \\\n5 Jan 2023\n**Second Paper Title Here** \\\n*Cy Dee* \\\nICML 2023. [[Paper](https://arxiv.org/abs/2302.00006)] \\\nFeb 2023\n',
    want: [
      { title: 'First Paper Title Here', authors: ['Ann Lee', 'Bo Chen'], venueText: 'arXiv 2023', date: { text: '5 Jan 2023', year: 2023, month: 1, day: 5, iso: '2023-01-05' } },
      { title: 'Second Paper Title Here', authors: ['Cy Dee'], venueText: 'ICML 2023', date: { text: 'Feb 2023', year: 2023, month: 2 } },
    ],
  },
  {
    name: 'a bold line alone names the section of the list that follows',
    md: '# Papers\n**Segmentation**\n- [Segment Anything](https://arxiv.org/abs/2304.02643) - ICCV 2023\n',
    want: [{ title: 'Segment Anything', sections: ['Papers', 'Segmentation'], venueText: 'ICCV 2023' }],
  },
  {
    name: 'venue tags before the title: [CVPR 2023], **[ICLR 2022]**, (NeurIPS 2021), and a task box',
    md: '- [CVPR 2023] Learning Open-World Object Detectors [[paper](https://arxiv.org/abs/2303.00001)]\n- **[ICLR 2022]** Sparse Mixtures Of Experts Revisited [[paper](https://arxiv.org/abs/2201.00002)]\n- (NeurIPS 2021) Another Title Of A Paper [paper](https://arxiv.org/abs/2106.00003)\n- [x] A Task Box Paper Title [pdf](https://arxiv.org/abs/2101.00005)\n',
    want: [
      { title: 'Learning Open-World Object Detectors', venueText: 'CVPR 2023' },
      { title: 'Sparse Mixtures Of Experts Revisited', venueText: 'ICLR 2022' },
      { title: 'Another Title Of A Paper', venueText: 'NeurIPS 2021' },
      { title: 'A Task Box Paper Title' },
    ],
  },
  {
    name: 'authors and venue after the title on the same line, with or without links',
    md: '1. Attention Is All You Need. Ashish Vaswani, Noam Shazeer, Niki Parmar. NeurIPS 2017.\n2. **Title In Bold**, Jane Doe, John Roe, CVPR 2020. [[paper]](https://arxiv.org/abs/2001.00006)\n3. [Title Of A Paper With Authors](https://arxiv.org/abs/2101.00004) by Jane Doe, John Roe (2021)\n4. "Quoted Title Of A Paper," Jane Doe and John Roe, *ECCV*, 2020. [[pdf]](https://x.org/a.pdf)\n',
    want: [
      { title: 'Attention Is All You Need', authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'], venueText: 'NeurIPS 2017', links: [] },
      { title: 'Title In Bold', authors: ['Jane Doe', 'John Roe'], venueText: 'CVPR 2020' },
      { title: 'Title Of A Paper With Authors', authors: ['Jane Doe', 'John Roe'], date: { text: '2021', year: 2021 } },
      { title: 'Quoted Title Of A Paper', authors: ['Jane Doe', 'John Roe'], venueText: 'ECCV' },
    ],
  },
  {
    name: 'a heading that is a title link to a paper is an entry',
    md: '# Awesome LLM Reasoning\n## Chain of Thought\n### [Chain-of-Thought Prompting Elicits Reasoning in Large Language Models](https://arxiv.org/abs/2201.11903)\nSome notes.\n### [Computer Vision](#computer-vision)\n',
    want: [{ title: 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models', arxivId: '2201.11903', sections: ['Awesome LLM Reasoning', 'Chain of Thought'] }],
  },
  {
    name: 'tables: a Method column beside Title, an emoji code link, "et al." authors, a bare address in a Link column, junk rows',
    md: '## 2026\n\n| Method | Title | Authors | Venue | Code | Link |\n|:---|:---|:---|:---:|:---:|:---|\n| **3DZip** | [Spatial-Aware Token Compression for 3D Question Answering](https://paper.pnu-cvsp.com/3DZip/) | Jane Doe et al. | ECCV | [✅](https://github.com/cvsp-lab/3DZip) | https://doi.org/10.48550/arXiv.2601.03190 |\n| - | [-](-) | - | SIGIR | [-](-) | |\n',
    want: [
      {
        title: 'Spatial-Aware Token Compression for 3D Question Answering',
        authors: ['Jane Doe'],
        venueText: 'ECCV',
        arxivId: '2601.03190',
        sections: ['2026'],
        links: [
          { url: 'https://paper.pnu-cvsp.com/3DZip/', label: 'Spatial-Aware Token Compression for 3D Question Answering', origin: 'links' },
          { url: 'https://github.com/cvsp-lab/3DZip', label: 'Code', origin: 'links' },
          { url: 'https://doi.org/10.48550/arXiv.2601.03190', label: 'Link', origin: 'links' },
        ],
      },
    ],
  },
  {
    name: 'one-word tool links are not papers; a one-word paper with an arXiv link is',
    md: '## Tools\n- [remark](https://github.com/remarkjs/remark)\n- [Chinchilla](https://arxiv.org/abs/2203.15556)\n',
    want: [{ title: 'Chinchilla', arxivId: '2203.15556' }],
  },
];

describe('markdown list quirks', () => {
  it.each(QUIRKS.map((q) => [q.name, q] as const))('%s', (_n, q) => {
    const entries = read(q.md);
    expect(entries).toHaveLength(q.want.length);
    q.want.forEach((w, i) => expect(entries[i]).toMatchObject(w));
    // Every link's offsets point at its address as written.
    for (const e of entries) for (const l of e.links) expect(q.md.slice(l.start!, l.end!)).toBe(l.url);
  });
});

describe('author lines', () => {
  const CASES: [string, string[], string[]?][] = [
    ['Doersch, Carl and Gupta, Abhinav and Efros, Alexei A.', ['Doersch, Carl', 'Gupta, Abhinav', 'Efros, Alexei A.']],
    ['Relja, Arandjelovic and Zisserman, Andrew.', ['Relja, Arandjelovic', 'Zisserman, Andrew']],
    ['Hsin-Ying Lee, Jia-Bin Huang, Maneesh Kumar Singh, and Ming-Hsuan Yang.', ['Hsin-Ying Lee', 'Jia-Bin Huang', 'Maneesh Kumar Singh', 'Ming-Hsuan Yang']],
    ['Ishan Misra, C. Lawrence Zitnick and Martial Hebert', ['Ishan Misra', 'C. Lawrence Zitnick', 'Martial Hebert']],
    ['L. Gomez* and Y. Patel* and M. Rusiñol and C.V. Jawahar.', ['L. Gomez*', 'Y. Patel*', 'M. Rusiñol', 'C.V. Jawahar']],
    ['Andy Zeng, Daniel Suo, Ed Walker Jr., Jianxiong Xiao', ['Andy Zeng', 'Daniel Suo', 'Ed Walker Jr.', 'Jianxiong Xiao']],
    ['Dinesh Jayaraman*, UC Berkeley; Ruohan Gao, University of Texas at Austin; Kristen Grauman', ['Dinesh Jayaraman*', 'Ruohan Gao', 'Kristen Grauman'], ['UC Berkeley', 'University of Texas at Austin']],
    ['Simon Jenni and Universität Bern and Paolo Favaro', ['Simon Jenni', 'Paolo Favaro'], ['Universität Bern']],
    ['R. Arandjelović, A. Zisserman', ['R. Arandjelović', 'A. Zisserman']],
    ['Ashish Vaswani et al.', ['Ashish Vaswani']],
  ];
  it.each(CASES)('%s', (line, names, affs) => {
    const r = splitAuthors(line);
    expect(r.names).toEqual(names);
    expect(r.affiliations).toEqual(affs ?? []);
  });
  it('tells author lines from prose', () => {
    expect(looksAuthors('Jonathan Ho, Ajay Jain, Pieter Abbeel', false)).toBe(true);
    expect(looksAuthors('A new method for learning visual features from videos.', false)).toBe(false);
    expect(looksAuthors('Note: entries are sorted by date', true)).toBe(false);
  });
});

describe('detection', () => {
  const CASES: [string, string, number, number][] = [
    ['the shared awesome list', fx('shared/awesome_list_dev.md'), 0.9, 1],
    ['a HF papers page saved as markdown', fx('shared/hf_page_dev.md'), 0, 0.2],
    ['an arXiv e-mail digest', fx('shared/arxiv_digest_dev.txt'), 0, 0.2],
    ['an arXiv listing page as text', fx('shared/arxiv_listing_dev.txt'), 0, 0.2],
    ['a HF page pasted as text', fx('seed-hf-page.txt'), 0, 0.2],
    ['plain prose', 'We study the effect of mini-batching on the loss landscape.\n\nAnother paragraph here.', 0, 0.2],
    ['a JSON array of papers', '[{"title": "A paper", "url": "https://x.org"}]', 0, 0.01],
    ['JSON Lines', '{"title": "A"}\n{"title": "B"}\n', 0, 0.01],
    ['the empty string', '', 0, 0.01],
  ];
  it.each(CASES)('%s', (_n, text, lo, hi) => {
    const c = markdownListReader.detect(text);
    expect(c).toBeGreaterThanOrEqual(lo);
    expect(c).toBeLessThanOrEqual(hi);
  });
  it('names itself markdown-list', () => expect(markdownListReader.name).toBe('markdown-list'));
});

describe('line endings, BOM, NBSP, tabs', () => {
  const text = fx('shared/awesome_list_dev.md');
  const key = (es: RawEntry[]) => es.map((e) => [e.title, e.authors, e.venueText, e.sections, e.links.map((l) => l.url)]);
  const ref = key(read(text));
  const VARIANTS: [string, string][] = [
    ['CRLF', text.split('\n').join('\r\n')],
    ['CR', text.split('\n').join('\r')],
    ['BOM', '\ufeff' + text],
    ['NBSP for some spaces', text.replace(/ /g, (m, i: number) => (i % 5 === 0 ? '\u00a0' : m))],
    ['tabs for two-space indents', text.replace(/^ {2}/gm, '\t')],
  ];
  it.each(VARIANTS)('%s reads like LF', (_n, t) => {
    const es = read(t);
    expect(key(es)).toEqual(ref);
    for (const e of es) for (const l of e.links) expect(t.slice(l.start!, l.end!)).toBe(l.url);
  });
});

describe('long lists (parsed in chunks)', () => {
  it('reads a list repeated 12 times as 12 copies, offsets shifted', () => {
    const text = fx('shared/awesome_list_dev.md');
    const one = read(text);
    const many = read(text.repeat(12));
    expect(many).toHaveLength(one.length * 12);
    many.forEach((e, i) => {
      const o = one[i % one.length]!;
      const shift = Math.floor(i / one.length) * text.length;
      expect([e.title, e.start, e.end, e.sections]).toEqual([o.title, o.start + shift, o.end + shift, o.sections]);
    });
  });
  it('reads 3000 nested entries in one list', () => {
    const item = (i: number) => `- Paper Number ${i} On Things.\n  [[pdf]](https://arxiv.org/abs/2301.${String(i).padStart(5, '0')})\n  - Doe, Jane and Roe, John. *CVPR 2023*\n`;
    const text = '# Big\n' + Array.from({ length: 3000 }, (_, i) => item(i)).join('');
    const es = read(text); // hang guard: the test's timeout
    expect(es).toHaveLength(3000);
    expect(es[2999]!.arxivId).toBe('2301.02999');
  }, 30_000);
});

describe('robustness', () => {
  it('never throws on markdown-ish strings', () => {
    const alphabet = fc.constantFrom('-', '*', '_', '[', ']', '(', ')', '\\', '`', '#', '>', '|', '<', '>', '!', ':', ' ', '\n', '\r', '\t', '\u00a0', '\ufeff', 'a', 'B', '1', '.', 'http://x.y', '<sup>', '</sup>', '<br>', '[[pdf]](', '**');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (s) => {
        const es = read(s);
        markdownListReader.detect(s);
        for (const e of es) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => void read(s)), { numRuns: 300 });
  });
  const PATHOLOGICAL: [string, string][] = [
    ['100k nested block quotes', '>'.repeat(100_000) + ' x'],
    ['50k list markers on one line', '- '.repeat(50_000) + 'x'],
    ['400 lists nested by indentation', Array.from({ length: 400 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')],
    ['lines of 16 list markers', Array.from({ length: 3000 }, () => '- '.repeat(16) + 'x').join('\n')],
    ['50k asterisks around a letter', '*'.repeat(50_000) + 'a' + '*'.repeat(50_000)],
    ['20k nested strong', '**'.repeat(20_000) + 'x' + '**'.repeat(20_000)],
    ['100k open brackets', '['.repeat(100_000)],
    ['balanced brackets 100k deep', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['20k <sup> tags', '<sup>'.repeat(20_000) + 'x'],
  ];
  it.each(PATHOLOGICAL)('%s: no throw, no hang', (_n, s) => {
    expect(() => read(s)).not.toThrow(); // hang guard: the test's timeout
  }, 30_000);
  it('reports no diagnostics on well-formed lists', () => {
    diags.length = 0;
    read(fx('shared/awesome_list_dev.md'));
    expect(diags).toEqual([]);
  });
});

// Excerpts of real, popular lists (fixtures/markdown/real/README.md names repository, path
// and commit). Each row: every paper found once, clean titles, only the entry's own links.
const REAL: { file: string; titles: string[]; checks: Want[] }[] = [
  {
    file: 'terryum-bold-bullets.md',
    titles: [
      'Distilling the knowledge in a neural network',
      'How transferable are features in deep neural networks?',
      'Visualizing and understanding convolutional networks',
      'Batch normalization: Accelerating deep network training by reducing internal covariate shift',
      'Random search for hyper-parameter optimization',
      'Fast R-CNN',
      'Semantic image segmentation with deep convolutional nets and fully connected CRFs',
      'Show and tell: A neural image caption generator',
      'DeepFace: Closing the gap to human-level performance in face verification',
      'Conditional random fields as recurrent neural networks',
      'Generating sequences with recurrent neural networks',
    ],
    checks: [
      { title: 'Distilling the knowledge in a neural network', links: ['http://arxiv.org/pdf/1503.02531'], authors: ['G. Hinton'], date: '2015' },
      { title: 'Visualizing and understanding convolutional networks', authors: ['M. Zeiler', 'R. Fergus'], sections: ['Understanding / Generalization / Transfer'] },
      { title: 'Random search for hyper-parameter optimization', authors: ['J. Bergstra', 'Y. Bengio'], date: '2012' },
      { title: 'Show and tell: A neural image caption generator', authors: ['O. Vinyals'], date: '2015' },
    ],
  },
  {
    file: 'roadmap-numbered.md',
    titles: [
      'Deep learning',
      'Deep learning',
      'A fast learning algorithm for deep belief nets',
      'Reducing the dimensionality of data with neural networks',
      'Towards End-To-End Speech Recognition with Recurrent Neural Networks',
      'Achieving Human Parity in Conversational Speech Recognition',
      'Binarized Neural Networks: Training Neural Networks with Weights and Activations Constrained to+ 1 or−1',
      'Net2net: Accelerating learning via knowledge transfer',
      'Network Morphism',
      'Playing atari with deep reinforcement learning',
      'A neural conversational model',
    ],
    checks: [
      {
        title: 'A fast learning algorithm for deep belief nets',
        links: ['http://www.cs.toronto.edu/~hinton/absps/ncfast.pdf'],
        authors: ['Hinton, Geoffrey E.', 'Simon Osindero', 'Yee-Whye Teh'],
        venue: 'Neural computation 18.7 (2006): 1527-1554',
      },
      { title: 'Net2net: Accelerating learning via knowledge transfer', links: ['https://arxiv.org/abs/1511.05641'], authors: ['Chen, Tianqi', 'Ian Goodfellow', 'Jonathon Shlens'], arxivId: '1511.05641' },
      { title: 'Achieving Human Parity in Conversational Speech Recognition', authors: ['W. Xiong', 'J. Droppo', 'X. Huang', 'F. Seide', 'M. Seltzer', 'A. Stolcke', 'D. Yu', 'G. Zweig'] },
      { title: 'Network Morphism', links: ['https://arxiv.org/abs/1603.01670'], authors: ['Wei, Tao'] },
    ],
  },
  {
    file: 'diffusion-bold.md',
    // Introductory posts, videos and lectures (blog posts, talks) are not papers; introductory papers are.
    titles: [
      'A Connection Between Score Matching and Denoising Autoencoders',
      'Bayesian Learning via Stochastic Gradient Langevin Dynamics',
      'D2C: Diffusion-Denoising Models for Few-shot Conditional Generation',
      'Score-based Generative Modeling in Latent Space',
      'A Variational Perspective on Diffusion-Based Generative Models and Score Matching',
      'Denoising Diffusion Implicit Models',
      'Score-Based Generative Modeling through Stochastic Differential Equations',
      'Denoising Diffusion Probabilistic Models',
      'Diffusion models as plug-and-play priors',
      'Unsupervised Medical Image Translation with Adversarial Diffusion Models',
      'Blended Latent Diffusion',
    ],
    checks: [
      {
        title: 'D2C: Diffusion-Denoising Models for Few-shot Conditional Generation',
        links: ['https://arxiv.org/abs/2106.06819', 'https://d2c-model.github.io/', 'https://github.com/d2c-model/d2c-model.github.io'],
        authors: ['Abhishek Sinha', 'Jiaming Song', 'Chenlin Meng', 'Stefano Ermon'],
        venue: 'arXiv 2021',
        date: '12 Jun 2021',
      },
      { title: 'Score-Based Generative Modeling through Stochastic Differential Equations', venue: 'ICLR 2021 (Oral)', sections: ['Papers', 'Vision', 'Image Generation'] },
      {
        title: 'Bayesian Learning via Stochastic Gradient Langevin Dynamics',
        links: ['https://www.stats.ox.ac.uk/~teh/research/compstats/WelTeh2011a.pdf', 'https://github.com/JavierAntoran/Bayesian-Neural-Networks#stochastic-gradient-langevin-dynamics-sgld'],
        sections: ['Resources', 'Introductory Papers'],
      },
    ],
  },
  {
    file: 'clip-brackets.md',
    // Blog-only items are not papers; code-only tool items (OpenCLIP, Unsplash Image Search) are
    // still read as entries: nothing in the markup tells them from code-only papers.
    titles: [
      'Learning Transferable Visual Models From Natural Language Supervision',
      'OpenCLIP (3rd-party, PyTorch)',
      'Train-CLIP (3rd-party, PyTorch)',
      'StyleCLIP: Text-Driven Manipulation of StyleGAN Imagery',
      'CLIP2StyleGAN: Unsupervised Extraction of StyleGAN Edit Directions',
      'TargetCLIP: Image-Based CLIP-Guided Essence Transfer',
      'Unsplash Image Search',
      'CLIP4Clip: An Empirical Study of CLIP for End to End Video Clip Retrieval',
      'CLIP-as-service: Embed images and sentences into fixed-length vectors with CLIP',
      'RgionCLIP: Region-based Language-Image Pretraining',
      'DenseCLIP: Language-Guided Dense Prediction with Context-Aware Prompting',
      'How Much Can CLIP Benefit Vision-and-Language Tasks?',
      'CLIP meets GamePhysics: Towards bug identification in gameplay videos using zero-shot transfer learning',
    ],
    checks: [
      { title: 'Learning Transferable Visual Models From Natural Language Supervision', links: ['https://arxiv.org/abs/2103.00020', 'https://github.com/openai/CLIP'], labels: ['paper', 'code'] },
    ],
  },
  {
    file: 'llm-table.md',
    titles: [
      'Attention Is All You Need',
      'Improving Language Understanding by Generative Pre-Training',
      'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
      'Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer',
      'Language models are few-shot learners',
      'Finetuned Language Models are Zero-Shot Learners',
      'WebGPT: Browser-assisted question-answering with human feedback',
      'Unifying Language Learning Paradigms',
      'PaLM-E: An Embodied Multimodal Language Model',
      'GPT-4 Technical Report',
      'Mistral 7B',
    ],
    checks: [{ title: 'Unifying Language Learning Paradigms', links: ['https://arxiv.org/abs/2205.05131v1'], sections: ['Awesome-LLM', 'Milestone Papers'] }],
  },
  {
    file: 'mllm-badge-table.md',
    titles: [
      'StreamChat: Chatting with Streaming Video',
      'CompCap: Improving Multimodal Large Language Models with Composite Captions',
      'LinVT: Empower Your Image-level Large Language Model to Understand Videos',
      'NVILA: Efficient Frontier Visual Language Models',
      'ChatRex: Taming Multimodal LLM for Joint Perception and Understanding',
      'Molmo and PixMo: Open Weights and Open Data for State-of-the-Art Multimodal Models',
      'VILA^2: VILA Augmented VILA',
      'Comparison Visual Instruction Tuning',
      'VITRON: A Unified Pixel-level Vision LLM for Understanding, Generating, Segmenting, Editing',
    ],
    checks: [
      {
        title: 'NVILA: Efficient Frontier Visual Language Models',
        links: ['https://arxiv.org/pdf/2412.04468', 'https://github.com/NVlabs/VILA', 'https://vila.mit.edu'],
        venue: 'arXiv',
        date: '2024-12-05',
      },
    ],
  },
  {
    file: 'applied-ml-numbered.md',
    titles: [
      'Behavior Sequence Transformer for E-commerce Recommendation in Alibaba',
      'Session-based Recommendations with Recurrent Neural Networks',
      'How 20th Century Fox uses ML to predict a movie audience',
      'Deep Neural Networks for YouTube Recommendations',
      'Calibrated Recommendations',
      'A recommender system in 30 lines of Clojure',
      'Billion-scale Commodity Embedding for E-commerce Recommendation in Alibaba',
      'Listing Embeddings in Search Ranking',
      'Matchmaking in Lyft Line (Part 1)',
      'The Data and Science behind GrabShare Carpooling',
    ],
    checks: [
      {
        title: 'How 20th Century Fox uses ML to predict a movie audience',
        links: ['https://cloud.google.com/blog/products/ai-machine-learning/how-20th-century-fox-uses-ml-to-predict-a-movie-audience', 'https://arxiv.org/abs/1810.08189'],
      },
    ],
  },
  {
    // bibtex links (relative or absolute) are the list's own files; `:laughing:` inside a title
    file: 'nerf-link-bibtex.md',
    titles: [
      'Neural Volume Rendering: NeRF And Beyond',
      'NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis',
      'Neural Sparse Voxel Fields',
      'DeRF: Decomposed Radiance Fields',
      'KiloNeRF: Speeding up Neural Radiance Fields with Thousands of Tiny MLPs',
      'Ha-NeRF: Hallucinated Neural Radiance Fields in the Wild',
      'iNeRF: Inverting Neural Radiance Fields for Pose Estimation',
      'NeRF--: Neural Radiance Fields Without Known Camera Parameters',
      'GNeRF: GAN-based Neural Radiance Field without Posed Camera',
      'Self-Calibrating Neural Radiance Fields',
      'GIRAFFE: Representing Scenes as Compositional Generative Neural Feature Fields',
      'Unsupervised Discovery of Object Radiance Fields',
    ],
    checks: [
      { title: 'NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis', links: ['https://www.matthewtancik.com/nerf', 'https://github.com/bmild/nerf'], authors: ['Mildenhall'], venue: 'ECCV 2020' },
      { title: 'Ha-NeRF: Hallucinated Neural Radiance Fields in the Wild', links: ['https://rover-xingyu.github.io/Ha-NeRF/', 'https://github.com/rover-xingyu/Ha-NeRF'] },
      { title: 'GNeRF: GAN-based Neural Radiance Field without Posed Camera', links: ['https://arxiv.org/abs/2103.15606'], arxivId: '2103.15606' },
      { title: 'Self-Calibrating Neural Radiance Fields', links: ['https://postech-cvlab.github.io/SCNeRF/', 'https://github.com/POSTECH-CVLab/SCNeRF'], venue: 'ICCV 2021', sections: ['Awesome Neural Radiance Fields', 'Papers', 'Pose Estimation'] },
      { title: 'GIRAFFE: Representing Scenes as Compositional Generative Neural Feature Fields', links: ['https://arxiv.org/abs/2011.12100'] },
    ],
  },
  {
    // `(*Venue*) Title [[paper](…)]`. The two items of `## Resources & Tools` (a tool and a
    // format spec) are still read: `Tools` sections are not skipped, some hold papers.
    file: 'graph-llm-venue-tag.md',
    titles: [
      'Knowledge Graph Based Synthetic Corpus Generation for Knowledge-Enhanced Language Model Pre-training',
      'Integrating Graphs with Large Language Models: Methods and Prospects',
      'Can Knowledge Graphs Reduce Hallucinations in LLMs? : A Survey',
      'StructGPT: A General Framework for Large Language Model to Reason over Structured Data',
      'GraphGPT: Graph Instruction Tuning for Large Language Models',
      'AutoAlign: Fully Automatic and Effective Knowledge Graph Alignment enabled by Large Language Models',
      'KGLens: A Parameterized Knowledge Graph Solution to Assess What an LLM Does and Doesn’t Know',
      'Large Language Model Meets Graph Neural Network in Knowledge Distillation',
      'LLMRec: Large Language Models with Graph Augmentation for Recommendation',
      'GraphGPT: Extrapolating knowledge graphs from unstructured text using GPT-3',
      'GraphML: Graph markup language',
    ],
    checks: [
      { title: 'Knowledge Graph Based Synthetic Corpus Generation for Knowledge-Enhanced Language Model Pre-training', links: ['https://aclanthology.org/2021.naacl-main.278/', 'https://github.com/google-research-datasets/KELM-corpus'], venue: "NAACL'21" },
      { title: 'AutoAlign: Fully Automatic and Effective Knowledge Graph Alignment enabled by Large Language Models', links: ['https://arxiv.org/abs/2307.11772', 'https://github.com/ruizhang-ai/AutoAlign'], venue: 'TKDE‘23' },
      { title: 'Large Language Model Meets Graph Neural Network in Knowledge Distillation', links: ['https://arxiv.org/abs/2402.05894'], venue: 'arXiv 2024.02', arxivId: '2402.05894' },
      { title: 'Integrating Graphs with Large Language Models: Methods and Prospects', venue: 'IEEE Intelligent Systems 2023', sections: ['Awesome-Graph-LLM', 'Datasets, Benchmarks & Surveys'] },
    ],
  },
  {
    // `| Title & Authors | Introduction | Links |` tables; `## Full List` links to the list's other pages
    file: 'efficient-llm-table.md',
    titles: [
      'LLM and GNN are Complementary: Distilling LLM for Multimodal Graph Learning',
      'Adversarial Moment-Matching Distillation of Large Language Models',
      'Pruner-Zero: Evolving Symbolic Pruning Metric from scratch for Large Language Models',
      'Turbo Sparse: Achieving LLM SOTA Performance with Minimal Activated Parameters',
      'Effective Interplay between Sparsity and Quantization: From Theory to Practice',
      'FinerCut: Finer-grained Interpretable Layer Pruning for Large Language Models',
      'Outliers and Calibration Sets have Diminishing Effect on Quantization of Modern LLMs',
      'PV-Tuning: Beyond Straight-Through Estimation for Extreme LLM Compression',
      'SpinQuant -- LLM quantization with learned rotations',
    ],
    checks: [
      { title: 'LLM and GNN are Complementary: Distilling LLM for Multimodal Graph Learning', links: ['https://arxiv.org/abs/2406.01032'], authors: ['Junjie Xu', 'Zongyu Wu', 'Minhua Lin', 'Xiang Zhang', 'Suhang Wang'] },
      { title: 'Pruner-Zero: Evolving Symbolic Pruning Metric from scratch for Large Language Models', links: ['https://github.com/pprp/Pruner-Zero', 'https://arxiv.org/abs/2406.02924'], arxivId: '2406.02924' },
      { title: 'Turbo Sparse: Achieving LLM SOTA Performance with Minimal Activated Parameters', links: ['https://arxiv.org/abs/2406.05955', 'https://huggingface.co/PowerInfer/TurboSparse-Mixtral'], sections: ['Awesome-Efficient-LLM', 'Paper from 05/26/2024 - Now (see Full List from 05/22/2023 here)', 'Network Pruning / Sparsity'] },
      { title: 'Outliers and Calibration Sets have Diminishing Effect on Quantization of Modern LLMs', authors: ['Davide Paglieri', 'Saurabh Dash', 'Tim Rocktäschel', 'Jack Parker-Holder'] },
    ],
  },
  {
    // daily-arXiv table: `|Publish Date|Title|Authors|PDF|Code|`, `First Author et.al.`, `null` code cells
    file: 'cv-arxiv-daily-table.md',
    titles: [
      'DINO-VO: A Feature-based Visual Odometry Leveraging a Visual Foundation Model',
      'g2o vs. Ceres: Optimizing Scan Matching in Cartographer SLAM',
      "Mapping the Catacombs: An Underwater Cave Segment of the Devil's Eye System",
      'Posterior Cramér-Rao Bounds on Localization and Mapping Errors in Distributed MIMO SLAM',
      'SuperPoint-SLAM3: Augmenting ORB-SLAM3 with Deep Features, Adaptive NMS, and Learning-Based Loop Closure',
      'VAULT: A Mobile Mapping System for ROS 2-based Autonomous Robots',
      'Is Semantic SLAM Ready for Embedded Systems ? A Comparative Survey',
      'Structureless VIO',
      'LiftFeat: 3D Geometry-Aware Local Feature Matching',
    ],
    checks: [
      { title: 'DINO-VO: A Feature-based Visual Odometry Leveraging a Visual Foundation Model', links: ['http://arxiv.org/abs/2507.13145'], authors: ['Maulana Bisyir Azhari'], date: '2025-07-17', arxivId: '2507.13145', sections: ['SLAM'] },
      { title: 'SuperPoint-SLAM3: Augmenting ORB-SLAM3 with Deep Features, Adaptive NMS, and Learning-Based Loop Closure', links: ['http://arxiv.org/abs/2506.13089', 'https://github.com/shahram95/superpointslam3'], authors: ['Shahram Najam Syed'] },
      { title: 'VAULT: A Mobile Mapping System for ROS 2-based Autonomous Robots', authors: ['Miguel Á. González-Santamarta'], date: '2025-06-11' },
    ],
  },
  {
    // `[**Nick**] Title(@Org)` titles; the code-only `DeepSeek FlashMLA` row is still read (a tool)
    file: 'llm-inference-nick-table.md',
    titles: [
      'DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model',
      'DeepSeek-V3 Technical Report',
      'Native Sparse Attention: Hardware-Aligned and Natively Trainable Sparse Attention',
      'DeepSeek FlashMLA',
      'TransMLA: Multi-head Latent Attention Is All You Need',
      'YunChang: A Unified Sequence Parallel (USP) Attention for Long Context LLM Model Training and Inference',
    ],
    checks: [
      { title: 'DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model', links: ['https://arxiv.org/pdf/2405.04434', 'https://github.com/deepseek-ai/DeepSeek-V2'] },
      { title: 'TransMLA: Multi-head Latent Attention Is All You Need', links: ['https://arxiv.org/pdf/2502.07864', 'https://github.com/fxmeng/TransMLA'], arxivId: '2502.07864' },
      { title: 'YunChang: A Unified Sequence Parallel (USP) Attention for Long Context LLM Model Training and Inference', links: ['https://github.com/feifeibear/long-context-attention'] },
    ],
  },
];

describe.each(REAL)('real list excerpt $file', ({ file, titles, checks }) => {
  const text = fx(`markdown/real/${file}`);
  const entries = read(text);
  it('is detected as a markdown list', () => expect(detectMarkdownList(text)).toBeGreaterThanOrEqual(0.9));
  it(`finds the ${titles.length} entries, titles clean, in order`, () => expect(entries.map((e) => e.title)).toEqual(titles));
  it('keeps no badge, image, relative or anchor link', () => {
    for (const e of entries) for (const l of e.links) expect(l.url).toMatch(/^https?:\/\/(?!img\.shields\.io)/);
  });
  it.each(checks.map((c) => [c.title, c] as const))('fields of %s', (_t, want) => {
    const e = entries.find((x) => x.title === want.title)!;
    expect(e).toBeDefined();
    if (want.links) expect(e.links.map((l) => l.url)).toEqual(want.links);
    if (want.labels) expect(e.links.map((l) => l.label)).toEqual(want.labels);
    if (want.authors) expect(e.authors).toEqual(want.authors);
    if (want.venue) expect(e.venueText).toBe(want.venue);
    if (want.date) expect(e.date?.text).toBe(want.date);
    if (want.sections) expect(e.sections).toEqual(want.sections);
    if (want.arxivId) expect(e.arxivId).toBe(want.arxivId);
  });
});

describe('real-list quirks, one by one', () => {
  it('a bracketed emphasised venue before a plain-text title', () => {
    const t = "## Papers\n- (*ICLR'24*) One for All: Towards Training One Graph Model [[paper](https://arxiv.org/abs/2310.00149)]\n- [*CVPR 2023*] Another Paper Title Here [[code](https://github.com/a/b)]\n";
    expect(read(t).map((e) => [e.title, e.venueText])).toEqual([
      ['One for All: Towards Training One Graph Model', "ICLR'24"],
      ['Another Paper Title Here', 'CVPR 2023'],
    ]);
  });
  it('bibtex / citation links are not resources of the paper', () => {
    const t = '- [Some Paper Title Here](https://arxiv.org/abs/2101.05204), Doe et al., CVPR 2021 | [bibtex](https://github.com/o/list/blob/main/citations/x.txt) | [github](https://github.com/a/b)\n';
    expect(read(t)[0]!.links.map((l) => l.url)).toEqual(['https://arxiv.org/abs/2101.05204', 'https://github.com/a/b']);
  });
  it('links to the list\'s other markdown pages are not papers', () => {
    const t = '## Full List\n  - [Network Pruning / Sparsity](pruning.md)\n  - [Efficient Architecture of LLM](./efficient_architecture_llm.md#top)\n\n## Papers\n- **A Real Paper Title** [[pdf]](https://arxiv.org/abs/1234.56789)\n';
    expect(read(t).map((e) => e.title)).toEqual(['A Real Paper Title']);
  });
  it('`et.al.` ends an author list; a time is no emoji shortcode', () => {
    const t = '|Publish Date|Title|Authors|PDF|\n|---|---|---|---|\n|**2025-07-17**|**A Paper at 18:04:13 Sharp**|Jane Doe et.al.|[2507.13145](http://arxiv.org/abs/2507.13145)|\n';
    expect(read(t).map((e) => [e.title, e.authors, e.date?.text])).toEqual([['A Paper at 18:04:13 Sharp', ['Jane Doe'], '2025-07-17']]);
  });
  it('emoji are dropped, text symbols that are also pictographs (`↔`, `©`) kept', () => {
    const t = '- **Cross-View Geo-Localization 🔥** (ACM MM 2020) — drone↔satellite views ✅ with a 👍🏻 © 2024 note. [[paper]](https://arxiv.org/abs/2401.00001) ⭐ 1.2k\n';
    const [e] = read(t);
    expect(e!.title).toBe('Cross-View Geo-Localization');
    expect(e!.abstract ?? e!.summary).toBe('drone↔satellite views with a © 2024 note.');
  });
  it('a table of contents ends at the next heading of any level', () => {
    const t = '## Contents\n\n* [A](#a)\n* [B](#b)\n\n### A\n- **Maxout networks** (2013), I. Goodfellow et al. [[pdf]](http://arxiv.org/pdf/1302.4389v4)\n';
    expect(read(t).map((e) => [e.title, e.authors, e.date?.text])).toEqual([['Maxout networks', ['I. Goodfellow'], '2013']]);
  });
  it('a talks section still covers its subsections', () => {
    const t = '## Talks\n\n### 2018\n- **Some Talk About Things** Jane Doe [[video]](https://youtu.be/x)\n\n## Papers\n- **A Real Paper Title** [[pdf]](https://arxiv.org/abs/1234.56789)\n';
    expect(read(t).map((e) => e.title)).toEqual(['A Real Paper Title']);
  });
  it('`Authors. "Title." Venue` citations, numbered with a bold `[n]`', () => {
    const t = '**[7]** He, Kaiming, et al. "**Deep residual learning for image recognition**." arXiv preprint arXiv:1512.03385 (2015). [[pdf]](https://arxiv.org/pdf/1512.03385.pdf) **(ResNet)** :star::star:\n';
    const [e] = read(t);
    expect([e!.title, e!.authors, e!.arxivId, e!.links.map((l) => l.url)]).toEqual([
      'Deep residual learning for image recognition',
      ['He, Kaiming'],
      '1512.03385',
      ['https://arxiv.org/pdf/1512.03385.pdf'],
    ]);
  });
  it('a quote inside a title is not a citation', () => {
    const t = '- Learning "What" and "Where" to Draw [[pdf]](https://arxiv.org/abs/1610.02454)\n';
    expect(read(t).map((e) => e.title)).toEqual(['Learning "What" and "Where" to Draw']);
  });
  it('items that only link a blog post or docs are not papers', () => {
    const t = '## Models\n- CLIP: Connecting Text and Images [[blog](https://openai.com/blog/clip/)]\n- A Paper With Code [[paper](https://arxiv.org/abs/2103.00020)][[code](https://github.com/a/b)]\n';
    expect(read(t).map((e) => e.title)).toEqual(['A Paper With Code']);
  });
  it('a two-word name linked to a site with a description is a project, not a paper', () => {
    const t = '## Projects\n- [OpenAI o3-mini](https://openai.com/index/openai-o3-mini/) - Pushing the frontier.\n- [Mistral 7B](https://arxiv.org/pdf/2310.06825.pdf)\n';
    expect(read(t).map((e) => e.title)).toEqual(['Mistral 7B']);
  });
  it('a bold nickname before a quoted title: the quoted title is the title', () => {
    const t = '* **ViT**: "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", ICLR, 2021 (*Google*). [[Paper](https://arxiv.org/abs/2010.11929)][[Tensorflow](https://github.com/google-research/vision_transformer)]\n';
    expect(read(t).map((e) => [e.title, e.venueText, e.links.length])).toEqual([['An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale', 'ICLR, 2021', 2]]);
  });
  it('`Surname et al., Venue` after a title link; relative bibtex links dropped', () => {
    const t = '- [NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis](https://arxiv.org/abs/2003.08934), Mildenhall et al., ECCV 2020 | [github](https://github.com/bmild/nerf) | [bibtex](./citations/nerf.txt)\n';
    expect(read(t).map((e) => [e.authors, e.venueText, e.links.map((l) => l.url)])).toEqual([[['Mildenhall'], 'ECCV 2020', ['https://arxiv.org/abs/2003.08934', 'https://github.com/bmild/nerf']]]);
  });
  it('a description after the title is not an author list', () => {
    const t = '| **Paper** | **Links** |\n| --- | --- |\n| 2) **How is ChatGPT’s Behavior Changing Over Time?** - evaluates different versions of GPT-3.5 and GPT-4. | [Paper](https://arxiv.org/abs/2307.09009) |\n';
    expect(read(t).map((e) => [e.title, e.authors])).toEqual([['How is ChatGPT’s Behavior Changing Over Time?', undefined]]);
  });
  it('a code-span nickname before and a `[Venue Year]` tag after a plain title', () => {
    const t = '- `MagicVideo` MagicVideo: Efficient Video Generation With Latent Diffusion Models [arXiv 2022] [[Paper](https://arxiv.org/abs/2211.11018)]\n';
    expect(read(t).map((e) => [e.title, e.venueText])).toEqual([['MagicVideo: Efficient Video Generation With Latent Diffusion Models', 'arXiv 2022']]);
  });
  it('a linked tool, list or leaderboard with a description is not a paper; a paper link with one is', () => {
    const t = [
      '## LLM Leaderboard',
      '- [Chatbot Arena Leaderboard](https://huggingface.co/spaces/lmsys/chatbot-arena-leaderboard) - a benchmark platform for large language models (LLMs) that features anonymous, randomized battles in a crowdsourced manner.',
      '- [Awesome Deliberative Prompting](https://github.com/logikon-ai/awesome-deliberative-prompting) - How to ask LLMs to produce reliable reasoning and make reason-responsive decisions.',
      '## Papers',
      '- [Attention Is All You Need](https://papers.nips.cc/paper/7181-attention-is-all-you-need.pdf) - Vaswani et al., NeurIPS 2017.',
      '- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165) - the GPT-3 paper.',
      '',
    ].join('\n');
    expect(read(t).map((e) => [e.title, e.authors, e.venueText])).toEqual([
      ['Attention Is All You Need', ['Vaswani'], 'NeurIPS 2017'],
      ['Language Models are Few-Shot Learners', undefined, undefined],
    ]);
  });
  it('a `<br>` inside a table cell does not split the row', () => {
    const t = '| Title | Venue | Date | Code |\n|:--|:--:|:--:|:--:|\n| ![Star](https://img.shields.io/github/stars/a/b.svg) <br> [**A Title Of Paper**](https://arxiv.org/pdf/2412.05185) <br> | arXiv | 2024-12-06 | [Github](https://github.com/a/b) |\n';
    expect(read(t).map((e) => [e.title, e.venueText, e.date?.text, e.links.map((l) => l.url)])).toEqual([
      ['A Title Of Paper', 'arXiv', '2024-12-06', ['https://arxiv.org/pdf/2412.05185', 'https://github.com/a/b']],
    ]);
  });
});

describe('dataset lists: an entry\'s short bold or linked name under a heading naming datasets is its dataset (RawEntry.datasetNames)', () => {
  const item = (t: string) => `- ${t} (CVPR 2023) — aerial images matched to satellite tiles over 40 cities. [[arXiv](https://arxiv.org/abs/2301.0000${t.length % 10})]`;
  const names = (doc: string) => read(doc).map((e) => e.datasetNames);
  it.each([
    ['a document title naming datasets', '# Awesome Aerial Localization Datasets\n\n## Retrieval\n\n' + item('**SUES‑200**'), [['SUES‑200']]],
    ['a section naming benchmarks', '# Awesome VPR\n\n## Benchmarks\n\n' + item('**DenseUAV**'), [['DenseUAV']]],
    ['a section naming corpora', '# Speech\n\n## Corpora\n\n' + item('**LibriSpeech**'), [['LibriSpeech']]],
    ['a Chinese section (数据集)', '# 遥感\n\n## 数据集\n\n' + item('**AerialVL**'), [['AerialVL']]],
    ['a Japanese section (データセット)', '# 論文\n\n## データセット\n\n' + item('**KITTI**'), [['KITTI']]],
    ['a linked name', '# Datasets\n\n' + item('[University-1652](https://github.com/a/b)'), [['University-1652']]],
    ['`A / B` names two', '# Datasets\n\n' + item('**FoundLoc / Nardo‑Air**'), [['FoundLoc', 'Nardo‑Air']]],
    ['several words with a dataset word', '# Datasets\n\n' + item('**Waymo Open Dataset**'), [['Waymo Open Dataset']]],
    ['several plain words: a paper title', '# Datasets\n\n' + item('**Deep Residual Learning**'), [undefined]],
    ['more than five words', '# Datasets\n\n' + item('**A Large Aerial Benchmark For UAV-200**'), [undefined]],
    ['a sentence', '# Datasets\n\n' + item('**UAV-200: aerial images.**'), [undefined]],
    ['a heading naming papers below the dataset heading', '# Awesome Aerial Localization Datasets\n\n## Methods\n\n' + item('**SUES‑200**'), [undefined]],
    ['no dataset heading', '# Awesome Aerial Localization\n\n## Retrieval\n\n' + item('**SUES‑200**'), [undefined]],
  ])('%s', (_, doc, want) => {
    expect(names(doc)).toEqual(want);
  });
});

describe('blind round 7 reader rules (fixtures/e2e7)', () => {
  it('a heading card with `### Links` / `### Authors` / `### Abstract` sub-headings is one entry; other sub-sections are no entries', () => {
    const card = (n: number) => [
      `## ${n}. A Study of Things Number ${n}`,
      '',
      '- Source: arxiv',
      `- arXiv ID: 2610.0000${n}`,
      '',
      '### Links',
      '',
      `- Abstract: http://arxiv.org/abs/2610.0000${n}v1`,
      `- PDF: https://arxiv.org/pdf/2610.0000${n}v1`,
      '',
      '### Authors',
      '',
      'Jane Doe, John Roe',
      '',
      '### Abstract',
      '',
      'We study things in a setting and find that they work well on the benchmark we consider here.',
      '',
      '### English TL;DR',
      'A summary that is no abstract.',
      '',
      '### 局限性',
      '- 实验仅基于较小规模的开源模型。',
      '',
    ].join('\n');
    const t = `# Daily arXiv\n\n${card(1)}\n${card(2)}`;
    expect(detectMarkdownList(t)).toBeGreaterThanOrEqual(0.9);
    expect(read(t).map((e) => [e.title, e.authors, e.arxivId, e.abstract, e.links.map((l) => l.url)])).toEqual([1, 2].map((n) => [
      `A Study of Things Number ${n}`,
      ['Jane Doe', 'John Roe'],
      `2610.0000${n}`,
      'We study things in a setting and find that they work well on the benchmark we consider here.',
      [`http://arxiv.org/abs/2610.0000${n}v1`, `https://arxiv.org/pdf/2610.0000${n}v1`],
    ]));
  });
  it('a bold `Label: value` with no word in the value is no title; `**Authors:**` and an RSS description below a numbered heading', () => {
    const t = [
      '## 1. A Study of Things in Detail',
      '',
      '**Relevance: 9/10** | Published: 2026-03-10 | Categories: hep-ex',
      '',
      '**Authors:** Jane Doe, John Roe *et al.* (12 authors)',
      '',
      '<details>',
      '<summary>Abstract</summary>',
      '',
      'arXiv:2603.00001v1 Announce Type: new ',
      'Abstract: We study things.',
      '',
      '</details>',
      '',
      '[Read paper](https://arxiv.org/abs/2603.00001)',
      ' | [PDF](https://arxiv.org/pdf/2603.00001)',
      '',
    ].join('\n');
    expect(read(t).map((e) => [e.title, e.authors, e.abstract, e.arxivId, e.announceType])).toEqual([['A Study of Things in Detail', ['Jane Doe', 'John Roe'], 'We study things.', '2603.00001', 'new']]);
  });
  it('`**Author:**` with a single name; a cited arXiv listing is no link but the entry stays a paper', () => {
    const t = '## Top\n\n1. **A Study of Things in Detail**  \n   **Author:** Vicente Opazo  \n   **Link:** arXiv. ([arxiv.org](https://arxiv.org/list/cs.LG/new))  \n';
    expect(read(t).map((e) => [e.title, e.authors, e.links])).toEqual([['A Study of Things in Detail', ['Vicente Opazo'], []]]);
  });
  it('after list entries, a paragraph with a bold run-in lead and prose is no entry', () => {
    const t = '## Papers\n\n- **A Study of Things in Detail.** We study things. ([arxiv.org](https://arxiv.org/abs/2608.00001))\n\n## News\n\n**KDD 2026 status.** KDD is in its final conference day window in Jeju, with the official site showing the schedule. Watch for updates. ([kdd](https://kdd2026.kdd.org/))\n';
    expect(read(t).map((e) => e.title)).toEqual(['A Study of Things in Detail']);
  });
  it('a table abstract cell drops a `<summary>Show</summary>` button label', () => {
    const t = '| Title | Abstract |\n| --- | --- |\n| [A Study of Things in Detail](http://arxiv.org/abs/2504.00001v1) | <details><summary>Show</summary><p>We study things.</p></details> |\n';
    expect(read(t).map((e) => e.abstract)).toEqual(['We study things.']);
  });
  it('Springer-style references: authors, title and venue; IEEE reference tails are no abstract; `[[note]]` links are dropped', () => {
    const t = [
      '* Fabbri, C., Islam, M.J., Sattar, J.: Enhancing underwater imagery using generative adversarial networks. arXiv preprint arXiv:1801.04011 (2018) [[paper]](https://scholar.google.com/scholar?q=x)`UGAN`',
      '* C. Li, S. Anwar, and F. Porikli, “Underwater scene prior inspired deep underwater image and video enhancement,” Pattern Recognition, vol. 98, p. 107038, Feb. 2020, doi: 10.1016/j.patcog.2019.107038.[[paper]](https://linkinghub.elsevier.com/retrieve/pii/S0031320319303401)[[note]](https://www.yuque.com/u/x/y)',
      '',
    ].join('\n');
    expect(read(t).map((e) => [e.title, e.authors, e.arxivId, e.abstract, e.links.length])).toEqual([
      ['Enhancing underwater imagery using generative adversarial networks', ['C. Fabbri', 'M.J. Islam', 'J. Sattar'], '1801.04011', undefined, 1],
      ['Underwater scene prior inspired deep underwater image and video enhancement', ['C. Li', 'S. Anwar', 'F. Porikli'], undefined, undefined, 1],
    ]);
  });
  it('nested bullets: `Name (Affil), …` authors replace an affiliation line, `摘要：` is the abstract, points under a label bullet are notes', () => {
    const t = [
      '* A Study of Things in Detail [[Paper]](https://arxiv.org/abs/1909.00001)',
      '',
      '    * Stanford, UC Berkeley',
      '',
      '    * Jane Doe (Stanford), John Roe (UC Berkeley), Ann Poe (MIT)',
      '',
      '    * 摘要：智能系统的一个核心能力是能够通过借鉴以往的经验快速学习新任务。',
      '',
      '* Another Study of Things [[Paper]](https://arxiv.org/abs/1909.00002)',
      '',
      '    * Implemented Algorithms',
      '',
      '        * **Policy Gradient** A2C, PPO, and the other ones we like to run on Atari games.',
      '',
    ].join('\n');
    expect(read(t).map((e) => [e.title, e.authors, e.abstract])).toEqual([
      ['A Study of Things in Detail', ['Jane Doe', 'John Roe', 'Ann Poe'], '智能系统的一个核心能力是能够通过借鉴以往的经验快速学习新任务。'],
      ['Another Study of Things', undefined, undefined],
    ]);
  });
});

describe('heading entries with bold `**Label: value**` bullets and quoted `> **Label:** value` fields (arXiv bot digests)', () => {
  const entry = (labels: [string, string, string, string, string, string], tag = '[new 001]') =>
    [
      `#### ${tag} A Study of Things in Detail`,
      `- **${labels[0]}: cs.CL; cs.LG**`,
      '',
      `- **${labels[1]}: A short machine summary of the paper.**`,
      '',
      `- **${labels[2]}: [https://arxiv.org/pdf/2511.00001v1](https://arxiv.org/pdf/2511.00001v1)**`,
      '',
      `> **${labels[3]}:** Jane Doe; John Roe`,
      '>',
      `> **${labels[4]}:** 9 pages. Code at https://github.com/doe/things`,
      '>',
      `> **${labels[5]}:** We study things in detail and find that they are detailed, which matters a great deal.`,
      '>',
      '---',
      '',
    ].join('\n');
  const expected = [
    'A Study of Things in Detail',
    ['Jane Doe', 'John Roe'],
    'We study things in detail and find that they are detailed, which matters a great deal.',
    'A short machine summary of the paper.',
    '9 pages. Code at https://github.com/doe/things',
    ['https://arxiv.org/pdf/2511.00001v1', 'https://github.com/doe/things'],
  ];
  const row = (e: RawEntry) => [e.title, e.authors, e.abstract, e.summary, e.comments, e.links.map((l) => l.url)];
  it.each([
    ['Chinese labels', ['分类', '简介', '链接', '作者', '备注', '摘要']],
    ['English labels', ['Category', 'Summary', 'Link', 'Authors', 'Comments', 'Abstract']],
  ] as const)('%s: one entry, the link bullet a field, the heading its title', (_, labels) => {
    expect(read(entry([...labels])).map(row)).toEqual([expected]);
  });
  it('the `[new NNN]` / `[cross NNN]` / `[replace NNN]` tag is stripped; two entries stay two', () => {
    const t = entry(['分类', '简介', '链接', '作者', '备注', '摘要'], '[cross 012]') + entry(['分类', '简介', '链接', '作者', '备注', '摘要'], '[replace 3]').replace(/2511\.00001/g, '2511.00002').replace('Study', 'Review');
    expect(read(t).map((e) => [e.title, e.arxivId])).toEqual([
      ['A Study of Things in Detail', '2511.00001'],
      ['A Review of Things in Detail', '2511.00002'],
    ]);
  });
  it('a bold bullet whose colon follows no field label stays a title (`**GPT-4: A Report**`)', () => {
    const t = '## Papers\n\n- **GPT-4: A Technical Report on Things** [[paper]](https://arxiv.org/abs/2303.08774)\n- **Llama 2: Open Foundation Models** [[paper]](https://arxiv.org/abs/2307.09288)\n';
    expect(read(t).map((e) => e.title)).toEqual(['GPT-4: A Technical Report on Things', 'Llama 2: Open Foundation Models']);
  });
});

describe('source-tagged reference lines `[N] Title. tag. URL (date)` in a markdown paragraph', () => {
  it('an entry per line; the same arXiv paper twice (abs, html) is one entry with both links', () => {
    const t = [
      '# Report',
      '',
      '## Sources',
      '[1] A Survey of World Models. arxiv. https://arxiv.org/abs/2606.00133 (2026-05-28)',
      '[2] Genie: Generative Interactive Environments. web. https://proceedings.mlr.press/v235/bruce24a.html (2024-07-08)',
      '[3] A Survey of World Models (Web Survey). web. https://arxiv.org/html/2606.00133',
      '[4] Do World Models Make Better Robots?. hf-search. https://huggingface.co/papers/2609.29669 (2026-09-29)',
      '',
    ].join('\n');
    expect(read(t).map((e) => [e.title, e.links.map((l) => l.url)])).toEqual([
      ['A Survey of World Models', ['https://arxiv.org/abs/2606.00133', 'https://arxiv.org/html/2606.00133']],
      ['Genie: Generative Interactive Environments', ['https://proceedings.mlr.press/v235/bruce24a.html']],
      ['Do World Models Make Better Robots?', ['https://huggingface.co/papers/2609.29669']],
    ]);
  });
  it('lines with two addresses, no source tag or prose after the address are no such lines', () => {
    const t = '## Sources\n\n[1] Some Title Here. arxiv. https://a.org/x https://b.org/y\n[2] Another Title Here https://a.org/z\n[3] A Third Title. web. https://c.org/w and more words here\n';
    expect(read(t).map((e) => e.title)).not.toContain('Some Title Here');
    expect(read(t).map((e) => e.title)).not.toContain('A Third Title');
  });
});

describe('venues, note links, math, news rows and talk sections (reader rules of the e2e12 / e2e15 todos)', () => {
  it.each([
    ['a parenthesised venue holding a link', '- (CVPR 2021 [AI for Content Creation Workshop](http://w.org/aicc/)) **High-Resolution Scene Synthesis with Transformers**, A. Person et al. [[Paper](https://arxiv.org/pdf/2105.06458.pdf)]\n', 'CVPR 2021 AI for Content Creation Workshop'],
    ['a bracketed venue holding a link', '- [NeurIPS 2020 [ML4H](http://w.org/ml4h/)] **A Study of Clinical Things in Depth** [[Paper](https://arxiv.org/abs/2101.00001)]\n', 'NeurIPS 2020 ML4H'],
    ['a parenthesised venue without a link', '- (ICML 2021) **ViLT: Vision-and-Language Transformer** [[Paper](https://arxiv.org/pdf/2102.03334.pdf)]\n', 'ICML 2021'],
  ])('%s is the venue, the bold span after it the title; the venue page is no link of the paper', (_n, md, venue) => {
    const [e] = read(md);
    expect(e!.title).not.toMatch(/20\d\d|\(/);
    expect(e!.venueText).toBe(venue);
    expect(e!.links.every((l) => /arxiv\.org/.test(l.url))).toBe(true);
  });
  it('a parenthesis with a link that reads as no venue is left as it was', () => {
    const [e] = read('- (see [this thread](http://t.org/x)) **A Study of Clinical Things** [[Paper](https://arxiv.org/abs/2101.00001)]\n');
    expect(e!.venueText).toBeUndefined();
  });
  it('a repository named in a note bullet is no resource of the paper; a note about code keeps its link', () => {
    const md = [
      '- **Episodic Transformer for Navigation**, A. Person et al. [[Paper](https://arxiv.org/pdf/2105.06453.pdf)] [[Code](https://github.com/a/et)]',
      '  * ⭐ SOTA on [ALFRED](https://github.com/askforalfred/alfred)',
      '- **Another Transformer for Navigation**, B. Person et al. [[Paper](https://arxiv.org/pdf/2105.06454.pdf)]',
      '  * Official code: [AnotherNav](https://github.com/b/another)',
      '',
    ].join('\n');
    expect(read(md).map((e) => e.links.map((l) => l.url))).toEqual([
      ['https://arxiv.org/pdf/2105.06453.pdf', 'https://github.com/a/et'],
      ['https://arxiv.org/pdf/2105.06454.pdf', 'https://github.com/b/another'],
    ]);
  });
  it.each([
    ['`**` inside math in a bold title', '- **[8] $B_s \\to D_s^{**}\\ell\\nu$ decays (hep-ph)** — a summary. https://arxiv.org/abs/2607.02276\n', '$B_s \\to D_s^{**}\\ell\\nu$ decays'],
    ['`_` pairs inside math', '- **Bounds on $a_1$ and $b_2$ Here** [[pdf]](https://arxiv.org/abs/2101.00001)\n', 'Bounds on $a_1$ and $b_2$ Here'],
  ])('math spans protect their content from emphasis: %s', (_n, md, title) => {
    expect(read(md)[0]!.title).toBe(title);
  });
  it('dollar amounts are no math span: emphasis between them still parses', () => {
    const [e] = read('- **Training for $5 *and* $10** [[pdf]](https://arxiv.org/abs/2101.00001)\n');
    expect(e!.title).toBe('Training for $5 and $10');
  });
  it('a row whose only link is a news story (theguardian.com, nytimes.com) is no paper; a news link beside a paper link is', () => {
    const md = [
      '|Link|description|',
      '|---|---|',
      '|[Smartphone app could help detect dementia, study finds.](https://www.theguardian.com/society/2024/apr/01/x) |App-based tests were found to be good.|',
      '|[Chatbots Are Now Writing the News, Report Says.](https://www.nytimes.com/2024/04/02/technology/x.html) |A report on newsrooms.|',
      '|[Unsegment Anything by Simulating Deformation.](https://arxiv.org/abs/2404.02585v1) |A novel strategy.|',
      '|[Evaluating LLMs at Detecting Errors in LLM Responses.](https://arxiv.org/abs/2404.03602v1) |A benchmark.|',
      '',
    ].join('\n');
    expect(read(md).map((e) => e.title)).toEqual(['Unsegment Anything by Simulating Deformation', 'Evaluating LLMs at Detecting Errors in LLM Responses']);
  });
  it('a `### Talks` / `## Links` section is read when its items are papers, skipped when they are talks', () => {
    const md = [
      '## Accepted Papers',
      '### Talks',
      '- **Learning Things from Other Things**. Jane Doe, John Roe. [[Paper](https://openreview.net/forum?id=abc)]',
      '- **Scaling Laws for Many Things**. Ann Lee, Bo Chen. [[Paper](https://arxiv.org/abs/2101.00002)]',
      '### Posters',
      '- **A Poster Paper on Things**. Kim Park, Lee Min. [[Paper](https://arxiv.org/abs/2101.00003)]',
      '## Talks',
      '- **Some Talk About Things** Jane Doe [[video]](https://youtu.be/x)',
      '- **Another Talk About Things** John Roe [[slides]](https://t.org/s.html)',
      '',
    ].join('\n');
    expect(read(md).map((e) => e.title)).toEqual(['Learning Things from Other Things', 'Scaling Laws for Many Things', 'A Poster Paper on Things']);
  });
});

describe('item forms: authors / nickname / lead tag before the title', () => {
  const list = (items: string[]) => read(`# Awesome\n\n## Papers\n\n${items.join('\n')}\n`);
  it.each([
    ['`Name et al. [Title](url)`', '- Kaiming He et al. [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)', 'Deep Residual Learning for Image Recognition', ['Kaiming He']],
    ['`Surname et al. [Title](url)`', '- He et al. [Attention Is All You Need](https://arxiv.org/abs/1706.03762)', 'Attention Is All You Need', ['He']],
    ['`Name, Name. [Title](url)`', '- Kaiming He, Xiangyu Zhang. [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377)', 'Masked Autoencoders Are Scalable Vision Learners', ['Kaiming He', 'Xiangyu Zhang']],
    ['a presenter before the title is dropped', '- Markus Gutenberger [CLEEGN: A Convolutional Neural Network for EEG](https://arxiv.org/abs/2207.00000)', 'CLEEGN: A Convolutional Neural Network for EEG', []],
    ['`Name et al. [Title](url) [[code](url)]`', '- Ze Liu et al. [Swin Transformer: Hierarchical Vision Transformer using Shifted Windows](https://arxiv.org/abs/2103.14030) [[code](https://github.com/microsoft/Swin-Transformer)]', 'Swin Transformer: Hierarchical Vision Transformer using Shifted Windows', ['Ze Liu']],
  ])('author names before a title link: %s', (_n, item, title, authors) => {
    const [e] = list([item]);
    expect(e!.title).toBe(title);
    expect(e!.authors ?? []).toEqual(authors);
  });
  it.each([
    ['a three-word title-case label', '- LLaVA: [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485)', 'Visual Instruction Tuning'],
    ['a long label', '- CLIP: [Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020)', 'Learning Transferable Visual Models From Natural Language Supervision'],
    ['a one-word label stays behind the nickname', '- ViT: [Image](https://arxiv.org/abs/2010.11929)', 'ViT'],
  ])('a nickname, then a title link: %s', (_n, item, title) => {
    expect(list([item])[0]!.title).toBe(title);
  });
  it.each([
    ['`[Oral] **Title**`', '- [Oral] **Masked Autoencoders Are Scalable Vision Learners** [pdf](https://arxiv.org/abs/2111.06377)', 'Masked Autoencoders Are Scalable Vision Learners'],
    ['`(Spotlight) **Title**`', '- (Spotlight) **Deep Residual Learning for Image Recognition** [pdf](https://arxiv.org/abs/1512.03385)', 'Deep Residual Learning for Image Recognition'],
    ['`[Oral] [Title](url)`', '- [Oral] [Attention Is All You Need](https://arxiv.org/abs/1706.03762)', 'Attention Is All You Need'],
  ])('a lead tag before a bold or linked title is no part of it: %s', (_n, item, title) => {
    const [e] = list([item]);
    expect(e!.title).toBe(title);
    expect(e!.authors ?? []).toEqual([]);
  });
});
