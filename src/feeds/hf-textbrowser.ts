/**
 * Hugging Face papers page captured by a text browser (html2text-style output):
 * a capture header (`URL: …`, `Title: …`), the navigation menu, reference-style
 * links (`### [Title][32]`, the abstract inside `[` … `][33]`) whose targets
 * are listed at the end (`[32]: https://huggingface.co/papers/ID`) or lost when
 * the capture was cut, `* 3 authors`, `·`, a date, an upvote count on its own
 * line (`-` for none) and `[Content truncated]` at a cut end.
 *
 * The page is read by the same engine as the markdown capture, with reference
 * links resolved through the target list.
 */
import { defineReader } from './define.js';
import { isJsSpaceCode, splitLines } from '../lib/text.js';
import { RE_NUMBERED_REF, RE_REF_CLOSE, RE_REF_TARGET } from '../regex/hf.js';
import { segmentPlainText } from './generic.js';
import { hfPaperId, isNavigationUrl, readHfPage, type Target } from './hf-markdown.js';
import type { EntryLink, FeedReader, ReaderContext, ReaderResult } from './types.js';

/** The reference targets of the capture: `[32]: url` lines (and `32. url` under `References`). */
function targets(text: string): Map<string, Target> {
  const refs = new Map<string, Target>();
  let numbered = false;
  for (const line of splitLines(text)) {
    const t = line.text.trimEnd();
    const first = t.trimStart()[0];
    if (first === undefined) continue;
    if (first === 'R' && t.trim() === 'References') {
      numbered = true;
      continue;
    }
    if (first === '[') {
      const m = RE_REF_TARGET.exec(t);
      if (m) {
        let url = m[2]!;
        let at = t.indexOf(url, t.indexOf(']:') + 2);
        if (url.startsWith('<') && url.endsWith('>')) {
          url = url.slice(1, -1);
          at++;
        }
        if (!refs.has(m[1]!)) refs.set(m[1]!, { url, start: line.start + at, end: line.start + at + url.length });
      }
    } else if (numbered && first >= '0' && first <= '9') {
      const m = RE_NUMBERED_REF.exec(t);
      if (m && !refs.has(m[1]!)) {
        const at = t.indexOf(m[2]!);
        refs.set(m[1]!, { url: m[2]!, start: line.start + at, end: line.start + at + m[2]!.length });
      }
    }
  }
  return refs;
}

// ---------------------------------------------------------------------------
// lynx / links / elinks `-dump`: a number before each link (`[19]Title`), images as `[name.png]`,
// the targets listed under `References` at the end (`  19. https://…`).

