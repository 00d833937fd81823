/** parseFeed: detection, a reader, de-duplication, then analyzePaper on each entry. */
import { analyzePaper, type AnalyzeOptions } from './analyze.js';
import { isPaperfeedError, PaperfeedError } from './errors.js';
import { htmlToMarkdown, looksLikeHtmlPage } from './feeds/html.js';
import { embeddedFeedLiteral, type DecodedLiteral } from './feeds/string-literal.js';
import { defaultReaders, detectFormat, readerFor } from './feeds/registry.js';
import type { FeedReader, RawEntry, ReaderContext } from './feeds/types.js';
import { mergeRanges, unclaimedTextBlocks, unclaimedXmlElements, type Range } from './lib/coverage.js';
import { defuseBrackets, defuseEmphasis } from './lib/defuse.js';
import { foldKey, isBlank, LineIndex, withSharedLines } from './lib/text.js';
import type { Diagnostic, FeedResult, Paper } from './schema/paper.js';
import { DEFAULT_MAX_INPUT_LENGTH, ParseFeedOptionsSchema } from './schema/options.js';
import { tagTopics, type TagTopicsOptions } from './topics/index.js';

/** Options of {@link parseFeed}. */
export interface ParseFeedOptions {
  /** Force a format (`'arxiv-digest'`, `'hf-markdown'`, ...); `'auto'` or absent detects it; `'html'` reads the text as an HTML page (its shown text, the format detected in it). */
  format?: string;
  /** Texts longer than this (UTF-16 code units) throw `INPUT_TOO_LARGE`. Default 200,000,000. */
  maxInputLength?: number;
  /** Also return e-mail addresses as links. Default false. */
  emails?: boolean;
  /** Merge entries of the feed that are the same paper. Default true. */
  dedupe?: boolean;
  /** Topic tagging options. */
  topics?: TagTopicsOptions;
  /** Extra readers, tried before the built-in ones. */
  readers?: FeedReader[];
}

const EMPTY: ParseFeedOptions = Object.freeze({});
const OPTION_KEYS = 'format, maxInputLength, emails, dedupe, topics, readers';
const OPTION_HINTS: Record<string, string> = {
  format: "Give a format name such as 'arxiv-digest', or 'auto'.",
  maxInputLength: 'Give a positive integer (characters), e.g. 500_000_000.',
  emails: 'Give true or false.',
  dedupe: 'Give true or false.',
  topics: 'Give an object of tagTopics options, e.g. { threshold: 0.6, maxTags: 3 }.',
  readers: 'Give an array of readers: { name: string, detect(text): number, read(text, ctx) }.',
};

/** Throws a typed error for non-string input or invalid options; returns the options to use. */
export function checkInput(text: unknown, options: ParseFeedOptions | null | undefined, fn: string): ParseFeedOptions {
  if (typeof text !== 'string') {
    throw new PaperfeedError('INVALID_INPUT', `${fn} expects a string of feed text, got ${text === null ? 'null' : typeof text}. Read the file first (e.g. fs.readFileSync(path, 'utf8')).`, {
      received: text === null ? 'null' : typeof text,
    });
  }
  const opts = options ?? EMPTY;
  if (typeof opts !== 'object' || Array.isArray(opts)) {
    throw new PaperfeedError('INVALID_OPTIONS', `${fn} options must be an object such as { format: 'auto' }, got ${Array.isArray(opts) ? 'an array' : typeof opts}. Allowed options: ${OPTION_KEYS}.`, {
      received: Array.isArray(opts) ? 'array' : typeof opts,
    });
  }
  if (Object.keys(opts).length) {
    const r = ParseFeedOptionsSchema.safeParse(opts);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((k) => `"${k}"`).join(', ');
        throw new PaperfeedError('INVALID_OPTIONS', `Unknown ${fn} option ${keys}. Allowed options: ${OPTION_KEYS} (see the README).`, { path: issue.keys[0], issues: r.error.issues });
      }
      const path = issue.path.join('.') || '(options)';
      throw new PaperfeedError('INVALID_OPTIONS', `Invalid ${fn} option ${path}: ${issue.message}. ${OPTION_HINTS[issue.path[0] as string] ?? `Allowed options: ${OPTION_KEYS}.`}`, {
        path,
        issues: r.error.issues,
      });
    }
    if (opts.format && opts.format !== 'auto' && opts.format !== 'html' && !readerFor(opts.format, opts.readers)) {
      throw new PaperfeedError('UNKNOWN_FORMAT', `Unknown format '${opts.format}'. Use 'auto' (or leave format out) to detect it, 'html' for an HTML page, or one of: ${[...(opts.readers ?? []), ...defaultReaders].map((r) => r.name).join(', ')}.`, {
        path: 'format',
        received: opts.format,
      });
    }
    // Topic options and a custom taxonomy are checked now, not at the first paper: a
    // feed without papers must not hide a broken taxonomy (the compiled taxonomy is cached).
    if (opts.topics !== undefined) tagTopics('', opts.topics);
  }
  const max = opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (text.length > max) {
    throw new PaperfeedError('INPUT_TOO_LARGE', `Input is ${text.length} characters, over the limit of ${max}. Split it, stream it with parseFeedStream, or raise maxInputLength.`, {
      length: text.length,
      limit: max,
    });
  }
  return opts;
}

