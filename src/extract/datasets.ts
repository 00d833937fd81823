/**
 * Datasets: the named datasets and benchmarks a text mentions, each with its canonical
 * name, the mention as written, a variant written next to it and every span.
 *
 * Two sources. The gazetteer (`src/data/datasets.json`, ~1000 entries) is compiled once,
 * lazily, into a trie over folded characters and matched in one linear scan: spelling
 * variants (`CIFAR10`, `Cifar 10`), variants next to a name (`ImageNet-1K`, `ImageNet
 * 64x64`, `Split-CIFAR100`) and case where a name is an ordinary word are handled there
 * (`./datasets-gazetteer.ts`). Names nobody listed are found from context in the few
 * sentences that hold a dataset word or a list (`./datasets-context.ts`), with a plain
 * tokenizer of our own on those sentences only (no compromise: see that module).
 *
 * Cost, measured on Node 20 (CPU time, the 2-core dev machine, the 154 gold abstracts):
 * compiling the gazetteer ~18 ms once, on the first call; the gazetteer scan ~90 µs an
 * abstract (linear: ~45 ns a character on a 3.8 MB text); the context finder reads only the
 * ~1 candidate sentence an abstract has (of ~6), ~0.65 ms a text over the 656 gold and
 * fixture texts (it was ~1.6 ms with compromise/one, load included). Since then, on the 80
 * seed abstracts (CPU time, a busy 2-core machine): the gazetteer scan ~14 µs a text (~9 ns a
 * character), the context finder ~32 µs, the whole ~57 µs (it was ~100 µs): character-code
 * loops and lookup tables instead of per-word slices and regexes, the title scanned once.
 * Then ~58 µs to ~44 µs a text (CPU time, same set): the candidate scan skips the ~4 regions
 * in 10 with no capital, digit or non-ASCII character after their first (one native regex
 * search a text), the trie takes a word's first two characters in one step, and the searches
 * that may run past a region keep their answers. Both scans are now near what a loop over
 * the words costs in JS; the gazetteer walk is a third of the whole.
 * Web addresses are blanked out first: a name inside an address is not a mention.
 */
import type { DatasetMention, Field, Span } from '../schema/paper.js';
import { PaperfeedError } from '../errors.js';
import { RE_DS_DATASET_WORD, RE_DS_PAREN_ABBR, RE_DS_URL, RE_DS_YEAR_COLON } from '../regex/datasets.js';
import { foldKey, isLetterOrDigit } from '../lib/text.js';
import { atSentenceStart, isListedKey, scanGazetteer, type GazetteerHit } from './datasets-gazetteer.js';
import { LONG_FORM_HEADS, METHOD_HEADS, TASK_LONG_FORM_HEADS, describedAsMethod, isCueWord, isTitleCaseText } from './datasets-lexicon.js';
import { findContextDatasets, firstHitAfter, type ContextName } from './datasets-context.js';

/** Options of {@link extractDatasets}. */
export interface ExtractDatasetsOptions {
  /** The field the spans point into. Default `text`. */
  field?: Field;
  /** Also look for unlisted names from context. Default true. */
  context?: boolean;
}

const NO_OPTIONS: ExtractDatasetsOptions = Object.freeze({});

interface FieldResult {
  mentions: DatasetMention[];
  /** Names found from context, to look for in the other fields of a paper. */
  contextNames: string[];
  /** Folded spellings of listed names that the text defines as its own method (`Stage-Aware Reinforcement (STARE)`). */
  methodKeys: string[];
  /** Spellings the text uses as the abbreviation of another listed name, with the listed name they would be read as. */
  redefined: [string, string][];
  /** Listed names the text calls software (`the MuJoCo simulator`, `the Semantic Scholar API`). */
  tools: string[];
}

