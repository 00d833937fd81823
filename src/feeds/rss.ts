/**
 * RSS feeds: RSS 2.0 (arXiv's `rss.arxiv.org/rss/<cat>` since 2024 and any other
 * RSS 2.0 feed) and RSS 1.0 / RDF (arXiv's feeds before 2024).
 *
 * arXiv RSS 2.0 items: `title`, `link`, `description` beginning
 * `arXiv:2401.06785v1 Announce Type: new \nAbstract: ...`, `guid`
 * (`oai:arXiv.org:2401.06785v1`), `category`s, `pubDate` (the announcement),
 * `arxiv:announce_type`, `dc:creator` (one comma list, affiliations in
 * parentheses), `arxiv:DOI`, `arxiv:journal_reference`.
 * arXiv RSS 1.0 items: `title` ending `. (arXiv:2306.05480v1 [cs.AI] UPDATED)`,
 * `description` holding escaped HTML (`&lt;p&gt;...`), `dc:creator` holding
 * escaped author links. Both are read with the tolerant tokenizer in `xml.ts`.
 */
import { defineReader } from './define.js';
import type { Paper, PaperDate } from '../schema/paper.js';
import { parseDate } from '../lib/dates.js';
import { RE_RSS1_NAMESPACE, RE_ATOM_NAMESPACE } from '../regex/xml.js';
import { RE_RSS_ANNOUNCE, RE_RSS_TITLE_SUFFIX } from '../regex/arxiv.js';
import { cleanDoi, fold, isArxivCategory, parseArxivId, splitAuthors, type ArxivIdParts } from './arxiv-digest.js';
import { childrenNamed, child, findAll, findFirst, htmlToText, parseXml, textContent, type XmlElement } from './xml.js';
import type { EntryLink, FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

const DETECT_WINDOW = 20_000;
/** The longest text read as a category label. */
const CATEGORY_MAX = 80;

/** Maps an announce type as feeds write it to the schema's values (`absonly` is a replacement of the abstract only). */
export function announceTypeOf(raw: string | undefined): Paper['announceType'] | undefined {
  if (!raw) return undefined;
  const t = raw.trim().toLowerCase();
  if (t === 'new') return 'new';
  if (t === 'cross' || t === 'cross-list' || t === 'cross listed') return 'cross';
  if (t === 'replace' || t === 'absonly' || t === 'updated') return 'replace';
  if (t === 'replace-cross') return 'replace-cross';
  return undefined;
}

/** How far into a description the announcement head may stand after a preface (a re-publisher's own summary). */
const ANNOUNCE_PREFACE_MAX = 3000;

/**
 * Splits an arXiv RSS description or Atom summary: `arXiv:ID Announce Type: X Abstract: text`.
 * Returns the id, the type and the abstract; undefined when the text holds no such head.
 * A feed that re-publishes the arXiv RSS may put its own text first (a translated summary, a
 * score): the head then follows that preface, which is returned as `preface`.
 */
export function splitAnnounce(folded: string): { id?: ArxivIdParts; type?: Paper['announceType']; abstract: string; preface?: string } | undefined {
  let at = folded.startsWith('arXiv:') ? 0 : -1;
  let m = at === 0 ? RE_RSS_ANNOUNCE.exec(folded.slice(0, 200)) : null;
  if (!m) {
    // the head after a preface: `arXiv:` that starts a word, followed by `Announce Type:`
    for (let from = 1, tries = 0; tries < 8; tries++) {
      at = folded.indexOf('arXiv:', from);
      if (at < 0 || at > ANNOUNCE_PREFACE_MAX) return undefined;
      const before = folded.charCodeAt(at - 1);
      if (before === 32 || before === 10 || before === 9 || before === 0x3002 /* 。 */ || before === 0xa0) {
        m = RE_RSS_ANNOUNCE.exec(folded.slice(at, at + 200));
        if (m) break;
      }
      from = at + 6;
    }
    if (!m) return undefined;
  }
  const out: { id?: ArxivIdParts; type?: Paper['announceType']; abstract: string; preface?: string } = { abstract: folded.slice(at + m[0].length).trim() };
  const preface = folded.slice(0, at).trim();
  if (preface) out.preface = preface;
  const id = parseArxivId(m[1]!);
  if (id) out.id = id;
  const type = announceTypeOf(m[2]);
  if (type) out.type = type;
  return out;
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;

/** The offsets of an element's text without surrounding white space. */
export function textSpan(src: string, el: XmlElement): [number, number] | undefined {
  let a = -1;
  let b = -1;
  for (const c of el.children) {
    if (c.type !== 'text') continue;
    if (a < 0) a = c.start;
    b = c.end;
  }
  if (a < 0) return undefined;
  // CDATA: skip the markers
  if (src.startsWith('<![CDATA[', a)) a += 9;
  if (b - 3 >= a && src.startsWith(']]>', b - 3)) b -= 3;
  while (a < b && isSpaceCode(src.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(src.charCodeAt(b - 1))) b--;
  return [a, b];
}

/** Element text with markup removed, HTML-decoded when the element holds escaped HTML, white space folded. */
export function plainText(el: XmlElement | undefined): string {
  if (!el) return '';
  let raw = textContent(el);
  // an element the input never closed (a capture cut inside it) ends at its first blank line:
  // what follows is the capture's own text, not the element's
  if (!el.closed) raw = raw.slice(0, blankLineAt(raw));
  const type = (el.attrs['type'] ?? '').toLowerCase();
  const html = type === 'html' || type === 'text/html' || looksLikeHtml(raw);
  return fold(html ? htmlToText(raw) : raw);
}

/** Where the first blank line (a line break, white space only, a line break) starts after some text; the length when none. */
export function blankLineAt(s: string): number {
  let seenText = false;
  let lastBreak = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      if (lastBreak >= 0 && seenText) return lastBreak;
      lastBreak = i;
    } else if (c !== 32 && c !== 9 && c !== 13) {
      seenText = true;
      lastBreak = -1;
    }
  }
  return s.length;
}

/** An escaped HTML fragment (`<p>...`, `<a href=...>`), as RSS 1.0 descriptions hold. */
function looksLikeHtml(s: string): boolean {
  const lt = s.indexOf('<');
  if (lt < 0) return false;
  const next = s.slice(lt + 1, lt + 4).toLowerCase();
  return next.startsWith('p>') || next.startsWith('p ') || next.startsWith('a ') || next.startsWith('br') || next.startsWith('div') || next.startsWith('/') || next.startsWith('em>') || next.startsWith('i>') || next.startsWith('b>') || next.startsWith('span');
}

export function dateOf(el: XmlElement | undefined): PaperDate | undefined {
  if (!el) return undefined;
  return parseDate(fold(textContent(el)));
}

/**
 * How much a feed's root at `root` looks like the document itself: 1 when only
 * white space (or an XML declaration) precedes it, 0.95 after a short capture
 * header (`# Source: ...`), low when it sits in a markdown code fence or deep
 * inside other text.
 */
/**
 * XML inside a markdown code fence: an example in a document (low), unless the fence
 * holds most of the text and a feed with papers in it (a feed saved into a note).
 */
function fencedFeedFactor(sample: string, at: number): number {
  const open = Math.max(sample.lastIndexOf('```', at), sample.lastIndexOf('~~~', at));
  if (open < 0) return 0.15;
  const marker = sample.slice(open, open + 3);
  const close = sample.indexOf(marker, at);
  const blockEnd = close < 0 ? sample.length : close;
  const block = sample.slice(at, blockEnd);
  if ((blockEnd - open) * 2 < sample.length) return 0.15;
  // papers, not a skeleton: titled entries with a summary or description
  const entries = countOf(block, '<entry') + countOf(block, '<item');
  const titled = countOf(block, '<title') - (block.indexOf('<channel') >= 0 || block.indexOf('<feed') >= 0 ? 1 : 0);
  const texts = countOf(block, '<summary') + countOf(block, '<description') - (block.indexOf('<channel') >= 0 ? 1 : 0);
  if (entries >= 1 && titled >= 1 && texts >= 1) return 0.92;
  return 0.15;
}

function countOf(s: string, needle: string): number {
  let n = 0;
  for (let i = s.indexOf(needle); i >= 0 && n < 1000; i = s.indexOf(needle, i + needle.length)) n++;
  return n;
}

export function xmlStartFactor(sample: string, root: number): number {
  if (root < 0) return 0;
  const decl = sample.indexOf('<?xml');
  const at = decl >= 0 && decl < root ? decl : root;
  let i = 0;
  while (i < at && (sample.charCodeAt(i) <= 32 || sample.charCodeAt(i) === 0xfeff || sample.charCodeAt(i) === 0xa0)) i++;
  if (i === at) return 1;
  const prefix = sample.slice(0, at);
  if (prefix.includes('```') || prefix.includes('~~~')) return fencedFeedFactor(sample, at);
  // the XML must start its line
  const lineStart = prefix.lastIndexOf('\n');
  for (let k = lineStart + 1; k < at; k++) {
    const c = sample.charCodeAt(k);
    if (!(c === 32 || c === 9 || c === 13)) return 0.15;
  }
  if (at <= 2000) return 0.95;
  return 0.3;
}

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

function readItem(src: string, item: XmlElement, feedCategory?: string): RawEntry | undefined {
  let title = plainText(child(item, 'title'));
  let id: ArxivIdParts | undefined;
  let announceType: Paper['announceType'] | undefined;
  const categories: string[] = [];
  // RSS 1.0 arXiv titles: `Title. (arXiv:2306.05480v1 [cs.AI] UPDATED)`
  const suffix = RE_RSS_TITLE_SUFFIX.exec(title);
  if (suffix) {
    id = parseArxivId(suffix[1]!);
    if (isArxivCategory(suffix[2]!)) categories.push(suffix[2]!);
    const flag = (suffix[3] ?? '').toUpperCase();
    announceType = flag.includes('UPDATED') ? (flag.includes('CROSS') ? 'replace-cross' : 'replace') : flag.includes('CROSS') ? 'cross' : 'new';
    // RSS 1.0 marks a replaced cross-listing only `UPDATED`: its primary category is not the feed's
    const cat = suffix[2]!;
    if (announceType === 'replace' && feedCategory && cat !== feedCategory && !cat.startsWith(`${feedCategory}.`)) announceType = 'replace-cross';
    title = title.slice(0, suffix.index).trim();
    if (title.endsWith('.') && !title.endsWith('..')) title = title.slice(0, -1).trim();
  }
  const descEl = child(item, 'description') ?? child(item, 'encoded') ?? child(item, 'summary');
  let abstract = plainText(descEl);
  // a description cut with an ellipsis (`… […]`) above the whole text in `content:encoded`
  const encEl = descEl && descEl.local !== 'encoded' ? child(item, 'encoded') : undefined;
  if (encEl && abstract) {
    const cut = withoutEllipsis(abstract);
    if (cut !== abstract && cut.length >= 20) {
      const full = plainText(encEl);
      if (full.length > cut.length && full.startsWith(cut)) {
        // a link line after the text (`<p><a href=…>arXiv</a></p>`): a short tail after the last sentence
        const stop = full.lastIndexOf('.');
        const tail = full.slice(stop + 1).trim();
        abstract = stop > cut.length && full.charCodeAt(stop + 1) === 32 && tail.length > 0 && tail.length <= 30 && isWordsOnly(tail) ? full.slice(0, stop + 1) : full;
      }
    }
  }
  const ann = splitAnnounce(abstract);
  if (ann) {
    abstract = ann.abstract;
    if (ann.id) id = ann.id;
    if (ann.type) announceType = ann.type;
  }
  const typeEl = child(item, 'announce_type');
  if (typeEl) announceType = announceTypeOf(fold(textContent(typeEl))) ?? announceType;
  const linkEl = child(item, 'link');
  const guidEl = child(item, 'guid');
  const links: EntryLink[] = [];
  if (linkEl) {
    const href = linkEl.attrs['href'];
    if (href) pushLink(links, href, undefined, linkEl.attrSpans['href']);
    else pushLink(links, fold(textContent(linkEl)), undefined, textSpan(src, linkEl));
  }
  if (guidEl && (guidEl.attrs['isPermaLink'] ?? 'true') !== 'false') pushLink(links, fold(textContent(guidEl)), undefined, textSpan(src, guidEl));
  for (const enc of childrenNamed(item, 'enclosure')) {
    const url = enc.attrs['url'];
    if (url) pushLink(links, url, enc.attrs['type'] || undefined, enc.attrSpans['url']);
  }
  const about = item.attrs['rdf:about'];
  if (!id) id = (guidEl && parseArxivId(fold(textContent(guidEl)))) || (linkEl && parseArxivId(fold(textContent(linkEl)))) || (about ? parseArxivId(about) : undefined);
  if (!title && !abstract) return undefined;
  const entry: RawEntry = { title, links, start: item.start, end: item.end };
  if (abstract) entry.abstract = abstract;
  // a re-publisher's text before the arXiv description (its own summary of the paper)
  if (ann?.preface && abstract) entry.summary = ann.preface;
  if (id) {
    entry.arxivId = id.id;
    if (id.version !== undefined) entry.arxivVersion = id.version;
  }
  // authors: one comma list (arXiv) or one element per author
  const creators = childrenNamed(item, 'creator');
  const authorEls = creators.length ? creators : childrenNamed(item, 'author');
  if (authorEls.length) {
    const authors: string[] = [];
    const affiliations: string[] = [];
    const texts = authorEls.map((a) => plainText(a)).filter(Boolean);
    if (texts.length === 1 || creators.length === 0) {
      for (const t of texts) {
        const r = splitAuthors(t);
        authors.push(...r.authors);
        for (const a of r.affiliations) if (!affiliations.includes(a)) affiliations.push(a);
      }
    } else authors.push(...texts);
    if (authors.length) entry.authors = authors;
    if (affiliations.length) entry.affiliations = affiliations;
  }
  for (const c of childrenNamed(item, 'category')) {
    const t = fold(textContent(c)) || c.attrs['term'] || '';
    // a category is a short label; a paragraph in <category> (a filter bot's research interest) is not one
    if (t && t.length <= CATEGORY_MAX && !categories.includes(t)) categories.push(t);
  }
  if (categories.length) entry.categories = categories;
  if (announceType) entry.announceType = announceType;
  const doiEl = child(item, 'DOI') ?? child(item, 'doi');
  if (doiEl) {
    const d = cleanDoi(textContent(doiEl));
    if (d) entry.doi = d;
  }
  const jr = child(item, 'journal_reference') ?? child(item, 'journal_ref');
  if (jr) {
    const t = fold(textContent(jr));
    if (t) entry.journalRef = t;
  }
  const comment = child(item, 'arxiv:comment');
  if (comment) {
    const t = fold(textContent(comment));
    if (t) entry.comments = t;
  }
  const date = dateOf(child(item, 'pubDate') ?? child(item, 'date'));
  if (date) {
    entry.date = date;
    // arXiv's pubDate is the announcement
    if (announceType || id) entry.dates = { announced: date };
  }
  // an item the input never closed and that runs to the end: the capture was cut inside it
  if (!item.closed && item.end >= src.length) entry.truncated = true;
  return entry;
}

/** The category an arXiv feed is for, from its channel title: `hep-ex updates on arXiv.org` -> `hep-ex`. */
function channelCategory(root: XmlElement): string | undefined {
  const channel = findFirst(root, 'channel');
  const title = channel ? child(channel, 'title') : undefined;
  if (!title) return undefined;
  const t = fold(textContent(title));
  const sp = t.indexOf(' ');
  if (sp <= 0 || !t.slice(sp).toLowerCase().startsWith(' updates on arxiv')) return undefined;
  const cat = t.slice(0, sp);
  return isArxivCategory(cat) ? cat : undefined;
}

function readRss(text: string, ctx: ReaderContext): ReaderResult {
  const doc = parseXml(text, { noNest: ['item'], containers: ['#document', 'rss', 'RDF', 'channel', 'item'], spanAttrs: ['href', 'url'] });
  const root = findFirst(doc, 'rss') ?? findFirst(doc, 'RDF') ?? findFirst(doc, 'channel') ?? doc;
  const items = findAll(root, 'item');
  const entries: RawEntry[] = [];
  let truncated = false;
  const feedCategory = channelCategory(root);
  for (const item of items) {
    const e = readItem(text, item, feedCategory);
    if (!e) continue;
    if (e.truncated) {
      truncated = true;
      ctx.diagnose('TRUNCATED_ENTRY', 'the capture ends inside this item', e.start, e.end, 'warning');
    }
    if (e.abstract === undefined && !e.truncated) ctx.diagnose('MISSING_ABSTRACT', 'the item has no description', e.start, e.end, e.announceType === 'replace' || e.announceType === 'replace-cross' ? 'info' : 'warning');
    entries.push(e);
  }
  const result: ReaderResult = { entries };
  // RSS 1.0 lists its items in the channel: `<items><rdf:Seq><rdf:li .../>`
  const seq = findFirst(root, 'Seq');
  if (seq) {
    const n = childrenNamed(seq, 'li').length;
    if (n > 0) result.announced = n;
  }
  if (root !== doc && !root.closed) {
    truncated = true;
    if (!entries.some((e) => e.truncated)) ctx.diagnose('TRUNCATED_FEED', 'the feed ends without its closing tag', root.start, text.length, 'warning');
  }
  if (truncated) result.truncated = true;
  return result;
}

function detectRss(text: string): number {
  if (typeof text !== 'string' || !text) return 0;
  const sample = text.length > DETECT_WINDOW ? text.slice(0, DETECT_WINDOW) : text;
  const rss = sample.indexOf('<rss');
  const rdf = sample.indexOf('<rdf:RDF');
  const channel = sample.indexOf('<channel');
  const item = sample.indexOf('<item');
  let score = 0;
  if (rss >= 0 && (channel > rss || item > rss)) score = 0.96;
  else if (rdf >= 0 && RE_RSS1_NAMESPACE.test(sample.slice(rdf, rdf + 2000))) score = 0.95;
  else if (rss >= 0) score = 0.8;
  else if (channel >= 0 && item > channel) score = 0.85;
  else if (item >= 0 && sample.indexOf('<description') > item) score = 0.6;
  if (score > 0 && RE_ATOM_NAMESPACE.test(sample.slice(0, 600)) && sample.indexOf('<feed') >= 0 && rss < 0) score = Math.min(score, 0.3);
  if (score === 0) return 0;
  const root = rss >= 0 ? rss : rdf >= 0 ? rdf : channel >= 0 ? channel : item;
  return score * xmlStartFactor(sample, root);
}

/** RSS 2.0 and RSS 1.0 (RDF) feeds, arXiv's and others. */
export const rssReader: FeedReader = defineReader('rss', detectRss, readRss, { maxConfidence: 0.96 });

/** The text without a trailing ellipsis (`…`, `...`, `[…]`, `[...]`); the text itself when it has none. */
function withoutEllipsis(s: string): string {
  let t = s.trimEnd();
  for (const e of ['[…]', '[...]', '…', '...']) {
    if (t.endsWith(e)) {
      t = t.slice(0, -e.length).trimEnd();
      return t;
    }
  }
  return s;
}

/** Letters, digits and single spaces only (`arXiv`, `Read more`, `PDF Code`). */
function isWordsOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (!((c >= 97 && c <= 122) || (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) || s.charCodeAt(i) === 32)) return false;
  }
  return true;
}
