/**
 * Reported results as typed metrics: `FID of 2.51 on CIFAR-10`, `improves top-1 accuracy by
 * 7.26%`, `3x faster`, `from 3 days to 76 minutes`.
 *
 * One pass per sentence, all of it linear scans over tokens (`./numbers.ts`):
 * 1. find the numbers and what is written after them (`%`, `x`, `-fold`, `percentage points`,
 *    `minutes`, `GiB`, `tok/s`, ...), with ranges (`2-2.5%`), `from X to Y` pairs, lists
 *    (`2.51 and 3.25`) and qualifiers (`more than`, `up to`, `~`);
 * 2. drop what is not a result: years, references (`Table 1`), names (`ResNet-50`, `GPT-4`),
 *    sizes and counts (`7B`, `8 GPUs`, `13 million pairs`), resolutions (`64x64`), ranks,
 *    enumerators, bounds (`O(1/K)`) and shares chosen by the authors (`10% of the data`);
 * 3. name each result from the measure written next to it (the lexicon in
 *    `src/data/metrics.json`, an unknown acronym right after the value such as `VPQ`, or a
 *    phrase such as `Sharpe ratio`, `fewer parameters`, `a 20% decrease in path length`,
 *    `by 4x in terms of network savings`), first right after the number (after the second
 *    value of `from X to Y`), then right before it, then the object of a change verb or a
 *    comparative (`reduces WER by`, `better robustness by`), then the closest measure the
 *    sentence names, then a default from the unit (`x` is a speedup, a `%` after `by` an
 *    improvement);
 * 4. bind datasets: `respectively` lists in order, else the mention nearest in the sentence.
 *
 * compromise is not used. Measured on the seed's 103 number-bearing sentences (Node 20, the
 * 2-core dev machine under load): loading it took ~0.9 s and ~12 MB of heap, and tagging plus
 * `.nouns()` ~35 ms a sentence, against ~0.2 ms for a whole abstract here. The only thing it
 * would add, noun-phrase edges, comes from the word lists in `./metrics-words.ts`.
 */
import { extractCjkMetrics } from './metrics-cjk.js';
import { PaperfeedError } from '../errors.js';
import {
  RE_METRIC_ABBR_DEF,
  RE_METRIC_ABBR_WORD,
  RE_METRIC_ACRONYM,
  RE_METRIC_ADVERB,
  RE_METRIC_CJK_WORD,
  RE_METRIC_CJK_CHAR,
  RE_METRIC_COMPARATIVE,
  RE_METRIC_MAGNITUDE,
  RE_METRIC_MEMORY_UNIT,
  RE_METRIC_MULTIPLIER,
  RE_METRIC_ORDINAL,
  RE_METRIC_PAST,
  RE_METRIC_POWER_OF_TEN,
  RE_METRIC_RATE_UNIT,
  RE_METRIC_TIME_UNIT,
  RE_METRIC_YEAR,
} from '../regex/metrics.js';
import type { Field, Metric } from '../schema/paper.js';
import { extractDatasets, extractPaperDatasets } from './datasets.js';
import { matchMetrics, lookupMetric, type LexMatch, type MetricEntry } from './metrics-lexicon.js';
import * as W from './metrics-words.js';
import { NUMBER_WORDS, foldWordValue, isQuantityAt, lex, materialize, release, splitSentences, tokEnd, tokStart, type Lexed, type Tok } from './numbers.js';

/** A dataset mention as `extractDatasets` gives it: a name and where it is written. */
export interface MetricDatasetMention {
  name: string;
  spans: readonly { field: string; start: number; end: number }[];
}

/** Options of {@link extractMetrics}. */
export interface ExtractMetricsOptions {
  /** The field the text is (spans point into it). Default `text`. */
  field?: Field;
  /**
   * Dataset mentions found in the same text (their spans of this field are used). When
   * absent, `extractDatasets` is run on the text; pass `[]` to bind no dataset.
   */
  datasets?: readonly MetricDatasetMention[] | null;
}

/** Options of {@link extractPaperMetrics}. */
export interface ExtractPaperMetricsOptions {
  /**
   * Dataset mentions with `title` and `abstract` spans, as `extractPaperDatasets` gives
   * them. When absent, `extractPaperDatasets` is run; pass `[]` to bind no dataset.
   */
  datasets?: readonly MetricDatasetMention[] | null;
}

type UnitKind = 'pct' | 'pp' | 'points' | 'mult' | 'time' | 'mem' | 'rate' | 'fps' | 'db' | 'len' | 'oom' | 'energy' | 'speed' | 'temp' | 'count';

interface Bind {
  name: string;
  entry?: MetricEntry;
  /** Offsets of the words that name the measure; -1 when the name is a default. */
  s: number;
  e: number;
  dir: 'increase' | 'decrease' | null;
  change: boolean;
  points: boolean;
  /** How the name was found; a weak one may be replaced by the context. */
  how: 'lex' | 'acro' | 'np' | 'generic' | 'default' | 'inherit';
  /** A second measure the same value is reported for (`reduces memory usage and inference time by 300x`). */
  also?: Bind;
}

interface Q {
  /** First token of the number (its sign included), the number token, first token after its unit. */
  i0: number;
  n: number;
  i1: number;
  v: number;
  /** Offsets of the number with its unit (a range: both values). */
  vs: number;
  ve: number;
  unit: string | null;
  uk: UnitKind | null;
  /** `times` written with a space: a multiplier only next to a comparative or a change. */
  weakTimes: boolean;
  qual: string | null;
  qi: number;
  qs: number;
  /** Index of the enclosing `(`, or -1. */
  paren: number;
  /** The other value of a range, or of `from X to Y`. */
  pair?: Q;
  pairKind?: 'range' | 'from';
  group: Q[];
  bind?: Bind;
  dataset: string | null;
  plus: boolean;
}

const DEFAULT_FIELD: Field = 'text';
/** Longest sentence looked at, in tokens, and most quantities read in one sentence. */
const MAX_SENTENCE_TOKENS = 400;
const MAX_QUANTITIES = 48;
const MODEL_WORDS = new Set(['model', 'models', 'network', 'networks', 'checkpoint', 'student', 'encoder', 'decoder']);
const GENERATION_WORDS = new Set(['generation', 'generates', 'generate', 'generating']);
const INFERENCE_ONLY = new Set(['inference', 'latency']);
const INFERENCE_WORDS = new Set(['inference', 'latency', 'generation', 'decoding', 'generates', 'generate', 'generating', 'sampling', 'renders', 'rendering', 'predicts', 'prediction', 'responds', 'response', 'processes', 'processing']);
const MARGIN_WORDS = new Set(['a', 'an', 'the', 'large', 'wide', 'big', 'clear', 'notable', 'significant', 'substantial', 'considerable', 'margin', 'of', 'average', 'absolute', 'relative']);
const SPEED_WORDS = new Set(['faster', 'speed', 'speeds', 'speedup', 'speedups', 'speed-up', 'accelerate', 'accelerates', 'accelerated', 'acceleration', 'quicker', 'throughput', 'latency', 'inference', 'runtime', 'efficiency', 'efficient', 'cheaper', 'cost', 'reduction', 'improvement', 'gain', 'gains', 'boost', 'boosts']);
/** Nouns of settings whose value follows `of`, `=` or `:`. */
const SETTING_NOUNS = new Set(['threshold', 'thresholds', 'size', 'sizes', 'budget', 'step', 'seed', 'temperature', 'rank', 'dimension', 'depth', 'width', 'resolution', 'horizon', 'window', 'lambda', 'alpha', 'beta', 'gamma', 'epsilon', 'k', 'n', 'momentum', 'decay']);
/** `different`, `various`: the values that follow are conditions varied by the authors. */
/** Units of energy written after a number (`0.49 mJ`, `1.2kWh`); a spaced `J` alone is too ambiguous. */
const ENERGY_UNITS = new Set(['mJ', 'J', 'kJ', 'µJ', 'μJ', 'nJ', 'pJ', 'Wh', 'kWh', 'MWh', 'GWh']);
/** Units of a vehicle's speed (`43.2 km/h`); `m/s` stays unread (a rate unit elsewhere, often a set-up). */
const SPEED_UNITS = new Set(['km/h', 'kmh', 'kph', 'mph']);
const LONG_TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const SCALE_NOUNS = new Set(['resolution', 'magnification', 'magnifications', 'zoom', 'upsampling', 'downsampling', 'upscaling', 'downscaling', 'super-resolution', 'objective', 'lens']);
const VARIED_WORDS = new Set(['different', 'various', 'varying', 'varied', 'several', 'multiple']);
const OTHER_MODELS = new Set(['models', 'model', 'llms', 'baselines', 'networks', 'counterparts', 'architectures', 'lms', 'teachers']);
const RESPECTIVELY = new Set(['respectively']);
/** Auxiliaries of a progressive verb (`are crushing`, `was reaching`). */
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);
/** Media whose frame rate is a property, not a result (`24FPS videos`, `24FPS 가상 착용 영상`). */
const VIDEO_NOUNS = new Set(['video', 'videos', 'clip', 'clips', 'footage', 'animation', 'animations', 'movie', 'movies', '영상', '동영상', '视频', '影片', '動画']);
/** Words before a number word that leave it unwritten: `several hundred-fold`, `many thousand times`. */
const VAGUE_WORDS = new Set(['several', 'many', 'few', 'some', 'multiple', 'dozens', 'hundreds', 'thousands', 'tens']);
const TRAIN_WORDS = new Set(['train', 'trains', 'trained', 'training', 'pretraining', 'pre-training', 'tuning', 'fine-tuning', 'finetuning', 'post-training']);
/** `these two datasets`: values that refer to the datasets of an earlier sentence. */
/** Words before `N% of` that make the share a condition: `where 80% of clients are malicious`. */
/** Qualifiers that bound a criterion: `achieve CV below 3%`. */
const CRITERION_QUALS = new Set(['below', 'under', 'above', 'over', 'less than', 'lower than', 'more than', 'greater than', 'higher than', 'at most', 'at least', '<', '>', '≤', '≥', 'leq', 'geq', 'le', 'ge']);
/** Verbs of spending before a count per unit of work: `consume 9.9M tokens per task`. */
const SPEND_VERBS = new Set(['consume', 'consumes', 'consumed', 'consuming', 'spend', 'spends', 'spent', 'spending', 'incur', 'incurs', 'incurred', 'incurring', 'require', 'requires', 'required', 'requiring', 'need', 'needs', 'needed', 'needing', 'issue', 'issues', 'issued', 'make', 'makes', 'made', 'making']);
const CONDITION_WORDS = new Set(['when', 'whenever', 'if', 'unless']);
/** Nouns before `where N% of`: `in situations where 80% of clients are malicious`. */
const CONDITION_NOUNS = new Set(['situation', 'situations', 'setting', 'settings', 'scenario', 'scenarios', 'case', 'cases', 'regime', 'regimes', 'environment', 'environments', 'condition', 'conditions', 'configuration', 'configurations']);
/** Auxiliaries of a passive change: `the length is shortened by 27.1%`. */
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);
const MODAL_AUX = new Set(['has', 'have', 'had', 'can', 'could', 'will', 'would', 'may', 'might', 'should']);
/** Subjects that are not measured quantities: `the method is improved by ...`. */
/** Past verbs of gathering or choosing data: `collected 500 images (20%)` counts data, not a result. */
const GATHER_VERBS = new Set(['collected', 'gathered', 'annotated', 'labeled', 'labelled', 'curated', 'recruited', 'included', 'excluded', 'retained', 'filtered', 'crawled', 'scraped', 'generated', 'synthesized', 'synthesised', 'constructed', 'created', 'split', 'divided', 'reserved', 'allocated', 'assigned']);
const NOT_MEASURED = new Set(['method', 'methods', 'approach', 'approaches', 'framework', 'frameworks', 'system', 'systems', 'algorithm', 'algorithms', 'technique', 'techniques', 'pipeline', 'pipelines', 'baseline', 'baselines', 'work', 'paper', 'result', 'results', 'solution', 'solutions', 'scheme', 'schemes', 'strategy', 'design', 'agent', 'agents', 'policy', 'policies', 'one', 'ones']);
const ANAPHORA_WORDS = new Set(['these', 'both', 'respectively', 'two', 'three', 'each']);

/**
 * Every reported result in a text, in reading order, with spans into the text.
 *
 * @example
 * extractMetrics('We reach FID scores of 2.51 and 3.25 on CIFAR-10 and ImageNet respectively.', {
 *   datasets: [{ name: 'CIFAR-10', spans: [{ field: 'text', start: 40, end: 48 }] }, { name: 'ImageNet', spans: [{ field: 'text', start: 53, end: 61 }] }],
 * }).map((m) => [m.name, m.value, m.dataset]) // [['FID', 2.51, 'CIFAR-10'], ['FID', 3.25, 'ImageNet']]
 */
export function extractMetrics(text: string, options?: ExtractMetricsOptions | null): Metric[] {
  if (typeof text !== 'string') throw new PaperfeedError('INVALID_INPUT', 'extractMetrics expects a string', { got: typeof text });
  return withCjk(text, options?.field ?? DEFAULT_FIELD, (field) => extractLexed(lex(text), field, options?.datasets));
}

/** The results of `text` found by `run`, then those glued to CJK words (`降低90％`, `14.6배`), read apart. */
function withCjk(text: string, field: Field, run: (field: Field) => Metric[]): Metric[] {
  const found = run(field);
  if (RE_METRIC_CJK_CHAR.test(text)) for (const m of extractCjkMetrics(text, field, found)) found.push(m);
  return found;
}


/**
 * `extractMetrics` of a text already split into tokens (given back for reuse here: the
 * caller must not read them after), with the dataset mentions, how to find them, or nothing
 * (`extractDatasets` then).
 */
function extractLexed(lexed: Lexed, field: Field, datasets: GivenDatasets): Metric[] {
  // A text without a number or a number word states no result: no datasets needed either.
  if (!lexed.q.length) {
    release(lexed);
    return [];
  }
  const out = new Extractor(lexed, field, datasets).run();
  release(lexed);
  return out;
}

/** The mentions of `field`, sorted by start. */
function mentionsOf(ds: readonly MetricDatasetMention[], field: Field, n: number): DsMention[] {
  const mentions: DsMention[] = [];
  for (const d of ds) {
    for (const sp of d.spans ?? []) if (sp.field === field && sp.end <= n) mentions.push({ name: d.name, s: sp.start, e: sp.end });
  }
  mentions.sort((x, y) => x.s - y.s);
  return mentions;
}

/**
 * The results of a paper: its title and abstract, with `title` and `abstract` spans. A result
 * stated in both (`Training BERT in 76 minutes` and `... to just 76 minutes`) is given once,
 * as the abstract states it.
 *
 * @example
 * extractPaperMetrics({ title: 'Training BERT in 76 minutes', abstract: 'Training time drops from 3 days to 76 minutes.' })
 *   .map((m) => `${m.name}=${m.value} ${m.unit}`) // ['training time=3 days', 'training time=76 minutes']
 */
export function extractPaperMetrics(paper: { title?: string | null; abstract?: string | null }, options?: ExtractPaperMetricsOptions | null): Metric[] {
  if (paper === null || typeof paper !== 'object') throw new PaperfeedError('INVALID_INPUT', 'extractPaperMetrics expects { title, abstract }', { got: typeof paper });
  const title = typeof paper.title === 'string' ? lex(paper.title) : null;
  const abstract = typeof paper.abstract === 'string' ? lex(paper.abstract) : null;
  // Found once, when a sentence of either field first needs them.
  let found: readonly MetricDatasetMention[] | undefined;
  const datasets = options?.datasets ?? (() => (found ??= extractPaperDatasets(paper)));
  const inAbstract = abstract ? withCjk(paper.abstract as string, 'abstract', (f) => extractLexed(abstract, f, datasets)) : [];
  const inTitle = title ? withCjk(paper.title as string, 'title', (f) => extractLexed(title, f, datasets)) : [];
  const out: Metric[] = [];
  for (const t of inTitle) {
    const same = inAbstract.find((m) => m.value === t.value && (m.unit ?? '') === (t.unit ?? ''));
    if (!same) out.push(t);
  }
  return [...out, ...inAbstract];
}

/** Dataset mentions given, a way to find them when first needed, or nothing (`extractDatasets` then). */
type GivenDatasets = readonly MetricDatasetMention[] | (() => readonly MetricDatasetMention[]) | null | undefined;

interface DsMention {
  name: string;
  s: number;
  e: number;
}

const isNum = (t: Tok | undefined): t is Tok => t !== undefined && t.k === 'n';
/**
 * `CTR-GCN`, `accuracy-efficiency trade-off`: a lexicon name glued by a hyphen to the word
 * after it is part of a model's name or of a compound, not the measure.
 */
const gluedName = (toks: readonly Tok[], m: LexMatch, b: number): boolean => {
  const h = toks[m.i1];
  const w = toks[m.i1 + 1];
  return m.i1 + 1 < b && h !== undefined && h.t === '-' && !h.sp && w !== undefined && w.k === 'w' && !w.sp;
};
const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.k === 'w';
/** `MR@5`, `Hit@10`, `P@k`: a measure at a cut-off, one token (not an e-mail address). */
const atCutoff = (w: string): boolean => {
  const k = w.indexOf('@');
  if (k < 1 || w.length > 16 || w.length - k > 5) return false;
  const c = w.charCodeAt(k + 1);
  return (c >= 48 && c <= 57) || c === 107 || c === 75;
};
const GENERIC = new Set(['improvement', 'gain', 'speedup', 'convergence speed']);
const isGeneric = (e: MetricEntry) => GENERIC.has(e.name);
/** `scoreFold` of the lexicon's names (a few hundred at most), made once. */
const CANON_FOLDS = new Map<string, string>();
const scoreFold = (s: string) => {
  let out = '';
  for (const ch of s.normalize('NFKC').toLowerCase()) if (ch.toUpperCase() !== ch.toLowerCase() || (ch >= '0' && ch <= '9')) out += ch;
  return out;
};

/** Words that make a sentence state the paper's own result or a change (see `isSetting`). */
const OWN_RESULT_WORDS: ReadonlySet<string> = new Set(['we', 'our', 'us', 'proposed', ...W.RESULT_VERBS, ...W.INCREASE_VERBS, ...W.DECREASE_VERBS, ...W.BEAT_VERBS, ...W.INCREASE_NOUNS, ...W.DECREASE_NOUNS]);

/** Entries made for one text (a defined abbreviation, a bracketed `rho`): named by their own name. */
const LOCAL_ENTRIES = new WeakSet<MetricEntry>();
const localEntry = (name: string, aliases: string[]): MetricEntry => {
  const e: MetricEntry = { name, aliases, higherIsBetter: null, kind: 'score' };
  LOCAL_ENTRIES.add(e);
  return e;
};
const RHO = localEntry('rho', ['ρ']);
const TAU = localEntry('tau', ['τ']);
/** Words of a name that its abbreviation skips (`Disengagement Rate under Attack (DRA)`). */
const ABBR_SKIP = new Set(['of', 'under', 'at', 'to', 'the', 'and', 'in', 'on', 'for', 'per', 'a', 'an', 'with', 'over', 'by']);
/** Prepositions after a measure head inside a name (`Rate under Attack`). */
const ABBR_HEAD_PREP = new Set(['of', 'under', 'at', 'per', 'on', 'in', 'for', 'over', 'with']);

/** An ASCII letter or `'`. */
const isAbbrWordChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;

/**
 * The measures a text defines with an abbreviation, keyed by it: `Test Return (TR)`, `a Test
 * Safety Violation (TSV) of 0.75`, `Disengagement Rate under Attack (DRA)`. The words before the
 * bracket must spell the abbreviation with their initials (small words such as `of`, `under` may
 * sit between), and the name must be a measure: it ends with a measure head (`return`, `rate`,
 * `violation`), or a head comes before a preposition (`Rate under Attack`). An abbreviation the
 * lexicon knows is left to it; one defined twice for different names is dropped.
 */
function definedMeasures(text: string): Map<string, MetricEntry> {
  const out = new Map<string, MetricEntry>();
  const dropped = new Set<string>();
  if (text.indexOf('(') < 0) return out;
  RE_METRIC_ABBR_DEF.lastIndex = 0;
  for (let m = RE_METRIC_ABBR_DEF.exec(text); m; m = RE_METRIC_ABBR_DEF.exec(text)) {
    const abbr = m[1]!;
    let letters = '';
    for (const ch of abbr) if (ch >= 'A' && ch <= 'Z') letters += ch.toLowerCase();
    if (letters.length < 2 || letters.length > 6 || abbr.length - letters.length > 1 || dropped.has(abbr) || lookupMetric(abbr)) continue;
    // The words before the bracket, right to left, joined by spaces or hyphens.
    const words: string[] = [];
    let start = -1;
    let e = m.index;
    while (e > 0 && text[e - 1] === ' ') e--;
    let j = letters.length - 1;
    while (j >= 0 && e > 0 && words.length < letters.length + 3) {
      let s = e;
      while (s > 0 && isAbbrWordChar(text.charCodeAt(s - 1))) s--;
      const w = text.slice(s, e);
      if (!RE_METRIC_ABBR_WORD.test(w)) break;
      const lo = w.toLowerCase();
      if (lo[0] === letters[j]) j--;
      else if (!ABBR_SKIP.has(lo) || !words.length) break;
      words.unshift(lo);
      start = s;
      e = s;
      if (j < 0) break;
      if (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '-')) e--;
      else break;
    }
    if (j >= 0 || start < 0) continue;
    const last = words[words.length - 1]!;
    const measure = W.MEASURE_HEADS.has(last) || words.some((w, k) => k + 1 < words.length && W.MEASURE_HEADS.has(w) && ABBR_HEAD_PREP.has(words[k + 1]!));
    if (!measure) continue;
    const name = text.slice(start, m.index).trim();
    const had = out.get(abbr);
    if (had && had.name.toLowerCase() !== name.toLowerCase()) {
      out.delete(abbr);
      dropped.add(abbr);
    } else if (!had) out.set(abbr, localEntry(name, [abbr]));
  }
  return out;
}

/**
 * The maps of the current sentence, kept for the next extraction (making them for each text
 * costs more than most texts take): cleared by `prepare` for each sentence, taken by one
 * Extractor at a time (a second made meanwhile gets new ones).
 */
