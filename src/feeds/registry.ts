/**
 * The feed readers, in the order they are tried. Detection asks each for a
 * confidence and takes the highest; the generic reader is the fallback.
 * Users add readers through options (`parseFeed(text, { readers: [...] })`),
 * never by global registration.
 */
import { expectString } from '../errors.js';
import { withSharedLines } from '../lib/text.js';
import { arxivDigestReader } from './arxiv-digest.js';
import { arxivListingReader, arxivSearchReader } from './arxiv-listing.js';
import { atomReader } from './atom.js';
import { genericReader } from './generic.js';
import { hfMarkdownReader } from './hf-markdown.js';
import { hfTextBrowserReader } from './hf-textbrowser.js';
import { hfTextReader } from './hf-text.js';
import { jsonReader } from './json.js';
import { markdownListReader } from './markdown-list.js';
import { rssReader } from './rss.js';
import type { FeedReader } from './types.js';

/**
 * The built-in readers, in the order detection tries them.
 *
 * @example
 * defaultReaders.map((r) => r.name) // ['json', 'atom', 'rss', 'arxiv-digest', ...]
 */
export const defaultReaders: readonly FeedReader[] = Object.freeze([
  jsonReader,
  atomReader,
  rssReader,
  arxivDigestReader,
  arxivListingReader,
  arxivSearchReader,
  hfMarkdownReader,
  hfTextBrowserReader,
  markdownListReader,
  hfTextReader,
  genericReader,
]);

/**
 * Format names of the built-in readers, for `parseFeed(text, { format })`.
 *
 * @example
 * formats.includes('arxiv-digest') // true
 */
export const formats: readonly string[] = Object.freeze(defaultReaders.map((r) => r.name));

/** Result of {@link detectFormat}. */
export interface DetectedFormat {
  format: string;
  confidence: number;
  /** Every reader's confidence, highest first. */
  candidates: { format: string; confidence: number }[];
}

/**
 * Says which format a text is in, with a confidence in 0..1. Custom readers passed
 * in `readers` are tried before the built-in ones and win ties.
 *
 * @example
 * detectFormat('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">').format // 'atom'
 */
export function detectFormat(text: string, options: { readers?: readonly FeedReader[] } = {}): DetectedFormat {
  expectString(text, 'detectFormat', 'a string of feed text');
  const readers = [...(options.readers ?? []), ...defaultReaders];
  // every reader's detection reads the same lines: split once
  const candidates = withSharedLines(text, () =>
    readers.map((reader) => {
      let c = 0;
      try {
        c = reader.detect(text);
      } catch {
        c = 0;
      }
      return { format: reader.name, confidence: c >= 0 ? Math.min(1, c) : 0 };
    }),
  );
  // stable: ties keep reader order
  const sorted = candidates.sort((a, b) => b.confidence - a.confidence);
  return { format: sorted[0]!.format, confidence: sorted[0]!.confidence, candidates: sorted };
}

/** The reader for a format name, custom readers first. */
export function readerFor(format: string, readers: readonly FeedReader[] = []): FeedReader | undefined {
  return readers.find((r) => r.name === format) ?? defaultReaders.find((r) => r.name === format);
}