/** Collects diagnostics with line and column. */
export function makeContext(text: string, diagnostics: Diagnostic[], offset = 0, lines?: LineIndex): ReaderContext {
  let index = lines;
  return {
    diagnose(code, message, start, end, severity = 'warning') {
      index ??= new LineIndex(text);
      const s = Math.max(0, Math.min(text.length, start));
      const { line, column } = index.position(s);
      diagnostics.push({ code, severity, message, line, column, start: s + offset, end: Math.max(s, Math.min(text.length, end)) + offset });
    },
  };
}

/**
 * Two entries are one paper when their titles fold the same and their ids, where both have one, agree;
 * or when they share an arXiv id and one of them has no abstract while the other has one.
 */
export function dedupeEntries(entries: RawEntry[]): { entries: RawEntry[]; merged: number } {
  const byKey = new Map<string, RawEntry[]>();
  const out: RawEntry[] = [];
  let merged = 0;
  for (const e of entries) {
    const key = foldKey(e.title);
    if (!key) {
      out.push(e);
      continue;
    }
    const same = byKey.get(key)?.find((o) => (!o.arxivId || !e.arxivId || o.arxivId === e.arxivId) && (!o.doi || !e.doi || o.doi.toLowerCase() === e.doi.toLowerCase()) && authorsMayMatch(o.authors, e.authors));
    if (same) {
      mergeInto(same, e);
      merged++;
      continue;
    }
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
    out.push(e);
  }
  // the same arXiv id under a label or a shorter form of the title and no abstract, beside an entry that has
  // one: a block presenting that paper again (`## Selected Signal` / `- URL: https://arxiv.org/abs/…`,
  // `- Primary source: <url>`) is merged into it. Two entries without an abstract stay apart, and so do two
  // different titles (a list's copied link is no proof of one paper: VisualBERT linking VisualGPT's PDF).
  const described = new Map<string, RawEntry>();
  for (const e of out) if (e.arxivId && e.abstract && !described.has(e.arxivId)) described.set(e.arxivId, e);
  if (!described.size) return { entries: out, merged };
  const kept: RawEntry[] = [];
  for (const e of out) {
    const into = e.arxivId && !e.abstract ? described.get(e.arxivId) : undefined;
    if (!into || !restatesTitle(e.title, into.title)) {
      kept.push(e);
      continue;
    }
    const title = into.title;
    mergeInto(into, e);
    into.title = title;
    merged++;
  }
  return { entries: kept, merged };
}

/**
 * A label (at most three ordinary words: `Selected Signal`, `Primary source`; no coined name such as
 * `VisualBERT` or `MAE`) or a title one of whose folded forms holds the other's.
 */
function restatesTitle(label: string, title: string): boolean {
  const a = foldKey(label);
  const b = foldKey(title);
  return b.includes(a) || a.includes(b) || isPlainLabel(label);
}

