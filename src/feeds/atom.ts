/**
 * Atom feeds: the arXiv API (`export.arxiv.org/api/query`), arXiv's Atom
 * announcement feeds (`rss.arxiv.org/atom/<cat>`) and other Atom 1.0 feeds.
 *
 * arXiv API entries: `id` (`http://arxiv.org/abs/2405.01234v2`,
 * `http://arxiv.org/abs/hep-th/9901001v2`), `title` and `summary` hard-wrapped,
 * `author/name` with `arxiv:affiliation`, `link rel=alternate` and
 * `link rel=related title=pdf|doi`, `arxiv:primary_category` and `category term`,
 * `arxiv:comment`, `arxiv:journal_ref`, `arxiv:doi`, `published` (v1) and
 * `updated` (this version). The feed states `opensearch:totalResults`,
 * `startIndex` and `itemsPerPage`. A failed query returns one entry titled
 * `Error` whose id is under `arxiv.org/api/errors`: not a paper.
 * The announcement feed's `summary` begins `arXiv:ID Announce Type: new Abstract:`
 * as in RSS, with `arxiv:announce_type` and `dc:creator`.
 */
import { defineReader } from './define.js';
import type { Paper } from '../schema/paper.js';
import { RE_ATOM_NAMESPACE } from '../regex/xml.js';
import { cleanDoi, fold, parseArxivId, splitAuthors, type ArxivIdParts } from './arxiv-digest.js';
import { announceTypeOf, dateOf, plainText, splitAnnounce, textSpan, xmlStartFactor } from './rss.js';
import { child, childrenNamed, findAll, findFirst, parseXml, textContent, type XmlElement } from './xml.js';
import type { EntryLink, FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

const DETECT_WINDOW = 20_000;

function pushLink(links: EntryLink[], url: string, label: string | undefined, span?: [number, number]): void {
  const u = url.trim();
  if (!(u.startsWith('http://') || u.startsWith('https://'))) return;
  if (links.some((l) => l.url === u)) return;
  const link: EntryLink = { url: u, origin: 'links' };
  if (label) link.label = label;
  if (span) {
    link.start = span[0];
    link.end = span[1];
  }
  links.push(link);
}

/** The child elements of an entry that readEntry reads: the first of each field, all of each list, in document order. */
interface EntryChildren {
  id?: XmlElement;
  title?: XmlElement;
  summary?: XmlElement;
  content?: XmlElement;
  announceType?: XmlElement;
  primary?: XmlElement;
  comment?: XmlElement;
  journalRef?: XmlElement;
  journalReference?: XmlElement;
  doi?: XmlElement;
  DOI?: XmlElement;
  published?: XmlElement;
  updated?: XmlElement;
  links: XmlElement[];
  authors: XmlElement[];
  creators: XmlElement[];
  categories: XmlElement[];
}

/** One pass over an entry's children by local name (what `child` / `childrenNamed` would find, field by field). */
function entryChildren(el: XmlElement): EntryChildren {
  const f: EntryChildren = { links: [], authors: [], creators: [], categories: [] };
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    switch (c.local) {
      case 'id': f.id ??= c; break;
      case 'title': f.title ??= c; break;
      case 'summary': f.summary ??= c; break;
      case 'content': f.content ??= c; break;
      case 'announce_type': f.announceType ??= c; break;
      case 'primary_category': f.primary ??= c; break;
      case 'comment': f.comment ??= c; break;
      case 'journal_ref': f.journalRef ??= c; break;
      case 'journal_reference': f.journalReference ??= c; break;
      case 'doi': f.doi ??= c; break;
      case 'DOI': f.DOI ??= c; break;
      case 'published': f.published ??= c; break;
      case 'updated': f.updated ??= c; break;
      case 'link': f.links.push(c); break;
      case 'author': f.authors.push(c); break;
      case 'creator': f.creators.push(c); break;
      case 'category': f.categories.push(c); break;
      default: break;
    }
  }
  return f;
}

