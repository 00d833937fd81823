/**
 * Hugging Face papers page pasted as plain text: page furniture ("new",
 * "Get trending papers in your email inbox!", "Subscribe", "byAK and the
 * research community"), a date line, then title / abstract pairs, in some
 * pastes with upvote counts, "Submitted by" + user and "N authors" lines around
 * each paper. Reading is the shared title/abstract segmentation (generic.ts);
 * this module adds the detection.
 */
import { defineReader } from './define.js';
import { isBlank, splitLines } from '../lib/text.js';
import { RE_AUTHOR_COUNT, RE_SUBMITTED_BY } from '../regex/hf.js';
import { fold, isAbstractLike, isTitleLike, segmentPlainText } from './generic.js';
import type { FeedReader, ReaderContext, ReaderResult } from './types.js';

/** Lines only an HF papers page shows. */
const HF_MARKERS = [
  'get trending papers in your email inbox',
  'byak and the research community',
  'by ak and the research community',
  'daily papers',
  'trending papers',
];

/** The longest line that may be a marker line. */
const MARKER_LINE = Math.max(...HF_MARKERS.map((m) => m.length)) + 12;

/** How far detection looks (characters); the head of a page says what it is. */
const DETECT_WINDOW = 200_000;

interface Shape {
  /** Distinct HF marker lines. */
  markers: number;
  /** "Submitted by" and "N authors" lines. */
  cards: number;
  /** Title paragraph followed by an abstract paragraph. */
  pairs: number;
  paragraphs: number;
  /** Lines that are markdown or a structured feed (links, headings, list items, fields, separators). */
  structured: number;
  lines: number;
}

function shape(text: string): Shape {
  const s: Shape = { markers: 0, cards: 0, pairs: 0, paragraphs: 0, structured: 0, lines: 0 };
  const seen = new Set<string>();
  let prevTitle = false;
  let para = '';
  let paraLines = 0;
  const endPara = () => {
    if (!paraLines) return;
    s.paragraphs++;
    if (prevTitle && isAbstractLike(para, paraLines)) {
      s.pairs++;
      prevTitle = false;
    } else prevTitle = isTitleLike(para, paraLines);
    para = '';
    paraLines = 0;
  };
  for (const line of splitLines(text.length > DETECT_WINDOW ? text.slice(0, DETECT_WINDOW) : text)) {
    const t = line.text;
    if (isBlank(t)) {
      endPara();
      continue;
    }
    s.lines++;
    const f = fold(t);
    // lower-casing never shortens: longer lines hold no marker
    if (f.length <= MARKER_LINE) {
      const low = f.toLowerCase();
      for (const m of HF_MARKERS) if (low.startsWith(m) && low.length <= m.length + 12) seen.add(m);
    }
    // `Submitted by …` starts with an s, `N authors` ends with r or s (ASCII case only)
    const first = f.charCodeAt(0) | 32;
    const last = f.charCodeAt(f.length - 1) | 32;
    if ((first === 115 && RE_SUBMITTED_BY.test(f)) || ((last === 115 || last === 114) && RE_AUTHOR_COUNT.test(f))) s.cards++;
    const c = f[0]!;
    if (
      c === '#' || c === '|' || c === '>' || c === '<' || c === '{' || c === '"' || c === '\\' ||
      (f.indexOf(']') >= 0 && (f.includes('](') || f.includes(']['))) || f.startsWith('- ') || f.startsWith('* ') ||
      f.startsWith('---') || f.startsWith('arXiv:') || f.startsWith('Title:') || f.startsWith('Authors:') ||
      f.startsWith('Subjects:') || f.startsWith('Categories:') || f.startsWith('Comments:') || f.startsWith('Date:') ||
      (f[0] === '[' && f.endsWith(']'))
    ) {
      s.structured++;
      endPara();
      continue;
    }
    if (f.length > 0 && para.length < 100_000) {
      para += (para ? ' ' : '') + f;
      paraLines++;
    }
    // one block a line (a browser paste): each line closes its paragraph when it is long
    if (f.length >= 200) endPara();
  }
  endPara();
  s.markers = seen.size;
  return s;
}

/**
 * Confidence that the text is an HF page pasted as plain text: its marker
 * lines, or a steady title/abstract alternation, in text that is not markdown,
 * XML, JSON or an arXiv feed.
 */
function detect(text: string): number {
  const head = text.trimStart().slice(0, 1);
  if (head === '{' || head === '<') return 0;
  const s = shape(text);
  if (s.lines === 0) return 0;
  const structured = s.structured / s.lines;
  if (structured > 0.2) return Math.min(0.15, 0.05 + s.markers * 0.03);
  const alternation = s.paragraphs ? (2 * s.pairs) / s.paragraphs : 0;
  let score = 0;
  if (s.markers >= 2) score = 0.95;
  else if (s.markers === 1) score = s.pairs >= 1 ? 0.92 : 0.5;
  else if (s.cards >= 2 && s.pairs >= 2) score = 0.8;
  else if (s.pairs >= 3 && alternation >= 0.6) score = 0.5;
  else if (s.pairs >= 1 && alternation >= 0.6) score = 0.3;
  else score = 0.02;
  return structured > 0.05 ? Math.min(score, 0.5) : score;
}

/**
 * Reads an HF papers page pasted as plain text.
 *
 * @example
 * hfTextReader.detect(pastedPage) // 0.95
 * hfTextReader.read(pastedPage, ctx).entries[0].title // 'Learning Rates as a Function of Batch Size: …'
 */
export const hfTextReader: FeedReader = defineReader('hf-text', detect, segmentPlainText, { maxConfidence: 0.95 });