/** One to three words of letters, none with a capital after its first letter. */
function isPlainLabel(label: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c <= 32) {
      inWord = false;
      continue;
    }
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if (!upper && !lower && c !== 45 && c !== 58) return false; // letters, `-` and a closing `:` only
    if (!inWord) words++;
    else if (upper) return false;
    inWord = true;
  }
  return words >= 1 && words <= 3;
}

/**
 * Two author lists may name the same paper's authors unless both are given and share no
 * name word: two different papers with one title ("Deep learning") stay apart, while
 * "Doersch, Carl" and "Carl Doersch" still agree.
 */
function authorsMayMatch(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a?.length || !b?.length) return true;
  const words = new Set<string>();
  for (const name of a) for (const w of name.split(' ')) {
    const k = foldKey(w);
    if (k.length >= 3) words.add(k);
  }
  if (words.size === 0) return true;
  let any = false;
  for (const name of b) for (const w of name.split(' ')) {
    const k = foldKey(w);
    if (k.length >= 3) {
      any = true;
      if (words.has(k)) return true;
    }
  }
  return !any;
}

function mergeInto(a: RawEntry, b: RawEntry): void {
  const keys = ['abstract', 'summary', 'authors', 'affiliations', 'date', 'dates', 'arxivId', 'arxivVersion', 'doi', 'categories', 'comments', 'journalRef', 'venueText', 'announceType', 'sections'] as const;
  for (const k of keys) {
    const av = a[k];
    const bv = b[k];
    if (bv === undefined) continue;
    if (av === undefined || (Array.isArray(av) && av.length === 0) || (k === 'abstract' && typeof av === 'string' && typeof bv === 'string' && bv.length > av.length)) {
      (a as unknown as Record<string, unknown>)[k] = bv;
    }
  }
  const seen = new Set(a.links.map((l) => l.url));
  for (const l of b.links) if (!seen.has(l.url)) a.links.push(l);
  a.start = Math.min(a.start, b.start);
  a.end = Math.max(a.end, b.end);
}

/**
 * Finds the papers in the raw text of a feed, in any supported format (detected
 * unless `format` is given), and enriches each with links, identifiers,
 * datasets, metrics and topics. Any string gives a result; what was skipped or
 * doubtful is in `diagnostics`. Throws `PaperfeedError` only for misuse: a
 * non-string, invalid options, or text over `maxInputLength`.
 *
 * @example
 * const { format, papers, diagnostics } = parseFeed(fs.readFileSync('feed.txt', 'utf8'))
 */
export function parseFeed(text: string, options?: ParseFeedOptions | null): FeedResult {
  const opts = checkInput(text, options, 'parseFeed');
  // an HTML page (detected, or forced with format 'html'): its text is read, the format detected in it
  if (opts.format === 'html') return parseHtmlPage(text, { ...opts, format: undefined });
  if ((!opts.format || opts.format === 'auto') && looksLikeHtmlPage(text)) return parseHtmlPage(text, opts);
  // a feed held by a string literal of program source (`"<?xml …?>\n" + "<feed …>\n" + …`): the decoded literal is read
  if (!opts.format || opts.format === 'auto') {
    const lit = embeddedFeedLiteral(text);
    const read = lit && parseLiteral(text, lit, opts);
    if (read) return read;
  }
  // detection, reading and analysis share work on the text (its lines split once, folded strings known)
  return withSharedLines(text, () => parseChecked(text, opts));
}

/**
 * The feed of a decoded string literal, when the decoded text is a feed of a known structured format
 * (else undefined); offsets of diagnostics and sources point back into the source text.
 */
