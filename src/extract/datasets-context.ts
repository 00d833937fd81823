/**
 * Dataset names nobody listed, found from the words around them:
 *
 * - `on the X dataset`, `the X benchmark`, `X and Y datasets`, `the X corpus`
 * - `three datasets: X, Y and Z`, `datasets such as X`, `datasets, namely X and Y`
 * - `we introduce X, a new dataset ...`, `X (long form), a benchmark ...`, a title `X: A Benchmark for ...`
 * - `evaluated on X, Y and Z` where one of them is a listed dataset
 * - `data from the X Project`, `records from the X database`
 * - `the Open Molecules 2025 (OMol25) Dataset`, `the ... (OSV) database`: the abbreviation is the name, the long form its alias
 * - a title acronym spelled by the words after its colon, one a data word (`WINDSET: Weather Insights and Novel Data for ...`)
 * - `databases like X`, `databases such as X`; `NASA's X data` (a capitalised possessive determines the name as `the` does)
 * - names shaped like benchmarks: `...Bench`, `...QA`, `...Eval`
 *
 * Only candidate sentences are read closely: a cheap scan keeps the sentences that hold a
 * trigger (a dataset word, a listed name inside a list, `data from`, `trained on`, a
 * benchmark-shaped word) and a word that could be a name (capitals or digits), about one
 * sentence in six, and only those are tokenised, by a plain tokenizer of our own (words
 * split on white space, punctuation peeled off, offsets kept); the rules need no tagger.
 *
 * Why not compromise here (measured on Node 20.20, 2 cores): `await import('compromise/one')`
 * alone takes 144-200 ms in plain Node ESM (three runs: 152, 144, 201 ms), the whole budget
 * of the main entry (150 ms); its CommonJS build loads in ~14 ms but only through `require`
 * / `module.createRequire`, a Node built-in that the core must not use and that makes the
 * result depend on the environment. On every title and abstract of the shared gold files
 * plus both fixture files (656 texts) the own tokenizer gives exactly the same names as
 * compromise/one (0 differences) and is ~2.5x faster (423 ms against 1,043 ms for all 656,
 * compromise's load included). So compromise is not used by the dataset finder at all: the
 * result is pure and identical in Node (ESM, CJS) and browsers.
 */
import venues from '../data/venues.json' with { type: 'json' };
import metrics from '../data/metrics.json' with { type: 'json' };
import { foldKey, isJsSpaceCode, isLetterOrDigit } from '../lib/text.js';
import {
  RE_DS_SHORT_YEAR_TAIL,
  RE_DS_SLASH_PAIR,
  RE_DS_VENUE_YEAR,
  RE_DS_EDITION_AFTER,
  RE_DS_ADJ_HYPHEN,
  RE_DS_PUNCT_STOP,
  RE_DS_WORD_AFTER,
  RE_DS_WORD_BEFORE,
  RE_DS_ADJ_SUFFIX,
  RE_DS_ARTICLE,
  RE_DS_BENCH_SHAPE,
  RE_DS_CLAUSE_PUNCT,
  RE_DS_CLAUSE_WORD,
  RE_DS_CLOSE_PAREN,
  RE_DS_COLON_ONLY,
  RE_DS_COMMON_NOUN_END,
  RE_DS_ACRONYM_WORD,
  RE_DS_CJK,
  RE_DS_COMMA_ONLY,
  RE_DS_RELEASE_NUMBER,
  RE_DS_COMMA_POST,
  RE_DS_DIGITS,
  RE_DS_EDITION,
  RE_DS_ENDS_CLAUSE,
  RE_DS_ENDS_COMMA,
  RE_DS_ENDS_SENTENCE,
  RE_DS_EVENT_MODIFIER,
  RE_DS_EVENT_TAIL,
  RE_DS_HAS_DIGIT,
  RE_DS_HAS_LETTER,
  RE_DS_HAS_LOWER,
  RE_DS_HAS_UPPER,
  RE_DS_HEAD_WORD,
  RE_DS_HYPHEN_TITLE,
  RE_DS_LEADING_CLOSE_PAREN,
  RE_DS_LETTER_DIGIT,
  RE_DS_LIST_AFTER,
  RE_DS_LIST_BEFORE,
  RE_DS_LOWER_CODE,
  RE_DS_LOWER_WORD,
  RE_DS_MODEL_SIZE,
  RE_DS_NAMEISH_CHAR,
  RE_DS_MODEL_SIZE_WORD,
  RE_DS_MODEL_SUFFIX,
  RE_DS_NAME_PARTS,
  RE_DS_NON_ALNUM_G,
  RE_DS_PART_NAME,
  RE_DS_PLURAL_ACRONYM,
  RE_DS_PUNCT,
  RE_DS_PUNCT_ANY,
  RE_DS_PUNCT_PAREN,
  RE_DS_QUANTITY,
  RE_DS_RESULTS_ON,
  RE_DS_ROMAN,
  RE_DS_SPACES,
  RE_DS_TRAILING_HYPHEN,
  RE_DS_TRAILING_JOIN,
  RE_DS_VERSION_PART,
  RE_DS_VERSION_WORD,
  RE_DS_YEAR,
  RE_DS_YEAR4,
} from '../regex/datasets.js';
import {
  CUE_BLOCKERS,
  DATA_NOUNS,
  DATA_VERBS,
  DEFINITE,
  EVENT_HEADS,
  GENERIC_WORDS,
  INDEFINITE,
  INTRO_VERBS,
  LIST_CUES,
  LIST_OPENERS,
  LONG_FORM_HEADS,
  METHOD_HEADS,
  MODEL_STEMS,
  NAMING_WORDS,
  NEUTRAL_MODIFIERS,
  PERFORMANCE_VERBS,
  RESOURCE_WORDS,
  SOURCE_HEADS,
  STRONG_CUES,
  TASK_LONG_FORM_HEADS,
  TASK_WORDS,
  WEAK_CUES,
  describedAsMethod,
  isTitleCaseWords,
} from './datasets-lexicon.js';
import { isListedKey, type GazetteerHit } from './datasets-gazetteer.js';

/** A dataset name found from context, with where it stands. */
export interface ContextName {
  name: string;
  start: number;
  end: number;
  /** Other ways the text writes it: an abbreviation given in parentheses. */
  surfaces: string[];
  /** Which rule found it (for tests and debugging). */
  rule: string;
}

// ---------------------------------------------------------------------------
// Tokens

/** Punctuation peeled off the start of a word: `([{"'“‘«`. */
function isOpenPunct(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab;
}

/** Punctuation peeled off the end of a word: `)]}"'”’».,;:!?`. */
function isClosePunct(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

// ---------------------------------------------------------------------------
// Words and their shapes

enum Shape {
  /** Digits with letters, an inner capital, two or more capitals: `CIFAR-10`, `ConFiQA`, `REASONS`. */
  Distinct,
  /** A capitalised word: `Kodak`, `Genome`. */
  Title,
  /** A number, a version or a year: `2`, `v2`, `2024`, `'23`. */
  Number,
  /** Anything else: lower-case words, symbols. */
  Other,
}

interface Word {
  text: string;
  lower: string;
  pre: string;
  post: string;
  start: number;
  end: number;
  shape: Shape;
  /** Index of the gazetteer hit the word belongs to, or -1. */
  hit: number;
}

function shapeOf(w: string): Shape {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let innerCap = false;
  let prevLower = false;
  let hyphen = false;
  // One pass over the characters, by code for ASCII; a bracket anywhere makes it Other at once.
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let up: boolean;
    let low: boolean;
    if (c < 128) {
      if (c >= 48 && c <= 57) {
        digit++;
        prevLower = false;
        continue;
      }
      if (c === 45) hyphen = true;
      else if (c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125) return Shape.Other;
      up = c >= 65 && c <= 90;
      low = c >= 97 && c <= 122;
    } else {
      if (c === 0x2010 || c === 0x2011) hyphen = true;
      const cp = w.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      up = ch !== ch.toLowerCase();
      low = !up && ch !== ch.toUpperCase();
    }
    if (up) {
      upper++;
      if (prevLower) innerCap = true;
    } else if (low) lower++;
    prevLower = low;
  }
  if (hyphen && RE_DS_ADJ_HYPHEN.test(w)) return Shape.Other;
  // Versions and years start with a digit, `v`, `V`, `I` or an apostrophe, and have six characters at most (`v12.34`).
  const f = w.charCodeAt(0);
  if (w.length <= 6 && ((f >= 48 && f <= 57) || f === 118 || f === 86 || f === 73 || f === 39 || f === 0x2019)) {
    if (RE_DS_VERSION_WORD.test(w) && !RE_DS_ROMAN.test(w)) return Shape.Number;
    if (RE_DS_YEAR.test(w)) return Shape.Number;
  }
  if (upper + lower === 0) return Shape.Other;
  if (digit && (upper || lower)) {
    if (upper > 0 && RE_DS_LETTER_DIGIT.test(w)) return Shape.Distinct;
    // `ds000030`, `enwik8`, `ogbl-wikikg2`: letters first, then digits; not units (`10ms`) or ordinals (`2nd`).
    if (RE_DS_LOWER_CODE.test(w) && RE_DS_HAS_DIGIT.test(w)) return Shape.Distinct;
    return Shape.Other;
  }
  if (innerCap || upper >= 2) {
    // `Office-Home`, `Real-World`: capitalised parts of a hyphenated word are Title, not Distinct.
    if (!innerCap && hyphen && RE_DS_HYPHEN_TITLE.test(w)) return Shape.Title;
    return Shape.Distinct;
  }
  if (f < 128) return f >= 65 && f <= 90 ? Shape.Title : Shape.Other;
  const first = w[0]!;
  return first !== first.toLowerCase() ? Shape.Title : Shape.Other;
}

const FUNCTION_WORDS = new Set(
  'the a an of on in for to with by from at as and or but nor that which who whom whose where when while is are was were be been being this these those it its their our we us they'.split(
    ' ',
  ),
);
/** Words that open a clause or point into the paper: never the first word of a name. */
const DISCOURSE_WORDS = new Set(
  'however moreover furthermore finally specifically additionally also then thus hence therefore here there table figure fig section appendix extensive experimental experiments results empirical recent existing previous prior our first second third overall further next each both all some most more other another such any every no not only unlike using based given compared although though since because while when where which'.split(
    ' ',
  ),
);
const CONNECTORS = new Set(['of', 'on', 'with', 'for', 'in', 'and', '&', 'de', 'del', 'der', 'la', 'le', 'du', 'von', 'the', 'to', 'a']);

/** Index of the first hit that ends after `pos` (hits are sorted and do not overlap). */
export function firstHitAfter(hits: GazetteerHit[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** RE_DS_WORD_JOIN on one character: `-`, `‐`, `‑`, `–` or `/`. */
function isWordJoin(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 47;
}

/**
 * The words of a region, with offsets into the whole text: split on white space,
 * punctuation peeled off (kept as `pre` and `post`), terms joined by a hyphen or slash
 * made one word (`MuSiQue` `-` `Un`), each with its lower case, shape and listed name.
 */
function wordsOf(text: string, start: number, end: number, hits: GazetteerHit[]): Word[] {
  const words: Word[] = [];
  let cur: Word | undefined;
  let i = start;
  while (i < end) {
    while (i < end && isSpaceAt(text, i)) i++;
    if (i >= end) break;
    // The token up to the next white space. `plain` when it is lower-case ASCII letters (most
    // words), maybe with one closing mark after them (`words,`): nothing to peel but that mark,
    // its lower case is itself and its shape Other (see shapeOf).
    let j = i;
    // The first character that is no lower-case ASCII letter, or -1.
    let other = -1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        if (c === 32 || (c >= 9 && c <= 13)) break;
        if ((c < 97 || c > 122) && other < 0) other = j;
      } else {
        if (isJsSpaceCode(c)) break;
        if (other < 0) other = j;
      }
      j++;
    }
    let a = i;
    let b = j;
    // A closing mark after letters is peeled as the loop below would (no `.` before it, no `'s`).
    const plain = other < 0 || (other === j - 1 && other > i && isClosePunct(text.charCodeAt(other)));
    if (plain) b = other < 0 ? j : other;
    else {
      while (a < b && isOpenPunct(text.charCodeAt(a))) a++;
      // A comma written after a space belongs to the word before (`we create SRUTI ,a benchmark`).
      if (cur && a === i && b - a > 1 && text.charCodeAt(a) === 44 && cur.post.trim() === '') {
        cur.post += ',';
        a++;
      }
      while (b > a && isClosePunct(text.charCodeAt(b - 1)) && !(text.charCodeAt(b - 1) === 46 && b - a <= 4 && text.slice(a, b - 1).includes('.'))) b--;
      // `FakeCovid-- A ...`, `Name— A ...`: a dash glued to the end of a word separates, it is no part of the word.
      const d = text.charCodeAt(b - 1);
      if (b - a > 3 && (d === 0x2014 || (d === 45 && text.charCodeAt(b - 2) === 45)) && isLetterOrDigit(text[b - (d === 45 ? 3 : 2)]!)) b -= d === 45 ? 2 : 1;
      // a possessive `'s` is not part of the name (`CSPBench's energy-ranked top five`)
      if (b - a > 3 && text.charCodeAt(b - 1) === 115 /* s */ && (text.charCodeAt(b - 2) === 39 || text.charCodeAt(b - 2) === 0x2019)) b -= 2;
    }
    let k = j;
    while (k < end && isSpaceAt(text, k)) k++;
    if (b > a) {
      const post = text.slice(b, k);
      if (cur && a === i && cur.post.length === 1 && cur.end === a - 1 && isWordJoin(cur.post.charCodeAt(0))) {
        // `MuSiQue` `-` `Un` -> one word.
        cur.text += cur.post + text.slice(a, b);
        cur.end = b;
        cur.post = post;
        // Its lower case and shape are made below.
        cur.lower = '';
      } else {
        const t = text.slice(a, b);
        // `lower` '' for a word whose lower case and shape are made below.
        cur = { text: t, lower: plain ? t : '', pre: plain ? '' : text.slice(i, a), post, start: a, end: b, shape: Shape.Other, hit: -1 };
        words.push(cur);
      }
    } else if (cur) cur.post += text.slice(i, k);
    i = k;
  }
  let h = words.length ? firstHitAfter(hits, words[0]!.start) : 0;
  for (const w of words) {
    if (w.lower === '') {
      w.lower = w.text.toLowerCase();
      w.shape = shapeOf(w.text);
    }
    while (h < hits.length && hits[h]!.end <= w.start) h++;
    if (h < hits.length && hits[h]!.start < w.end && hits[h]!.end > w.start) w.hit = h;
  }
  return words;
}