/** A lynx link marker `[19]` at `i`: the index after it, or -1. */
function markerEnd(s: string, i: number): number {
  if (s[i] !== '[') return -1;
  let k = i + 1;
  while (k < s.length && k - i <= 6 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  return k > i + 1 && s[k] === ']' ? k + 1 : -1;
}

/** An image placeholder `[thumbnail.png]`, `[avatar]` at `i` (no white space inside, at most 80 characters): the index after it, or -1. */
function placeholderEnd(s: string, i: number): number {
  if (s[i] !== '[') return -1;
  for (let k = i + 1; k < s.length && k - i <= 80; k++) {
    const c = s.charCodeAt(k);
    if (c === 93) return k > i + 1 ? k + 1 : -1;
    if (c <= 32 || c === 91) return -1;
  }
  return -1;
}

export interface LynxDump {
  /** The text with link markers, image placeholders and the reference list blanked (same length: offsets hold). */
  masked: string;
  /** Link markers: number and offset. */
  markers: { n: string; at: number }[];
  /** Offset where the reference list starts. */
  refsAt: number;
}

/**
 * Reads a dump's structure: the `References` list at its end (at least two numbered addresses)
 * and the `[N]` markers in the text above it; undefined when the text is not such a dump.
 */
export function lynxDump(text: string): LynxDump | undefined {
  const refsAt = lynxRefsAt(text);
  if (refsAt < 0) return undefined;
  const parts: string[] = [];
  const markers: { n: string; at: number }[] = [];
  let from = 0;
  for (let i = text.indexOf('[', 0); i >= 0 && i < refsAt; i = text.indexOf('[', i + 1)) {
    const e = markerEnd(text, i);
    let blankTo = e;
    if (e > 0) {
      markers.push({ n: text.slice(i + 1, e - 1), at: i });
      const pe = placeholderEnd(text, e);
      if (pe > 0) blankTo = pe;
    } else {
      // a standalone placeholder at the start of a line: `[avatar.jpeg]`
      const pe = placeholderEnd(text, i);
      let k = i - 1;
      while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
      if (pe > 0 && (k < 0 || text[k] === '\n' || text[k] === '\r')) blankTo = pe;
    }
    if (blankTo > 0) {
      parts.push(text.slice(from, i), ' '.repeat(blankTo - i));
      from = blankTo;
      i = blankTo - 1;
    }
  }
  if (markers.length < 3) return undefined;
  parts.push(text.slice(from, refsAt), ' '.repeat(text.length - refsAt));
  return { masked: parts.join(''), markers, refsAt };
}

/** Where the `References` list of a dump starts (a line of its own followed by numbered addresses), or -1. */
function lynxRefsAt(text: string): number {
  for (const head of ['References', 'Visible links']) {
    const k = lastOf(text, head);
    if (k < 0) continue;
    let a = k;
    while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
    if (a > 0 && text[a - 1] !== '\n' && text[a - 1] !== '\r') continue;
    let e = k + head.length;
    if (text[e] === ':') e++;
    while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
    if (e < text.length && text[e] !== '\n' && text[e] !== '\r') continue;
    let numbered = 0;
    for (const line of splitLines(text.slice(e, Math.min(text.length, e + 4000)))) {
      if (RE_NUMBERED_REF.test(line.text) && ++numbered >= 2) return a;
    }
  }
  return -1;
}

/**
 * `text.lastIndexOf(head)`, faster: V8 searches a long needle backwards (and forwards) slowly, a
 * 5-character probe forwards quickly; each probe hit is checked in place, so this stays linear.
 */
function lastOf(text: string, head: string): number {
  const probe = head.slice(0, 5);
  let last = -1;
  for (let k = text.indexOf(probe); k >= 0; k = text.indexOf(probe, k + 1)) if (text.startsWith(head, k)) last = k;
  return last;
}

/**
 * Reads a lynx-style dump: the text without markers is segmented as plain text (the HF text
 * reader's engine), then each entry gets the resource links whose markers stand between its
 * first line and the next entry (its paper page, code, arXiv page), navigation left out.
 */
export function readLynxDump(text: string, ctx: ReaderContext, dump: LynxDump): ReaderResult {
  const refs = targets(text);
  const res = segmentPlainText(dump.masked, ctx);
  const entries = res.entries;
  let m = 0;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    let from = e.start;
    while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
    let to = k + 1 < entries.length ? entries[k + 1]!.start : dump.refsAt;
    while (to > from && k + 1 < entries.length && text[to - 1] !== '\n' && text[to - 1] !== '\r') to--;
    while (m < dump.markers.length && dump.markers[m]!.at < from) m++;
    const seen = new Set<string>();
    let id: string | undefined;
    for (let j = m; j < dump.markers.length && dump.markers[j]!.at < to; j++) {
      const t = refs.get(dump.markers[j]!.n);
      if (!t) continue;
      const pid = hfPaperId(t.url);
      if (pid) {
        // the title's link names the paper; another paper's page (the next card's thumbnail) is not its link
        if (!pid.absolute || pid.fragment || (id && pid.id !== id) || dump.markers[j]!.at > e.end) continue;
        id ??= pid.id;
      } else if (isNavigationUrl(t.url)) continue;
      const key = t.url.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const link: EntryLink = { url: t.url, origin: 'links', start: t.start, end: t.end };
      e.links.push(link);
    }
    if (id && !e.arxivId) e.arxivId = id;
  }
  return res;
}

