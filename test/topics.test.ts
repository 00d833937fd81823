import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPaperfeedError, PaperfeedError } from '../src/errors.js';
import { TagTopicsOptionsSchema, TaxonomyFileSchema } from '../src/schema/taxonomy.js';
import { TopicTagSchema } from '../src/schema/paper.js';
import taxonomyFile from '../src/data/taxonomy.json' with { type: 'json' };
import {
  compileTaxonomy,
  DEFAULT_MAX_TAGS,
  DEFAULT_THRESHOLD,
  defaultTaxonomy,
  explainTopics,
  normalizePhrase,
  SECTION_SEPARATOR,
  tagTopics,
  tokenize,
  type TagTopicsOptions,
  type TopicDefinition,
} from '../src/topics/index.js';
import { checkTopicOptions } from '../src/topics/validate.js';
import { tokenizeTerm } from '../src/topics/normalize.js';

const ids = (tags: { id: string; implied?: boolean }[], implied = false) => tags.filter((t) => implied || !t.implied).map((t) => t.id);

function thrown(f: () => unknown): PaperfeedError {
  try {
    f();
  } catch (e) {
    if (isPaperfeedError(e)) return e as PaperfeedError;
    throw e;
  }
  throw new Error('expected a PaperfeedError');
}

// The contract of shared/spec/topics.md: id, label, parent.
const CONTRACT: [string, string, string | null][] = [
  ['generative-models', 'Generative models', null],
  ['diffusion-models', 'Diffusion models', 'generative-models'],
  ['continual-learning', 'Continual learning', null],
  ['meta-learning', 'Meta-learning', null],
  ['few-shot-learning', 'Few-shot learning', null],
  ['self-supervised-learning', 'Self-supervised learning', null],
  ['semi-supervised-learning', 'Semi-supervised learning', null],
  ['transfer-learning', 'Transfer learning', null],
  ['reinforcement-learning', 'Reinforcement learning', null],
  ['curriculum-learning', 'Curriculum learning', null],
  ['active-learning', 'Active learning', null],
  ['online-learning', 'Online learning', null],
  ['knowledge-distillation', 'Knowledge distillation', null],
  ['distributed-learning', 'Distributed and federated learning', null],
  ['optimization', 'Optimization for ML', null],
  ['hyperparameter-optimization', 'Hyperparameter optimization and AutoML', null],
  ['model-compression', 'Model compression and sparsity', null],
  ['parameter-efficient-finetuning', 'Parameter-efficient fine-tuning', 'transfer-learning'],
  ['dataset-distillation', 'Dataset distillation', null],
  ['data-selection', 'Data selection and reweighting', null],
  ['data-augmentation', 'Data augmentation', null],
  ['bayesian-methods', 'Bayesian methods', null],
  ['uncertainty-quantification', 'Uncertainty quantification', null],
  ['differential-equations', 'Neural differential equations', null],
  ['learning-theory', 'Learning theory', null],
  ['statistical-physics', 'Statistical physics of learning', null],
  ['distribution-shift', 'Distribution shift and adaptation', null],
  ['adversarial-robustness', 'Adversarial robustness', null],
  ['privacy', 'Privacy', null],
  ['fairness', 'Fairness and bias', null],
  ['computer-vision', 'Computer vision', null],
  ['natural-language-processing', 'Natural language processing', null],
  ['large-language-models', 'Large language models', 'natural-language-processing'],
  ['multimodal-learning', 'Multimodal learning', null],
  ['speech-audio', 'Speech and audio', null],
  ['video', 'Video', 'computer-vision'],
  ['graph-learning', 'Graph learning', null],
  ['time-series', 'Time series', null],
  ['neural-fields', 'Neural fields and 3D', 'computer-vision'],
  ['scientific-ml', 'Scientific machine learning', null],
];

describe('default taxonomy (src/data/taxonomy.json)', () => {
  it('has exactly the ids, labels and parents of the contract', () => {
    expect(defaultTaxonomy.map((t) => [t.id, t.label, t.parent ?? null])).toEqual(CONTRACT);
  });
  it('matches shared/spec/topics.md when it is there', () => {
    const spec = new URL('../../shared/spec/topics.md', import.meta.url);
    if (!existsSync(spec)) return;
    const rows: [string, string, string | null][] = [];
    for (const line of readFileSync(spec, 'utf8').split('\n')) {
      const c = line.split('|').map((x) => x.trim());
      if (c.length >= 5 && /^[a-z][a-z0-9-]+$/.test(c[1]!) && c[1] !== 'id') rows.push([c[1]!, c[2]!, c[3] || null]);
    }
    expect(defaultTaxonomy.map((t) => [t.id, t.label, t.parent ?? null])).toEqual(rows);
  });
  it('is valid for the zod schema and compiles; every topic has a scope and 15+ terms', () => {
    expect(TaxonomyFileSchema.safeParse(taxonomyFile).success).toBe(true);
    const c = compileTaxonomy(defaultTaxonomy);
    expect(c.topics).toHaveLength(40);
    for (const t of defaultTaxonomy) {
      expect(t.scope, t.id).toBeTruthy();
      expect(t.terms.length, t.id).toBeGreaterThanOrEqual(15);
    }
  });
  it('has no term listed twice in one topic (after folding)', () => {
    for (const t of defaultTaxonomy) {
      const seen = new Map<string, string>();
      for (const term of [...t.terms.map((x) => ['+', x] as const), ...(t.negative ?? []).map((x) => ['-', x] as const)]) {
        const text = typeof term[1] === 'string' ? term[1] : term[1].t;
        const key = term[0] + tokenizeTerm(text).map((k) => k.norm + (k.prefix ? '*' : '')).join(' ');
        expect(seen.get(key), `${t.id}: "${text}" folds like "${seen.get(key)}"`).toBeUndefined();
        seen.set(key, text);
      }
    }
  });
  it('compiles once and caches per taxonomy object', () => {
    expect(compileTaxonomy(defaultTaxonomy)).toBe(compileTaxonomy(defaultTaxonomy));
    expect(Object.isFrozen(compileTaxonomy(defaultTaxonomy).topics)).toBe(true);
  });
});

describe('tokenize / normalise', () => {
  it.each([
    ['class-incremental', 'class incremental'],
    ['Class Incremental', 'class incremental'],
    ['pre-trained models', 'pretrained model'],
    ['pre trained', 'pretrained'],
    ['studies', 'study'],
    ['classes losses batches', 'class loss batch'],
    ['GANs LLMs', 'gan llm'],
    ['analysis corpus bias', 'analysis corpus bias'],
    ['Schrödinger', 'schrodinger'],
    ['5-shot 2:4', '# shot # #'],
  ])('%s -> %s', (text, folded) => {
    expect(normalizePhrase(text)).toBe(folded);
  });
  it.each([
    ['Self-Supervised', 'self supervised'],
    ['selfsupervised', 'self-supervised'],
    ['fine-tuning', 'fine tuning'],
    ['finetuning', 'Fine-Tuning'],
    ['multi-modal', 'multimodal'],
    ['optimisation optimisers normalised', 'optimization optimizer normalized'],
    ['modelling labelled behaviour colour', 'modeling labeled behavior color'],
    ['analyse', 'analyze'],
  ])('%s = %s', (a, b) => {
    expect(normalizePhrase(a)).toBe(normalizePhrase(b));
  });
  it('keeps offsets into the original string', () => {
    const text = 'A Pre-Trained ViT.';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['A', 'Pre-Trained', 'ViT']);
  });
});