/** isJsSpaceCode on the character at i, ASCII tested inline. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : isJsSpaceCode(c);
}

// ---------------------------------------------------------------------------
// Items: name phrases, listed names and other words

enum Kind {
  Name,
  Known,
  Word,
}

interface Item {
  kind: Kind;
  /** Word indexes [from, to). */
  from: number;
  to: number;
  /** All words of the phrase are plain capitalised words (no distinctive word). */
  plain: boolean;
}

function isNameWord(w: Word): boolean {
  return w.shape === Shape.Distinct || w.shape === Shape.Title;
}

function gluedTo(a: Word, b: Word): boolean {
  const p = a.post.trim();
  // A possessive apostrophe stays inside a name (`Nurses' Health Study`).
  return (p === '' || ((p === "'" || p === '’') && a.text.endsWith('s'))) && b.pre === '';
}

function buildItems(words: Word[], titleCase: boolean): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.hit >= 0) {
      let j = i + 1;
      while (j < words.length && words[j]!.hit === w.hit) j++;
      // `MegaWika 2`: a listed name with an edition number is a name of its own.
      const nx = words[j];
      if (nx && nx.shape === Shape.Number && nx.hit < 0 && gluedTo(words[j - 1]!, nx) && RE_DS_EDITION.test(nx.text)) {
        items.push({ kind: Kind.Name, from: i, to: j + 1, plain: false });
        i = j + 1;
        continue;
      }
      items.push({ kind: Kind.Known, from: i, to: j, plain: false });
      i = j;
      continue;
    }
    const nw = words[i + 1];
    // A common capitalised word starts a name mid-sentence when a proper word follows (`Open Catalyst Bench`, `Common Crawl`).
    const genericStart =
      w.shape === Shape.Title &&
      GENERIC_WORDS.has(w.lower) &&
      !(i > 0 && !titleCase && !FUNCTION_WORDS.has(w.lower) && !DISCOURSE_WORDS.has(w.lower) && nw && gluedTo(w, nw) && nw.hit < 0 && isNameWord(nw) && !GENERIC_WORDS.has(nw.lower));
    const startsOk = isNameWord(w) && !genericStart;
    if (!startsOk || (titleCase && w.shape !== Shape.Distinct)) {
      items.push({ kind: Kind.Word, from: i, to: i + 1, plain: false });
      i++;
      continue;
    }
    let j = i + 1;
    let plain = w.shape === Shape.Title;
    while (j < words.length) {
      const prev = words[j - 1]!;
      const nx = words[j]!;
      if (!gluedTo(prev, nx) || nx.hit >= 0) break;
      if (titleCase) {
        if (nx.shape === Shape.Number || nx.shape === Shape.Distinct) {
          j++;
          continue;
        }
        // `CVPR'23 SoccerNet Challenge` in a title: the head word closes the name.
        if (nx.shape === Shape.Title && HEAD_WORDS.has(nx.lower)) j++;
        break;
      }
      if (isNameWord(nx) || nx.shape === Shape.Number) {
        // A distinctive name does not swallow a capitalised common word after it (`ImageNet Experiments`).
        if (!plain && nx.shape === Shape.Title && GENERIC_WORDS.has(nx.lower) && !RESOURCE_WORDS.has(nx.lower) && !EVENT_HEADS.has(nx.lower) && !HEAD_WORDS.has(nx.lower)) break;
        if (nx.shape === Shape.Distinct) plain = false;
        j++;
        continue;
      }
      // `Dolmino Mix 1124,`: a release number of three or four digits that ends the phrase is part of the name
      // (not a count before a noun, `ImageNet 1000 classes`).
      if (nx.shape === Shape.Other && RE_DS_RELEASE_NUMBER.test(nx.text) && (nx.post.trim() !== '' || j + 1 === words.length)) {
        j++;
        break;
      }
      // `Papers with Code`, `Reliance on Science`: a connector between capitalised plain words.
      const after = words[j + 1];
      if (plain && CONNECTORS.has(nx.text) && nx.text !== 'the' && nx.text !== 'and' && after && gluedTo(nx, after) && after.shape === Shape.Title && after.hit < 0 && !FUNCTION_WORDS.has(after.lower)) {
        j += 2;
        continue;
      }
      break;
    }
    // A capitalised word at the very start of a sentence is a name only with more capitalised words after it.
    // (`Trained on Common Crawl`: the first word does not join `on` and what follows.)
    if (i === 0 && w.shape === Shape.Title && (j === i + 1 || CONNECTORS.has(words[i + 1]!.lower))) {
      items.push({ kind: Kind.Word, from: i, to: i + 1, plain: false });
      i++;
      continue;
    }
    items.push({ kind: Kind.Name, from: i, to: j, plain });
    i = j;
  }
  return items;
}

// ---------------------------------------------------------------------------
// Filters

let stop: Set<string> | undefined;
let venueStop: Set<string> | undefined;
/** Folded venue names (`NeurIPS`, `arXiv`, `Nature`): not datasets unless a dataset word says so. */
function venueKeys(): Set<string> {
  if (venueStop) return venueStop;
  const s = new Set<string>();
  for (const v of (venues as { venues: { name: string; aliases?: string[] }[] }).venues) {
    for (const a of [v.name, ...(v.aliases ?? [])]) {
      const k = foldKey(a);
      if (k.length >= 2) s.add(k);
    }
  }
  venueStop = s;
  return s;
}

/** Folded names that are never datasets: metrics, models, tasks. */
function stopKeys(): Set<string> {
  if (stop) return stop;
  const s = new Set<string>(metricKeys());
  for (const k of MODEL_STEMS) s.add(k);
  for (const k of TASK_WORDS) s.add(foldKey(k));
  stop = s;
  return s;
}

let metricStop: Set<string> | undefined;

/** Folded metric names (`SPICE`, `BLEU`): a dataset only where a dataset word right after says so (`the SPICE benchmark`). */
function metricKeys(): Set<string> {
  if (metricStop) return metricStop;
  const s = new Set<string>();
  for (const m of (metrics as { metrics: { name: string; aliases?: string[] }[] }).metrics) {
    for (const a of [m.name, ...(m.aliases ?? [])]) {
      const k = foldKey(a);
      if (k.length >= 2) s.add(k);
    }
  }
  metricStop = s;
  return s;
}

/** A model or tool: a stem with a number, version or size (`ResNet-50`, `GPT-4o`, `Llama-2-7B`, `YOLOv8`). */
function isModelLike(name: string): boolean {
  const parts = name.split(RE_DS_NAME_PARTS).filter(Boolean);
  if (parts.some((p) => RE_DS_MODEL_SIZE.test(p))) return true;
  const folded = foldKey(name);
  // The letters before the first digit, without a trailing `v` (`resnet50` -> `resnet`, `yolov8` -> `yolo`).
  let cut = 0;
  while (cut < folded.length && !(folded.charCodeAt(cut) >= 48 && folded.charCodeAt(cut) <= 57)) cut++;
  let stem = folded.slice(0, cut);
  if (stem !== folded && stem.endsWith('v') && MODEL_STEMS.has(stem.slice(0, -1))) stem = stem.slice(0, -1);
  if (stem.length >= 2 && stem !== folded && MODEL_STEMS.has(stem)) return true;
  const first = foldKey(parts[0] ?? '');
  return MODEL_STEMS.has(first) && parts.length > 1 && parts.slice(1).every((p) => RE_DS_VERSION_PART.test(p) || RE_DS_MODEL_SIZE_WORD.test(p));
}

/**
 * True when the name cannot be a dataset's. `explicit` when the text itself calls the name a
 * dataset or benchmark (`Our RTVLM is the first red-teaming dataset`, `X: A Benchmark for`):
 * then a model-like ending (`-LM`, `-GPT`) does not overrule it.
 */
function rejectName(name: string, explicit = false): boolean {
  const k = foldKey(name);
  if (k.length < 2 || RE_DS_DIGITS.test(k)) return true;
  // A plural acronym is a kind of thing (`NPs`, `GNNs`, `LLMs`), not a dataset.
  if (RE_DS_PLURAL_ACRONYM.test(name)) return true;
  // A name needs two letters or digits in a row: `C/C++` (a language before `dataset`) is none.
  if (!hasAlnumPair(name)) return true;
  // `text-to-SQL benchmarks`, `NL-to-IaC datasets`: a task written as a mapping, not a name.
  if (isMappingTask(name)) return true;
  // A part of a dataset named just before it (`ShanghaiTech Part_A and Part_B`) is not a name of its own.
  if (RE_DS_PART_NAME.test(name)) return true;
  if (stopKeys().has(k)) return true;
  if (isModelLike(name)) return true;
  const words = name.split(RE_DS_SPACES);
  if (words.length === 1 && GENERIC_WORDS.has(name.toLowerCase())) return true;
  if (words.every((w) => GENERIC_WORDS.has(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()))) return true;
  // Names shaped like models (`FlowFormer`, `StyleGAN`, `SciBERT`, `WebGPT`, `MedLLM`); not `-Net`, which datasets share (`ImageNet`, `ShapeNet`).
  if (!explicit && RE_DS_MODEL_SUFFIX.test(name)) return true;
  return false;
}

/** `FID-50k`, `IS-10K`: a metric computed on a number of samples, whatever the rule that found it. */
function isSampledMetric(name: string): boolean {
  const dash = name.indexOf('-');
  return dash > 0 && isSampleCount(name.slice(dash + 1)) && metricKeys().has(foldKey(name.slice(0, dash)));
}

