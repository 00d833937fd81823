/**
 * JSON paper feeds: the Hugging Face daily-papers API (`[{ paper: {...}, ... }]`), plain
 * arrays of paper objects, objects wrapping an array (`{ papers: [...] }`) and JSON Lines.
 * Invalid JSON is reported with its position, and every complete entry is still read.
 */
import { defineReader } from './define.js';
import { parseDate } from '../lib/dates.js';
import { foldSpace } from '../lib/text.js';
import {
  RE_JSON_ARXIV_ID,
  RE_JSON_AI_SUMMARY_LABEL,
  RE_JSON_ARXIV_URL,
  RE_JSON_CATEGORY_SEPARATOR,
  RE_JSON_DOI,
  RE_JSON_ERROR_LINE_COL,
  RE_JSON_ERROR_POSITION,
  RE_JSON_MARKUP_TAG,
  RE_JSON_VALUE_START,
  RE_JSON_WEB_URL,
  RE_JSON_YEAR,
} from '../regex/json.js';
import type { PaperDate } from '../schema/paper.js';
import { parseArxivId, splitAuthors as splitArxivAuthors } from './arxiv-digest.js';
import { splitAuthors } from './markdown-list.js';
import { announceTypeOf, splitAnnounce } from './rss.js';
import type { EntryLink, FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
/**
 * The text a field holds, through the wrappers APIs put around it: `{ value: … }` (OpenReview v2),
 * `{ text: … }` (Semantic Scholar `tldr`), a one-string array (Crossref `title: ["…"]`).
 */
const text = (v: unknown): string | undefined => {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) return v.length >= 1 && v.length <= 3 ? str(v[0]) : undefined;
  if (isObj(v)) {
    if (typeof v.value === 'string') return str(v.value);
    if (typeof v.text === 'string' && Object.keys(v).length <= 4) return str(v.text);
    // xmltodict / XML-to-JSON converters: `{ "@xmlns:arxiv": …, "#text": "…" }`
    return typeof v['#text'] === 'string' ? str(v['#text']) : typeof v.$t === 'string' ? str(v.$t) : undefined;
  }
  return undefined;
};
/** `{ value: [...] }` (OpenReview v2) unwrapped; anything else as it is. */
const unvalue = (v: unknown): unknown => (isObj(v) && 'value' in v && Object.keys(v).length <= 3 ? v.value : v);

const TITLE_KEYS = ['title', 'paper_title', 'paperTitle', 'Title'];
const ABSTRACT_KEYS = ['abstract', 'paper_abstract', 'abstractText', 'abstract_text', 'Abstract'];
/** JSON Feed (jsonfeed.org) item bodies: the abstract where no abstract field is given. */
const CONTENT_KEYS = ['content_text', 'content_html'];
const SUMMARY_KEYS = ['summary', 'ai_summary', 'aiSummary', 'tldr', 'tl_dr', 'TLDR', 'TL;DR', 'description'];
const AUTHOR_KEYS = ['authors', 'author', 'creators', 'authors_parsed', 'Authors', 'authorships', 'paper_authors', 'paperAuthors'];
const DATE_KEYS = ['publishedAt', 'published', 'published_at', 'publication_date', 'publicationDate', 'date', 'submitted', 'submittedAt', 'submitted_at', 'created', 'created_at', 'createdAt', 'update_date', 'updated', 'year', 'publication_year', 'publicationYear', 'published-print', 'published-online', 'issued'];
const ID_KEYS = ['arxiv_id', 'arxivId', 'arXivId', 'arxiv', 'arXiv', 'arxiv_id_versioned', 'paper_id', 'paperId', 'id', 'entry_id'];
/** Fields holding an address, with the label the link gets. */
const LINK_KEYS: [string, string][] = [
  ['url', 'url'],
  ['link', 'link'],
  ['html_url', 'html'],
  ['abs_url', 'abs'],
  ['abs', 'abs'],
  ['arxiv_url', 'arxiv'],
  ['arxiv_page_url', 'arxiv'],
  ['page_url', 'paper'],
  ['arxivUrl', 'arxiv'],
  ['url_abs', 'abs'],
  ['url_pdf', 'pdf'],
  ['arxivPdfUrl', 'pdf'],
  ['arxiv_pdf_url', 'pdf'],
  ['conference_url_abs', 'paper'],
  ['conference_url_pdf', 'pdf'],
  ['URL', 'url'],
  ['openAccessPdf', 'pdf'],
  ['paper_url', 'paper'],
  ['paperUrl', 'paper'],
  ['pdf_url', 'pdf'],
  ['pdfUrl', 'pdf'],
  ['pdf', 'pdf'],
  ['pdf_link', 'pdf'],
  ['github_url', 'code'],
  ['githubUrl', 'code'],
  ['githubRepo', 'code'],
  ['github_repo', 'code'],
  ['github', 'code'],
  ['code_url', 'code'],
  ['codeUrl', 'code'],
  ['code', 'code'],
  ['repo', 'code'],
  ['repo_url', 'code'],
  ['repository', 'code'],
  ['project_page', 'project'],
  ['projectPage', 'project'],
  ['project_url', 'project'],
  ['project', 'project'],
  ['homepage', 'project'],
  ['website', 'project'],
  ['page', 'web'],
  ['doi_url', 'doi'],
  ['openreview', 'openreview'],
  ['openreview_url', 'openreview'],
  ['hf_url', 'hf'],
  ['dataset_url', 'data'],
  ['model_url', 'model'],
  ['demo', 'demo'],
  ['demo_url', 'demo'],
];
const LIST_LINK_KEYS = ['links', 'urls', 'resources', 'link'];
/** Lists of addresses of one kind (a scraper's `github_links: [...]`), with the label each link gets. */
const KIND_LIST_LINK_KEYS: [string, string][] = [
  ['github_links', 'code'],
  ['code_links', 'code'],
  ['github_urls', 'code'],
];
/** Keys of a wrapper object that may hold the paper array, most likely first. */
const WRAPPER_KEYS = ['papers', 'data', 'items', 'results', 'entries', 'entry', 'records', 'hits', 'docs', 'rows', 'list', 'response', 'feed', 'result', 'articles', 'publications'];
const COUNT_KEYS = ['total', 'total_count', 'totalCount', 'totalResults', 'total_results', 'total-results', 'count', 'num_results', 'numResults', 'numPapers', 'num_papers'];
/** Keys of a wrapper that is one page of a longer result: its count is the whole result's, not the page's. */
const PAGE_KEYS = ['next', 'offset', 'page', 'per_page', 'cursor', 'next_cursor', 'nextCursor', 'next-cursor', 'items-per-page', 'start'];

