// Datasets: the gazetteer matcher, the context finder and the paper-level merge.
// Fixture files (one case a line, `%` for comments) hold sentences from many fields:
// positives.txt (`sentence => Name | Name`) and negatives.txt (a sentence naming no dataset).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanGazetteer } from '../src/extract/datasets-gazetteer.js';
import { extractDatasets, extractPaperDatasets } from '../src/extract/datasets.js';
import { isPaperfeedError } from '../src/errors.js';
import { foldKey } from '../src/lib/text.js';
import { DatasetMentionSchema, type DatasetMention } from '../src/schema/paper.js';

const dir = join(import.meta.dirname, 'fixtures', 'datasets');
const lines = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() && !l.startsWith('%'));

const positives = lines('positives.txt').map((l) => {
  const [sentence, expected = ''] = l.split(' => ');
  return { sentence: sentence!, expected: expected.split('|').map((x) => x.trim()).filter(Boolean) };
});
const negatives = lines('negatives.txt');

/** Names as the scorer compares them: a gold name matches the returned name or mention after folding. */
function matches(got: DatasetMention[], expected: string[]): { missing: string[]; extra: string[] } {
  const used = new Set<number>();
  const missing: string[] = [];
  for (const e of expected) {
    const j = got.findIndex((g, k) => !used.has(k) && (foldKey(g.name) === foldKey(e) || foldKey(g.mention) === foldKey(e)));
    if (j >= 0) used.add(j);
    else missing.push(e);
  }
  return { missing, extra: got.filter((_, k) => !used.has(k)).map((g) => `${g.name} <${g.mention}>`) };
}

function one(text: string, name: string): DatasetMention {
  const m = extractDatasets(text).find((d) => d.name === name);
  if (!m) throw new Error(`${name} not found in: ${text} (got ${extractDatasets(text).map((d) => d.name).join(', ')})`);
  return m;
}