function parseLiteral(text: string, lit: DecodedLiteral, opts: ParseFeedOptions): FeedResult | undefined {
  const d = detectFormat(lit.text, { readers: opts.readers });
  if (d.confidence < 0.5 || d.format === 'generic') return undefined;
  const result = withSharedLines(lit.text, () => parseChecked(lit.text, opts));
  if (!result.papers.length) return undefined;
  const lines = new LineIndex(text);
  result.diagnostics = result.diagnostics.map((x) => {
    const start = lit.toSource(x.start);
    const end = Math.max(start, lit.toSource(x.end));
    return { ...x, ...lines.position(start), start, end };
  });
  for (const p of result.papers) {
    if (!p.source) continue;
    const start = lit.toSource(p.source.start);
    p.source = { ...p.source, start, end: Math.max(start, lit.toSource(p.source.end)) };
  }
  result.stats.inputLength = text.length;
  return result;
}

/**
 * An HTML page: its shown text, with its links as markdown links (src/feeds/html.ts), is
 * read as any text is; offsets of diagnostics and sources point back into the page.
 */
function parseHtmlPage(html: string, opts: ParseFeedOptions): FeedResult {
  const page = htmlToMarkdown(html);
  const result = withSharedLines(page.text, () => parseChecked(page.text, opts));
  const lines = new LineIndex(html);
  const back = (d: Diagnostic) => {
    const start = page.toSource(d.start);
    const end = Math.max(start, page.toSource(d.end));
    return { ...d, ...lines.position(start), start, end };
  };
  result.diagnostics = result.diagnostics.filter((d) => d.code !== 'UNRECOGNIZED_FORMAT').map(back);
  result.diagnostics.unshift({
    code: 'HTML_PAGE',
    severity: 'info',
    message: `The input is an HTML page: its text was read as ${result.format === 'empty' ? 'text' : result.format}, with the links it gives.`,
    line: 1,
    column: 1,
    start: 0,
    end: Math.min(html.length, 200),
  });
  for (const p of result.papers) {
    if (!p.source) continue;
    const start = page.toSource(p.source.start);
    p.source = { ...p.source, start, end: Math.max(start, page.toSource(p.source.end)) };
  }
  result.stats.inputLength = html.length;
  return result;
}

