/** Whether a paper's code is available, promised or not mentioned, from its links and words. */
import { expectString, PaperfeedError } from '../errors.js';
import { RE_CODE_SCAN, RE_CODE_WORD, RE_FUTURE_RELEASE, RE_URL_PLACEHOLDER } from '../regex/venue.js';
import type { CodeStatus, Link } from '../schema/paper.js';
import hosts from '../data/hosts.json' with { type: 'json' };

const ANON = hosts.anonymousHosts;

/** True for an address on an anonymous-review host (`anonymous.4open.science`): it expires, so it is never the code URL. */
export function isAnonymousUrl(url: string): boolean {
  const u = url.toLowerCase();
  return ANON.some((h) => u.includes(h));
}

/** The sentences of a text (split at `. `, `! `, `? `, `; ` and line breaks), bounded in number. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length && out.length < 2000; i++) {
    const c = text[i];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?' || c === ';') && (i + 1 >= text.length || text[i + 1] === ' ' || text[i + 1] === '\n'))) {
      if (i > start) out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

function promises(sentence: string): boolean {
  return RE_FUTURE_RELEASE.test(sentence) && (RE_CODE_WORD.test(sentence) || sentence.toLowerCase().includes('coming soon'));
}

/** The sentence of `text` that writes this address, if any. */
function sentenceOf(parts: string[], url: string): string | undefined {
  let bare = url;
  const s = bare.indexOf('://');
  if (s >= 0) bare = bare.slice(s + 3);
  if (bare.startsWith('www.')) bare = bare.slice(4);
  if (bare.length < 4) return undefined;
  return parts.find((p) => p.includes(bare));
}

/**
 * `available` (with `url`, the best official code link) when the paper gives its
 * code; `promised` when a sentence naming code says it will come ("code will be
 * released", "coming soon", "upon acceptance") — with `url` when that sentence
 * also writes the address; else `none`. Placeholders ("this https URL", "[link]")
 * and anonymous-review addresses (`anonymous.4open.science`) are reported in
 * `placeholders`, never used as `url`: "Code is available at this https URL" is
 * `available` without a `url`.
 *
 * @example
 * codeStatus([], 'Code will be released upon acceptance.') // { status: 'promised' }
 */
export function codeStatus(links: readonly Link[], text: string): CodeStatus {
  expectString(text, 'codeStatus');
  if (!Array.isArray(links)) throw new PaperfeedError('INVALID_INPUT', 'codeStatus expects an array of links (from extractUrls or paper.urls) as its first argument.');
  if (typeof text !== 'string') text = '';
  const placeholders: string[] = [];
  // placeholders, and whether anything is promised, in one scan
  let future = false;
  RE_CODE_SCAN.lastIndex = 0;
  for (let m = RE_CODE_SCAN.exec(text); m; m = RE_CODE_SCAN.exec(text)) {
    if (m[1] !== undefined) future = true;
    else if (placeholders.length < 50) placeholders.push(m[0]);
  }
  let best: Link | undefined;
  let anonCode = false;
  for (const l of links ?? []) {
    if (isAnonymousUrl(l.url)) {
      placeholders.push(l.url);
      if (l.role === 'official-code' || l.role === 'unknown' || l.role === 'project-page') anonCode = true;
      continue;
    }
    if (l.role !== 'official-code') continue;
    if (!best || l.confidence > best.confidence) best = l;
  }
  // no sentence promises anything unless the whole text does
  const parts = future || placeholders.length ? sentences(text) : [];
  let out: CodeStatus;
  if (best) {
    const s = future ? sentenceOf(parts, best.url) : undefined;
    out = s && promises(s) ? { status: 'promised', url: best.url } : { status: 'available', url: best.url };
  } else if (future && parts.some(promises)) {
    out = { status: 'promised' };
  } else if (anonCode || parts.some((p) => RE_CODE_WORD.test(p) && hasPlaceholder(p))) {
    // The paper gives its code, but the address was removed or is an anonymous-review copy.
    out = { status: 'available' };
  } else out = { status: 'none' };
  if (placeholders.length) out.placeholders = placeholders;
  return out;
}

function hasPlaceholder(sentence: string): boolean {
  RE_URL_PLACEHOLDER.lastIndex = 0;
  const r = RE_URL_PLACEHOLDER.test(sentence);
  RE_URL_PLACEHOLDER.lastIndex = 0;
  return r;
}