class Scratch {
  readonly lexStart = new Map<number, LexMatch>();
  readonly lexEnd = new Map<number, LexMatch>();
  readonly covered = new Set<number>();
  readonly has = new Map<ReadonlySet<string>, boolean>();
  readonly openOf = new Map<number, number>();
  readonly closeOf = new Map<number, number>();
  readonly enclosing: number[] = [];
}
let idleScratch: Scratch | undefined;

/** The state of one extraction: the text's tokens, and what is known about the current sentence. */
class Extractor {
  private readonly text: string;
  /**
   * Token objects, made for the sentences read (`materialize`) and `undefined` elsewhere:
   * every read below stays inside the current sentence (or one past it, for `matchMetrics`).
   */
  private readonly toks: Tok[];
  private out: Metric[] = [];
  private a = 0;
  private b = 0;
  // The state of the current sentence, set by `prepare` (its maps come from a `Scratch`).
  private readonly scratch: Scratch;
  private readonly lexStart: Map<number, LexMatch>;
  private readonly lexEnd: Map<number, LexMatch>;
  private lex: LexMatch[] = [];
  private readonly covered: Set<number>;
  /** `sentenceHas` answers for the current sentence. */
  private readonly has: Map<ReadonlySet<string>, boolean>;
  private readonly openOf: Map<number, number>;
  private readonly closeOf: Map<number, number>;
  /** Innermost open bracket of each token of the sentence (index i - a), or -1 (one array for all sentences). */
  private readonly enclosing: number[];
  /** The measure most often named with a `%` in the text, for `achieved 88.53% on X` (computed when first needed). */
  private docPercent: { b: Bind | undefined } | undefined;
  /** The names of the last list of values named one by one (`72%/65% structure and consensus match rates`), for a list as long after it. */
  private lastList: Bind[] | undefined;

  /**
   * The dataset mentions of the field, made when first read: without given mentions,
   * `extractDatasets` runs only then (most texts state no result, and their datasets are
   * never read).
   */
  private ds: DsMention[] | undefined;
  /** Token ranges [a, b) of the sentences read so far, two numbers each, for `lastDatasets`. */
  private noted: number[] = [];
  /** How many numbers of `noted` `lastDatasets` has read, and its answer then. */
  private notedRead = 0;
  private lastNamed: string[] = [];
  /** Whether the current sentence is the text's first. */
  private opening = false;
  /** The measures the text defines with an abbreviation (`definedMeasures`), made when first needed. */
  private defs: Map<string, MetricEntry> | undefined;

  constructor(
    private readonly lexed: Lexed,
    private readonly field: Field,
    private readonly given: GivenDatasets,
  ) {
    this.text = lexed.text;
    // Holes until made (`materialize` pads a shorter array one by one).
    this.toks = new Array<Tok>(lexed.n);
    const sc = (this.scratch = idleScratch ?? new Scratch());
    idleScratch = undefined;
    this.lexStart = sc.lexStart;
    this.lexEnd = sc.lexEnd;
    this.covered = sc.covered;
    this.has = sc.has;
    this.openOf = sc.openOf;
    this.closeOf = sc.closeOf;
    this.enclosing = sc.enclosing;
  }

  private get mentions(): DsMention[] {
    if (!this.ds) {
      const g = this.given;
      this.ds = mentionsOf(typeof g === 'function' ? g() : g ?? extractDatasets(this.text, { field: this.field }), this.field, this.text.length);
    }
    return this.ds;
  }

  /**
   * The datasets of the last sentence read that names some (`these two datasets`): the
   * sentences noted since the last call are read now, in order (each once).
   */
  private get lastDatasets(): string[] {
    for (; this.notedRead < this.noted.length; this.notedRead += 2) {
      const ds = this.datasetsOf(this.noted[this.notedRead]!, this.noted[this.notedRead + 1]!);
      if (ds.length) this.lastNamed = uniqueNames(ds);
    }
    return this.lastNamed;
  }

  run(): Metric[] {
    const q = this.lexed.q;
    let k = 0;
    let first = true;
    for (const s of splitSentences(this.lexed)) {
      // A run-on "sentence" (a table flattened into text) is cut into bounded pieces, so that
      // the work per sentence stays bounded and the whole stays linear.
      for (let a = s.a; a < s.b; a += MAX_SENTENCE_TOKENS) {
        const b = Math.min(s.b, a + MAX_SENTENCE_TOKENS);
        this.opening = first;
        first = false;
        // Sentences with a number or a number word are the only ones looked at closely.
        while (k < q.length && q[k]! < a) k++;
        if (k < q.length && q[k]! < b) {
          if (this.mayHoldQuantity(a, b, k)) {
            // `matchMetrics` looks at the token after the sentence.
            materialize(this.lexed, this.toks, a, Math.min(b + 1, this.lexed.n));
            this.sentence(a, b);
          } else this.noteDatasets(a, b);
        } else this.noteDatasets(a, b);
      }
    }
    // The maps are cleared by the next `prepare` before they are read.
    idleScratch = this.scratch;
    return this.out;
  }

  /**
   * False when `scan` surely finds no quantity in the sentence [a, b), checked before
   * `prepare` (the tests below read no state of it) and with only the tokens around its
   * numbers and number words made: each number is one that `readNumber` surely drops
   * (`numberDropped`), and each number word is no `-fold` word and has no unit after it
   * (`readNumberWord` needs one; `readUnit` reads no state of `prepare` for a number word,
   * as `decimal` is false). Such a sentence (`on CIFAR-100 and ImageNet`, `Lee et al. (2023)
   * show`, `in two stages`) gives nothing.
   */
  private mayHoldQuantity(a: number, b: number, first: number): boolean {
    const lx = this.lexed;
    const q = lx.q;
    this.a = a;
    this.b = b;
    // Only the tokens of `q` are numbers or number words; the first in [a, b) is q[first].
    for (let x = first; x < q.length && q[x]! < b; x++) {
      const i = q[x]!;
      // The tokens read: two before a number, three after a number word (and one before).
      materialize(lx, this.toks, Math.max(a, i - 2), Math.min(b, i + 5));
      const t = this.toks[i]!;
      if (t.k === 'n') {
        if (!this.numberDropped(i)) return true;
        continue;
      }
      if (foldWordValue(t.lo) !== undefined) return true;
      if (t.t.charCodeAt(0) === 49) {
        // (`readPower` reads the qualifier before `10^7`: up to four tokens back.)
        materialize(lx, this.toks, Math.max(a, i - 4), i);
        if (this.readPower(i)) return true;
        continue;
      }
      if (!NUMBER_WORDS.has(t.lo)) continue;
      const u = this.readUnit(i + 1, false);
      if (u && u !== 'skip') return true;
      if (!u && this.tok(i - 1)?.lo === 'of' && this.tok(i - 2)?.lo === 'factor') return true;
    }
    return false;
  }

  /**
   * True when `readNumber(i)` (as `scan` calls it) surely returns null, by tests that read
   * only the tokens i - 2 to i + 1: a number glued to a word or a mark (`ResNet-50`, `top-1`,
   * `O(1/K)`, `^2`), a year or an enumerator before a closing mark (`et al. (2023)`, `(1)`),
   * where the steps of `readNumber` before that test find no unit and return nothing else.
   */
  private numberDropped(i: number): boolean {
    const t = this.toks[i]!;
    const prev = this.tok(i - 1);
    const prev2 = this.tok(i - 2);
    const next = this.tok(i + 1);
    if (prev && !t.sp) {
      if (prev.k === 'w' && !((prev.t === 'x' || prev.t === 'X') && (prev.sp || prev2?.t === '(') && !isNum(prev2))) return true;
      const p = prev.t;
      // (`= .28`: a decimal without its leading zero is read.)
      if (p === '.' && !t.t.includes('.') && !t.t.includes(',') && t.t.length <= 4) {
        const p3 = prev2?.t;
        if (!(prev.sp || p3 === '=' || p3 === '(' || p3 === '-' || p3 === '~' || p3 === '[')) return true;
      } else if (p === '^' || p === '_' || p === '.' || p === ':' || p === '#' || p === '@' || p === '*') return true;
      if (p === '-' && prev2 && !prev.sp && (prev2.k === 'w' || prev2.k === 'n')) return true;
      if (p === '(' && prev2 && !prev.sp && prev2.k === 'w' && next?.t !== '%') return true;
    }
    // Before `)`, `]`, `,`, `;`, `.` (or nothing), `readExponent` and `readUnit` find nothing
    // (or `skip`, also dropped), so the value has no unit.
    if (next && next.t !== ')' && next.t !== ']' && next.t !== ',' && next.t !== ';' && next.t !== '.') return false;
    if (RE_METRIC_YEAR.test(t.t)) return true;
    // An enumerator: `(1)`, `, 2)`.
    return next !== undefined && next.t === ')' && prev?.t !== '.' && !t.t.includes('.') && !t.t.includes(',') && Number(t.t) <= 30 && (!prev || prev.k === 'p' || prev.lo === 'and' || prev.lo === 'or');
  }

  /** The lexicon measure the text names most often that is reported in `%`. */
  private percentMetricOfText(): Bind | undefined {
    const n = this.lexed.n;
    materialize(this.lexed, this.toks, 0, n);
    const lex = matchMetrics(this.toks, 0, n).filter((m) => !gluedName(this.toks, m, n));
    const counts = new Map<string, { n: number; m: LexMatch }>();
    for (const m of lex) {
      if (isGeneric(m.entry) || !(m.entry.units ?? []).includes('%') || m.entry.kind !== 'score') continue;
      const c = counts.get(m.entry.name);
      if (c) c.n++;
      else counts.set(m.entry.name, { n: 1, m });
    }
    let best: { n: number; m: LexMatch } | undefined;
    for (const c of counts.values()) if (!best || c.n > best.n) best = c;
    if (!best) return undefined;
    const b = this.bindLex(best.m);
    return { ...b, s: -1, e: -1, how: 'default' };
  }

  // ---------------------------------------------------------------- sentence set-up

  private prepare(a: number, b: number): void {
    this.a = a;
    this.b = b;
    this.lex = matchMetrics(this.toks, a, b).filter((m) => !gluedName(this.toks, m, b));
    // `FID-50K`, `FID-10k`: the number of samples glued to the name by a hyphen is part of the name.
    for (const m of this.lex) {
      const h = this.toks[m.i1];
      const n = this.toks[m.i1 + 1];
      if (m.i1 + 1 >= b || h?.t !== '-' || h.sp || !isNum(n) || n.sp) continue;
      const k = this.toks[m.i1 + 2];
      const end = m.i1 + 2 < b && k && !k.sp && (k.t === 'k' || k.t === 'K' || k.t === 'M') ? m.i1 + 3 : m.i1 + 2;
      m.i1 = end;
      m.e = this.toks[end - 1]!.e;
    }
    this.lexStart.clear();
    this.lexEnd.clear();
    this.covered.clear();
    this.has.clear();
    this.localNames(a, b);
    for (const m of this.lex) {
      this.lexStart.set(m.i0, m);
      this.lexEnd.set(m.i1, m);
      for (let i = m.i0; i < m.i1; i++) this.covered.add(i);
    }
    this.openOf.clear();
    this.closeOf.clear();
    const enclosing = this.enclosing;
    enclosing.length = 0;
    const stack: number[] = [];
    for (let i = a; i < b; i++) {
      const t = this.toks[i]!;
      enclosing.push(stack.length ? stack[stack.length - 1]! : -1);
      if (t.k !== 'p') continue;
      if (t.t === '(' || t.t === '[') stack.push(i);
      else if ((t.t === ')' || t.t === ']') && stack.length) {
        const o = stack.pop()!;
        this.openOf.set(i, o);
        this.closeOf.set(o, i);
      }
    }
  }

  /**
   * Measures the text names that the lexicon does not: an abbreviation the text defines for a
   * measure (`a TR of 1609.70` after `Test Return (TR)`, named by what it stands for), and a
   * correlation's symbol opening a bracket with a value of two decimals or more (`(rho =
   * 0.89-0.96 across ...)`; `(rho = 0.9)` may be a setting). Added to `lex`.
   */
  private localNames(a: number, b: number): void {
    const defs = (this.defs ??= definedMeasures(this.text));
    let added = false;
    for (let i = a; i < b; i++) {
      const t = this.toks[i]!;
      if (t.k !== 'w') continue;
      let entry = defs.size ? defs.get(t.t) : undefined;
      const prev = i > a ? this.toks[i - 1] : undefined;
      const next = i + 1 < b ? this.toks[i + 1] : undefined;
      // (The definition itself, `Test Return (TR)`, is left to what is written around it.)
      if (entry && prev?.t === '(' && next?.t === ')') continue;
      if (!entry && prev?.t === '(' && next?.t === '=' && (t.lo === 'rho' || t.lo === 'ρ' || t.lo === 'tau' || t.lo === 'τ')) {
        // (`= .61`: a decimal without its leading zero is a `.` and the digits.)
        const n = i + 2 < b ? this.toks[i + 2]! : undefined;
        const f = n?.t === '.' && i + 3 < b ? this.toks[i + 3]! : undefined;
        const v = isNum(n) ? n.t : isNum(f) && !f.sp ? `.${f.t}` : '';
        if (v.indexOf('.') >= 0 && v.length - v.indexOf('.') > 2 && Math.abs(Number(v)) < 1) entry = t.lo === 'rho' || t.lo === 'ρ' ? RHO : TAU;
      }
      if (!entry || this.lex.some((m) => m.i0 <= i && i < m.i1)) continue;
      // A glued word (`TR-based`) or a word glued to it is another name.
      if ((next && !next.sp && next.t === '-') || (prev && !t.sp && prev.k === 'w')) continue;
      this.lex.push({ entry, i0: i, i1: i + 1, s: t.s, e: t.e });
      added = true;
    }
    if (added) this.lex.sort((x, y) => x.i0 - y.i0);
  }

  private encl(i: number): number {
    return i >= this.a && i < this.b ? this.enclosing[i - this.a]! : -1;
  }

  private tok(i: number): Tok | undefined {
    return i >= this.a && i < this.b ? this.toks[i] : undefined;
  }

  private lo(i: number): string {
    return this.tok(i)?.lo ?? '';
  }

  private sentence(a: number, b: number): void {
    this.prepare(a, b);
    const qs = this.scan();
    if (!qs.length) {
      this.noteDatasets(a, b);
      return;
    }
    this.group(qs);
    for (const q of qs) if (!this.isSetting(q, qs)) this.bindQ(q, qs);
    this.inherit(qs);
    for (const q of qs) if (q.bind && !this.keep(q)) q.bind = undefined;
    this.datasets(qs);
    for (const q of qs) {
      if (!q.bind) continue;
      this.out.push(this.record(q));
      if (q.bind.also) this.out.push(this.record({ ...q, bind: q.bind.also }));
    }
    this.noteDatasets(a, b);
  }

  // ---------------------------------------------------------------- numbers

  private scan(): Q[] {
    const qs: Q[] = [];
    const { a, b } = this;
    for (let i = a; i < b; i++) {
      const t = this.toks[i]!;
      if (this.covered.has(i)) continue;
      let q: Q | null = null;
      if (t.k === 'n') q = this.readNumber(i);
      else if (t.k === 'w' && isQuantityAt(this.lexed, i)) q = t.t.charCodeAt(0) === 49 ? this.readPower(i) : this.readNumberWord(i);
      if (!q) continue;
      if (qs.length >= MAX_QUANTITIES) break;
      qs.push(q);
      i = q.i1 - 1;
      // `by 10^7-10^8`: a range of powers of ten.
      if (q.uk === 'mult' && this.tok(q.i1)?.t === '-' && this.tok(q.i1 + 1)?.k === 'w' && isQuantityAt(this.lexed, q.i1 + 1) && this.toks[q.i1 + 1]!.t.charCodeAt(0) === 49) {
        const q2 = this.readPower(q.i1 + 1, q);
        if (q2) {
          qs.push(q2);
          i = q2.i1 - 1;
        }
        continue;
      }
      // A range or `from X to Y`.
      const second = this.readSecond(q);
      if (second) {
        qs.push(second);
        i = second.i1 - 1;
      }
    }
    return qs;
  }

  private newQ(i0: number, n: number, v: number): Q {
    const t = this.toks[n]!;
    const q: Q = { i0, n, i1: n + 1, v, vs: this.toks[i0]!.s, ve: t.e, unit: null, uk: null, weakTimes: false, qual: null, qi: i0, qs: this.toks[i0]!.s, paren: this.encl(n), group: [], dataset: null, plus: false };
    q.group = [q];
    return q;
  }

  /** A written number at token i, with its unit, or null when it is not a quantity. */
  private readNumber(i: number, second = false): Q | null {
    const t = this.toks[i]!;
    const prev = this.tok(i - 1);
    const prev2 = this.tok(i - 2);
    let i0 = i;
    let sign = 1;
    // `rho = .28`, `$R^2 = .20$`: a decimal written without its leading zero (the `.` stands alone
    // after a space or a sign, not after a word or a number: `Fig.3`, `v.2`).
    const p3 = prev2?.t;
    const lead = prev?.t === '.' && !t.sp && !t.t.includes('.') && !t.t.includes(',') && t.t.length <= 4 && (prev.sp || p3 === '=' || p3 === '(' || p3 === '-' || p3 === '~' || p3 === '[');
    // `x2-4 improvement`, `×3 faster`: a multiplier written before the number.
    const xPre = !second && !t.sp && prev !== undefined && (prev.t === 'x' || prev.t === 'X' || prev.t === '×') && (prev.sp || prev2?.t === '(') && !isNum(prev2);
    if (xPre) {
      // Only before a change or a comparative (`x86-64 CPUs` is an architecture).
      let k = i + 1;
      if (this.tok(k)?.t === '-' && isNum(this.tok(k + 1))) k += 2;
      const w = this.lo(k);
      if (!(W.INCREASE_NOUNS.has(w) || W.DECREASE_NOUNS.has(w) || W.MORE_WORDS.has(w) || W.LESS_WORDS.has(w) || (RE_METRIC_COMPARATIVE.test(w) && !W.NOT_COMPARATIVE.has(w)))) return null;
      i0 = i - 1;
    } else if (lead) {
      i0 = i - 1;
      if (this.tok(i - 2)?.t === '-' && !prev.sp && (this.tok(i - 2)!.sp || !isNum(this.tok(i - 3)))) {
        sign = -1;
        i0 = i - 2;
      }
    } else if (prev && !t.sp && !second) {
      if (prev.k === 'w') return null;
      if (prev.t === '/' || prev.t === '^' || prev.t === '_' || prev.t === '.' || prev.t === ':' || prev.t === '#' || prev.t === '@' || prev.t === '*' || prev.t === '=') {
        // `95.68%/94.18%`: two results side by side, not a fraction.
        // `FID=13.44/6.38/4.25`: decimal results side by side (`12/15` stays a fraction).
        const pair = prev.t === '/' && (prev2?.t === '%' || (!prev.sp && isNum(prev2) && ((prev2.t.includes('.') && t.t.includes('.')) || this.slashRunPct(i))));
        // `AUC=0.968`: a measure glued to its value.
        const glued = prev.t === '=' && (this.lexEnd.has(i - 1) || (isWord(prev2) && (prev2.t.length === 1 || prev2.lo === 'rho' || prev2.lo === 'tau') && this.lexEnd.has(i - 2)));
        if (!pair && !glued && (prev.t !== '=' || !prev.sp)) return null;
      }
      if (prev.t === '-') {
        if (prev2 && !prev.sp && (prev2.k === 'w' || prev2.k === 'n')) return null;
        sign = -1;
        i0 = i - 1;
      } else if (prev.t === '+') {
        i0 = i - 1;
      } else if (prev.t === '(' && prev2 && !prev.sp && prev2.k === 'w' && this.tok(i + 1)?.t !== '%') return null;
      // (`f(3)` is an argument; `state-of-the-art(96.4% in precision)` a result with its bracket glued.)
    }
    const sci = this.readExponent(i + 1);
    // (Most numbers have no comma and no power of ten: `Number('2.51')` is `Number('2.51e0')`.)
    const v = (lead ? Number(`0.${t.t}`) : sci || t.t.includes(',') ? Number(`${t.t.replaceAll(',', '')}e${sci?.exp ?? 0}`) : Number(t.t)) * sign;
    if (!Number.isFinite(v)) return null;
    const q = this.newQ(i0, i, v);
    q.plus = prev?.t === '+' && i0 === i - 1;
    if (sci) {
      q.i1 = sci.end;
      q.ve = this.toks[sci.end - 1]!.e;
    } else if (!second && i0 === i && prev?.t === '{' && this.tok(i + 1)?.t === '}' && prev2?.t !== '^' && prev2?.t !== '_') {
      // `\textbf{47.07} frames per second`: the braces of a LaTeX command (dropped by the lexer) around the number.
      q.i0 = q.qi = i - 1;
      q.qs = prev.s;
      q.i1 = i + 2;
    }
    const u = xPre ? U('x', 'mult', q.i1, true) : this.readUnit(q.i1, lead || t.t.includes('.'));
    if (u === 'skip') return null;
    if (u) {
      q.unit = u.unit;
      q.uk = u.uk;
      q.weakTimes = u.weak;
      q.i1 = u.end;
      q.ve = this.toks[u.end - 1]!.e;
    }
    // `85.2 ± 0.3%`: the spread is not a result, its unit is the value's.
    const pm = this.tok(q.i1);
    // (`93.78% +- 2.34%`, `+/-`: the sign written with ASCII.)
    const pmDash = pm?.t === '+' && this.tok(q.i1 + 1)?.t === '-' && !this.toks[q.i1 + 1]!.sp;
    if (pm && (pm.t === '±' || pmDash || (pm.t === '+' && this.tok(q.i1 + 1)?.t === '/' && this.tok(q.i1 + 2)?.t === '-')) && !second) {
      const k = pm.t === '±' ? q.i1 + 1 : pmDash ? q.i1 + 2 : q.i1 + 3;
      if (isNum(this.tok(k))) {
        const u2 = q.uk ? null : this.readUnit(k + 1, true);
        if (u2 && u2 !== 'skip') {
          q.unit = u2.unit;
          q.uk = u2.uk;
          q.i1 = u2.end;
        } else q.i1 = k + 1;
        q.ve = this.toks[q.i1 - 1]!.e;
      }
    }
    if (prev?.t === '±' && !second) return null;
    if ((prev?.t === '*' || prev?.t === '×') && isNum(prev2)) return null;
    // Years and references.
    if (!q.uk && RE_METRIC_YEAR.test(t.t)) return null;
    const next = this.tok(q.i1);
    // `[12]`, `(3)`, `1)`: citations and enumerators.
    if (!q.uk && next && next.t === ']' && this.encl(i) >= 0 && this.toks[this.encl(i)]!.t === '[') return null;
    if (!q.uk && next?.t === ')' && !lead && !t.t.includes('.') && v <= 30 && (prev?.t === '(' || !prev || prev.k === 'p' || prev.lo === 'and' || prev.lo === 'or')) return null;
    // `8 of 9 tasks`, `12 out of 14`: a count.
    if (!q.uk && !second && (next?.lo === 'of' || (next?.lo === 'out' && this.lo(q.i1 + 1) === 'of')) && (isNum(this.tok(q.i1 + 1)) || isNum(this.tok(q.i1 + 2)))) return null;
    // (`ROUGE-1 of 0.43`, `BLEU-4 of 31.2`: the number before `of` ends a measure's name, not a count.)
    if (!q.uk && !second && prev && isNum(this.tok(i - 2)) && !this.covered.has(i - 2) && (prev.lo === 'of' || (prev.lo === 'of' && this.lo(i - 2) === 'out'))) return null;
    // `ARC-AGI 2`, `Llama 3`: a one-digit version after a capitalised name, not a value.
    // `Gemini-Pro 1.5`, `Claude 3.5 Sonnet`: a version with one decimal too.
    if (!q.uk && !second && i0 === i && t.sp && v < 10 && (!t.t.includes('.') || (t.t.length === 3 && t.t[1] === '.' && t.t[0] !== '0')) && isWord(prev) && prev.t.charCodeAt(0) >= 65 && prev.t.charCodeAt(0) <= 90 && i - 1 > this.a && !this.lexEnd.has(i)) return null;
    this.qualify(q);
    // `by a factor of 6`: a multiple.
    if (!q.uk && q.qual !== null && q.qual.endsWith('factor of')) {
      q.unit = 'x';
      q.uk = 'mult';
    }
    const before = this.tok(q.qi - 1);
    if (before && q.qi === q.i0 && W.REFERENCE_WORDS.has(before.lo) && !this.lexEnd.has(q.qi)) {
      // `top 5%` is a setting, `Table 2` a reference; `batch size 32` too.
      return null;
    }
    if (before && before.t === '(' && this.tok(q.qi - 2)?.t === 'O') return null;
    return q;
  }