/** `50k`, `10K`, `1M`: digits, then a thousand or million sign. */
function isSampleCount(s: string): boolean {
  const n = s.length;
  const last = s.charCodeAt(n - 1);
  if (n < 2 || (last !== 107 && last !== 75 && last !== 77)) return false;
  for (let i = 0; i < n - 1; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/** One word with `-to-` inside and no digit (`text-to-SQL`, `NL-to-IaC`, `image-to-video`): a task, not a dataset's name. */
function isMappingTask(name: string): boolean {
  const i = name.indexOf('-to-');
  if (i <= 0 || name.indexOf(' ') >= 0) return false;
  for (let k = 0; k < name.length; k++) if (isDigitCode(name.charCodeAt(k))) return false;
  return true;
}

/** True when two letters or digits stand next to each other somewhere in the name. */
function hasAlnumPair(name: string): boolean {
  let run = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const alnum = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : isLetterOrDigit(name[i]!);
    run = alnum ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Candidate sentences

const MORPH = RE_DS_BENCH_SHAPE;

/** True when the word ends with one of MORPH's suffixes (a cheap test of its last character first). */
function endsLikeBenchmark(w: string): boolean {
  switch (w.charCodeAt(w.length - 1)) {
    case 104: // h
      return w.endsWith('ench');
    case 72: // H
      return w.endsWith('ENCH');
    case 65: // A
      return w.endsWith('QA');
    case 108: // l
      return w.endsWith('Eval');
    case 115: // s
      return w.endsWith('Corpus');
    case 97: // a
      return w.endsWith('Arena');
    default:
      return false;
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** {@link isBenchmarkShaped} on `text[at, end)`, sliced only when it ends with one of MORPH's suffixes, a size or a short tail. */
function isBenchmarkShapedAt(text: string, at: number, end: number, tail: number): boolean {
  // Each shape below needs an ASCII capital, digit or hyphen after the word's first character
  // (`tail`, from wordEnd), or a last `h` (`workbench`): `Eval`, `Corpus` and `Arena` alone are no
  // shape (nothing before the suffix). Most words have none of these: no look at their ends.
  if (tail === 0 && text.charCodeAt(end - 1) !== 104) return false;
  // `CAMCUE-DATA`, `Foo-Data`: a data word after a hyphen.
  if (end - at >= 7 && text.charCodeAt(end - 5) === 45 && (text.startsWith('Data', end - 4) || text.startsWith('DATA', end - 4))) return isBenchmarkShaped(text.slice(at, end));
  const s = BENCH_SUFFIX[text.charCodeAt(end - 1) & 127]!;
  if (s && end - at >= s.length && text.startsWith(s, end - s.length)) return isBenchmarkShaped(text.slice(at, end));
  const last = text.charCodeAt(end - 1);
  // `DraCo-240K`: a size in thousands after a hyphen.
  if ((last === 75 || last === 107) && end - at >= 6 && isDigitCode(text.charCodeAt(end - 2))) return isBenchmarkShaped(text.slice(at, end));
  // `ARMBench-VL`, `SWE-bench-Pro`: a short tail after a benchmark-shaped stem (the word has an ASCII hyphen after its first character).
  if ((tail & TAIL_HYPHEN) === 0) return false;
  for (let p = end - 2; p > at + 2 && p >= end - 10; p--) {
    if (text.charCodeAt(p) !== 45) continue;
    const t = BENCH_SUFFIX[text.charCodeAt(p - 1) & 127]!;
    return !!t && p - at >= t.length && text.startsWith(t, p - t.length) && isBenchmarkShaped(text.slice(at, end));
  }
  return false;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Tails a benchmark's name may carry after a hyphen (`-Pro`, `-Verified`), beside short capitals and digits (`-VL`, `-MM`, `-V2`). */
const BENCH_TAILS = new Set(['Pro', 'Plus', 'Lite', 'Mini', 'Hard', 'Live', 'Long', 'Verified', 'Video', 'Multimodal']);

/** `VL`, `MM`, `V2`, `ZH`: one to four capitals or digits with a capital; or one of BENCH_TAILS. */
function isBenchTail(t: string): boolean {
  if (BENCH_TAILS.has(t)) return true;
  if (t.length < 1 || t.length > 4) return false;
  let capital = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) capital = true;
    else if (!isDigitCode(c)) return false;
  }
  return capital;
}

/**
 * A name with a size in thousands after a hyphen (`DraCo-240K`, `ViDiC-1K`, `TrajScene-60K`):
 * a stem of three characters or more that starts with a capital, a hyphen, one to four digits
 * (and one decimal), then `K`. Sizes in millions or billions are left out: models use them
 * (`Pythia-410M`, `Llama-7B`).
 */
function isSizeSuffixed(w: string): boolean {
  let i = w.length - 2;
  let digits = 0;
  while (i >= 0 && isDigitCode(w.charCodeAt(i))) {
    i--;
    digits++;
  }
  if (i >= 1 && w.charCodeAt(i) === 46 && digits === 1) {
    i--;
    digits = 0;
    while (i >= 0 && isDigitCode(w.charCodeAt(i))) {
      i--;
      digits++;
    }
  }
  if (digits < 1 || digits > 4 || i < 3 || w.charCodeAt(i) !== 45) return false;
  const c = w.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  let letters = 0;
  for (let j = 0; j < i; j++) if (isAsciiLetter(w.charCodeAt(j))) letters++;
  return letters >= 3;
}

/** MORPH's suffixes by their last character (masked to 7 bits: a false hit only costs a look). */
const BENCH_SUFFIX: string[] = new Array(128).fill('');
for (const s of ['ench', 'ENCH', 'QA', 'Eval', 'Corpus', 'Arena']) BENCH_SUFFIX[s.charCodeAt(s.length - 1)] = s;

/** Benchmark-shaped names: `MGTBench`, `SWE-bench`, `HotpotQA`, `TAT-QA`, `HumanEval`, `BookCorpus`. */
function isBenchmarkShaped(w: string): boolean {
  // `CAMCUE-DATA`: a distinctive stem and a data word after a hyphen (not `Open-Data`).
  if (w.length >= 7 && w.charCodeAt(w.length - 5) === 45 && (w.endsWith('Data') || w.endsWith('DATA'))) return shapeOf(w.slice(0, -5)) === Shape.Distinct;
  // The suffixes MORPH ends with, checked first: most words end otherwise.
  if (!endsLikeBenchmark(w)) {
    const last = w.charCodeAt(w.length - 1);
    if (last === 75 || last === 107) return isSizeSuffixed(w);
    const dash = w.lastIndexOf('-');
    return dash > 2 && w.length - dash - 1 <= 10 && isBenchTail(w.slice(dash + 1)) && isBenchmarkShaped(w.slice(0, dash));
  }
  const m = MORPH.exec(w);
  if (!m) return false;
  const core = w.slice(0, m.index).replace(RE_DS_TRAILING_JOIN, '');
  if (core.length < 2) return false;
  const suffix = m[0];
  if (suffix === 'QA') {
    // `HotpotQA`, `ConFiQA`, `TAT-QA`; not task acronyms (`VQA`, `KBQA`, `ODQA`).
    return RE_DS_HAS_LOWER.test(core) || RE_DS_TRAILING_HYPHEN.test(w.slice(0, m.index));
  }
  if (suffix === 'Eval' || suffix === 'Corpus' || suffix === 'Arena') return RE_DS_HAS_LETTER.test(core) && RE_DS_HAS_UPPER.test(core[0]!) && core.length >= 3;
  return RE_DS_HAS_LETTER.test(core);
}

/** Every strong, weak and list cue: one look-up for the candidate scan. */
const TRIGGER_CUES: ReadonlySet<string> = new Set([...STRONG_CUES, ...WEAK_CUES, ...LIST_CUES]);

const SENT_ABBREV = new Set(['e.g', 'i.e', 'al', 'vs', 'cf', 'fig', 'figs', 'eq', 'eqs', 'sec', 'no', 'approx', 'resp', 'incl', 'etc', 'et', 'ref', 'refs', 'st', 'dr', 'mr', 'ms', 'vol', 'pp']);

/** Cheap sentence regions: [start, end) pairs, flat (start at 2k, end at 2k + 1: no array a region). */
function sentenceRegions(text: string): number[] {
  const out: number[] = [];
  const len = text.length;
  // Only line breaks, `.`, `!` and `?` can end a region: jump between them (indexOf is far faster than a loop).
  let nl = indexOrEnd(text, '\n', 0);
  let dot = indexOrEnd(text, '.', 0);
  let bang = indexOrEnd(text, '!', 0);
  let quest = indexOrEnd(text, '?', 0);
  let s = 0;
  for (let i = Math.min(nl, dot, bang, quest); i < len; i = Math.min(nl, dot, bang, quest)) {
    const c = text.charCodeAt(i);
    if (c === 10) nl = indexOrEnd(text, '\n', i + 1);
    else if (c === 46) dot = indexOrEnd(text, '.', i + 1);
    else if (c === 33) bang = indexOrEnd(text, '!', i + 1);
    else quest = indexOrEnd(text, '?', i + 1);
    if (c === 10) {
      if (text.charCodeAt(i + 1) === 10 || i === len - 1) {
        out.push(s, i);
        s = i + 1;
      }
      continue;
    }
    const n = text.charCodeAt(i + 1);
    if (!(n === 32 || n === 10 || n === 9 || Number.isNaN(n))) continue;
    if (c === 46) {
      // The word before the dot (letters and dots): an abbreviation (at most 6 characters) does not end a sentence.
      let k = i - 1;
      while (k >= 0 && i - k <= 7 && isAbbrevChar(text.charCodeAt(k))) k--;
      if (i - 1 - k <= 6) {
        const w = text.slice(k + 1, i).toLowerCase();
        if (SENT_ABBREV.has(w) || (w.length === 1 && RE_DS_HAS_LOWER.test(w))) continue;
      }
    }
    out.push(s, i + 1);
    s = i + 1;
  }
  if (s < len) out.push(s, len);
  return out;
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const k = text.indexOf(ch, from);
  return k < 0 ? text.length : k;
}

/** A character of an abbreviation like `e.g.`: an ASCII letter or `.`. */
function isAbbrevChar(c: number): boolean {
  return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * True when a region deserves a close reading: it has a trigger (a dataset word, `data
 * from`, `trained on`, a benchmark-shaped word, a listed name in a list, `On X, ...`) and
 * a word that could be an unlisted name (capitals or digits, outside listed names, not the
 * sentence's first word unless distinctive). The rules only ever return such words, so a
 * region without one is skipped without tokenizing it.
 */
function isCandidate(text: string, start: number, end: number, hits: GazetteerHit[], isFirst: boolean): boolean {
  if (!mayHoldName(text, start, end)) return false;
  let trigger = false;
  let nameish = false;
  /** The previous word in lower case (undefined until needed), and where it stands. */
  let prev: string | undefined = '';
  let pa = 0;
  let pe = 0;
  let h = firstHitAfter(hits, start);
  // Where hit h starts and ends (Infinity past the last): two numbers to compare a word, not an object to read.
  let hStart = h < hits.length ? hits[h]!.start : Infinity;
  let hEnd = h < hits.length ? hits[h]!.end : Infinity;
  let first = true;
  /** A word `on` or `across`, without which RE_DS_RESULTS_ON cannot match. */
  let onWord = false;
  // The words of the region as RE_DS_WORD finds them, by a scan over code points; a word
  // is read by its character codes and sliced only when a look-up below may know it.
  // After a word that ended at a character no word holds, the next word starts after it.
  /** What {@link wordEnd} leaves in wordTail and wordStop, for the current word. */
  let tail = 0;
  let stop = 0;
  for (let at = nextWordStart(text, start, end), wEnd = at; at < end; at = nextWordStart(text, wEnd + stop, end)) {
    // wordEnd, inline for a word of ASCII characters (most): the same end, tail and stop.
    const c0 = text.charCodeAt(at);
    let q = at + 1;
    let c = 0;
    let t = 0;
    let s = 0;
    if (c0 < 128) {
      for (const lim = Math.min(end, q + 40); q < lim; q++) {
        c = text.charCodeAt(q);
        if (c >= 128) break;
        const k = WORD_CHAR[c]!;
        if (k === 0) {
          s = 1;
          break;
        }
        t |= k;
      }
    }
    if (c0 >= 128 || c >= 128) {
      wEnd = wordEnd(text, at, end);
      tail = wordTail;
      stop = wordStop;
    } else {
      wEnd = q;
      tail = t & (TAIL_UPPER | TAIL_DIGIT | TAIL_HYPHEN);
      stop = s;
    }
    if (hEnd <= at) {
      while (h < hits.length && hits[h]!.end <= at) h++;
      hStart = h < hits.length ? hits[h]!.start : Infinity;
      hEnd = h < hits.length ? hits[h]!.end : Infinity;
    }
    const inHit = hStart <= at;
    // `MegaWika 2`: a listed name with an edition number may be a name of its own.
    if (inHit && !nameish && text.charCodeAt(hits[h]!.end) === 32 && RE_DS_EDITION_AFTER.test(text.slice(hits[h]!.end, hits[h]!.end + 4))) nameish = true;
    if (!nameish && !inHit) {
      // A capital first (not the sentence's first word), a capital after the first letter, or two letters then a digit.
      const c = text.charCodeAt(at);
      const cap = c >= 65 && c <= 90 ? true : c > 127 && text[at] !== text[at]!.toLowerCase();
      if ((cap && !first) || (tail & TAIL_UPPER) !== 0 || ((tail & TAIL_DIGIT) !== 0 && isAsciiLetter(c) && isAsciiLetter(text.charCodeAt(at + 1)))) nameish = true;
    }
    first = false;
    if (trigger) {
      if (nameish) return true;
      continue;
    }
    // A word none of the look-ups below can know (by its first three letters) is only
    // checked for a benchmark shape; its lower case is made when the next word needs it.
    if (!mayBeCueWord(text, at, wEnd)) {
      // (isBenchmarkShapedAt's own first test, here: most words pass no further.)
      if (!inHit && (tail !== 0 || text.charCodeAt(wEnd - 1) === 104) && isBenchmarkShapedAt(text, at, wEnd, tail)) return true;
      prev = undefined;
      pa = at;
      pe = wEnd;
      continue;
    }
    const lw = lowerWord(text, at, wEnd);
    if (lw === 'on' || lw === 'across') onWord = true;
    if (lw === 'data') {
      if (pe > pa && text[pa] !== (prev ??= text.slice(pa, pe).toLowerCase())[0]) trigger = true;
    } else if (TRIGGER_CUES.has(lw)) trigger = true;
    else if ((lw === 'mixture' || lw === 'mix') && (prev ??= text.slice(pa, pe).toLowerCase()) === 'data') trigger = true;
    else if (EVAL_VERBS.has(lw) && ((prev ??= text.slice(pa, pe).toLowerCase()) === 'to' || prev.endsWith('ly'))) trigger = true;
    else if ((lw === 'from' || lw === 'of') && (DATA_NOUNS.has((prev ??= prevWordFor(text, pa, pe))) || (lw === 'from' && DATA_VERBS.has(prev)))) trigger = true;
    else if (lw === 'on' && TRAIN_VERBS.has((prev ??= prevWordFor(text, pa, pe)))) trigger = true;
    else if (lw === 'in' && ENROL_WORDS.has((prev ??= prevWordFor(text, pa, pe)))) trigger = true;
    else if (text[at] !== lw[0] && (RESOURCE_WORDS.has(lw) || HEAD_WORDS.has(lw))) trigger = true;
    else if (!inHit && isBenchmarkShapedAt(text, at, wEnd, tail)) return true;
    prev = lw;
    pa = at;
    pe = wEnd;
  }
  if (!nameish) return false;
  if (trigger) return true;
  if (hasCountParen(text, start, end)) return true;
  const region = text.slice(start, end);
  if (isFirst && region.indexOf(':') > 0) return true;
  // `On X and Y, our method ...`, `Experiments on X and Y show ...`.
  if (onWord && RE_DS_RESULTS_ON.test(region)) return true;
  // A listed name inside a list: `X, Y and Z` with a listed one.
  for (let k = firstHitAfter(hits, start); k < hits.length && hits[k]!.start < end; k++) {
    const hit = hits[k]!;
    if (hit.start < start || hit.end > end) continue;
    const after = text.slice(hit.end, Math.min(end, hit.end + 6));
    const before = text.slice(Math.max(start, hit.start - 6), hit.start);
    if (RE_DS_LIST_AFTER.test(after) || RE_DS_LIST_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * False when the scan below surely finds no name-like word and no benchmark-shaped word, so
 * the region is no candidate (about four regions in ten). A name-like word needs an ASCII
 * capital, a digit or a non-ASCII character somewhere after the first word's first character
 * (found by one native regex scan); without one, the only benchmark shape left is a lower-case
 * word ending in `bench` (`workbench`): the shapes ending in `QA`, `Eval`, `Corpus`, `Arena`,
 * `ENCH`, a size (`-240K`) or a capital tail (`-VL`) all need a capital or a digit after a
 * first character, and `Bench` alone is too short. Conservative: a false `true` only costs the scan.
 */
function mayHoldName(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) break;
    k++;
  }
  if (k >= end) return false;
  const n = nextNameishChar(text, k + 1);
  if (n >= 0 && n < end) return true;
  const b = nextBench(text, start);
  return b >= 0 && b + 5 <= end;
}

/*
 * The searches of mayHoldName and hasCountParen run on to the end of the text when a region
 * has no match; their last answers are kept (reset for each text by findContextDatasets), and
 * regions ask in increasing order, so each text is searched about once, not once a region.
 * `xFrom`/`xAt`: the first match at or after `xFrom` is at `xAt` (-1: none).
 */
let nameishFrom = Infinity;
let nameishAt = -1;
let benchFrom = Infinity;
let benchAt = -1;
let parenFrom = Infinity;
let parenAt = -1;

/** Resets the kept answers of the searches below for a new text. */
function resetSearches(): void {
  nameishFrom = benchFrom = parenFrom = Infinity;
}

/** Where the first RE_DS_NAMEISH_CHAR at or after `from` stands (-1 for none). */
function nextNameishChar(text: string, from: number): number {
  if (nameishFrom <= from && (nameishAt < 0 || nameishAt >= from)) return nameishAt;
  nameishFrom = from;
  RE_DS_NAMEISH_CHAR.lastIndex = from;
  // One code unit a match: the match stood right before lastIndex (`test` makes no match array).
  nameishAt = RE_DS_NAMEISH_CHAR.test(text) ? RE_DS_NAMEISH_CHAR.lastIndex - 1 : -1;
  return nameishAt;
}

/** Where the first `bench` at or after `from` starts (-1 for none). */
function nextBench(text: string, from: number): number {
  if (benchFrom <= from && (benchAt < 0 || benchAt >= from)) return benchAt;
  benchFrom = from;
  benchAt = text.indexOf('bench', from);
  return benchAt;
}

/** The first `(` at or after `from` (-1 for none). */
function nextParen(text: string, from: number): number {
  if (parenFrom <= from && (parenAt < 0 || parenAt >= from)) return parenAt;
  parenFrom = from;
  parenAt = text.indexOf('(', from);
  return parenAt;
}

/** An ASCII character's letter for the table below: 0-25 for `a-z` in either case, 26 for any other. */
const LETTER = new Uint8Array(128).fill(26);
for (let c = 0; c < 26; c++) LETTER[65 + c] = LETTER[97 + c] = c;

/**
 * The words the candidate scan looks up, by their first letters (built on first use): for
 * each trigram (27 x 27 x 27) a bit for each length (up to 15) of such a word that starts
 * with it, then one entry per bigram for the two-letter words (`of`, `on`, `in`).
 */
let cueStarts: Uint16Array | undefined;
/** The same words by their first two letters (27 x 27), a bit for each length (up to 31): 3 KB, read first. */
let cueBigrams: Uint32Array | undefined;

function buildCueStarts(): Uint16Array {
  const t = new Uint16Array(27 * 27 * 27 + 27 * 27);
  const b = new Uint32Array(27 * 27);
  for (const x of [...TRIGGER_CUES, ...RESOURCE_WORDS, ...HEAD_WORDS, 'data', 'from', 'of', 'on', 'in', 'across', 'mixture', 'mix', ...EVAL_VERBS]) {
    const k = LETTER[x.charCodeAt(0)]! * 27 + LETTER[x.charCodeAt(1)]!;
    b[k]! |= 1 << Math.min(x.length, 31);
    if (x.length === 2) t[27 * 27 * 27 + k] = 1;
    else t[k * 27 + LETTER[x.charCodeAt(2)]!]! |= 1 << Math.min(x.length, 15);
  }
  cueBigrams = b;
  return t;
}

/**
 * False when the word (lower-cased) is surely none of the words the candidate scan looks
 * up: its first characters are ASCII and no such word of its length starts with them.
 */
function mayBeCueWord(text: string, at: number, end: number): boolean {
  const len = end - at;
  if (len < 2) return false;
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = len > 2 ? text.charCodeAt(at + 2) : 0;
  if ((a | b | c) >= 128) return true;
  const t = (cueStarts ??= buildCueStarts());
  const k = LETTER[a]! * 27 + LETTER[b]!;
  // No such word of this length starts with these two letters (most words): no look at the larger table.
  // (A word the table below lets through only to fail every look-up is left out: it is known to none.)
  if ((cueBigrams![k]! & (1 << Math.min(len, 31))) === 0) return false;
  return len === 2 ? t[27 * 27 * 27 + k] === 1 : (t[k * 27 + LETTER[c]!]! & (1 << Math.min(len, 15))) !== 0;
}

/**
 * The word [at, end) in lower case; `of`, `on` and `in` (most of the words the candidate
 * scan looks up) without a slice: `| 32` maps only `O`/`o`, `F`/`f`, `N`/`n`, `I`/`i` to them.
 */
function lowerWord(text: string, at: number, end: number): string {
  if (end - at === 2) {
    const a = text.charCodeAt(at) | 32;
    const b = text.charCodeAt(at + 1) | 32;
    if (a === 111 && b === 102) return 'of';
    if (a === 111 && b === 110) return 'on';
    if (a === 105 && b === 110) return 'in';
  }
  return text.slice(at, end).toLowerCase();
}

/** For each first two letters (LETTER, 27 x 27), a bit for each length (up to 31) of a word in DATA_NOUNS, DATA_VERBS, TRAIN_VERBS or ENROL_WORDS. */
let prevStarts: Uint32Array | undefined;

function buildPrevStarts(): Uint32Array {
  const t = new Uint32Array(27 * 27);
  for (const set of [DATA_NOUNS, DATA_VERBS, TRAIN_VERBS, ENROL_WORDS]) {
    for (const w of set) t[LETTER[w.charCodeAt(0) & 127]! * 27 + LETTER[w.charCodeAt(1) & 127]!]! |= 1 << Math.min(w.length, 31);
  }
  return t;
}

/**
 * The word [pa, pe) in lower case for a look-up in DATA_NOUNS, DATA_VERBS, TRAIN_VERBS or
 * ENROL_WORDS; `''` (in none of them) when its first letter and length say it is in none,
 * without a slice. (A lower case that is all ASCII has the length of the word: only the
 * Kelvin sign lower-cases to ASCII, one character to one; a first character past ASCII is looked up.)
 */
function prevWordFor(text: string, pa: number, pe: number): string {
  const c = text.charCodeAt(pa);
  // (A second character past ASCII, or none, is looked up too.)
  const d = pe - pa > 1 ? text.charCodeAt(pa + 1) : 128;
  if (pe > pa && c < 128 && d < 128 && ((prevStarts ??= buildPrevStarts())[LETTER[c]! * 27 + LETTER[d]!]! & (1 << Math.min(pe - pa, 31))) === 0) return '';
  return text.slice(pa, pe).toLowerCase();
}

/** The code point at i (a surrogate pair only when both halves lie before `end`) and its length. */
function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** `[\p{L}\p{N}]` on the code point at i (of length `len`). */
function isLetterOrDigitAt(text: string, i: number, cp: number, len: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return isLetterOrDigit(text.slice(i, i + len));
}

/** Where the next RE_DS_WORD match at or after i starts (its first code point is a letter or digit), or `end`. */
function nextWordStart(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return i;
      i++;
      continue;
    }
    const cp = codePointIn(text, i, end);
    const len = cp > 0xffff ? 2 : 1;
    if (isLetterOrDigitAt(text, i, cp, len)) return i;
    i += len;
  }
  return end;
}

/** ASCII capitals, digits and hyphens seen after the first character of the last word {@link wordEnd} read (bits). */
let wordTail = 0;
/** 1 when the last word {@link wordEnd} read ended at a character that no word holds (not at its limit or the region end). */
let wordStop = 0;
const TAIL_UPPER = 1;
const TAIL_DIGIT = 2;
const TAIL_HYPHEN = 8;
/** What an ASCII character is inside a word: IN_WORD for letters, digits, `'` and `-`, with TAIL_UPPER, TAIL_DIGIT or TAIL_HYPHEN; else 0. */
const IN_WORD = 4;
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD_CHAR[c] = c >= 65 && c <= 90 ? IN_WORD | TAIL_UPPER : c >= 48 && c <= 57 ? IN_WORD | TAIL_DIGIT : c === 45 ? IN_WORD | TAIL_HYPHEN : (c >= 97 && c <= 122) || c === 39 ? IN_WORD : 0;
}

/** Where the RE_DS_WORD match starting at i ends: up to 40 more letters, digits, apostrophes or hyphens. Sets {@link wordTail}. */
function wordEnd(text: string, i: number, end: number): number {
  i += codePointIn(text, i, end) > 0xffff ? 2 : 1;
  let tail = 0;
  // 40 more code points at most: the limit moves on by one for each surrogate pair.
  let lim = Math.min(end, i + 40);
  let stop = 0;
  while (i < lim) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = WORD_CHAR[c]!;
      if (k === 0) {
        stop = 1;
        break;
      }
      tail |= k;
      i++;
      continue;
    }
    const cp = codePointIn(text, i, end);
    const len = cp > 0xffff ? 2 : 1;
    // ' ’ - ‐ ‑ –
    if (!(cp === 39 || cp === 0x2019 || cp === 45 || cp === 0x2010 || cp === 0x2011 || cp === 0x2013 || isLetterOrDigitAt(text, i, cp, len))) {
      stop = 1;
      break;
    }
    i += len;
    if (len === 2) lim = Math.min(end, lim + 1);
  }
  wordTail = tail & (TAIL_UPPER | TAIL_DIGIT | TAIL_HYPHEN);
  wordStop = stop;
  return i;
}

// ---------------------------------------------------------------------------
// The rules

interface Found {
  from: number;
  to: number;
  rule: string;
  /** Definitional rules (a name defined as a dataset) are not vetoed by method cues. */
  strong: boolean;
  /** Include the cue word that follows as part of the name (`Answer Engine Evaluation benchmark`). */
  withCue?: number;
  abbr?: string;
}

function isCue(w: Word | undefined, weakOk: boolean): boolean {
  if (!w || w.hit >= 0) return false;
  if (w.lower === 'data' || SET_CUES.has(w.lower)) return false;
  if (w.shape !== Shape.Other && w.shape !== Shape.Title) return false;
  return STRONG_CUES.has(w.lower) || (weakOk && WEAK_CUES.has(w.lower));
}

function nameText(words: Word[], from: number, to: number, text: string): string {
  return text.slice(words[from]!.start, words[to - 1]!.end);
}

/** The parenthesised abbreviation right after word index i (`(AEE)`), if any. */
function abbrAfter(words: Word[], i: number): string | undefined {
  const w = words[i];
  if (!w || !w.pre.startsWith('(') || !w.post.startsWith(')')) return undefined;
  if (w.shape !== Shape.Distinct) return undefined;
  return w.text;
}

/**
 * Whether `abbr` abbreviates the words `from..to` (in the manner of Schwartz and Hearst):
 * its first letter starts the first word and its letters appear in order in the words.
 */
function abbreviates(abbr: string, words: Word[], from: number, to: number): boolean {
  const long = words.slice(from, to).map((w) => w.lower).join(' ');
  const short = abbr.toLowerCase();
  if (!short || short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of short) {
    if (!RE_DS_HAS_LETTER.test(ch) && !RE_DS_HAS_DIGIT.test(ch)) continue;
    i = long.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

function itemAt(items: Item[], wordIndex: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid]!;
    if (wordIndex < it.from) hi = mid - 1;
    else if (wordIndex >= it.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The longest list the coordination walks follow (a longer run of commas is not a list of names). */
const MAX_LIST = 64;

/** Coordinated names ending at item k (inclusive), walking left: `A, B and C`. Returns item indexes. */
function coordinatedBefore(items: Item[], words: Word[], k: number): number[] {
  const out = [k];
  let cur = k;
  while (cur > 0 && out.length < MAX_LIST) {
    const prevItem = items[cur - 1]!;
    const firstWord = words[items[cur]!.from]!;
    // `A, B`: a comma after the previous item's last word.
    const pw = words[prevItem.to - 1]!;
    if ((prevItem.kind === Kind.Name || prevItem.kind === Kind.Known) && RE_DS_COMMA_POST.test(pw.post) && !firstWord.pre) {
      out.unshift(cur - 1);
      cur--;
      continue;
    }
    // `A and B`, `A, and B`, `A or B`, `A and the B`, `A, the B`.
    if (prevItem.kind === Kind.Word && prevItem.to - prevItem.from === 1) {
      let cwi = cur - 1;
      let cw = words[items[cwi]!.from]!;
      if (cw.lower === 'the' && cwi >= 1 && items[cwi - 1]!.kind === Kind.Word) {
        cwi--;
        cw = words[items[cwi]!.from]!;
      } else if (cw.lower === 'the' && cwi >= 1 && RE_DS_COMMA_POST.test(words[items[cwi - 1]!.to - 1]!.post) && items[cwi - 1]!.kind !== Kind.Word) {
        out.unshift(cwi - 1);
        cur = cwi - 1;
        continue;
      }
      if ((cw.lower === 'and' || cw.lower === 'or' || cw.lower === '&' || cw.lower === 'vs') && cwi >= 1) {
        const before = items[cwi - 1]!;
        if (before.kind === Kind.Name || before.kind === Kind.Known) {
          out.unshift(cwi - 1);
          cur = cwi - 1;
          continue;
        }
        // `the MCF-UA stunt-actor and MUVIM datasets`: one lower-case modifier after a distinctive name.
        if (before.kind === Kind.Word && before.to - before.from === 1 && cwi >= 2) {
          const mw = words[before.from]!;
          const nb = items[cwi - 2]!;
          if ((mw.lower.includes('-') || isListModifier(mw)) && mw.shape === Shape.Other && ((nb.kind === Kind.Name && !nb.plain) || nb.kind === Kind.Known) && gluedTo(words[nb.to - 1]!, mw) && gluedTo(mw, cw)) {
            out.unshift(cwi - 2);
            cur = cwi - 2;
            continue;
          }
        }
      }
    }
    break;
  }
  return out;
}

/** A modifier inside a list item: `newly introduced`, `recently released`, `public`. */
function isListModifier(w: Word): boolean {
  if (w.shape !== Shape.Other || RE_DS_PUNCT_PAREN.test(w.post)) return false;
  return NEUTRAL_MODIFIERS.has(w.lower) || w.lower.endsWith('ly') || w.lower.endsWith('ed');
}

/** Coordinated names starting at item k, walking right. Lower-case segments between commas are skipped (`a mapping`). */
function coordinatedAfter(items: Item[], words: Word[], k: number, end: number): number[] {
  const out: number[] = [];
  let cur = k;
  while (cur < end && out.length < MAX_LIST) {
    const it = items[cur]!;
    if (it.kind === Kind.Name || it.kind === Kind.Known) {
      out.push(cur);
      const last = words[it.to - 1]!;
      let post = last.post;
      let after = cur + 1;
      // `X (64.4 AP), Y (61.4 AP), and Z`, `X (three of six settings, +1.21%), and Y`: a parenthetical
      // after a name (a score, a year, a short remark) is stepped over.
      if (words[it.to]?.pre.startsWith('(') && post.trim() === '') {
        let j = it.to;
        while (j < words.length && j - it.to < 12 && !RE_DS_CLOSE_PAREN.test(words[j]!.post)) j++;
        const ai = j < words.length && j - it.to < 12 ? itemAt(items, j + 1) : -1;
        if (ai >= 0 && items[ai]!.from === j + 1) {
          post = words[j]!.post.replace(RE_DS_LEADING_CLOSE_PAREN, '');
          after = ai;
        }
      }
      if (RE_DS_COMMA_POST.test(post)) {
        cur = after;
        continue;
      }
      const nx = items[after];
      // `DREAMS / PAFE`: a spaced slash between two names.
      if (nx && nx.kind === Kind.Word && words[nx.from]!.text === '/' && post.trim() === '' && items[after + 1] && items[after + 1]!.kind !== Kind.Word) {
        cur = after + 1;
        continue;
      }
      if (nx && nx.kind === Kind.Word && ['and', 'or', '&'].includes(words[nx.from]!.lower) && !RE_DS_CLAUSE_PUNCT.test(post)) {
        cur = after + 1;
        // `and on X` (the same preposition again), `and the newly introduced X`.
        if (items[cur] && items[cur]!.kind === Kind.Word && words[items[cur]!.from]!.lower === 'on') cur++;
        if (items[cur] && items[cur]!.kind === Kind.Word && words[items[cur]!.from]!.lower === 'the') cur++;
        for (let n = 0; n < 2 && items[cur] && items[cur]!.kind === Kind.Word && isListModifier(words[items[cur]!.from]!); n++) cur++;
        continue;
      }
      break;
    }
    // `X, the Y`.
    if (it.kind === Kind.Word && words[it.from]!.lower === 'the' && out.length && items[cur + 1] && items[cur + 1]!.kind !== Kind.Word) {
      cur++;
      continue;
    }
    // `and` after a comma: `X, Y, and Z`.
    if (it.kind === Kind.Word && (words[it.from]!.lower === 'and' || words[it.from]!.lower === 'or') && out.length) {
      cur++;
      continue;
    }
    // A lower-case segment inside the list (`a preprint-to-published mapping,`): skip to its comma.
    if (out.length && it.kind === Kind.Word) {
      let c = cur;
      let n = 0;
      while (c < end && items[c]!.kind === Kind.Word && n < 5 && !RE_DS_ENDS_COMMA.test(words[items[c]!.to - 1]!.post)) {
        if (RE_DS_CLAUSE_PUNCT.test(words[items[c]!.to - 1]!.post)) return out;
        c++;
        n++;
      }
      if (c < end && items[c]!.kind === Kind.Word && n < 5) {
        cur = c + 1;
        continue;
      }
    }
    break;
  }
  return out;
}

function wordBefore(words: Word[], i: number): Word | undefined {
  return i > 0 ? words[i - 1] : undefined;
}

/** Before the first name of a phrase: not `a`, `an`, a number or a quantity (`two public LiDAR datasets`). */
function genericBefore(words: Word[], from: number): boolean {
  let i = from - 1;
  let n = 0;
  while (i >= 0 && n < 3) {
    const w = words[i]!;
    if (RE_DS_ENDS_SENTENCE.test(w.post)) return false;
    if (INDEFINITE.has(w.lower)) return true;
    if (RE_DS_QUANTITY.test(w.lower)) return true;
    if (NEUTRAL_MODIFIERS.has(w.lower) || (w.shape === Shape.Other && w.lower.includes('-') && !FUNCTION_WORDS.has(w.lower))) {
      i--;
      n++;
      continue;
    }
    return false;
  }
  return false;
}

/** A verb of making a few words before the cue: `we propose a new corpus, X`. */
function introBefore(words: Word[], c: number): boolean {
  for (let i = c - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    if (INTRO_VERBS.has(words[i]!.lower)) return true;
    if (RE_DS_PUNCT.test(words[i]!.post)) return false;
  }
  return false;
}

/** `the` (or `our`, `their`) before the phrase, past neutral modifiers: `the public Compustat database`. */
function definiteBefore(words: Word[], from: number): boolean {
  let i = from - 1;
  for (let n = 0; i >= 0 && n < 3; n++, i--) {
    const w = words[i]!;
    if (DEFINITE.has(w.lower) || (n === 0 && isProperPossessive(w))) return true;
    if (!NEUTRAL_MODIFIERS.has(w.lower)) return false;
  }
  return false;
}

/** `NASA's`, `Google’s`: a capitalised possessive determines the name after it as `the` does (`NASA's THEMIS data`). */
function isProperPossessive(w: Word): boolean {
  const p = w.post;
  if (p.length < 2 || p[1] !== 's' || (p[0] !== "'" && p[0] !== '’') || (p.length > 2 && !isJsSpaceCode(p.charCodeAt(2)))) return false;
  const c = w.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Modifiers that may stand between a distinctive name and its cue (`LVIS open-vocabulary benchmark`). */
function isModifier(w: Word, loose: boolean): boolean {
  if (w.hit >= 0) return false;
  if (RE_DS_PUNCT_PAREN.test(w.post) || w.pre) return false;
  // A modality or task acronym (`the PROMISE12 prostate MRI dataset`).
  if (w.shape === Shape.Distinct) return loose && TASK_WORDS.has(w.lower.replace(RE_DS_NON_ALNUM_G, ''));
  if (w.shape !== Shape.Other) return false;
  if (FUNCTION_WORDS.has(w.lower) || INDEFINITE.has(w.lower) || RE_DS_QUANTITY.test(w.lower)) return false;
  if (NEUTRAL_MODIFIERS.has(w.lower) || w.lower.includes('-') || RE_DS_ADJ_SUFFIX.test(w.lower)) return true;
  // Any other lower-case singular noun, after a distinctive name only (`the PROMISE12 prostate dataset`);
  // not a word in -s, which may be a verb (`SemanticCite addresses critical challenges`).
  return loose && RE_DS_LOWER_WORD.test(w.lower) && !w.lower.endsWith('s') && !PERFORMANCE_VERBS.has(w.lower) && !METHOD_HEADS.has(w.lower);
}

/** True when words [from, to) are all capitalised plain words (`Indic`, `Arabic Speech`). */
function allTitleBefore(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i]!.shape !== Shape.Title) return false;
  return true;
}

/** A capitalised plain phrase needs a strong cue, or a weak one after `the` (`the Compustat database`), never an event. */
function nameOk(it: Item, strongCue: boolean, definite: boolean, event: boolean, titleCase: boolean): boolean {
  if (it.kind !== Kind.Name) return false;
  if (it.plain) return !titleCase && (strongCue || (definite && !event));
  return true;
}

// Module-level helpers, not closures in runRules: tsx (the dev bench) wraps every closure it creates in a costly `__name`.
function add(found: Found[], it: Item, rule: string, strong: boolean, withCue?: number, abbr?: string): void {
  found.push({ from: it.from, to: it.to, rule, strong, withCue, abbr });
}

/** Adds the pending names of a `trained on` list and empties it. */
function flushTrainedOn(found: Found[], pending: Item[]): void {
  for (const gi of pending) add(found, gi, 'trained-on', false);
  pending.length = 0;
}

/** Weak dataset words that an abbreviation in parentheses before them makes a name (`the ... (OSV) database`). */
const ABBR_WEAK_CUES = new Set(['database', 'databases']);
/** Words of the long form of an abbreviation: capitalised words, numbers and connectors. */
function isLongFormWord(w: Word): boolean {
  return w.hit < 0 && (w.shape === Shape.Title || w.shape === Shape.Distinct || w.shape === Shape.Number || (CONNECTORS.has(w.lower) && w.lower !== 'the' && w.lower !== 'a'));
}

/**
 * `Long Name (ACR) dataset` with the cue at word c: the abbreviation is the name, the shortest run of
 * capitalised words before it that it abbreviates is its alias. Adds the finding and says so.
 */
function parenAbbrDataset(found: Found[], words: Word[], c: number): boolean {
  if (c < 2) return false;
  const ab = words[c - 1]!;
  const abbr = abbrAfter(words, c - 1);
  if (!abbr || ab.hit >= 0 || ab.post.trim() !== ')' || words[c]!.pre !== '' || words[c - 2]!.post.trim() !== '') return false;
  const next = words[c + 1];
  if (next && gluedTo(words[c]!, next) && (CUE_BLOCKERS.has(next.lower) || isCue(next, true))) return false;
  // At most eight words back; the long form starts with a capitalised word.
  for (let f = c - 2, n = 0; f >= 0 && n < 8 && isLongFormWord(words[f]!); f--, n++) {
    if (f < c - 2 && !gluedTo(words[f]!, words[f + 1]!)) break;
    if (words[f]!.shape === Shape.Number || CONNECTORS.has(words[f]!.lower)) continue;
    if (abbreviates(abbr, words, f, c - 1)) {
      const long = words.slice(f, c - 1).map((x) => x.text).join(' ');
      found.push({ from: c - 1, to: c, rule: 'cue-after', strong: true, abbr: long });
      return true;
    }
  }
  return false;
}

/** Prepositions that only a title capitalises (`Through`, `Towards`). */
const TITLE_PREPOSITIONS = new Set(['through', 'towards', 'toward', 'via', 'using', 'beyond', 'across', 'into', 'with', 'for', 'from', 'without']);
function hasTitlePreposition(words: Word[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (words[q]!.shape === Shape.Title && TITLE_PREPOSITIONS.has(words[q]!.lower)) return true;
  return false;
}

/** Cue words of events (a challenge paper names its event, not a dataset). */
const EVENT_WORDS = new Set(['challenge', 'challenges', 'competition', 'competitions']);
/** Data words that a title acronym may spell (`Novel Data for ...`). */
const BACKRONYM_DATA = new Set(['data', 'dataset', 'datasets', 'benchmark', 'corpus']);

/**
 * Whether the capitalised words from word `from` on spell `acronym` by their initials (connectors skipped)
 * and one of them, not the first, is a data word that ends the noun phrase (`Novel Data for ...`).
 */
function backronymOfData(words: Word[], from: number, acronym: string): boolean {
  if (!RE_DS_ACRONYM_WORD.test(acronym)) return false;
  const letters = acronym.toLowerCase();
  let n = 0;
  let data = false;
  for (let m = from; m < words.length && n < letters.length; m++) {
    const x = words[m]!;
    if (x.shape !== Shape.Title && x.shape !== Shape.Distinct) {
      if (CONNECTORS.has(x.lower) && n > 0) continue;
      return false;
    }
    if (x.lower[0] !== letters[n]) return false;
    if (n > 0 && BACKRONYM_DATA.has(x.lower)) {
      const nx = words[m + 1];
      if (!nx || nx.shape === Shape.Other || RE_DS_PUNCT_ANY.test(x.post)) data = true;
    }
    n++;
    if (RE_DS_PUNCT_ANY.test(x.post) && n < letters.length) return false;
  }
  return n === letters.length && data;
}

/** Words a title may open with before a colon that name no dataset: labels of the paper's kind or part. */
const TITLE_LABELS = new Set([
  'position', 'survey', 'review', 'tutorial', 'perspective', 'perspectives', 'commentary', 'editorial', 'erratum', 'correction',
  'abstract', 'introduction', 'background', 'objective', 'objectives', 'purpose', 'methods', 'results', 'conclusion', 'conclusions',
  'summary', 'keynote', 'preface', 'overview', 'report', 'note', 'opinion', 'vision', 'roadmap', 'retrospective', 'update',
]);

/** A separator written glued to the word before it: `FakeCovid-- A ...`, `Name— A ...`. */
function isDashPost(post: string): boolean {
  const p = post.trim();
  return (p === '--' || p === '—' || p === '–') && post.length > p.length;
}

/**
 * P4: a title `X: A Benchmark for ...`, `X - A Dataset for ...`, `X-- A ... Dataset for ...` (the first sentence of a
 * text, name item `it` at its start).
 */
function titleHead(words: Word[], it: Item, found: Found[], rule = 'title'): void {
  const lastWord = words[it.to - 1]!;
  const dashWord = it.from === 0 && isDashWord(words[it.to]) && lastWord.post.trim() === '';
  const dashAfter = dashWord || (it.from === 0 && isDashPost(lastWord.post));
  if (!(it.from <= 1 && (RE_DS_COLON_ONLY.test(lastWord.post) || dashAfter))) return;
  let m = dashWord ? it.to + 1 : it.to;
  const after = m;
  const aw = words[m];
  const hasArticle = !!aw && ['a', 'an', 'the'].includes(aw.lower);
  if (hasArticle) m++;
  let hitCue = -1;
  for (let steps = 0; m < words.length && steps < 6; m++, steps++) {
    const x = words[m]!;
    if (isCue(x, !it.plain)) {
      hitCue = m;
      break;
    }
    if (FUNCTION_WORDS.has(x.lower) || RE_DS_PUNCT_ANY.test(x.post)) break;
  }
  // `ManiSkill-ViTac 2025: Challenge on Manipulation Skill Learning`: a title about a challenge names an event.
  const eventCue = hitCue >= 0 && !STRONG_CUES.has(words[hitCue]!.lower) && EVENT_WORDS.has(words[hitCue]!.lower);
  // (`X: Benchmark Generation for ...`: a dataset word that modifies the next one heads nothing.)
  // (`X: Benchmark Suite for ...` still names one: a dataset word after it continues the name.)
  const nxc = hitCue >= 0 ? words[hitCue + 1] : undefined;
  const blocked = !!nxc && gluedTo(words[hitCue]!, nxc) && CUE_BLOCKERS.has(nxc.lower) && !isCue(nxc, true);
  if (hitCue >= 0 && !eventCue && !blocked && (hasArticle || (!it.plain && hitCue === after))) add(found, it, rule, true);
  // `WINDSET: Weather Insights and Novel Data for Systematic Evaluation and Testing`: a title acronym spelled
  // by the capitalised words after the colon, among them a data word, names the data.
  else if (hitCue < 0 && it.from === 0 && it.to === 1 && !dashAfter && backronymOfData(words, 1, lastWord.text)) add(found, it, rule, true);
  // `MMTClinic: Multimodal, Multilingual Time Series Question Answering and Reasoning Benchmark for Clinical Domain`.
  else if (!hasArticle && !it.plain && it.from === 0 && hitCue !== after && dataPhraseAt(words, after)) add(found, it, rule, true);
}

/**
 * The words from `from` on are one capitalised noun phrase whose head is a strong dataset word (`Multimodal,
 * Multilingual Time Series Question Answering and Reasoning Benchmark for ...`): modifiers in Title Case, joined by
 * commas or `and`, no method word, no preposition, the first no gerund (`Rethinking ...`), and the dataset word
 * not the first, closed by a preposition, punctuation or the end of the title.
 */
function dataPhraseAt(words: Word[], from: number): boolean {
  const first = words[from];
  if (!first || first.lower.endsWith('ing')) return false;
  for (let m = from, n = 0; m < words.length && n < 14; m++, n++) {
    const x = words[m]!;
    if (x.hit >= 0) return false;
    if (x.lower === 'and' || x.lower === '&') {
      if (m === from || x.post.trim() !== '') return false;
      continue;
    }
    if (x.shape !== Shape.Title && x.shape !== Shape.Distinct) return false;
    if (METHOD_HEADS.has(x.lower) || TITLE_PREPOSITIONS.has(x.lower) || FUNCTION_WORDS.has(x.lower)) return false;
    const post = x.post.trim();
    if (m > from && STRONG_CUES.has(x.lower)) {
      const nx = words[m + 1];
      return !nx || post !== '' || FUNCTION_WORDS.has(nx.lower);
    }
    if (post !== '' && post !== ',') return false;
  }
  return false;
}

function runRules(words: Word[], items: Item[], titleCase: boolean, isFirst: boolean): Found[] {
  const found: Found[] = [];

  for (let c = 0; c < words.length; c++) {
    const w = words[c]!;
    // Most words are surely no cue (their first letters say so): skip the three look-ups.
    // `a specialized data mixture called Dolmino Mix 1124`: a named data mixture is a dataset.
    const dataMix = (w.lower === 'mixture' || w.lower === 'mix') && c > 0 && words[c - 1]!.lower === 'data' && w.post.trim() === '' && !!words[c + 1] && NAMING_VERBS.has(words[c + 1]!.lower);
    if (w.hit >= 0 || (!dataMix && !mayBeCueWord(w.lower, 0, w.lower.length))) continue;
    const strongCue = STRONG_CUES.has(w.lower) || dataMix;
    const weakCue = WEAK_CUES.has(w.lower);
    const listCue = LIST_CUES.has(w.lower);
    if (!(strongCue || weakCue || listCue) || w.hit >= 0) continue;
    const capitalCue = w.shape === Shape.Title;
    // P1a: `The Open Molecules 2025 (OMol25) Dataset`, `the Open Source Vulnerabilities (OSV) database`: an
    // abbreviation defined right before a dataset word names the dataset; its long form is an alias.
    if ((strongCue || ABBR_WEAK_CUES.has(w.lower)) && parenAbbrDataset(found, words, c)) continue;
    // P1: `the X dataset`, `X and Y benchmarks`.
    if ((strongCue || weakCue) && !capitalCue) {
      const next = words[c + 1];
      const blocked = next && gluedTo(w, next) && (CUE_BLOCKERS.has(next.lower) || isCue(next, true));
      if (!blocked) {
        let k = c - 1;
        let mods = 0;
        while (k >= 0 && mods < 2 && isModifier(words[k]!, false)) {
          k--;
          mods++;
        }
        // `the Pulmonary Tree Repairing (PTR) dataset`: a name with its abbreviation before the cue.
        let parenAbbr: string | undefined;
        if (strongCue && mods === 0 && k >= 1 && abbrAfter(words, k) && words[k - 1]!.post.trim() === '' && words[k - 1]!.hit < 0) {
          const ni = itemAt(items, k - 1);
          const nit = ni >= 0 ? items[ni] : undefined;
          if (nit && nit.kind === Kind.Name && nit.to === k && abbreviates(words[k]!.text, words, nit.from, nit.to)) {
            parenAbbr = words[k]!.text;
            k--;
          }
        }
        let ki = k >= 0 ? itemAt(items, k) : -1;
        let it = ki >= 0 ? items[ki] : undefined;
        const modalityName = !!it && it.kind === Kind.Name && it.to - it.from === 1 && TASK_WORDS.has(words[it.from]!.lower.replace(RE_DS_NON_ALNUM_G, ''));
        if (strongCue && (!it || it.kind === Kind.Word || modalityName)) {
          // Looser modifiers, up to three, when a distinctive name stands before them.
          let k2 = c - 1;
          let m2 = 0;
          while (k2 >= 0 && m2 < 3 && isModifier(words[k2]!, true)) {
            k2--;
            m2++;
          }
          const ki2 = k2 >= 0 ? itemAt(items, k2) : -1;
          const it2 = ki2 >= 0 ? items[ki2] : undefined;
          if (m2 > 0 && it2 && ((it2.kind === Kind.Name && !it2.plain) || it2.kind === Kind.Known)) {
            k = k2;
            mods = m2;
            ki = ki2;
            it = it2;
          }
        }
        // `set` only as `test set`, `challenge set`; `data` only after `the` and a capitalised name (`the Lending Club data`).
        const setOk = !SET_CUES.has(w.lower) || (mods > 0 && SET_MODIFIERS.has(words[c - 1]!.lower));
        const dataOk = w.lower !== 'data' || (mods === 0 && !!it && definiteBefore(words, it.from));
        if (setOk && dataOk && it && (it.kind === Kind.Name || it.kind === Kind.Known) && it.to === k + 1 && (parenAbbr !== undefined || gluedTo(words[k]!, words[k + 1]!))) {
          let group = coordinatedBefore(items, words, ki);
          // `Using Direct Preference Optimization and the BBQ benchmark`: a singular cue after `and the` names the last one only.
          if (group.length > 1 && (w.lower === 'corpus' || (!w.lower.endsWith('s') && w.lower !== 'corpora')) && words[it.from - 1]?.lower === 'the') group = [ki];
          const first = items[group[0]!]!;
          const definite = definiteBefore(words, first.from);
          if (!genericBefore(words, first.from) && !(mods > 0 && !definite && group.some((g) => items[g]!.plain))) {
            const abbr = parenAbbr ?? abbrAfter(words, c + 1);
            const event = EVENT_HEADS.has(w.lower) || w.lower === 'challenges' || w.lower === 'competitions';
            // `the SoccerNet challenge`; not `X addresses critical challenges`.
            if (event && !definite && mods > 0) continue;
            for (const g of group) {
              const gi = items[g]!;
              if (!nameOk(gi, strongCue, definite || definiteBefore(words, gi.from), event, titleCase)) continue;
              // `multilingual Indic OCR benchmarks`: capitalised words before a task acronym name a kind of data.
              if (gi.to - gi.from >= 2 && TASK_WORDS.has(words[gi.to - 1]!.lower.replace(RE_DS_NON_ALNUM_G, '')) && allTitleBefore(words, gi.from, gi.to - 1)) continue;
              // `the Meta-World ML45 benchmark`, `the KITTI Odometry benchmark`: a part of the listed dataset before it.
              if (g > 0 && items[g - 1]!.kind === Kind.Known && gluedTo(words[items[g - 1]!.to - 1]!, words[gi.from]!)) continue;
              // `our Answer Engine Evaluation benchmark (AEE)`: the abbreviation names the phrase with its head noun.
              const withCue = abbr && !parenAbbr && group.length === 1 && gi.plain && gi.to - gi.from >= 2 && mods === 0 ? c : undefined;
              add(found, gi, 'cue-after', false, withCue, abbr);
            }
          }
        }
      }
    }
    // P2: `three datasets: X, Y and Z`, `datasets such as X`, `benchmark datasets (X, Y, Z)`, `sources - X, Y`.
    if (!capitalCue || !titleCase) {
      let k = c + 1;
      let opener = '';
      const post = w.post.trim();
      if (post === ':' || post === '-' || post === '–' || post === '—' || post === ',' || post === '(') opener = post;
      else if (words[k]?.pre.startsWith('(')) opener = '(';
      else if (words[k] && (words[k]!.text === '-' || words[k]!.text === '–')) {
        opener = '-';
        k++;
      } else if (words[k]?.lower === 'such' && words[k + 1]?.lower === 'as') {
        opener = 'such as';
        k += 2;
      } else if (words[k] && LIST_OPENERS.has(words[k]!.lower)) {
        opener = words[k]!.lower;
        k++;
      }
      // `a new dataset, denoted as X`, `a corpus called X`, `the benchmark, referred to as X`: the text names the dataset.
      let named = false;
      if ((opener === '' || opener === ',') && words[k] && (NAMING_VERBS.has(words[k]!.lower)) && !RE_DS_PUNCT_ANY.test(words[k]!.post)) {
        let q = k + 1;
        if (words[q]?.lower === 'to' && words[q + 1]?.lower === 'as') q += 2;
        else if (words[q]?.lower === 'as') q++;
        if (q > k + 1 || words[k]!.lower !== 'denoted') {
          opener = 'named';
          named = true;
          k = q;
        }
      }
      // `constructing a novel benchmark dataset ConceptEdit`: one distinctive name right after a singular
      // dataset word that a verb of making introduces.
      let direct = false;
      if (!opener && strongCue && (!w.lower.endsWith('s') || w.lower === 'corpus') && w.post.trim() === '' && words[k]?.pre === '' && introBefore(words, c)) {
        opener = 'direct';
        direct = true;
      }
      if (opener) {
        // Skip `e.g.,` after a comma or parenthesis.
        if (words[k] && (words[k]!.lower === 'e.g.' || words[k]!.lower === 'e.g' || words[k]!.lower === 'including' || words[k]!.lower === 'namely')) k++;
        const ki = k < words.length ? itemAt(items, k) : -1;
        if (ki >= 0 && items[ki]!.from === k) {
          const list = coordinatedAfter(items, words, ki, items.length);
          const names = list.filter((g) => items[g]!.kind === Kind.Name);
          const known = list.length - names.length;
          // `a new corpus, DialogSum-Med, of ...`: one name after a comma when a verb of making precedes the cue.
          const introduced = opener === ',' && list.length === 1 && names.length === 1 && introBefore(words, c);
          // `on the custom dataset, RMOT-223, that we collect`: one distinctive name set off by commas after a definite cue.
          const appositive =
            opener === ',' && strongCue && list.length === 1 && names.length === 1 && !items[names[0]!]!.plain && RE_DS_PUNCT_PAREN.test(words[items[names[0]!]!.to - 1]!.post) && definiteCue(words, c);
          const ok = direct ? list.length === 1 && names.length === 1 && !items[names[0]!]!.plain : named ? list.length === 1 : opener === ',' ? (list.length >= 2 && (known > 0 || list.length >= 3)) || introduced || appositive : list.length >= 1;
          // `sources` is ordinary prose: it opens a list only after a colon, dash, parenthesis or `such as`.
          // `rare disease databases like Orphanet`, `databases such as PubMed`: an example of a database is one.
          const dbExample = ABBR_WEAK_CUES.has(w.lower) && (opener === 'such as' || opener === 'like' || opener === 'including' || opener === 'e.g.');
          if (ok && (strongCue || (listCue && opener !== ',' && opener !== 'and' && opener !== 'or') || (weakCue && known > 0) || dbExample)) {
            for (const g of names) {
              const gi = items[g]!;
              if (gi.plain && titleCase) continue;
              if (listCue && gi.plain && known === 0 && names.length < 3) continue;
              if (named && gi.plain && titleCase) continue;
              add(found, gi, 'cue-list', named);
            }
          }
        }
      }
    }
  }

  // P4 on a one-word capitalised head, which makes no name item at a sentence start: `Fakeddit: A New Multimodal
  // Benchmark Dataset for ...` (an article and a strong dataset word must follow).
  const w0 = words[0];
  if (isFirst && w0 && items[0]?.kind === Kind.Word && w0.hit < 0 && w0.shape === Shape.Title && w0.pre === '' && w0.text.length >= 3 && isTitleHeadWord(w0)) {
    titleHead(words, { kind: Kind.Name, from: 0, to: 1, plain: true }, found, 'title-plain');
  }

  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== Kind.Name) continue;
    const lastWord = words[it.to - 1]!;
    // P3: `X, a new dataset`, `X (long form), the first benchmark`, `X is a benchmark`.
    {
      let j = it.to;
      let abbr: string | undefined;
      let post = lastWord.post;
      if (words[j]?.pre.startsWith('(')) {
        if (words[j]!.post.startsWith(')')) abbr = abbrAfter(words, j);
        // Skip the parenthetical.
        let n = 0;
        while (j < words.length && n < 12 && !RE_DS_CLOSE_PAREN.test(words[j]!.post)) {
          j++;
          n++;
        }
        post = (words[j]?.post ?? '').replace(RE_DS_LEADING_CLOSE_PAREN, '');
        j++;
      }
      let article = -1;
      if (RE_DS_COMMA_ONLY.test(post) || RE_DS_COLON_ONLY.test(post)) article = j;
      else if (post.trim() === '' && words[j] && P3_VERBS.has(words[j]!.lower)) {
        article = j + 1;
        if (words[article]?.lower === 'as') article++;
      }
      const aw = article >= 0 ? words[article] : undefined;
      if (aw && ['a', 'an', 'the', 'our', 'one'].includes(aw.lower)) {
        let m = article + 1;
        let steps = 0;
        let hitCue = -1;
        let method = false;
        while (m < words.length && steps < 10) {
          const x = words[m]!;
          if (METHOD_HEADS.has(x.lower) && x.lower !== 'training' && x.lower !== 'score') {
            method = true;
            break;
          }
          if (isCue(x, !it.plain) && !(words[m + 1] && gluedTo(x, words[m + 1]!) && CUE_BLOCKERS.has(words[m + 1]!.lower))) {
            hitCue = m;
            break;
          }
          if (FUNCTION_WORDS.has(x.lower) && x.lower !== 'and') break;
          if (RE_DS_PUNCT_STOP.test(x.post)) break;
          m++;
          steps++;
        }
        if (hitCue >= 0 && !method) {
          const cueStrong = STRONG_CUES.has(words[hitCue]!.lower);
          // `the AI Productivity Index for Software Engineering (APEX-SWE), a benchmark`: an abbreviation that does
          // not abbreviate the name before it (a tail of a longer title) is the name.
          if (abbr && it.plain && !abbreviates(abbr, words, it.from, it.to)) found.push({ from: it.to, to: it.to + 1, rule: 'appositive', strong: true });
          else if (!it.plain || cueStrong) add(found, it, 'appositive', true, undefined, abbr);
        }
      }
    }
    // P3b: `We introduce RISE-Video to systematically evaluate ...`: a distinctive name introduced to evaluate is a benchmark.
    if (!it.plain && it.from > 0 && INTRO_VERBS.has(words[it.from - 1]!.lower) && lastWord.post.trim() === '' && words[it.to]?.lower === 'to') {
      let m = it.to + 1;
      if (words[m] && words[m]!.lower.endsWith('ly')) m++;
      if (words[m] && EVAL_VERBS.has(words[m]!.lower)) add(found, it, 'appositive', true);
    }
    // P4: a title `X: A Benchmark for ...`, `X - A Dataset for ...` (first sentence of a text).
    if (isFirst) titleHead(words, it, found);
    // P5b: a distinctive name with a capitalised head word: `the ScanNet Benchmark`, `CVPR'23 BallNet Challenge`, `KDD CUP 2024`.
    if (!it.plain && it.to - it.from >= 2) {
      for (let q = it.from + 1; q < it.to; q++) {
        const hw = words[q]!;
        if (HEAD_WORDS.has(hw.lower) && hw.shape !== Shape.Number && hw.text[0] !== hw.lower[0]) {
          let distinctBefore = false;
          for (let r = it.from; r < q; r++) if (words[r]!.shape === Shape.Distinct && !stopKeys().has(foldKey(words[r]!.text)) && !venueKeys().has(foldKey(words[r]!.text.replace(RE_DS_SHORT_YEAR_TAIL, '')))) distinctBefore = true;
          // `KDD Cup`: a venue's own competition series.
          if (hw.lower === 'cup' && q > it.from && words[q - 1]!.shape === Shape.Distinct) distinctBefore = true;
          if (distinctBefore) add(found, it, 'head-word', false);
          break;
        }
      }
    }
    // P5: a capitalised phrase with a resource word inside: `the Science Data Lake`, `the Million Song Dataset`
    // (not the long form of an abbreviation in parentheses: `AeroSeg (Aerial Segmentation Benchmark)`).
    // A capitalised preposition inside (`Non-Visual Data Experiences Through a Unified Python Framework`) makes it a
    // run of title-case words, not a name.
    if (!titleCase && it.plain && it.to - it.from >= 2 && !words[it.from]!.pre.includes('(') && !hasTitlePreposition(words, it.from + 1, it.to)) {
      for (let q = it.from + 1; q < it.to; q++) {
        if (RESOURCE_WORDS.has(words[q]!.lower) && words[q]!.shape === Shape.Title) {
          add(found, it, 'resource-word', false);
          break;
        }
      }
    }
    // P6: `data from the X Project`, `records from MIMIC-III`.
    {
      let p = it.from - 1;
      if (p >= 0 && words[p]!.lower === 'the') p--;
      const prep = words[p];
      const noun = words[p - 1];
      const fromOk = prep?.lower === 'from' && noun && (DATA_NOUNS.has(noun.lower) || DATA_VERBS.has(noun.lower));
      const ofOk = prep?.lower === 'of' && noun && DATA_NOUNS.has(noun.lower);
      const inOk = prep?.lower === 'in' && noun && (ENROL_WORDS.has(noun.lower) || DATA_NOUNS.has(noun.lower));
      if (prep && noun && (fromOk || ofOk || inOk)) {
        const head = words[it.to - 1]!.lower;
        // The head, or a capitalised source word before an `of` phrase: `the Panel Study of Income Dynamics`.
        let source = SOURCE_HEADS.has(head);
        for (let q = it.from + 1; !source && q < it.to - 1; q++) source = words[q + 1]!.lower === 'of' && words[q]!.shape === Shape.Title && SOURCE_HEADS.has(words[q]!.lower);
        if (!it.plain || source) add(found, it, 'data-from', false);
      }
    }
    // P8: benchmark-shaped names anywhere.
    if (it.to - it.from === 1 && isBenchmarkShaped(words[it.from]!.text)) add(found, it, 'shape', false);
    // P8b: a distinctive name with its size in parentheses: `SingMOS v1 (7,981 singing clips; 80 systems)`.
    if (!it.plain && countAfter(words, it.to)) add(found, it, 'count', false);
  }

  // P9: results reported on names: `On X and Y, our method achieves ...`, `Experiments on X and Y show ...`.
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== Kind.Word) continue;
    const w = words[it.from]!;
    const prep = w.lower === 'on' || w.lower === 'across';
    if (!prep) continue;
    const atStart = it.from === 0;
    const afterResults = it.from > 0 && RESULT_NOUNS.has(words[it.from - 1]!.lower);
    if (!atStart && !afterResults) continue;
    let first = k + 1;
    if (items[first] && items[first]!.kind === Kind.Word && words[items[first]!.from]!.lower === 'the') first++;
    if (!items[first] || (items[first]!.kind !== Kind.Name && items[first]!.kind !== Kind.Known)) continue;
    let list = coordinatedAfter(items, words, first, items.length);
    if (atStart) {
      // The list ends at its last comma; what follows is the clause's subject (`On X and Y, SearchOS leads`).
      let q = list.length - 1;
      while (q >= 0 && !RE_DS_COMMA_ONLY.test(words[items[list[q]!]!.to - 1]!.post)) q--;
      if (q < 0) continue;
      list = list.slice(0, q + 1);
    }
    const lastItem = items[list[list.length - 1]!]!;
    const lastWord = words[lastItem.to - 1]!;
    let verbOk = false;
    if (atStart) {
      // `On X and Y, <subject> achieves`: a comma, then a performance verb within a few words.
      if (!RE_DS_COMMA_ONLY.test(lastWord.post)) continue;
      for (let m = lastItem.to; m < Math.min(words.length, lastItem.to + 8); m++) {
        if (RESULT_VERBS.has(words[m]!.lower) || PERFORMANCE_VERBS.has(words[m]!.lower)) {
          verbOk = true;
          break;
        }
      }
    } else {
      // `Experiments on X and Y show`: the list ends the clause or a reporting verb follows.
      const nx = words[lastItem.to];
      verbOk = RE_DS_ENDS_CLAUSE.test(lastWord.post) || !nx || REPORT_VERBS.has(nx.lower);
    }
    if (!verbOk) continue;
    for (const g of list) {
      const gi = items[g]!;
      if (gi.kind !== Kind.Name || (gi.plain && titleCase)) continue;
      add(found, gi, 'results-on', false);
    }
  }

  // P10: `trained on X`, `tested on X and Y`, `fine-tuned on X`: distinctive names only.
  for (let k = 0; k < items.length - 1; k++) {
    const it = items[k]!;
    if (it.kind !== Kind.Word || words[it.from]!.lower !== 'on') continue;
    // The verb right before `on`, or a few words before it (`evaluate our method on X`), in the same clause.
    let verbOk = false;
    for (let b = it.from - 1, n = 0; b >= 0 && n < 4; b--, n++) {
      if (TRAIN_VERBS.has(words[b]!.lower)) {
        verbOk = true;
        break;
      }
      // The clause ends at punctuation, another `on`, or a function word other than a determiner.
      const bw = words[b]!.lower;
      if (RE_DS_PUNCT.test(words[b]!.post) || bw === 'on' || (FUNCTION_WORDS.has(bw) && !DEFINITE.has(bw))) break;
    }
    if (!verbOk) continue;
    // The names after `on`, up to the end of the clause (`on X and on the Y corpus`, `on X, Y and Z`).
    // Names coordinated with one that a noun follows are modifiers too (`on the CSI300 and S&P500 stock universes`).
    const pending: Item[] = [];
    for (let q = k + 1, n = 0; q < items.length && n < 16; q++, n++) {
      const gi = items[q]!;
      const last = words[gi.to - 1]!;
      if (gi.kind === Kind.Word) {
        const w = words[gi.from]!;
        if (w.lower === 'on') flushTrainedOn(found, pending);
        if (!LIST_GLUE.has(w.lower) && !isListModifier(w)) break;
      } else {
        const nx = words[gi.to];
        const asModifier = !!nx && gluedTo(last, nx) && nx.shape === Shape.Other && !FUNCTION_WORDS.has(nx.lower) && !RE_DS_CLAUSE_WORD.test(nx.lower) && !isCue(nx, true) && nx.lower !== 'data';
        if (asModifier) {
          pending.length = 0;
          break;
        }
        if (gi.kind === Kind.Name && !gi.plain) pending.push(gi);
        // A dataset word after the name closes this part of the list (`on the Y corpus and on Z`).
        if (nx && gluedTo(last, nx) && (isCue(nx, true) || nx.lower === 'data' || SET_CUES.has(nx.lower))) {
          flushTrainedOn(found, pending);
          q = itemAt(items, gi.to);
          if (q < 0) break;
        }
      }
      if (RE_DS_PUNCT_STOP.test(last.post)) break;
    }
    flushTrainedOn(found, pending);
  }

  // P7: a list with a listed dataset in it: `evaluated on X, Y and Z`.
  const inList = new Set<number>();
  for (let k = 0; k < items.length; k++) {
    if (items[k]!.kind !== Kind.Known || inList.has(k)) continue;
    const left = coordinatedBefore(items, words, k);
    const right = coordinatedAfter(items, words, left[0]!, items.length);
    const group = [...new Set([...left, ...right])];
    for (const g of group) inList.add(g);
    if (group.length < 2) continue;
    for (const g of group) {
      const gi = items[g]!;
      if (gi.kind !== Kind.Name) continue;
      if (gi.plain && titleCase) continue;
      // `BIRD Mini-Dev and Spider 2.0`: a part of the listed dataset written right before it.
      if (g > 0 && items[g - 1]!.kind === Kind.Known && gluedTo(words[items[g - 1]!.to - 1]!, words[gi.from]!)) continue;
      // `Using Direct Preference Optimization and the BBQ benchmark`: a capitalised technique beside a listed name.
      if (gi.plain && gi.to - gi.from >= 2 && LONG_FORM_HEADS.has(words[gi.to - 1]!.lower)) continue;
      add(found, gi, 'list-with-known', false);
    }
  }
  return found;
}

/** Nouns that count the items of a dataset: `(12K images)`, `(6.9k speech utterances)`. */
const COUNT_UNITS = new Set(
  'images videos clips utterances samples pairs hours sentences documents questions problems episodes trajectories scenes subjects patients scans recordings instances examples annotations dialogues conversations frames sequences articles tokens prompts queries molecules proteins'.split(' '),
);

/** A count as written: digits with `,` or `.` inside, then at most one of `k`, `K`, `M`, `B`. */
function isCountText(t: string): boolean {
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isDigitCode(c)) digits++;
    else if ((c === 44 || c === 46) && digits > 0 && i < t.length - 1) continue;
    else if (i === t.length - 1 && digits > 0 && (c === 107 || c === 75 || c === 77 || c === 66)) continue;
    else return false;
  }
  return digits > 0;
}

