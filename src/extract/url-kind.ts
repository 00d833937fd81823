/** What an address is, from the address alone. String work only, no regex scans. */
import { expectString } from '../errors.js';
import hosts from '../data/hosts.json' with { type: 'json' };
import { RE_ARXIV_URL_PATH } from '../regex/links.js';
import type { LinkKind } from '../schema/paper.js';

const PROCEEDINGS = new Set(hosts.proceedingsHosts);
const ANTHOLOGY = new Set(hosts.anthologyHosts);
const HF_RESERVED = new Set(hosts.hfReservedFirstSegments);

/** The host of an address, lower-cased, without port. */
export function hostOf(url: string): string {
  const s = url.indexOf('//');
  const from = s < 0 ? 0 : s + 2;
  let end = url.length;
  for (let i = from; i < url.length; i++) {
    const ch = url[i];
    if (ch === '/' || ch === '?' || ch === '#' || ch === ':') {
      end = i;
      break;
    }
  }
  const h = url.slice(from, end).toLowerCase();
  const at = h.lastIndexOf('@');
  return at >= 0 ? h.slice(at + 1) : h;
}

/** The path of an address (from the first `/` after the host, without query or fragment). */
export function pathOf(url: string): string {
  const s = url.indexOf('//');
  const from = s < 0 ? 0 : s + 2;
  const slash = url.indexOf('/', from);
  if (slash < 0) return '';
  let end = url.length;
  for (let i = slash; i < url.length; i++) {
    if (url[i] === '?' || url[i] === '#') {
      end = i;
      break;
    }
  }
  return url.slice(slash, end);
}

/** The first three non-empty `/` segments of a path (all that is read of them: the first three and whether there are 1, 2 or 3). */
function segments(path: string): string[] {
  const out: string[] = [];
  let s = 0;
  while (s < path.length && out.length < 3) {
    let e = path.indexOf('/', s);
    if (e < 0) e = path.length;
    if (e > s) out.push(path.slice(s, e));
    s = e + 1;
  }
  return out;
}

/**
 * What an address is, from the address alone: a code host, an arXiv abstract or
 * PDF, a DOI, a Hugging Face paper/model/dataset/Space, OpenReview, an ACL
 * Anthology or proceedings page, or other. `repo` is `owner/name` for code hosts
 * and Hugging Face repositories.
 *
 * @example
 * classifyUrl('https://huggingface.co/datasets/allenai/c4') // { kind: 'hf-dataset', repo: 'allenai/c4' }
 */
export function classifyUrl(url: string): { kind: LinkKind; repo?: string } {
  expectString(url, 'classifyUrl', 'an address as a string');
  if (url.startsWith('mailto:')) return { kind: 'email' };
  let host = hostOf(url);
  if (host.startsWith('www.')) host = host.slice(4);
  if (host === 'github.com' || host === 'gitlab.com' || host === 'bitbucket.org' || host === 'gitee.com' || host === 'codeberg.org') {
    const seg = segments(pathOf(url));
    return seg.length >= 2 ? { kind: 'code', repo: `${seg[0]}/${seg[1]}` } : { kind: seg.length ? 'code' : 'other' };
  }
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const seg = segments(pathOf(url));
    if (seg[0] === 'pdf') return { kind: 'arxiv-pdf' };
    if (seg[0] === 'abs' || seg[0] === 'html') return { kind: 'arxiv-abs' };
    return { kind: 'other' };
  }
  if (host === 'doi.org' || host === 'dx.doi.org') return { kind: 'doi' };
  if (host === 'huggingface.co' || host === 'hf.co') {
    const seg = segments(pathOf(url));
    if (seg[0] === 'papers' && seg.length >= 2) return { kind: 'hf-paper' };
    if (seg[0] === 'datasets' && seg.length >= 3) return { kind: 'hf-dataset', repo: `${seg[1]}/${seg[2]}` };
    if (seg[0] === 'spaces' && seg.length >= 3) return { kind: 'hf-space', repo: `${seg[1]}/${seg[2]}` };
    if (seg.length >= 2 && !HF_RESERVED.has(seg[0]!)) return { kind: 'hf-model', repo: `${seg[0]}/${seg[1]}` };
    return { kind: 'other' };
  }
  if (host === 'openreview.net') return { kind: 'openreview' };
  if (ANTHOLOGY.has(host) || ANTHOLOGY.has('www.' + host)) {
    if (host.startsWith('aclweb.org') && segments(pathOf(url))[0] !== 'anthology') return { kind: 'other' };
    return { kind: 'anthology' };
  }
  if (PROCEEDINGS.has(host) || PROCEEDINGS.has('www.' + host)) return { kind: 'proceedings' };
  return { kind: 'other' };
}

/**
 * The arXiv id (and version) an address shows, if it is an arXiv or HF paper address.
 *
 * @example
 * arxivIdFromUrl('https://arxiv.org/abs/2306.07353v2') // { id: '2306.07353', version: 2 }
 */
/**
 * An arXiv abstract, PDF or HTML address with no paper id after it (`https://arxiv.org/abs/`):
 * a broken link a template left, which points at no paper.
 */
export function isIdlessArxivUrl(url: string): boolean {
  // the path is `/abs`, `/pdf` or `/html` (and a slash): the address holds one of them as written
  if (url.indexOf('/abs') < 0 && url.indexOf('/pdf') < 0 && url.indexOf('/html') < 0) return false;
  let host = hostOf(url);
  if (host.startsWith('www.')) host = host.slice(4);
  if (host !== 'arxiv.org' && host !== 'export.arxiv.org') return false;
  const path = pathOf(url);
  return path === '/abs' || path === '/abs/' || path === '/pdf' || path === '/pdf/' || path === '/html' || path === '/html/';
}

export function arxivIdFromUrl(url: string): { id: string; version?: number } | undefined {
  let host = hostOf(url);
  if (host.startsWith('www.')) host = host.slice(4);
  const path = pathOf(url);
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const m = RE_ARXIV_URL_PATH.exec(path);
    if (!m) return undefined;
    let id = m[1]!;
    if (id.endsWith('.pdf')) id = id.slice(0, -4);
    return m[2] ? { id, version: +m[2] } : { id };
  }
  if (host === 'huggingface.co' || host === 'hf.co') {
    const seg = segments(path);
    if (seg[0] === 'papers' && seg[1]) {
      const m = RE_ARXIV_URL_PATH.exec('/abs/' + seg[1]);
      if (m) return m[2] ? { id: m[1]!, version: +m[2] } : { id: m[1]! };
    }
  }
  return undefined;
}

/**
 * Normalises an address for comparison: lower-case scheme and host, `http` = `https`, no trailing `/`.
 *
 * @example
 * urlKey('HTTP://GitHub.com/A/B/') // 'https://github.com/A/B'
 */
export function urlKey(url: string): string {
  let s = url.trim();
  const i = s.indexOf('://');
  if (i > 0) {
    let hostEnd = s.length;
    for (let k = i + 3; k < s.length; k++) {
      const ch = s[k];
      if (ch === '/' || ch === '?' || ch === '#') {
        hostEnd = k;
        break;
      }
    }
    s = s.slice(0, hostEnd).toLowerCase() + s.slice(hostEnd);
  }
  if (s.startsWith('http://')) s = 'https://' + s.slice(7);
  while (s.endsWith('/')) s = s.slice(0, -1);
  return s;
}