// One well-known paper title per topic: the topic must be tagged from the title alone.
const TITLES: [string, string][] = [
  ['generative-models', 'Progressive Growing of GANs for Improved Quality, Stability, and Variation'],
  ['diffusion-models', 'Denoising Diffusion Implicit Models'],
  ['continual-learning', 'Overcoming Catastrophic Forgetting in Neural Networks'],
  ['meta-learning', 'Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks'],
  ['few-shot-learning', 'Prototypical Networks for Few-shot Learning'],
  ['self-supervised-learning', 'A Simple Framework for Contrastive Learning of Visual Representations'],
  ['semi-supervised-learning', 'FixMatch: Simplifying Semi-Supervised Learning with Consistency and Confidence'],
  ['transfer-learning', 'A Survey on Transfer Learning'],
  ['reinforcement-learning', 'Human-level control through deep reinforcement learning'],
  ['curriculum-learning', 'Automatic Curriculum Learning For Deep RL: A Short Survey'],
  ['active-learning', 'Deep Bayesian Active Learning with Image Data'],
  ['online-learning', 'Regret Bounds for Online Learning with Bandit Feedback'],
  ['knowledge-distillation', 'Distilling the Knowledge in a Neural Network'],
  ['distributed-learning', 'Communication-Efficient Learning of Deep Networks from Decentralized Data'],
  ['optimization', 'Adam: A Method for Stochastic Optimization'],
  ['hyperparameter-optimization', 'Neural Architecture Search with Reinforcement Learning'],
  ['model-compression', 'Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization and Huffman Coding'],
  ['parameter-efficient-finetuning', 'LoRA: Low-Rank Adaptation of Large Language Models'],
  ['dataset-distillation', 'Dataset Condensation with Gradient Matching'],
  ['data-selection', 'Coresets for Data-efficient Training of Machine Learning Models'],
  ['data-augmentation', 'mixup: Beyond Empirical Risk Minimization'],
  ['bayesian-methods', 'Bayesian Deep Learning and a Probabilistic Perspective of Generalization'],
  ['uncertainty-quantification', 'On Calibration of Modern Neural Networks'],
  ['differential-equations', 'Neural Ordinary Differential Equations'],
  ['learning-theory', 'A PAC-Bayesian Approach to Spectrally-Normalized Margin Bounds for Neural Networks'],
  ['statistical-physics', 'Statistical Mechanics of Deep Learning'],
  ['distribution-shift', 'Unsupervised Domain Adaptation by Backpropagation'],
  ['adversarial-robustness', 'Towards Deep Learning Models Resistant to Adversarial Attacks'],
  ['privacy', 'Deep Learning with Differential Privacy'],
  ['fairness', 'Fairness Through Awareness'],
  ['computer-vision', 'Deep Residual Learning for Image Recognition'],
  ['natural-language-processing', 'Neural Machine Translation by Jointly Learning to Align and Translate'],
  ['large-language-models', 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models'],
  ['multimodal-learning', 'Visual Instruction Tuning'],
  ['speech-audio', 'Speech Recognition with Deep Recurrent Neural Networks'],
  ['video', 'Two-Stream Convolutional Networks for Action Recognition in Videos'],
  ['graph-learning', 'Semi-Supervised Classification with Graph Convolutional Networks'],
  ['time-series', 'Informer: Beyond Efficient Transformer for Long Sequence Time-Series Forecasting'],
  ['neural-fields', 'NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis'],
  ['scientific-ml', 'Physics-Informed Neural Networks: A Deep Learning Framework for Solving Forward and Inverse Problems Involving Nonlinear Partial Differential Equations'],
];

describe('tagTopics: one positive per topic', () => {
  it('covers every topic of the contract', () => {
    expect(new Set(TITLES.map((t) => t[0]))).toEqual(new Set(CONTRACT.map((t) => t[0])));
  });
  it.each(TITLES)('%s <- %s', (id, title) => {
    expect(ids(tagTopics({ title }))).toContain(id);
    // A short string counts like a title.
    expect(ids(tagTopics(title))).toContain(id);
  });
});

// Title + abstract positives, by family, with what must be there and what must not.
const PAPERS: { title: string; abstract: string; has: string[]; not?: string[] }[] = [
  {
    title: 'Conformer-Based Automatic Speech Recognition for Code-Switched Speech',
    abstract:
      'We present an ASR system built on the Conformer architecture. The model is trained with a CTC loss on transcribed speech. We apply SpecAugment to log-mel spectrograms and reduce word error rate by 12% relative.',
    has: ['speech-audio'],
    not: ['multimodal-learning', 'computer-vision'],
  },
  {
    title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model',
    abstract:
      'Large language models (LLMs) are usually aligned with human preferences by reinforcement learning from human feedback (RLHF). We propose DPO, which fits the policy with a simple classification loss. DPO fine-tunes LLMs as well as PPO-based RLHF.',
    has: ['large-language-models', 'reinforcement-learning'],
    not: ['optimization'],
  },
  {
    title: 'Proximal Policy Optimization Algorithms',
    abstract:
      'We propose a new family of policy gradient methods for reinforcement learning, which alternate between sampling data through interaction with the environment and optimizing a surrogate objective. Experiments on Atari games and MuJoCo tasks show that PPO outperforms other online policy gradient methods.',
    has: ['reinforcement-learning'],
    not: ['optimization', 'online-learning', 'hyperparameter-optimization'],
  },
  {
    title: 'Deep Hedging of Options with Transaction Costs',
    abstract:
      'We study the hedging of options under transaction costs. A deep reinforcement learning agent learns a hedging policy from simulated price paths. The learned policy lowers the hedging cost of the Black-Scholes delta hedge.',
    has: ['reinforcement-learning'],
  },
  {
    title: 'Temporal Fusion Transformers for Interpretable Multi-horizon Time Series Forecasting',
    abstract:
      'Multi-horizon forecasting problems often contain a complex mix of inputs. We introduce an attention-based architecture for multivariate forecasting with interpretable insights into temporal dynamics.',
    has: ['time-series'],
    not: ['natural-language-processing'],
  },
  {
    title: 'Vision Transformers Need Registers',
    abstract:
      'Transformers are used as backbones for visual tasks. We find artifacts in the feature maps of ViT models and add register tokens to the input sequence. This gives smoother feature maps for dense visual prediction and image classification.',
    has: ['computer-vision'],
    not: ['natural-language-processing'],
  },
  {
    title: 'Rademacher Complexity Bounds for Deep ReLU Networks',
    abstract: 'We prove generalization bounds for deep neural networks in terms of Rademacher complexity. We derive the sample complexity of learning with norm-bounded weights.',
    has: ['learning-theory'],
  },
  {
    title: 'Graph Attention Networks',
    abstract:
      'We present graph attention networks (GATs), architectures that operate on graph-structured data with masked self-attention. GAT models reach the state of the art on node classification benchmarks.',
    has: ['graph-learning'],
  },
  {
    title: 'Federated Optimization in Heterogeneous Networks',
    abstract:
      'Federated learning trains models across many clients without sharing their data. We propose FedProx, which handles statistical heterogeneity across devices. FedProx converges faster than FedAvg on non-IID data.',
    has: ['distributed-learning'],
  },
  {
    title: 'Audio-Visual Speech Separation with Face Videos',
    abstract:
      'We separate the speech of one speaker from a noisy mixture by watching their face. Our audio-visual model combines the spectrogram of the mixture with video frames of the speaker. The visual stream improves separation of overlapping speech.',
    has: ['multimodal-learning', 'speech-audio', 'video'],
  },
];

describe('tagTopics: families with title and abstract', () => {
  it.each(PAPERS)('$title', ({ title, abstract, has, not }) => {
    const got = ids(tagTopics({ title, abstract }), true);
    for (const id of has) expect(got, `expected ${id}`).toContain(id);
    for (const id of not ?? []) expect(got, `did not expect ${id}`).not.toContain(id);
  });
});

describe('tagTopics: vision + language implies multimodal only when the text names it', () => {
  // Both texts tag `video` and `large-language-models`; only the one that also speaks of
  // a second modality (`captions`, a weak multimodal term) is a multimodal paper. The
  // other uses videos as a data source for an LLM (transcripts).
  const title = 'Large Language Models Flag Misinformation in Health Videos';
  const lead = 'We collect 500 health videos from YouTube and ask large language models to flag misinformation';
  const tail = '. Summarizing each video first helps the LLM, and the best prompt halves false alarms.';
  it('no multimodal word: the rule does not fire', () => {
    const { tags, candidates } = explainTopics({ title, abstract: `${lead} in their transcripts${tail}` });
    expect(ids(tags)).toEqual(expect.arrayContaining(['large-language-models', 'video']));
    expect(ids(tags, true)).not.toContain('multimodal-learning');
    expect(ids(candidates)).not.toContain('multimodal-learning');
  });
  it('one weak multimodal term: the rule lifts it to the lower modality score', () => {
    const tags = tagTopics({ title, abstract: `${lead} from their transcripts and captions${tail}` });
    const mm = tags.find((t) => t.id === 'multimodal-learning');
    expect(mm?.score).toBe(tags.find((t) => t.id === 'video')?.score);
    expect(mm?.evidence.map((e) => e.term)).toEqual(['caption*']);
  });
});

// Passing mentions are not topics (topics.md rules).
const PASSING: { title: string; abstract: string; not: string[]; has?: string[] }[] = [
  {
    title: 'A Sign-Based Adaptive Optimizer with Fast Convergence',
    abstract:
      'We propose a new adaptive optimizer for training deep networks and prove its convergence in the non-convex stochastic setting. The method needs no extra memory over SGD with momentum. We validate it on CIFAR-100 and ImageNet with ResNet-50.',
    not: ['computer-vision'],
    has: ['optimization'],
  },
  {
    title: 'Fast Sampling of Diffusion Models with Exponential Integrators',
    abstract:
      'Diffusion models generate high-quality samples but need many network evaluations. We design an exponential integrator for the probability flow ODE that samples in ten steps. All models were trained with Adam.',
    not: ['optimization'],
    has: ['diffusion-models'],
  },
  {
    title: 'Diffusion of Innovations in Online Social Networks',
    abstract: 'We study how innovations spread between users. The diffusion of innovation follows a cascade on the follower graph.',
    not: ['diffusion-models', 'generative-models'],
  },
  {
    title: 'Arbitrary Neural Style Transfer in Real Time',
    abstract: 'We render a content image in the style of another image. Our feed-forward network matches feature statistics and runs in real time.',
    not: ['transfer-learning'],
  },
  {
    title: 'Self-Calibration of Multi-Camera Rigs',
    abstract: 'We estimate intrinsics and extrinsics of a camera rig from image correspondences. The camera calibration needs no checkerboard.',
    not: ['uncertainty-quantification'],
  },
  {
    title: 'Wasserstein Generative Adversarial Networks',
    abstract: 'We train a generator and a critic with the Wasserstein distance. The generative adversarial training becomes stable and mode collapse disappears.',
    not: ['adversarial-robustness'],
    has: ['generative-models'],
  },
  {
    title: 'A Scalable Second-Order Method for Ill-Conditioned Problems',
    abstract:
      'We propose a quasi-Newton method that scales to millions of parameters and prove its superlinear convergence. Applications include image classification, machine translation and speech recognition.',
    not: ['computer-vision', 'natural-language-processing', 'speech-audio'],
    has: ['optimization'],
  },
  {
    title: 'Housing Markets and Policy Makers',
    abstract: 'We survey how policy makers react to housing prices. The policy response depends on the region.',
    not: ['reinforcement-learning'],
  },
];

describe('tagTopics: passing mentions', () => {
  it.each(PASSING)('$title', ({ title, abstract, not, has }) => {
    const got = ids(tagTopics({ title, abstract }), true);
    for (const id of not) expect(got, `did not expect ${id}`).not.toContain(id);
    for (const id of has ?? []) expect(got, `expected ${id}`).toContain(id);
  });
  it('explainTopics still lists the passing mention as a candidate under the threshold', () => {
    const { tags, candidates } = explainTopics({ title: PASSING[0]!.title, abstract: PASSING[0]!.abstract });
    expect(ids(tags)).not.toContain('computer-vision');
    const cv = candidates.find((c) => c.id === 'computer-vision');
    expect(cv).toBeDefined();
    expect(cv!.score).toBeGreaterThan(0);
    expect(cv!.score).toBeLessThan(DEFAULT_THRESHOLD);
  });
  it('gives nothing for text without topic terms', () => {
    expect(tagTopics('We train a model and report results.')).toEqual([]);
    expect(tagTopics('')).toEqual([]);
    expect(tagTopics({})).toEqual([]);
  });
});

describe('tagTopics: output', () => {
  const paper = {
    title: 'Reflected Diffusion Models',
    abstract:
      'Score-based diffusion models learn to reverse a stochastic differential equation. We propose reflected diffusion models, which reverse a reflected SDE on the data domain. Our diffusion models reach strong likelihoods on image benchmarks.',
  };
  it('is valid TopicTag[], sorted by score, with the implied parent', () => {
    const tags = tagTopics(paper);
    for (const t of tags) expect(TopicTagSchema.safeParse(t).success).toBe(true);
    for (let i = 1; i < tags.length; i++) expect(tags[i - 1]!.score).toBeGreaterThanOrEqual(tags[i]!.score);
    const diffusion = tags.find((t) => t.id === 'diffusion-models')!;
    const parent = tags.find((t) => t.id === 'generative-models')!;
    expect(diffusion.implied).toBeUndefined();
    expect(parent).toMatchObject({ implied: true, score: diffusion.score, label: 'Generative models' });
  });
  it('evidence spans slice the field to the mention', () => {
    const input = { ...paper, sections: ['Awesome Self-Supervised Learning', 'Computer Vision'] };
    const { candidates } = explainTopics(input);
    let n = 0;
    for (const c of candidates) {
      for (const e of c.evidence) {
        const text = e.field === 'section' ? input.sections.join(SECTION_SEPARATOR) : input[e.field as 'title' | 'abstract'];
        const mention = text.slice(e.start, e.end);
        expect(mention.length).toBeGreaterThan(0);
        // The folded mention starts like the term (prefix terms end in *).
        const term = normalizePhrase(e.term.replace(/\*/g, ''));
        expect(normalizePhrase(mention).startsWith(term.split(' ')[0]!.slice(0, 3)), `${e.term} / ${mention}`).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(5);
    const d = candidates.find((c) => c.id === 'diffusion-models')!;
    const inTitle = d.evidence.find((e) => e.field === 'title')!;
    expect(paper.title.slice(inTitle.start, inTitle.end)).toBe('Diffusion Models');
    const section = candidates.find((c) => c.id === 'self-supervised-learning')!.evidence[0]!;
    expect(input.sections.join(SECTION_SEPARATOR).slice(section.start, section.end)).toBe('Self-Supervised');
    const cv = candidates.find((c) => c.id === 'computer-vision')!.evidence.find((e) => e.field === 'section')!;
    expect(input.sections.join(SECTION_SEPARATOR).slice(cv.start, cv.end)).toBe('Computer Vision');
  });
  it('a title mention counts more than an abstract mention, repeats diminish', () => {
    const inTitle = explainTopics({ title: 'Continual Learning', abstract: 'x' }).candidates[0]!;
    const inAbstract = explainTopics({ title: 'x', abstract: 'We study continual learning.' }).candidates[0]!;
    expect(inTitle.score).toBeGreaterThan(inAbstract.score);
    const once = explainTopics({ abstract: 'Pruning helps. Quantization helps.' }).candidates[0]!.score;
    const twice = explainTopics({ abstract: 'Pruning helps. Quantization helps. Pruning again.' }).candidates[0]!.score;
    const thrice = explainTopics({ abstract: 'Pruning helps. Quantization helps. Pruning again. Pruning again.' }).candidates[0]!.score;
    expect(twice).toBeGreaterThan(once);
    expect(thrice - twice).toBeLessThan(twice - once);
  });
  it('a list heading applies to every entry (section counts like a title)', () => {
    const sections = ['Awesome Self-Supervised Learning', 'Computer Vision', 'Video Representation Learning', '2016'];
    const got = ids(tagTopics({ title: 'Shuffle and Learn: Unsupervised Learning using Temporal Order Verification', sections }), true);
    expect(got).toEqual(expect.arrayContaining(['self-supervised-learning', 'video', 'computer-vision']));
  });
  it.each([
    // Sections of the CVPR 2024 list of fixtures/e2e6 (a row there: an image generator).
    { why: 'a heading coordinating a field and its subfield gives no subfield alone', title: 'Arbitrary-Scale Image Generation and Upsampling using Latent Diffusion Model and Implicit Neural Decoder', sections: ['CVPR-2024-Papers', 'Image and Video Synthesis and Generation'], has: ['diffusion-models'], not: ['video'] },
    { why: 'nor with a comma', title: 'A Plain Title', sections: ['Image, Video Synthesis'], has: [], not: ['video'] },
    { why: 'the subfield counts when the item names it', title: 'Generating Long Videos of Dynamic Scenes', sections: ['Image and Video Synthesis and Generation'], has: ['video'], not: [] },
    { why: 'a heading naming the subfield alone still counts', title: 'A Plain Title', sections: ['Computer Vision', 'Video Representation Learning'], has: ['video'], not: [] },
    { why: 'LLM/Text is no coordination of the field with its subfield', title: 'A Watermark for Generated Text', sections: ['LLM/Text Watermarking'], has: ['large-language-models'], not: [] },
  ])('$why', ({ title, sections, has, not }) => {
    const got = ids(tagTopics({ title, sections }), true);
    expect(got).toEqual(expect.arrayContaining(has));
    for (const t of not) expect(got).not.toContain(t);
  });
  it('a negative term cancels the topic', () => {
    const { candidates } = explainTopics('The diffusion of innovation in firms');
    const d = candidates.find((c) => c.id === 'diffusion-models');
    expect(d?.score ?? 0).toBe(0);
    expect(d?.evidence.some((e) => e.weight < 0)).toBe(true);
  });
});

describe('abbreviations in the tagger', () => {
  it('a later short form counts as its long form (and keeps its own span)', () => {
    const abstract = 'We build on Neural Radiance Fields (NeRF) for editing. NeRF models are slow to train. Our method speeds NeRF training.';
    const { candidates } = explainTopics({ title: 'Fast Scene Editing', abstract });
    const nf = candidates.find((c) => c.id === 'neural-fields')!;
    const later = nf.evidence.filter((e) => abstract.slice(e.start, e.end) === 'NeRF');
    expect(later).toHaveLength(2);
    expect(later.every((e) => e.term === 'neural radiance field*')).toBe(true);
  });
  it('works for a short form that is not in the lexicon', () => {
    const abstract = 'Test-time adaptation (TTA) updates a model on unlabeled test data. TTA is fragile. We make TTA robust.';
    const { candidates } = explainTopics({ title: 'Robust TTA', abstract });
    const ds = candidates.find((c) => c.id === 'distribution-shift')!;
    const fromShort = ds.evidence.filter((e) => e.term === 'test time adaptation' && e.end - e.start === 3);
    expect(fromShort.length).toBe(3); // title + two later mentions
    expect(ids(tagTopics({ title: 'Robust TTA', abstract }))).toContain('distribution-shift');
  });
  it('a short form defined as something else does not fire the lexicon meaning', () => {
    const tax: TopicDefinition[] = [{ id: 'ssl', label: 'SSL', terms: ['mae', 'masked autoencoder'] }];
    const opts: TagTopicsOptions = { taxonomy: tax, taxonomyMode: 'replace' };
    expect(ids(tagTopics('We report the mean absolute error (MAE). The MAE drops by 10%. Lower MAE is better.', opts))).toEqual([]);
    expect(ids(tagTopics('MAE pretraining of vision transformers', opts))).toEqual(['ssl']);
  });
});

describe('custom taxonomies', () => {
  const bio: TopicDefinition[] = [
    { id: 'protein-design', label: 'Protein design', terms: ['protein design', { t: 'protein*', w: 0.6 }, 'inverse folding'], negative: ['protein bar'] },
    { id: 'antibodies', label: 'Antibodies', parent: 'protein-design', terms: ['antibod*'] },
  ];
  const text = { title: 'Inverse Folding for Antibody Design', abstract: 'We design antibodies with a protein language model. Proteins are folded.' };

  it('extend (default) adds topics to the default taxonomy, children imply parents', () => {
    const tags = tagTopics(text, { taxonomy: bio });
    expect(ids(tags)).toContain('antibodies');
    expect(tags.find((t) => t.id === 'protein-design')).toBeDefined();
    // Default topics still there.
    expect(ids(tagTopics({ title: 'Denoising Diffusion Probabilistic Models' }, { taxonomy: bio }))).toContain('diffusion-models');
  });
  it('extend with a default id adds terms to that topic', () => {
    const extra: TopicDefinition[] = [{ id: 'time-series', label: 'Time series', terms: ['tick data'] }];
    expect(ids(tagTopics({ title: 'Learning from tick data' }, { taxonomy: extra }))).toContain('time-series');
    expect(ids(tagTopics({ title: 'Learning from tick data' }))).not.toContain('time-series');
  });
  it('replace uses only the given topics; the file form is accepted', () => {
    const tags = tagTopics({ ...text, title: text.title + ' with Diffusion Models' }, { taxonomy: bio, taxonomyMode: 'replace' });
    expect(ids(tags, true).sort()).toEqual(['antibodies', 'protein-design']);
    expect(ids(tagTopics(text, { taxonomy: { version: 1, topics: bio }, taxonomyMode: 'replace' }), true).sort()).toEqual(['antibodies', 'protein-design']);
  });
  it.each([
    [[{ id: 'a', label: 'A', terms: ['x'] }, { id: 'b', label: 'B', terms: [{ t: 'y', w: 'heavy' }] }], 'taxonomy[1].terms[0].w: expected number, got string'],
    [[{ id: 'a', label: 'A', terms: [{ t: 'y', w: -1 }] }], 'taxonomy[0].terms[0].w: expected a weight'],
    [[{ id: 'a', label: 'A', terms: [42] }], 'taxonomy[0].terms[0]: expected string or { t, w, case }'],
    [[{ id: 'a', terms: ['x'] }], 'taxonomy[0].label: expected string, got undefined'],
    [[{ id: 'a', label: 'A', terms: 'x' }], 'taxonomy[0].terms: expected array, got string'],
    [[{ id: 'a', label: 'A', terms: ['x'], weight: 2 }], 'taxonomy[0].weight: unknown key'],
    [[{ id: 'a', label: 'A', parent: 'nope', terms: ['x'] }], 'taxonomy[0].parent: unknown topic id "nope"'],
    [[{ id: 'a', label: 'A', terms: ['x'] }, { id: 'a', label: 'A2', terms: ['y'] }], 'taxonomy[1].id: duplicate id "a"'],
    [[{ id: 'a', label: 'A', parent: 'b', terms: ['x'] }, { id: 'b', label: 'B', parent: 'a', terms: ['y'] }], 'parent cycle'],
    [[{ id: 'a', label: 'A', terms: ['--'] }], 'taxonomy[0].terms[0]: term "--" has no letters or digits'],
    [[{ id: 'a', label: 'A', terms: ['ab*'] }], 'taxonomy[0].terms[0]: prefix "ab*" is shorter than 3'],
    ['not a list', 'taxonomy: expected an array of topics, got string'],
  ])('invalid taxonomy %# throws INVALID_TAXONOMY naming the entry', (taxonomy, message) => {
    for (const taxonomyMode of ['extend', 'replace'] as const) {
      const e = thrown(() => tagTopics('x', { taxonomy: taxonomy as never, taxonomyMode }));
      expect(e.code).toBe('INVALID_TAXONOMY');
      expect(e.message).toContain(message);
    }
  });
  it('extend mode catches a cycle through a default topic', () => {
    const e = thrown(() => tagTopics('x', { taxonomy: [{ id: 'generative-models', label: 'Gen', parent: 'diffusion-models', terms: [] }] }));
    expect(e.message).toContain('taxonomy[0].parent: parent cycle');
  });
  it('compileTaxonomy names entries under `topics`', () => {
    const e = thrown(() => compileTaxonomy([{ id: 'a', label: 'A', terms: [{ t: 'x', w: 'no' as never }] }]));
    expect(e.message).toBe('topics[0].terms[0].w: expected number, got string');
    expect(e.details.path).toBe('topics[0].terms[0].w');
  });
  it('compiles a custom taxonomy once per object', () => {
    // a proxy counts every read of the taxonomy's elements: only the first call reads them
    let reads = 0;
    const counted = new Proxy([...bio], { get: (t, k, r) => (reads++, Reflect.get(t, k, r)) });
    tagTopics('protein design', { taxonomy: counted });
    const first = reads;
    for (let i = 0; i < 20; i++) expect(ids(tagTopics('protein design', { taxonomy: counted }))).toContain('protein-design');
    expect(first).toBeGreaterThan(0);
    expect(reads).toBe(first);
  });
});

describe('options', () => {
  const paper = {
    title: 'Federated Continual Learning with Differential Privacy for Speech Recognition on Graphs',
    abstract: 'Federated learning meets continual learning. Privacy matters: we add differential privacy. Speech recognition and automatic speech recognition are the tasks. Graph neural networks are used throughout; GNN layers again.',
  };
  it('maxTags caps the tags before parents (default 5)', () => {
    expect(DEFAULT_MAX_TAGS).toBe(5);
    const all = ids(tagTopics(paper, { maxTags: 10 }));
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(ids(tagTopics(paper))).toHaveLength(5);
    expect(ids(tagTopics(paper, { maxTags: 2 }))).toEqual(all.slice(0, 2));
  });
  it('threshold raises or lowers the bar', () => {
    const low = tagTopics(paper, { threshold: 0.1, maxTags: 40 });
    const high = tagTopics(paper, { threshold: 0.99, maxTags: 40 });
    expect(low.length).toBeGreaterThan(high.length);
    for (const t of high) expect(t.score).toBeGreaterThanOrEqual(0.99);
  });
  it('reads options on every call (an options object may change)', () => {
    const opts: TagTopicsOptions = { maxTags: 1 };
    expect(ids(tagTopics(paper, opts))).toHaveLength(1);
    opts.maxTags = 3;
    expect(ids(tagTopics(paper, opts))).toHaveLength(3);
    opts.threshold = 1.5;
    expect(thrown(() => tagTopics(paper, opts)).code).toBe('INVALID_OPTIONS');
  });
  it('includeParents: false lists no implied parent', () => {
    const input = { title: 'LoRA: Low-Rank Adaptation of Large Language Models' };
    expect(tagTopics(input).some((t) => t.implied)).toBe(true);
    expect(tagTopics(input, { includeParents: false }).some((t) => t.implied)).toBe(false);
  });
  it.each([
    [{ threshold: 2 }, 'threshold: expected a number in [0, 1], got 2'],
    [{ threshold: '0.5' }, 'threshold: expected number, got string'],
    [{ maxTags: 0 }, 'maxTags: expected an integer >= 1'],
    [{ maxTags: 1.5 }, 'maxTags: expected an integer >= 1'],
    [{ includeParents: 'yes' }, 'includeParents: expected boolean'],
    [{ taxonomyMode: 'merge' }, 'taxonomyMode: expected "extend" or "replace"'],
    [{ treshold: 0.5 }, 'treshold: unknown key'],
  ])('invalid option %# throws INVALID_OPTIONS naming it', (options, message) => {
    const e = thrown(() => tagTopics('x', options as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toContain(message);
  });
  it('non-string or malformed input throws INVALID_INPUT', () => {
    expect(thrown(() => tagTopics(42 as never)).code).toBe('INVALID_INPUT');
    expect(thrown(() => tagTopics({ title: 3 } as never)).code).toBe('INVALID_INPUT');
    expect(thrown(() => tagTopics({ sections: 'a' } as never)).code).toBe('INVALID_INPUT');
  });
  it('the zod-free checks agree with the zod schemas', () => {
    const cases: unknown[] = [
      {},
      { threshold: 0.5, maxTags: 3, includeParents: false, taxonomyMode: 'replace' },
      { taxonomy: [{ id: 'a', label: 'A', terms: ['x', { t: 'y', w: 0.5 }], negative: ['z'] }] },
      { taxonomy: { version: 1, topics: [] } },
      { threshold: -0.1 },
      { threshold: Number.NaN },
      { maxTags: 0 },
      { maxTags: 2.5 },
      { includeParents: 1 },
      { taxonomyMode: 'x' },
      { other: 1 },
      { taxonomy: [{ id: '', label: 'A', terms: [] }] },
      { taxonomy: [{ id: 'a', label: 'A', terms: [{ t: 'y', w: 0 }] }] },
      { taxonomy: [{ id: 'a', label: 'A', terms: [{ t: 'y', w: 11 }] }] },
      { taxonomy: [{ id: 'a', label: 'A', terms: [{ t: 'y', x: 1 }] }] },
      { taxonomy: [{ id: 'a', label: 'A', terms: [''] }] },
      // the case flag (test/topics-case.test.ts)
      { taxonomy: [{ id: 'a', label: 'A', terms: ['x'], negative: [{ t: 'A', case: true }] }] },
      { taxonomy: [{ id: 'a', label: 'A', terms: ['x'], negative: [{ t: 'A', case: false, w: 2 }] }] },
      { taxonomy: [{ id: 'a', label: 'A', terms: ['x'], negative: [{ t: 'A', case: 'x' }] }] },
      { taxonomy: [{ id: 'a', label: 'A', terms: ['x'], negative: [{ t: 'A', case: null }] }] },
      { taxonomy: [{ id: 'a', label: 'A', terms: ['x'], negative: [{ t: 'A', case: 0 }] }] },
      { taxonomy: [{ id: 'a', label: 'A', parent: null, scope: 's', terms: [] }] },
      { taxonomy: { version: 2, topics: [] } },
      { taxonomy: 'x' },
    ];
    for (const c of cases) {
      const zodOk = TagTopicsOptionsSchema.safeParse(c).success;
      let ours = true;
      try {
        checkTopicOptions(c);
      } catch (e) {
        if (!isPaperfeedError(e)) throw e;
        ours = false;
      }
      expect(ours, JSON.stringify(c)).toBe(zodOk);
    }
  });
});

describe('speed', () => {
  // hang guard (the test timeout); speed and linear growth: `npm run bench`, test/fixtures/pathological/time.ts
  it('tags a long text', () => {
    const para = 'We train diffusion models with Adam on CIFAR-10 and study catastrophic forgetting (CF) in continual learning. ';
    const tags = tagTopics(para.repeat(2000)); // ~220 KB
    expect(ids(tags)).toContain('continual-learning');
  }, 60_000);
});

// Labelled sets of real abstracts (sources in test/fixtures/topics/README.md), each
// annotated by hand before the tagger was run on it. Micro-F1 over the topic sets with
// parents expanded on both sides, as the shared scorer counts; each floor leaves a margin
// for lexicon changes.
// - unseen: other subfields; 83.6 before the lexicon was tuned on it, 88.7 after (88.6 now).
// - blind2: another digest day (learning theory, bandits, RL, optimisation, privacy and
//   federated attacks, speech, LLMs, video and 3D, scientific ML); 78.1 before the lexicon
//   pass it prompted, 83.4 after (84.0 now).
// - blind3: the 2023-06-08 digest (vision, 3D, multimodal, RL, privacy, fairness, learning
//   theory, Bayesian methods, speech, NLP and LLMs); 81.2 (P 80.2, R 82.3) before the pass
//   it prompted, 87.5 (P 88.3, R 86.7) after.
// - blind4: papers of 2025 (arXiv digest of 2025-06-17 and three Hugging Face daily papers of
//   2025-12): LLMs, agents and RL post-training, VLMs, diffusion and video, efficiency, safety,
//   time series; 79.7 (P 73.8, R 86.8) before the pass it prompted, 84.1 (P 81.0, R 87.5) after.
// - blind5: Hugging Face daily papers of 2024 (LLMs, VLMs, diffusion, video, 3D and Gaussian
//   splatting, speech and music, RL, efficiency, data); 79.1 (P 73.4, R 85.9) before the pass it
//   prompted, 86.0 (P 80.5, R 92.4) after; 86.3 after the end-to-end pass (speech papers no
//   longer tagged LLM for a rescoring language model).
// - blind6: arXiv digest of 2025-11-13 (cs.LG, cs.AI: RL, LLMs and agents, federated and
//   continual learning, graphs, time series, fairness and privacy, scientific ML, theory);
//   83.0 (P 79.3, R 86.9) before the pass it prompted, 88.6 (P 84.8, R 92.9) after (89.1 now).
// - blind7: arXiv digests of 2026-01-20 (cs.LG, cs.CV, cs.CL, cs.AI: OOD detection, VLMs and
//   video, LLMs, scientific ML and neural operators, federated and private learning, time
//   series, graphs, RL, compression); 79.4 (P 73.3, R 86.6) blind, before the pass it
//   prompted, 84.9 (P 79.9, R 90.6) after.
// - blind8: arXiv digest of 2026-06-10 (cs.CV, cs.CL, cs.LG, cs.AI, stat.ML and physics
//   cross-lists: MLLMs and VLAs, LLM quantisation, pruning and distillation, agentic RL,
//   privacy, diffusion and video generation, 3D, materials and geoscience ML, theory, time
//   series); 81.1 (P 77.8, R 84.6) blind, before the pass it prompted, 85.4 (P 82.7, R 88.3) after.
describe('labelled sets of unseen abstracts', () => {
  type Row = { id: string; title: string; abstract: string; topics: string[] };
  const read = (name: string): Row[] =>
    readFileSync(new URL(`./fixtures/topics/${name}.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row);
  const parent = new Map(CONTRACT.map(([id, , p]) => [id, p]));
  const expand = (list: string[]) => {
    const out = new Set<string>();
    for (let id of list as (string | null | undefined)[]) while (id && !out.has(id)) out.add(id), (id = parent.get(id));
    return out;
  };
  const sets = [
    { name: 'unseen', floor: 0.85, size: 60 },
    { name: 'blind2', floor: 0.79, size: 60 },
    { name: 'blind3', floor: 0.86, size: 55 },
    { name: 'blind4', floor: 0.83, size: 55 },
    { name: 'blind5', floor: 0.85, size: 55 },
    { name: 'blind6', floor: 0.86, size: 45 },
    { name: 'blind7', floor: 0.84, size: 50 },
    { name: 'blind8', floor: 0.84, size: 60 },
  ];
  describe.each(sets)('fixtures/topics/$name.jsonl', ({ name, floor, size }) => {
    const rows = read(name);
    const earlier = sets.slice(0, sets.findIndex((x) => x.name === name));
    it(`holds at least ${size} papers with contract ids only, none shared with ${earlier.map((x) => x.name).join(', ') || 'another set'}`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(size);
      const other = new Set(earlier.flatMap((x) => read(x.name)).map((r) => r.id));
      const seen = new Set<string>();
      for (const r of rows) {
        expect(other.has(r.id), r.id).toBe(false);
        expect(seen.has(r.id), r.id).toBe(false);
        seen.add(r.id);
        expect(r.topics.length, r.id).toBeGreaterThan(0);
        for (const t of r.topics) expect(parent.has(t), `${r.id}: ${t}`).toBe(true);
      }
    });
    it(`scores topics micro-F1 >= ${floor * 100}`, () => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const r of rows) {
        const gold = expand(r.topics);
        const got = expand(ids(tagTopics({ title: r.title, abstract: r.abstract }), true));
        for (const t of got) gold.has(t) ? tp++ : fp++;
        for (const t of gold) if (!got.has(t)) fn++;
      }
      expect((2 * tp) / (2 * tp + fp + fn)).toBeGreaterThanOrEqual(floor);
    });
  });
});

describe('lexicon for other subfields', () => {
  const cases: { title: string; abstract: string; has: string[]; not?: string[] }[] = [
    {
      title: 'Full-Duplex Spoken Dialogue with Speech Language Models',
      abstract: 'We train a speech language model that listens and speaks at once. Speech tokenization with a neural audio codec keeps latency low, and word error rate drops on spoken dialogue benchmarks.',
      has: ['speech-audio'],
    },
    {
      title: 'Self-Consistency Checks Improve Mathematical Reasoning in Small Language Models',
      abstract: 'Small language models lag on mathematical reasoning. We sample several reasoning traces and vote; test-time scaling of this kind closes half the gap to larger models. We fine-tune on the resulting traces and keep zero-shot prompting as a baseline.',
      has: ['large-language-models'],
      not: ['transfer-learning'],
    },
    {
      title: 'Explaining Transfer Learning in Pretrained Language Models',
      abstract: 'We study transfer learning from large language models to new tasks. Transferability of the pretrained representations predicts which downstream tasks benefit, and negative transfer appears when source and target tasks disagree.',
      has: ['large-language-models', 'transfer-learning'],
    },
    {
      title: 'On Kinetic Energy Minimising Probability Paths',
      abstract: 'Flow-based generators follow probability paths from noise to data. We minimise the kinetic energy of the path. Kinetic optimal paths are easier to sample.',
      has: ['diffusion-models'],
      not: ['video'],
    },
    {
      title: 'Graph Neural Networks for Software Vulnerability Detection',
      abstract: 'We classify vulnerable code with a graph neural network over program graphs. Vulnerability types are long-tailed, and we reweight the loss by class frequency.',
      has: ['graph-learning'],
      not: ['adversarial-robustness'],
    },
    {
      title: 'Speech Acts in Online Negotiation',
      abstract: 'We annotate speech acts in written negotiation chats and show that the dialogue moves predict agreement. A taxonomy of speech acts guides the annotation.',
      has: ['natural-language-processing'],
      not: ['speech-audio'],
    },
    {
      title: 'Patient Identification from ECGs',
      abstract: 'We match electrocardiogram recordings to patients with a small network. ECGs from two hospitals are used, and physiological signals of the same patient are matched across visits.',
      has: ['time-series'],
    },
    {
      title: 'Predicting Returns from Investor Order Flows',
      abstract: 'We study financial prediction from order flows of retail and institutional investors. Order flow imbalance forecasts next-day asset returns better than price momentum.',
      has: ['time-series'],
    },
    {
      title: 'Gradient Inversion Attacks on Federated Learning',
      abstract: 'Clients in federated learning share gradients, and a gradient inversion attack reconstructs their private training data from them. We study such reconstruction attacks and a defense based on secure aggregation.',
      has: ['privacy', 'distributed-learning'],
      not: ['adversarial-robustness'],
    },
    {
      title: 'Stereo Disparity Estimation with Learned Cost Volumes',
      abstract: 'We estimate disparity maps from rectified stereo image pairs. A learned cost volume improves disparity estimation on thin structures and textureless regions.',
      has: ['computer-vision'],
      not: ['fairness'],
    },
    {
      title: 'Task Inference for Meta Reinforcement Learning',
      abstract: 'Meta-RL agents must adapt to a new task from a few episodes. We infer the task from the trajectory and condition the policy on it.',
      has: ['meta-learning', 'reinforcement-learning'],
    },
    {
      title: 'Heart Rate Tracking from Wrist Photoplethysmography',
      abstract: 'We estimate heart rate from PPG signals recorded by a smartwatch. Motion artefacts in the photoplethysmogram are removed with an accelerometer reference.',
      has: ['time-series'],
    },
    {
      title: 'Adaptive Metropolis-Hastings Proposals',
      abstract: 'We learn the proposal of a Metropolis-Hastings sampler from past samples. Markov chain Monte Carlo with the learned proposal mixes faster on multimodal posteriors.',
      has: ['bayesian-methods'],
    },
    {
      title: 'Spatiotemporal Forecasting of Urban Crowd Flow',
      abstract: 'We predict crowd flow across city regions. Spatiotemporal forecasting with a graph of regions beats per-region models, and the spatiotemporal prediction holds for bike and taxi demand.',
      has: ['time-series'],
      not: ['video'],
    },
    {
      title: 'Audio Representations for Clip-level and Frame-level Tasks',
      abstract: 'We learn audio representations that classify a whole audio clip and detect sound events frame by frame. Clip-level tagging and frame-level detection both improve.',
      has: ['speech-audio'],
      not: ['multimodal-learning'],
    },
    {
      title: 'Self-Supervised Speech Representations for Low-Resource Recognition',
      abstract: 'We pretrain a speech encoder with a self-supervised masked prediction objective. The pretrained encoder is evaluated on downstream tasks, and self-supervised pre-training helps most with little labelled speech.',
      has: ['self-supervised-learning', 'speech-audio'],
      not: ['transfer-learning'],
    },
    {
      title: 'Unbalanced Optimal Transport for Sentence Alignment',
      abstract: 'Unbalanced optimal transport aligns words of two sentences and leaves some unaligned. Unbalanced OT matches tailor-made aligners on word alignment benchmarks.',
      has: [],
      not: ['data-selection'],
    },
    {
      title: 'Distributionally Robust Learning over Wasserstein Balls',
      abstract: 'Distributional robustness trains models that hold up when the test distribution moves. We study distributionally robust optimization over a Wasserstein ball and its robustness to shifts.',
      has: ['distribution-shift'],
      not: ['adversarial-robustness'],
    },
    {
      title: 'A Speech Corpus of Children Reading for Reading Tutors',
      abstract: 'We record a corpus of children reading aloud and train automatic speech recognition on it. Word-level transcripts let the tutor flag misread words, and conversational speech from the same children is kept for future work.',
      has: ['speech-audio'],
      not: ['natural-language-processing'],
    },
    {
      title: 'Direct Speech-to-Speech Machine Translation without Text',
      abstract: 'We translate spoken English into spoken French without an intermediate transcript. Speech units learned from audio replace text, and the model is trained end to end on paired speech.',
      has: ['speech-audio', 'natural-language-processing'],
    },
    {
      title: 'Locally Private Frequency Estimation',
      abstract: 'Each user randomizes their own value before sending it to the server. Our locally private protocol matches the optimal error with less communication.',
      has: ['privacy'],
    },
    // Vocabulary of 2024-2026 papers (fourth blind set, blind4.jsonl).
    {
      title: 'Outlier-Aware Post-Training Quantization for Vision Transformers',
      abstract: 'Post-training quantization compresses a trained network without retraining. We rotate activations before 4-bit quantization and keep accuracy on ImageNet with vision transformers.',
      has: ['model-compression', 'computer-vision'],
      not: ['large-language-models', 'multimodal-learning'],
    },
    {
      title: 'A Time Series Foundation Model for Zero-Shot Forecasting',
      abstract: 'We pretrain a foundation model on a large corpus of time series. The foundation model forecasts unseen series zero-shot, and a smaller foundation model runs on a laptop.',
      has: ['time-series'],
      not: ['large-language-models'],
    },
    {
      title: 'Graph Convolutional Networks for Traffic Forecasting',
      abstract: 'We forecast traffic speed on a road network with graph convolutional networks over the sensor graph. The graph convolutional network captures spatial dependencies between sensors.',
      has: ['graph-learning', 'time-series'],
      not: ['computer-vision'],
    },
    {
      title: 'A Lexicon for Multilingual Hate Speech Detection',
      abstract: 'We build a lexicon of slurs for hate speech detection in social media posts. Language models fine-tuned with it detect hateful and offensive speech in eight languages.',
      has: ['natural-language-processing'],
      not: ['speech-audio'],
    },
    {
      title: 'Tool-Using Language Agents for Spreadsheet Automation',
      abstract: 'Current agents face significant challenges on long spreadsheet tasks and face the problem of error accumulation. We give a large language model a set of spreadsheet tools and verify every step.',
      has: ['large-language-models'],
      not: ['computer-vision'],
    },
    {
      title: 'Scaling Vision-Language-Action Models for Robot Manipulation',
      abstract: 'Vision-language-action models map camera images and instructions to robot actions. We pretrain on a million demonstrations and fine-tune the policy on new robots.',
      has: ['multimodal-learning', 'reinforcement-learning'],
    },
    {
      title: 'An Interactive Video World Model with Long-Term Memory',
      abstract: 'We train a video world model that generates the next frames from user actions in real time. A memory of past frames keeps the generated video consistent over minutes.',
      has: ['video'],
      not: ['reinforcement-learning'],
    },
    {
      title: 'Fast Image-to-3D Generation with Sparse-View Diffusion',
      abstract: 'Image-to-3D generation turns one photo into a textured mesh. We generate sparse views with a diffusion model and reconstruct the object from them in seconds.',
      has: ['generative-models', 'neural-fields'],
    },
    {
      title: 'Learning Agile Quadruped Jumping with Reinforcement Learning',
      abstract: 'We train a reinforcement learning policy for continuous jumping over stairs. The policy is trained in simulation with domain randomization and transferred to the robot. Experiment videos can be found at our project page. Supplementary videos show jumps over stepping stones.',
      has: ['reinforcement-learning'],
      not: ['video'],
    },
    {
      title: 'Compact Image Tokenization for Fast Generation',
      abstract: 'Image tokenization maps images to discrete latent tokens. Our tokenizer represents an image with 32 tokens, and a generator trained on these tokens improves image generation on ImageNet with fewer tokens per image.',
      has: ['computer-vision'],
      not: ['natural-language-processing'],
    },
    {
      title: 'Relighting Objects with a Diffusion Prior',
      abstract: 'We fine-tune a pretrained diffusion model to relight a single image under a new environment map. The fine-tuned diffusion model keeps the identity of the object and generalizes zero-shot to real photographs. Code and pretrained models are released.',
      has: ['diffusion-models'],
      not: ['transfer-learning'],
    },
    {
      title: 'MusicGen-RL: Aligning Text-to-Music Generation with Listener Feedback',
      abstract: 'We fine-tune a text-to-music model with reinforcement learning from listener preferences. Rewards for text adherence and audio quality improve music generation in human evaluations.',
      has: ['speech-audio', 'generative-models', 'reinforcement-learning'],
    },
  ];
  it.each(cases)('$title', ({ title, abstract, has, not }) => {
    const got = ids(tagTopics({ title, abstract }), true);
    for (const id of has) expect(got, `expected ${id}`).toContain(id);
    for (const id of not ?? []) expect(got, `did not expect ${id}`).not.toContain(id);
  });
});

// Error classes found by the end-to-end check on three unseen feeds (fixtures/e2e, see
// src/data/README.md, taxonomy, seventh pass). The texts below are written for the tests,
// not copied from those feeds; each case fails without its lexicon entry or rule.
describe('error classes of the end-to-end feeds', () => {
  const cases: { why: string; title: string; abstract: string; has: string[]; not?: string[] }[] = [
    {
      why: 'a speech paper that uses a language model is not an LLM paper (ABSORBED: speech-audio absorbs the weak LLM words)',
      title: 'Rescoring Noisy Speech Recognition Hypotheses',
      abstract: 'We rescore the n-best lists of a speech recognizer with a pretrained language model. Prompting the language model with the dialogue context helps, and in-context examples help further. Word error rate drops on noisy speech.',
      has: ['speech-audio'],
      not: ['large-language-models'],
    },
    {
      why: 'an LLM named outright in a speech paper still counts',
      title: 'Speech Recognition with a Large Language Model Decoder',
      abstract: 'We connect a speech encoder to a large language model that decodes transcripts. The LLM decoder lowers word error rate on accented speech.',
      has: ['speech-audio', 'large-language-models'],
    },
    {
      why: 'audio-language / speech language models are speech (and audio-language models multimodal), not NLP or LLM',
      title: 'Large Audio-Language Models Miss Overlapping Sound Events',
      abstract: 'We test large audio-language models on recordings with overlapping sound events. Audio-language models describe the dominant source and ignore the rest, and a speech language model baseline does the same.',
      has: ['speech-audio', 'multimodal-learning'],
      not: ['natural-language-processing', 'large-language-models'],
    },
    {
      why: 'cross-lingual, multilingual and low-resource languages describe the speech data of a speech paper',
      title: 'Voice Conversion from Five Seconds of Reference Audio',
      abstract: 'We convert voices with a few seconds of reference audio. The multilingual speaker encoder keeps the content. Cross-lingual conversion also works for low-resource languages.',
      has: ['speech-audio'],
      not: ['natural-language-processing'],
    },
    {
      why: 'in a text paper those words still make NLP',
      title: 'Cross-Lingual Transfer of Sentiment Classifiers',
      abstract: 'We train multilingual sentiment classifiers on English reviews and test them on low-resource languages. Cross-lingual alignment of the encoders closes half the gap.',
      has: ['natural-language-processing'],
    },
    {
      why: 'text-to-image named in the first sentence of a one-sentence summary is multimodal',
      title: 'Guidance Schedules Matter for Few-Step Samplers',
      abstract: 'The study shows that in text-to-image generation the guidance schedule decides the quality of few-step samplers.',
      has: ['multimodal-learning'],
    },
    {
      why: 'multimodal language models (MLLMs) are multimodal',
      title: 'Long Film Generation with Planning',
      abstract: 'A film generator plans shots with multi-modal language models and renders them with a video generator, giving long and coherent videos.',
      has: ['multimodal-learning', 'video'],
    },
    {
      why: 'SpecAugment, speed or audio perturbation and synthetic speech are data augmentation',
      title: 'Robust Speech Recognition for Children with Little Data',
      abstract: 'Automatic speech recognition for children suffers from scarce data. We compare speed perturbation with SpecAugment. Adding synthetic speech from a TTS system helps most.',
      has: ['speech-audio', 'data-augmentation'],
    },
    {
      why: 'generic 3D words (3D shapes, 3D-aware) are not neural fields',
      title: 'Non-Rigid 3D Shape Correspondence with Functional Maps',
      abstract: 'Matching non-rigid 3D shapes is a core task of geometry processing. We learn functional maps between 3D shapes with a spectral consistency loss and improve correspondence accuracy.',
      has: [],
      not: ['neural-fields'],
    },
    {
      why: 'a radiance-field paper stays neural fields',
      title: '3D-Aware Face Generation with Neural Radiance Fields',
      abstract: 'We generate faces with a neural radiance field conditioned on a latent code. Volume rendering gives multi-view consistent 3D-aware images.',
      has: ['neural-fields'],
    },
    {
      why: 'a JEPA encoder used for embeddings is not a self-supervised learning paper',
      title: 'A Large Video Dataset of Cooking Steps',
      abstract: 'We collect a large video dataset of cooking steps from online videos, embedded with V-JEPA features and annotated automatically.',
      has: ['video'],
      not: ['self-supervised-learning'],
    },
    // Ninth pass (blind6.jsonl and the fifth end-to-end round).
    {
      why: 'X-ray diffraction of materials is not imaging',
      title: 'Phase Identification from X-ray Diffraction Patterns',
      abstract: 'X-ray diffraction patterns of crystalline materials are hard to interpret. A machine learning model classifies X-ray diffraction patterns into crystal systems and space groups.',
      has: [],
      not: ['computer-vision'],
    },
    {
      why: 'multi-view learning is not 3D vision',
      title: 'Trusted Multi-view Learning for Long-tailed Classification',
      abstract: 'Multi-view learning combines several feature views of each sample. We address class imbalance in multi-view data with a long-tailed classifier.',
      has: ['data-selection'],
      not: ['neural-fields', 'computer-vision'],
    },
    {
      why: 'domain-adversarial training is domain adaptation, not adversarial robustness',
      title: 'Fair Diagnosis with Domain-Adversarial Training',
      abstract: 'Domain-adversarial training learns representations invariant to the hospital of origin. An adversarial domain discriminator removes site information, and domain adaptation improves accuracy on a new site.',
      has: ['distribution-shift'],
      not: ['adversarial-robustness'],
    },
    {
      why: 'a title alone can name distributed training (split learning)',
      title: 'Makespan Minimization in Split Learning: From Theory to Practice',
      abstract: '',
      has: ['distributed-learning'],
    },
    {
      why: 'a title alone can name a diffusion model',
      title: 'A Riemannian Diffusion Method for Antenna Configuration',
      abstract: '',
      has: ['diffusion-models'],
    },
    {
      why: 'a title alone can name a language model',
      title: 'Efficient Streaming Language Models with Attention Sinks',
      abstract: '',
      has: ['large-language-models'],
    },
    {
      why: 'a speech paper whose title names a rescoring LM is not an LLM paper',
      title: 'Denoising LM: Error Correction Models for Speech Recognition',
      abstract: 'We train a denoising language model (LM) to correct the errors of speech recognition systems. The LM is trained on synthetic audio transcribed by an ASR system and lowers word error rate.',
      has: ['speech-audio'],
      not: ['large-language-models'],
    },
    {
      why: 'of two terms on the same words the stronger counts (distillation over distill*)',
      title: 'Privileged Information Distillation for Language Models',
      abstract: 'Privileged information at training time helps language models on hard tasks.',
      has: ['knowledge-distillation'],
    },
    {
      why: 'X-ray imaging stays vision',
      title: 'Chest X-ray Classification with Vision Transformers',
      abstract: 'We classify chest X-ray images with a vision transformer and localize findings on the radiographs.',
      has: ['computer-vision'],
    },
    {
      why: 'RL or preference fine-tuning of a generator is RL, not transfer learning',
      title: 'Preference Fine-Tuning of Image Generators',
      abstract: 'We apply RL fine-tuning to a pretrained image generator with a reward model learned from human preferences. Reinforcement learning from human feedback improves prompt alignment.',
      has: ['reinforcement-learning'],
      not: ['transfer-learning'],
    },
    // Tenth pass (blind7.jsonl and the end-to-end rounds).
    {
      why: 'a multi-word term does not match across a comma (`flows, matching` is no flow matching)',
      title: 'Smooth Bijections for Coupling Flows',
      abstract: 'We design new bijections for coupling flows, matching spline flows on density estimation benchmarks. The flows stay analytically invertible.',
      has: [],
      not: ['diffusion-models'],
    },
    {
      why: 'a term that goes on past an abbreviation counts for its own topic (OOD detection)',
      title: 'A Benchmark for OOD Detection in Industrial Images',
      abstract: 'Progress in out-of-distribution (OOD) detection needs large datasets. We collect an industrial image dataset for OOD detection and evaluate 20 post-hoc OOD detection methods.',
      has: ['uncertainty-quantification'],
      not: ['distribution-shift'],
    },
    {
      why: 'prompts and foundation models of a segmentation model are not an LLM subject',
      title: 'A Promptable Foundation Model for Medical Image Segmentation',
      abstract: 'Promptable segmentation foundation models generalise through prompting. We fine-tune one on medical imaging datasets with box prompts and show that prompt engineering alone is not enough for medical image segmentation.',
      has: ['computer-vision'],
      not: ['large-language-models'],
    },
    {
      why: 'calibration data of post-training quantization is not uncertainty calibration',
      title: 'Better Calibration Data for Post-Training Quantization of LLMs',
      abstract: 'Post-training quantization of large language models needs calibration data. We regenerate calibration samples with a larger model of the same family, and quantization with the new calibration set loses less accuracy.',
      has: ['model-compression'],
      not: ['uncertainty-quantification'],
    },
    {
      why: 'decentralised multi-agent RL is not distributed learning',
      title: 'Graph Critics for Multi-Agent Reinforcement Learning',
      abstract: 'We learn decentralised policies in multi-agent reinforcement learning under communication costs. A graph neural network critic estimates per-agent values, and agents communicate with neighbours only in this distributed setting.',
      has: ['reinforcement-learning'],
      not: ['distributed-learning'],
    },
    {
      why: 'the mesh and sensor data of a physics surrogate are not neural fields or time series',
      title: 'Reconstructing Urban Wind Fields on Meshes with a Graph Diffusion Surrogate',
      abstract: 'We reconstruct wind fields on unstructured meshes of complex 3D geometry from sparse sensor data. A graph diffusion model trained on computational fluid dynamics simulations performs data assimilation of the sensor data. The surrogate respects the Navier-Stokes equations, and the mesh geometry varies between cities. Data assimilation of sensor data over a long horizon follows the flow regimes.',
      has: ['scientific-ml'],
      not: ['neural-fields', 'computer-vision', 'time-series'],
    },
    {
      why: 'multi-calibration is uncertainty quantification',
      title: 'Measuring Multi-Calibration of Predictors',
      abstract: '',
      has: ['uncertainty-quantification'],
    },
    {
      why: 'X generation of a data type is a generative-models subject',
      title: 'Property-Aware Crystal Generation',
      abstract: '',
      has: ['generative-models'],
    },
    // Twelfth pass (blind8.jsonl).
    {
      why: 'pinning is no PINN (the physics-informed network term is a whole word)',
      title: 'Proactive Pinning of Documents in a Compiled Knowledge Cache',
      abstract: 'We pin documents into a fixed token budget before queries arrive. Pinning decisions follow a materiality score, and the pinned set is updated as the stream evolves.',
      has: [],
      not: ['scientific-ml', 'differential-equations'],
    },
    {
      why: 'on-policy distillation of LLMs is distillation, not reinforcement learning',
      title: 'Stable On-Policy Distillation for Reasoning Models',
      abstract: 'On-policy distillation trains a student language model on its own samples with the teacher scoring each token. We make on-policy distillation stable for long reasoning traces.',
      has: ['knowledge-distillation'],
      not: ['reinforcement-learning'],
    },
    {
      why: 'one-shot pruning is model compression, not few-shot learning',
      title: 'One-Shot Pruning of Large Language Models without Retraining',
      abstract: 'We prune large language models in one shot after training. One-shot pruning to 2:4 sparsity keeps accuracy with a better choice of the dense region.',
      has: ['model-compression'],
      not: ['few-shot-learning'],
    },
    {
      why: 'the transferability of adversarial examples is no transfer learning',
      title: 'Boosting Adversarial Transferability of Image Attacks',
      abstract: 'Transfer-based attacks craft adversarial examples on a surrogate model. We raise adversarial transferability to unseen target models with gradient correction.',
      has: ['adversarial-robustness'],
      not: ['transfer-learning'],
    },
    {
      why: 'fake news and rumour detection are NLP tasks',
      title: 'Fake News Detection with Evidence Retrieval',
      abstract: 'We detect fake news in social media posts. Rumour detection and claim detection share one encoder of the posts.',
      has: ['natural-language-processing'],
    },
    {
      why: 'materials-science words name a scientific-ML subject',
      title: 'Predicting Band Gaps of Perovskites',
      abstract: '',
      has: ['scientific-ml'],
    },
  ];
  it.each(cases)('$why', ({ title, abstract, has, not }) => {
    const got = ids(tagTopics({ title, abstract }), true);
    for (const id of has) expect(got, `expected ${id}`).toContain(id);
    for (const id of not ?? []) expect(got, `did not expect ${id}`).not.toContain(id);
  });
});

describe('CJK text (Chinese, Japanese, Korean: no spaces between words)', () => {
  it('makes every CJK letter a token of its own; Latin words keep their boundaries', () => {
    expect(tokenize('基于强化学习的LLM智能体').map((t) => t.norm)).toEqual(['基', '于', '强', '化', '学', '习', '的', 'llm', '智', '能', '体']);
    expect(tokenize('拡散モデル').map((t) => t.norm)).toEqual(['拡', '散', 'モ', 'デ', 'ル']);
    expect(tokenize('대규모 언어 모델을').map((t) => [t.norm, t.start, t.end])).toEqual([
      ['대', 0, 1], ['규', 1, 2], ['모', 2, 3], ['언', 4, 5], ['어', 5, 6], ['모', 7, 8], ['델', 8, 9], ['을', 9, 10],
    ]);
    // A bound prefix is never glued to a CJK letter; Latin text is tokenised as before.
    expect(tokenize('pre 训练').map((t) => t.norm)).toEqual(['pre', '训', '练']);
    expect(normalizePhrase('Pre-trained LLMs and Self-Supervised GANs')).toBe('pretrained llm and selfsupervised gan');
    expect(tokenizeTerm('强化学习').map((t) => t.norm)).toEqual(['强', '化', '学', '习']);
  });

  const cases: { title: string; abstract?: string; has: string[]; not?: string[] }[] = [
    // A CJK term matches as a substring of a CJK run (e2e11 zh_reading_log_table titles).
    { title: 'AgentOPSD：面向智能体强化学习的递归自蒸馏信用分配', has: ['reinforcement-learning', 'knowledge-distillation'] },
    { title: 'SKILLER：面向小语言模型的可复用技能提取语言级强化学习', has: ['reinforcement-learning', 'large-language-models'] },
    { title: 'TAPO：面向 LLM 智能体的转移感知策略优化', has: ['large-language-models', 'reinforcement-learning'] },
    // Traditional Chinese, Japanese, Korean (with and without spaces).
    { title: '聯邦學習中的隱私保護', has: ['distributed-learning', 'privacy'] },
    { title: '拡散モデルによる画像生成の高速化', has: ['diffusion-models', 'generative-models'] },
    { title: '大規模言語モデルのための強化学習', has: ['large-language-models', 'reinforcement-learning'] },
    { title: '대규모 언어 모델을 위한 강화 학습', has: ['large-language-models', 'reinforcement-learning'] },
    { title: '대규모언어모델을 위한 강화학습', has: ['large-language-models', 'reinforcement-learning'] },
    { title: '基于图神经网络的时间序列预测', has: ['graph-learning', 'time-series'] },
    { title: '持续学习中的灾难性遗忘', has: ['continual-learning'] },
    // Negative terms work inside CJK runs too.
    { title: '数据集蒸馏的新方法', has: ['dataset-distillation'], not: ['knowledge-distillation'] },
    { title: '金融市场的量化分析', has: [], not: ['model-compression'] },
    { title: '大语言模型的低比特量化', has: ['large-language-models', 'model-compression'] },
    // No CJK term: no CJK match (a Latin term never matches inside a CJK word or vice versa).
    { title: '今天的天空很蓝', has: [], not: ['reinforcement-learning', 'large-language-models'] },
  ];
  it.each(cases)('$title', ({ title, abstract, has, not }) => {
    const got = ids(tagTopics({ title, abstract: abstract ?? '' }), true);
    for (const id of has) expect(got, `expected ${id}`).toContain(id);
    for (const id of not ?? []) expect(got, `did not expect ${id}`).not.toContain(id);
  });

  it('gives evidence offsets of CJK terms in the original text', () => {
    const title = '基于强化学习的方法';
    const ev = tagTopics({ title }).find((t) => t.id === 'reinforcement-learning')!.evidence[0]!;
    expect([ev.term, ev.start, ev.end, title.slice(ev.start, ev.end)]).toEqual(['强化学习', 2, 6, '强化学习']);
  });

  it('tags a long CJK text (its speed is measured by the benchmark, not here)', () => {
    const abstract = '本文提出一种基于强化学习的大语言模型蒸馏方法，'.repeat(8000);
    const got = ids(tagTopics({ title: '', abstract }));
    expect(got).toContain('reinforcement-learning');
  });
});

describe('scanText reads words in place as tokenize folds them', () => {
  it('gives the folded forms of tokenize for words with z, acronym plurals and bound prefixes', async () => {
    const { scanText, TokenScan, tokenize: tok, normHashOf } = await import('../src/topics/normalize.js');
    const { defaultCompiledTaxonomy, rootIndexOf } = await import('../src/topics/compile.js');
    const text =
      'Optimization of SIZEs: LLMs, GPs and COLOURs; behaviours, quizzes, Quiz, Izz yzz Iz zz Z z analyZed ' +
      'organizing pre-optimized self-organizing ZEROs 3zs izs Analyzes prizes tokenizers quantization 5-shot';
    const scan = scanText(text, rootIndexOf(defaultCompiledTaxonomy()), new TokenScan());
    const ref = tok(text);
    expect(scan.n).toBe(ref.length);
    ref.forEach((t, k) => {
      expect([scan.start[k], scan.end[k]]).toEqual([t.start, t.end]);
      expect(scan.normIs(k, t.norm)).toBe(true);
      expect(scan.hash[k]).toBe(normHashOf(t.norm));
      expect(scan.startsWith(k, t.norm.slice(0, 3))).toBe(true);
      expect(scan.firstChar(k)).toBe(t.norm.charCodeAt(0));
    });
  });

  it('matches terms through those words', () => {
    expect(tagTopics('Post-training quantization of LLMs. Quantized LLMs and tokenizers.').map((t) => t.id)).toContain('model-compression');
  });
});