function parseChecked(text: string, opts: ParseFeedOptions): FeedResult {
  const diagnostics: Diagnostic[] = [];
  const ctx = makeContext(text, diagnostics);
  if (isBlank(text.length > 4096 ? text.slice(0, 4096) : text) && isBlank(text)) {
    ctx.diagnose('EMPTY_INPUT', 'The input holds no text.', 0, text.length, 'info');
    return { format: 'empty', confidence: 1, papers: [], diagnostics, stats: { entries: 0, papers: 0, duplicatesMerged: 0, truncated: false, inputLength: text.length } };
  }
  let reader: FeedReader;
  let confidence: number;
  if (opts.format && opts.format !== 'auto') {
    reader = readerFor(opts.format, opts.readers)!;
    confidence = 1;
  } else {
    const d = detectFormat(text, { readers: opts.readers });
    reader = readerFor(d.format, opts.readers)!;
    confidence = d.confidence;
    if (reader.name === 'generic' || confidence < 0.3) {
      ctx.diagnose('UNRECOGNIZED_FORMAT', `The format was not recognised (best guess ${d.format}, confidence ${confidence.toFixed(2)}); read as generic title/abstract text.`, 0, Math.min(text.length, 200), 'info');
      if (reader.name !== 'generic') reader = readerFor('generic')!;
    }
  }
  const before = diagnostics.length;
  let read = safeRead(reader, prepared(reader, text), ctx);
  if (read.entries.length === 0 && reader.name !== 'generic' && !STRUCTURED.has(reader.name) && (!opts.format || opts.format === 'auto')) {
    // The text looked like a known text format but that reader found nothing: read it as
    // generic text, the same as text no reader recognises. (An XML or JSON document
    // without entries is an empty feed: an arXiv RSS channel on a weekend.)
    const found: Diagnostic[] = [];
    const generic = readerFor('generic')!;
    const again = safeRead(generic, text, makeContext(text, found));
    if (again.entries.length > 0) {
      diagnostics.length = before;
      ctx.diagnose('UNRECOGNIZED_FORMAT', `The text looked like ${reader.name} (confidence ${confidence.toFixed(2)}) but that reader found no entries; read as generic title/abstract text.`, 0, Math.min(text.length, 200), 'info');
      diagnostics.push(...found);
      reader = generic;
      read = again;
    }
  }
  // a custom (or buggy) reader's spans are clamped into the text: source offsets must validate
  for (const e of read.entries) clampSpan(e, text.length, 0);
  // A paste of several feeds: long stretches the reader left alone that are a feed of their own.
  const formatOf = new Map<RawEntry, string>();
  if (!opts.format || opts.format === 'auto') {
    for (const e of readLeftovers(text, read.entries, opts.readers, diagnostics)) {
      read.entries.push(e.entry);
      formatOf.set(e.entry, e.format);
    }
    if (formatOf.size) read.entries.sort((a, b) => a.start - b.start);
  }
  // each entry's own span, before de-duplication widens merged ones
  const spans: Range[] = read.entries.map((e) => ({ start: e.start, end: e.end }));
  const { entries, merged } = opts.dedupe === false ? { entries: read.entries, merged: 0 } : dedupeEntries(read.entries);
  if (merged) ctx.diagnose('DUPLICATE_MERGED', `${merged} duplicate entr${merged === 1 ? 'y was' : 'ies were'} merged into one paper each.`, 0, 0, 'info');
  const analyzeOptions: AnalyzeOptions = { topics: opts.topics, emails: opts.emails };
  const papers: Paper[] = [];
  for (const e of entries) {
    try {
      papers.push(entryToPaper(e, formatOf.get(e) ?? reader.name, analyzeOptions));
    } catch (err) {
      // a bug in an extractor must not break the promise that text never throws; misuse (options) was checked before
      if (isPaperfeedError(err)) throw err;
      ctx.diagnose('UNCLAIMED_TEXT', `Entry "${e.title.slice(0, 60)}" could not be analysed (${err instanceof Error ? err.message : String(err)}); it is left out.`, e.start, e.end, 'error');
    }
  }
  const readerMissing = new Set(diagnostics.filter((d) => d.code === 'MISSING_ABSTRACT').map((d) => d.start));
  for (const e of entries) {
    if (readerMissing.has(e.start)) continue; // the reader said so already
    if (e.abstract === undefined && e.announceType !== 'replace' && e.announceType !== 'replace-cross' && reader.name !== 'markdown-list') {
      // Lists rarely carry abstracts; replacement entries never do. Anything else is worth a note.
      ctx.diagnose('MISSING_ABSTRACT', `Entry "${e.title.slice(0, 60)}" has no abstract.`, e.start, e.end, 'info');
    }
  }
  if (read.truncated) ctx.diagnose('TRUNCATED_FEED', 'The feed looks cut: its last entry is incomplete.', Math.max(0, text.length - 1), text.length, 'warning');
  if (read.announced !== undefined && read.announced !== read.entries.length) {
    ctx.diagnose('COUNT_MISMATCH', `The feed announces ${read.announced} entries but ${read.entries.length} were found.`, 0, 0, 'warning');
  }
  reportUnclaimed(text, reader.name, spans, diagnostics, ctx);
  diagnostics.sort((a, b) => a.start - b.start);
  const stats: FeedResult['stats'] = { entries: read.entries.length, papers: papers.length, duplicatesMerged: merged, truncated: read.truncated === true, inputLength: text.length };
  if (read.announced !== undefined) stats.announced = read.announced;
  return { format: reader.name, confidence, papers, diagnostics, stats };
}

/** Clamps a reader's span of an entry into [0, length) of the text it read, then shifts it by `offset`. */
function clampSpan(e: RawEntry, length: number, offset: number): void {
  const s = Number.isFinite(e.start) ? Math.max(0, Math.min(length, Math.floor(e.start))) : 0;
  e.end = offset + (Number.isFinite(e.end) ? Math.max(s, Math.min(length, Math.floor(e.end))) : s);
  e.start = offset + s;
}

/** Readers of structured documents: one that finds no entries means the feed is empty. */
const STRUCTURED = new Set(['atom', 'rss', 'json']);