/**
 * Finds the datasets and benchmarks a text names. Repeats merge into one mention with
 * all their spans; `mention` is the first as written, `name` the canonical name (or the
 * name as written when it was found from context), `variant` a resolution, size, year,
 * version or split written next to it.
 *
 * @example
 * extractDatasets('We train on CIFAR10 and ImageNet 64x64.')
 * // [{ name: 'CIFAR-10', mention: 'CIFAR10', source: 'gazetteer', spans: [{ field: 'text', start: 12, end: 19 }] },
 * //  { name: 'ImageNet', mention: 'ImageNet 64x64', variant: '64x64', source: 'gazetteer', spans: [...] }]
 */
export function extractDatasets(text: string, options?: ExtractDatasetsOptions | null): DatasetMention[] {
  if (typeof text !== 'string') throw new PaperfeedError('INVALID_INPUT', 'extractDatasets expects a string', { got: typeof text });
  const o = options ?? NO_OPTIONS;
  return extractField(text, o.field ?? 'text', o.context !== false, []).mentions;
}

/**
 * Datasets of a paper from its title and abstract, merged across fields: one mention per
 * dataset with the spans of both fields. A name found from context in one field (a title
 * `MAVIS: A Benchmark for ...`) is also found where the other field repeats it.
 *
 * @example
 * extractPaperDatasets({ title: 'MAVIS: A Benchmark for Attribution', abstract: 'We introduce MAVIS ... on COCO.' })
 * // [{ name: 'MAVIS', source: 'context', spans: [title 0-5, abstract 13-18] }, { name: 'COCO', ... }]
 */
export function extractPaperDatasets(paper: { title?: string | null; abstract?: string | null }): DatasetMention[] {
  const title = typeof paper.title === 'string' ? paper.title : '';
  const abstract = typeof paper.abstract === 'string' ? paper.abstract : '';
  // The title is scanned once; only the names to look for change on a second pass.
  const ts = scanField(title, 'title', true);
  const t = resolveField(ts, []);
  const a = extractField(abstract, 'abstract', true, t.contextNames);
  // Names the abstract found from context may stand in the title too.
  const extra: string[] = [];
  for (const n of a.contextNames) if (!t.contextNames.includes(n)) extra.push(n);
  const t2 = extra.length ? resolveField(ts, extra) : t;
  // A title name that the abstract defines as the paper's own method (`STARE-VLA: ...` with `Stage-Aware Reinforcement (STARE)`).
  // The abstract also says what an abbreviation in the title stands for (`ARC` as `Abstraction and Reasoning Corpus (ARC)`).
  // Abbreviations the abstract defines as a method or system (`Integrated Forecasting System (IFS)`) name no dataset in the title.
  const methodKeys = t2.mentions.length || a.mentions.length ? [...a.methodKeys, ...definedMethodAbbrevs(abstract)] : a.methodKeys;
  const titleMentions =
    methodKeys.length || a.redefined.length ? t2.mentions.filter((m) => !namesMethod(m.mention, methodKeys) && !isRedefined(m, a.redefined)) : t2.mentions;
  const abstractMentions = methodKeys.length > a.methodKeys.length ? a.mentions.filter((m) => m.source !== 'context' || !methodKeys.includes(foldKey(m.mention))) : a.mentions;
  // A title name that the abstract describes as a model (`ChatQA: ...` with `we introduce ChatQA, a family of ... models`).
  // `Spider-Sense: Intrinsic Risk Sensing for ...`: a title that opens with a variant of a listed name is the paper's
  // own system when neither field says dataset or benchmark anywhere.
  const own = ownVariantName(title, t2.mentions, abstract);
  const titleKept = own ? titleMentions.filter((m) => m.name !== own) : titleMentions;
  const abstractKept = own ? abstractMentions.filter((m) => m.name !== own) : abstractMentions;
  const kept = abstract ? titleKept.filter((m) => !describedAsMethodIn(abstract, m.mention) && !(m.source === 'gazetteer' && a.tools.includes(m.name))) : titleKept;
  // `Fakeddit: A New ... Dataset`: a plain capitalised title head is a coined name only if the abstract (when there
  // is one) writes it capitalised inside a sentence too; an ordinary word is capitalised only at a sentence start.
  const weak = abstract ? unconfirmedHeads(ts.ctx, abstract) : undefined;
  if (weak) return merge([...kept, ...abstractKept].filter((m) => !weak.has(m.name)));
  return merge([...kept, ...abstractKept]);
}