  /** `45/19/77%`: numbers joined by `/` from token i on, the last with a `%`. */
  private slashRunPct(i: number): boolean {
    let k = i;
    for (let n = 0; n < 8 && isNum(this.tok(k)) && this.tok(k + 1)?.t === '/' && !this.toks[k + 1]!.sp && isNum(this.tok(k + 2)) && !this.toks[k + 2]!.sp; n++) k += 2;
    // A run of two or more (the token before i may be its `/`), ending in `%`.
    const run = k > i || this.tok(i - 1)?.t === '/';
    return run && this.tok(k + 1)?.t === '%';
  }

  /** `×10^{-4}`, `\times 10^5`, `e-4` after a number: its power of ten, and the token after it. */
  private readExponent(j: number): { exp: number; end: number } | null {
    const t = this.tok(j);
    if (!t) return null;
    let k: number;
    const isTimes = t.t === '×' || t.lo === 'times' || t.t === 'x';
    const word = this.tok(j + 1);
    const one = isTimes && word?.k === 'w' ? RE_METRIC_POWER_OF_TEN.exec(word.t) : null;
    if (one) return { exp: Number(one[1]!.replace('−', '-')), end: j + 2 };
    if (t.t === 'e' && !t.sp && t.k === 'w') k = j + 1;
    else if (isTimes && word?.t === '10' && this.tok(j + 2)?.t === '^') k = j + 3;
    else return null;
    let sign = 1;
    if (this.tok(k)?.t === '{') k++;
    if (this.tok(k)?.t === '-') {
      sign = -1;
      k++;
    } else if (this.tok(k)?.t === '+') k++;
    const n = this.tok(k);
    if (!isNum(n) || n.t.includes('.') || n.t.length > 3) return null;
    k++;
    if (this.tok(k)?.t === '}') k++;
    return { exp: sign * Number(n.t), end: k };
  }

  /**
   * Whether the word at k, after `N-fold`, is a noun that names no change (`four-fold parallelism`,
   * `five-fold surrogate fidelity`); `a 1.5-fold enrichment`, `3-fold faster`, `2-fold over X` are results.
   */
  private foldOfSetting(k: number): boolean {
    const n = this.tok(k);
    if (!isWord(n) || n.lo.length < 3 || n.t.charCodeAt(0) < 97) return false;
    const lo = n.lo;
    if (W.INCREASE_NOUNS.has(lo) || W.DECREASE_NOUNS.has(lo) || W.MORE_WORDS.has(lo) || W.LESS_WORDS.has(lo) || W.NP_STOP.has(lo) || MARGIN_WORDS.has(lo) || SPEED_WORDS.has(lo)) return false;
    if (RE_METRIC_COMPARATIVE.test(lo) && !W.NOT_COMPARATIVE.has(lo)) return false;
    if (RE_METRIC_ADVERB.test(lo) || this.lexStart.has(k)) return false;
    return true;
  }

  /**
   * `reduces the cost by approximately 10^7`: a power of ten written alone after `by` is a
   * multiple; `10^{-4}` and one after anything else (a setting, a size) stay unread. With
   * `first`, the second value of a range `10^7-10^8`.
   */
  private readPower(i: number, first?: Q): Q | null {
    const t = this.toks[i]!;
    const m = RE_METRIC_POWER_OF_TEN.exec(t.t);
    if (!m || m[1]!.startsWith('-') || m[1]!.startsWith('−')) return null;
    const exp = Number(m[1]);
    if (!(exp >= 2 && exp <= 30)) return null;
    const q = this.newQ(i, i, 10 ** exp);
    q.unit = 'x';
    q.uk = 'mult';
    if (first) return joinRange(first, q);
    this.qualify(q);
    return this.lo(q.qi - 1) === 'by' ? q : null;
  }

  /** `ten percentage points`, `three times faster`, `two orders of magnitude`, `twofold`. */
  private readNumberWord(i: number): Q | null {
    const t = this.toks[i]!;
    const fold = foldWordValue(t.lo);
    if (fold !== undefined) {
      const q = this.newQ(i, i, fold);
      q.unit = 'x';
      q.uk = 'mult';
      q.weakTimes = true;
      this.qualify(q);
      return q;
    }
    const v = NUMBER_WORDS.get(t.lo);
    if (v === undefined) return null;
    // `several hundred-fold`, `a few hundred times`: no number is written.
    if (VAGUE_WORDS.has(this.lo(i - 1))) return null;
    const u = this.readUnit(i + 1, false);
    if (!u && this.lo(i - 1) === 'of' && this.lo(i - 2) === 'factor') {
      // `by a factor of six`: a multiple.
      const q = this.newQ(i, i, v);
      q.unit = 'x';
      q.uk = 'mult';
      this.qualify(q);
      return q;
    }
    if (!u || u === 'skip') return null;
    // `in under one second`, `within two hours`: a duration written as a word is a result after `in`/`within`/`under`.
    const before = this.lo(i - 1);
    const timed = u.uk === 'time' && (before === 'in' || before === 'within' || before === 'under') && !LONG_TIME_UNITS.has(u.unit);
    if (u.uk !== 'pct' && u.uk !== 'pp' && u.uk !== 'points' && u.uk !== 'mult' && u.uk !== 'oom' && !timed) return null;
    const q = this.newQ(i, i, v);
    q.unit = u.unit;
    q.uk = u.uk;
    q.weakTimes = u.weak;
    q.i1 = u.end;
    q.ve = this.toks[u.end - 1]!.e;
    this.qualify(q);
    return q;
  }

  /** What is written right after a number: a unit, nothing, or `skip` (a name, a size, a resolution). */
  private readUnit(j: number, decimal: boolean): { unit: string; uk: UnitKind; end: number; weak: boolean } | 'skip' | null {
    const t = this.tok(j);
    if (!t) return null;
    const after = this.tok(j + 1);
    // (`resolutionAt` and `U` are a method and a function, not closures made per call: most numbers come here.)
    if (t.k === 'p') {
      if (t.t === '%') return U('%', 'pct', j + 1);
      if (t.t === '×') return this.resolutionAt(j + 1) ?? U('x', 'mult', j + 1);
      // `1352 * 1014`: a resolution.
      if (t.t === '*' && isNum(after)) return 'skip';
      if (!t.sp && t.t === '-' && isWord(after) && !after.sp) {
        const lo = after.lo;
        // `5-fold cross-validation` is a protocol.
        if (lo === 'fold' && (this.lo(j + 2) === 'cross' || this.lo(j + 2) === 'cv' || this.lo(j + 2) === 'validation' || this.lo(j + 2) === 'cross-validation')) return 'skip';
        // `five-fold surrogate fidelity`, `four-fold parallelism`: a fold before a noun that names no change is a set-up.
        if (lo === 'fold' && this.foldOfSetting(j + 2)) return 'skip';
        if (lo === 'fold' || lo === 'times' || lo === 'x') return U('x', 'mult', j + 2);
        if (lo === 'point' || lo === 'points' || lo === 'pt' || lo === 'pts') {
          // `a minimal 3-point solver`, `a 5-point scale`: a compound modifier, unless a change follows (`a 2-point gain`).
          const n = this.tok(j + 2);
          if (isWord(n) && !W.INCREASE_NOUNS.has(n.lo) && !W.DECREASE_NOUNS.has(n.lo) && !W.NP_STOP.has(n.lo) && !MARGIN_WORDS.has(n.lo) && n.lo !== 'lead' && n.lo !== 'advantage' && n.lo !== 'margin') return 'skip';
          return U('points', 'points', j + 2);
        }
        if (lo === 'percent') return U('%', 'pct', j + 2);
        if (RE_METRIC_TIME_UNIT.test(lo) && lo !== 's' && lo !== 'h') return 'skip'; // `3-day` course, `10-minute` video
        return 'skip';
      }
      if (!t.sp && t.t === '/' && isNum(after) && !after.sp && ((decimal && after.t.includes('.')) || this.slashRunPct(j - 1))) return null;
      if (!t.sp && (t.t === '/' || t.t === '^' || t.t === ':' || t.t === '.' || t.t === '_') && after && !after.sp && (after.k === 'n' || after.k === 'w')) return 'skip';
      return null;
    }
    if (t.k !== 'w') return null;
    const lo = t.lo;
    // `agents consume on average 9.9M tokens per task`, `requires 37 LLM calls per task`: a count
    // per unit of work after a verb of spending is a cost.
    {
      const mag = RE_METRIC_MAGNITUDE.test(t.t) && t.t.length === 1 && t.t === t.t.toUpperCase();
      const per = this.perCount(mag ? j + 1 : j);
      if (per >= 0) return mag ? U(t.t, 'count', j + 1) : U('', 'count', j);
    }
    if (!t.sp) {
      if (RE_METRIC_MULTIPLIER.test(lo)) return this.resolutionAt(j + 1) ?? U('x', 'mult', j + 1);
      if (RE_METRIC_ORDINAL.test(lo) || RE_METRIC_MAGNITUDE.test(t.t)) return 'skip';
      if (RE_METRIC_TIME_UNIT.test(lo) && (decimal || (lo !== 's' && lo !== 'h'))) return U(lo, 'time', j + 1);
      // `0.15s per case`: seconds glued to a decimal.
      if (lo === 's' && decimal) return U('s', 'time', j + 1);
      if (RE_METRIC_MEMORY_UNIT.test(t.t)) return U(t.t, 'mem', j + 1);
      if (lo === 'db') return U('dB', 'db', j + 1);
      if (lo === 'mm' || lo === 'cm' || lo === 'km' || lo === 'px') return U(lo, 'len', j + 1);
      if (ENERGY_UNITS.has(t.t)) return U(t.t, 'energy', j + 1);
      if (SPEED_UNITS.has(lo)) return U(t.t, 'speed', j + 1);
      if (lo === 'fps') return U('FPS', 'fps', j + 1);
      if (RE_METRIC_RATE_UNIT.test(t.t)) return U(t.t, 'rate', j + 1);
      if (lo === 'pp') return U('percentage points', 'pp', j + 1);
      return 'skip';
    }
    if (lo === 'percent' || lo === 'pct') return U('%', 'pct', j + 1);
    if (lo === 'per' && after?.lo === 'cent') return U('%', 'pct', j + 2);
    if (lo === 'percentage' && (after?.lo === 'points' || after?.lo === 'point')) return U('percentage points', 'pp', j + 2);
    if (lo === 'pp' || lo === 'p.p') return U('percentage points', 'pp', j + 1);
    if (lo === 'points' || lo === 'point' || lo === 'pts') return U('points', 'points', j + 1);
    if (lo === 'times') return this.resolutionAt(j + 1) ?? U('x', 'mult', j + 1, true);
    if (lo === 'fold') return U('x', 'mult', j + 1);
    if ((t.t === 'x' || t.t === 'X') && !isNum(after)) return U('x', 'mult', j + 1);
    if ((lo === 'orders' || lo === 'order') && this.lo(j + 1) === 'of' && this.lo(j + 2) === 'magnitude') return U('orders of magnitude', 'oom', j + 3);
    // `RMSE of 1.2 K, and R2 of 0.84`: a spaced `K` after a decimal value of a named measure, with
    // no noun after it, is kelvin, not thousands (`1.2 K samples`, `1.2K GPU hours` stay sizes).
    if (t.t === 'K' && t.sp && decimal && !isWord(after) && (this.lo(j - 2) === 'of' || this.tok(j - 2)?.t === '=') && this.lexEnd.has(j - 2)) return U('K', 'temp', j + 1);
    if (RE_METRIC_MAGNITUDE.test(t.t) && t.t !== 'm' && t.t !== 'T' && t.t !== 't') return 'skip';
    if (lo === 'gpu' && after && (after.lo === 'hours' || after.lo === 'days' || after.lo === 'hour')) return U(`GPU ${after.lo}`, 'time', j + 2);
    if (lo === 'gpu' && after?.t === '-' && this.tok(j + 2) && (this.lo(j + 2) === 'hours' || this.lo(j + 2) === 'days')) return U(`GPU ${this.lo(j + 2)}`, 'time', j + 3);
    if (RE_METRIC_TIME_UNIT.test(lo) && lo !== 's' && lo !== 'h') return U(lo, 'time', j + 1);
    if (RE_METRIC_MEMORY_UNIT.test(t.t)) return U(t.t, 'mem', j + 1);
    if (lo === 'db') return U('dB', 'db', j + 1);
    if (t.t === 'mm' || t.t === 'cm' || t.t === 'km' || t.t === 'px') return U(lo, 'len', j + 1);
    // `at distances up to 5 kilometres`: a length written out (a bare `m` stays unread).
    if (W.LENGTH_WORDS.has(lo)) return U(lo, 'len', j + 1);
    if (ENERGY_UNITS.has(t.t) && t.t !== 'J') return U(t.t, 'energy', j + 1);
    {
      // `~0.17 s/frame`, `12 ms/token`: a time per item.
      const slash = lo.indexOf('/');
      if (slash > 0 && W.TIME_PER_UNITS.has(lo.slice(0, slash)) && W.TIME_PER_ITEMS.has(lo.slice(slash + 1))) return U(t.t, 'time', j + 1);
    }
    if (SPEED_UNITS.has(lo)) return U(t.t, 'speed', j + 1);
    if (t.t === 'FPS' || lo === 'fps') return U('FPS', 'fps', j + 1);
    if (lo === 'frames' && after?.lo === 'per' && (this.lo(j + 2) === 'second' || this.lo(j + 2) === 's')) return U('FPS', 'fps', j + 3);
    if (RE_METRIC_RATE_UNIT.test(t.t)) return U(t.t, 'rate', j + 1);
    if ((lo === 'tokens' || lo === 'samples' || lo === 'images' || lo === 'queries' || lo === 'requests') && after?.lo === 'per' && (this.lo(j + 2) === 'second' || this.lo(j + 2) === 'sec'))
      return U(`${lo}/s`, 'rate', j + 3);
    return null;
  }

  /** `64x64`, `256 × 256`, `2.3×10^{-4}` (the token after the `x` at `end`): a resolution or scientific notation, not a multiplier. */
  /**
   * The `per` of `<number> [M] <plural noun> per <noun>` (one or two words before `per`, the last a
   * plural: `tokens per task`, `LLM calls per task`) after a verb of spending (`consume on average`),
   * else -1.
   */
  private perCount(j: number): number {
    let k = j;
    while (k < j + 2 && isWord(this.tok(k)) && this.lo(k) !== 'per') k++;
    const noun = this.lo(k - 1);
    if (k === j || this.lo(k) !== 'per' || !isWord(this.tok(k + 1)) || noun.length < 4 || !noun.endsWith('s') || noun.endsWith('ss')) return -1;
    if (W.MEASURE_HEADS.has(noun) || W.HARDWARE_NOUNS.has(noun) || W.DATA_NOUNS.has(noun) || RE_METRIC_TIME_UNIT.test(noun)) return -1;
    // The verb, before the number (`consume on average`, `requires only`).
    const q0 = this.toks[j - 1]!.k === 'n' ? j - 1 : j - 2;
    for (let v = q0 - 1; v >= Math.max(this.a, q0 - 4); v--) {
      const w = this.lo(v);
      if (SPEND_VERBS.has(w)) return k;
      if (!(w === 'on' || w === 'average' || w === 'only' || w === 'just' || w === 'about' || w === 'roughly' || w === 'approximately' || w === 'around' || w === 'up' || w === 'to' || RE_METRIC_ADVERB.test(w))) return -1;
    }
    return -1;
  }

  private resolutionAt(end: number): 'skip' | null {
    const n = this.tok(end);
    if (!n) return null;
    const c = n.t.charCodeAt(0);
    return n.k === 'n' || (n.k === 'w' && c >= 48 && c <= 57) ? 'skip' : null;
  }

