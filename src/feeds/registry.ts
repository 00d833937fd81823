/**
 * The feed readers, in the order they are tried. Detection asks each for a
 * confidence and takes the highest; the generic reader is the fallback.
 * Users add readers through options (`parseFeed(text, { readers: [...] })`),
 * never by global registration.
 */
import { expectString } from '../errors.js';
import { withSharedLines } from '../lib/text.js';
import { arxivAbsReader } from './arxiv-abs.js';
import { arxivDigestReader } from './arxiv-digest.js';
import { arxivHeadingsReader } from './arxiv-headings.js';
import { arxivListingReader, arxivSearchReader } from './arxiv-listing.js';
import { atomReader } from './atom.js';
import { bibtexReader } from './bibtex.js';
import { csvReader } from './csv.js';
import { genericReader } from './generic.js';
import { hfMarkdownReader } from './hf-markdown.js';
import { hfTextBrowserReader } from './hf-textbrowser.js';
import { hfTextReader } from './hf-text.js';
import { jsonReader } from './json.js';
import { markdownListReader } from './markdown-list.js';
import { rssReader } from './rss.js';
import { rstReader } from './rst.js';
import type { FeedReader } from './types.js';
import { yamlReader } from './yaml.js';

/**
 * The built-in readers, in the order detection tries them.
 *
 * @example
 * defaultReaders.map((r) => r.name) // ['json', 'atom', 'rss', 'arxiv-digest', ...]
 */
export const defaultReaders: readonly FeedReader[] = Object.freeze([
  jsonReader,
  csvReader,
  bibtexReader,
  atomReader,
  rssReader,
  arxivDigestReader,
  arxivListingReader,
  arxivSearchReader,
  arxivAbsReader,
  hfMarkdownReader,
  hfTextBrowserReader,
  arxivHeadingsReader,
  rstReader,
  markdownListReader,
  hfTextReader,
  yamlReader,
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
  /** Every reader's confidence, highest first (the readers detection could skip are asked when this is first read). */
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
  // each reader's highest possible answer (defineReader clamps to it; 1 when a reader does not say)
  const ceiling = readers.map((r) => Math.min(1, r.maxConfidence ?? 1));
  const conf: (number | undefined)[] = [];
  const detect = (i: number): number => {
    let c = 0;
    try {
      c = readers[i]!.detect(text);
    } catch {
      c = 0;
    }
    return (conf[i] = c >= 0 ? Math.min(ceiling[i]!, c) : 0);
  };
  // Readers go in order and ties keep the earlier one, so a reader whose ceiling is no higher than
  // the best so far cannot win: the winner is known without asking it (an XML feed skips most
  // text detectors). Its confidence is asked only when the candidates list is read.
  let top = 0;
  withSharedLines(text, () => {
    for (let i = 0; i < readers.length; i++) {
      if (i > 0 && ceiling[i]! <= conf[top]!) continue;
      if (detect(i) > conf[top]!) top = i;
    }
  });
  const all = () => {
    withSharedLines(text, () => readers.forEach((_, i) => conf[i] ?? detect(i)));
    // stable: ties keep reader order
    return readers.map((r, i) => ({ format: r.name, confidence: conf[i]! })).sort((a, b) => b.confidence - a.confidence);
  };
  const result = { format: readers[top]!.name, confidence: conf[top]! } as DetectedFormat;
  let candidates: DetectedFormat['candidates'] | undefined;
  Object.defineProperty(result, 'candidates', {
    enumerable: true,
    get: () => (candidates ??= all()),
    set: (v: DetectedFormat['candidates']) => void (candidates = v),
  });
  return result;
}

/** The reader for a format name, custom readers first. */
export function readerFor(format: string, readers: readonly FeedReader[] = []): FeedReader | undefined {
  return readers.find((r) => r.name === format) ?? defaultReaders.find((r) => r.name === format);
}