/** Plain title heads (rule `title-plain`) that the abstract never writes inside a sentence, or undefined when none. */
function unconfirmedHeads(ctx: ContextName[], abstract: string): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const c of ctx) {
    if (c.rule !== 'title-plain') continue;
    let confirmed = false;
    for (let i = abstract.indexOf(c.name); i >= 0 && !confirmed; i = abstract.indexOf(c.name, i + 1)) {
      confirmed = !isLetterOrDigit(abstract[i - 1] ?? ' ') && !isLetterOrDigit(abstract[i + c.name.length] ?? ' ') && !atSentenceStart(abstract, i);
    }
    if (!confirmed) (out ??= new Set()).add(c.name);
  }
  return out;
}

/**
 * The name a title opens with (`X: ...`) when it is a hyphenated variant of a listed name
 * (`Spider-Sense`), no listed name itself, and neither the title nor the abstract has a dataset
 * word (`dataset`, `benchmark`, `corpus`, `test set`, ...): then it names the paper's system.
 */
function ownVariantName(title: string, mentions: DatasetMention[], abstract: string): string | undefined {
  const first = mentions[0];
  // `ManiSkill-ViTac 2025: Challenge on ...`: a year may stand between the name and the colon.
  if (!first || first.spans[0]!.start !== 0 || (title.charCodeAt(first.spans[0]!.end) !== 58 && !RE_DS_YEAR_COLON.test(title.slice(first.spans[0]!.end, first.spans[0]!.end + 7)))) return undefined;
  const dash = first.name.indexOf('-');
  if (dash <= 0 || isListedKey(foldKey(first.name)) || !isListedKey(foldKey(first.name.slice(0, dash)))) return undefined;
  if (RE_DS_DATASET_WORD.test(title) || RE_DS_DATASET_WORD.test(abstract)) return undefined;
  return first.name;
}

/**
 * Folded abbreviations that the text defines, `Long Form (ABBR)`, with a long form ending in a
 * method or system word (`Integrated Forecasting System (IFS)`, `Direct Preference Optimization (DPO)`).
 * One pass over the parentheses; each looks back at most eight words.
 */
function definedMethodAbbrevs(text: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf('('), n = 0; i >= 0 && n < 200; i = text.indexOf('(', i + 1), n++) {
    const j = text.indexOf(')', i + 1);
    if (j < 0) break;
    if (j - i - 1 < 2 || j - i - 1 > 10) continue;
    const abbr = text.slice(i + 1, j);
    if (!RE_DS_PAREN_ABBR.test(abbr)) continue;
    const span = longFormBefore(text, i);
    if (!span) continue;
    const run = text.slice(span[0], span[1]);
    for (let k = 0; k < run.length; k = run.indexOf(' ', k) + 1) {
      const tail = run.slice(k);
      if (abbreviatesText(abbr, tail)) {
        const head = headOf(tail);
        if (METHOD_HEADS.has(head) || LONG_FORM_HEADS.has(head)) out.push(foldKey(abbr));
        break;
      }
      if (run.indexOf(' ', k) < 0) break;
    }
  }
  return out;
}

/** True when the text writes `surface` as a whole word with an appositive that makes it a method (see {@link describedAsMethod}). */
function describedAsMethodIn(text: string, surface: string): boolean {
  let from = 0;
  for (let n = 0; n < 20; n++) {
    const i = text.indexOf(surface, from);
    if (i < 0) return false;
    from = i + surface.length;
    if (isWordChar(text, i - 1) || isWordChar(text, from)) continue;
    if (describedAsMethod(text, from)) return true;
  }
  return false;
}

/** True when a listed mention is a spelling the other field redefines as another listed dataset's abbreviation. */
function isRedefined(m: DatasetMention, redefined: [string, string][]): boolean {
  if (m.source !== 'gazetteer') return false;
  for (const [spelling, name] of redefined) if (m.name === name && m.mention.startsWith(spelling)) return true;
  return false;
}

