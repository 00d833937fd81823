/** arXiv ids and DOIs, from text and from addresses. */
import { expectString } from '../errors.js';
import { RE_ARXIV_NEW, RE_ARXIV_OLD, RE_DOI } from '../regex/links.js';
import type { Field, Span } from '../schema/paper.js';

export interface ArxivMention {
  /** Without version: `2306.07353`, `hep-th/9901001`. */
  id: string;
  version?: number;
  span: Span;
}

export interface DoiMention {
  /** Lower-case as DOIs compare case-insensitively: `10.1145/3292500.3330701`. */
  doi: string;
  span: Span;
}

export interface Identifiers {
  arxiv: ArxivMention[];
  dois: DoiMention[];
}

const TRAIL = '.,;:)]}\'"';

/**
 * Finds arXiv ids (new style `2306.07353`, `arXiv:2306.07353v2`, abs/pdf/html
 * addresses; old style `cs/0112017`, `hep-th/9901001`) and DOIs in a text.
 *
 * @example
 * extractIdentifiers('see arXiv:2306.07353v2').arxiv[0] // { id: '2306.07353', version: 2, span }
 */
export function extractIdentifiers(text: string, options: { field?: Field } = {}): Identifiers {
  expectString(text, 'extractIdentifiers');
  const field = options.field ?? 'text';
  const arxiv: ArxivMention[] = [];
  const dois: DoiMention[] = [];
  if (text.indexOf('.') < 0 && text.indexOf('/') < 0) return { arxiv, dois };
  for (const re of [RE_ARXIV_NEW, RE_ARXIV_OLD]) {
    // no match starts before the first `dddd.dddd` (new) or `/ddddddd` (old), less its longest prefix
    const first = re === RE_ARXIV_NEW ? digitsAround(text, '.', 4, 4) : digitsAround(text, '/', 0, 7);
    if (first < 0) continue;
    re.lastIndex = Math.max(0, first - (re === RE_ARXIV_NEW ? 11 : 18));
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const id = re === RE_ARXIV_OLD ? normalizeOld(m[1]!) : m[1]!;
      const mention: ArxivMention = { id, span: { field, start: m.index, end: m.index + m[0].length } };
      if (m[2]) mention.version = +m[2];
      arxiv.push(mention);
    }
  }
  arxiv.sort((a, b) => a.span.start - b.span.start);
  // a DOI starts at `10.`
  const doiAt = text.indexOf('10.');
  RE_DOI.lastIndex = Math.max(0, doiAt);
  for (let m = doiAt < 0 ? null : RE_DOI.exec(text); m; m = RE_DOI.exec(text)) {
    let s = m[0];
    while (s.length && TRAIL.includes(s[s.length - 1]!)) {
      // keep a closing bracket that pairs with one inside the DOI: 10.1016/S0140-6736(20)30183-5
      const ch = s[s.length - 1]!;
      if (ch === ')' && count(s, '(') >= count(s, ')')) break;
      s = s.slice(0, -1);
    }
    if (s.length < 8) continue;
    dois.push({ doi: s.toLowerCase(), span: { field, start: m.index, end: m.index + s.length } });
  }
  return { arxiv, dois };
}

/** The first `mark` with at least `before` ASCII digits before it and `after` after it, or -1. */
function digitsAround(text: string, mark: string, before: number, after: number): number {
  const digit = (i: number) => text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  next: for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    for (let k = 1; k <= before; k++) if (!digit(i - k)) continue next;
    for (let k = 1; k <= after; k++) if (!digit(i + k)) continue next;
    return i;
  }
  return -1;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function normalizeOld(id: string): string {
  const slash = id.indexOf('/');
  const archive = id.slice(0, slash);
  const dot = archive.indexOf('.');
  return (dot < 0 ? archive.toLowerCase() : archive.slice(0, dot).toLowerCase() + archive.slice(dot)) + id.slice(slash);
}

/**
 * The canonical abstract address of an arXiv id (derived, never put in a paper's urls).
 *
 * @example
 * arxivAbsUrl('2306.07353') // 'https://arxiv.org/abs/2306.07353'
 */
export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}