/** The text holds html2text-style reference links (`…][33]` closing a line). */
function hasRefCloses(text: string): boolean {
  for (const line of splitLines(text.length > 400_000 ? text.slice(0, 400_000) : text)) {
    const t = line.text;
    if (t.length && t.trimEnd().endsWith(']') && RE_REF_CLOSE.test(t)) return true;
  }
  return false;
}

/** Some line of the text ends with `]` (white space after it aside, as `trimEnd` sees it). Linear. */
function closesALine(s: string): boolean {
  for (let i = s.indexOf(']'); i >= 0; i = s.indexOf(']', i + 1)) {
    let k = i + 1;
    while (k < s.length && s.charCodeAt(k) !== 10 && s.charCodeAt(k) !== 13 && isJsSpaceCode(s.charCodeAt(k))) k++;
    if (k === s.length || s.charCodeAt(k) === 10 || s.charCodeAt(k) === 13) return true;
  }
  return false;
}

/** Confidence from reference-style links, targets on HF paper pages and HF page furniture. */
function detect(text: string): number {
  const head = text.length > 400_000 ? text.slice(0, 400_000) : text;
  let closes = 0;
  let paperTargets = 0;
  let markers = 0;
  let inlineHf = 0;
  // with no line closing on `]` and no inline paper link the scan finds nothing (an XML feed, most
  // plain text): only a lynx dump can score
  const scan = head.indexOf('](https://huggingface.co/papers/') >= 0 || closesALine(head);
  if (scan) for (const line of splitLines(head)) {
    const t = line.text.trimEnd();
    if (t.length === 0) continue;
    if (t.endsWith(']')) {
      if (RE_REF_CLOSE.test(t)) closes++;
      continue;
    }
    const trimmed = t.trimStart();
    if (trimmed[0] === '[' && trimmed.includes(']: ') && trimmed.includes('huggingface.co/papers/')) {
      if (RE_REF_TARGET.test(t)) paperTargets++;
      continue;
    }
    if (t.includes('](https://huggingface.co/papers/')) inlineHf++;
    // the markers start with g, d or #: lower-case only such lines
    const c = trimmed.charCodeAt(0) | 32;
    if (c !== 103 && c !== 100 && c !== 35) continue;
    const low = trimmed.toLowerCase();
    if (low.startsWith('get trending papers in your email inbox') || low === '# daily papers' || low === 'daily papers' || low.startsWith('## by [')) markers++;
  }
  if (inlineHf > closes) return 0.1; // the markdown capture
  if (closes === 0) {
    // a lynx-style dump of an HF page: `[N]` markers, numbered targets on HF paper pages
    const dump = lynxDump(text);
    if (dump) {
      let hf = 0;
      for (const [, t] of targets(text)) if (hfPaperId(t.url)?.absolute) hf++;
      if (hf >= 2) return 0.96;
    }
  }
  if (closes >= 3 && paperTargets >= 2) return 0.97;
  if (closes >= 3 && markers >= 1) return 0.92;
  if (closes >= 2 && paperTargets >= 1) return 0.85;
  if (closes >= 6) return 0.3;
  return closes > 0 ? 0.1 : 0;
}

/**
 * Reads an HF papers page captured by a text browser.
 *
 * @example
 * hfTextBrowserReader.read(capture, ctx).entries[0]
 * // { title: 'Improved Distribution Matching Distillation for Fast Image Synthesis', arxivId: '2405.14867',
 * //   links: [{ url: 'https://huggingface.co/papers/2405.14867', … }, { url: 'https://github.com/tianweiy/DMD2', label: 'GitHub 1.06k', … }], … }
 */
export const hfTextBrowserReader: FeedReader = defineReader('hf-textbrowser', detect, (text, ctx) => {
  const dump = lynxDump(text);
  if (dump && !hasRefCloses(text)) return readLynxDump(text, ctx, dump);
  return readHfPage(text, ctx, targets(text));
}, { maxConfidence: 0.97 });