/** True when the mention is one of the method spellings, or one of them with a suffix (`STARE-VLA` for `STARE`). */
function namesMethod(mention: string, methodKeys: string[]): boolean {
  const k = foldKey(mention);
  if (methodKeys.includes(k)) return true;
  const dash = mention.indexOf('-');
  return dash > 0 && methodKeys.includes(foldKey(mention.slice(0, dash)));
}

function looksTitleCase(text: string): boolean {
  return isTitleCaseText(text);
}

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  // Chinese, Japanese and Korean script writes no spaces: a Latin name next to it is a whole word.
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) return false;
  return isLetterOrDigit(text[i]!);
}

/**
 * Every place the text writes one of the names, as a whole word and with the case as
 * written: one pass over the word starts, with the names bucketed by their first two
 * characters, so a long text with many names stays linear.
 */
function occurrencesOf(text: string, names: { name: string; surfaces: string[] }[]): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  // Most texts have no names to look for: no tables to build.
  if (!names.length) return out;
  // Keyed by the two first character codes as one number (no slice a position).
  const buckets = new Map<number, { name: string; surface: string }[]>();
  // The first characters of the names: ASCII ones in a table, any other by a flag (then the map decides).
  const firstAscii = new Uint8Array(128);
  let firstHigh = false;
  for (const c of names) {
    for (const surface of c.surfaces) {
      if (surface.length < 2) continue;
      const c0 = surface.charCodeAt(0);
      const k = c0 * 65536 + surface.charCodeAt(1);
      let b = buckets.get(k);
      if (!b) buckets.set(k, (b = []));
      b.push({ name: c.name, surface });
      if (c0 < 128) firstAscii[c0] = 1;
      else firstHigh = true;
    }
  }
  if (!buckets.size) return out;
  for (let i = 0; i < text.length - 1; i++) {
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? firstAscii[c0] === 0 : !firstHigh) continue;
    if (isWordChar(text, i - 1)) continue;
    const b = buckets.get(c0 * 65536 + text.charCodeAt(i + 1));
    if (!b) continue;
    for (const { name, surface } of b) {
      if (text.startsWith(surface, i) && !isWordChar(text, i + surface.length)) out.push({ name, start: i, end: i + surface.length });
    }
  }
  return out;
}

/** Head nouns after a listed name that make it the software it is run in (`the MuJoCo simulator`, `a physics engine`). */
const TOOL_HEADS = new Set(['simulator', 'simulators', 'engine', 'engines', 'api', 'apis']);

/**
 * True when the word right after offset `end` (past one space, and `physics`) is a tool head noun
 * (`the Semantic Scholar API`), or one word after a possessive (`CARLA's atomic APIs`).
 */
function toolAfter(text: string, end: number): boolean {
  let p = end;
  const possessive = text.charCodeAt(p + 1) === 115 && (text.charCodeAt(p) === 39 || text.charCodeAt(p) === 0x2019);
  if (possessive) p += 2;
  if (text.charCodeAt(p) !== 32) return false;
  const c = text.charCodeAt(p + 1) | 32;
  // Only words starting with `s`, `e`, `p` or `a` can be (or lead to) a tool head.
  if (!possessive && c !== 115 && c !== 101 && c !== 112 && c !== 97) return false;
  let w = nextLowerWord(text, p + 1);
  if (TOOL_HEADS.has(w)) return true;
  if (w === 'physics' || (possessive && w.length > 0 && text.charCodeAt(p + 1 + w.length) === 32)) w = nextLowerWord(text, p + 2 + w.length);
  return TOOL_HEADS.has(w);
}

function nextLowerWord(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 12) {
    const c = text.charCodeAt(j) | 32;
    if (c < 97 || c > 122) break;
    j++;
  }
  return text.slice(i, j).toLowerCase();
}

/**
 * Whether `short` abbreviates `long` in the manner of Schwartz and Hearst: its first letter
 * starts `long` and its letters and digits appear in `long` in order (case ignored).
 */