/** `(7,981 singing clips`, `(12K images)`: a parenthesis that opens with a count of a dataset's items right after word index i. */
function countAfter(words: Word[], i: number): boolean {
  const nx = words[i];
  if (!nx || !nx.pre.startsWith('(') || !isCountText(nx.text)) return false;
  for (let q = i + 1; q < words.length && q < i + 4; q++) {
    const x = words[q]!;
    if (COUNT_UNITS.has(x.lower)) return true;
    if (x.shape !== Shape.Other || x.post.trim() !== '') return false;
  }
  return false;
}

/** Whether the text holds `(` and a count of a dataset's items in [start, end): `(7,981 singing clips`. */
function hasCountParen(text: string, start: number, end: number): boolean {
  // Jump between the `(` (indexOf is far faster than a loop over every character).
  for (let i = nextParen(text, start); i >= 0 && i < end - 2; i = nextParen(text, i + 1)) {
    if (!isDigitCode(text.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < end && text.charCodeAt(j) !== 32) j++;
    // The next three words hold a unit noun.
    for (let n = 0; n < 3 && j < end; n++) {
      const a = j + 1;
      let b = a;
      while (b < end && isAsciiLetter(text.charCodeAt(b))) b++;
      if (b > a && COUNT_UNITS.has(text.slice(a, b).toLowerCase())) return true;
      j = b;
      if (text.charCodeAt(j) !== 32) break;
    }
  }
  return false;
}

/** A word that is only a dash (`-`, `--`, `–`, `—`): a title's separator when spaced (`Hoi! - A Dataset for ...`). */
function isDashWord(w: Word | undefined): boolean {
  return !!w && (w.text === '-' || w.text === '--' || w.text === '–' || w.text === '—');
}

/**
 * A plain capitalised word that may be a title's own coined name (`Fakeddit`), not a label or an ordinary word
 * (`Robustness`, `Reasoning`: an ending of English derivation says so).
 */
function isTitleHeadWord(w: Word): boolean {
  const l = w.lower;
  return (
    isNameWord(w) && !GENERIC_WORDS.has(l) && !FUNCTION_WORDS.has(l) && !DISCOURSE_WORDS.has(l) && !TITLE_LABELS.has(l) && !TITLE_PREPOSITIONS.has(l) && !RE_DS_COMMON_NOUN_END.test(l)
  );
}

/** Verbs that give a dataset its name right after the dataset word (`a dataset called X`, `denoted as X`). */
/**
 * Verbs between a name and an article that make the phrase after them describe the name: `X is a
 * benchmark`, `X provides a corpus`, and the sentence a paper opens with its own name, `MEDEC
 * introduces a publicly available benchmark`, `Putnam-AXIOM presents a new math reasoning benchmark`.
 */
const P3_VERBS = new Set(['is', 'was', 'provides', 'serves', 'constitutes', 'represents', 'introduces', 'presents', 'offers']);
/** Verbs of what a benchmark is made for: `we introduce X to evaluate ...`. */
const EVAL_VERBS = new Set(['evaluate', 'benchmark', 'assess', 'measure', 'probe', 'examine', 'diagnose']);
const NAMING_VERBS = new Set(['called', 'named', 'termed', 'dubbed', 'coined', 'denoted', 'referred']);

/** A definite article (`the`, `our`) before the cue word at index c, past a few modifiers of the same phrase. */
function definiteCue(words: Word[], c: number): boolean {
  for (let b = c - 1, n = 0; b >= 0 && n < 5; b--, n++) {
    const w = words[b]!;
    if (b < c - 1 && RE_DS_PUNCT_ANY.test(w.post)) return false;
    if (DEFINITE.has(w.lower)) return true;
    if (FUNCTION_WORDS.has(w.lower) || INDEFINITE.has(w.lower)) return false;
  }
  return false;
}

const TRAIN_VERBS = new Set([
  'trained', 'tested', 'evaluated', 'validated', 'benchmarked', 'pretrained', 'pre-trained', 'fine-tuned', 'finetuned',
  'train', 'test', 'evaluate', 'validate', 'finetune', 'fine-tune', 'pretrain', 'experiment', 'experiments',
  'benchmark', 'benchmarks', 'measured', 'assessed', 'assess', 'compared', 'compare', 'evaluates', 'tests', 'trains',
]);
/** Capitalised heads that make a distinctive phrase a dataset or an event with data. */
const HEAD_WORDS = new Set(['challenge', 'competition', 'cup', 'dataset', 'datasets', 'benchmark', 'corpus', 'database', 'treebank', 'suite']);
const ENROL_WORDS = new Set(['enrolled', 'participating', 'participated', 'included', 'recruited', 'registered', 'involved']);
/** Words that may stand inside a list after `on`: `and`, `or`, `the`, commas' company. */
const LIST_GLUE = new Set(['and', 'or', 'the', 'on', '&', 'both', 'also', 'its', 'their']);
const SET_CUES = new Set(['set', 'sets']);
const SET_MODIFIERS = new Set(['test', 'dev', 'validation', 'evaluation', 'challenge', 'held-out', 'benchmark', 'training', 'eval']);
const EXPLICIT_RULES = new Set(['cue-after', 'cue-list', 'appositive', 'title', 'title-plain']);
const RESULT_NOUNS = new Set(['experiments', 'results', 'evaluations', 'evaluation', 'tests', 'performance', 'accuracy', 'improvements', 'gains']);
const RESULT_VERBS = new Set(['leads', 'sets', 'establishes', 'delivers', 'reports', 'reaches', 'matches']);
const REPORT_VERBS = new Set(['show', 'shows', 'demonstrate', 'demonstrates', 'reveal', 'reveals', 'indicate', 'indicates', 'confirm', 'confirms', 'suggest', 'suggests', 'highlight', 'highlights', 'verify', 'verifies', 'validate', 'validates']);

// ---------------------------------------------------------------------------
// Vetoes over the whole text

function wordAfter(text: string, i: number): string {
  const m = RE_DS_WORD_AFTER.exec(text.slice(i, i + 28));
  return m ? m[1]!.toLowerCase() : '';
}

function wordsBefore(text: string, i: number): string[] {
  const m = RE_DS_WORD_BEFORE.exec(text.slice(Math.max(0, i - 32), i));
  return m ? [m[1]!.toLowerCase()] : [];
}

/** The word (letters and hyphens) that ends right before offset `end`, past one space. */
function lastWordBefore(text: string, end: number): string {
  let e = end;
  if (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && e - b < 30) {
    const c = text.charCodeAt(b - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45) b--;
    else break;
  }
  return text.slice(b, e);
}

/**
 * True when the text uses the name as a method or model (`X achieves`, `X model`, `called X`,
 * `we propose X`) or defines it as the abbreviation of a common phrase (`object detection (OVOD)`).
 */
function usedAsMethod(text: string, name: string): boolean {
  let from = 0;
  for (let n = 0; n < 20; n++) {
    const i = text.indexOf(name, from);
    if (i < 0) break;
    from = i + name.length;
    // `whole slide images (WSIs)`: the abbreviation may carry a plural `s`.
    const plural = text[i + name.length] === 's';
    const close = plural ? i + name.length + 1 : i + name.length;
    // `Autonomous Underwater Vehicles (AUVs)`: an abbreviation defined in the plural names a kind of thing, whatever the case of its long form.
    if (plural && text[i - 1] === '(' && text[close] === ')') return true;
    if (text[i - 1] === '(' && text[close] === ')') {
      const prev = lastWordBefore(text, i - 1);
      if (prev && prev === prev.toLowerCase() && !STRONG_CUES.has(prev) && !WEAK_CUES.has(prev)) return true;
      // `Long-Form Question-Answering (LFQA)`: the abbreviation of a task, whatever its case.
      if (prev && TASK_LONG_FORM_HEADS.has(prev.slice(prev.lastIndexOf('-') + 1).toLowerCase())) return true;
    }
    // `ChatQA, a family of conversational question answering (QA) models`: an appositive says it is a model.
    if (describedAsMethod(text, i + name.length)) return true;
    const after = wordAfter(text, i + name.length);
    if (PERFORMANCE_VERBS.has(after) || METHOD_HEADS.has(after)) return true;
    const before = wordsBefore(text, i);
    if (before.some((b) => NAMING_WORDS.has(b) || b === 'propose' || b === 'proposes' || b === 'proposed')) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Cleaning

function cleanName(raw: string, rule: string, cueWord: string | undefined): string | undefined {
  let words = raw.split(RE_DS_SPACES);
  // Leading article and venue (`the`, `CVPR'23`).
  while (words.length > 1 && RE_DS_ARTICLE.test(words[0]!)) words = words.slice(1);
  const venue = venueKeys();
  // A venue with its year (`CVPR'23`, `NeurIPS 2023`), not a venue alone (`KDD Cup` is a name) nor a plain word (`Science`).
  for (let guard = 0; guard < 3 && words.length > 1; guard++) {
    const vy = RE_DS_VENUE_YEAR.exec(words[0]!);
    if (vy && venue.has(foldKey(vy[1]!))) words = words.slice(1);
    else if (words.length > 2 && venue.has(foldKey(words[0]!)) && shapeOf(words[0]!) !== Shape.Title && RE_DS_YEAR4.test(words[1]!)) words = words.slice(2);
    else break;
  }
  const isEvent = cueWord !== undefined && EVENT_HEADS.has(cueWord);
  // Trailing event head: `SoccerNet Challenge` is SoccerNet.
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length > 1 && EVENT_HEADS.has(last)) {
    words = words.slice(0, -1);
    if (words.length > 1 && RE_DS_EVENT_MODIFIER.test(words[words.length - 1]!)) words = words.slice(0, -1);
  }
  if (isEvent || EVENT_HEADS.has(last)) {
    // `ImageCLEFmedical Caption 2023 Caption Prediction Task`: the event ends at its year.
    const y = words.findIndex((w) => RE_DS_YEAR4.test(w));
    if (y > 0 && y < words.length - 1) words = words.slice(0, y + 1);
    while (words.length > 1 && RE_DS_EVENT_TAIL.test(words[words.length - 1]!)) words = words.slice(0, -1);
  }
  // Trailing `Dataset`/`Benchmark` after a distinctive core: `the FooBar Dataset` is FooBar.
  if (words.length > 1 && RE_DS_HEAD_WORD.test(words[words.length - 1]!)) {
    const core = words.slice(0, -1);
    if (core.some((w) => shapeOf(w) === Shape.Distinct)) words = core;
  }
  const name = words.join(' ');
  // `the SPICE benchmark`: a metric's name that a benchmark or dataset word right after makes a dataset's.
  const metricNamed = rule === 'cue-after' && cueWord !== undefined && STRONG_CUES.has(cueWord) && words.length === 1 && metricKeys().has(foldKey(name)) && !MODEL_STEMS.has(foldKey(name));
  if (rule !== 'shape' && !metricNamed && rejectName(name, rule === 'appositive' || rule === 'title' || rule === 'title-plain')) return undefined;
  if (isSampledMetric(name)) return undefined;
  // A venue is a dataset only where a dataset word says so (`the arXiv and PubMed datasets`).
  if (!EXPLICIT_RULES.has(rule) && venueKeys().has(foldKey(words.filter((w) => !RE_DS_YEAR4.test(w)).join(' ').replace(RE_DS_SHORT_YEAR_TAIL, '')))) return undefined;
  if (rule === 'shape' && (stopKeys().has(foldKey(name)) || isModelLike(name))) return undefined;
  return name;
}

// ---------------------------------------------------------------------------
// Entry point

/**
 * Dataset names found from context in `text`. `hits` are the gazetteer hits of the same
 * text (listed names are not returned again; they anchor lists). `titleCase` marks a
 * title written in Title Case, where capitals say nothing.
 */
export function findContextDatasets(text: string, hits: GazetteerHit[], titleCase: boolean): ContextName[] {
  const regions = sentenceRegions(text);
  resetSearches();
  const out: ContextName[] = [];
  // Made on first use: most texts have no candidate sentence.
  let seen: Set<string> | undefined;
  let methodCache: Map<string, boolean> | undefined;
  for (let r = 0; 2 * r < regions.length; r++) {
    const s = regions[2 * r]!;
    const e = regions[2 * r + 1]!;
    if (!isCandidate(text, s, e, hits, r === 0)) continue;
    const words = wordsOf(text, s, e, hits);
    if (!words.length) continue;
    const tc = titleCase || looksTitleCase(words);
    const items = buildItems(words, tc);
    const isFirst = r === 0 && words[0]!.start === regions[0]! + leadingSpace(text, regions[0]!);
    for (const f of runRules(words, items, tc, isFirst)) {
      const raw = nameText(words, f.from, f.to, text);
      const cueWord = f.withCue !== undefined ? words[f.withCue]!.lower : words[f.to]?.lower;
      let name = cleanName(raw, f.rule, cueWord);
      if (!name) continue;
      let start = words[f.from]!.start + raw.indexOf(name);
      let end = start + name.length;
      if (f.withCue !== undefined) {
        end = words[f.withCue]!.end;
        name = text.slice(start, end);
      }
      // `DREAMS/PAFE`: two capitalised names joined by a slash are two datasets.
      const slash = f.withCue === undefined && RE_DS_SLASH_PAIR.test(name) ? name.indexOf('/') : -1;
      const parts =
        slash > 0
          ? [
              { name: name.slice(0, slash), start, end: start + slash },
              { name: name.slice(slash + 1), start: start + slash + 1, end },
            ]
          : [{ name, start, end }];
      for (const part of parts) {
        const key = foldKey(part.name);
        if (seen?.has(key) || isListedKey(key) || (slash > 0 && rejectName(part.name))) continue;
        if (!f.strong) {
          let m = (methodCache ??= new Map()).get(part.name);
          // The paper around the name (the whole text for an abstract; a window for a long text, to stay linear).
          if (m === undefined) methodCache.set(part.name, (m = usedAsMethod(text.slice(Math.max(0, part.start - WINDOW), part.end + WINDOW), part.name)));
          if (m) continue;
        }
        (seen ??= new Set()).add(key);
        out.push({ name: part.name, start: part.start, end: part.end, surfaces: f.abbr && f.abbr !== part.name && slash < 0 ? [f.abbr] : [], rule: f.rule });
      }
    }
  }
  if (RE_DS_CJK.test(text)) cjkContextDatasets(text, (seen ??= new Set()), out);
  return out.length > 1 ? dropTitleExtensions(out) : out;
}

/**
 * Names that are another name of the text with capitalised plain words after it (`VoicePrivacy Attacker`
 * beside `VoicePrivacy`, from `the VoicePrivacy Attacker Challenge datasets` and `the VoicePrivacy
 * datasets`): one dataset, named by the shorter. An edition or a distinctive word after it keeps a name
 * of its own (`MegaWika 2`, `BIRD Mini-Dev`).
 */
function dropTitleExtensions(out: ContextName[]): ContextName[] {
  const names = new Set<string>();
  for (const o of out) names.add(o.name);
  let drop: Set<number> | undefined;
  // Each name is cut at its spaces (a few words), so a text with many names stays linear.
  for (let i = 0; i < out.length; i++) {
    const long = out[i]!.name;
    for (let p = long.indexOf(' '); p > 0; p = long.indexOf(' ', p + 1)) {
      if (!names.has(long.slice(0, p))) continue;
      if (long.slice(p + 1).split(' ').every((w) => shapeOf(w) === Shape.Title)) (drop ??= new Set()).add(i);
      break;
    }
  }
  return drop ? out.filter((_, i) => !drop!.has(i)) : out;
}

/** Chinese dataset words (dataset, benchmark, corpus), and lexicon for `是一个 ... 词汇表`. */
const CJK_CUES = ['数据集', '基准', '语料库'];
const CJK_IS_CUES = ['数据集', '基准', '语料库', '词汇表'];

/**
 * Names that Chinese text marks as datasets: a Latin name written right after or before a dataset
 * word (`构建一个新颖的基准数据集ConceptEdit`, `利用StreamingQA基准测试`), or before `是一个` with a
 * dataset or lexicon word later in the clause (`HATELEXICON是一个包含...的词汇表`). Distinctive names
 * only (a capital inside, all capitals, or a digit). Each look reads at most 60 characters.
 */
function cjkContextDatasets(text: string, seen: Set<string>, out: ContextName[]): void {
  const push = (start: number, end: number): void => {
    if (end - start < 2) return;
    const name = text.slice(start, end);
    const key = foldKey(name);
    if (seen.has(key) || isListedKey(key) || shapeOf(name) !== Shape.Distinct || rejectName(name, true)) return;
    seen.add(key);
    out.push({ name, start, end, surfaces: [], rule: 'cue-after' });
  };
  for (const cue of CJK_CUES) {
    for (let i = text.indexOf(cue), n = 0; i >= 0 && n < 100; i = text.indexOf(cue, i + 1), n++) {
      const b = latinRunBefore(text, i);
      if (b >= 0) push(b, i);
      const a = i + cue.length;
      const e = latinRunAfter(text, a);
      if (e > a) push(a, e);
    }
  }
  for (let i = text.indexOf('是一个'), n = 0; i >= 0 && n < 100; i = text.indexOf('是一个', i + 1), n++) {
    const b = latinRunBefore(text, i);
    if (b < 0) continue;
    let stop = i + 3;
    while (stop < text.length && stop < i + 63 && text[stop] !== '。' && text[stop] !== '；' && text[stop] !== ';') stop++;
    const clause = text.slice(i + 3, stop);
    if (CJK_IS_CUES.some((c) => clause.includes(c))) push(b, i);
  }
}

function isLatinNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/** Start of the run of Latin name characters (a letter first, up to 40) that ends at `end`, or -1. */
function latinRunBefore(text: string, end: number): number {
  let b = end;
  while (b > 0 && end - b < 40 && isLatinNameChar(text.charCodeAt(b - 1))) b--;
  if (b === end || (b > 0 && isLatinNameChar(text.charCodeAt(b - 1)))) return -1;
  while (b < end && !isAsciiLetter(text.charCodeAt(b))) b++;
  return b < end ? b : -1;
}

/** End of the run of Latin name characters (a letter first, up to 40) that starts at `start`. */
function latinRunAfter(text: string, start: number): number {
  if (!isAsciiLetter(text.charCodeAt(start))) return start;
  let e = start;
  while (e < text.length && e - start < 40 && isLatinNameChar(text.charCodeAt(e))) e++;
  while (e > start && text.charCodeAt(e - 1) === 45) e--;
  return e;
}

/** How far around a name the method vetoes look, in characters. */
const WINDOW = 20_000;

function leadingSpace(text: string, i: number): number {
  let n = 0;
  while (i + n < text.length && isJsSpaceCode(text.charCodeAt(i + n))) n++;
  return n;
}

/** A sentence written in Title Case (see {@link isTitleCaseWords}). */
function looksTitleCase(words: Word[]): boolean {
  const texts: string[] = [];
  for (const w of words) texts.push(w.text);
  return isTitleCaseWords(texts);
}