const pick = (o: Obj, keys: readonly string[]): unknown => {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) return o[k];
  return undefined;
};

/**
 * The English one of a field a bilingual export keys by language (`abstractEn` beside
 * `abstractZh`, `title_en`, `en_abstract`, `abstractEnglish`).
 */
function english(o: Obj, field: string): unknown {
  for (const k in o) {
    if (k.length > field.length + 8 || o[k] === undefined || o[k] === null) continue;
    let n = '';
    for (const ch of k.toLowerCase()) if (ch >= 'a' && ch <= 'z') n += ch;
    if (n === field + 'en' || n === field + 'english' || n === 'en' + field || n === 'english' + field) return o[k];
  }
  return undefined;
}

/**
 * The object with namespaced keys also under their local name, where that is free: XML turned into
 * JSON (xmltodict `arxiv:comment`, `arxiv:primary_category`) and feedparser's `arxiv_comment`,
 * `arxiv_primary_category`, `arxiv_announce_type`. Other objects are returned as they are.
 */
function localKeys(o: Obj): Obj {
  let out: Obj | undefined;
  for (const k of Object.keys(o)) {
    const colon = k.indexOf(':');
    const local = colon > 0 && colon < k.length - 1 ? k.slice(colon + 1) : k.length > 6 && k.slice(0, 6).toLowerCase() === 'arxiv_' ? k.slice(6) : undefined;
    if (!local || local in o || (out && local in out)) continue;
    out ??= { ...o };
    out[local] = o[k];
  }
  return out ?? o;
}

/** The paper object inside an item (`{ paper: {...} }`, `{ _source: {...} }`), merged over the item. */
function unwrap(item0: Obj): { p: Obj; outer?: Obj } {
  const item = localKeys(item0);
  const inner = isObj(item.paper) ? item.paper : isObj(item._source) ? item._source : isObj(item.node) ? item.node : isObj(item.content) ? item.content : isObj(item.details) ? item.details : undefined;
  if (inner && text(pick(inner, TITLE_KEYS))) return { p: localKeys(inner), outer: item };
  return { p: item };
}

/** Items of a mixed list that are not papers (HF collections hold models, datasets and Spaces too). */
const NOT_PAPER_TYPES = new Set(['model', 'dataset', 'space', 'collection', 'user', 'organization', 'org']);

function isPaperLike(v: unknown): boolean {
  if (!isObj(v)) return false;
  if (typeof v.type === 'string' && NOT_PAPER_TYPES.has(v.type.toLowerCase())) return false;
  const { p } = unwrap(v);
  return text(pick(p, TITLE_KEYS)) !== undefined;
}

/** Finds the array of papers in a parsed value; `path` is the keys leading to it. */
interface Found {
  /** The array holding the papers (its other elements are skipped). */
  array: unknown[];
  path: string[];
  announced?: number;
  /** The papers are the values of an object keyed by id (`{ "2604.24921": {...}, ... }`): their keys. */
  keys?: string[];
  /** One paper object where a wrapper usually holds a list (XML turned into JSON: `feed.entry` with one entry). */
  single?: boolean;
  /**
   * Papers filed under several keys of one object (`{ "cs.CV": [...], "cs.CL": [...] }`,
   * `{ "NeRF": { "2401.12568": {...} }, "SLAM": {...} }`): one group a key, the key its section.
   */
  groups?: (Found & { label: string })[];
}