function abbreviatesText(short: string, long: string): boolean {
  const s = foldKey(short);
  const l = long.toLowerCase();
  if (s.length < 2 || s.length >= foldKey(long).length || s[0] !== l[0]) return false;
  let i = 0;
  for (const ch of s) {
    i = l.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

/** Lower-case words that may stand inside a long form (`Abstraction and Reasoning Corpus`). */
const LONG_FORM_GLUE = new Set(['of', 'and', 'for', 'in', 'on', 'with', 'the', 'to', '&']);

/**
 * The long form written right before `(` at offset `open`: the run of capitalised words (and
 * glue words inside it) that ends there, up to eight words, as [start, end) in the text.
 */
function longFormBefore(text: string, open: number): [number, number] | undefined {
  let end = open;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  let start = end;
  let words = 0;
  let p = end;
  while (p > 0 && words < 8) {
    let q = p;
    while (q > 0 && text.charCodeAt(q - 1) !== 32 && text.charCodeAt(q - 1) !== 9 && text.charCodeAt(q - 1) !== 10) q--;
    if (q === p) break;
    const w = text.slice(q, p);
    const c = w.charCodeAt(0);
    const capital = c >= 65 && c <= 90;
    if (!capital && !LONG_FORM_GLUE.has(w)) break;
    if (capital) start = q;
    words++;
    p = q;
    while (p > 0 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  }
  return start < end ? [start, end] : undefined;
}

/**
 * A listed name written as the abbreviation of the long form before it, `Long Form (ABBR)`:
 * the long form (or its tail) that the abbreviation abbreviates, or undefined.
 */
function definedLongForm(text: string, h: GazetteerHit): string | undefined {
  if (h.derived || text.charCodeAt(h.start - 1) !== 40 || text.charCodeAt(h.end) !== 41) return undefined;
  const span = longFormBefore(text, h.start - 1);
  if (!span) return undefined;
  const short = text.slice(h.start, h.end);
  // The tail of the run that the abbreviation starts: `we present Stage-Aware Reinforcement (STARE)`.
  const run = text.slice(span[0], span[1]);
  for (let i = 0; i < run.length; i = run.indexOf(' ', i) + 1) {
    const tail = run.slice(i);
    if (abbreviatesText(short, tail)) return tail;
    if (run.indexOf(' ', i) < 0) break;
  }
  return undefined;
}

/** True when the word after offset `i` (past spaces) starts with a digit or is a dataset word (`(LivDet) 2015`, `(SSC) dataset`). */
function datasetAfter(text: string, i: number): boolean {
  let p = i;
  while (text.charCodeAt(p) === 32) p++;
  const c = text.charCodeAt(p);
  if (c >= 48 && c <= 57) return true;
  const w = nextLowerWord(text, p);
  return isCueWord(w) || w === 'competition' || w === 'challenge';
}

/** The last word of a long form, lower-cased, without a hyphenated prefix (`Cross-Attention` -> `attention`). */
function headOf(long: string): string {
  const w = long.slice(long.lastIndexOf(' ') + 1).toLowerCase();
  return w.slice(w.lastIndexOf('-') + 1);
}

interface Raw {
  name: string;
  start: number;
  end: number;
  variant?: string;
  source: 'gazetteer' | 'context';
}

/** The text with every web address blanked out (same length, so offsets hold). */
function maskUrls(text: string): string {
  if (text.indexOf('/') < 0 && text.indexOf('www.') < 0) return text;
  // RE_DS_URL needs `://`, `www.` or a host's `.com/`, `.co/`, `.org/` (in any case): most texts with a `/` have none.
  const first = firstUrlMark(text);
  if (first < 0) return text;
  let out = '';
  let last = 0;
  // A match starts at most 11 characters before its first mark (`huggingface.co/`, `https://`): the
  // regex starts a little before the first mark, not at the text start (as the offsets of the text's
  // lower case did, which only `İ` lengthens: with one, from the start as before).
  RE_DS_URL.lastIndex = text.indexOf('\u0130') < 0 ? Math.max(0, first - 16) : 0;
  for (let m = RE_DS_URL.exec(text); m; m = RE_DS_URL.exec(text)) {
    let end = m.index + m[0].length;
    // Sentence punctuation after an address is not part of it.
    while (end > m.index && ',.;:!?'.includes(text[end - 1]!)) end--;
    out += text.slice(last, m.index) + ' '.repeat(end - m.index);
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Where the first `://`, `www.`, `.com/`, `.co/` or `.org/` (ASCII letters in any case) starts, or -1:
 * what the least `indexOf` of each in the text's lower case answers (only `İ` and the Kelvin sign
 * lower-case to ASCII, to none of these letters), found from the slashes and the dots without
 * lower-casing the text. A mark ends in the slash it is found at and holds no other slash, so the
 * first slash with a mark has the first of those (and the first dot with `www` before it, that one).
 */
function firstUrlMark(text: string): number {
  let first = -1;
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
    const before = text.charCodeAt(p - 1);
    // `| 32` makes `M`, `O`, `G` lower case (and no other character `m`, `o`, `g`)
    const c = before | 32;
    if (before === 58 && text.charCodeAt(p + 1) === 47) first = p - 1;
    else if (c === 109 && asciiLowerAt(text, p - 4, '.co')) first = p - 4;
    else if (c === 111 && asciiLowerAt(text, p - 3, '.c')) first = p - 3;
    else if (c === 103 && asciiLowerAt(text, p - 4, '.or')) first = p - 4;
    if (first >= 0) break;
  }
  for (let p = text.indexOf('.', 3); p >= 0 && (first < 0 || p - 3 < first); p = text.indexOf('.', p + 1)) {
    if (asciiLowerAt(text, p - 3, 'www')) return p - 3;
  }
  return first;
}

/** True when `text` holds `lower` (lower-case ASCII letters and `.`) at `at`, its letters in either case. */
function asciiLowerAt(text: string, at: number, lower: string): boolean {
  if (at < 0) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(at + k);
    const l = lower.charCodeAt(k);
    if (c !== l && !(l >= 97 && l <= 122 && c === l - 32)) return false;
  }
  return true;
}

/** What a field's text holds before the names from other fields are looked for: its listed and its context names. */
interface FieldScan {
  original: string;
  field: Field;
  text: string;
  hits: GazetteerHit[];
  ctx: ContextName[];
}

function scanField(original: string, field: Field, context: boolean): FieldScan {
  if (!original) return { original, field, text: original, hits: [], ctx: [] };
  const text = maskUrls(original);
  const titleCase = field === 'title' && looksTitleCase(text);
  const hits = scanGazetteer(text, titleCase);
  return { original, field, text, hits, ctx: context ? findContextDatasets(text, hits, titleCase) : [] };
}

function extractField(original: string, field: Field, context: boolean, alsoNames: string[]): FieldResult {
  return resolveField(scanField(original, field, context), alsoNames);
}

// Module-level comparators and helpers, not closures: tsx (the dev bench) wraps every closure it creates in a costly `__name`.
const byStartLongestFirst = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start - y.start || y.end - x.end;
const byStart = (x: { start: number }, y: { start: number }) => x.start - y.start;

function resolveField(scan: FieldScan, alsoNames: string[]): FieldResult {
  const { original, field, text, ctx } = scan;
  // Nothing listed, found or to look for (most titles, many abstracts): no names, no sets to build.
  if (!original || (!scan.hits.length && !ctx.length && !alsoNames.length)) return { mentions: [], contextNames: [], methodKeys: [], redefined: [], tools: [] };
  let hits = scan.hits;
  const raws: Raw[] = [];
  const contextNames: string[] = [];
  // Names from context: every place the text writes them (or their abbreviation), longest first where two overlap.
  const names: { name: string; surfaces: string[] }[] = [];
  for (const c of ctx) names.push({ name: c.name, surfaces: [c.name, ...c.surfaces] });
  // A name from the other field that this text describes as a model is not looked for here.
  for (const n of alsoNames) if (!describedAsMethodIn(text, n)) names.push({ name: n, surfaces: [n] });
  const occ = occurrencesOf(text, names);
  occ.sort(byStartLongestFirst);
  const removed = new Set<number>();
  let lastEnd = -1;
  for (const o of occ) {
    if (o.start < lastEnd) continue;
    // Listed names overlapping this place (hits are sorted and do not overlap each other).
    let k = firstHitAfter(hits, o.start);
    // A longer listed name is not cut (`MegaWika` from context inside a listed `MegaWika-X`).
    const h0 = hits[k];
    if (h0 && h0.start <= o.start && h0.end >= o.end && !h0.derived && h0.end - h0.start > o.end - o.start) continue;
    // A listed name inside a longer name found from context gives way (`MegaWika` in `MegaWika 2`).
    for (; k < hits.length && hits[k]!.start < o.end; k++) removed.add(k);
    raws.push({ name: o.name, start: o.start, end: o.end, source: 'context' });
    if (!contextNames.includes(o.name)) contextNames.push(o.name);
    lastEnd = o.end;
  }
  if (removed.size) {
    const kept: GazetteerHit[] = [];
    for (let k = 0; k < hits.length; k++) if (!removed.has(k)) kept.push(hits[k]!);
    hits = kept;
  }
  // A listed name that the text describes as its method is that method everywhere in the text.
  const methods = new Set<string>();
  const methodKeys: string[] = [];
  /**
   * Spellings of a listed name that the text uses as the abbreviation of another listed name
   * (`Abstraction and Reasoning Corpus (ARC)`), with the name they would be read as: there they
   * are that other dataset, which its long form already names, so they are left out.
   */
  let renamed: Map<string, string> | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.derived) continue;
    if (describedAsMethod(text, h.end)) methods.add(h.name);
    // `Long Form (ABBR)`: the paper says what the abbreviation stands for here.
    const long = definedLongForm(text, h);
    if (long === undefined) continue;
    const prev = k > 0 ? hits[k - 1]! : undefined;
    const longEnd = text.lastIndexOf(long, h.start) + long.length;
    if (prev && !prev.derived && prev.end === longEnd && prev.name !== h.name) (renamed ??= new Map()).set(text.slice(h.coreStart, h.coreEnd), h.name);
    else if (!prev || prev.end < longEnd - long.length) {
      // The long form is no listed name and ends in a method word: the abbreviation is the paper's own technique;
      // in a task word, the task (`3D Semantic Scene Completion (SSC)`, not the Spiking Speech Commands).
      const head = headOf(long);
      // (Not when an edition or a dataset word follows: `the Liveness Detection (LivDet) 2015 ... competition databases`.)
      if (METHOD_HEADS.has(head) || LONG_FORM_HEADS.has(head) || (TASK_LONG_FORM_HEADS.has(head) && !datasetAfter(text, h.end + 1))) {
        methods.add(h.name);
        methodKeys.push(foldKey(text.slice(h.start, h.end)));
      }
    }
  }
  // `the MuJoCo simulator`, `CARLA's atomic APIs`: the software here, not its benchmark tasks, wherever the text names it.
  let tools: Set<string> | undefined;
  for (const h of hits) if (!h.derived && toolAfter(text, h.end)) (tools ??= new Set()).add(h.name);
  for (const h of hits) {
    if (h.derived) {
      // `STARE-VLA` where `STARE` is the paper's own module.
      if (methodKeys.length && methodKeys.includes(foldKey(text.slice(h.coreStart, h.coreEnd)))) continue;
      raws.push({ name: h.name, start: h.start, end: h.end, source: 'context' });
      if (!contextNames.includes(h.name)) contextNames.push(h.name);
      continue;
    }
    if (methods.has(h.name)) continue;
    if (tools && tools.has(h.name)) continue;
    if (renamed && renamed.get(text.slice(h.coreStart, h.coreEnd)) === h.name) continue;
    const r: Raw = { name: h.name, start: h.start, end: h.end, source: 'gazetteer' };
    if (h.variant) r.variant = h.variant;
    raws.push(r);
  }
  raws.sort(byStart);
  const list: DatasetMention[] = [];
  const spelledOut = spelledOutNames(raws, original);
  for (const r of raws) {
    if (spelledOut && r.source === 'context' && spelledOut.has(r.name)) continue;
    const m: DatasetMention = { name: r.name, mention: original.slice(r.start, r.end), source: r.source, spans: [{ field, start: r.start, end: r.end }] };
    if (r.variant) m.variant = r.variant;
    list.push(m);
  }
  return { mentions: merge(list), contextNames, methodKeys, redefined: renamed ? [...renamed] : [], tools: tools ? [...tools] : [] };
}