/** The text a reader reads: markdown readers get runaway brackets and emphasis defused. */
function prepared(reader: FeedReader, text: string): string {
  return MARKDOWN_READERS.has(reader.name) ? defuseBrackets(reader.name === 'markdown-list' ? defuseEmphasis(text) : text) : text;
}

/** Shortest stretch of text outside every entry that is looked at as a feed of its own. */
const MIN_LEFTOVER = 600;
/** Shortest abstract that makes an entry of such a stretch count as a new paper. */
const MIN_LEFTOVER_ABSTRACT = 80;
/** Least confidence of the format found in such a stretch (the generic reader never counts). */
const MIN_LEFTOVER_CONFIDENCE = 0.6;

/**
 * Entries of the feeds pasted after (or before) the one detection chose: every stretch of
 * at least MIN_LEFTOVER characters outside all entries is run through detection, and when
 * it is plainly a feed of a known format (not generic, confidence >= 0.6) that yields at
 * least two papers with abstracts not read already, its entries are taken, with offsets
 * into the whole text. A stretch that is page furniture or stray prose detects as generic
 * or weakly and is left to the UNCLAIMED_TEXT report. The stretches do not overlap, and each
 * is read by at most the few readers that detect it strongly, so the pass stays linear.
 */
function readLeftovers(text: string, entries: readonly RawEntry[], readers: ParseFeedOptions['readers'], diagnostics: Diagnostic[]): { entry: RawEntry; format: string }[] {
  if (text.length < MIN_LEFTOVER) return [];
  const claimed = mergeRanges(entries.map((e) => ({ start: e.start, end: e.end })));
  const gaps: Range[] = [];
  let at = 0;
  for (const r of claimed) {
    if (r.start - at >= MIN_LEFTOVER) gaps.push({ start: at, end: r.start });
    at = Math.max(at, r.end);
  }
  if (text.length - at >= MIN_LEFTOVER) gaps.push({ start: at, end: text.length });
  // the whole text unread: detection already judged it
  if (gaps.length === 1 && gaps[0]!.start === 0 && gaps[0]!.end === text.length) return [];
  const out: { entry: RawEntry; format: string }[] = [];
  const known = new Set(entries.map((e) => foldKey(e.title)));
  for (const g of gaps) {
    const part = text.slice(g.start, g.end);
    if (isBlank(part)) continue;
    // the formats the stretch plainly is, best first: a feed's header left in the stretch
    // (a digest's preamble before its first entry) can outbid the feed the stretch holds
    const d = detectFormat(part, { readers });
    if (d.confidence < MIN_LEFTOVER_CONFIDENCE) continue;
    let reader: FeedReader | undefined;
    let read: ReturnType<FeedReader['read']> | undefined;
    let found: Diagnostic[] = [];
    for (const c of d.candidates) {
      if (c.confidence < MIN_LEFTOVER_CONFIDENCE) break;
      if (c.format === 'generic') continue;
      reader = readerFor(c.format, readers)!;
      found = [];
      read = safeRead(reader, prepared(reader, part), makeContext(part, found, g.start));
      // A pasted feed brings new papers with abstracts. A second layout of the same list (a
      // page's "all papers" block) brings nothing new; a page's list of related papers or
      // references (titles and links only) is no feed of its own.
      let fresh = 0;
      for (const e of read.entries) if (e.abstract && e.abstract.length >= MIN_LEFTOVER_ABSTRACT && !known.has(foldKey(e.title))) fresh++;
      if (fresh >= 2) break;
      read = undefined;
    }
    if (!read || !reader) continue;
    for (const e of read.entries) {
      clampSpan(e, part.length, g.start);
      out.push({ entry: e, format: reader.name });
    }
    diagnostics.push(...found);
  }
  return out;
}

/** Most UNCLAIMED_TEXT diagnostics listed one by one; the rest are named by one more. */
const MAX_UNCLAIMED = 100;
/** Diagnostics whose range says nothing about which text was read. */
const RANGELESS = new Set<Diagnostic['code']>(['EMPTY_INPUT', 'UNRECOGNIZED_FORMAT', 'COUNT_MISMATCH', 'DUPLICATE_MERGED', 'TRUNCATED_FEED']);