describe('purity', () => {
  it('does not use compromise or Node built-ins in the dataset finder', () => {
    const src = readFileSync(join(import.meta.dirname, '..', 'src', 'extract', 'datasets-context.ts'), 'utf8');
    expect(src).not.toMatch(/from ['"]compromise|\brequire\(|getBuiltinModule\(|createRequire\(|import\.meta/);
    expect(extractDatasets('We evaluate on the FooBar-7 dataset.').map((d) => d.name)).toEqual(['FooBar-7']);
  });
});

describe('fixtures: positives.txt', () => {
  it('has cases', () => expect(positives.length).toBeGreaterThan(80));
  for (const { sentence, expected } of positives) {
    it(sentence, () => {
      const got = extractDatasets(sentence);
      expect(matches(got, expected)).toEqual({ missing: [], extra: [] });
    });
  }
});

describe('fixtures: negatives.txt', () => {
  it('has cases', () => expect(negatives.length).toBeGreaterThan(50));
  for (const sentence of negatives) {
    it(sentence, () => expect(extractDatasets(sentence).map((d) => `${d.name} <${d.mention}>`)).toEqual([]));
  }
});

describe('spans', () => {
  const texts = [...positives.map((p) => p.sentence), 'CIFAR10 and CIFAR-10 and Cifar 10; then ImageNet-1K and ImageNet 64x64.'];
  it('point at the mention, in order, inside the text, and re-read as the same dataset', () => {
    for (const text of texts) {
      for (const m of extractDatasets(text)) {
        expect(text.slice(m.spans[0]!.start, m.spans[0]!.end)).toBe(m.mention);
        let last = -1;
        for (const s of m.spans) {
          expect(s.field).toBe('text');
          expect(s.start).toBeGreaterThan(last);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.start;
          if (m.source === 'gazetteer') expect(extractDatasets('on ' + text.slice(s.start, s.end), { context: false }).map((d) => d.name)).toEqual([m.name]);
        }
        expect(DatasetMentionSchema.parse(m)).toEqual(m);
      }
    }
  });
  it('use the field given', () => {
    const [m] = extractDatasets('on MNIST', { field: 'abstract' });
    expect(m!.spans).toEqual([{ field: 'abstract', start: 3, end: 8 }]);
  });
});

describe('spelling variants fold to one dataset', () => {
  it.each([
    ['CIFAR10', 'CIFAR-10'],
    ['CIFAR-10', 'CIFAR-10'],
    ['Cifar 10', 'CIFAR-10'],
    ['cifar_10', 'CIFAR-10'],
    ['FashionMNIST', 'Fashion-MNIST'],
    ['Fashion MNist', 'Fashion-MNIST'],
    ['MNist', 'MNIST'],
    ['OfficeHome', 'Office-Home'],
    ['MS-COCO', 'COCO'],
    ['MSCOCO', 'COCO'],
    ['CoRe 50', 'CORe50'],
    ['miniIMageNet', 'miniImageNet'],
    ['Market1501', 'Market-1501'],
    ['Street View House Numbers', 'SVHN'],
  ])('%s -> %s', (written, name) => {
    const m = one(`We report results on ${written} here.`, name);
    expect(m.mention).toBe(written);
    expect(m.source).toBe('gazetteer');
  });
});

describe('variants are kept apart from the name', () => {
  it.each([
    ['ImageNet-1K', 'ImageNet', '1K'],
    ['ImageNet-1K/22K', 'ImageNet', '1K/22K'],
    ['ImageNet 64x64', 'ImageNet', '64x64'],
    ['ImageNet-64x64', 'ImageNet', '64x64'],
    ['ImageNet 64times 64', 'ImageNet', '64times 64'],
    ['ImageNet 256×256', 'ImageNet', '256×256'],
    ['Split-CIFAR100', 'CIFAR-100', 'Split'],
    ['10-Split-CIFAR-100', 'CIFAR-100', '10-Split'],
    ['Permuted MNIST', 'MNIST', 'Permuted'],
    ['MSCOCO-2017 5K', 'COCO', '2017 5K'],
    ['COCO 2014', 'COCO', '2014'],
    ['KITTI-2015', 'KITTI', '2015'],
    ['PoseTrack21', 'PoseTrack', '21'],
    ['PoseTrack 2018', 'PoseTrack', '2018'],
    ['BipedalWalker-v2', 'BipedalWalker', 'v2'],
    ['WebVid-10M', 'WebVid', '10M'],
    ['MalNet-Tiny', 'MalNet', 'Tiny'],
    ['BFCLv3', 'BFCL', 'v3'],
    ['GSM8Kv2', 'GSM8K', 'v2'],
    ['SWE-bench Verified', 'SWE-bench', 'Verified'],
    ['SWE-Bench Lite', 'SWE-bench', 'Lite'],
    ['LIBERO-Long', 'LIBERO', 'Long'],
    ['SimplerEnv-WidowX', 'SimplerEnv', 'WidowX'],
    ['MMBench-CN', 'MMBench', 'CN'],
    ['MATH-Hard', 'MATH', 'Hard'],
  ])('%s -> %s [%s]', (written, name, variant) => {
    const m = one(`Results on ${written} are strong.`, name);
    expect(m.mention).toBe(written);
    expect(m.variant).toBe(variant);
  });
  it('keeps a listed sub-dataset as its own name', () => {
    expect(extractDatasets('on ImageNet-R and ImageNet-C').map((d) => [d.name, d.variant])).toEqual([
      ['ImageNet-R', undefined],
      ['ImageNet-C', undefined],
    ]);
  });
  it('makes an unlisted suffix or prefix a name of its own', () => {
    expect(extractDatasets('MuSiQue-Un and MuSiQue').map((d) => [d.name, d.source])).toEqual([
      ['MuSiQue-Un', 'context'],
      ['MuSiQue', 'gazetteer'],
    ]);
    expect(extractDatasets('on Colored-MNIST').map((d) => [d.name, d.source])).toEqual([['Colored-MNIST', 'context']]);
  });
  it('keeps unlisted suffixes that are no split word or listed suite as names of their own', () => {
    // `Spider-Syn` and `Spider-Realistic` are perturbed datasets of their own, though one text writes both.
    const text = 'Gains on the perturbed Spider-Syn and Spider-Realistic benchmarks, and on LIBERO-Object and LIBERO-Goal.';
    expect(extractDatasets(text).map((d) => [d.name, d.variant])).toEqual([
      ['Spider-Syn', undefined],
      ['Spider-Realistic', undefined],
      ['LIBERO', 'Object'],
    ]);
  });
  it('does not read adjectives of scale or style as mentions', () => {
    expect(extractDatasets('ImageNet-scale training with COCO-style annotations on CartPole-like tasks')).toEqual([]);
  });
  it('does not take a plain number after a space as a variant', () => {
    expect(one('trained on ImageNet 10 times faster', 'ImageNet').mention).toBe('ImageNet');
  });
});

describe('case', () => {
  it.each([
    ['Once trained, the model runs once.', []],
    ['two LiDAR datasets, namely Waymo and ONCE', ['Waymo Open Dataset', 'ONCE']],
    ['multiple runs', []],
    ['Multiple runs on MultiPL-E', ['MultiPL-E']],
    ['a replica symmetric picture', []],
    ['We render scenes from Replica.', ['Replica']],
    ['the spider crawled', []],
    ['text-to-SQL on Spider and BIRD', ['Spider', 'BIRD']],
    ['we glue the parts', []],
    ['Mnist', []],
    ['imagenet features', []],
    ['on Imagenet features', ['ImageNet']],
  ] as [string, string[]][])('%s', (text, names) => {
    expect(extractDatasets(text).map((d) => d.name)).toEqual(names);
  });
  it('does not take word-like names at the start of a sentence or in a Title Case title', () => {
    expect(extractDatasets('Spider webs are strong.')).toEqual([]);
    expect(extractPaperDatasets({ title: 'Learning to Replica Exchange for Better Sampling' })).toEqual([]);
  });
});

describe('repeats merge', () => {
  it('into one mention with every span, the first as written', () => {
    const text = 'CIFAR10 is small. We use CIFAR-10 and Cifar 10 again.';
    const got = extractDatasets(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.mention).toBe('CIFAR10');
    expect(got[0]!.spans.map((s) => text.slice(s.start, s.end))).toEqual(['CIFAR10', 'CIFAR-10', 'Cifar 10']);
  });
  it('keeps the first variant seen', () => {
    const [m] = extractDatasets('ImageNet and later ImageNet 64x64');
    expect([m!.mention, m!.variant, m!.spans.length]).toEqual(['ImageNet', '64x64', 2]);
  });
});

describe('names from context', () => {
  it.each([
    ['On the Sintel benchmark, FlowFormer wins.', ['Sintel'], 'gazetteer'],
    ['We evaluate on the SkyScenes-2 dataset.', ['SkyScenes-2'], 'context'],
    ['Experiments on the Foo and Barley datasets.', ['Foo', 'Barley'], 'context'],
    ['We introduce REASONS, a novel dataset with sentence-level annotations.', ['REASONS'], 'context'],
    ['the TinyLex corpus', ['TinyLex'], 'context'],
    ['evaluated on CIFAR-10, SVHN and QuokkaNet-5', ['CIFAR-10', 'SVHN', 'QuokkaNet-5'], undefined],
  ] as [string, string[], string | undefined][])('%s', (text, names, source) => {
    const got = extractDatasets(text);
    expect(got.map((d) => d.name)).toEqual(names);
    if (source) expect(new Set(got.map((d) => d.source))).toEqual(new Set([source]));
  });
  it('keeps a listed name with an edition number apart from the listed one', () => {
    const text = 'We introduce MegaWika 2, a large, multilingual dataset. MegaWika 2 is a major upgrade from the original MegaWika.';
    expect(extractDatasets(text).map((d) => [d.name, d.source, d.spans.length])).toEqual([
      ['MegaWika 2', 'context', 2],
      ['MegaWika', 'gazetteer', 1],
    ]);
  });
  it('names an abbreviated benchmark with its head noun and counts the abbreviation as a span', () => {
    const text = 'We release our Answer Engine Evaluation benchmark (AEE) to facilitate evaluation. AEE has 8 metrics.';
    const got = extractDatasets(text);
    expect(got.map((d) => [d.name, d.spans.map((s) => text.slice(s.start, s.end))])).toEqual([
      ['Answer Engine Evaluation benchmark', ['Answer Engine Evaluation benchmark', 'AEE', 'AEE']],
    ]);
  });
  it('strips venue prefixes and event heads', () => {
    expect(extractDatasets('We ranked second in the CVPR\'23 BallNet Challenge.').map((d) => d.name)).toEqual(['BallNet']);
    expect(extractDatasets('in the MedCLEFx Caption 2023 Caption Prediction Task competition').map((d) => d.name)).toEqual(['MedCLEFx Caption 2023']);
  });
  it('does not take methods, models, tasks or metrics', () => {
    expect(extractDatasets('We propose QuokkaNet, a model that outperforms BERT on the SST-2 dataset.').map((d) => d.name)).toEqual(['SST-2']);
    expect(extractDatasets('open-vocabulary object detection (OVOD) methods are tested on the OVOD benchmark.')).toEqual([]);
    expect(extractDatasets('Experiments on GPT-4 and Llama-2-7B show gains in BLEU.')).toEqual([]);
  });
  it('can be turned off', () => {
    expect(extractDatasets('We evaluate on the SkyScenes-2 dataset.', { context: false })).toEqual([]);
  });
});

describe('extractPaperDatasets', () => {
  it('merges title and abstract, with spans in both fields', () => {
    const title = 'MAVIS: A Benchmark for Multimodal Source Attribution';
    const abstract = 'We introduce MAVIS, the first benchmark of its kind, and also report results on COCO.';
    const got = extractPaperDatasets({ title, abstract });
    expect(got.map((d) => [d.name, d.source, d.spans.map((s) => s.field)])).toEqual([
      ['MAVIS', 'context', ['title', 'abstract']],
      ['COCO', 'gazetteer', ['abstract']],
    ]);
  });
  it('finds in the title a name the abstract defined', () => {
    const got = extractPaperDatasets({ title: 'Scaling laws on PolyQ', abstract: 'We introduce PolyQ, a benchmark of polynomial questions.' });
    expect(got.map((d) => [d.name, d.spans.map((s) => s.field)])).toEqual([['PolyQ', ['title', 'abstract']]]);
  });
  it('takes a paper without an abstract', () => {
    expect(extractPaperDatasets({ title: 'MGTBench: Benchmarking Machine-Generated Text Detection' }).map((d) => d.name)).toEqual(['MGTBench']);
    expect(extractPaperDatasets({ title: '' })).toEqual([]);
    expect(extractPaperDatasets({ title: 'x', abstract: null })).toEqual([]);
  });
});

describe('web addresses', () => {
  it('are not mentions', () => {
    expect(extractDatasets('Code: https://github.com/foo/cifar10-models and huggingface.co/datasets/imagenet-1k.')).toEqual([]);
    const text = 'We present CiteRAG, the first benchmark for citation. Code at https://github.com/x/CiteRAG.';
    expect(extractDatasets(text).map((d) => d.spans.length)).toEqual([1]);
  });
});

describe('input', () => {
  it('gives nothing for empty or dataset-free text', () => {
    expect(extractDatasets('')).toEqual([]);
    expect(extractDatasets('   \n ')).toEqual([]);
    expect(extractDatasets('We study the loss landscape of deep networks.')).toEqual([]);
  });
  it('throws a typed error for a non-string', () => {
    let err: unknown;
    try {
      extractDatasets(42 as unknown as string);
    } catch (e) {
      err = e;
    }
    expect(isPaperfeedError(err) && err.code).toBe('INVALID_INPUT');
  });
  it('never throws and keeps spans consistent on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('', ' on the CIFAR-10 dataset', ', FooNet-3 and MNIST benchmarks', ' ImageNet-1K/22K'), (s, tail) => {
        const text = s + tail;
        for (const m of extractDatasets(text)) {
          expect(text.slice(m.spans[0]!.start, m.spans[0]!.end)).toBe(m.mention);
          expect(m.name.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('pathological input finishes', () => {
  const cases: [string, string][] = [
    ['hyphen chains', 'A-'.repeat(50_000)],
    ['capitalised words', 'Foo Bar '.repeat(25_000)],
    ['comma lists', 'CIFAR-10, Foo, '.repeat(12_000) + 'datasets.'],
    ['cue words', 'the Foo dataset and the Bar benchmark, '.repeat(5_000)],
    ['digits and x', '64x64x'.repeat(30_000)],
    ['one long word', 'a'.repeat(200_000)],
  ];
  // hang guard (the test timeout); speed and linear growth: `npm run bench`,
  // test/fixtures/pathological/time.ts
  for (const [name, text] of cases) {
    it(name, () => {
      for (const m of extractDatasets(text)) expect(text.slice(m.spans[0]!.start, m.spans[0]!.end)).toBe(m.mention);
    });
  }
});

/** A labelled paper of the unseen and blind sets: the datasets a careful reader named in it. */
type Labelled = { id: string; title: string; abstract: string; datasets: { name: string; aliases: string[] }[] };

/**
 * Precision, recall and F1 of extractPaperDatasets over labelled papers, matched as the
 * shared scorer does: predictions de-duplicated by folded name, a gold name or alias
 * against the returned name or mention.
 */
function scoreLabelled(rows: Labelled[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const seen = new Set<string>();
    const got = extractPaperDatasets({ title: r.title, abstract: r.abstract }).filter((d) => !seen.has(foldKey(d.name)) && !!seen.add(foldKey(d.name)));
    const used = new Set<number>();
    for (const g of r.datasets) {
      const keys = [g.name, ...g.aliases].map(foldKey);
      const j = got.findIndex((d, k) => !used.has(k) && (keys.includes(foldKey(d.name)) || keys.includes(foldKey(d.mention))));
      if (j >= 0) {
        used.add(j);
        tp++;
      } else fn++;
    }
    fp += got.length - used.size;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

// Unseen abstracts of other subfields (test/fixtures/datasets/unseen.jsonl, sources in
// test/fixtures/topics/README.md), annotated by hand before the extractor was tuned on
// them. Matching as the shared scorer does: folded names, a gold name or alias against the
// returned name or mention. Measured before that work: P 82.4 R 56.0 F1 66.7; after it:
// P 95.5 R 84.0 F1 89.4. The floors leave a margin.
describe('unseen subfields (fixtures/datasets/unseen.jsonl)', () => {
  const FLOOR = { precision: 0.88, recall: 0.76, f1: 0.84 };
  const rows = readFileSync(join(dir, 'unseen.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
  it('holds ~75 papers', () => expect(rows.length).toBeGreaterThanOrEqual(60));
  it(`scores precision >= ${FLOOR.precision}, recall >= ${FLOOR.recall}, F1 >= ${FLOOR.f1}`, () => {
    const { precision, recall, f1 } = scoreLabelled(rows);
    expect(precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(f1).toBeGreaterThanOrEqual(FLOOR.f1);
  });
});

// Later blind sets (test/fixtures/datasets/blind2.jsonl and blind3.jsonl, provenance in that
// folder's README.md): arXiv abstracts of the 2023-06-06 and 2023-06-09 digests, labelled by hand
// before the extractor ran on them. blind2 (50 papers, 48 datasets) measured blind: P 86.7 R 81.3
// F1 83.9; after the fixes it prompted (gazetteer gaps, `X-10/100`, LaTeX `\_`, `denoted as X`,
// `the ... dataset, X,`, tool heads, plural defined abbreviations, heavy-capital names): P 100
// R 97.9 F1 98.9. blind3 (16 papers, 13 datasets), measured once after those fixes: P 90.0 R 69.2
// F1 78.3; after its own fixes 100. Neither is blind any more; the floors sit just below.
// blind4 (56 papers, 74 datasets; arXiv ids 2511-2512, LLM, multimodal, video, agent and
// robotics abstracts of late 2025) measured blind: P 90.8 R 79.7 F1 84.9; after its fixes (a
// gazetteer batch of 2024-2025 benchmarks, abbreviations defined in the text, `-VL` and `-240K`
// shapes, metric names before `benchmark`, counts in parentheses): P 100 R 91.9 F1 95.8; 97.9 after
// the blind5 rules. blind5 (47 papers, 46 datasets; arXiv ids 2401-2402, papers of early 2024)
// measured blind: P 93.5 R 93.5 F1 93.5; after its fixes (appositives that make a name a model,
// task abbreviations, explicit datasets with a model-like ending, suites of a benchmark as
// variants, a hallucination, editing and conversational-QA gazetteer batch): P 100 R 97.8 F1 98.9.
// blind6 (30 papers, 34 datasets; arXiv ids 2602.x of 18 February 2026, 13 papers naming none) measured
// blind: P 87.5 R 82.4 F1 84.8; after its fixes (a sixth gazetteer batch by subfield, techniques and task
// acronyms beside dataset words, abbreviations of systems and tasks, a singular cue after `and the`): 100.
describe.each([
  ['blind2.jsonl', 50, { precision: 0.95, recall: 0.95, f1: 0.96 }],
  ['blind3.jsonl', 16, { precision: 0.9, recall: 0.9, f1: 0.9 }],
  ['blind4.jsonl', 56, { precision: 0.97, recall: 0.89, f1: 0.93 }],
  ['blind5.jsonl', 47, { precision: 0.97, recall: 0.93, f1: 0.95 }],
  ['blind6.jsonl', 30, { precision: 0.95, recall: 0.93, f1: 0.95 }],
] as [string, number, { precision: number; recall: number; f1: number }][])('blind set fixtures/datasets/%s', (file, size, FLOOR) => {
  const rows = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
  it(`holds ${size} papers`, () => expect(rows.length).toBe(size));
  it(`scores precision >= ${FLOOR.precision}, recall >= ${FLOOR.recall}, F1 >= ${FLOOR.f1}`, () => {
    const { precision, recall, f1 } = scoreLabelled(rows);
    expect(precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(f1).toBeGreaterThanOrEqual(FLOOR.f1);
  });
});

// blind6 and the e2e feeds: what the abstract says about a name also holds for the title.
describe('paper-level readings (blind6, e2e feeds)', () => {
  const names = (title: string, abstract: string) => extractPaperDatasets({ title, abstract }).map((d) => d.name);
  it('drops a title name the abstract defines as a system (`Integrated Forecasting System (IFS)`)', () => {
    const got = names(
      'AIFL: A Global Daily Streamflow Forecasting Model Pre-trained on ERA5-Land and Fine-tuned on IFS',
      'Trained on basins curated from the CARAVAN dataset, the model is then fine-tuned on operational Integrated Forecasting System (IFS) control forecasts.',
    );
    expect(got).toContain('CARAVAN');
    expect(got).not.toContain('IFS');
  });
  it('drops a listed name the abstract calls software (`CARLA\'s atomic APIs`), in the title too', () => {
    const got = names('OSC2Runner: OpenSCENARIO 2.x Compliant AV Simulation in CARLA', 'Behavior trees are natively mapped to CARLA\'s atomic APIs.');
    expect(got).not.toContain('CARLA');
  });
  it('finds a benchmark the title heads and the abstract introduces (`MEDEC introduces a ... benchmark`)', () => {
    const got = names('MEDEC: Medical Error Detection and Correction', 'MEDEC introduces a publicly available benchmark for medical error detection and correction in clinical notes.');
    expect(got).toEqual(['MEDEC']);
  });
});

// datasets8 (fixtures/e2e7, e2e8 feeds): abbreviations before a dataset word, title backronyms, challenge titles.
describe('abbreviations, backronyms and challenge titles (e2e7/e2e8 feeds)', () => {
  const found = (title: string, abstract = '') => extractPaperDatasets({ title, abstract });
  it('names `Long Name (ACR) Dataset` by the abbreviation, the long form as it is written', () => {
    const got = found('The Open Molecules 2025 (OMol25) Dataset, Evaluations, and Models');
    expect(got.map((d) => [d.name, d.mention])).toEqual([['OMol25', 'Open Molecules 2025']]);
  });
  it('takes a database word after the abbreviation (`the ... (OSV) database`) and its later mentions', () => {
    const got = found('A Time Series Analysis of Malware Uploads', 'The dataset examined is based on the new Open Source Vulnerabilities (OSV) database. In 2025 up to 80% of all entries in the OSV are malware.');
    expect(got.map((d) => d.name)).toEqual(['OSV']);
    expect(got[0]!.spans.length).toBeGreaterThanOrEqual(2);
  });
  it('finds a title acronym spelled by the words after its colon, among them a data word', () => {
    expect(found('WINDSET: Weather Insights and Novel Data for Systematic Evaluation and Testing').map((d) => d.name)).toEqual(['WINDSET']);
  });
  it('does not take a backronym without a data word, or one whose data word is a modifier', () => {
    expect(found('DAISY: Data Adaptive Importance Sampling for You')).toEqual([]);
    expect(found('SHIELD: Secure Hybrid Inference for Efficient Language Deployment')).toEqual([]);
  });
  it('does not take a challenge title (`X 2025: Challenge on ...`) for a dataset', () => {
    expect(found('ManiSkill-ViTac 2025: Challenge on Manipulation Skill Learning With Vision and Tactile Sensing')).toEqual([]);
    expect(found('ViTaMIn: Challenge on Tactile Manipulation')).toEqual([]);
  });
  it('takes examples of databases (`databases like Orphanet`)', () => {
    const got = found('MIMIC-RD: Can LLMs differentially diagnose rare diseases?', 'ICD codes lack mappings to comprehensive rare disease databases like Orphanet. We explore MIMIC-RD, a benchmark built by mapping clinical text to Orphanet.');
    expect(got.map((d) => d.name).sort()).toEqual(['MIMIC-RD', 'Orphanet']);
  });
});

// datasets13 (fixtures/e2e13 feeds): title heads with other separators, plain one-word heads, a data noun
// phrase without an article, and a longer benchmark built on a listed one.
describe('title heads and benchmark chains (e2e13 feeds)', () => {
  const names = (title: string, abstract = '') => extractPaperDatasets({ title, abstract }).map((d) => d.name);
  it('reads a glued or spaced `--` as the title separator', () => {
    expect(names('Newsyx-- A Multilingual Cross-domain Fact Check News Dataset for COVID-19')).toEqual(['Newsyx']);
    expect(names('Newsyx -- A Multilingual Dataset for COVID-19')).toEqual(['Newsyx']);
  });
  it('takes a plain one-word head before `: A ... Dataset`, not a label or an ordinary word', () => {
    expect(names('Newsyxa: A New Multimodal Benchmark Dataset for Fine-grained Fake News Detection')).toEqual(['Newsyxa']);
    for (const t of [
      'Position: A Benchmark Is Not Enough',
      'Survey: A Benchmark of Surveys',
      'Beyond: A Dataset for Vision',
      'Robustness: A Dataset for Vision',
      'Memora: A Harmonic Memory Representation Balancing Abstraction and Specificity',
      'Flint: A visualization language for the AI era',
    ]) {
      expect(names(t), t).toEqual([]);
    }
  });
  it('keeps a plain head only when the abstract writes it capitalised inside a sentence', () => {
    const title = 'Newsyxa: A New Multimodal Benchmark Dataset for Fake News Detection';
    expect(names(title, 'We present Newsyxa, a collection of one million posts.')).toEqual(['Newsyxa']);
    expect(names('Earthquake: A New Benchmark Dataset for Seismic Detection', 'Earthquake detection matters. We study earthquake signals.')).toEqual([]);
  });
  it('takes a coined head before a Title Case noun phrase headed by a dataset word (no article)', () => {
    expect(names('MMTClinic: Multimodal, Multilingual Time Series Question Answering and Reasoning Benchmark for Clinical Domain')).toEqual(['MMTClinic']);
    expect(names('FooBench: Benchmark Suite for Vision')).toEqual(['FooBench']);
    for (const t of [
      'FooNet: Rethinking Benchmark Design for Vision',
      'FooBar: Open Models and Benchmark for Legal Reasoning',
      'FooBar: Benchmark Generation for LLMs',
      'FooBar: Scalable Dataset Distillation for Vision',
      'GRACE: Graph-Grounded Reflective Agent Copilot Engine for Expert-in-the-Loop Knowledge Expansion',
    ]) {
      expect(names(t), t).toEqual([]);
    }
  });
  it('names a hyphenated benchmark built on a listed `-Bench` name by the longer name', () => {
    expect(names('Long-Horizon-Terminal-Bench: Testing the Limits of Agents on Long-Horizon Terminal Tasks')).toEqual(['Long-Horizon-Terminal-Bench']);
    // Not for other listed names: `Long-Horizon-Colored-MNIST` stays a compound.
    expect(names('We test on Long-Horizon-Colored-MNIST.')).toEqual(['MNIST']);
  });
  it('knows fact-checking and table-inference datasets (seventh batch)', () => {
    expect(names('FEVEROUS: Fact Extraction and VERification Over Unstructured and Structured information')).toEqual(['FEVEROUS']);
    expect(names('INFOTABS: Inference on Tables as Semi-structured Data')).toEqual(['INFOTABS']);
    expect(names('r/Fakeddit: A New Multimodal Benchmark Dataset for Fine-grained Fake News Detection')).toEqual(['Fakeddit']);
    expect(names('Statement Verification and Evidence Finding with Tables (SEM-TAB-FACT)')).toEqual(['SEM-TAB-FACTS']);
    expect(names('Get Your Vitamin C! Robust Fact Verification with Contrastive Evidence')).toEqual(['VitaminC']);
  });
});