/**
 * Names of several words found from context that another name of the text abbreviates
 * (`DSBench, the first comprehensive Driving Safety Benchmark`, `RFMiD` and `Retinal Fundus
 * Multi-Disease Image Dataset`): the long form of that dataset, not a second one. Compared by
 * distinct name and spelling, so a text that repeats them stays linear.
 */
function spelledOutNames(raws: Raw[], text: string): Set<string> | undefined {
  let longNames: Set<string> | undefined;
  for (const r of raws) if (r.source === 'context' && r.name.indexOf(' ') > 0) (longNames ??= new Set()).add(r.name);
  if (!longNames) return undefined;
  const shorts = new Map<string, string>();
  for (const o of raws) {
    if (o.end - o.start < 2 || o.end - o.start > 12) continue;
    const short = text.slice(o.start, o.end);
    if (short.indexOf(' ') < 0 && !shorts.has(short)) shorts.set(short, o.name);
  }
  let out: Set<string> | undefined;
  for (const long of longNames) {
    for (const [short, name] of shorts) {
      if (name === long || foldKey(long).includes(foldKey(short))) continue;
      if (capitalsAreInitials(short, long)) {
        (out ??= new Set()).add(long);
        break;
      }
    }
  }
  return out;
}

/**
 * True when the capitals of `short`, two or more, are initials of the words of `long` in
 * order, starting with the first (`DSBench` and `Driving Safety Benchmark`, `RFMiD` and
 * `Retinal Fundus Multi-Disease Image Dataset`).
 */
