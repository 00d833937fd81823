/**
 * toCslJson: papers as CSL-JSON items (the format of citeproc, Zotero and pandoc).
 *
 * `type` is `article` for a preprint (with `publisher: 'arXiv'` and `number`, the
 * arXiv id), `paper-conference` for a conference or workshop paper and
 * `article-journal` for a journal article (both with `container-title`, the
 * venue). Authors are `{ family, given }` (particles such as `van` stay in
 * `family`, `Jr.` goes to `suffix`), or `{ literal }` for one-word names and
 * organisations. `issued` is `{ 'date-parts': [[year, month?, day?]] }`. `id` is
 * the same citation key `toBibTeX` writes.
 */
import type { Paper } from '../schema/paper.js';
import { bestUrl, citationKeys, citedDate, publicationKind, realAuthors } from './common.js';
import { splitName } from './names.js';

/** A CSL name: split, or one literal. */
export type CslName = { family: string; given?: string; suffix?: string } | { literal: string };

/** The CSL-JSON item fields this library writes. */
export interface CslItem {
  id: string;
  type: 'article' | 'paper-conference' | 'article-journal';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number] | [number, number] | [number, number, number]] };
  DOI?: string;
  URL?: string;
  'container-title'?: string;
  publisher?: string;
  number?: string;
  abstract?: string;
  note?: string;
}

/** One author as a CSL name. */
export function cslName(name: string): CslName | undefined {
  const p = splitName(name);
  if (p.literal !== undefined) return p.literal ? { literal: p.literal } : undefined;
  if (!p.family) return p.given ? { literal: p.given } : undefined;
  const out: { family: string; given?: string; suffix?: string } = { family: p.family };
  if (p.given) out.given = p.given;
  if (p.suffix) out.suffix = p.suffix;
  return out;
}

/**
 * The papers as CSL-JSON items, in order (serialise with `JSON.stringify`).
 *
 * @example
 * toCslJson(papers)[0] // { id: 'li2023artificial', type: 'article', title: '...', author: [{ family: 'Li', given: 'Xiang' }, ...], issued: { 'date-parts': [[2023, 6, 8]] }, number: '2306.05480', ... }
 */
export function toCslJson(papers: readonly Paper[]): CslItem[] {
  const list: Paper[] = Array.isArray(papers) ? (papers as Paper[]).filter((p) => p && typeof p === 'object') : [];
  const keys = citationKeys(list);
  return list.map((p, i) => {
    const kind = publicationKind(p);
    const item: CslItem = {
      id: keys[i]!,
      type: kind === 'journal' ? 'article-journal' : kind === 'conference' ? 'paper-conference' : 'article',
      title: typeof p.title === 'string' ? p.title : '',
    };
    const authors = realAuthors(p)
      .map((a) => cslName(a.display))
      .filter((n): n is CslName => n !== undefined);
    if (authors.length) item.author = authors;
    const d = citedDate(p);
    if (d.year) item.issued = { 'date-parts': [d.month ? (d.day ? [d.year, d.month, d.day] : [d.year, d.month]) : [d.year]] };
    if (p.doi) item.DOI = p.doi;
    const url = bestUrl(p);
    if (url) item.URL = url;
    if (kind !== 'preprint') item['container-title'] = kind === 'journal' ? (p.venue?.name ?? p.journalRef ?? '') : p.venue!.status === 'workshop' ? `${p.venue!.name} Workshop` : p.venue!.name;
    if (p.arxivId) {
      item.number = p.arxivId;
      if (kind === 'preprint') item.publisher = 'arXiv';
      else item.note = `arXiv:${p.arxivId}`;
    }
    if (p.abstract) item.abstract = p.abstract;
    return item;
  });
}