  /** The qualifier written before the quantity: `more than`, `up to`, `~`. */
  private qualify(q: Q): void {
    for (const phrase of W.QUALIFIERS) {
      const k = q.i0 - phrase.length;
      if (k < this.a) continue;
      let ok = true;
      for (let x = 0; x < phrase.length; x++) {
        const t = this.toks[k + x]!;
        if (t.lo !== phrase[x]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // `over` after a measure is `improves X over Y`, not a qualifier, unless a number follows at once.
      q.qual = phrase.join(' ').replace('> =', '≥').replace('< =', '≤');
      q.qi = k;
      q.qs = this.toks[k]!.s;
      return;
    }
  }

  /** The second value of a range (`2-2.5%`, `0.1--4\%`, `10% to 20%`) or of `from X to Y`. */
  private readSecond(q: Q): Q | null {
    let j0 = q.i1;
    if (this.lo(q.qi - 1) === 'from') j0 = this.fromTo(j0);
    const sep = this.tok(j0);
    // `to just 76 minutes`, `to below 5%`: a qualifier may stand after `to`.
    let j = j0;
    let qual2: string | null = null;
    if (sep?.lo === 'to') {
      for (const phrase of W.QUALIFIERS) {
        let ok = true;
        for (let x = 0; x < phrase.length && ok; x++) ok = this.lo(j0 + 1 + x) === phrase[x];
        if (ok && isNum(this.tok(j0 + 1 + phrase.length))) {
          j = j0 + phrase.length;
          qual2 = phrase.join(' ');
          break;
        }
      }
    }
    let n = this.tok(j + 1);
    // `.20--.35`: the second end without its leading zero.
    let nAt = j + 1;
    if (n?.t === '.' && isNum(this.tok(j + 2)) && !this.toks[j + 2]!.sp) {
      nAt = j + 2;
      n = this.tok(j + 2);
    }
    if (!sep || !isNum(n)) return null;
    // `7.33~8.26 BLEU`: a tilde glued between two numbers is a range, not `about`.
    const isDash = sep.t === '-' || ((sep.t === '~' || sep.t === '∼') && !sep.sp && !n.sp);
    const isTo = sep.lo === 'to' || sep.lo === 'and';
    if (!isDash && !isTo) return null;
    // `from X to Y` is a pair of results; `X to Y`, `X-Y` and `between X and Y` a range.
    const before = this.lo(q.qi - 1);
    const from = sep.lo === 'to' && before === 'from';
    if (sep.lo === 'and' && before !== 'between') return null;
    const q2 = this.readNumber(nAt, true);
    if (!q2) return null;
    if (RE_METRIC_YEAR.test(this.toks[q.n]!.t) && RE_METRIC_YEAR.test(this.toks[q2.n]!.t)) return null;
    q2.qual = qual2;
    q2.qi = q2.i0;
    q2.qs = q2.vs;
    if (from) {
      if (!q.uk && q2.uk) {
        q.unit = q2.unit;
        q.uk = q2.uk;
      }
      q.pair = q2;
      q2.pair = q;
      q.pairKind = q2.pairKind = 'from';
      return q2;
    }
    if (q.uk && q2.uk && q.unit !== q2.unit) return null;
    if (!q.uk && q2.uk) {
      q.unit = q2.unit;
      q.uk = q2.uk;
      q.weakTimes = q2.weakTimes;
    }
    if (!q2.uk && q.uk) {
      q2.unit = q.unit;
      q2.uk = q.uk;
    }
    return joinRange(q, q2);
  }

  /**
   * The `to` of `from X ... to Y` after the first value: past a bracket of statistics
   * (`from 0.905 (95% CI, 0.879-0.929) to 0.930`) and a short phrase naming the first
   * system (`from 0.905 in the single-view approach to 0.930`); else j.
   */
  private fromTo(j: number): number {
    let k = j;
    if (this.tok(k)?.t === '(' && this.closeOf.has(k) && (this.statsParen(k) || this.labelParen(k))) k = this.closeOf.get(k)! + 1;
    if (this.lo(k) === 'to') return k;
    // `from 10% down to 0.5%`, `from 2.1 up to 7.4`.
    if ((this.lo(k) === 'down' || this.lo(k) === 'up') && this.lo(k + 1) === 'to' && isNum(this.tok(k + 2))) return k + 1;
    const p = this.lo(k);
    if (p !== 'in' && p !== 'on' && p !== 'with' && p !== 'for' && p !== 'under') return j;
    for (let x = k + 1; x < Math.min(this.b, k + 9); x++) {
      const t = this.toks[x]!;
      if (t.t === '-' && !t.sp) continue;
      if (t.k !== 'w') return j;
      if (t.lo === 'to') return isNum(this.tok(x + 1)) ? x : j;
    }
    return j;
  }

  // ---------------------------------------------------------------- lists

  /** `2.51 and 3.25`, `4.36x, 5.46x, and 16.9x`: quantities joined by commas and `and` share a name. */
  private group(qs: Q[]): void {
    for (let x = 1; x < qs.length; x++) {
      const p = qs[x - 1]!;
      const q = qs[x]!;
      if (q.pairKind === 'range' && q.pair === p) {
        q.group = p.group;
        p.group.push(q);
        continue;
      }
      if (q.pairKind === 'from') continue;
      if (p.paren !== q.paren) continue;
      let ok = true;
      let seps = 0;
      for (let i = p.i1; i < q.qi; i++) {
        const t = this.toks[i]!;
        if (t.t === ',' || t.lo === 'and' || t.lo === 'or' || t.t === '/' || t.t === '&') seps++;
        else {
          ok = false;
          break;
        }
      }
      if (!ok || seps === 0 || seps > 2) continue;
      if (p.uk !== q.uk && p.uk !== null) continue;
      // `at a threshold of 0.95 and 10.9% at ...`: a setting's bare value does not share the unit of a result after it.
      if (p.uk === null && q.uk !== null && (this.lo(p.qi - 1) === 'of' || this.tok(p.qi - 1)?.t === '=') && SETTING_NOUNS.has(this.lo(p.qi - 2))) continue;
      q.group = p.group;
      p.group.push(q);
    }
    for (const q of qs) {
      const g = q.group;
      if (g.length < 2 || g[0] !== q) continue;
      // `between 2 and 3%`: the unit written once.
      const last = g[g.length - 1]!;
      for (const x of g) if (!x.uk && last.uk) {
        x.uk = last.uk;
        x.unit = last.unit;
      }
    }
  }

  // ---------------------------------------------------------------- settings

  /** True for a number the authors chose: `10% of the data`, `95% confidence`, `3x more parameters`. */
  private isSetting(q: Q, qs?: readonly Q[]): boolean {
    const next = this.tok(q.i1);
    const nlo = next?.lo ?? '';
    // `Smart home lighting systems consume 15-20% of residential energy but lack ...`: a share
    // stated in an abstract's first sentence, with no `we`/`our`, no verb of a result or a
    // change and no name (a capital after the first word: `LearnLM`, `PD`), is the background
    // the paper starts from.
    if (this.opening && this.field === 'abstract' && q.uk === 'pct' && this.lo((q.pairKind === 'range' && q.pair ? q.pair : q).i1) === 'of' && !this.sentenceHas(OWN_RESULT_WORDS) && !this.namesSomething()) return true;
    // `(closer to 1 is better)`, `(lower is better)`: the scale's best value, not a result.
    if ((nlo === 'is' || nlo === 'are') && (this.lo(q.i1 + 1) === 'better' || this.lo(q.i1 + 1) === 'best' || this.lo(q.i1 + 1) === 'ideal') && q.group.length === 1) return true;
    // `a 10 mm success rate of 92.01%`: a value with a unit right before a measure that states its
    // own value after `of` or `=` is the measure's criterion.
    if (q.uk && q.uk !== 'pct' && q.uk !== 'pp' && q.uk !== 'mult' && q.group.length === 1 && !q.pairKind) {
      const m = this.lexStart.get(q.i1);
      const w = m ? this.lo(m.i1) : '';
      if (m && !isGeneric(m.entry) && (w === 'of' || w === '=') && (isNum(this.tok(m.i1 + 1)) || (W.QUALIFIERS.some((ph) => ph.length === 1 && ph[0] === this.lo(m.i1 + 1)) && isNum(this.tok(m.i1 + 2))))) return true;
    }
    // `113 of 144 configurations (78.5%) achieve CV below 3%`: a bound after a measure, in a clause
    // whose subject counts the things that meet it, is the criterion, not a result.
    if (q.qual && CRITERION_QUALS.has(q.qual) && this.countedSubject(q)) return true;
    // `with differences greater than 1 point occurring in 12.7% of ...`, `for patients older than 65
    // years`: a plural noun bounded by a comparison is a criterion, not a result.
    if (q.qual && q.qual.endsWith(' than') && q.qual !== 'better than') {
      const w = this.tok(q.qi - 1);
      const w2 = this.lo(q.qi - 2);
      if (isWord(w) && w.lo.length > 3 && w.lo.endsWith('s') && !w.lo.endsWith('ss') && !W.MEASURE_HEADS.has(w.lo) && !W.MEASURE_HEADS.has(w.lo.slice(0, -1)) && !W.INCREASE_NOUNS.has(w.lo) && !W.DECREASE_NOUNS.has(w.lo) && !this.lexEnd.has(q.qi) && (W.CRITERION_BEFORE.has(w2) || W.DETERMINERS.has(w2))) return true;
    }
    if (q.uk === 'pct') {
      if (!this.lexStart.has(q.i1)) {
        if (W.SETTING_AFTER_PERCENT.has(nlo)) return true;
        if ((nlo === 'upper' || nlo === 'lower') && ['bound', 'bounds', 'endpoint', 'endpoints', 'confidence', 'quantile', 'limit'].includes(this.lo(q.i1 + 1))) return true;
      }
      // `N% of X`
      const first = q.group[0]!;
      // `retains 98% of the original performance` is a result; `using 10% of the data` is not.
      const np = nlo === 'of' ? this.npRight(q.i1 + 1) : null;
      const ofMeasure = np !== null && (np.words.some((w) => W.MEASURE_HEADS.has(w)) || this.lex.some((m) => m.s >= np.s && m.e <= np.e));
      if (nlo === 'of' && !ofMeasure) {
        for (let k = first.qi - 1; k >= Math.max(this.a, first.qi - 4); k--) if (W.SETTING_BEFORE_SHARE.has(this.lo(k))) return true;
        let j = q.i1 + 1;
        while (W.DETERMINERS.has(this.lo(j))) j++;
        if (W.SETTING_SHARE_NOUNS.has(this.lo(j))) return true;
      }
      // (`using 10% fewer operations`, `uses 30% less memory`: a saving, not a share chosen.)
      if (!ofMeasure && W.SETTING_BEFORE_SHARE.has(this.lo(first.qi - 1)) && !this.lexEnd.has(first.qi) && !W.LESS_WORDS.has(nlo)) return true;
      const p = this.lo(first.qi - 1);
      if ((p === 'with' || p === 'at' || p === 'under') && (W.SETTING_AFTER_PERCENT.has(nlo) || (nlo === 'of' && !ofMeasure))) return true;
      // `FPR at 95% TPR`, `(at TPR 95%)`: an operating point, not a result; so is `at N%` right
      // after another value (`R2 of 0.84 at 85 percent cloud coverage`).
      if (p === 'at' && this.lexStart.has(q.i1)) return true;
      if (p === 'at' && qs?.some((o) => o !== q && o.i1 === first.qi - 1)) return true;
      // `with 10 to 30% thermal fusion`, `under 94.4 percent compression`: the share of a
      // condition, unless a measure (`with 95% accuracy`), a comparative (`with 30% fewer
      // parameters`) or, after `with`/`at`, a change (`with a 12% gain`) follows.
      const lastQ = q.group[q.group.length - 1]!;
      const nextL = this.tok(lastQ.i1);
      const nl = nextL?.lo ?? '';
      const pw = first.qual === 'under' ? 'under' : p;
      const acro = isWord(nextL) && RE_METRIC_ACRONYM.test(nextL.t) && !W.ACRONYM_STOP.has(nextL.t);
      if ((pw === 'with' || pw === 'under' || pw === 'at') && isWord(nextL) && !acro && !this.lexStart.has(lastQ.i1) && nl !== 'of' && !W.NP_STOP.has(nl) && !W.MORE_WORDS.has(nl) && !W.LESS_WORDS.has(nl) && !(RE_METRIC_COMPARATIVE.test(nl) && !W.NOT_COMPARATIVE.has(nl))) {
        const change = W.INCREASE_NOUNS.has(nl) || W.DECREASE_NOUNS.has(nl);
        const np = this.npRight(lastQ.i1, 4);
        const measured = np !== null && (W.MEASURE_HEADS.has(np.words[np.words.length - 1]!) || this.lex.some((m) => m.s >= np.s && m.e <= np.e));
        if (!measured && (!change || pw === 'under')) return true;
      }
      // `synthetic cloud masks with 20 to 85 percent coverage`: a range that describes the objects
      // before `with` (not models or methods) is a condition even with a measure word.
      const obj = this.lo(first.qi - 2);
      const nl2 = this.lo(q.group[q.group.length - 1]!.i1);
      if (p === 'with' && q.pairKind === 'range' && obj.length > 3 && obj.endsWith('s') && !obj.endsWith('ss') && !OTHER_MODELS.has(obj) && !NOT_MEASURED.has(obj) && !W.MEASURE_HEADS.has(obj) && !W.MEASURE_HEADS.has(obj.slice(0, -1)) && !W.INCREASE_NOUNS.has(nl2) && !W.DECREASE_NOUNS.has(nl2)) return true;
      const named = this.lexEnd.get(first.qi);
      if (named && this.lo(named.i0 - 1) === 'at') return true;
      // `scoring 20% of the candidates recovers 97.5% of the accuracy`: a share that is the subject
      // of a verb whose object is another percentage is the budget; the object is the result.
      if (nlo === 'of' && !ofMeasure && np && qs) {
        const object = qs.find((o) => o !== q && o.uk === 'pct' && o.i0 >= np.i1 && o.i0 <= np.i1 + 2);
        let clause = object !== undefined && np.words.length >= 2;
        for (let k = np.i1; clause && k < object!.i0; k++) if (this.tok(k)?.t === ',' || W.NP_STOP.has(this.lo(k))) clause = false;
        if (clause) return true;
      }
      // `in situations where 80% of clients are malicious`, `even when 50% of labels are noisy`: a condition.
      const cw = this.lo(first.qi - 1);
      if (nlo === 'of' && (CONDITION_WORDS.has(cw) || ((cw === 'where' || cw === 'wherein' || cw === 'in' && this.lo(first.qi - 2) === 'which') && CONDITION_NOUNS.has(this.lo(first.qi - (cw === 'in' ? 3 : 2)))))) return true;
    }
    // `In a low signal to noise ratio of 4 dB, accuracy above 90% is maintained`: the condition
    // a clause opens with, not a result.
    if (this.openingCondition(q)) return true;
    // `95% success with only 150 online rollouts`, `50 training epochs`: a count of what follows.
    if (q.group.length === 1 && !this.lexEnd.has(q.qi) && this.countsSetting(q)) return true;
    {
      // `a step size of 5dB`, `threshold = 0.5`: the value of a setting.
      const first = q.group[0]!;
      const p = this.lo(first.qi - 1);
      if ((p === 'of' || p === '=' || p === ':') && SETTING_NOUNS.has(this.lo(first.qi - 2)) && !this.lexEnd.has(first.qi - 1)) return true;
      // `under different SNRs ranging from 5 to 30 dB`: the conditions of the experiments.
      if (q.pairKind && !this.lexStart.has(q.i1)) {
        for (let k = first.qi - 1; k >= Math.max(this.a, first.qi - 6); k--) if (VARIED_WORDS.has(this.lo(k))) return true;
      }
      // `with simulated witness rates from 10% down to 0.5%`: a condition swept by the authors.
      if (q.pairKind === 'from' && this.lo(first.qi - 1) === 'from') {
        const np = this.npLeft(first.qi - 2, 4);
        const w = np ? this.lo(np.i0 - 1) : '';
        if (np && (w === 'with' || w === 'under' || w === 'across' || w === 'for') && !this.lex.some((m) => m.s >= np.s && m.e <= np.e)) return true;
      }
    }
    const p1 = this.lo(q.group[0]!.qi - 1);
    const p2 = this.lo(q.group[0]!.qi - 2);
    // `GPUs with 80GB memory each`, `sampled at 30 FPS`, `for 2 days`: hardware and protocol.
    if (q.uk === 'mem' && (p1 === 'with' || this.lo(q.i1 + 1) === 'each' || nlo === 'each' || nlo === 'per' || W.HARDWARE_NOUNS.has(nlo))) return true;
    if ((q.uk === 'fps' || q.uk === 'rate' || q.uk === 'time') && p1 === 'at' && RE_METRIC_PAST.test(p2)) return true;
    // `a 5-second 24FPS video`: the frame rate of the media made or used, not a speed reached.
    // (In CJK text the noun may come after a few modifiers: `24FPS 가상 착용 영상`.)
    if (q.uk === 'fps') {
      for (let x = 0; x < 4; x++) {
        const w = this.tok(q.i1 + x);
        if (!isWord(w)) break;
        if (VIDEO_NOUNS.has(w.lo)) return true;
        const cjk = RE_METRIC_CJK_WORD.test(w.t);
        // (`영상을`: a CJK noun with its particle glued.)
        if (cjk && w.t.length > 2 && VIDEO_NOUNS.has(w.t.slice(0, 2))) return true;
        if (x >= 1 && !cjk) break;
      }
    }
    if (q.uk === 'time' && (p1 === 'for' || p1 === 'every' || p1 === 'per' || p1 === 'after' || nlo === 'long' || nlo === 'old' || nlo === 'ago')) return true;
    // `644 videos covering 3.33 hours`, `200,000 hours of EEG and EOG data`: the extent of a dataset.
    if (q.uk === 'time' && W.EXTENT_VERBS.has(p1)) return true;
    // (a range, `25-30 seconds of audio`: what follows its last number)
    const tail = q.group[q.group.length - 1]!;
    if (q.uk === 'time' && this.lo(tail.i1) === 'of') {
      // `18.69 hours of eye-tracking, mouse interaction, ..., and diagnostic decision data`.
      for (let k = tail.i1 + 1; k < Math.min(this.b, tail.i1 + 24); k++) {
        const t = this.toks[k]!;
        if (t.t === '.' || t.t === ';' || t.t === '(' || (t.k === 'w' && W.NP_STOP.has(t.lo) && t.lo !== 'and' && t.lo !== 'or')) break;
        if (t.k === 'w' && W.DATA_NOUNS.has(t.lo)) return true;
      }
    }
    if (q.uk === 'mult') {
      if (nlo === 'their' || nlo === 'its' || nlo === 'the') return true;
      // `40x resolution is sufficient`, `a 4x upsampling`: a magnification chosen, unless a change follows (`4x resolution gain`).
      if (SCALE_NOUNS.has(nlo) && !W.INCREASE_NOUNS.has(this.lo(q.i1 + 1)) && !W.DECREASE_NOUNS.has(this.lo(q.i1 + 1))) return true;
      // `models with 3x more parameters`, `models 10x larger`: the size of other models.
      const qi = q.group[0]!.qi;
      const k = this.lo(qi - 1) === 'with' || this.lo(qi - 1) === 'that' ? qi - 2 : qi - 1;
      // `dense LLMs with two times throughput`: a measure of speed or quality, not a size.
      let j = q.i1;
      while (W.MORE_WORDS.has(this.lo(j)) || W.LESS_WORDS.has(this.lo(j))) j++;
      // `training with 8 times smaller batch size`: a setting compared, not a result (but
      // `enables 6.4 times larger batch size` is one).
      const pw = this.lo(q.group[0]!.qi - 1);
      if (j > q.i1 && (pw === 'with' || pw === 'using')) {
        const np = this.npRight(j, 3);
        if (np && isSettingName(np.words)) return true;
      }
      const m = this.lexStart.get(j);
      const measured = m !== undefined && !isGeneric(m.entry) && m.entry.kind !== 'size';
      if (OTHER_MODELS.has(this.lo(k)) && !measured) return true;
    }
    return false;
  }

  /** Whether a measure ends right before the qualifier of `q` and the clause before it opens with a count of things (`113 of 144 configurations`, `78.5% of runs`). */
  private countedSubject(q: Q): boolean {
    const m = this.lexEnd.get(q.qi);
    if (!m || isGeneric(m.entry)) return false;
    for (let k = m.i0 - 1; k > this.a && m.i0 - k <= 12; k--) {
      const t = this.toks[k]!;
      if (t.t === ';' || t.t === '.' || t.t === ':' || t.t === ',') return false;
      if (t.lo !== 'of') continue;
      const before = this.tok(k - 1);
      const share = before?.t === '%' || before?.k === 'n' || (before?.k === 'w' && NUMBER_WORDS.has(before.lo));
      if (!share) continue;
      let j = k + 1;
      if (this.lo(j) === 'the') j++;
      if (isNum(this.tok(j)) || (this.tok(j)?.k === 'w' && NUMBER_WORDS.has(this.lo(j)))) j++;
      const noun = this.tok(j);
      if (isWord(noun) && noun.lo.length > 3 && noun.lo.endsWith('s') && !noun.lo.endsWith('ss') && !W.MEASURE_HEADS.has(noun.lo)) return true;
    }
    return false;
  }

  /** `At a false positive rate of 1%, ...`: a sentence that opens with `in/at/under (a) ... of N,`. */
  private openingCondition(q: Q): boolean {
    const first = q.group[0]!;
    const last = q.group[q.group.length - 1]!;
    const p = this.lo(first.qi - 1);
    if (p !== 'of' && p !== '=') return false;
    if (this.tok(last.i1)?.t !== ',') return false;
    const open = this.lo(this.a);
    if (open !== 'in' && open !== 'at' && open !== 'under' && open !== 'for') return false;
    if (first.qi - 1 - this.a > 9) return false;
    for (let i = this.a + 1; i < first.qi - 1; i++) {
      const t = this.toks[i]!;
      if (t.k === 'n' || (t.k === 'p' && t.t !== '-') || W.RESULT_VERBS.has(t.lo)) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- names

  /**
   * A name from a lexicon match. The canonical name when it is a part of the words written
   * (`accuracy` for `test accuracy`, `FID` for `FID scores`); else the words as written
   * (`F-score`, `hit rate`, `average end-point-error`), since that is how the paper names
   * the measure. A one-word measure keeps the modifier written before it (`reconstruction
   * error`, `citation accuracy`).
   */
  private bindLex(m: LexMatch, extra?: Partial<Bind>, from = m.s): Bind {
    const generic = isGeneric(m.entry);
    let s = from;
    if (!generic && from === m.s && m.i1 - m.i0 === 1) {
      const mod = this.modifierBefore(m.i0);
      if (mod >= 0) s = this.toks[mod]!.s;
    }
    const surface = this.clean(s, m.e);
    const canon = m.entry.name;
    let fc = CANON_FOLDS.get(canon);
    if (fc === undefined) CANON_FOLDS.set(canon, (fc = scoreFold(canon)));
    const fs = scoreFold(surface);
    const name = generic || LOCAL_ENTRIES.has(m.entry) || (fc && fs.includes(fc)) ? canon : surface;
    return { name, entry: m.entry, s, e: m.e, dir: null, change: false, points: false, how: generic ? 'generic' : 'lex', ...extra };
  }

  /** The first token of a lower-case modifier right before token i (`reconstruction`, `class-level`), or -1. */
  private modifierBefore(i: number): number {
    let k = i - 1;
    const t = this.tok(k);
    if (!isWord(t) || t.t !== t.lo || this.covered.has(k)) return -1;
    const lo = t.lo;
    if (W.NP_STOP.has(lo) || W.DETERMINERS.has(lo) || W.MORE_WORDS.has(lo) || W.LESS_WORDS.has(lo) || W.LINK_WORDS.has(lo) || RE_METRIC_ADVERB.test(lo)) return -1;
    if (W.INCREASE_VERBS.has(lo) || W.DECREASE_VERBS.has(lo) || W.BEAT_VERBS.has(lo) || W.INCREASE_NOUNS.has(lo) || W.DECREASE_NOUNS.has(lo) || NUMBER_WORDS.has(lo)) return -1;
    if ((RE_METRIC_COMPARATIVE.test(lo) && !W.NOT_COMPARATIVE.has(lo)) || lo.endsWith('ing') || W.MODIFIER_STOP.has(lo)) return -1;
    // `class-level F1`: a hyphenated compound.
    if (this.tok(k - 1)?.t === '-' && !t.sp && isWord(this.tok(k - 2)) && this.tok(k - 2)!.t === this.tok(k - 2)!.lo) k -= 2;
    return k;
  }

  /** A lexicon match and the ones glued after it: `wall-time training cost` is one name. */
  private compound(m: LexMatch, limit: number): Bind {
    let last = m;
    for (;;) {
      const next = this.lexStart.get(last.i1);
      if (!next || next.i1 > limit || isGeneric(next.entry)) break;
      last = next;
    }
    if (last === m) return this.bindLex(m);
    return this.bindLex(last, undefined, m.s);
  }

  /** The text between offsets without LaTeX markup, spaces folded. */
  private clean(s: number, e: number): string {
    let out = '';
    let space = false;
    for (let i = s; i < e; i++) {
      const ch = this.text[i]!;
      if (ch === '{' || ch === '}' || ch === '\\' || ch === '$') continue;
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '~' || ch === '\r') {
        space = out.length > 0;
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += ch;
    }
    return out;
  }

  /** A noun phrase read rightwards from token j: `number of epochs`, `English citations`. */
  private npRight(j: number, max = 5): { s: number; e: number; i1: number; words: string[] } | null {
    while (W.DETERMINERS.has(this.lo(j))) j++;
    const words: string[] = [];
    let s = -1;
    let e = -1;
    let i = j;
    while (i < this.b && words.length < max) {
      const t = this.toks[i]!;
      if (t.t === '-' && !t.sp && isWord(this.tok(i + 1)) && words.length) {
        i++;
        continue;
      }
      if (t.k !== 'w') break;
      const lo = t.lo;
      // A word joined by a hyphen belongs to the compound (`norm-relative`).
      if (words.length && this.tok(i - 1)?.t === '-' && !t.sp && !this.toks[i - 1]!.sp) {
        e = t.e;
        words.push(lo);
        i++;
        continue;
      }
      if (lo === 'of' && words.length && (words[words.length - 1] === 'number' || words[words.length - 1] === 'amount' || words[words.length - 1] === 'fraction' || words[words.length - 1] === 'share' || words[words.length - 1] === 'proportion' || words[words.length - 1] === 'percentage')) {
        words.push(lo);
        i++;
        continue;
      }
      if (lo === 'with' && words.length && this.lo(i + 1) === 'a' && isWord(this.tok(i + 2)) && !W.NP_STOP.has(this.lo(i + 2))) {
        words.push(lo, 'a', this.lo(i + 2));
        e = this.toks[i + 2]!.e;
        i += 3;
        continue;
      }
      if (W.NP_STOP.has(lo) || RE_METRIC_ADVERB.test(lo) || NUMBER_WORDS.has(lo)) break;
      // `40% efficiency で`, `80% purity を達成`: a change of script (Latin words, then a CJK
      // particle or verb) ends an English name written inside CJK text.
      if (words.length && RE_METRIC_CJK_WORD.test(t.t) !== RE_METRIC_CJK_WORD.test(this.toks[i - 1]!.t)) break;
      // `FAQs received feedback`, `users preferred`: a verb after a plural noun ends the phrase.
      if (words.length && RE_METRIC_PAST.test(lo) && t.t === lo && words[words.length - 1]!.endsWith('s') && this.tok(i - 1)?.k === 'w') break;
      if (s < 0) s = t.s;
      e = t.e;
      words.push(lo);
      i++;
    }
    while (words.length && words[words.length - 1] === 'of') words.pop();
    if (!words.length || s < 0) return null;
    return { s, e, i1: i, words };
  }

  /** A noun phrase read leftwards, ending at token k: `Sharpe ratio`, `confidence intervals for varepsilon`. */
  private npLeft(k: number, max = 6): { s: number; e: number; i0: number; words: string[] } | null {
    const words: string[] = [];
    let s = -1;
    let e = -1;
    let i = k;
    while (i >= this.a && words.length < max) {
      const t = this.toks[i]!;
      if (t.t === '-' && !t.sp && isWord(this.tok(i - 1)) && words.length) {
        i--;
        continue;
      }
      if (t.k !== 'w') break;
      const lo = t.lo;
      if ((lo === 'of' || lo === 'for') && words.length && isWord(this.tok(i - 1)) && !W.NP_STOP.has(this.lo(i - 1)) && !W.DETERMINERS.has(this.lo(i - 1))) {
        words.unshift(lo);
        i--;
        continue;
      }
      // `length of the LC trajectory`: `of the` inside the phrase.
      if ((lo === 'the' || lo === 'a' || lo === 'an') && words.length && this.lo(i - 1) === 'of' && isWord(this.tok(i - 2)) && !W.NP_STOP.has(this.lo(i - 2)) && !W.DETERMINERS.has(this.lo(i - 2))) {
        words.unshift(lo);
        s = t.s;
        i--;
        continue;
      }
      // (`top speed of 43.2 km/h`: a head that is also a verb form is still the head.)
      const head = !words.length && W.MEASURE_HEADS.has(lo);
      if (W.NP_STOP.has(lo) || W.DETERMINERS.has(lo) || RE_METRIC_ADVERB.test(lo) || (!head && (W.INCREASE_VERBS.has(lo) || W.DECREASE_VERBS.has(lo) || W.BEAT_VERBS.has(lo)))) break;
      // `models are crushing base task performance`: an `-ing` form after `is`/`are` is the verb.
      if (words.length && lo.length > 5 && lo.endsWith('ing') && PROGRESSIVE_AUX.has(this.lo(i - 1))) break;
      if (e < 0) e = t.e;
      s = t.s;
      words.unshift(lo);
      i--;
    }
    while (words.length && (words[0] === 'of' || words[0] === 'for')) words.shift();
    if (!words.length || s < 0) return null;
    return { s, e, i0: i + 1, words };
  }

  private npBind(np: { s: number; e: number }, extra?: Partial<Bind>): Bind {
    const name = this.clean(np.s, np.e);
    const entry = lookupMetric(name);
    return { name, entry, s: np.s, e: np.e, dir: null, change: false, points: false, how: 'np', ...extra };
  }

  /** The measure written after the quantity: `% accuracy`, `x faster`, `% gain in mIoU`, `% of topics`. */
  private bindRight(q: Q): Bind | undefined {
    let j = q.i1;
    let dir: Bind['dir'] = null;
    let change = false;
    let points = false;
    let generic: Bind | undefined;
    let cmpAt = -1;
    let skipped = 0;
    let firstWord = -1;
    for (let steps = 0; j < this.b && steps < 10; steps++) {
      const t = this.toks[j]!;
      const m = this.lexStart.get(j);
      // `53.52% MR@5`, `71% Hit@10`: a measure at a cut-off, written right after the value.
      if (steps === 0 && !m && isWord(t) && atCutoff(t.t)) return this.npBind({ s: t.s, e: t.e }, { dir, change, points, how: 'acro' });
      if (m) {
        if (isGeneric(m.entry)) {
          const g = this.bindLex(m);
          if (m.entry.name === 'speedup') dir ??= 'increase';
          else dir ??= 'increase';
          change = true;
          generic ??= g;
          j = m.i1;
          if (this.lo(j) === 'in' || this.lo(j) === 'of') {
            j++;
            // `a 2.1x improvement in both training and final performance`: no single object.
            if (this.lo(j) === 'both') break;
            while (W.DETERMINERS.has(this.lo(j))) j++;
            // `a 5% gain in X` names X; `200-fold speedups in multiple setups` names a speedup.
            const obj = m.entry.name === 'improvement' || m.entry.name === 'gain' ? this.changeObject(j, { dir, change: true, points }) : undefined;
            if (obj) return obj;
            continue;
          }
          // `a 7.09% improvement on Success@1`: a known measure after `on`.
          if (this.lo(j) === 'on') {
            let k = j + 1;
            while (W.DETERMINERS.has(this.lo(k))) k++;
            const m2 = this.lexStart.get(k);
            if (m2 && !isGeneric(m2.entry)) return this.bindLex(m2, { dir, change: true, points });
          }
          // `a 43% faster RL simulation throughput`: the measure the comparative qualifies.
          if (m.entry.name === 'speedup' && this.toks[m.i0]!.lo === 'faster') {
            const np = this.npRight(j, 4);
            const m2 = np ? this.lex.find((x) => x.s >= np.s && x.e <= np.e && !isGeneric(x.entry)) : undefined;
            if (np && m2) return { ...this.compound(m2, np.i1), dir, change: true, points };
          }
          break;
        }
        const after = this.changeAfter(m.i1);
        if (after) {
          dir ??= after;
          change = true;
        }
        return this.bindLex(m, { dir, change, points });
      }
      if (t.t === '(' && this.closeOf.has(j) && (steps > 0 || this.numbersOnly(j + 1, this.closeOf.get(j)!))) {
        j = this.closeOf.get(j)! + 1;
        continue;
      }
      // `recovers approximately 60% (Spearman's rho = .28) of the upper bound`: a bracket between
      // a share and its `of` is an aside.
      if (t.t === '(' && steps === 0 && q.uk === 'pct' && this.closeOf.has(j) && this.lo(this.closeOf.get(j)! + 1) === 'of') {
        j = this.closeOf.get(j)! + 1;
        steps--;
        continue;
      }
      if (t.t === '-' && !t.sp) {
        j++;
        continue;
      }
      if (t.k !== 'w') break;
      const lo = t.lo;
      // `50.04% VPQ`, `+12.3% CTR`: an acronym the lexicon does not know, right after the value.
      if (steps === skipped && skipped === 0 && firstWord < 0 && RE_METRIC_ACRONYM.test(t.t) && !W.ACRONYM_STOP.has(t.t) && (q.uk === 'pct' || q.uk === 'pp' || q.uk === 'points' || (q.uk === null && this.toks[q.n]!.t.includes('.')))) {
        const nx = this.tok(j + 1);
        if (!this.overlapsDataset(t.s, t.e) && !(nx && !nx.sp && (nx.t === '-' || nx.k === 'n'))) return { name: t.t, s: t.s, e: t.e, dir, change, points, how: 'acro' };
      }
      if (lo === 'relative' || lo === 'absolute' || lo === 'average' || lo === 'mean' || lo === 'overall' || lo === 'total' || lo === 'consistent' || lo === 'significant' || lo === 'substantial' || lo === 'relatively' || lo === 'the' || lo === 'a' || lo === 'an') {
        if (lo === 'absolute') points = true;
        j++;
        continue;
      }
      if (W.MORE_WORDS.has(lo) || W.LESS_WORDS.has(lo) || (RE_METRIC_COMPARATIVE.test(lo) && !W.NOT_COMPARATIVE.has(lo))) {
        dir = W.LESS_WORDS.has(lo) ? 'decrease' : 'increase';
        change = true;
        // `5.5 percentage points more likely to solve novel problems`: the rate of doing so.
        if (this.lo(j + 1) === 'likely' && this.lo(j + 2) === 'to' && isWord(this.tok(j + 3))) {
          const v = this.toks[j + 3]!;
          return { name: `likely to ${v.lo}`, s: this.toks[j + 1]!.s, e: v.e, dir, change, points, how: 'np' };
        }
        cmpAt = j;
        j++;
        if (this.lo(j) === 'than') break;
        continue;
      }
      if (W.INCREASE_NOUNS.has(lo) || W.DECREASE_NOUNS.has(lo)) {
        dir ??= W.DECREASE_NOUNS.has(lo) ? 'decrease' : 'increase';
        change = true;
        generic ??= { name: lo.endsWith('s') ? lo.slice(0, -1) : lo, s: t.s, e: t.e, dir, change, points, how: 'generic' };
        j++;
        if (this.lo(j) === 'in' || this.lo(j) === 'of') {
          j++;
          // `a 2.1x improvement in both training and final performance`: no single object.
          if (this.lo(j) === 'both') break;
          while (W.DETERMINERS.has(this.lo(j))) j++;
          const obj = SPEED_WORDS.has(lo) && !W.DECREASE_NOUNS.has(lo) && lo !== 'improvement' && lo !== 'gain' && lo !== 'gains' && lo !== 'boost' ? undefined : this.changeObject(j, { dir, change, points });
          if (obj) return obj;
          continue;
        }
        // `a 7.09% improvement on Success@1`: a known measure after `on` (a dataset stays a dataset).
        if (this.lo(j) === 'on') {
          let k = j + 1;
          while (W.DETERMINERS.has(this.lo(k))) k++;
          const m2 = this.lexStart.get(k);
          if (m2 && !isGeneric(m2.entry)) return this.bindLex(m2, { dir, change, points });
        }
        // `a 3.0% out-of-the-box performance boost`: the measure word before the change noun.
        const head = this.tok(j - 2);
        if (firstWord >= 0 && j - 2 >= firstWord && isWord(head) && W.MEASURE_HEADS.has(head.lo) && !W.SETTING_HEADS.has(head.lo)) {
          const s0 = this.toks[firstWord]!.s;
          return { name: this.clean(s0, head.e), entry: lookupMetric(this.clean(s0, head.e)), s: s0, e: t.e, dir, change, points, how: 'np' };
        }
        break;
      }
      if ((lo === 'above' || lo === 'below') && steps === 0 && !this.lexStart.has(j + 1)) {
        // `0.05 above the runner-up`.
        dir = lo === 'above' ? 'increase' : 'decrease';
        change = true;
        break;
      }
      // `by up to 4x in terms of network savings`.
      if (lo === 'in' && this.lo(j + 1) === 'terms' && this.lo(j + 2) === 'of' && steps <= 1) {
        const obj = this.measurePhrase(j + 3, { dir, change, points }, false);
        if (obj) return obj;
        break;
      }
      if ((lo === 'on' || lo === 'in') && steps === 0) {
        let k = j + 1;
        while (W.DETERMINERS.has(this.lo(k))) k++;
        const m2 = this.lexStart.get(k);
        if (m2 && !isGeneric(m2.entry)) return this.bindLex(m2, { dir, change, points });
        // `66.0% in mean recall`, `90.7% on mortality rate`: a measure phrase, not a dataset.
        const obj = this.measurePhrase(k, { dir, change, points }, true);
        if (obj) return obj;
        break;
      }
      if (lo === 'for' && steps === 0) {
        const np = this.npRight(j + 1);
        if (np && W.MEASURE_HEADS.has(np.words[np.words.length - 1]!) && !isSettingName(np.words)) return this.npBind(np, { dir, change, points });
        break;
      }
      // `4 MB of storage`, `3 hours of training time`: the measure named after `of`.
      if (lo === 'of' && !change && steps === 0 && q.uk !== null && q.uk !== 'pct') {
        let k = j + 1;
        while (W.DETERMINERS.has(this.lo(k))) k++;
        const m2 = this.lexStart.get(k);
        if (m2 && !isGeneric(m2.entry)) return this.bindLex(m2, { dir, change, points });
        break;
      }
      if (lo === 'of' && !change && steps === 0 && (q.uk === 'pct' || q.uk === null)) {
        if (q.uk === null) break;
        // `84% of the automatically extracted rubrics`: an adverb may open the phrase.
        let k = j + 1;
        while (W.DETERMINERS.has(this.lo(k)) || (RE_METRIC_ADVERB.test(this.lo(k)) && isWord(this.tok(k + 1)))) k++;
        const np = this.npRight(k);
        if (!np) break;
        const last = np.words[np.words.length - 1]!;
        if (last === 'time' || last === 'cases' || last === 'instances' || last === 'trials' || last === 'queries') {
          const verb = this.rateVerb(q.qi - 1, 16);
          if (verb) return { name: verb.name, s: verb.s, e: np.e, dir: null, change: false, points: false, how: 'np' };
        }
        if (q.qual === 'within') return undefined;
        // `prefer plans generated by X over Y for 70% of research goals`: the verb of the clause.
        // (`geometries preferred by users in 74.4% of pairwise comparisons`: `in` as `for`.)
        const verb = this.rateVerb(q.qi - 1, 0) ?? (this.lo(q.qi - 1) === 'for' || this.lo(q.qi - 1) === 'in' ? this.rateVerb(q.qi - 2, 16) : undefined);
        if (verb) return { name: verb.name, s: verb.s, e: np.e, dir: null, change: false, points: false, how: 'np' };
        // `20% of the candidates recovers the ground truth`: the verb after the phrase names the rate.
        for (let x = 1; x < np.words.length; x++) {
          const rate = W.RATE_VERBS.get(np.words[x]!);
          if (rate) return { name: rate, s: np.s, e: np.e, dir: null, change: false, points: false, how: 'np' };
        }
        const after = W.RATE_VERBS.get(this.lo(np.i1));
        if (after) return { name: after, s: np.s, e: this.toks[np.i1]!.e, dir: null, change: false, points: false, how: 'np' };
        return this.npBind(np);
      }
      const inCompound = this.tok(j - 1)?.t === '-' && !t.sp;
      if ((W.NP_STOP.has(lo) && !inCompound) || skipped >= 3 || NUMBER_WORDS.has(lo)) break;
      if (firstWord < 0) firstWord = j;
      // (`out-of-the-box performance`: the words of a hyphenated compound count as one.)
      if (!inCompound) skipped++;
      j++;
    }
    if (change && cmpAt < 0 && !generic) return { name: '', s: q.vs, e: q.ve, dir, change, points, how: 'default' };
    // `In 50% and 90% experimental trials, they succeed`: a share of trials, named by the verb of the clause.
    if (!change && firstWord >= 0 && q.uk === 'pct') {
      const np = this.npRight(firstWord, 3);
      if (np && W.TRIAL_NOUNS.has(np.words[np.words.length - 1]!)) {
        const before = this.rateVerb(q.qi - 1, 16);
        const after = before ? undefined : this.rateVerbAfter(np.i1, 8);
        const verb = before ?? after;
        if (verb) return { name: verb.name, s: Math.min(verb.s, q.vs), e: Math.max(np.e, after?.e ?? np.e), dir: null, change: false, points: false, how: 'np' };
      }
    }
    // `0.89 and 4.31 overall scores on GenEval`: a short phrase headed by a measure word.
    if (!change && firstWord >= 0) {
      let np = this.npRight(firstWord, 3);
      // `54.5% recovery of the FullKV gap`: the head before `of`.
      const cut = np ? np.words.indexOf('of') : -1;
      if (np && cut > 0 && W.MEASURE_HEADS.has(np.words[cut - 1]!)) np = this.npRight(firstWord, cut);
      if (np && W.MEASURE_HEADS.has(np.words[np.words.length - 1]!) && !isSettingName(np.words) && !this.overlapsDataset(np.s, np.e)) return this.npBind(np);
    }
    if (cmpAt >= 0) {
      const np = this.npRight(cmpAt + 1);
      if (np && !W.NP_STOP.has(np.words[0]!)) return this.npBind(np, { dir, change, points });
      return { name: '', s: this.toks[cmpAt]!.s, e: this.toks[cmpAt]!.e, dir, change, points, how: 'default' };
    }
    if (generic) return { ...generic, dir: generic.dir ?? dir, change: true, points };
    return undefined;
  }

  /**
   * The measure named by the noun phrase at token j: a lexicon name inside it (`mean recall`,
   * `the ImageNet accuracy`), else, when `headed`, a phrase whose head is a measure word
   * (`mortality rate`), else any phrase that names no setting and no dataset.
   */
  private measurePhrase(j: number, extra: Partial<Bind>, headed: boolean): Bind | undefined {
    // `on relative MSE`: `relative` here is a modifier, not `relative to`.
    while ((this.lo(j) === 'relative' || this.lo(j) === 'absolute') && this.lo(j + 1) !== 'to') j++;
    const np = this.npRight(j);
    if (!np || W.NP_STOP.has(np.words[0]!) || isSettingName(np.words)) return undefined;
    if (this.overlapsDataset(np.s, np.e)) return undefined;
    const m = this.lex.find((x) => x.s >= np.s && x.e <= np.e && !isGeneric(x.entry));
    if (m) return this.bindLex(m, extra);
    if (headed && !W.MEASURE_HEADS.has(np.words[np.words.length - 1]!)) return undefined;
    return this.npBind(np, extra);
  }

  /** The object of a change noun: `a 20-38% decrease in the navigation path length`. */
  private changeObject(j: number, extra: Partial<Bind>): Bind | undefined {
    if (this.lexStart.has(j)) return undefined; // read by the caller
    return this.measurePhrase(j, { ...extra, change: true }, false);
  }

  private overlapsDataset(s: number, e: number): boolean {
    const ms = this.mentions;
    // Mentions are sorted by start and short: a binary search for the first that may overlap.
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.s < s - 200) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ms.length && ms[i]!.s < e; i++) if (ms[i]!.e > s) return true;
    return false;
  }

  /** `(95% CI: 0.90-0.96)`, `(p = 0.003)`, `(SD 1.2)`: statistics about a result, not results. */
  private statsParen(open: number, q?: Q): boolean {
    const close = this.closeOf.get(open) ?? Math.min(this.b, open + 12);
    // `(Spearman correlation 0.773 with p-value 2.997e-11)`: a statistic written after the
    // number is about it, not of it; only the words before the number (or right after it) count.
    const end = q ? Math.min(close, q.i1 + 1) : close;
    for (let i = open + 1; i < end; i++) {
      const lo = this.lo(i);
      if (lo === 'ci' || lo === 'confidence' || lo === 'interval' || lo === 'sd' || lo === 'se' || lo === 'std' || lo === 'p' || lo === 'iqr' || lo === 'sem' || lo === 'credible') return true;
    }
    return false;
  }

  /** `(native)`, `(TiCard-GBR)`: a bracket of one to four words naming a system, no number. */
  private labelParen(open: number): boolean {
    const close = this.closeOf.get(open);
    if (close === undefined || close - open < 2 || close - open > 5) return false;
    for (let i = open + 1; i < close; i++) {
      const t = this.toks[i]!;
      if (t.k !== 'w' && !(t.t === '-' && !t.sp)) return false;
    }
    return true;
  }

  /** True when tokens [a, b) are numbers, signs and units only: `(+2.1)`, `(12%)`. */
  private numbersOnly(a: number, b: number): boolean {
    if (b <= a) return false;
    for (let i = a; i < b; i++) {
      const t = this.toks[i]!;
      if (!(t.k === 'n' || t.t === '+' || t.t === '-' || t.t === '%' || t.lo === 'x' || t.t === '×' || t.lo === 'pp' || t.lo === 'points')) return false;
    }
    return true;
  }

  /** `distance reduction` after a name: the change it states. */
  private changeAfter(j: number): Bind['dir'] {
    for (let k = j; k < Math.min(this.b, j + 2); k++) {
      const lo = this.lo(k);
      if (W.DECREASE_NOUNS.has(lo)) return 'decrease';
      if (W.INCREASE_NOUNS.has(lo)) return 'increase';
    }
    return null;
  }

  /** A verb of rate (`detects`, `prefer`) leftwards within `span` tokens. */
  private rateVerb(k: number, span: number): { name: string; s: number } | undefined {
    for (let i = k; i >= Math.max(this.a, k - span); i--) {
      const t = this.toks[i]!;
      if (t.t === ';' || t.t === '.') break;
      const name = W.RATE_VERBS.get(t.lo);
      if (name) return { name, s: t.s };
    }
    return undefined;
  }

  /** A verb of rate rightwards within `span` tokens, in the same clause: `..., they succeed`. */
  private rateVerbAfter(k: number, span: number): { name: string; s: number; e: number } | undefined {
    for (let i = k; i < Math.min(this.b, k + span); i++) {
      const t = this.toks[i]!;
      if (t.t === ';' || t.t === '.') break;
      const name = W.RATE_VERBS.get(t.lo);
      if (name) return { name, s: t.s, e: t.e };
    }
    return undefined;
  }

  /** The measure written before the quantity: `FID of 2.51`, `F1 = 0.77`, `accuracy improvements up to 29%`. */
  private bindLeft(q: Q, qs?: readonly Q[]): Bind | undefined {
    let k = q.qi - 1;
    let links = 0;
    let generic: Bind | undefined;
    while (k >= this.a && links < 5) {
      const t = this.toks[k]!;
      if (t.t === ')' && this.openOf.has(k) && k - this.openOf.get(k)! <= 25) {
        k = this.openOf.get(k)! - 1;
        continue;
      }
      const m = this.lexEnd.get(k + 1);
      // `high-precision 50`: a name inside a compound modifier is not the measure.
      if (m && this.tok(m.i0 - 1)?.t === '-' && !this.toks[m.i0]!.sp) {
        // `1-NED of 78.5`, `1-SSIM`: the complement of a measure.
        if (this.tok(m.i0 - 2)?.t === '1' && !this.toks[m.i0 - 1]!.sp && !isGeneric(m.entry)) return this.bindLex(m, undefined, this.toks[m.i0 - 2]!.s);
        break;
      }
      if (m && isGeneric(m.entry)) {
        // `accuracy improvements up to 29%`: the measure is before the change word; `a gain of +4.2 points` is a change.
        generic ??= this.bindLex(m, { change: true, dir: 'increase' });
        k = m.i0 - 1;
        links++;
        continue;
      }
      // `the fine-tuning results of the vanilla MAE from ...`: a known acronym after `vanilla`,
      // `original`, `baseline` names a model, not the measure.
      if (m && W.MODEL_ADJECTIVES.has(this.lo(m.i0 - 1))) break;
      if (m) return (q.pairKind === 'from' && qs ? this.respectiveSubject(m, q, qs, m.i1 - 1) : undefined) ?? this.bindLex(m);
      if (W.LINK_WORDS.has(t.lo) || t.t === '=' || t.t === ':' || t.t === '≈') {
        links++;
        k--;
        continue;
      }
      if (RE_METRIC_ADVERB.test(t.lo) && links < 4) {
        links++;
        k--;
        continue;
      }
      // `FLOPs 反而少 12%`, `accuracy 提高 11.4%`: a CJK word (a verb or an adverb of the
      // sentence) between an English measure and its value.
      if (links < 2 && k === q.qi - 1 - links && RE_METRIC_CJK_WORD.test(t.t) && this.lexEnd.has(k)) {
        links++;
        k--;
        continue;
      }
      // `in metrics of Dice score, 0.78, 0.71 and 0.72`: a comma right after the measure.
      if (t.t === ',' && links === 0 && k === q.qi - 1 && (q.uk === 'pct' || this.toks[q.n]!.t.includes('.')) && (this.lexEnd.has(k) || (isWord(this.tok(k - 1)) && W.MEASURE_HEADS.has(this.lo(k - 1)) && this.lo(k - 2) !== 'the'))) {
        links++;
        k--;
        continue;
      }
      // `area under the curve (AUC) values up to 0.97`: the values of the measure before.
      if ((t.lo === 'values' || t.lo === 'value') && links < 4 && (this.lexEnd.has(k) || this.tok(k - 1)?.t === ')')) {
        links++;
        k--;
        continue;
      }
      // `the lowest set-point deviation (<2%)`: the value in brackets right after the measure.
      if (t.t === '(' && k === q.paren && links === 0 && this.tok(q.group[q.group.length - 1]!.i1)?.t === ')') {
        links++;
        k--;
        continue;
      }
      // `Pearson r = 0.76`: a one-letter symbol after the name.
      if (t.k === 'w' && (t.t.length === 1 || t.lo === 'rho' || t.lo === 'tau') && this.lexEnd.get(k)) return this.bindLex(this.lexEnd.get(k)!);
      break;
    }
    const t = this.tok(k);
    // `the Success@1 score (test success in one attempt) of the best-performing LLM is only 7.33%`.
    if (links > 0 && isWord(t) && W.LINK_WORDS.has(this.lo(k + 1))) {
      const own = this.ofSystem(k);
      if (own) return this.npBind(own);
    }
    // A rate or frame rate names itself (`in real-time at up to 60 images per second`).
    // (`distances up to 5 kilometres`: the plural of a head too.)
    const headWord = isWord(t) && (W.MEASURE_HEADS.has(t.lo) || (q.qual !== null && (q.uk === 'len' || q.uk === 'time' || q.uk === 'speed' || q.uk === 'mem' || q.uk === 'energy' || q.uk === 'temp') && t.lo.length > 4 && t.lo.endsWith('s') && W.MEASURE_HEADS.has(t.lo.slice(0, -1))));
    if (headWord && (links > 0 || q.qual) && !W.SETTING_HEADS.has(t!.lo) && q.uk !== 'rate' && q.uk !== 'fps') {
      const np = this.npLeft(k);
      if (np && !isSettingName(np.words)) return this.npBind(np);
    }
    return generic;
  }

  /** `reduces WER by 12.3%`, `improves faithfulness ... by up to +0.088`, `MSE loss drops by 90%`. */
  private bindByVerb(q: Q, qs: readonly Q[]): Bind | undefined {
    let k = q.qi - 1;
    const link = this.lo(k);
    if (link !== 'by' && link !== 'to' && link !== 'from') return undefined;
    const by = k;
    // The change verb, leftwards in the clause.
    let verb = -1;
    for (k = by - 1; k >= this.a && by - k < 40; k--) {
      const t = this.toks[k]!;
      if (t.t === ')' && this.openOf.has(k)) {
        k = this.openOf.get(k)!;
        continue;
      }
      if (t.t === ';' || t.t === ':' || t.t === '.') break;
      if (W.INCREASE_VERBS.has(t.lo) || W.DECREASE_VERBS.has(t.lo) || W.BEAT_VERBS.has(t.lo) || (link === 'to' && W.SETTLE_VERBS.has(t.lo) && k === by - 1)) {
        verb = k;
        break;
      }
      // `shows better robustness against occlusion by 4.4%`: a comparative and the measure after it.
      if (link === 'by' && t.k === 'w' && t.lo !== 'up' && (W.MORE_WORDS.has(t.lo) || W.LESS_WORDS.has(t.lo) || (RE_METRIC_COMPARATIVE.test(t.lo) && !W.NOT_COMPARATIVE.has(t.lo)))) {
        const np = this.npRight(k + 1);
        if (!np || np.i1 > by) break;
        const dir: Bind['dir'] = W.LESS_WORDS.has(t.lo) ? 'decrease' : 'increase';
        const m = this.lex.find((x) => x.s >= np.s && x.e <= np.e && !isGeneric(x.entry));
        if (m) return { ...this.compound(m, np.i1), dir, change: true, points: false };
        if (W.MEASURE_HEADS.has(np.words[np.words.length - 1]!)) return this.npBind(np, { dir, change: true, points: false });
        break;
      }
      if (t.lo === 'while' || t.lo === 'which' || t.lo === 'whereas') break;
    }
    if (verb < 0) return undefined;
    const vlo = this.lo(verb);
    let dir: Bind['dir'] = W.DECREASE_VERBS.has(vlo) ? 'decrease' : 'increase';
    if (vlo === 'trail' || vlo === 'trails' || vlo === 'lag' || vlo === 'lags' || vlo === 'underperform' || vlo === 'underperforms') dir = 'decrease';
    // `the final loss converging to 0.1083`: a value reached, not a change.
    const settle = W.SETTLE_VERBS.has(vlo);
    if (settle) dir = null;
    const extra = { dir, change: link !== 'from' && !settle, points: false };
    if (W.BEAT_VERBS.has(vlo)) return this.beatMeasure(verb, by, extra) ?? this.comparedBefore(verb, extra);
    let gap = by - 1;
    // `improved significantly from`, `dropped sharply by`: an adverb between the verb and its number.
    while (gap > verb && RE_METRIC_ADVERB.test(this.lo(gap))) gap--;
    if (verb === gap || (verb === gap - 1 && this.lo(gap) === 'up') || this.chainedFrom(q, qs, verb, by)) {
      // The subject: `test MSE loss unexpectedly drops by`.
      for (let i = verb - 1; i >= Math.max(this.a, verb - 6); i--) {
        const m = this.lexEnd.get(i + 1);
        if (m && !isGeneric(m.entry)) return { ...this.respectiveSubject(m, q, qs, verb) ?? this.bindLex(m), ...extra };
        if (this.toks[i]!.k === 'p') break;
      }
      let i = verb - 1;
      while (i >= this.a && (RE_METRIC_ADVERB.test(this.lo(i)) || W.PLAIN_ADVERBS.has(this.lo(i)))) i--;
      // `the curvature is reduced by 56.1%`: the subject of a passive change is what changed.
      let passive = false;
      while (i >= this.a && (PASSIVE_AUX.has(this.lo(i)) || (passive && (RE_METRIC_ADVERB.test(this.lo(i)) || MODAL_AUX.has(this.lo(i)))))) {
        passive ||= PASSIVE_AUX.has(this.lo(i));
        i--;
      }
      // `deceptive responses of Mistral-7B-Instruct-v0.2 dropped from`: the measure of a named system.
      const own = this.ofSystem(i);
      if (own) return this.npBind(own, extra);
      const np = this.npLeft(i);
      if (!np) return undefined;
      const head = np.words[np.words.length - 1]!;
      // `our method improves by 3.1%`: the subject is what changed only when it names a measure.
      if (W.MEASURE_HEADS.has(head) || lookupMetric(this.clean(np.s, np.e))) return this.npBind(np, extra);
      if (passive && !NOT_MEASURED.has(head) && !MODEL_WORDS.has(head) && !isSettingName(np.words) && !this.overlapsDataset(np.s, np.e)) return this.npBind(np, extra);
      return undefined;
    }
    // The object: the noun phrase after the verb (`the wall-time training cost of ...`), or
    // else the first measure between the verb and `by`, outside parentheses. After an
    // earlier result of the same verb (`reduces X by 10x and the GPU memory by 3x`), the
    // phrase after that result.
    let start = verb + 1;
    let earlier: Q | undefined;
    for (const o of qs) {
      if (o.n > verb && o.i1 <= by && o !== q) {
        start = o.i1;
        earlier = o;
      }
    }
    while (start < by && (this.toks[start]!.t === ',' || this.lo(start) === 'and' || this.lo(start) === 'while')) start++;
    const np = this.npRight(start);
    if (np && np.i1 <= by) {
      const m = this.lex.find((x) => x.s >= np.s && x.e <= np.e && !isGeneric(x.entry));
      // `LATS drops to 88.9% and ReAct to 23.9%`, `improves LLaMA-2 by 4%`: a capitalised name in
      // the object's place, with no measure in it, is the system whose value it is (the verb
      // written once takes the measure of the earlier result), never the measure.
      // (`reducing the map size by 56%, DRAM access by 78%`: after an object, the gapped phrase is the object.)
      const gapped = earlier?.bind !== undefined && (this.lo(verb + 1) === 'to' || this.lo(verb + 1) === 'by');
      if (!m && this.systemName(np, gapped)) {
        if (earlier?.bind) return { ...earlier.bind, s: q.vs, e: q.ve, how: 'inherit' };
        return undefined;
      }
      // `reduces memory usage and inference time by up to 300x`: one value for both measures.
      let also: Bind | undefined;
      if (this.lo(np.i1) === 'and' && link === 'by') {
        const np2 = this.npRight(np.i1 + 1);
        const measured = (x: { s: number; e: number; words: string[] }) => W.MEASURE_HEADS.has(x.words[x.words.length - 1]!) || this.lex.some((l) => l.s >= x.s && l.e <= x.e && !isGeneric(l.entry));
        if (np2 && np2.i1 === by && measured(np) && measured(np2) && !np2.words.some((w) => W.INCREASE_VERBS.has(w) || W.DECREASE_VERBS.has(w) || W.BEAT_VERBS.has(w))) {
          const m2 = this.lex.find((x) => x.s >= np2.s && x.e <= np2.e && !isGeneric(x.entry));
          also = m2 ? { ...this.compound(m2, np2.i1), ...extra } : this.npBind(np2, extra);
        }
      }
      if (m) return { ...this.compound(m, np.i1), ...extra, also };
      if (also) return { ...this.npBind(np, extra), also };
      if (q.uk === 'mult' && (vlo.startsWith('accelerat') || vlo.startsWith('speed') || vlo === 'sped')) {
        return { name: 'speedup', s: this.toks[verb]!.s, e: np.e, dir, change: true, points: false, how: 'np' };
      }
      return this.npBind(np, extra);
    }
    for (const m of this.lex) {
      if (m.i0 < start || m.i1 > by) continue;
      if (this.encl(m.i0) !== this.encl(by)) continue;
      if (isGeneric(m.entry)) continue;
      return { ...this.compound(m, by), ...extra };
    }
    return undefined;
  }

  /**
   * A noun phrase that is a system's name: one chunk, capitalised, mixing cases or digits
   * (`ReAct`, `LLaMA-2`; not `MR@5`, `Defense Delay`), or, after a result of the same
   * verb (`gapped`), all capitals (`LATS`); and no measure in it.
   */
  private systemName(np: { s: number; e: number; i1: number; words: string[] }, gapped: boolean): boolean {
    if (np.words.some((w) => W.MEASURE_HEADS.has(w) || W.INCREASE_NOUNS.has(w) || W.DECREASE_NOUNS.has(w))) return false;
    if (this.lex.some((x) => x.s < np.e && x.e > np.s)) return false;
    let end = np.s;
    while (end < np.e && this.text[end] !== ' ' && this.text[end] !== '-') end++;
    const first = this.text.slice(np.s, end);
    const c = first.charCodeAt(0);
    if (c < 65 || c > 90 || first.length < 2) return false;
    if (gapped) return true;
    // One chunk with a lower-case letter and a capital or a digit after the first letter: `ReAct`,
    // `LLaMA-2`, `Qwen3-4B-Base`. (`AUC`, `MR@5`: an acronym may be a measure the lexicon does not
    // list; `Reducing Defense Delay to 8.3%`: a title-cased measure.)
    if (this.text.slice(np.s, np.e).includes(' ')) return false;
    let lower = false;
    let inner = false;
    for (let i = 1; i < first.length; i++) {
      const d = first.charCodeAt(i);
      if (d === 64) return false;
      if (d >= 97 && d <= 122) lower = true;
      else if ((d >= 65 && d <= 90) || (d >= 48 && d <= 57)) inner = true;
    }
    return lower && inner;
  }

  /** `achieves higher success rates, outperforming prior methods by up to 2x`: the measure compared before the verb. */
  private comparedBefore(verb: number, extra: Partial<Bind>): Bind | undefined {
    if (this.tok(verb - 1)?.t !== ',') return undefined;
    for (let k = verb - 2; k >= Math.max(this.a, verb - 10); k--) {
      const t = this.toks[k]!;
      if (t.t === ',' || t.t === ';' || t.t === '.') return undefined;
      if (!(W.MORE_WORDS.has(t.lo) || W.LESS_WORDS.has(t.lo))) continue;
      const np = this.npRight(k + 1, 4);
      if (!np || np.i1 !== verb - 1) return undefined;
      const m = this.lex.find((x) => x.s >= np.s && x.e <= np.e && !isGeneric(x.entry));
      if (m) return { ...this.compound(m, np.i1), ...extra };
      if (W.MEASURE_HEADS.has(np.words[np.words.length - 1]!)) return this.npBind(np, extra);
      return undefined;
    }
    return undefined;
  }

  /**
   * The measure of `outperforms X by 5%`, where the object is the baseline: `surpasses X in
   * terms of 1-NED by 13.2%`, or the subject of a relative clause (`an average score that
   * surpasses the best method by 3%`).
   */
  private beatMeasure(verb: number, by: number, extra: Partial<Bind>): Bind | undefined {
    for (let k = verb + 1; k + 3 < by; k++) {
      if (this.lo(k) !== 'in' || this.lo(k + 1) !== 'terms' || this.lo(k + 2) !== 'of') continue;
      let j = k + 3;
      // `1-NED`: a measure whose name starts with a number.
      const lead = isNum(this.tok(j)) && this.tok(j + 1)?.t === '-' && !this.toks[j + 1]!.sp && isWord(this.tok(j + 2)) ? this.toks[j]!.s : -1;
      if (lead >= 0 && !this.lexStart.has(j)) j += 2;
      const m = this.lexStart.get(j);
      if (m && !isGeneric(m.entry) && m.i1 <= by) return { ...this.bindLex(m, undefined, lead >= 0 ? lead : m.s), ...extra };
      const np = this.npRight(j, 4);
      if (!np || np.i1 > by || W.NP_STOP.has(np.words[0]!) || isSettingName(np.words) || this.overlapsDataset(np.s, np.e)) return undefined;
      return lead >= 0 ? this.npBind({ s: lead, e: np.e }, extra) : this.npBind(np, extra);
    }
    const rel = this.lo(verb - 1);
    if (rel !== 'that' && rel !== 'which') return undefined;
    const m = this.lexEnd.get(verb - 1);
    if (m && !isGeneric(m.entry)) return { ...this.bindLex(m), ...extra };
    const np = this.npLeft(verb - 2, 4);
    if (np && W.MEASURE_HEADS.has(np.words[np.words.length - 1]!) && !isSettingName(np.words)) return this.npBind(np, extra);
    return undefined;
  }

  /** `improved from 0.131 to 0.072 and from 0.149 to 0.115`: a second `from` pair of the same verb. */
  private chainedFrom(q: Q, qs: readonly Q[], verb: number, by: number): boolean {
    if (this.lo(by) !== 'from') return false;
    const prev = qs.filter((o) => o.pairKind === 'from' && o.pair && o.pair.n < o.n && o.n > verb && o.i1 <= by && o !== q).pop();
    if (!prev) return false;
    for (let i = prev.i1; i < by; i++) {
      const t = this.toks[i]!;
      if (t.t === '(' && this.closeOf.has(i) && this.statsParen(i)) {
        i = this.closeOf.get(i)!;
        continue;
      }
      if (t.t !== ',' && t.lo !== 'and') return false;
    }
    return true;
  }

  /**
   * `ECE and MCC improved from 0.131 to 0.072 and from 0.149 to 0.115, respectively`: the
   * subject names listed before a change verb, one per `from` pair after it, in order.
   */
  private respectiveSubject(m: LexMatch, q: Q, qs: readonly Q[], verb: number): Bind | undefined {
    if (!this.sentenceHas(RESPECTIVELY)) return undefined;
    const pairs = qs.filter((o) => o.pairKind === 'from' && o.pair && o.pair.n > o.n && o.n > verb);
    const idx = pairs.indexOf(q);
    if (pairs.length < 2 || idx < 0) return undefined;
    const list = this.listedBefore(m, pairs.length, true);
    return list ? this.bindLex(list[idx]!) : undefined;
  }

  /**
   * `ECE, MCC and F1`: the `count` metric names listed (`,` / `and` between them) that end
   * with `last`, in order; undefined when fewer are written. `named` refuses generic names.
   */
  private listedBefore(last: LexMatch, count: number, named: boolean): LexMatch[] | undefined {
    const list: LexMatch[] = [last];
    let cur = last;
    while (list.length < count) {
      let k = cur.i0 - 1;
      let seps = 0;
      while (k >= this.a && (this.toks[k]!.t === ',' || this.lo(k) === 'and')) {
        k--;
        seps++;
      }
      const prev = this.lexEnd.get(k + 1);
      if (!seps || !prev || (named && isGeneric(prev.entry))) break;
      list.unshift(prev);
      cur = prev;
    }
    return list.length === count ? list : undefined;
  }

  /** The verb of the clause, for the direction of a change named elsewhere. */
  private verbDirection(q: Q): Bind['dir'] {
    for (let k = q.qi - 1; k >= Math.max(this.a, q.qi - 30); k--) {
      const t = this.toks[k]!;
      if (t.t === ';' || t.t === '.') break;
      // `at speeds between`, `the drop`: a noun, not a verb of change.
      if ((t.lo === 'speed' || t.lo === 'speeds') && this.lo(k + 1) !== 'up') continue;
      if (W.DETERMINERS.has(this.lo(k - 1)) && (W.DECREASE_VERBS.has(t.lo) || W.INCREASE_VERBS.has(t.lo))) continue;
      if (W.DECREASE_VERBS.has(t.lo)) return 'decrease';
      if (W.INCREASE_VERBS.has(t.lo)) return 'increase';
      // `the first open-source MLLMs to surpass 70% on MMMU`: a value right after a verb of
      // beating is the threshold crossed, a score reached, not a change.
      if (W.BEAT_VERBS.has(t.lo) && k === q.qi - 1) return null;
      if (W.BEAT_VERBS.has(t.lo)) return t.lo.startsWith('trail') || t.lo.startsWith('lag') || t.lo.startsWith('underperform') ? 'decrease' : 'increase';
    }
    return null;
  }

  /**
   * The subject of `around 40% narrower`, `were matched at roughly 22%`. With `verbal`, only
   * through a verb (`were`, `matched`): a noun right before `of 10%` is a setting (`dropout of 10%`).
   */
  private bindSubject(q: Q, verbal = false): Bind | undefined {
    let k = q.qi - 1;
    let n = 0;
    let verb = false;
    while (k >= this.a && n < 6) {
      const lo = this.lo(k);
      if (W.LINK_WORDS.has(lo) || RE_METRIC_ADVERB.test(lo) || RE_METRIC_PAST.test(lo) || lo === 'within' || lo === 'each') {
        if (RE_METRIC_PAST.test(lo) || lo === 'is' || lo === 'are' || lo === 'was' || lo === 'were' || lo === 'remains' || lo === 'remained') verb = true;
        k--;
        n++;
        continue;
      }
      break;
    }
    if (verbal && !verb) return undefined;
    // `the Success@1 score of the best-performing LLM is only 21%`.
    const own = verb ? this.ofSystem(k) : undefined;
    if (own) return this.npBind(own);
    const np = this.npLeft(k);
    if (!np) return undefined;
    return this.npBind(np);
  }

  /**
   * `X of <system>` ending at token k, where the system is a capitalised name
   * (`Mistral-7B-Instruct-v0.2`) or a phrase headed by a model word (`the best-performing LLM`):
   * the phrase before `of` when it names a measure (a measure head, a known measure, or a plural noun).
   */
  private ofSystem(k: number): { s: number; e: number; i0: number; words: string[] } | undefined {
    // The system: one spaced chunk starting upper case, or up to four words ending in a model word.
    let j = k;
    const last = this.tok(k);
    if (!last || (last.k !== 'w' && last.k !== 'n')) return undefined;
    let of = -1;
    if (W.SYSTEM_WORDS.has(last.lo)) {
      for (let x = k - 1; x >= Math.max(this.a, k - 5); x--) {
        if (this.lo(x) === 'of') {
          of = x;
          break;
        }
        const t = this.toks[x]!;
        if (t.k !== 'w' && t.t !== '-') return undefined;
      }
    } else {
      while (j > this.a && !this.toks[j]!.sp) j--;
      const first = this.toks[j]!;
      const c = first.t.charCodeAt(0);
      if (first.k !== 'w' || c < 65 || c > 90 || this.lexStart.has(j)) return undefined;
      of = j - 1;
      if (this.lo(of) === 'the') of--;
    }
    if (of <= this.a || this.lo(of) !== 'of') return undefined;
    // `the Success@1 score (test success in one attempt) of ...`: past a bracket.
    let end = of - 1;
    if (this.tok(end)?.t === ')' && this.openOf.has(end)) end = this.openOf.get(end)! - 1;
    const np = this.npLeft(end);
    if (!np) return undefined;
    const head = np.words[np.words.length - 1]!;
    if (NOT_MEASURED.has(head) || MODEL_WORDS.has(head) || isSettingName(np.words) || this.overlapsDataset(np.s, np.e)) return undefined;
    const measure = W.MEASURE_HEADS.has(head) || this.lex.some((m) => m.s >= np.s && m.e <= np.e && !isGeneric(m.entry));
    const plural = head.length > 3 && head.endsWith('s') && !head.endsWith('ss');
    return measure || plural ? np : undefined;
  }

  /** The measure in the sentence closest to the quantity. */
  private nearestLex(q: Q, pred: (m: LexMatch) => boolean): LexMatch | undefined {
    let best: LexMatch | undefined;
    let bestD = Infinity;
    for (const m of this.lex) {
      // (A name the text defines names only the values written next to it.)
      if (isGeneric(m.entry) || LOCAL_ENTRIES.has(m.entry) || !pred(m)) continue;
      // Tokens apart, a clause boundary (`,` `;` `:`) counting for ten, the right side one more.
      const [x, y] = m.i1 <= q.i0 ? [m.i1, q.i0] : [q.i1, m.i0];
      let d = Math.max(0, y - x) + (m.i0 >= q.i1 ? 1 : 0);
      for (let i = x; i < y; i++) {
        const t = this.toks[i]!.t;
        if (t === ',' || t === ';' || t === ':') d += 10;
      }
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    return best;
  }

  /** Whether the sentence holds one of the words; one scan per word set and sentence. */
  /** Whether the sentence writes a name: a word after its first that starts with a capital, a first word with a capital inside. */
  private namesSomething(): boolean {
    // (The first word is a name when a capital follows its first letter: `LearnLM`, `GPT`.)
    const first = this.toks[this.a]!;
    if (first.k === 'w' && first.t.slice(1) !== first.lo.slice(1)) return true;
    for (let i = this.a + 1; i < this.b; i++) {
      const t = this.toks[i]!;
      if (t.k === 'w' && t.t !== t.lo && t.t.charCodeAt(0) >= 65 && t.t.charCodeAt(0) <= 90) return true;
    }
    return false;
  }

  private sentenceHas(words: ReadonlySet<string>): boolean {
    let has = this.has.get(words);
    if (has === undefined) {
      has = false;
      for (let i = this.a; i < this.b && !has; i++) has = words.has(this.toks[i]!.lo);
      this.has.set(words, has);
    }
    return has;
  }

  private bindQ(q: Q, qs: Q[]): void {
    if (q.group[0] !== q) {
      return; // bound with its group
    }
    // `from 45.2 to 51.3`: the second value is named with the first.
    if (q.pairKind === 'from' && q.pair && q.pair.n < q.n) {
      if (q.pair.bind) for (const x of q.group) x.bind = q.pair.bind;
      return;
    }
    // `+0.088 (12%)`: a value in brackets right after a result restates it.
    if (q.paren >= 0 && this.statsParen(q.paren, q)) return;
    // (`60% (Spearman's rho = .28)`: a bracket that names its own measure states another result.)
    if (q.paren >= 0 && !this.lex.some((m) => m.i0 > q.paren && m.i1 <= q.qi)) {
      const adj = qs.find((p) => p.bind && p.i1 === q.paren);
      if (adj?.bind) {
        const b: Bind = { ...adj.bind, s: q.vs, e: q.ve, how: 'inherit' };
        for (const x of q.group) x.bind = b;
        return;
      }
    }
    // `outperforming PXRDGen (52.92%)`, `exceeding CrystalFlow (78.34% at 2,000 evaluations)`: a
    // baseline's value, in brackets after its name, of the result named before in the sentence.
    if (q.paren >= 0 && q.qi === q.paren + 1 && this.baselineParen(q.paren)) {
      const src = qs.filter((o) => o.bind && o.n < q.n && o.uk === q.uk && o.bind.how !== 'default' && !o.bind.change).pop();
      if (src?.bind) {
        const b: Bind = { ...src.bind, s: q.vs, e: q.ve, how: 'inherit' };
        for (const x of q.group) x.bind = b;
        return;
      }
      // (`Five steps reach 83.64%, exceeding CrystalFlow (78.34% ...)`: with the result unnamed, the
      // baseline's value names nothing either; it is no change.)
      return;
    }
    // `113 of 144 configurations (78.5%) achieve`, `prevented five breaches (33.3%)`: the share of
    // the things counted, named by them.
    if (q.uk === 'count') {
      if (!q.unit) q.unit = null;
      const per = this.perCount(q.i1);
      if (per >= 0) {
        const b: Bind = { name: this.clean(this.toks[q.i1]!.s, this.toks[per + 1]!.e), s: q.qs, e: this.toks[per + 1]!.e, dir: null, change: false, points: false, how: 'np' };
        for (const x of q.group) x.bind = b;
      }
      return;
    }
    const counted = this.countedShare(q);
    if (counted) {
      for (const x of q.group) x.bind = counted;
      return;
    }
    const g = q.group;
    const last = g[g.length - 1]!;
    // `72%/72%/65% structure, space-group, and consensus match rates`: one name each, the head written once.
    if (g.length > 1 && !this.lexStart.has(last.i1)) {
      const names = this.headedList(last.i1, g.length);
      if (names) {
        this.lastList = names;
        g.forEach((x, idx) => {
          x.bind = names[idx];
        });
        return;
      }
    }
    let right = this.bindRight(last);
    // `from 9.4% to 8.5% WER`: the measure written after the second value names both.
    if (q.pairKind === 'from' && q.pair && q.pair.n > q.n && (!right || right.how !== 'lex')) {
      const r2 = this.bindRight(q.pair);
      if (r2 && r2.how === 'lex') right = r2;
    }
    let bind: Bind | undefined;
    if (right && (right.how === 'lex' || right.how === 'acro')) bind = right;
    // `recall of 0.02 on IOU 0.50:0.95`: the measure before `of` names the value; the one after
    // `on` is the condition.
    const after = this.lo(last.i1);
    if (bind && right?.how === 'lex' && (after === 'on' || after === 'at' || after === 'for') && (this.lo(q.qi - 1) === 'of' || this.tok(q.qi - 1)?.t === '=')) {
      const l = this.bindLeft(q, qs);
      if (l?.how === 'lex') bind = l;
    }
    const left = bind ? undefined : this.bindLeft(q, qs);
    if (!bind && left && left.how === 'lex') bind = left;
    if (!bind) {
      const by = this.bindByVerb(q, qs);
      if (by && (by.how === 'lex' || !right || right.how !== 'np')) bind = by;
    }
    if (!bind && right && right.how === 'np') bind = right;
    if (!bind && left && (left.how !== 'generic' || !right || right.how !== 'generic')) bind = left;
    if (!bind && right && right.how === 'generic') {
      bind = right;
      if (this.verbDirection(q) === 'decrease' && right.name === 'improvement') bind.dir = 'increase';
    }
    if (!bind && right && right.how === 'default') {
      // `40% narrower than prior work`: the subject is the measure.
      const subj = this.bindSubject(q);
      const cmp = this.lo(last.i1);
      const measure = W.COMPARATIVE_MEASURES.get(cmp);
      const head = subj?.name.split(' ').pop()!.toLowerCase() ?? '';
      if (subj && (W.MEASURE_HEADS.has(head) || !measure)) {
        bind = { ...subj, e: Math.max(subj.e, right.e), dir: right.dir, change: true };
      } else if (measure) {
        // `the model is 4.2 times smaller`: its size; `2 orders of magnitude cheaper`: cost.
        // (`Training is two orders of magnitude slower`: the slowdown of the process named.)
        const name = measure === 'size' && MODEL_WORDS.has(head) ? 'model size' : subj && subj.name.split(' ').length === 1 && (TRAIN_WORDS.has(head) || INFERENCE_ONLY.has(head) || head === 'decoding' || head === 'sampling') ? `${head} ${measure}` : measure;
        bind = { name, entry: lookupMetric(name), s: right.s, e: right.e, dir: right.dir, change: true, points: false, how: 'np' };
      }
    }
    if (!bind && q.qual === 'within') bind = this.bindSubject(q);
    if (!bind) bind = this.benchmarkAfter(q);
    if (!bind) bind = this.parenAfterName(q, qs);
    if (!bind) bind = this.parallel(q, qs, right);
    if (!bind && q.uk === null) bind = this.scoreAfterVerb(q);
    // `... reaches 72%/72%/65% structure, space-group, and consensus match rates. X reaches 78%/73%/68%`:
    // a list as long as the named list before takes its names.
    if (!bind && g.length > 1 && this.lastList?.length === g.length && (!right || right.how === 'default')) {
      const names = this.lastList;
      g.forEach((x, idx) => {
        x.bind = { ...names[idx]!, s: x.vs, e: x.ve, how: 'inherit' };
      });
      return;
    }
    if (!bind) bind = this.fallback(q, right, qs);
    if (!bind) return;
    // `improves X by 5%`, `outperforms Y by 3.1% mAP`, `by a margin of 3.4%`: a change, in the direction of the verb.
    if (this.afterBy(q) && !bind.change) {
      const d = this.verbDirection(q);
      bind = { ...bind, change: true, dir: bind.dir ?? d ?? 'increase' };
    } else if (bind.change && !bind.dir) bind = { ...bind, dir: this.verbDirection(q) };
    if (bind.how === 'generic' || bind.how === 'default') {
      const d = this.verbDirection(q);
      if (d && !bind.dir) bind.dir = d;
    }
    // `reduces memory usage and inference time by up to 300x`: the measure coordinated before.
    if (!bind.also && this.lo(q.qi - 1) === 'by' && bind.s >= 0) bind = { ...bind, also: this.coordinatedBefore(bind) };
    // `accuracy and F1 of 90% and 85%, respectively`.
    const names = g.length > 1 && bind.entry && bind.how === 'lex' ? this.nameList(bind, g.length, g[0]!.qs) : undefined;
    g.forEach((x, idx) => {
      x.bind = names ? names[idx] : bind;
    });
    // `+12.3% CTR and +5.6% RPM`: each value with its own measure written after it.
    if (!names && g.length > 1 && right && (right.how === 'lex' || right.how === 'acro')) {
      const own = g.map((x) => (x === last ? right : this.bindRight(x)));
      if (own.every((b) => b && (b.how === 'lex' || b.how === 'acro'))) {
        g.forEach((x, idx) => {
          const b = own[idx]!;
          x.bind = { ...b, dir: b.dir ?? bind!.dir, change: b.change || bind!.change };
        });
      }
    }
  }

  /**
   * Values alone in brackets right after a name: `scored on accuracy (4.1-4.7), empathy (4.5-4.8)`
   * (a list whose first item names a known measure names the others too) and `relevance scores were
   * lower (2.9-3.6)` (the subject of a comparison, headed by a measure word).
   */
  private parenAfterName(q: Q, qs: readonly Q[]): Bind | undefined {
    const open = q.paren;
    if (open < 0 || open !== q.qi - 1 || !isWord(this.tok(open - 1))) return undefined;
    const last = q.group[q.group.length - 1]!;
    const close = this.tok(Math.max(q.i1, last.i1, q.pair?.i1 ?? 0, last.pair?.i1 ?? 0));
    if (close?.t !== ')') return undefined;
    const before = this.lo(open - 1);
    if (W.MORE_WORDS.has(before) || W.LESS_WORDS.has(before) || (RE_METRIC_COMPARATIVE.test(before) && !W.NOT_COMPARATIVE.has(before))) {
      const subj = this.bindSubject({ ...q, qi: open - 1 } as Q, true);
      const head = subj?.name.split(' ').pop()!.toLowerCase() ?? '';
      return subj && W.MEASURE_HEADS.has(head) ? { ...subj, s: subj.s, e: q.ve } : undefined;
    }
    const np = this.npLeft(open - 1, 4);
    if (!np || isSettingName(np.words)) return undefined;
    if (this.clean(np.s, np.e) !== this.clean(np.s, np.e).toLowerCase()) return undefined;
    // The first item after `scored (highly) on`, `rated on`: the criteria of a rating.
    let r = np.i0 - 1;
    if (this.lo(r) === 'on' || this.lo(r) === 'for' || this.lo(r) === 'in') {
      for (let n = 0; n < 3 && r > this.a; n++) {
        r--;
        if (W.RATING_VERBS.has(this.lo(r))) return this.npBind(np, { how: 'inherit' });
      }
    }
    // The item before: `, ` or `, and ` between its closing bracket and this name.
    // (`performance (80%), but hallucination resistance (48%) and disambiguation (46%)`: `but` and a
    // bare `and` join the items too.)
    let k = np.i0 - 1;
    let conj = false;
    if (this.lo(k) === 'and' || this.lo(k) === 'or' || this.lo(k) === 'but') {
      k--;
      conj = true;
    }
    if (this.tok(k)?.t === ',') k--;
    else if (!conj) return undefined;
    if (this.tok(k)?.t !== ')') return undefined;
    // The item before is a measure named right before its bracket, with the same unit; this name is
    // lower case (`YOLOv11 (64.2%)` after `mAP (69.2%)` is a system, not a measure).
    const headed = (b: Bind) => b.how === 'np' && W.MEASURE_HEADS.has(b.name.split(' ').pop()!.toLowerCase());
    const prev = qs.find((p) => p.bind && p.paren === this.openOf.get(k) && p.paren === p.qi - 1 && p.uk === q.uk && (p.bind.how === 'lex' || p.bind.how === 'inherit' || headed(p.bind)) && p.bind.e <= this.toks[p.paren]!.s && p.bind.e >= this.toks[p.paren - 1]!.e);
    if (!prev) return undefined;
    // An item of a list of measures: a measure even without a measure word.
    return this.npBind(np, { how: 'inherit' });
  }

  /**
   * `<change verb> A and B by N`: when B, the measure named before `by`, follows `A and` right
   * after a change verb, A is a measure the same value is reported for.
   */
  private coordinatedBefore(b: Bind): Bind | undefined {
    const m = this.lex.find((x) => x.s === b.s);
    if (!m || this.lo(m.i0 - 1) !== 'and') return undefined;
    const np = this.npLeft(m.i0 - 2, 4);
    if (!np) return undefined;
    let v = np.i0 - 1;
    while (W.DETERMINERS.has(this.lo(v))) v--;
    const verb = this.lo(v);
    if (!W.INCREASE_VERBS.has(verb) && !W.DECREASE_VERBS.has(verb)) return undefined;
    const m0 = this.lex.find((x) => x.s >= np.s && x.e <= np.e && !isGeneric(x.entry));
    if (m0) return { ...this.compound(m0, m.i0 - 1), dir: b.dir, change: b.change, points: b.points };
    if (!W.MEASURE_HEADS.has(np.words[np.words.length - 1]!)) return undefined;
    return this.npBind(np, { dir: b.dir, change: b.change, points: b.points });
  }

  /** `by 5%`, `by a margin of 3.4%`, `by a large margin (5.2%)`. */
  /**
   * `structure, space-group, and consensus match rates` after `count` values: the names of a
   * list of modifiers whose last item ends with a measure's head, the head shared by all.
   */
  private headedList(j: number, count: number): Bind[] | undefined {
    const items: Tok[][] = [];
    let cur: Tok[] = [];
    for (let k = j, steps = 0; k < this.b && steps < 5 * count + 2; k++, steps++) {
      const t = this.toks[k]!;
      if (t.k === 'w' && (t.lo === 'and' || t.lo === 'or')) {
        if (cur.length) items.push(cur);
        cur = [];
      } else if (t.k === 'w' || (t.t === '-' && !t.sp && cur.length)) {
        if (!cur.length && (W.NP_STOP.has(t.lo) || W.DETERMINERS.has(t.lo) || t.lo === 'of')) return undefined;
        cur.push(t);
        if (cur.length > 5) return undefined;
        if (items.length === count - 1 && t.k === 'w' && W.MEASURE_HEADS.has(t.lo)) {
          items.push(cur);
          break;
        }
      } else if (t.t === ',') {
        if (!cur.length) continue;
        items.push(cur);
        cur = [];
      } else break;
      if (items.length >= count) return undefined;
    }
    if (items.length !== count) return undefined;
    const lastItem = items[count - 1]!;
    const end = lastItem[lastItem.length - 1]!;
    if (!W.MEASURE_HEADS.has(end.lo) || lastItem.length < 2) return undefined;
    // The head: the last item after its first word (`match rates` of `consensus match rates`).
    const headFrom = lastItem[1]!.t === '-' ? lastItem[2] : lastItem[1];
    if (!headFrom) return undefined;
    const head = this.clean(headFrom.s, end.e);
    return items.map((it, idx) => {
      const s0 = it[0]!.s;
      const e0 = it[it.length - 1]!.e;
      const name = idx === count - 1 ? this.clean(s0, e0) : `${this.clean(s0, e0)} ${head}`;
      return { name, entry: lookupMetric(name), s: s0, e: idx === count - 1 ? e0 : end.e, dir: null, change: false, points: false, how: 'np' as const };
    });
  }

  /** Whether token k is `is`/`are`/`weighs` after a model's noun (`a 35B-class model is`). */
  private modelIs(k: number): boolean {
    const v = this.lo(k);
    if (v !== 'is' && v !== 'are' && v !== 'was' && v !== 'weighs' && v !== 'occupies') return false;
    const n = this.lo(k - 1);
    return MODEL_WORDS.has(n) || n === 'llm' || n === 'llms' || n === 'moe';
  }

  /** Whether the bracket at `open` follows a system's name after a verb of beating (`outperforming PXRDGen (`, `and DiffCSP (`). */
  private baselineParen(open: number): boolean {
    const name = this.tok(open - 1);
    if (!isWord(name) || name.t.charCodeAt(0) < 65 || name.t.charCodeAt(0) > 90 || this.lexEnd.has(open)) return false;
    for (let k = open - 2, n = 0; k >= this.a && n < 6; k--, n++) {
      const lo = this.lo(k);
      // (`prevented five breaches (33.3%) versus LSTM (26.7%) and TCN (13.3%)`: a comparison word too.)
      if (W.BEAT_VERBS.has(lo) || lo === 'versus' || lo === 'vs') return true;
      // `exceeding CrystalFlow (78.34% ...) and DiffCSP (77.93% ...)`: the baseline before, in brackets too.
      if ((lo === 'and' || lo === ',') && this.tok(k - 1)?.t === ')' && this.openOf.has(k - 1) && k - 1 - this.openOf.get(k - 1)! <= 12) {
        k = this.openOf.get(k - 1)!;
        n = 0;
        continue;
      }
      if (lo === ',' || lo === '.' || lo === ';' || lo === '(' || lo === ')') return false;
    }
    return false;
  }

  /**
   * A percentage alone in brackets after a count of plural things: `113 of 144 configurations
   * (78.5%)`, `16 of the 30 tasks (53%)`, or a count after a past verb (`prevented five breaches
   * (33.3%)`; not after a verb that chooses or gathers data: `collected 500 images (20%)`). The
   * name is the plural noun (the count itself is no metric).
   */
  private countedShare(q: Q): Bind | undefined {
    const open = q.paren;
    if (q.uk !== 'pct' || open < 2 || q.qi !== open + 1 || q.group.length > 1 || q.pairKind || this.tok(q.i1)?.t !== ')') return undefined;
    const noun = this.tok(open - 1);
    if (!isWord(noun) || noun.lo.length < 4 || !noun.lo.endsWith('s') || noun.lo.endsWith('ss') || noun.t !== noun.lo) return undefined;
    if (W.MEASURE_HEADS.has(noun.lo) || this.lexEnd.has(open) || NOT_MEASURED.has(noun.lo) || OTHER_MODELS.has(noun.lo) || W.DATA_NOUNS.has(noun.lo)) return undefined;
    const count = (t: Tok | undefined) => t?.k === 'n' || (t?.k === 'w' && NUMBER_WORDS.has(t.lo) && t.lo !== 'one');
    let k = open - 2;
    if (!count(this.tok(k))) return undefined;
    k--;
    if (this.lo(k) === 'the') k--;
    const ofCount = this.lo(k) === 'of' && count(this.tok(k - 1));
    const v = ofCount ? '' : this.lo(k);
    if (!ofCount && (!RE_METRIC_PAST.test(v) || W.SETTING_BEFORE_SHARE.has(v) || GATHER_VERBS.has(v))) return undefined;
    return { name: noun.t, entry: lookupMetric(noun.t), s: noun.s, e: this.toks[q.i1]!.e, dir: null, change: false, points: false, how: 'np' };
  }

  /**
   * `boosting Qwen3-4B-Base by +6.49 on math-reasoning benchmarks and +7.54 on general-domain
   * reasoning benchmarks`: a bare change (after `by` or signed) of a verb of change, with no
   * measure, is named by the group of benchmarks after `on`.
   */
  private benchmarkAfter(q: Q): Bind | undefined {
    if (q.uk !== null || q.group.length > 1 || this.lo(q.i1) !== 'on' || (!q.plus && !this.afterBy(q))) return undefined;
    const dir = this.verbDirection(q);
    if (!dir) return undefined;
    const np = this.npRight(q.i1 + 1, 4);
    const head = np?.words[np.words.length - 1];
    if (!np || (head !== 'benchmarks' && head !== 'benchmark')) return undefined;
    return { ...this.npBind(np), s: q.qs, dir, change: true };
  }

  private afterBy(q: Q): boolean {
    let k = q.qi - 1;
    if (q.paren >= 0 && q.paren === k) k--;
    for (let n = 0; n < 5 && k >= this.a; n++, k--) {
      const lo = this.lo(k);
      if (lo === 'by') return true;
      if (!MARGIN_WORDS.has(lo)) return false;
    }
    return false;
  }

  /**
   * `our model scores 72.3`, `reaches 89.2 on RewardBench`: a bare decimal right after a
   * verb of result, with a benchmark after it, is a score.
   */
  private scoreAfterVerb(q: Q): Bind | undefined {
    const v = this.lo(q.qi - 1);
    const t = this.toks[q.n]!;
    if (!t.t.includes('.')) return undefined;
    const scores = v === 'scores' || v === 'scored' || v === 'scoring';
    const achieves = W.RESULT_VERBS.has(v) && (this.lo(q.i1) === 'on' || this.lo(q.i1) === 'in');
    if (!scores && !achieves) return undefined;
    return { name: 'score', s: this.toks[q.qi - 1]!.s, e: q.ve, dir: null, change: false, points: false, how: 'np' };
  }

  /** `FID of 1.28 on A and 8.35 on B`: a value after `and` takes the name of the one before. */
  private parallel(q: Q, qs: Q[], right: Bind | undefined): Bind | undefined {
    const p = this.tok(q.qi - 1);
    if (!p || (p.lo !== 'and' && p.t !== ',') || this.countsSetting(q)) return undefined;
    let src = qs.filter((o) => o.bind && o.n < q.n && o.uk === q.uk && q.qi - o.i1 <= 12).pop();
    // `a drop of 20 percentage points due to sound, and 14 due to genre`: the unit written once,
    // the phrase after the value repeated.
    if (!src && !q.uk) {
      const o = qs.filter((x) => x.bind && x.n < q.n && x.uk && q.qi - x.i1 <= 16).pop();
      const after = this.tok(q.i1);
      if (o && isWord(after) && after.lo === this.lo(o.i1) && (o.uk === 'pct' || o.uk === 'pp' || o.uk === 'points' || o.uk === 'mult')) {
        q.uk = o.uk;
        q.unit = o.unit;
        src = o;
      }
    }
    if (!src?.bind) return undefined;
    // `95.2% accuracy, 3.1% higher than the baseline`: the same measure, as a change.
    if (right?.change) return { ...src.bind, s: q.qs, e: Math.max(q.ve, right.e), dir: right.dir, change: true, how: 'inherit' };
    return { ...src.bind, s: q.vs, e: q.ve, how: 'inherit' };
  }

  /** `... and 50 training epochs`: a bare number that counts the setting noun after it. */
  private countsSetting(q: Q): boolean {
    if (q.uk) return false;
    const np = this.npRight(q.i1, 3);
    if (!np) return false;
    const last = np.words[np.words.length - 1]!;
    // `with only 150 online rollouts`: a whole number counting a plural noun.
    const count = !this.toks[q.n]!.t.includes('.') && last.length > 3 && last.endsWith('s') && !W.MEASURE_HEADS.has(last);
    // `3 absolute mIoU points`: a measure in the phrase makes it a result; `160 error codes`: a
    // measure word that only modifies the counted noun does not.
    if (last === 'points' || last === 'point') return false;
    const inner = this.lex.filter((m) => m.s >= np.s && m.e <= np.e);
    if (inner.length && !(count && inner.every((m) => m.e < np.e))) return false;
    return W.SETTING_HEADS.has(last) || count;
  }

  /**
   * Names listed before a list of values, in order, when there are as many as values: in a
   * sentence that says `respectively`, or when the values follow the names closely
   * (`precision, recall, and Dice scores of 0.86, 0.83, and 0.84`: at most three words between).
   */
  private nameList(first: Bind, count: number, valuesStart: number): Bind[] | undefined {
    if (!this.sentenceHas(RESPECTIVELY) && !(first.e >= 0 && first.e <= valuesStart && this.tokensBetween(first.e, valuesStart) <= 3)) return undefined;
    const m = this.lex.find((x) => x.s === first.s);
    if (!m) return undefined;
    const list = this.listedBefore(m, count, false);
    if (!list) return undefined;
    return list.map((x) => this.bindLex(x, { dir: first.dir, change: first.change, points: first.points }));
  }

  /** A name from the unit and the sentence when nothing is written next to the number. */
  private fallback(q: Q, right: Bind | undefined, qs: readonly Q[]): Bind | undefined {
    const dir = right?.dir ?? this.verbDirection(q);
    const change = right?.change ?? false;
    const def = (name: string): Bind => ({ name, s: -1, e: -1, dir, change, points: false, how: 'default' });
    // `achieves a score of 88.9, surpassing BERT by 2.1 points`: the change of the result before.
    // (`achieves the best performance with 5.44, surpassing the second-best by 1.04`: a bare
    // number after `by` takes the name of a bare result just before.)
    if (this.lo(q.qi - 1) === 'by' && (q.uk === 'points' || q.uk === 'pp' || q.uk === 'pct' || q.uk === null)) {
      const prev = qs.filter((o) => o.bind && o.n < q.n && o.bind.how !== 'default').pop();
      if (prev?.bind && (q.uk !== null || (prev.uk === null && q.n - prev.i1 <= 8))) return { ...prev.bind, s: q.qs, e: q.ve, dir: dir ?? 'increase', change: true, points: q.uk !== 'pct', how: 'inherit' };
    }
    switch (q.uk) {
      case 'pct': {
        const m = this.nearestLex(q, (x) => (x.entry.units ?? []).includes('%') || x.entry.kind === 'score');
        if (m) return this.bindLex(m, { dir, change, how: 'default' });
        const v = this.sentenceHasResultVerb();
        if (v) {
          this.docPercent ??= { b: this.percentMetricOfText() };
          if (this.docPercent.b) return this.docPercent.b;
          // `outperforming the state of the art by 10.6%`: a change of a measure the text never names.
          if (!this.afterBy(q) && !dir && !change) return def('accuracy');
        }
        if (dir || change || this.afterBy(q)) return { ...def('improvement'), change: true };
        // `academic sources were closely matched at roughly 22%`.
        return this.bindSubject(q, true);
      }
      case 'mult': {
        if (q.weakTimes && !right) return undefined;
        // `takes 2.5 hours, 5x less than prior work`: a change of the result before.
        if (right?.how === 'default' && this.lo(q.i1 + 1) === 'than') {
          const prev = qs.filter((o) => o.bind && o.n < q.n).pop();
          if (prev?.bind) return { ...prev.bind, s: q.qs, e: right.e, dir: right.dir, change: true, points: false, how: 'inherit' };
        }
        const m = this.nearestLex(q, (x) => x.entry.kind === 'efficiency' || x.entry.kind === 'cost');
        if (m) return this.bindLex(m, { dir: dir ?? 'increase', change: true, how: 'default' });
        // `2x downsampling`, `a 4x upscaling factor`: a setting unless the sentence speaks of speed or change.
        if (!right && !this.afterBy(q) && !this.sentenceHas(SPEED_WORDS)) return undefined;
        return def('speedup');
      }
      case 'time': {
        if (!this.sentenceHas(W.TIME_CONTEXT) && !this.timeByIn(q)) return undefined;
        const m = this.nearestLex(q, (x) => (x.entry.units ?? []).some((u) => RE_METRIC_TIME_UNIT.test(u)) || x.entry.name === 'training time' || x.entry.name === 'runtime');
        if (m) return this.bindLex(m, { how: 'default' });
        // `25 minutes of tuning`: the time of the step named after `of`.
        if (this.lo(q.i1) === 'of' && TRAIN_WORDS.has(this.lo(q.i1 + 1)) && this.lo(q.i1 + 1).endsWith('ing')) return { ...def(`${this.lo(q.i1 + 1)} time`), s: q.vs, e: this.toks[q.i1 + 1]!.e };
        if (this.sentenceHas(TRAIN_WORDS)) return def('training time');
        // `generates 10,000 structures in 0.39 minutes`: the time of the generation, as the paper names it.
        if (this.sentenceHas(INFERENCE_WORDS)) return def(this.sentenceHas(GENERATION_WORDS) && !this.sentenceHas(INFERENCE_ONLY) ? 'generation time' : 'inference time');
        return def(q.unit === 'ms' || q.unit === 'µs' || q.unit === 'μs' ? 'latency' : 'time');
      }
      case 'mem': {
        // `a 35B-class model is 19.5GB at 4-bit`: the size of a model, stated, is not a result.
        if (!dir && !change && !this.afterBy(q) && this.modelIs(q.qi - 1)) return undefined;
        const m = this.nearestLex(q, (x) => x.entry.kind === 'cost' || x.entry.kind === 'size');
        if (m) return this.bindLex(m, { how: 'default' });
        return undefined;
      }
      case 'fps':
        return def('FPS');
      case 'rate':
        return def('throughput');
      case 'speed':
        // `with over 59 km/h`: a speed reached; a bare `at 2 m/s` is the set-up.
        return q.qual && q.qual !== 'within' ? def('speed') : undefined;
      case 'energy':
        // `0.49 mJ on CIFAR-100`: an energy cost names itself.
        return def('energy');
      case 'db':
      case 'len': {
        const m = this.nearestLex(q, (x) => (x.entry.units ?? []).includes(q.unit ?? ''));
        return m ? this.bindLex(m, { how: 'default' }) : undefined;
      }
      case 'pp':
      case 'points': {
        const m = this.nearestLex(q, () => true);
        if (m) return this.bindLex(m, { dir, change: true, points: true, how: 'default' });
        // `improves by 7.4 points over the baseline`: a change of a measure the sentence never names.
        return q.uk === 'pp' || (this.afterBy(q) && this.verbDirection(q) !== null) ? { ...def('improvement'), change: true } : undefined;
      }
      default:
        return undefined;
    }
  }

  /** `segments an image in 10 ms`: a duration after `in`, `within` or `under` is a result. */
  private timeByIn(q: Q): boolean {
    const p = this.lo(q.qi - 1);
    return p === 'in' || p === 'within' || p === 'under';
  }

  private sentenceHasResultVerb(): boolean {
    for (let i = this.a; i < this.b; i++) if (W.RESULT_VERBS.has(this.toks[i]!.lo)) return true;
    return false;
  }

  /** Unnamed numbers in parentheses take the name of the result they stand next to. */
  private inherit(qs: Q[]): void {
    for (let x = 0; x < qs.length; x++) {
      const q = qs[x]!;
      if (q.bind || q.group[0] !== q) continue;
      if (this.isSetting(q, qs) || (q.paren >= 0 && this.statsParen(q.paren, q))) continue;
      let src: Q | undefined;
      // `Dice = 0.37 vs 0.27`: the value compared with the one just before.
      const pv = this.lo(q.qi - 1);
      if (pv === 'vs' || pv === 'versus' || (pv === '.' && this.lo(q.qi - 2) === 'vs')) {
        src = qs.slice(0, x).reverse().find((o) => o.bind && o.i1 >= q.qi - 3);
        // `an AUROC of 0.948 for macular edema (vs. 0.852 for EyeCLIP)`: a bracket that opens with
        // `vs` compares with the value of a short phrase before it.
        const open = q.paren;
        const first = pv === '.' ? q.qi - 2 : q.qi - 1;
        if (!src && open >= 0 && open === first - 1) src = qs.slice(0, x).reverse().find((o) => o.bind && o.uk === q.uk && o.i1 <= open && open - o.i1 <= 6);
      } else if ((pv === 'to' || pv === 'with') && this.lo(q.qi - 2) === 'compared') {
        // `to just 10.15, compared to 15 for leading GUI agents`: the value compared with the one just before.
        src = qs.slice(0, x).reverse().find((o) => o.bind && o.uk === q.uk && o.i1 >= q.qi - 3);
      }
      else if (q.paren >= 0) {
        const before = qs.slice(0, x).reverse();
        // `+0.088 (12%)`: the result right before the bracket.
        const adj = before.find((p) => p.bind && p.i1 === q.paren);
        if (adj) src = adj;
        // `GMA~(1.388 and 2.47)`, `that (23.4)`: a baseline's value of the last unitless result.
        else if (!q.uk) src = before.find((p) => p.bind && !p.uk && p.paren < 0);
      } else {
        // `a 0.973 detection and 0.997 segmentation AUROC`: two values, each with its own modifier,
        // share the measure written after the second.
        const o = qs[x + 1];
        const w1 = this.tok(q.i1);
        const w2 = o ? this.tok(o.i1) : undefined;
        if (o?.bind?.how === 'lex' && o.paren === q.paren && o.uk === q.uk && isWord(w1) && !W.NP_STOP.has(w1.lo) && this.lo(q.i1 + 1) === 'and' && o.qi === q.i1 + 2 && isWord(w2) && !W.NP_STOP.has(w2.lo) && this.lexStart.get(o.i1 + 1)?.entry === o.bind.entry) {
          const b: Bind = { ...o.bind, s: q.vs, e: w1.e, how: 'inherit' };
          for (const y of q.group) y.bind = b;
          continue;
        }
        const p = this.lo(q.qi - 1);
        if (this.countsSetting(q)) continue;
        if (p === 'and' || p === ',' || this.tok(q.qi - 1)?.t === ',') {
          // (`versus 6.5 for A and 76.1 for B`: a bare value in the same frame as an inherited one.)
          src = qs.slice(0, x).reverse().find((o) => o.bind && (o.uk === q.uk || (!q.uk && o.bind.how === 'inherit' && this.lo(o.i1) === this.lo(q.i1) && this.lo(q.i1) === 'for')) && q.qi - o.i1 <= 12);
        }

      }
      if (!src?.bind) continue;
      let s = q.vs;
      if (q.paren >= 0 && pv !== 'vs' && pv !== 'versus' && pv !== '.') {
        const w = this.tok(q.paren - 1);
        if (w && (w.k === 'w' || w.k === 'n')) s = w.s;
      }
      const b: Bind = { ...src.bind, s, e: q.ve, how: 'inherit' };
      for (const y of q.group) {
        y.bind = b;
        if (!y.uk && src.uk) {
          y.uk = src.uk;
          y.unit = src.unit;
        }
      }
    }
  }

  /** Last checks on a named quantity. */
  private keep(q: Q): boolean {
    const b = q.bind!;
    if (!b.name) return false;
    if (q.uk === null) {
      // A bare number needs a measure written next to it.
      if (b.how === 'default' || b.how === 'generic') return false;
      // (`by +6.49 on math-reasoning benchmarks`: a change named by the benchmarks it is on.)
      // (`reducing the average number of steps ... to just 10.15`: a count measured, named as such.)
      const words = b.name.toLowerCase().split(' ');
      const head = words[words.length - 1]!;
      const counted = b.dir !== null && words.length > 2 && words[words.length - 3] === 'number' && words[words.length - 2] === 'of';
      if (b.how === 'np' && !W.MEASURE_HEADS.has(head) && !b.entry && !counted && !(b.change && (head === 'benchmarks' || head === 'benchmark'))) return false;
    }
    if (q.uk === 'points' && !b.change && b.how !== 'lex') return false;
    if (q.weakTimes && !b.change && b.how !== 'lex' && !(b.entry && isGeneric(b.entry))) return false;
    if (q.uk === 'time' && !q.unit?.includes('/') && !this.sentenceHas(W.TIME_CONTEXT) && !this.timeByIn(q) && b.how !== 'lex') return false;
    if (q.uk === 'mem' && b.how !== 'lex' && !b.change && !b.entry) return false;
    if (q.uk === 'oom' && b.how === 'default') return false;
    return true;
  }

  // ---------------------------------------------------------------- datasets

  private datasetsOf(a: number, b: number): DsMention[] {
    const ms = this.mentions;
    const s = tokStart(this.lexed, a);
    const e = tokEnd(this.lexed, b - 1);
    const out: DsMention[] = [];
    // Mentions are sorted by start: a binary search for the first, then a short walk.
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.s < s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ms.length && ms[i]!.s < e; i++) if (ms[i]!.e <= e) out.push(ms[i]!);
    return out;
  }

  private noteDatasets(a: number, b: number): void {
    this.noted.push(a, b);
  }

  private datasets(qs: Q[]): void {
    // Only results get a dataset: with none, the mentions need not be read.
    if (!qs.some((q) => q.bind)) return;
    const ds = this.datasetsOf(this.a, this.b);
    const names = uniqueNames(ds);
    const respectively = this.sentenceHas(RESPECTIVELY);
    const anaphora = this.sentenceHas(ANAPHORA_WORDS);
    const seen = new Set<Q[]>();
    for (const q of qs) {
      if (!q.bind || seen.has(q.group)) continue;
      seen.add(q.group);
      const g = q.group.filter((x) => x.bind);
      const ranged = g.some((x) => x.pairKind === 'range');
      if (g.length > 1 && !ranged) {
        if (respectively && names.length === g.length) {
          g.forEach((x, i) => (x.dataset = names[i]!));
          continue;
        }
        if (!names.length && anaphora && this.lastDatasets.length === g.length) {
          g.forEach((x, i) => (x.dataset = this.lastDatasets[i]!));
          continue;
        }
      }
      for (const x of g) x.dataset = this.nearestDataset(x, ds);
    }
  }

  /** The dataset written right after (`on X`) or else nearest to the quantity in the sentence. */
  private nearestDataset(q: Q, ds: DsMention[]): string | null {
    if (!ds.length) return null;
    const end = q.ve;
    const following = ds.find((d) => d.s >= end && this.tokensBetween(end, d.s) <= 4);
    if (following) return following.name;
    let best: DsMention | undefined;
    let bestD = Infinity;
    for (const d of ds) {
      const dist = d.e <= q.vs ? q.vs - d.e : d.s >= end ? d.s - end : 0;
      if (dist < bestD) {
        bestD = dist;
        best = d;
      }
    }
    return best?.name ?? null;
  }

  private tokensBetween(s: number, e: number): number {
    let n = 0;
    for (let i = this.a; i < this.b; i++) {
      const t = this.toks[i]!;
      if (t.s >= s && t.e <= e) n++;
      if (t.s > e) break;
    }
    return n;
  }

  // ---------------------------------------------------------------- records

  private record(q: Q): Metric {
    const b = q.bind!;
    let dir = b.dir;
    const change = b.change || q.uk === 'mult' || q.uk === 'pp' || (q.uk === 'points' && b.change) || (b.entry !== undefined && isGeneric(b.entry));
    let relation: Metric['relation'] = 'absolute';
    if (q.pairKind === 'from' && q.pair) {
      relation = 'absolute';
      const [a, b2] = q.n < q.pair.n ? [q, q.pair] : [q.pair, q];
      const x = a.v * unitScale(a.unit);
      const y = b2.v * unitScale(b2.unit);
      dir = y > x ? 'increase' : y < x ? 'decrease' : null;
    } else if (change) {
      // A change written without a unit (`improves Recall@1 by 5.6`) is a difference in the measure's own points.
      relation = q.uk === 'pp' || q.uk === 'points' || b.points || q.uk === null ? 'points-change' : 'relative-change';
      if (!dir) dir = q.plus ? 'increase' : q.v < 0 ? 'decrease' : 'increase';
      // An improvement of a measure where lower is better is a decrease.
      if (b.entry?.higherIsBetter === false && dir === 'increase' && b.how !== 'lex' && this.verbDirection(q) !== 'increase') dir = 'decrease';
    } else dir = null;
    if (q.plus && relation === 'absolute' && !q.pairKind) {
      relation = q.uk === null || q.uk === 'points' || q.uk === 'pp' ? 'points-change' : 'relative-change';
      dir = 'increase';
    }
    const s = b.s >= 0 ? Math.min(b.s, q.qs) : q.qs;
    const e = b.s >= 0 ? Math.max(b.e, q.ve) : q.ve;
    return {
      name: b.name,
      value: q.v,
      unit: q.unit,
      dataset: q.dataset,
      direction: dir,
      relation,
      qualifier: q.qual,
      higherIsBetter: b.entry ? b.entry.higherIsBetter : guessHigherIsBetter(b.name),
      text: this.text.slice(s, e),
      span: { field: this.field, start: s, end: e },
    };
  }
}

/** A unit read by `readUnit`. */
function U(unit: string, uk: UnitKind, end: number, weak = false): { unit: string; uk: UnitKind; end: number; weak: boolean } {
  return { unit, uk, end, weak };
}

/** A factor that puts values of one kind of unit on one scale (`3 days` > `76 minutes`). */
function unitScale(unit: string | null): number {
  return (unit && W.UNIT_SCALES.get(unit)) || 1;
}

/** `learning rate`, `dropout rate`, `masking ratio`: a phrase that names a setting. */
function isSettingName(words: readonly string[]): boolean {
  const n = words.length;
  if (!n) return false;
  const last2 = n > 1 ? `${words[n - 2]} ${words[n - 1]}` : '';
  return W.SETTING_PHRASES.has(last2) || W.SETTING_PHRASES.has(words[n - 1]!);
}

function uniqueNames(ds: DsMention[]): string[] {
  const out: string[] = [];
  for (const d of ds) if (!out.includes(d.name)) out.push(d.name);
  return out;
}

/** Whether higher is better, from the head of a name the lexicon does not know. */
function guessHigherIsBetter(name: string): boolean | null {
  const words = name.toLowerCase().split(' ');
  const head = words[words.length - 1] ?? '';
  if (['error', 'errors', 'loss', 'latency', 'cost', 'costs', 'time', 'memory', 'perplexity', 'distance', 'parameters', 'epochs', 'effort', 'gap'].includes(head)) return false;
  if (['accuracy', 'speedup', 'throughput', 'efficiency', 'improvement', 'gain', 'return', 'returns', 'coverage', 'preference', 'preferences'].includes(head)) return true;
  if (head === 'rate' || head === 'rates') return words.includes('error') || words.includes('hallucination') ? false : null;
  return null;
}

/** Pairs the two ends of a range (`2-3 minutes`, `10^7-10^8`): the second takes the first's qualifier, each spans both; returns the second. */
function joinRange(first: Q, second: Q): Q {
  first.pair = second;
  second.pair = first;
  first.pairKind = second.pairKind = 'range';
  second.qual = first.qual;
  second.qi = first.qi;
  second.qs = first.qs;
  first.ve = second.ve;
  second.vs = first.vs;
  return second;
}