/** The papers a member holds: a list that is mostly papers, or an object keyed by paper id. */
function memberPapers(val: unknown, path: string[]): Found | null {
  if (Array.isArray(val)) {
    const papers = val.filter(isPaperLike).length;
    return papers && papers * 2 >= val.length ? { array: val, path } : null;
  }
  if (!isObj(val) || isPaperLike(val)) return null;
  const keyed = keyedPapers(val);
  return keyed ? { array: keyed.values, path, keys: keyed.keys } : null;
}

/** Two or more members of `o` hold papers and they are most of its members: the groups, in order. */
function groupedPapers(o: Obj, path: string[]): Found | null {
  const keys = Object.keys(o);
  if (keys.length < 2 || keys.length > 500) return null;
  const groups: (Found & { label: string })[] = [];
  for (const k of keys) {
    if (WRAPPER_KEYS.includes(k) || COUNT_KEYS.includes(k)) continue;
    const g = memberPapers(o[k], path.concat(k));
    if (g) groups.push({ ...g, label: k });
  }
  if (groups.length < 2 || groups.length * 2 < keys.length) return null;
  return { array: [], path, groups };
}

/** Values of an object keyed by paper id (an index `{ _meta: {...}, "2604.24921": { title, ... } }`). */
function keyedPapers(o: Obj): { keys: string[]; values: Obj[] } | null {
  const keys: string[] = [];
  const values: Obj[] = [];
  const all = Object.keys(o);
  for (const k of all) {
    const v = o[k];
    if (isObj(v) && isPaperLike(v)) {
      keys.push(k);
      values.push(v);
    }
  }
  // most members are papers, two at least (one when its key is an arXiv id)
  if (keys.length * 2 < all.length || (keys.length < 2 && !(keys.length === 1 && arxivOf(keys[0])))) return null;
  return { keys, values };
}

function findPapers(v: unknown): Found | null {
  if (Array.isArray(v)) return v.some(isPaperLike) ? { array: v, path: [] } : null;
  if (!isObj(v)) return null;
  // a titled wrapper (an HF collection: `{ title, items: [...] }`) is a list, not a paper
  const self = isPaperLike(v);
  if (self && !WRAPPER_KEYS.some((k) => Array.isArray(v[k]) && (v[k] as unknown[]).some(isPaperLike))) return { array: [v], path: ['#self'] };
  // Breadth-first through wrapper objects, at most three levels down.
  const queue: { o: Obj; path: string[] }[] = [{ o: v, path: [] }];
  for (let q = 0; q < queue.length && q < 64; q++) {
    const { o, path } = queue[q]!;
    const grouped = groupedPapers(o, path);
    if (grouped) return grouped;
    const keys = Object.keys(o);
    const ordered = WRAPPER_KEYS.filter((k) => k in o).concat(keys.filter((k) => !WRAPPER_KEYS.includes(k)));
    for (const k of ordered) {
      const val = o[k];
      if (Array.isArray(val)) {
        const papers = val.filter(isPaperLike).length;
        if (papers && papers * 2 >= val.length) {
          const count = pick(o, COUNT_KEYS);
          const res: Found = { array: val, path: path.concat(k) };
          const paged = PAGE_KEYS.some((pk) => o[pk] !== undefined && o[pk] !== null) && typeof count === 'number' && count > val.length;
          if (typeof count === 'number' && Number.isInteger(count) && count >= 0 && !paged) res.announced = count;
          return res;
        }
      } else if (isObj(val) && k !== 'feed' && WRAPPER_KEYS.includes(k) && isPaperLike(val) && !WRAPPER_KEYS.some((w) => Array.isArray(val[w]))) {
        return { array: [val], path: path.concat(k), single: true };
      } else if (isObj(val) && path.length < 3) queue.push({ o: val, path: path.concat(k) });
    }
    const keyed = keyedPapers(o);
    if (keyed) return { array: keyed.values, path, keys: keyed.keys };
  }
  return null;
}

function authorName(a: unknown): string | undefined {
  if (typeof a === 'string') return foldSpace(a) || undefined;
  if (Array.isArray(a)) {
    // arXiv `authors_parsed`: [last, first, suffix].
    const [last, first, suffix] = a as unknown[];
    const parts = [first, last, suffix].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    return parts.length ? foldSpace(parts.join(' ')) : undefined;
  }
  if (isObj(a)) {
    // OpenAlex `authorships: [{ author: { display_name } }]`
    if (isObj(a.author)) return authorName(a.author);
    const n = str(a.name) ?? str(a.fullname) ?? str(a.full_name) ?? str(a.fullName) ?? str(a.display_name);
    if (n) return foldSpace(n);
    const given = str(a.given) ?? str(a.first) ?? str(a.firstName) ?? str(a.first_name) ?? str(a.forename);
    const family = str(a.family) ?? str(a.last) ?? str(a.lastName) ?? str(a.last_name) ?? str(a.surname);
    if (given || family) return foldSpace([given, family].filter(Boolean).join(' '));
  }
  return undefined;
}

/**
 * A string that lists several people (`A B, C D`, `A, B and C`), not one name written
 * `Family, Given`: two commas or more, or one comma between two names of several words.
 */
