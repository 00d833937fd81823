/**
 * Call-to-action link labels (`[Read Paper](…)`, `[PDF](…)`, `[arXiv](…)`, `[View →](…)`): the text of a
 * button that points at a paper, never the paper's title. Digests write the title on a line of its own
 * (`**1. Title**`, a heading) and the button under it.
 */
import { foldSpace, isLetterOrDigit } from '../lib/text.js';

/** Words a button label is made of (after case folding); a label of these words only is a button. */
const ACTION_WORDS = new Set([
  'read', 'view', 'see', 'open', 'show', 'visit', 'go', 'to', 'download', 'get', 'click', 'here', 'more', 'full',
  'the', 'this', 'on', 'at', 'in', 'original', 'paper', 'papers', 'page', 'link', 'links', 'pdf', 'abs', 'abstract',
  'arxiv', 'html', 'hf', 'hugging', 'face', 'huggingface', 'details', 'source', 'article', 'preprint', 'website',
  'site', 'post', 'entry', 'it', 'now', 'online', '论文', '链接', '原文', '阅读', '查看', '阅读论文', '论文链接',
]);

/** The label with symbols (emoji, arrows, `»`, brackets, punctuation) at its ends and between its words dropped. */
function labelWords(label: string): string[] {
  const words: string[] = [];
  for (const raw of foldSpace(label).toLowerCase().split(' ')) {
    let a = 0;
    let e = raw.length;
    while (a < e && !isLetterOrDigit(raw[a]!)) a++;
    while (e > a && !isLetterOrDigit(raw[e - 1]!)) e--;
    if (e > a) words.push(raw.slice(a, e));
  }
  return words;
}

/**
 * True for a link label that is a button (`Read Paper`, `Paper`, `Link`, `PDF`, `Read more`, `View`, `arXiv`,
 * `Abstract`, `📄 Paper`, `Read on Hugging Face →`): at most five words, each one of a button's words.
 *
 * @example
 * isCallToAction('Read Paper') // true
 * isCallToAction('Paper Copilot: A Self-Evolving Assistant') // false
 */
export function isCallToAction(label: string): boolean {
  if (label.length > 60) return false;
  const words = labelWords(label);
  if (words.length === 0 || words.length > 5) return false;
  for (const w of words) if (!ACTION_WORDS.has(w)) return false;
  return true;
}

/**
 * A block that is a bold title as a whole (`**1. Title**`, the span closing on the next line when the title
 * was hard-wrapped; `__Title__` too): its text, line breaks folded, the marks dropped; else undefined.
 * The ordinal is kept (the caller drops it).
 */
export function boldSpanText(s: string): string | undefined {
  const t = s.trim();
  if (t.length < 7 || t.length > 400) return undefined;
  const mark = t.slice(0, 2);
  if (mark !== '**' && mark !== '__') return undefined;
  // a markdown hard break after the span (`**Title**\`) or trailing spaces were trimmed above
  const body = t.endsWith('\\') ? t.slice(0, -1).trimEnd() : t;
  if (!body.endsWith(mark) || body.length < 5) return undefined;
  const inner = body.slice(2, -2);
  if (inner.indexOf(mark) >= 0 || inner.indexOf('](') >= 0) return undefined;
  let lines = 1;
  for (let i = inner.indexOf('\n'); i >= 0; i = inner.indexOf('\n', i + 1)) lines++;
  if (lines > 3) return undefined;
  const text = foldSpace(inner);
  return text ? text : undefined;
}
