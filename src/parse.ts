/** parseFeed: detection, a reader, de-duplication, then analyzePaper on each entry. */
import { analyzePaper, type AnalyzeOptions } from './analyze.js';
import { PaperfeedError } from './errors.js';
import { defaultReaders, detectFormat, readerFor } from './feeds/registry.js';
import type { FeedReader, RawEntry, ReaderContext } from './feeds/types.js';
import { foldKey, isBlank, LineIndex } from './lib/text.js';
import type { Diagnostic, FeedResult, Paper } from './schema/paper.js';
import { DEFAULT_MAX_INPUT_LENGTH, ParseFeedOptionsSchema } from './schema/options.js';
import type { TagTopicsOptions } from './topics/index.js';

/** Options of {@link parseFeed}. */
export interface ParseFeedOptions {
  /** Force a format (`'arxiv-digest'`, `'hf-markdown'`, ...); `'auto'` or absent detects it. */
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

/** Throws a typed error for non-string input or invalid options; returns the options to use. */
export function checkInput(text: unknown, options: ParseFeedOptions | null | undefined, fn: string): ParseFeedOptions {
  if (typeof text !== 'string') {
    throw new PaperfeedError('INVALID_INPUT', `${fn} expects a string of feed text, got ${text === null ? 'null' : typeof text}. Read the file first (e.g. fs.readFileSync(path, 'utf8')).`, {
      received: text === null ? 'null' : typeof text,
    });
  }
  const opts = options ?? EMPTY;
  if (typeof opts !== 'object') throw new PaperfeedError('INVALID_OPTIONS', `${fn} options must be an object, got ${typeof opts}.`);
  if (Object.keys(opts).length) {
    const r = ParseFeedOptionsSchema.safeParse(opts);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const path = issue.path.join('.') || '(options)';
      throw new PaperfeedError('INVALID_OPTIONS', `Invalid ${fn} option ${path}: ${issue.message}.`, { path, issues: r.error.issues });
    }
    if (opts.format && opts.format !== 'auto' && !readerFor(opts.format, opts.readers)) {
      throw new PaperfeedError('INVALID_OPTIONS', `Unknown format '${opts.format}'. Use 'auto' or one of: ${[...(opts.readers ?? []), ...defaultReaders].map((r) => r.name).join(', ')}.`, {
        path: 'format',
      });
    }
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

/** Two entries are one paper when their titles fold the same and their ids, where both have one, agree. */
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
    const same = byKey.get(key)?.find((o) => (!o.arxivId || !e.arxivId || o.arxivId === e.arxivId) && (!o.doi || !e.doi || o.doi.toLowerCase() === e.doi.toLowerCase()));
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
  return { entries: out, merged };
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
  const read = safeRead(reader, text, ctx);
  const { entries, merged } = opts.dedupe === false ? { entries: read.entries, merged: 0 } : dedupeEntries(read.entries);
  if (merged) ctx.diagnose('DUPLICATE_MERGED', `${merged} duplicate entr${merged === 1 ? 'y was' : 'ies were'} merged into one paper each.`, 0, 0, 'info');
  const analyzeOptions: AnalyzeOptions = { topics: opts.topics, emails: opts.emails };
  const papers: Paper[] = entries.map((e) => entryToPaper(e, reader.name, analyzeOptions));
  for (const e of entries) {
    if (e.abstract === undefined && e.announceType !== 'replace' && e.announceType !== 'replace-cross' && reader.name !== 'markdown-list') {
      // Lists rarely carry abstracts; replacement entries never do. Anything else is worth a note.
      ctx.diagnose('MISSING_ABSTRACT', `Entry "${e.title.slice(0, 60)}" has no abstract.`, e.start, e.end, 'info');
    }
  }
  if (read.truncated) ctx.diagnose('TRUNCATED_FEED', 'The feed looks cut: its last entry is incomplete.', Math.max(0, text.length - 1), text.length, 'warning');
  if (read.announced !== undefined && read.announced !== read.entries.length) {
    ctx.diagnose('COUNT_MISMATCH', `The feed announces ${read.announced} entries but ${read.entries.length} were found.`, 0, 0, 'warning');
  }
  diagnostics.sort((a, b) => a.start - b.start);
  const stats: FeedResult['stats'] = { entries: read.entries.length, papers: papers.length, duplicatesMerged: merged, truncated: read.truncated === true, inputLength: text.length };
  if (read.announced !== undefined) stats.announced = read.announced;
  return { format: reader.name, confidence, papers, diagnostics, stats };
}

/** A reader that throws (a custom one, or a bug) must not break the promise that text never throws. */
function safeRead(reader: FeedReader, text: string, ctx: ReaderContext): ReturnType<FeedReader['read']> {
  try {
    return reader.read(text, ctx);
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
      source: { format, start: e.start, end: e.end },
    },
    options,
  );
}