function isNameList(s: string): boolean {
  const parts = s.split(',');
  if (parts.length >= 3) return true;
  if (parts.length === 2) return parts.every((p) => p.trim().indexOf(' ') > 0);
  return s.indexOf(' and ') > 0 && s.split(' and ').every((p) => p.trim().indexOf(' ') > 0);
}

function readAuthors(raw: unknown): { names: string[]; affiliations: string[] } {
  const v = unvalue(raw);
  if (typeof v === 'string') {
    // arXiv author strings put affiliations in parentheses: `A, B and C (Bologna Univ. and INFN)`
    if (v.indexOf('(') >= 0) {
      const r = splitArxivAuthors(v);
      if (r.authors.length) return { names: r.authors, affiliations: r.affiliations };
    }
    return splitAuthors(v);
  }
  const names: string[] = [];
  const affiliations: string[] = [];
  if (Array.isArray(v)) {
    // one entry holding the whole list (feedparser's `authors: [{ name: "A, B, C" }]` for the arXiv RSS)
    if (v.length === 1) {
      const n = authorName(v[0]);
      if (n && isNameList(n)) return readAuthors(n);
    }
    for (const a of v) {
      const n = authorName(a);
      if (n) names.push(n);
      if (isObj(a)) {
        const aff = a.affiliation ?? a.affiliations ?? a['arxiv:affiliation'] ?? a.arxiv_affiliation;
        for (const x of Array.isArray(aff) ? aff : [aff]) {
          const s = typeof x === 'string' ? x : isObj(x) ? (str(x.name) ?? text(x)) : undefined;
          if (s && s.trim() && !affiliations.includes(foldSpace(s))) affiliations.push(foldSpace(s));
        }
      }
    }
  } else if (isObj(v)) {
    const n = authorName(v);
    if (n) names.push(n);
  }
  return { names, affiliations };
}

function readDateValue(raw: unknown): PaperDate | undefined {
  let v = unvalue(raw);
  // Crossref `{ "date-parts": [[2016, 6, 27]] }`
  if (isObj(v) && Array.isArray(v['date-parts']) && Array.isArray(v['date-parts'][0])) {
    const parts = (v['date-parts'][0] as unknown[]).filter((x): x is number => typeof x === 'number' && Number.isInteger(x));
    if (parts.length === 0 || !RE_JSON_YEAR.test(String(parts[0]))) return undefined;
    if (parts.length === 1) return { text: String(parts[0]), year: parts[0]! };
    v = parts.slice(0, 3).map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0'))).join('-');
    const d = parseDate(v as string);
    if (d) return d;
    return { text: String(parts[0]), year: parts[0]! };
  }
  if (typeof v === 'number' && RE_JSON_YEAR.test(String(v))) return { text: String(v), year: v };
  const s = str(v);
  if (!s) return undefined;
  const d = parseDate(s);
  if (d) return d;
  const t = s.trim();
  if (RE_JSON_YEAR.test(t)) return { text: t, year: +t };
  return undefined;
}

function arxivOf(v: unknown): { id: string; version?: number } | undefined {
  const s = str(v);
  if (!s) return undefined;
  const m = RE_JSON_ARXIV_ID.exec(s.trim()) ?? RE_JSON_ARXIV_URL.exec(s);
  if (!m) {
    // an OAI identifier (`oai:arXiv.org:2505.17037v1`, the arXiv RSS guid)
    if (s.trim().slice(0, 14).toLowerCase() !== 'oai:arxiv.org:') return undefined;
    const id = parseArxivId(s);
    return id ? (id.version !== undefined ? { id: id.id, version: id.version } : { id: id.id }) : undefined;
  }
  return m[2] ? { id: m[1]!, version: +m[2] } : { id: m[1]! };
}

function isWebUrl(s: string): boolean {
  return RE_JSON_WEB_URL.test(s);
}

/** Markup tags removed (`<jats:p>`, `<p>`, `<i>` in Crossref and OpenAlex abstracts); `a < b` stays. */
export function stripTags(s: string): string {
  if (s.indexOf('<') < 0) return s;
  let titled = false;
  const out = s.replace(RE_JSON_MARKUP_TAG, (tag) => {
    const name = tag.slice(tag[1] === '/' ? 2 : 1).split(' ')[0]!.replace('>', '').replace('/', '').toLowerCase();
    if (name.endsWith('title')) titled = true;
    // block tags part words; inline ones (`<i>`, `<sup>`) sit inside a word or phrase
    return BLOCK_TAGS.has(name.includes(':') ? name.slice(name.indexOf(':') + 1) : name) ? ' ' : '';
  });
  const folded = foldSpace(out);
  // a JATS section title `Abstract` before the text
  return titled && folded.startsWith('Abstract ') ? folded.slice(9) : folded;
}
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'sec', 'title', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'table', 'tr', 'td', 'abstract']);

/** OpenAlex `abstract_inverted_index` (`{ word: [positions] }`) back to text; bounded. */
export function invertedAbstract(v: unknown): string | undefined {
  if (!isObj(v)) return undefined;
  const words: string[] = [];
  let n = 0;
  for (const [w, positions] of Object.entries(v)) {
    if (!Array.isArray(positions)) continue;
    for (const at of positions) {
      if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= 20_000 || ++n > 20_000) continue;
      words[at] = w;
    }
  }
  const out = words.filter((w) => w !== undefined).join(' ');
  return out.trim() ? out : undefined;
}