/**
 * Nothing is silently lost: every block of the input (a paragraph or list item; for
 * XML an `<entry>`/`<item>` element) outside every entry's [start, end) that is not
 * page furniture and not already named by a reader's diagnostic is reported as
 * UNCLAIMED_TEXT (info). One linear pass (see `lib/coverage.ts`).
 */
function reportUnclaimed(text: string, format: string, spans: readonly Range[], diagnostics: Diagnostic[], ctx: ReaderContext): void {
  const claimed: Range[] = [...spans];
  for (const d of diagnostics) if (!RANGELESS.has(d.code) && d.end > d.start) claimed.push({ start: d.start, end: d.end });
  const blocks = format === 'atom' || format === 'rss' ? unclaimedXmlElements(text, claimed) : unclaimedTextBlocks(text, claimed);
  const shown = blocks.length > MAX_UNCLAIMED ? MAX_UNCLAIMED - 1 : blocks.length;
  for (let i = 0; i < shown; i++) {
    const b = blocks[i]!;
    const what = b.kind === 'element' ? `an ${b.excerpt} element was not read as a paper` : `text not read as a paper: "${b.excerpt}"`;
    ctx.diagnose('UNCLAIMED_TEXT', what, b.start, b.end, 'info');
  }
  if (shown < blocks.length) {
    const rest = blocks.length - shown;
    ctx.diagnose('UNCLAIMED_TEXT', `${rest} more blocks of text were not read as papers (from here to offset ${blocks[blocks.length - 1]!.end}).`, blocks[shown]!.start, blocks[blocks.length - 1]!.end, 'info');
  }
}

/** Readers that match markdown brackets (hf-markdown's link scan, remark). */
const MARKDOWN_READERS = new Set(['markdown-list', 'hf-markdown', 'hf-textbrowser']);

/** A reader that throws (a custom one, or a bug) must not break the promise that text never throws. */
function safeRead(reader: FeedReader, text: string, ctx: ReaderContext): ReturnType<FeedReader['read']> {
  try {
    const r = reader.read(text, ctx);
    if (typeof r !== 'object' || r === null || !Array.isArray(r.entries)) {
      ctx.diagnose('UNRECOGNIZED_FORMAT', `The ${reader.name} reader returned no { entries: [...] }; no entries were read.`, 0, 0, 'error');
      return { entries: [] };
    }
    const ok = r.entries.filter((e) => typeof e === 'object' && e !== null && typeof e.title === 'string');
    if (ok.length < r.entries.length) ctx.diagnose('UNRECOGNIZED_FORMAT', `The ${reader.name} reader returned ${r.entries.length - ok.length} entries without a string title; they were skipped.`, 0, 0, 'error');
    for (const e of ok) if (!Array.isArray(e.links)) e.links = [];
    return ok.length < r.entries.length ? { ...r, entries: ok } : r;
  } catch (e) {
    ctx.diagnose('UNRECOGNIZED_FORMAT', `The ${reader.name} reader failed (${e instanceof Error ? e.message : String(e)}); no entries were read.`, 0, 0, 'error');
    return { entries: [] };
  }
}

/** Turns a raw entry into a paper with `analyzePaper`. */
export function entryToPaper(e: RawEntry, format: string, options: AnalyzeOptions = {}): Paper {
  return analyzePaper(
    {
      title: e.title,
      abstract: e.abstract,
      summary: e.summary,
      authors: e.authors,
      affiliations: e.affiliations,
      date: e.date,
      dates: e.dates,
      arxivId: e.arxivId,
      arxivVersion: e.arxivVersion,
      doi: e.doi,
      categories: e.categories,
      comments: e.comments,
      journalRef: e.journalRef,
      venueText: e.venueText,
      announceType: e.announceType,
      sections: e.sections,
      links: e.links,
      datasetNames: e.datasetNames,
      source: { format, start: e.start, end: e.end },
    },
    options,
  );
}
