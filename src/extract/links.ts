/**
 * Links: every web address in a text, with correct boundaries, a `kind` from the
 * address alone and a `role` from the words around it.
 *
 * linkify-it (default, non-fuzzy mode) finds addresses with a scheme; it is a
 * well-kept, well-tested URL matcher and ~30x faster than its fuzzy mode. The
 * academic cases are ours: addresses without a scheme (`github.com/x/y`,
 * `You.com`, `qin.ee/cotta`) by a TLD rule that never takes a file name
 * (`model.py`, `README.md`), `\url{...}`, and addresses wrapped over two lines.
 */
import { LinkifyIt } from 'linkify-it';
import hosts from '../data/hosts.json' with { type: 'json' };
import { RE_BARE_DOMAIN, RE_URL_CONTINUATION } from '../regex/links.js';
import type { Field, Link, LinkKind, LinkOrigin, LinkRole } from '../schema/paper.js';
import { classifyUrl, hostOf } from './url-kind.js';

export { classifyUrl, urlKey } from './url-kind.js';

/** Options of {@link extractUrls}. */
export interface ExtractUrlsOptions {
  /** Also return e-mail addresses (as `mailto:` links). Default false. */
  emails?: boolean;
  /** The field the spans point into. Default `text`. */
  field?: Field;
  /** Where the text came from, recorded on each link. Default `abstract`. */
  origin?: LinkOrigin;
}

let linkify: LinkifyIt | undefined;
function getLinkify(): LinkifyIt {
  if (!linkify) {
    linkify = new LinkifyIt({ urlAuth: true });
  }
  return linkify;
}

const GENERIC = new Set(hosts.genericTlds);
const FILE_EXT = new Set(hosts.fileExtensions);
const KNOWN = hosts.knownHosts;

function isKnownHost(host: string): boolean {
  for (const h of KNOWN) if (host === h || host.endsWith('.' + h)) return true;
  return false;
}

/** Whether a scheme-less address is plainly a web address (not a file name, version or abbreviation). */
function acceptBare(host: string, hasPath: boolean): boolean {
  const h = host.toLowerCase();
  const labels = h.split('.');
  const tld = labels[labels.length - 1]!;
  if (h.startsWith('www.')) return true;
  if (isKnownHost(h)) return true;
  const generic = GENERIC.has(tld);
  const country = tld.length === 2;
  if (!generic && !country) return false;
  // `model.py`, `README.md`, `setup.sh`: a file name, unless it clearly names a host.
  if (FILE_EXT.has(tld) && labels.length === 2 && !hasPath) return false;
  if (FILE_EXT.has(tld) && !generic && labels.length === 2) return false;
  // A country domain that is no file extension (`uhh.de`, `a.ws`, `qin.ee/cotta`).
  return labels.every((l) => l.length > 0);
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Trims sentence punctuation and unbalanced closing brackets from the end of an address. */
function trimEnd(s: string): string {
  let end = s.length;
  for (;;) {
    if (end === 0) break;
    const ch = s[end - 1]!;
    if ('.,;:!?*'.includes(ch)) {
      end--;
      continue;
    }
    if ((ch === '"' || ch === "'") && count(s.slice(0, end), ch) % 2 === 1) {
      end--;
      continue;
    }
    const open = CLOSERS[ch];
    if (open) {
      let depth = 0;
      for (let i = 0; i < end; i++) {
        if (s[i] === open) depth++;
        else if (s[i] === ch) depth--;
      }
      if (depth < 0) {
        end--;
        continue;
      }
    }
    break;
  }
  return s.slice(0, end);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

interface RawMatch {
  start: number;
  end: number;
  url: string;
}

/** Joins an address that the feed's wrapping broke over two lines (`.../` + newline + `rest`). */
function joinWrapped(text: string, m: RawMatch): RawMatch {
  const last = m.url[m.url.length - 1];
  if (last !== '/' && last !== '-' && last !== '_') return m;
  let i = m.end;
  let newlines = 0;
  while (i < text.length && i - m.end < 12) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13) break;
    i++;
  }
  if (i === m.end || newlines > 1) return m;
  const cont = RE_URL_CONTINUATION.exec(text.slice(i, i + 502));
  if (!cont) return m;
  const token = trimEnd(cont[0]);
  // A continuation looks like a path piece, not a word of the sentence.
  let pathy = false;
  for (let k = 0; k < token.length; k++) {
    const ch = token[k]!;
    if ('/._-~%=?&#'.includes(ch) || (ch >= '0' && ch <= '9') || (k > 0 && ch >= 'A' && ch <= 'Z')) {
      pathy = true;
      break;
    }
  }
  if (!pathy || token.length === 0) return m;
  return { start: m.start, end: i + token.length, url: m.url + token };
}

