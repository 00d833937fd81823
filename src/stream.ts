/**
 * parseFeedStream: papers from a stream of feed text.
 *
 * Formats whose entries stand alone (arXiv digests and listings, Atom, RSS, JSON
 * Lines) are read incrementally: the buffer is cut after the last complete entry,
 * that part is read and its papers yielded, and only the rest is kept, so memory
 * stays flat whatever the input size. Formats that need the whole document (pages
 * whose reference links are listed at the end, two-layout de-duplication, markdown
 * lists, JSON arrays, plain-text pages) are read at the end of the stream.
 */
import { entryToPaper, checkInput, makeContext, type ParseFeedOptions } from './parse.js';
import { looksLikeHtmlPage } from './feeds/html.js';
import { detectFormat, readerFor } from './feeds/registry.js';
import { foldKey } from './lib/text.js';
import { RE_STREAM_ATOM_CUT, RE_STREAM_DIGEST_CUT, RE_STREAM_LISTING_CUT, RE_STREAM_RSS_CUT } from './regex/stream.js';
import type { Diagnostic, Paper } from './schema/paper.js';

/** What parseFeedStream reads: an async iterable of strings or bytes, or a web ReadableStream. */
export type FeedStreamSource = AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>;

/** Formats read incrementally, with where a complete entry ends (`after`) or the next begins. */
const CUTS: Record<string, { re: RegExp; after: boolean }> = {
  'arxiv-digest': { re: RE_STREAM_DIGEST_CUT, after: true },
  'arxiv-listing': { re: RE_STREAM_LISTING_CUT, after: false },
  atom: { re: RE_STREAM_ATOM_CUT, after: true },
  rss: { re: RE_STREAM_RSS_CUT, after: true },
};

/** Which formats parseFeedStream yields before the end of the input. */
export const streamingFormats: readonly string[] = Object.freeze([...Object.keys(CUTS), 'json (JSON Lines)']);

async function* chunksOf(source: FeedStreamSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const iterable: AsyncIterable<string | Uint8Array> =
    Symbol.asyncIterator in (source as object)
      ? (source as AsyncIterable<string | Uint8Array>)
      : {
          async *[Symbol.asyncIterator]() {
            const reader = (source as ReadableStream<string | Uint8Array>).getReader();
            try {
              for (;;) {
                const { done, value } = await reader.read();
                if (done) return;
                yield value;
              }
            } finally {
              reader.releaseLock();
            }
          },
        };
  for await (const chunk of iterable) {
    const s = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (s) yield s;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** The offset just past the last complete entry in `buf`, or 0 when there is none yet. */
function lastCut(buf: string, format: string): number {
  if (format === 'json') {
    const nl = buf.lastIndexOf('\n');
    return nl < 0 ? 0 : nl + 1;
  }
  const cut = CUTS[format];
  if (!cut) return 0;
  // Look only at the tail that can hold the last boundary (linear overall).
  let from = Math.max(0, buf.length - 65536);
  let pos = 0;
  for (;;) {
    cut.re.lastIndex = from;
    let last: RegExpExecArray | null = null;
    for (let m = cut.re.exec(buf); m; m = cut.re.exec(buf)) last = m;
    if (last) {
      pos = cut.after ? last.index + last[0].length : last.index + 1;
      break;
    }
    if (from === 0) break;
    from = Math.max(0, from - 65536 * 4);
    if (buf.length - from > 8 * 65536) break; // no boundary in 512 KB: wait for more
  }
  return pos;
}

/**
 * Reads a feed from a stream and yields its papers, as their entries complete for
 * formats whose entries stand alone (see {@link streamingFormats}), at the end for
 * the others. The only async function of the API. Duplicates are merged across the
 * whole stream for the incremental formats by title and id.
 *
 * @example
 * for await (const paper of parseFeedStream(fs.createReadStream('digest.txt'))) console.log(paper.title)
 */
export async function* parseFeedStream(source: FeedStreamSource, options?: ParseFeedOptions): AsyncGenerator<Paper> {
  const opts = checkInput('', options, 'parseFeedStream');
  let buf = '';
  let base = 0;
  let format: string | undefined = opts.format && opts.format !== 'auto' ? opts.format : undefined;
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const analyze = { topics: opts.topics, emails: opts.emails };
  let first = true;
  for await (let chunk of chunksOf(source)) {
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first = false;
    buf += chunk;
    // an HTML page is read whole, as parseFeed reads it (its text is known only once converted)
    if (!format && buf.length >= 32768) format = looksLikeHtmlPage(buf) ? 'html-page' : detectFormat(buf.slice(0, 65536), { readers: opts.readers }).format;
    if (!format || (!CUTS[format] && !(format === 'json' && isJsonLines(buf)))) {
      if (format && base + buf.length > (opts.maxInputLength ?? Infinity)) checkInput(buf, opts, 'parseFeedStream');
      continue;
    }
    const cut = lastCut(buf, format);
    if (cut <= 0) continue;
    const part = buf.slice(0, cut);
    yield* readPart(part, format, base, seen, diagnostics, analyze, opts);
    buf = buf.slice(cut);
    base += cut;
  }
  if (buf.length === 0) return;
  if (!format || base === 0) {
    // Not incremental: read the whole document as parseFeed does.
    const { parseFeed } = await import('./parse.js');
    for (const p of parseFeed(buf, opts).papers) yield p;
    return;
  }
  yield* readPart(buf, format, base, seen, diagnostics, analyze, opts);
}

function isJsonLines(buf: string): boolean {
  let i = 0;
  while (i < buf.length && (buf[i] === ' ' || buf[i] === '\n' || buf[i] === '\r' || buf[i] === '\t')) i++;
  if (buf[i] !== '{') return false;
  const nl = buf.indexOf('\n', i);
  return nl > 0 && buf.slice(nl + 1).trimStart().startsWith('{');
}

function* readPart(part: string, format: string, base: number, seen: Set<string>, diagnostics: Diagnostic[], analyze: { topics?: ParseFeedOptions['topics']; emails?: boolean }, opts: ParseFeedOptions): Generator<Paper> {
  const reader = readerFor(format, opts.readers);
  if (!reader) return;
  const ctx = makeContext(part, diagnostics, base);
  let entries;
  try {
    entries = reader.read(part, ctx).entries;
  } catch {
    return;
  }
  for (const e of entries) {
    const key = `${foldKey(e.title)}|${e.arxivId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = entryToPaper({ ...e, start: e.start + base, end: e.end + base }, format, analyze);
    yield p;
  }
  diagnostics.length = 0;
}