function readEntry(src: string, el: XmlElement, ctx: ReaderContext): RawEntry | undefined {
  const f = entryChildren(el);
  const idEl = f.id;
  const idText = idEl ? fold(textContent(idEl)) : '';
  const title = plainText(f.title);
  if (idText.includes('arxiv.org/api/errors')) {
    const msg = plainText(f.summary);
    ctx.diagnose('UNCLAIMED_TEXT', `arXiv API error entry${msg ? `: ${msg}` : ''}`, el.start, el.end, 'warning');
    return undefined;
  }
  let id: ArxivIdParts | undefined = idText ? parseArxivId(idText) : undefined;
  let abstract = plainText(f.summary ?? f.content);
  let announceType: Paper['announceType'] | undefined;
  const ann = splitAnnounce(abstract);
  if (ann) {
    abstract = ann.abstract;
    if (ann.id) id = ann.id;
    if (ann.type) announceType = ann.type;
  }
  const typeEl = f.announceType;
  if (typeEl) announceType = announceTypeOf(fold(textContent(typeEl))) ?? announceType;
  if (!title && !abstract) return undefined;

  const entry: RawEntry = { title, links: [], start: el.start, end: el.end };
  if (abstract) entry.abstract = abstract;
  if (ann?.preface && abstract) entry.summary = ann.preface;

  // links: the entry's <link>s, then its <id> when it is an address
  for (const l of f.links) {
    const href = l.attrs['href'];
    if (!href) continue;
    const rel = l.attrs['rel'] ?? 'alternate';
    if (rel === 'self' || rel === 'replies' || rel === 'edit') continue;
    pushLink(entry.links, href, l.attrs['title'] || rel, l.attrSpans['href']);
    if (!id) id = parseArxivId(href);
  }
  if (idEl && idText) pushLink(entry.links, idText, 'id', textSpan(src, idEl));
  if (id) {
    entry.arxivId = id.id;
    if (id.version !== undefined) entry.arxivVersion = id.version;
  }

  // authors: <author><name>, or one dc:creator list (the announcement feed)
  const authors: string[] = [];
  const affiliations: string[] = [];
  for (const a of f.authors) {
    const name = plainText(child(a, 'name'));
    if (name) authors.push(name);
    for (const af of childrenNamed(a, 'affiliation')) {
      const t = plainText(af);
      if (t && !affiliations.includes(t)) affiliations.push(t);
    }
  }
  if (authors.length === 0) {
    for (const c of f.creators) {
      const r = splitAuthors(plainText(c));
      authors.push(...r.authors);
      for (const a of r.affiliations) if (!affiliations.includes(a)) affiliations.push(a);
    }
  }
  if (authors.length) entry.authors = authors;
  if (affiliations.length) entry.affiliations = affiliations;

  // categories: the primary first
  const categories: string[] = [];
  const primary = f.primary;
  const pterm = primary?.attrs['term'];
  if (pterm) categories.push(pterm.trim());
  for (const c of f.categories) {
    const term = (c.attrs['term'] ?? fold(textContent(c))).trim();
    if (term && !categories.includes(term)) categories.push(term);
  }
  if (categories.length) entry.categories = categories;

  const comment = f.comment;
  if (comment) {
    const t = fold(textContent(comment));
    if (t) entry.comments = t;
  }
  const jr = f.journalRef ?? f.journalReference;
  if (jr) {
    const t = fold(textContent(jr));
    if (t) entry.journalRef = t;
  }
  const doiEl = f.doi ?? f.DOI;
  if (doiEl) {
    const d = cleanDoi(textContent(doiEl));
    if (d) entry.doi = d;
  }
  if (announceType) entry.announceType = announceType;

  const published = dateOf(f.published);
  const updated = dateOf(f.updated);
  const dates: NonNullable<RawEntry['dates']> = {};
  if (announceType) {
    // the announcement feed: `published` is the announcement
    if (published) {
      entry.date = published;
      dates.announced = published;
    }
  } else {
    if (published) {
      entry.date = published;
      dates.submitted = published;
    }
    if (updated) dates.updated = updated;
    if (!published && updated) entry.date = updated;
  }
  if (dates.submitted || dates.updated || dates.announced) entry.dates = dates;
  // an element the input never closed and that runs to the end: the capture was cut inside it
  if (!el.closed && el.end >= src.length) entry.truncated = true;
  return entry;
}