/** Words before an address that say what it is for this paper. */
function roleOf(kind: LinkKind, before: string, url: string): { role: LinkRole; confidence: number } {
  const b = before.toLowerCase();
  const has = (...w: string[]) => w.some((x) => b.includes(x));
  if (has('unofficial', 'third-party', 'third party', 'based on the code', 'built on the code', 'reimplementation', 're-implementation', 'borrowed from', 'adapted from'))
    return { role: kind === 'code' ? 'third-party-code' : 'reference', confidence: 0.7 };
  if (kind === 'code') {
    if (has('our code', 'our implementation', 'code is', 'code and', 'code are', 'codes are', 'code will', 'code can', 'code:', 'source code', 'implementation is', 'available at', 'released at', 'publicly available', 'github', 'repository', 'we release', 'open-source', 'open source', 'project page', 'project website'))
      return { role: 'official-code', confidence: 0.9 };
    return { role: 'official-code', confidence: 0.6 };
  }
  if (kind === 'hf-dataset') return { role: 'dataset', confidence: 0.8 };
  if (kind === 'hf-model') return { role: 'model', confidence: 0.8 };
  if (kind === 'hf-space') return { role: 'demo', confidence: 0.8 };
  if (kind === 'arxiv-abs' || kind === 'arxiv-pdf' || kind === 'doi' || kind === 'hf-paper' || kind === 'openreview' || kind === 'anthology' || kind === 'proceedings')
    return { role: 'paper', confidence: 0.8 };
  if (has('dataset', 'benchmark', 'data is', 'data are', 'corpus')) return { role: 'dataset', confidence: 0.6 };
  if (has('demo')) return { role: 'demo', confidence: 0.6 };
  if (has('project page', 'project website', 'website', 'homepage', 'home page', 'project:', 'page:', 'webpage', 'available at', 'visit', 'more results', 'videos')) return { role: 'project-page', confidence: 0.7 };
  if (hostOf(url).endsWith('.github.io')) return { role: 'project-page', confidence: 0.6 };
  return { role: 'unknown', confidence: 0.5 };
}

/**
 * Finds every web address in a text: with a scheme (`https://...`), `www.` names,
 * known code and paper hosts, and names ending in a generic TLD (returned with
 * `https://`). Trailing sentence punctuation is not part of an address; balanced
 * parentheses inside one are. File names, versions and abbreviations never count.
 * E-mail addresses only with `{ emails: true }`. Spans are offsets into `text`.
 *
 * @example
 * extractUrls('Code: https://github.com/harryjo97/GDSS.')[0].url // 'https://github.com/harryjo97/GDSS'
 */
export function extractUrls(text: string, options: ExtractUrlsOptions = {}): Link[] {
  const field = options.field ?? 'text';
  const origin = options.origin ?? 'abstract';
  const found: RawMatch[] = [];
  if (text.length === 0) return [];
  if (text.indexOf('.') < 0 && text.indexOf(':') < 0 && text.indexOf('/') < 0) return [];
  const lk = getLinkify();
  // linkify-it's test() is a quick pre-check; match() does the work.
  const matches = text.indexOf(':') >= 0 || text.indexOf('@') >= 0 ? lk.match(text) : null;
  if (matches) {
    for (const m of matches) {
      if (m.schema === 'mailto:' && !options.emails) continue;
      let raw = m.raw;
      let url = m.url;
      // linkify leaves a closing quote or bracket it could not pair; trim the same way for both.
      const trimmed = trimEnd(raw);
      if (trimmed.length !== raw.length) {
        url = url.slice(0, url.length - (raw.length - trimmed.length));
        raw = trimmed;
      }
      if (m.schema === 'mailto:' && !url.startsWith('mailto:')) url = 'mailto:' + url;
      found.push({ start: m.index, end: m.index + raw.length, url });
    }
  }
  // Addresses without a scheme, outside the ones already found.
  RE_BARE_DOMAIN.lastIndex = 0;
  let k = 0;
  for (let m = RE_BARE_DOMAIN.exec(text); m; m = RE_BARE_DOMAIN.exec(text)) {
    const start = m.index;
    while (k < found.length && found[k]!.end <= start) k++;
    if (k < found.length && found[k]!.start <= start) continue;
    const raw = trimEnd(m[0]);
    const host = m[1]!;
    // An invalid port (`google.com:500000`) makes it no address at all.
    if (raw.length === host.length && text[start + raw.length] === ':' && isDigit(text.charCodeAt(start + raw.length + 1))) continue;
    const hasPath = raw.length > host.length + 1 && raw.indexOf('/') >= 0;
    if (!acceptBare(host, hasPath)) continue;
    found.push({ start, end: start + raw.length, url: 'https://' + raw });
  }
  found.sort((a, b) => a.start - b.start);
  const out: Link[] = [];
  for (const f0 of found) {
    const f = joinWrapped(text, f0);
    const { kind, repo } = classifyUrl(f.url);
    const before = text.slice(Math.max(0, f.start - 120), f.start);
    const { role, confidence } = roleOf(kind, before, f.url);
    const link: Link = { url: f.url, kind, role, origin, confidence, span: { field, start: f.start, end: f.end } };
    if (repo) link.repo = repo;
    out.push(link);
  }
  return out;
}