/** Builds a raw entry from one paper object. */
function toEntry(item: Obj, start: number, end: number, key?: string): RawEntry | null {
  const { p, outer } = unwrap(item);
  const get = (keys: readonly string[]) => pick(p, keys) ?? (outer ? pick(outer, keys) : undefined);
  const title = text(get(TITLE_KEYS)) ?? text(english(p, 'title'));
  if (!title) return null;
  const e: RawEntry = { title: foldSpace(stripTags(title)), links: [], start, end };
  if (!e.title) return null;

  const abstract =
    text(pick(p, ABSTRACT_KEYS)) ?? text(english(p, 'abstract')) ?? invertedAbstract(p.abstract_inverted_index) ?? text(pick(p, CONTENT_KEYS));
  const summaries = SUMMARY_KEYS.map((k) => text(p[k]) ?? (outer ? text(outer[k]) : undefined))
    .filter((x): x is string => Boolean(x))
    .map((x) => stripTags(x));
  if (abstract) {
    e.abstract = foldSpace(stripTags(abstract));
    const s = summaries.find((x) => foldSpace(x) !== e.abstract);
    if (s) e.summary = foldSpace(s);
  } else if (summaries.length) {
    // The summary is the abstract where no abstract is given; a shorter one beside it is the summary.
    e.abstract = foldSpace(summaries[0]!);
    const s = summaries.find((x) => foldSpace(x) !== e.abstract);
    if (s) e.summary = foldSpace(s);
  }

  const au = get(AUTHOR_KEYS);
  if (au !== undefined) {
    const { names, affiliations } = readAuthors(au);
    if (names.length) e.authors = names;
    if (affiliations.length) e.affiliations = affiliations;
  }
  if (!e.affiliations) {
    const aff = get(['affiliations', 'affiliation', 'institutions']);
    const list = (Array.isArray(aff) ? aff : [aff]).map((x) => (typeof x === 'string' ? foldSpace(x) : '')).filter(Boolean);
    if (list.length) e.affiliations = list;
  }

  // Dates: the paper's own date; a listing date beside it (HF `publishedAt` of the item) is the announcement.
  const date = readDateValue(pick(p, DATE_KEYS)) ?? (outer ? readDateValue(pick(outer, DATE_KEYS)) : undefined);
  if (date) e.date = date;
  if (outer && p !== outer) {
    const listed = readDateValue(outer.publishedAt ?? outer.date);
    if (listed && date && listed.text !== date.text) e.dates = { announced: listed };
  }

  // arXiv id: a field that holds one, the HF paper id, or an arXiv address.
  const ext = isObj(p.externalIds) ? p.externalIds : isObj(p.external_ids) ? p.external_ids : isObj(p.ids) ? p.ids : undefined;
  for (const v of ID_KEYS.map((k) => p[k]).concat(ext ? [ext.ArXiv, ext.arXiv, ext.arxiv] : [])) {
    const a = arxivOf(unvalue(v));
    if (a) {
      e.arxivId = a.id;
      if (a.version) e.arxivVersion = a.version;
      break;
    }
  }

  const seen = new Set<string>();
  const addLink = (url: string, label: string) => {
    const u = url.trim();
    if (!isWebUrl(u) || seen.has(u.toLowerCase())) return;
    seen.add(u.toLowerCase());
    const l: EntryLink = { url: u, label, origin: 'field' };
    e.links.push(l);
    if (!e.arxivId) {
      const a = arxivOf(u);
      if (a) {
        e.arxivId = a.id;
        if (a.version) e.arxivVersion = a.version;
      }
    }
  };
  for (const src of outer ? [p, outer] : [p]) {
    for (const [k, label] of LINK_KEYS) {
      const v = unvalue(src[k]);
      if (typeof v === 'string') addLink(v, label);
      else if (isObj(v) && typeof v.url === 'string') addLink(v.url, label); // S2 `openAccessPdf: { url }`
    }
    for (const [k, label] of KIND_LIST_LINK_KEYS) {
      const v = src[k];
      if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') addLink(x, label);
    }
    for (const k of LIST_LINK_KEYS) {
      const v = src[k];
      if (!Array.isArray(v)) continue;
      for (const x of v) {
        if (typeof x === 'string') addLink(x, 'link');
        else if (isObj(x)) {
          // `{ href, title, rel }` (feedparser), `{ "@href", "@title", "@rel" }` (xmltodict)
          const u = str(x.href) ?? str(x.url) ?? str(x.link) ?? str(x['@href']);
          const label = str(x.title) ?? str(x['@title']) ?? str(x.label) ?? str(x.rel) ?? str(x['@rel']) ?? str(x.type) ?? 'link';
          if (u) addLink(u, label);
        }
      }
    }
  }

  const doi = text(get(['doi', 'DOI'])) ?? (ext ? text(ext.DOI ?? ext.doi) : undefined);
  if (doi) {
    const m = RE_JSON_DOI.exec(doi.trim());
    if (m) e.doi = m[1]!;
    // a DOI written as an address is a resource link the feed writes (OpenAlex `doi`)
    if (m && isWebUrl(doi.trim())) addLink(doi.trim(), 'doi');
  }
  // categories as strings, or as Atom `category` elements turned into JSON (`{ term }`, `{ "@term" }`);
  // feedparser keeps them as `tags: [{ term, scheme }]`
  const tags = get(['tags']);
  const tagCats = Array.isArray(tags) && tags.length && tags.every((t) => isObj(t) && typeof (t.term ?? t['@term']) === 'string') ? tags : undefined;
  const cats = get(['categories', 'category', 'subjects']) ?? tagCats;
  const termOf = (c: unknown): string => (typeof c === 'string' ? c.trim() : isObj(c) ? (str(c.term) ?? str(c['@term']) ?? '').trim() : '');
  const primary = termOf(get(['primary_category', 'primaryCategory'])) || undefined;
  const catList = (Array.isArray(cats) ? cats : typeof cats === 'string' ? cats.split(RE_JSON_CATEGORY_SEPARATOR) : isObj(cats) ? [cats] : [])
    .map(termOf)
    .filter(Boolean);
  if (primary && !catList.includes(primary)) catList.unshift(primary);
  if (catList.length) e.categories = catList;
  const comments = text(get(['comments', 'comment', 'arxiv_comment']));
  if (comments) e.comments = foldSpace(comments);
  const jref = str(get(['journal_ref', 'journal-ref', 'journalRef']));
  if (jref) e.journalRef = foldSpace(jref);
  const venue = unvalue(get(['venue', 'conference', 'journal', 'booktitle', 'publication_venue', 'venue_name', 'container-title']));
  const vtext = isObj(venue) ? str(venue.name) : text(venue);
  if (vtext && vtext.trim()) e.venueText = foldSpace(vtext);

  // a Hugging Face page text kept as the body: `<short summary> AI-generated summary <abstract>`
  const ai = e.abstract ? RE_JSON_AI_SUMMARY_LABEL.exec(e.abstract) : null;
  if (ai && e.abstract) {
    const after = e.abstract.slice(ai.index + ai[0].length).trim();
    const before = e.abstract.slice(0, ai.index).trim();
    if (after) {
      e.abstract = after;
      if (before && !e.summary) e.summary = before;
    }
  }
  // the arXiv RSS description kept as the abstract (a feedparser cache): `arXiv:ID Announce Type: new Abstract: …`
  const ann = e.abstract ? splitAnnounce(e.abstract) : undefined;
  if (ann && ann.abstract) {
    e.abstract = ann.abstract;
    if (ann.preface && !e.summary) e.summary = ann.preface;
    if (ann.type) e.announceType = ann.type;
    if (ann.id && !e.arxivId) e.arxivId = ann.id.id;
    if (ann.id && ann.id.id === e.arxivId && ann.id.version !== undefined && e.arxivVersion === undefined) e.arxivVersion = ann.id.version;
  }
  const type = announceTypeOf(text(get(['announce_type', 'announceType'])));
  if (type) e.announceType = type;
  // an index keyed by id: the key is the id where the record names none
  if (!e.arxivId && key) {
    const a = arxivOf(key);
    if (a) {
      e.arxivId = a.id;
      if (a.version) e.arxivVersion = a.version;
    }
  }
  return e;
}

