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
  it('reads 3000 nested entries in one list in linear time', () => {
    const item = (i: number) => `- Paper Number ${i} On Things.\n  [[pdf]](https://arxiv.org/abs/2301.${String(i).padStart(5, '0')})\n  - Doe, Jane and Roe, John. *CVPR 2023*\n`;
    const text = '# Big\n' + Array.from({ length: 3000 }, (_, i) => item(i)).join('');
    const t0 = performance.now();
    const es = read(text);
    expect(es).toHaveLength(3000);
    expect(es[2999]!.arxivId).toBe('2301.02999');
    expect(performance.now() - t0).toBeLessThan(20_000);
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
    const t0 = performance.now();
    expect(() => read(s)).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(15_000);
  }, 30_000);
  it('reports no diagnostics on well-formed lists', () => {
    diags.length = 0;
    read(fx('shared/awesome_list_dev.md'));
    expect(diags).toEqual([]);
  });
});
