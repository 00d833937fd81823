// Metrics (issue 5): table-driven from test/fixtures/metrics/{positives,negatives}.txt, then
// the record fields (direction, relation, qualifier, unit, dataset, spans), the paper-level
// merge of title and abstract, and the dev gold files scored like ../shared/eval/score.mjs.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPaperfeedError } from '../src/errors.js';
import { extractMetrics, extractPaperMetrics } from '../src/extract/metrics.js';
import type { Metric } from '../src/schema/paper.js';

const fixtures = new URL('./fixtures/metrics/', import.meta.url);
const lines = (name: string) =>
  readFileSync(new URL(name, fixtures), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('%'));

/** The scorer's folding: lower case, letters and digits only. */
const fold = (s: unknown) => String(s ?? '').toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
const sameName = (a: string, b: string) => {
  const x = fold(a);
  const y = fold(b);
  return x.length >= 2 && y.length >= 2 && (x.includes(y) || y.includes(x));
};

interface Want {
  name: string;
  value: number;
  unit: string | null;
  dataset: string | null;
}

function parseWants(spec: string): Want[] {
  return spec.split(' ; ').map((item) => {
    const m = /^(.+?)=(-?[\d.]+)(?: ([^@]+?))?(?: @(.+))?$/.exec(item.trim());
    if (!m) throw new Error(`bad fixture item: ${item}`);
    return { name: m[1]!, value: Number(m[2]), unit: m[3] ?? null, dataset: m[4] ?? null };
  });
}

/** Matches wanted metrics to found ones; returns what is missing and what is extra. */
function compare(found: Metric[], wants: Want[]) {
  const used = new Set<number>();
  const missing: string[] = [];
  for (const w of wants) {
    const k = found.findIndex(
      (g, i) => !used.has(i) && g.value === w.value && sameName(g.name, w.name) && (!w.unit || g.unit === w.unit) && (!w.dataset || g.dataset === w.dataset),
    );
    if (k < 0) missing.push(`${w.name}=${w.value}${w.unit ? ` ${w.unit}` : ''}${w.dataset ? ` @${w.dataset}` : ''}`);
    else used.add(k);
  }
  const extra = found.filter((_, i) => !used.has(i)).map((g) => `${g.name}=${g.value} ${g.unit ?? ''} [${g.text}]`);
  return { missing, extra };
}

const positives = lines('positives.txt').map((l) => {
  const [text, spec] = l.split(' => ');
  return { text: text!, wants: parseWants(spec!) };
});
const negatives = lines('negatives.txt');