// ---------------------------------------------------------------------------
// Where entries stand: one scan that records the spans of objects inside arrays.

interface Scan {
  /** Spans of the objects that are elements of the array at a path (`''`, `.papers`). */
  byPath: Map<string, [number, number][]>;
  /** Top-level objects (JSON Lines / concatenated objects). */
  top: [number, number][];
  /** Objects inside arrays, any path (for salvage). */
  all: [number, number][];
  /** Spans of the objects that are members of objects, by path (`.2604.24921`), the first of each. */
  members: Map<string, [number, number]>;
  /** The scan reached the end inside an unclosed value. */
  open: boolean;
}

function scanJson(text: string): Scan {
  const byPath = new Map<string, [number, number][]>();
  const members = new Map<string, [number, number]>();
  const top: [number, number][] = [];
  const all: [number, number][] = [];
  type Frame = { arr: boolean; path: string; start: number; key: string; expectKey: boolean };
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) break;
        let b = 0;
        for (let k = j - 1; text.charCodeAt(k) === 92; k--) b++;
        if (b % 2 === 0) break;
        j++;
      }
      if (j < 0) {
        i = n;
        break;
      }
      const top0 = stack[stack.length - 1];
      if (top0 && !top0.arr && top0.expectKey) {
        const raw = text.slice(i + 1, j);
        top0.key = raw.indexOf('\\') < 0 ? raw : safeKey(text.slice(i, j + 1));
      }
      i = j + 1;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const parent = stack[stack.length - 1];
      const path = parent ? (parent.arr ? `${parent.path}[]` : `${parent.path}.${parent.key}`) : '';
      stack.push({ arr: c === 91, path, start: i, key: '', expectKey: c === 123 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      const f = stack.pop();
      if (f && !f.arr) {
        const parent = stack[stack.length - 1];
        const span: [number, number] = [f.start, i + 1];
        if (!parent) top.push(span);
        else if (parent.arr) {
          let list = byPath.get(parent.path);
          if (!list) byPath.set(parent.path, (list = []));
          list.push(span);
          all.push(span);
        } else if (!members.has(`${parent.path}.${parent.key}`)) members.set(`${parent.path}.${parent.key}`, span);
      }
    } else if (c === 58 /* : */) {
      const f = stack[stack.length - 1];
      if (f) f.expectKey = false;
    } else if (c === 44 /* , */) {
      const f = stack[stack.length - 1];
      if (f && !f.arr) f.expectKey = true;
    }
    i++;
  }
  return { byPath, top, all, members, open: stack.length > 0 || i > n };
}

