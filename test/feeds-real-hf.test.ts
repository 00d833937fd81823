// Real captures nobody had tested (fixtures/real-hf/SOURCES.md): Hugging Face digests saved by bots,
// HF pages saved by capture tools, daily-arXiv layouts with collapsed abstracts, reading lists.
// The labels were written by hand before the library was run on the excerpts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.js';

const fx = (name: string) => readFileSync(new URL(`../fixtures/real-hf/${name}`, import.meta.url), 'utf8');
const read = (name: string) => parseFeed(fx(name));
const titles = (r: ReturnType<typeof parseFeed>) => r.papers.map((p) => p.title);
const ids = (r: ReturnType<typeof parseFeed>) => r.papers.map((p) => p.arxivId);

describe('HF daily papers translated by a bot (l-yohai/daily_papers_ko)', () => {
  it('a linked title heading, video or thumbnail, `Vote:`, `Authors:`, then the Korean summary bullets as the abstract', () => {
    const r = read('daily-papers-ko.md');
    expect(titles(r)).toEqual([
      'MovieLLM: Enhancing Long Video Understanding with AI-Generated Movies',
      'ResAdapter: Domain Consistent Resolution Adapter for Diffusion Models',
      'Twisting Lids Off with Two Hands',
    ]);
    expect(ids(r)).toEqual(['2403.01422', '2403.02084', '2403.02338']);
    // the `Authors:` line under a video block is read too
    expect(r.papers.map((p) => p.authors?.length)).toEqual([7, 10, 5]);
    expect(r.papers[0]!.authors![0]).toBe('Zhende Song');
    const ab = r.papers.map((p) => p.abstract ?? '');
    expect(ab[0]!.startsWith('기계가 동영상을 이해하는 방식에')).toBe(true);
    expect(ab[0]!.endsWith('편향 문제를 극복합니다.')).toBe(true);
    expect(ab[1]!.startsWith('텍스트-이미지 모델(예: Stable Diffusion)')).toBe(true);
    expect(ab[1]!.endsWith('https://res-adapter.github.io 입니다.')).toBe(true);
    expect(ab[2]!.startsWith('다중 손가락을 이용한')).toBe(true);
    expect(ab[2]!.endsWith('유망한 접근법임을 입증합니다.')).toBe(true);
    for (const a of ab) expect(a).not.toMatch(/Vote|Watch Video|^- /);
  });

  it("the README: labelled bullets (`***What's New***:`) are the abstract without their labels; License, Citation, Star History are no papers", () => {
    const r = read('daily-papers-ko-readme.md');
    expect(ids(r)).toEqual(['2410.18889', '2410.19123', '2410.16270']);
    expect(titles(r)).toEqual([
      'Are LLMs Better than Reported? Detecting Label Errors and Mitigating Their Effect on Model Performance',
      'Read-ME: Refactorizing LLMs as Router-Decoupled Mixture of Experts with System Co-Design',
      'Reflection-Bench: probing AI intelligence with reflection',
    ]);
    expect(r.papers.map((p) => p.authors?.length)).toEqual([5, 7, 7]);
    const ab = r.papers.map((p) => p.abstract ?? '');
    expect(ab[0]!.startsWith('이 연구는 LLM (Large Language Models)의 레이블 오류')).toBe(true);
    expect(ab[0]!).toContain('LLM을 심판(LLM-as-a-judge)으로');
    expect(ab[2]!.endsWith('크게 부족함을 나타냅니다.')).toBe(true);
    for (const a of ab) expect(a).not.toMatch(/\*\*\*|What's New|Technical Details/);
  });
});

describe('a daily-arXiv one-paper note (shiyibihua/arxiv-daily)', () => {
  it('`# Title`, `**作者**:` and the original abstract under `摘要（原文）` (not the Chinese one)', () => {
    const r = read('arxiv-daily-zh-note.md');
    expect(r.papers).toHaveLength(1);
    const p = r.papers[0]!;
    expect(p.title).toBe('General agents contain world models');
    expect(p.arxivId).toBe('2506.01622');
    expect(p.authors).toEqual(['Jonathan Richens', 'David Abel', 'Alexis Bellot', 'Tom Everitt']);
    expect(p.abstract!.startsWith('Are world models a necessary ingredient for flexible, goal-directed behaviour')).toBe(true);
    expect(p.abstract!.endsWith('providing new algorithms for eliciting world models from agents.')).toBe(true);
  });
});

describe('a Chinese HF digest (Zi-yangChen/hf-daily-papers-summarizer)', () => {
  it('`### 1. **[Title]**` then labelled fields: the link field gives the paper, the summary field its abstract', () => {
    const r = read('hf-summarizer-zh.md');
    expect(titles(r)).toEqual([
      'EvoArena: Tracking Memory Evolution for Robust LLM Agents in Dynamic Environments',
      'MiniMax Sparse Attention',
      'EurekAgent: Agent Environment Engineering is All You Need For Autonomous Scientific Discovery',
    ]);
    expect(ids(r)).toEqual(['2606.13681', '2606.13392', '2606.13662']);
    expect(r.papers[0]!.abstract!.startsWith('动态环境对 LLM 智能体提出了巨大挑战')).toBe(true);
    expect(r.papers[1]!.abstract!.startsWith('随着 LLM 上下文窗口不断扩大')).toBe(true);
    expect(r.papers.every((p) => !p.abstract!.includes('研究团队'))).toBe(true);
  });
});

describe('collapsed abstracts (`<details><summary>Abstract</summary>`)', () => {
  it('a year list: `### [Title](ID.md)` (relative link), bold authors, the abstract in a details block', () => {
    const r = read('details-year-list.md');
    expect(titles(r)).toEqual([
      'Memory Augmented Lookup Dictionary based Language Modeling for Automatic Speech Recognition',
      'Macro-block dropout for improved regularization in training end-to-end speech recognition models',
      'Technical Evaluation of HoloLens for Multimedia: A First Look',
      'ReVISE: Self-Supervised Speech Resynthesis with Visual Input for Universal and Generalized Speech Enhancement',
    ]);
    expect(r.papers.map((p) => p.abstract?.slice(0, 20))).toEqual(['Recent studies have ', 'This paper proposes ', 'A recently released ', 'Prior works on impro']);
    expect(r.papers.map((p) => p.abstract?.slice(-20))).toEqual(['for long-tail tokens.', 'n the same test sets.', 'd speech recognition.', 'wnhsu.github.io/ReVISE.'].map((s) => s.slice(-20)));
    expect(r.papers[0]!.authors![0]).toBe('Yukun Feng');
  });

  it('a topic digest: `- **Title**` list items with authors, date and address, the abstract in the item', () => {
    const r = read('details-topic-digest.md');
    expect(ids(r)).toEqual(['2602.24133', '2602.23945', '2602.23814']);
    expect(titles(r)).toEqual([
      'FocusTrack: One-Stage Focus-and-Suppress Framework for 3D Point Cloud Object Tracking',
      'PointCoT: A Multi-modal Benchmark for Explicit 3D Geometric Reasoning',
      'Action-Geometry Prediction with 3D Geometric Prior for Bimanual Manipulation',
    ]);
    expect(r.papers.map((p) => p.abstract?.slice(0, 30))).toEqual([
      'In 3D point cloud object track',
      'While Multimodal Large Languag',
      'Bimanual manipulation requires',
    ]);
    expect(r.papers[0]!.abstract!.endsWith('running at a high speed with 105 FPS.')).toBe(true);
    expect(r.papers.map((p) => p.authors?.length)).toEqual([5, 10, 7]);
  });

  it('sections of `### [Title](arxiv)` entries, the abstract inside `<ol>` in the details block, `**comments**` outside it', () => {
    const r = read('details-ol-sections.md');
    expect(ids(r)).toEqual(['2412.13639', '2412.14103', '2412.14113', '2412.13452']);
    expect(r.papers.map((p) => p.abstract?.slice(0, 24))).toEqual([
      '4D millimeter-wave (mmWa',
      'The recent development o',
      'Hubness is a phenomenon ',
      'Visual localization is a',
    ]);
    expect(r.papers[3]!.abstract!.endsWith('up to 25x faster.')).toBe(true);
    for (const p of r.papers) expect(p.abstract).not.toMatch(/<\/?ol>|comments|AAAI2025/);
  });
});

describe('a table list with Title | Venue | Code columns', () => {
  it('every row with a title is a paper (links or not, a missing closing pipe); the legend table is not', () => {
    const r = read('table-title-venue-code.md');
    expect(titles(r)).toEqual([
      'NAS-Bench-101: Towards Reproducible Neural Architecture Search',
      'NAS-Bench-201: Extending the Scope of Reproducible Neural Architecture Search',
      'NAS-Bench-301 and the Case for Surrogate Benchmarks for Neural Architecture Search',
      'NATS-Bench: Benchmarking NAS Algorithms for Architecture Topology and Size',
      'NAS-Bench-ASR: Reproducible Neural Architecture Search for Speech Recognition',
      'CATE: Computation-aware Neural Architecture Encoding with Transformers',
      'AutoFormer: Searching Transformers for Visual Recognition',
      'AutoHAS: Differentiable Hyper-parameter and Architecture Search',
      'PyGlove: Symbolic Programming for Automated Machine Learning',
      'AutoBSS: An Efficient Algorithm for Block Stacking Style Search',
      'Neural Architecture Search in a Proxy Validation Loss Landscape',
      'Adversarial AutoAugment',
    ]);
  });
});

describe('HF papers search pages saved by capture tools', () => {
  it('in a text fence with reference-style links: an organisation (`[[microsoft] Microsoft][67]`) is no paper; a cut last card keeps its title', () => {
    const r = read('search-refstyle-fenced.md');
    expect(titles(r)).toEqual([
      'MURMUR: An Efficient Inference System for Long-Form ASR',
      "Gemini 1.5: Unlocking multimodal understanding across millions of tokens of context",
      'VIBEVOICE-ASR Technical Report',
      'Distilling Conversations: Abstract Compression of Conversational Audio Context for LLM-based ASR',
      'Reducing Distraction in Long-Context Language Models by Focused Learning',
    ]);
    expect(r.papers.slice(0, 4).map((p) => p.abstract?.slice(0, 30))).toEqual([
      'Long-form automatic speech rec',
      'In this report, we present the',
      'This report presents VibeVoice',
      'Standard LLM-based speech reco',
    ]);
    expect(r.papers[0]!.abstract!.endsWith('available at https://github.com/uw-syfi/Murmur.')).toBe(true);
  });

  it('a notebook export (every label and address on a paragraph of its own): four papers, the organisation `Google` none', () => {
    const r = read('search-notebook-export.md');
    expect(ids(r)).toEqual(['2410.05434', '1802.08979', '2510.21057', '2310.17680']);
    expect(titles(r)).toEqual([
      'Better than Your Teacher: LLM Agents that learn from Privileged AI Feedback',
      'NL2Bash: A Corpus and Semantic Parser for Natural Language Interface to the Linux Operating System',
      'Soft Instruction De-escalation Defense',
      'CodeFusion: A Pre-trained Diffusion Model for Code Generation',
    ]);
    expect(r.papers.map((p) => p.abstract?.slice(0, 26))).toEqual([
      'While large language models',
      'We present new data and sem',
      'Large Language Models (LLMs',
      'Imagine a developer who can',
    ].map((s) => s.slice(0, 26)));
    expect(r.papers[2]!.abstract!.endsWith('This nonetheless raises the bar.')).toBe(true);
  });
});

describe('a reading list written author-year first', () => {
  it('`1. Surname, I. et al. (2024). Title. arXiv:ID.`: the title after the year; items with no id kept', () => {
    const r = read('reading-list-refs.md');
    expect(titles(r)).toEqual([
      'Interpreting token compositionality in LLMs',
      'Linear Algebraic Structure of Word Senses',
      "A Psycholinguistic Analysis of BERT's Representations of Compounds",
      'BatchTopK Sparse Autoencoders',
      'A is for Absorption',
      'Feature Hedging',
      'Sparse Autoencoders Find Highly Interpretable Features',
      'Can Transformer be Too Compositional?',
      'Toy Models of Superposition',
      'Decomposing The Dark Matter of SAEs',
      'Token Erasure as a Footprint of Implicit Vocabulary Items',
      'Scaling and evaluating sparse autoencoders',
      'Probing for idiomaticity in vector space models',
      'Transformer Feed-Forward Layers Build Predictions',
      'Language Models Represent Space and Time',
    ]);
    expect(ids(r).filter(Boolean)).toHaveLength(13);
    expect(r.papers[0]!.arxivId).toBe('2410.12924');
  });
});

describe('an HF page copied hard-wrapped with a blank line after every line', () => {
  /** The page wrapped at `width` columns, each line followed by a blank line (a terminal or PDF copy pasted double-spaced). */
  const doubled = (text: string, width: number) => {
    const out: string[] = [];
    for (const line of text.split('\n')) {
      let rest = line;
      while (rest.length > width) {
        const k = rest.lastIndexOf(' ', width);
        if (k <= 0) break;
        out.push(rest.slice(0, k), '');
        rest = rest.slice(k + 1);
      }
      out.push(rest);
      if (rest.trim()) out.push('');
    }
    return out.join('\n');
  };

  it('reads the same papers and abstracts as the page itself (the full lines are joined again)', () => {
    const page = readFileSync(new URL('../fixtures/seed-hf-page.txt', import.meta.url), 'utf8');
    const base = parseFeed(page);
    const r = parseFeed(doubled(page, 80));
    expect(base.papers.length).toBe(80);
    expect(titles(r)).toEqual(titles(base));
    const same = r.papers.filter((p, i) => p.abstract === base.papers[i]!.abstract).length;
    expect(same).toBeGreaterThanOrEqual(79);
  });
});

describe('more digest layouts', () => {
  it('`- **[Title](arxiv)**` items with `<details open>` abstracts right under the authors', () => {
    const r = read('details-open-bold-links.md');
    expect(ids(r)).toEqual(['2506.09081', '2507.20987', '2507.11245']);
    expect(r.papers.map((p) => p.abstract?.slice(0, 25))).toEqual(['We present FlagEvalMM, an', 'Recent advances in diffus', 'With the rapid developmen']);
    expect(r.papers[1]!.authors).toEqual(['Xinhan Di', 'Kristin Qi', 'Pengqian Yu']);
  });

  it('`## N. Title` with `**Authors:**`, `**arXiv:**` fields: the `**Summary:**` is the abstract, `**Why trending:**` is not', () => {
    const r = read('blog-digest-fields.md');
    expect(ids(r)).toEqual(['2605.29801', '2605.29250', '2605.30332', '2605.26578']);
    expect(titles(r)[3]).toBe('Is Position Bias in Dense Retrievers Built In — or Learned from Data?');
    expect(r.papers.map((p) => p.authors?.length)).toEqual([5, 5, 3, 3]);
    expect(r.papers[0]!.abstract!.startsWith('Modern open-world agents like OpenClaw')).toBe(true);
    expect(r.papers[2]!.abstract!.endsWith('32.39→26.69 on JiT-B/16 on ImageNet-256.')).toBe(true);
    for (const p of r.papers) expect(p.abstract).not.toMatch(/trending|Summary/);
  });

  it('a digest of models, papers and repositories: only the papers section holds papers', () => {
    const r = read('digest-models-papers-repos.md');
    expect(titles(r)).toEqual([
      'TradingAgents: Multi-Agents LLM Financial Trading Framework',
      'PaddleOCR-VL-1.6: Expanding the Frontier of Document Parsing with Under-Optimized Region Refinement and Progressive Post-Training',
      'MinerU2.5: A Decoupled Vision-Language Model for Efficient High-Resolution Document Parsing',
      'Mem0: Building Production-Ready AI Agents with Scalable Long-Term Memory',
    ]);
    expect(ids(r)).toEqual(['2412.20138', '2606.03264', '2509.22186', '2504.19413']);
    expect(r.papers[1]!.abstract!.startsWith('PaddleOCR-VL-1.6 enhances document parsing')).toBe(true);
    expect(r.papers.every((p) => !p.abstract!.includes('PaddlePaddle\n') && !p.abstract!.includes('▲'))).toBe(true);
  });
});

describe('a summary and an abstract under one title heading', () => {
  it('the collapsed `Abstract` is the abstract; the summary bullets before it are the summary', () => {
    const text = [
      '### [A paper about several careful things](https://arxiv.org/abs/2401.10000)',
      '',
      'Authors: Ann Bee, Cee Dee',
      '',
      '- This is a summary sentence about the paper.',
      '- Another sentence follows here with more words.',
      '',
      '<details>',
      '<summary>Abstract</summary>',
      '',
      'The real abstract text goes here and is long enough.',
      '',
      '</details>',
      '',
    ].join('\n');
    const p = parseFeed(text).papers;
    expect(p).toHaveLength(1);
    expect(p[0]!.abstract).toBe('The real abstract text goes here and is long enough.');
    expect(p[0]!.summary).toBe('This is a summary sentence about the paper. Another sentence follows here with more words.');
  });
});

describe('labelled fields listed under a title heading', () => {
  it('authors, venue, code and a TL;DR field describe the heading paper, no field is a paper', () => {
    const text = [
      '### [A paper about several careful things](https://arxiv.org/abs/2401.10000)',
      '- **Authors**: Ann Bee, Cee Dee',
      '- **Code**: [GitHub](https://github.com/a/b)',
      '- **TL;DR**: We propose a method that does several careful things very well.',
      '',
      '### [Another paper about other careful things](https://arxiv.org/abs/2401.10001)',
      '- **Authors**: Eff Gee',
      '- **Venue**: NeurIPS 2024',
      '',
    ].join('\n');
    const p = parseFeed(text).papers;
    expect(p.map((x) => [x.arxivId, x.authors])).toEqual([
      ['2401.10000', ['Ann Bee', 'Cee Dee']],
      ['2401.10001', ['Eff Gee']],
    ]);
    expect(p[0]!.abstract).toBe('We propose a method that does several careful things very well.');
    expect(p[1]!.venue?.name).toBe('NeurIPS');
  });
});