function numberOf(el: XmlElement | undefined): number | undefined {
  if (!el) return undefined;
  const t = fold(textContent(el));
  if (!t || t.length > 9) return undefined;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return +t;
}

function readAtom(text: string, ctx: ReaderContext): ReaderResult {
  const doc = parseXml(text, { noNest: ['entry'], containers: ['#document', 'feed', 'entry', 'author'], spanAttrs: ['href'] });
  const feed = findFirst(doc, 'feed');
  const scope = feed ?? doc;
  const entries: RawEntry[] = [];
  let truncated = false;
  for (const el of findAll(scope, 'entry')) {
    const e = readEntry(text, el, ctx);
    if (!e) continue;
    if (e.truncated) {
      truncated = true;
      ctx.diagnose('TRUNCATED_ENTRY', 'the capture ends inside this entry', e.start, e.end, 'warning');
    }
    if (e.abstract === undefined && !e.truncated) ctx.diagnose('MISSING_ABSTRACT', 'the entry has no summary', e.start, e.end, e.announceType === 'replace' || e.announceType === 'replace-cross' ? 'info' : 'warning');
    entries.push(e);
  }
  const result: ReaderResult = { entries };
  // what this page should hold: totalResults, or the page's share of it when paged
  const total = numberOf(findFirst(scope, 'totalResults'));
  if (total !== undefined) {
    const startIndex = numberOf(findFirst(scope, 'startIndex')) ?? 0;
    const perPage = numberOf(findFirst(scope, 'itemsPerPage'));
    result.announced = perPage !== undefined && perPage > 0 ? Math.max(0, Math.min(perPage, total - startIndex)) : total;
  }
  if (feed && !feed.closed) {
    truncated = true;
    if (!entries.some((e) => e.truncated)) ctx.diagnose('TRUNCATED_FEED', 'the feed ends without its closing tag', feed.start, text.length, 'warning');
  }
  if (truncated) result.truncated = true;
  return result;
}

/** Where the first `<local` or `<prefix:local` start tag of `sample` opens, or -1. */
function tagIndex(sample: string, local: string): number {
  const plain = sample.indexOf('<' + local);
  const needle = ':' + local;
  let from = 0;
  for (let guard = 0; guard < 64; guard++) {
    const at = sample.indexOf(needle, from);
    if (at < 0 || (plain >= 0 && at > plain)) break;
    from = at + 1;
    let k = at - 1;
    while (k >= 0 && at - k <= 40 && isNameCode(sample.charCodeAt(k))) k--;
    if (k >= 0 && k < at - 1 && sample.charCodeAt(k) === 60 /* < */) {
      const after = sample.charCodeAt(at + needle.length);
      if (after === 62 || after === 32 || after === 9 || after === 10 || after === 13 || after === 47) return k;
    }
  }
  return plain;
}

function isNameCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

function detectAtom(text: string): number {
  if (typeof text !== 'string' || !text) return 0;
  const sample = text.length > DETECT_WINDOW ? text.slice(0, DETECT_WINDOW) : text;
  // `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">`: a prefixed root and entries
  const feed = tagIndex(sample, 'feed');
  const entry = tagIndex(sample, 'entry');
  let score = 0;
  if (feed >= 0 && RE_ATOM_NAMESPACE.test(sample.slice(feed, feed + 2000))) score = 0.96;
  else if (feed >= 0 && entry > feed) score = 0.9;
  else if (feed >= 0) score = 0.6;
  else if (entry >= 0 && (sample.indexOf('<summary') > entry || sample.indexOf('<id>') > entry)) score = 0.6;
  if (score === 0) return 0;
  return score * xmlStartFactor(sample, feed >= 0 ? feed : entry);
}

/** Atom feeds: the arXiv API, arXiv's Atom announcement feeds, other Atom 1.0 feeds. */
export const atomReader: FeedReader = defineReader('atom', detectAtom, readAtom, { maxConfidence: 0.96 });