/** Checks that every record points at its own text. */
function expectSpans(text: string, ms: Metric[], field = 'text') {
  for (const m of ms) {
    expect(m.span.field).toBe(field);
    expect(m.span.start).toBeGreaterThanOrEqual(0);
    expect(m.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  }
}

describe('extractMetrics: positives (fixtures/metrics/positives.txt)', () => {
  it('has the cases', () => expect(positives.length).toBeGreaterThan(60));
  for (const { text, wants } of positives) {
    it(text.slice(0, 90), () => {
      const found = extractMetrics(text);
      expect(compare(found, wants)).toEqual({ missing: [], extra: [] });
      expectSpans(text, found);
    });
  }
});

describe('extractMetrics: negatives (fixtures/metrics/negatives.txt)', () => {
  it('has the cases', () => expect(negatives.length).toBeGreaterThan(30));
  for (const text of negatives) {
    it(text.slice(0, 90), () => {
      expect(extractMetrics(text).map((m) => `${m.name}=${m.value} [${m.text}]`)).toEqual([]);
    });
  }
});

const one = (text: string, value: number) => {
  const m = extractMetrics(text, { datasets: [] }).find((x) => x.value === value);
  if (!m) throw new Error(`no metric ${value} in: ${text}`);
  return m;
};

describe('extractMetrics: record fields', () => {
  it.each([
    // text, value, name, direction, relation
    ['The method improves top-1 accuracy by 7.26% on the benchmark.', 7.26, 'top-1 accuracy', 'increase', 'relative-change'],
    ['Adaptation reduces WER by 12.3% on the test set.', 12.3, 'WER', 'decrease', 'relative-change'],
    ['We obtain a 198% F-score gain for NeuS.', 198, 'F-score', 'increase', 'relative-change'],
    ['We obtain a 64% Chamfer L_{1} distance reduction for NeuS.', 64, 'Chamfer L1', 'decrease', 'relative-change'],
    ['The decoder leads to 20% fewer parameters than single-stage models.', 20, 'parameters', 'decrease', 'relative-change'],
    ['It improves the clean accuracy by ten percentage points.', 10, 'clean accuracy', 'increase', 'points-change'],
    ['Our model achieves 76.3% top-1 accuracy on the benchmark.', 76.3, 'top-1 accuracy', null, 'absolute'],
    ['The kernel is 3x faster than the baseline.', 3, 'speedup', 'increase', 'relative-change'],
    ['It cuts inference cost with a 500X reduction in inference cost.', 500, 'inference cost', 'decrease', 'relative-change'],
    ['The proposed loss improves Recall@1 by 5.6 on MSR-VTT.', 5.6, 'recall@1', 'increase', 'points-change'],
  ] as const)('%s', (text, value, name, direction, relation) => {
    const m = one(text, value);
    expect(m.name).toBe(name);
    expect(m.direction).toBe(direction);
    expect(m.relation).toBe(relation);
  });

  it('reads both values of `from X to Y` with the direction of the change', () => {
    const ms = extractMetrics('Fine-tuning raises the success rate from 31.2% to 47.5% on unseen tasks.', { datasets: [] });
    expect(ms.map((m) => [m.name, m.value, m.unit, m.relation, m.direction])).toEqual([
      ['success rate', 31.2, '%', 'absolute', 'increase'],
      ['success rate', 47.5, '%', 'absolute', 'increase'],
    ]);
    const t = extractMetrics('BERT training time can be reduced from 3 days to just 76 minutes (Table 1).', { datasets: [] });
    expect(t.map((m) => [m.name, m.value, m.unit, m.direction])).toEqual([
      ['training time', 3, 'days', 'decrease'],
      ['training time', 76, 'minutes', 'decrease'],
    ]);
  });

  it.each([
    ['The test MSE loss drops by more than 90% for TensoRF.', 90, 'more than'],
    ['The sampler gives up to 16% improvement in a qualified metric.', 16, 'up to'],
    ['PFNs run with over 200-fold speedups in multiple setups.', 200, 'over'],
    ['The kernel is nearly three times faster than the reference.', 3, 'nearly'],
    ['The baseline achieves ~22% accuracy.', 22, '~'],
    ['It reduces the training cost by >1.5x on ImageNet.', 1.5, '>'],
    ['The model reaches about 81.2% accuracy.', 81.2, 'about'],
  ] as const)('keeps the qualifier: %s', (text, value, qualifier) => {
    expect(one(text, value).qualifier).toBe(qualifier);
  });

  it.each([
    ['Our system achieves $98.5\\%$ accuracy on the held-out set.', 98.5, '%'],
    ['The detector reaches 45\\% accuracy on night images.', 45, '%'],
    ['Our engine serves 1,283 tok/s on a single GPU.', 1283, 'tok/s'],
    ['The scheme achieves a 3× speedup on long sequences.', 3, 'x'],
    ['The scheme achieves a 3x speedup on long sequences.', 3, 'x'],
    ['Our method boosts the efficiency by up to 3.5times.', 3.5, 'x'],
    ['PFNs run with over 200-fold speedups in multiple setups.', 200, 'x'],
    ['Peak memory drops to 12.4 GiB during fine-tuning.', 12.4, 'GiB'],
    ['The network reaches a PSNR of 32.5 dB on the benchmark.', 32.5, 'dB'],
    ['The reconstruction error is 1.8 mm on average.', 1.8, 'mm'],
    ['It improves the clean accuracy by ten percentage points.', 10, 'percentage points'],
    ['The strategy has a cumulative return of $-5.1\\%$ in 2023.', -5.1, '%'],
  ] as const)('reads the unit: %s', (text, value, unit) => {
    expect(one(text, value).unit).toBe(unit);
  });

  it('reads ranges as two values', () => {
    expect(extractMetrics('It improves top-1 accuracy by 2-2.5% on both datasets.', { datasets: [] }).map((m) => m.value)).toEqual([2, 2.5]);
    expect(extractMetrics('All Greeks stay within 0.1--4\\% of analytic references.', { datasets: [] }).map((m) => m.value)).toEqual([0.1, 4]);
    expect(extractMetrics('It accelerates predictions by 1.3-2x.', { datasets: [] }).map((m) => [m.value, m.unit])).toEqual([
      [1.3, 'x'],
      [2, 'x'],
    ]);
  });

  it('binds datasets: `respectively` lists in order, else the mention in the sentence', () => {
    const text = 'We reach FID scores of 2.51 and 3.25 on CIFAR-10 and ImageNet 64x64 respectively. On COCO, the FID is 8.35.';
    const at = (s: string) => ({ field: 'text', start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const datasets = [
      { name: 'CIFAR-10', spans: [at('CIFAR-10')] },
      { name: 'ImageNet', spans: [at('ImageNet 64x64')] },
      { name: 'COCO', spans: [at('COCO')] },
    ];
    expect(extractMetrics(text, { datasets }).map((m) => [m.name, m.value, m.dataset])).toEqual([
      ['FID', 2.51, 'CIFAR-10'],
      ['FID', 3.25, 'ImageNet'],
      ['FID', 8.35, 'COCO'],
    ]);
    // Spans of another field are not this text's.
    expect(extractMetrics(text, { field: 'abstract', datasets }).every((m) => m.dataset === null)).toBe(true);
  });

  it('binds a list to the datasets of the sentence before (`on these two datasets`)', () => {
    const text = 'We test on CIFAR-10 and ImageNet. We reduce FID scores to 2.24 and 2.77 on these two datasets.';
    const at = (s: string) => ({ field: 'text', start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const ms = extractMetrics(text, { datasets: [{ name: 'CIFAR-10', spans: [at('CIFAR-10')] }, { name: 'ImageNet', spans: [at('ImageNet')] }] });
    expect(ms.map((m) => [m.value, m.dataset])).toEqual([
      [2.24, 'CIFAR-10'],
      [2.77, 'ImageNet'],
    ]);
  });

  it('gives the lexicon’s direction of improvement', () => {
    expect(one('We obtain an FID of 2.5 on the benchmark.', 2.5).higherIsBetter).toBe(false);
    expect(one('We obtain a BLEU score of 28.4 on the task.', 28.4).higherIsBetter).toBe(true);
  });

  it('spans hold the number and its measure, with the field given', () => {
    const text = 'On the CIFAR-100 dataset, our method achieves an 85.21% clean accuracy while maintaining a 38.72% robust accuracy.';
    const ms = extractMetrics(text, { field: 'abstract', datasets: [] });
    expect(ms.map((m) => m.text)).toEqual(['85.21% clean accuracy', '38.72% robust accuracy']);
    expectSpans(text, ms, 'abstract');
  });
});

describe('extractPaperMetrics', () => {
  it('gives a result stated in the title and the abstract once, as the abstract states it', () => {
    const title = 'Large Batch Optimization for Deep Learning: Training BERT in 76 minutes';
    const abstract = 'By increasing the batch size, BERT training time can be reduced from 3 days to just 76 minutes (Table 1).';
    const ms = extractPaperMetrics({ title, abstract }, { datasets: [] });
    expect(ms.map((m) => [m.name, m.value, m.unit, m.span.field])).toEqual([
      ['training time', 3, 'days', 'abstract'],
      ['training time', 76, 'minutes', 'abstract'],
    ]);
    expectSpans(abstract, ms, 'abstract');
  });

  it('keeps a result only the title states, with a title span', () => {
    const title = 'A 2x Faster Transformer for Long Documents';
    const ms = extractPaperMetrics({ title, abstract: 'We propose a sparse attention pattern.' }, { datasets: [] });
    expect(ms.map((m) => [m.name, m.value, m.span.field])).toEqual([['speedup', 2, 'title']]);
    expectSpans(title, ms, 'title');
  });

  it('reads no background share in the first sentence of an abstract, but a named or own one', () => {
    const bg = 'Smart home lighting systems consume 15-20% of residential energy but lack adaptive intelligence. We present BitRL-Light.';
    expect(extractPaperMetrics({ title: 'X', abstract: bg }, { datasets: [] })).toEqual([]);
    // The same sentence later in the abstract, or stating a system's result, is read.
    const later = `We study home lighting. ${bg}`;
    expect(extractPaperMetrics({ title: 'X', abstract: later }, { datasets: [] }).map((m) => m.value)).toEqual([15, 20]);
    const own = 'LearnLM proved reliable, with tutors approving 76.4% of its drafted messages.';
    expect(extractPaperMetrics({ title: 'X', abstract: own }, { datasets: [] }).map((m) => m.value)).toEqual([76.4]);
    const ours = 'Our lighting agent saves 15-20% of residential energy.';
    expect(extractPaperMetrics({ title: 'X', abstract: ours }, { datasets: [] }).map((m) => m.value)).toEqual([15, 20]);
  });

  it('works without an abstract and finds datasets itself when none are given', () => {
    expect(extractPaperMetrics({ title: 'Nothing measured here' })).toEqual([]);
    const ms = extractPaperMetrics({ title: 'X', abstract: 'Our model achieves 76.3% top-1 accuracy on ImageNet.' });
    expect(ms.map((m) => [m.value, m.dataset])).toEqual([[76.3, 'ImageNet']]);
  });
});

describe('extractMetrics: input', () => {
  it('finds nothing in an empty or number-free text', () => {
    expect(extractMetrics('')).toEqual([]);
    expect(extractMetrics('We propose a method. It works well.')).toEqual([]);
  });

  it('throws a typed error for a non-string', () => {
    let err: unknown;
    try {
      extractMetrics(42 as unknown as string);
    } catch (e) {
      err = e;
    }
    expect(isPaperfeedError(err) && err.code).toBe('INVALID_INPUT');
  });

  it('never throws on any string, and every span holds its text', () => {
    const pieces = fc.constantFrom('12.5', '%', '\\%', ' ', 'x', 'times', '-', '--', '(', ')', 'of', 'by', 'accuracy', 'FID', 'and', ',', '.', 'respectively', '$', '~', 'from', 'to', 'ten', 'percentage points', '3', '1,283', 'improves', 'reduces', 'E');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const ms = extractMetrics(text, { datasets: [] });
        for (const m of ms) {
          expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
          expect(Number.isFinite(m.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  // A hang guard: a super-linear rule would not finish within the test timeout (vitest
  // testTimeout, 60 s). Speed itself is measured by `npm run bench`, not asserted here.
  it('finishes on long run-on input and reads only the values written', () => {
    const text = '12.5% of accuracy by 3x faster (1.2 and 3.4) '.repeat(20000);
    const ms = extractMetrics(text, { datasets: [] });
    expect(ms.length).toBeGreaterThan(0);
    expect(ms.every((m) => [12.5, 3, 1.2, 3.4].includes(m.value))).toBe(true);
    expect(ms.every((m) => text.slice(m.span.start, m.span.end) === m.text)).toBe(true);
  });
});

describe('dev gold files (scored like ../shared/eval/score.mjs, names and values)', () => {
  const files = ['seed', 'arxiv_digest_dev', 'arxiv_digest_dev_tail', 'arxiv_listing_dev', 'hf_page_dev', 'awesome_list_dev'];
  const score = (file: string) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const gold = readFileSync(new URL(`../fixtures/shared/${file}.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { title: string; abstract?: string; metrics?: { name: string; aliases?: string[]; value: number }[] });
    for (const g of gold) {
      const space = (s: string) => s.replace(/\s+/g, ' ').trim();
      const found = extractPaperMetrics({ title: space(g.title), abstract: space(g.abstract ?? '') }, { datasets: [] });
      const pred = [...new Map(found.map((x) => [`${fold(x.name)}|${x.value}|${fold(x.dataset)}`, x])).values()];
      const used = new Set<number>();
      for (const m of g.metrics ?? []) {
        const k = pred.findIndex((p, i) => !used.has(i) && Math.abs(p.value - m.value) <= 1e-9 * Math.max(1, Math.abs(m.value)) && [m.name, ...(m.aliases ?? [])].some((n) => sameName(n, p.name)));
        if (k >= 0) {
          used.add(k);
          tp++;
        } else fn++;
      }
      fp += pred.length - used.size;
    }
    return { tp, fp, fn, f1: tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 1 };
  };
  it('F1 >= 0.9 on the seed and >= 0.85 over all dev feeds', () => {
    const all = files.map(score);
    expect(all[0]!.f1).toBeGreaterThanOrEqual(0.9);
    const sum = all.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
    expect((2 * sum.tp) / (2 * sum.tp + sum.fp + sum.fn)).toBeGreaterThanOrEqual(0.85);
  });
});

/** A labelled text of the unseen and blind sets: the metrics a careful reader found in it. */
interface LabelledText {
  source: string;
  text: string;
  metrics: { name: string; aliases?: string[]; value: number }[];
}

/** Precision, recall and F1 of extractMetrics over labelled texts, matched as the shared scorer does (value equal, names fold-contain). */
function scoreSet(list: LabelledText[]): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of list) {
    const found = extractMetrics(e.text);
    const pred = [...new Map(found.map((x) => [`${fold(x.name)}|${x.value}|${fold(x.dataset)}`, x])).values()];
    const used = new Set<number>();
    for (const m of e.metrics) {
      const k = pred.findIndex((p, i) => !used.has(i) && Math.abs(p.value - m.value) <= 1e-9 * Math.max(1, Math.abs(m.value)) && [m.name, ...(m.aliases ?? [])].some((n) => sameName(n, p.name)));
      if (k >= 0) {
        used.add(k);
        tp++;
      } else fn++;
    }
    fp += pred.length - used.size;
  }
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

describe('unseen set (fixtures/metrics/unseen.jsonl: abstracts of other subfields, no dev paper)', () => {
  const entries = lines('unseen.jsonl').map((l) => JSON.parse(l) as LabelledText);
  it('has the texts', () => {
    expect(entries.length).toBeGreaterThanOrEqual(80);
    expect(entries.reduce((n, e) => n + e.metrics.length, 0)).toBeGreaterThanOrEqual(120);
  });
  // Measured: F1 0.919 (P 0.942, R 0.897); 0.725 before the rules were generalised. The floor
  // leaves a margin for a changed rule; a fall below it is a regression.
  it('F1 >= 0.88, precision >= 0.88, recall >= 0.85', () => {
    const r = scoreSet(entries);
    expect(r.f1).toBeGreaterThanOrEqual(0.88);
    expect(r.p).toBeGreaterThanOrEqual(0.88);
    expect(r.r).toBeGreaterThanOrEqual(0.85);
  });
  it('finds nothing in the texts that report no result', () => {
    const empty = entries.filter((e) => !e.metrics.length);
    expect(empty.length).toBeGreaterThanOrEqual(15);
    const noisy = empty.filter((e) => extractMetrics(e.text).length).map((e) => e.source);
    expect(noisy.length).toBeLessThanOrEqual(2);
  });
});

describe('blind batches 5 and 6 (fixtures/metrics/blind5.jsonl, blind6.jsonl: texts annotated before the extractor was run on them)', () => {
  const entries = lines('blind5.jsonl').map((l) => JSON.parse(l) as LabelledText);
  it('has the texts', () => {
    expect(entries.length).toBeGreaterThanOrEqual(45);
    expect(entries.reduce((n, e) => n + e.metrics.length, 0)).toBeGreaterThanOrEqual(75);
  });
  // Measured once, blind, with the rules as found: F1 0.861 (P 0.903, R 0.823). After the
  // general fixes it prompted (see fixtures/metrics/README.md): F1 0.974 (P 0.987, R 0.962).
  // The floor leaves a margin for a changed rule; a fall below it is a regression.
  it('F1 >= 0.95, precision >= 0.95, recall >= 0.93', () => {
    const r = scoreSet(entries);
    expect(r.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.p).toBeGreaterThanOrEqual(0.95);
    expect(r.r).toBeGreaterThanOrEqual(0.93);
  });
  it('finds nothing in the texts that report no result', () => {
    const empty = entries.filter((e) => !e.metrics.length);
    expect(empty.length).toBeGreaterThanOrEqual(12);
    expect(empty.filter((e) => extractMetrics(e.text).length).map((e) => e.source)).toEqual([]);
  });
  // Batch 6 (10 texts, 14 metrics) was measured once after the batch-5 fixes: F1 0.759
  // (P 0.733, R 0.786); only `\pm` was fixed from it (F1 0.786). Small: a floor, not a target.
  it('batch 6: F1 >= 0.75', () => {
    const six = lines('blind6.jsonl').map((l) => JSON.parse(l) as LabelledText);
    expect(six.length).toBeGreaterThanOrEqual(10);
    expect(scoreSet(six).f1).toBeGreaterThanOrEqual(0.75);
  });
});

describe('blind batches 7-11 (fixtures/metrics/blind7.jsonl ... blind11.jsonl: 2025 abstracts, annotated before the extractor was run on them)', () => {
  const batch = (n: number) => lines(`blind${n}.jsonl`).map((l) => JSON.parse(l) as LabelledText);
  const [seven, eight, nine, ten, eleven] = [batch(7), batch(8), batch(9), batch(10), batch(11)];
  it('has the texts', () => {
    expect(seven.length).toBeGreaterThanOrEqual(55);
    expect(seven.reduce((n, e) => n + e.metrics.length, 0)).toBeGreaterThanOrEqual(100);
    expect([...eight, ...nine, ...ten].length).toBeGreaterThanOrEqual(50);
    expect([...eight, ...nine, ...ten].reduce((n, e) => n + e.metrics.length, 0)).toBeGreaterThanOrEqual(120);
  });
  // Each batch was measured once, blind, with the rules of its moment (F1): batch 7 0.844 with
  // the rules as found; batch 8 0.723 after the batch-7 fixes; batch 9 0.708 after the batch-8
  // fixes; batch 10 0.660 after the batch-9 fixes; batch 11 0.872 after the batch-10 fixes (never
  // used to change a rule). After the general fixes they prompted (see
  // fixtures/metrics/README.md): 0.975, 0.959, 1.000, 0.840. The floors leave a margin for a
  // changed rule; a fall below them is a regression.
  it('batch 7: F1 >= 0.94, precision >= 0.96, recall >= 0.91', () => {
    const r = scoreSet(seven);
    expect(r.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.p).toBeGreaterThanOrEqual(0.96);
    expect(r.r).toBeGreaterThanOrEqual(0.91);
  });
  // Batch 11 rose to 1.000 with the fixes of batches 12-13 (`RMSE of 1.2 K`, `5 kilometres`, one
  // value for two measures, `masks with 20 to 85 percent coverage`, `at 85 percent` after a value).
  it('batches 8-11: F1 >= 0.92, 0.95, 0.81, 0.95', () => {
    expect(scoreSet(eight).f1).toBeGreaterThanOrEqual(0.92);
    expect(scoreSet(nine).f1).toBeGreaterThanOrEqual(0.95);
    expect(scoreSet(ten).f1).toBeGreaterThanOrEqual(0.81);
    expect(scoreSet(eleven).f1).toBeGreaterThanOrEqual(0.95);
  });
  it('finds nothing in the texts that report no result', () => {
    const empty = [...seven, ...eight, ...nine, ...ten, ...eleven].filter((e) => !e.metrics.length);
    expect(empty.length).toBeGreaterThanOrEqual(20);
    // `Their diagnostic accuracy is estimated to average around 70%` (2510.24653) is a fact from
    // the literature, not the paper's result; the extractor still reads it (left open).
    expect(empty.filter((e) => extractMetrics(e.text).length).map((e) => e.source)).toEqual(['arXiv:2510.24653']);
  });
});

describe('blind batches 12 and 13 (fixtures/metrics/blind12.jsonl, blind13.jsonl: 2024 abstracts, annotated before the extractor was run on them)', () => {
  const batch = (n: number) => lines(`blind${n}.jsonl`).map((l) => JSON.parse(l) as LabelledText);
  const [twelve, thirteen] = [batch(12), batch(13)];
  it('has the texts', () => {
    expect(twelve.length).toBeGreaterThanOrEqual(30);
    expect(thirteen.length).toBeGreaterThanOrEqual(30);
    expect(twelve.reduce((n, e) => n + e.metrics.length, 0)).toBeGreaterThanOrEqual(60);
    expect(thirteen.reduce((n, e) => n + e.metrics.length, 0)).toBeGreaterThanOrEqual(50);
  });
  // Measured once, blind (F1): batch 12 0.874 with the rules as found; batch 13 0.784 after the
  // batch-12 fixes (the same as with the rules as found: those fixes did not move it). After the
  // general fixes each prompted (see fixtures/metrics/README.md): 1.000 and 0.990. The floors
  // leave a margin for a changed rule; a fall below them is a regression.
  it('batch 12: F1 >= 0.96; batch 13: F1 >= 0.95', () => {
    expect(scoreSet(twelve).f1).toBeGreaterThanOrEqual(0.96);
    expect(scoreSet(thirteen).f1).toBeGreaterThanOrEqual(0.95);
  });
  it('finds nothing in the texts that report no result', () => {
    const empty = [...twelve, ...thirteen].filter((e) => !e.metrics.length);
    expect(empty.length).toBeGreaterThanOrEqual(14);
    expect(empty.filter((e) => extractMetrics(e.text).length).map((e) => e.source)).toEqual([]);
  });
});

describe('blind batch 14 (fixtures/metrics/blind14.jsonl: 2025-26 materials, speech and efficiency abstracts, annotated before the extractor was run on them)', () => {
  const fourteen = lines('blind14.jsonl').map((l) => JSON.parse(l) as LabelledText);
  it('has the texts', () => {
    expect(fourteen.length).toBeGreaterThanOrEqual(24);
    expect(fourteen.reduce((n, e) => n + e.metrics.length, 0)).toBeGreaterThanOrEqual(55);
  });
  // Measured once, blind, with the rules as found: F1 0.833 (P 0.865, R 0.804). After the general
  // fixes it prompted (see fixtures/metrics/README.md): F1 0.964 (P 0.981, R 0.946); the misses
  // left are evaluation counts (`32 candidate evaluations`) and a share of patients from the
  // literature read as a result. The floor leaves a margin for a changed rule.
  it('F1 >= 0.93', () => {
    expect(scoreSet(fourteen).f1).toBeGreaterThanOrEqual(0.93);
  });
  it('finds nothing in the texts that report no result', () => {
    const empty = fourteen.filter((e) => !e.metrics.length);
    expect(empty.length).toBeGreaterThanOrEqual(5);
    expect(empty.filter((e) => extractMetrics(e.text).length).map((e) => e.source)).toEqual([]);
  });
});

describe('blind batch 15 (fixtures/metrics/blind15.jsonl: 2026 abstracts of arXiv 2606, annotated before the extractor was run on them)', () => {
  const fifteen = lines('blind15.jsonl').map((l) => JSON.parse(l) as LabelledText);
  it('has the texts', () => {
    expect(fifteen.length).toBeGreaterThanOrEqual(28);
    expect(fifteen.reduce((n, e) => n + e.metrics.length, 0)).toBeGreaterThanOrEqual(70);
  });
  // Measured once, blind, with the rules as found: F1 0.866 (P 0.906, R 0.829). After the general
  // fixes it prompted (see fixtures/metrics/README.md): F1 0.971 (P 0.971, R 0.971); the miss left is
  // an unnamed beat (`outperforms ... by +23% and +34%`, read as an improvement). The floor leaves a
  // margin for a changed rule.
  it('F1 >= 0.94', () => {
    expect(scoreSet(fifteen).f1).toBeGreaterThanOrEqual(0.94);
  });
  it('finds nothing in the texts that report no result', () => {
    const empty = fifteen.filter((e) => !e.metrics.length);
    expect(empty.length).toBeGreaterThanOrEqual(4);
    expect(empty.filter((e) => extractMetrics(e.text).length).map((e) => e.source)).toEqual([]);
  });
});

describe('metric lexicon', () => {
  it('knows finance, RAG-evaluation and detection measures with their direction', () => {
    const dir = (text: string, name: string) => extractMetrics(text, { datasets: [] }).find((m) => m.name === name)?.higherIsBetter;
    expect(dir('a Sharpe ratio of 1.2', 'Sharpe ratio')).toBe(true);
    expect(dir('a maximum drawdown of 9.5%', 'maximum drawdown')).toBe(false);
    expect(dir('a faithfulness of 0.9', 'faithfulness')).toBe(true);
    expect(dir('an answer relevance of 0.8', 'answer relevance')).toBe(true);
    expect(dir('a context relevance of 0.7', 'context relevance')).toBe(true);
    expect(dir('a detection rate of 97%', 'detection rate')).toBe(true);
  });
});