function safeKey(quoted: string): string {
  try {
    const k = JSON.parse(quoted);
    return typeof k === 'string' ? k : '';
  } catch {
    return '';
  }
}

function safeParse(s: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    const value: unknown = JSON.parse(s);
    // exports from .NET/PowerShell-style tools write keys in PascalCase (`"Title"`, `"PublishedAt"`)
    return { ok: true, value: s.includes('"Title"') ? camelKeys(value, 0) : value };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The value with each object whose keys are mostly PascalCase (`Title`, `PublishedAt`, `ID`)
 * also given the camelCase keys (`title`, `publishedAt`, `id`) where those are absent.
 * Other objects (`{ "DOI": …, "title": … }`) are left as they are.
 */
function camelKeys(v: unknown, depth: number): unknown {
  if (depth > 64) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = camelKeys(v[i], depth + 1);
    return v;
  }
  if (!isObj(v)) return v;
  const keys = Object.keys(v);
  let upper = 0;
  for (const k of keys) {
    const c = k.charCodeAt(0);
    if (c >= 65 && c <= 90) upper++;
  }
  const pascal = upper * 2 > keys.length;
  const out = v;
  for (const k of keys) {
    const inner = v[k];
    if (typeof inner === 'object' && inner !== null) out[k] = camelKeys(inner, depth + 1);
  }
  if (pascal) {
    for (const k of keys) {
      const c = k.charCodeAt(0);
      if (c < 65 || c > 90) continue;
      const camel = k === k.toUpperCase() ? k.toLowerCase() : k[0]!.toLowerCase() + k.slice(1);
      if (!(camel in out)) out[camel] = out[k];
    }
  }
  return out;
}

/** The offset of a JSON syntax error, from the engine's message. */
function errorOffset(message: string, text: string): number {
  const m = RE_JSON_ERROR_POSITION.exec(message);
  if (m) return Math.min(+m[1]!, text.length);
  const lc = RE_JSON_ERROR_LINE_COL.exec(message);
  if (lc) {
    let line = 1;
    let i = 0;
    while (line < +lc[1]! && i < text.length) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl + 1;
      line++;
    }
    return Math.min(i + +lc[2]! - 1, text.length);
  }
  return text.length;
}

// One parse serves detect and read of the same text.
let cacheText: string | null = null;
let cacheResult: ReturnType<typeof safeParse> | null = null;
function parseCached(body: string): ReturnType<typeof safeParse> {
  if (cacheText !== body || !cacheResult) {
    cacheResult = safeParse(body);
    cacheText = body;
  }
  return cacheResult;
}

function firstNonSpace(text: string, from = 0): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff || c === 0xa0) i++;
    else break;
  }
  return i;
}

/** Non-empty lines with their offsets (LF, CRLF and CR). */
function lines(text: string, max = Infinity): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length && out.length < max; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      const t = text.slice(start, i);
      if (t.trim()) out.push({ text: t, start });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return out;
}

function looksJsonStart(text: string): boolean {
  const i = firstNonSpace(text);
  const c = text[i];
  if (c === '{') {
    const j = firstNonSpace(text, i + 1);
    return text[j] === '"' || text[j] === '}' || j >= text.length;
  }
  if (c === '[') {
    const j = firstNonSpace(text, i + 1);
    return j >= text.length || RE_JSON_VALUE_START.test(text.slice(j, j + 5));
  }
  return false;
}

export function detectJson(text: string): number {
  if (!text || !looksJsonStart(text)) return 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseCached(body);
  if (parsed.ok) return findPapers(parsed.value) ? 0.97 : 0.6;
  // JSON Lines: several lines that each hold an object.
  const ls = lines(body, 6);
  const objLines = ls.filter((l) => l.text.trimStart().startsWith('{'));
  if (objLines.length >= 2 && objLines.length === ls.length) {
    let ok = 0;
    let papers = 0;
    for (const l of objLines) {
      const r = safeParse(l.text);
      if (r.ok) {
        ok++;
        if (isPaperLike(r.value)) papers++;
      }
    }
    if (papers >= 1 && ok >= Math.min(2, objLines.length - 1)) return 0.96;
    if (ok >= 1) return 0.8;
  }
  // Invalid or cut JSON that still names paper fields; text that only opens with a bracket (a lynx
  // dump's `[1]Skip to main content`, a `[PDF]` row) holds no `"key":` and is not JSON.
  if (body.indexOf('"title"') >= 0) return 0.85;
  return body.slice(0, 4096).indexOf('":') >= 0 ? 0.5 : 0.02;
}

