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
import { splitLines } from '../lib/text.js';
import { RE_NUMBERED_REF, RE_REF_CLOSE, RE_REF_TARGET } from '../regex/hf.js';
import { readHfPage, type Target } from './hf-markdown.js';
import type { FeedReader, ReaderContext, ReaderResult } from './types.js';

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

/** Confidence from reference-style links, targets on HF paper pages and HF page furniture. */
function detect(text: string): number {
  const head = text.length > 400_000 ? text.slice(0, 400_000) : text;
  let closes = 0;
  let paperTargets = 0;
  let markers = 0;
  let inlineHf = 0;
  for (const line of splitLines(head)) {
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
    const low = trimmed.toLowerCase();
    if (low.startsWith('get trending papers in your email inbox') || low === '# daily papers' || low === 'daily papers' || low.startsWith('## by [')) markers++;
  }
  if (inlineHf > closes) return 0.1; // the markdown capture
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
export const hfTextBrowserReader: FeedReader = {
  name: 'hf-textbrowser',
  detect(text: string): number {
    try {
      return detect(text);
    } catch {
      return 0;
    }
  },
  read(text: string, ctx: ReaderContext): ReaderResult {
    try {
      return readHfPage(text, ctx, targets(text));
    } catch {
      return { entries: [] };
    }
  },
};