function capitalsAreInitials(short: string, long: string): boolean {
  const initials: number[] = [];
  for (let i = 0; i < long.length; i++) {
    const prev = i === 0 ? 32 : long.charCodeAt(i - 1);
    if (prev === 32 || prev === 45) initials.push(long.charCodeAt(i) & ~32);
  }
  let k = 0;
  let capitals = 0;
  for (let i = 0; i < short.length; i++) {
    const c = short.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    if (capitals === 0 && initials[0] !== c) return false;
    while (k < initials.length && initials[k] !== c) k++;
    if (k === initials.length) return false;
    k++;
    capitals++;
  }
  return capitals >= 2;
}

/** Merges mentions of one dataset (same folded name): first mention kept, spans joined, the first variant kept. */
function merge(list: DatasetMention[]): DatasetMention[] {
  // None or one (most fields): nothing to join, the copy below without its key and sets.
  if (list.length < 2) return list.length ? [{ ...list[0]!, spans: [...list[0]!.spans] }] : [];
  const byKey = new Map<string, { m: DatasetMention; seen: Set<string> }>();
  const out: DatasetMention[] = [];
  for (const m of list) {
    const k = foldKey(m.name);
    const prev = byKey.get(k);
    if (!prev) {
      const copy: DatasetMention = { ...m, spans: [...m.spans] };
      const seen = new Set<string>();
      for (const s of copy.spans) seen.add(spanKey(s));
      byKey.set(k, { m: copy, seen });
      out.push(copy);
      continue;
    }
    for (const s of m.spans) {
      const sk = spanKey(s);
      if (prev.seen.has(sk)) continue;
      prev.seen.add(sk);
      prev.m.spans.push(s);
    }
    if (!prev.m.variant && m.variant) prev.m.variant = m.variant;
  }
  return out;
}

function spanKey(s: Span): string {
  return `${s.field}:${s.start}:${s.end}`;
}
