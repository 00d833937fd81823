/** Whether a paper's code is available, promised or not mentioned, from its links and words. */
import { RE_CODE_WORD, RE_FUTURE_RELEASE, RE_URL_PLACEHOLDER } from '../regex/venue.js';
import type { CodeStatus, Link } from '../schema/paper.js';
import hosts from '../data/hosts.json' with { type: 'json' };

const ANON = hosts.anonymousHosts;

/**
 * `available` with the best official code link, `promised` when the text says code
 * will come ("code will be released", "coming soon", "upon acceptance"), else
 * `none`. Placeholders ("this https URL", "[link]") and anonymous-review hosts are
 * reported in `placeholders`, never turned into addresses.
 *
 * @example
 * codeStatus([], 'Code will be released upon acceptance.') // { status: 'promised' }
 */
export function codeStatus(links: readonly Link[], text: string): CodeStatus {
  const placeholders: string[] = [];
  RE_URL_PLACEHOLDER.lastIndex = 0;
  for (let m = RE_URL_PLACEHOLDER.exec(text); m; m = RE_URL_PLACEHOLDER.exec(text)) placeholders.push(m[0]);
  let best: Link | undefined;
  for (const l of links) {
    if (ANON.some((h) => l.url.includes(h))) placeholders.push(l.url);
    if (l.role === 'official-code' && (!best || l.confidence > best.confidence)) best = l;
  }
  const out: CodeStatus = best ? { status: 'available', url: best.url } : promised(text) ? { status: 'promised' } : { status: 'none' };
  if (placeholders.length) out.placeholders = placeholders;
  return out;
}

/** A sentence that names code and promises it later. */
function promised(text: string): boolean {
  if (!RE_FUTURE_RELEASE.test(text)) return false;
  for (const sentence of text.split('. ')) {
    if (RE_FUTURE_RELEASE.test(sentence) && (RE_CODE_WORD.test(sentence) || sentence.toLowerCase().includes('coming soon'))) return true;
  }
  return false;
}