export function readJson(text: string, ctx: ReaderContext): ReaderResult {
  try {
    return readJsonUnsafe(text, ctx);
  } catch {
    return { entries: [] };
  }
}

function readJsonUnsafe(text: string, ctx: ReaderContext): ReaderResult {
  if (!text || !text.trim()) return { entries: [] };
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = base ? text.slice(1) : text;
  const parsed = parseCached(body);
  if (parsed.ok) {
    const found = findPapers(parsed.value);
    if (!found) return { entries: [] };
    if (found.groups) {
      const scan = scanJson(body);
      const entries: RawEntry[] = [];
      for (const g of found.groups) {
        const prefix = g.path.map((k) => `.${k}`).join('');
        const spans = g.keys ? g.keys.map((k) => scan.members.get(`${prefix}.${k}`) ?? ([0, body.length] as [number, number])) : scan.byPath.get(prefix);
        let k = 0;
        for (const el of g.array) {
          if (!isObj(el)) continue;
          const sp = spans?.[k++] ?? [0, body.length];
          if (!isPaperLike(el)) continue;
          const e = toEntry(el, sp[0] + base, sp[1] + base, g.keys?.[k - 1]);
          if (!e) continue;
          e.sections = [g.label];
          entries.push(e);
        }
      }
      return { entries };
    }
    let spans: [number, number][] | undefined;
    const prefix = found.path.map((k) => `.${k}`).join('');
    if (found.path[0] === '#self') {
      spans = [[firstNonSpace(body), body.trimEnd().length]];
    } else if (found.keys) {
      const members = scanJson(body).members;
      spans = found.keys.map((k) => members.get(`${prefix}.${k}`) ?? [0, body.length]);
    } else if (found.single) {
      spans = [scanJson(body).members.get(prefix) ?? [0, body.length]];
    } else {
      spans = scanJson(body).byPath.get(prefix);
    }
    // Spans are those of the array's object elements, in order.
    const entries: RawEntry[] = [];
    let k = 0;
    for (const el of found.array) {
      if (!isObj(el)) continue;
      const sp = spans?.[k++] ?? [0, body.length];
      if (!isPaperLike(el)) continue;
      const e = toEntry(el, sp[0] + base, sp[1] + base, found.keys?.[k - 1]);
      if (e) entries.push(e);
    }
    const out: ReaderResult = { entries };
    if (found.announced !== undefined) out.announced = found.announced;
    return out;
  }

  // JSON Lines: each line parsed on its own; a broken line is reported and skipped.
  const ls = lines(body);
  const objLines = ls.filter((l) => {
    const t = l.text.trimStart();
    return t.startsWith('{') || t.startsWith('[');
  });
  if (ls.length >= 2 && objLines.length * 2 >= ls.length) {
    const entries: RawEntry[] = [];
    for (const l of ls) {
      const lead = l.text.length - l.text.trimStart().length;
      const r = safeParse(l.text);
      if (!r.ok) {
        const at = l.start + Math.min(errorOffset(r.error, l.text), l.text.length);
        ctx.diagnose('INVALID_JSON', `invalid JSON on this line: ${r.error}`, at + base, l.start + l.text.length + base, 'warning');
        continue;
      }
      const values = Array.isArray(r.value) ? r.value : [r.value];
      for (const v of values) {
        if (!isObj(v) || !isPaperLike(v)) continue;
        const e = toEntry(v, l.start + lead + base, l.start + l.text.length + base);
        if (e) entries.push(e);
      }
    }
    return { entries };
  }

  // Broken JSON: report where, then read every complete object that is a paper.
  const at = errorOffset(parsed.error, body);
  ctx.diagnose('INVALID_JSON', `invalid JSON: ${parsed.error}`, at + base, body.length + base, 'error');
  const scan = scanJson(body);
  const spans = scan.all.concat(scan.top).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const entries: RawEntry[] = [];
  let coveredTo = -1;
  for (const [s, e] of spans) {
    if (s < coveredTo) continue; // inside an object already read
    const r = safeParse(body.slice(s, e));
    if (!r.ok || !isObj(r.value) || !isPaperLike(r.value)) continue;
    const entry = toEntry(r.value, s + base, e + base);
    if (entry) {
      entries.push(entry);
      coveredTo = e;
    }
  }
  const out: ReaderResult = { entries };
  if (scan.open || at >= body.trimEnd().length) out.truncated = true;
  return out;
}

export const jsonReader: FeedReader = defineReader('json', detectJson, readJson, { maxConfidence: 0.97 });

/**
 * One record with the keys a JSON feed uses (`title`, `abstract`, `authors`, `url`, ...)
 * as a raw entry at [start, end), or null when it has no title. The CSV reader reads
 * its rows with it.
 */
export function recordToEntry(record: Record<string, unknown>, start: number, end: number): RawEntry | null {
  return toEntry(record as Obj, start, end);
}
