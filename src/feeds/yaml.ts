/**
 * YAML lists of records: a newsletter's or reading list's source file, one `- title: "…"` item per link
 * with indented `key: value` fields (`url:`, `type: paper`, `authors:`, `abstract: |`, `description: >`).
 *
 * A small, dependency-free reader of the YAML such files use: block sequences of mappings, plain, quoted
 * (`"…"` with escapes, `'…'` with `''`) and block (`|`, `>`) scalars, nested lists of scalars (`- A`) and flow
 * lists (`[A, B]`); nested mappings are flattened into their record (`links:` / `  arxiv: …`). Anchors, tags
 * and multi-document streams are read as plain text. One pass over the lines.
 *
 * A record is a paper unless its `type` names something else (a blog post, a repository, a video) and it
 * neither links a paper's page in an address field nor quotes the paper's own text (`we propose …`).
 */
import { defineReader } from './define.js';
import { htmlInlineText } from './arxiv-headings.js';
import { fold, splitAuthors } from './generic.js';
import { parseDate } from '../lib/dates.js';
import { indentOf, isLetterOrDigit, splitLines, type Line } from '../lib/text.js';
import { RE_ARXIV_ID_NEW } from '../regex/arxiv.js';
import { RE_LEADING_TAG } from '../regex/markdown.js';
import { RE_VENUE_YEAR } from '../regex/venue.js';
import type { EntryLink, FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';

/** A field of a record: its scalar text (lists joined with `, `), its list items, where it stood. */
interface Field {
  value: string;
  items?: string[];
  start: number;
  end: number;
}

interface YamlRecord {
  fields: Map<string, Field>;
  start: number;
  end: number;
  /** Indentation of the item's `-` and of its keys. */
  dash: number;
  keys: number;
}

/** The key of a `key: value` (or `key:`) line from `i`: the key and where its value starts, else undefined. */
function keyAt(t: string, i: number): { key: string; value: number } | undefined {
  let k = i;
  const q = t[k] === '"' || t[k] === "'" ? t[k]! : '';
  if (q) k++;
  const from = k;
  while (k < t.length && k - from < 40) {
    const c = t[k]!;
    if (c === ':' || (q && c === q)) break;
    if (!(isLetterOrDigit(c) || c === '_' || c === '-' || c === '.' || (c === ' ' && q))) return undefined;
    k++;
  }
  if (k === from || !isLetterOrDigit(t[from]!) && t[from] !== '_') return undefined;
  const key = t.slice(from, k);
  if (q) {
    if (t[k] !== q) return undefined;
    k++;
  }
  if (t[k] !== ':' || (k + 1 < t.length && t[k + 1] !== ' ' && t[k + 1] !== '\t')) return undefined;
  return { key: key.toLowerCase(), value: k + 1 };
}

/** A line that holds nothing (blank, a comment, a document marker). */
function isEmptyLine(t: string): boolean {
  const s = t.trim();
  return s === '' || s[0] === '#' || s === '---' || s === '...';
}

/** A plain scalar without its trailing ` # comment`. */
function plainValue(s: string): string {
  const k = s.indexOf(' #');
  return (k >= 0 ? s.slice(0, k) : s).trim();
}

/** The end (index after the closing quote) of a quoted scalar opening at `i` of `s`, or -1; the scan starts at `from` (> i) when the text before was scanned already. */
function quoteEnd(s: string, i: number, from = i + 1): number {
  const q = s[i]!;
  for (let k = from; k < s.length; k++) {
    const c = s[k];
    if (q === '"' && c === '\\') k++;
    else if (c === q) {
      if (q === "'" && s[k + 1] === "'") k++;
      else return k + 1;
    }
  }
  return -1;
}

/** A double-quoted scalar's escapes resolved (`\"`, `\\`, `\n`, `\t`, `\/`, `\uXXXX`). */
function unescapeDouble(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i]!;
    if (n === 'n') out += '\n';
    else if (n === 't') out += '\t';
    else if (n === 'u' || n === 'x') {
      const len = n === 'u' ? 4 : 2;
      const hex = s.slice(i + 1, i + 1 + len);
      const cp = hex.length === len ? parseInt(hex, 16) : NaN;
      if (Number.isFinite(cp)) {
        out += String.fromCharCode(cp);
        i += len;
      } else out += n;
    } else out += n;
  }
  return out;
}

/** Items of a flow list (`[a, "b, c", d]`). */
function flowItems(s: string): string[] {
  const inner = s.slice(1, s.lastIndexOf(']'));
  const items: string[] = [];
  let from = 0;
  let q = '';
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (q) {
      if (c === q) q = '';
      continue;
    }
    if (c === '"' || c === "'") q = c;
    else if (c === ',' || c === undefined) {
      const v = unquote(inner.slice(from, i).trim());
      if (v) items.push(v);
      from = i + 1;
    }
  }
  return items;
}

/** A scalar's quotes removed (`"…"`, `'…'`). */
function unquote(v: string): string {
  if (v.length >= 2 && v[0] === '"' && v[v.length - 1] === '"') return unescapeDouble(v.slice(1, -1));
  if (v.length >= 2 && v[0] === "'" && v[v.length - 1] === "'") return v.slice(1, -1).split("''").join("'");
  return v;
}

/**
 * The records of a YAML text: each `- key: …` item and the keys under it. `lines` as splitLines gives them.
 * Returns the records in order.
 */
export function yamlRecords(text: string, lines: readonly Line[]): YamlRecord[] {
  const recs: YamlRecord[] = [];
  let rec: YamlRecord | undefined;
  let last: Field | undefined;
  /** Indentation of the key of `last` (its continuation and list lines are deeper). */
  let lastIndent = 0;
  const setField = (key: string, f: Field, nested: boolean) => {
    if (!rec) return;
    if (!nested || !rec.fields.has(key)) rec.fields.set(key, f);
    rec.end = Math.max(rec.end, f.end);
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const t = line.text;
    if (isEmptyLine(t)) continue;
    const ind = indentOf(t);
    let at = ind;
    let item = false;
    if (t[at] === '-' && (t[at + 1] === ' ' || t[at + 1] === '\t' || at + 1 === t.length)) {
      item = true;
      at++;
      while (t[at] === ' ' || t[at] === '\t') at++;
    }
    const k = keyAt(t, at);
    if (item && k && (!rec || ind <= rec.dash)) {
      // a new record (`- title: …`)
      rec = { fields: new Map(), start: line.start, end: line.end, dash: ind, keys: at };
      recs.push(rec);
      last = undefined;
    } else if (rec && ind <= rec.dash) {
      // back at the list's level or above: a key of the document (`outro_text:`), or an item that is no record
      rec = undefined;
      last = undefined;
    }
    if (!rec) continue;
    if (k) {
      // `key: value` (of the record, or of a mapping nested in it: flattened)
      const nested = at > rec.keys;
      let v = t.slice(k.value).trim();
      let end = line.end;
      let value: string;
      let items: string[] | undefined;
      if (v[0] === '|' || v[0] === '>') {
        // a block scalar: the deeper lines that follow
        const folded = v[0] === '>';
        const parts: string[] = [];
        let m = n + 1;
        for (; m < lines.length; m++) {
          const lt = lines[m]!.text;
          if (lt.trim() === '') {
            parts.push('');
            continue;
          }
          if (indentOf(lt) <= at) break;
          parts.push(lt.trim());
          end = lines[m]!.end;
        }
        while (parts.length && parts[parts.length - 1] === '') parts.pop();
        n = m - 1;
        value = folded ? fold(parts.join(' ')) : parts.join('\n');
      } else if (v[0] === '"' || v[0] === "'") {
        // a quoted scalar, maybe over several lines (folded with spaces)
        let joined = v;
        let m = n;
        let close = quoteEnd(joined, 0);
        while (close < 0 && m + 1 < lines.length && m - n < 400) {
          const lt = lines[m + 1]!.text;
          // a key at this level or above ends an unclosed quote: the quote was never closed
          if (indentOf(lt) <= at && keyAt(lt, indentOf(lt)) !== undefined) break;
          m++;
          const scanned = joined.length;
          joined += ' ' + lt.trim();
          close = quoteEnd(joined, 0, scanned);
        }
        if (close < 0) {
          value = v.slice(1);
        } else {
          value = unquote(joined.slice(0, close));
          n = m;
          end = lines[m]!.end;
        }
      } else if (v[0] === '[') {
        items = flowItems(plainValue(v));
        value = items.join(', ');
      } else {
        v = plainValue(v);
        value = v === '~' || v === 'null' ? '' : v;
      }
      last = { value, start: line.start + k.value, end, ...(items ? { items } : {}) };
      lastIndent = at;
      setField(k.key, last, nested);
      continue;
    }
    if (last && ind > lastIndent) {
      if (item) {
        // `- A` under a key: a list item
        const v = unquote(plainValue(t.slice(at)));
        if (v) {
          last.items ??= [];
          if (last.items.length < 500) last.items.push(v);
        }
      } else {
        // a plain scalar wrapped onto the next line
        last.value = last.value ? `${last.value} ${plainValue(t)}` : plainValue(t);
      }
      last.end = line.end;
      rec.end = Math.max(rec.end, line.end);
    }
  }
  // a key's list items are its value too (`authors:` / `  - A` / `  - B`)
  for (const r of recs) for (const f of r.fields.values()) if (f.items && !f.value) f.value = f.items.join(', ');
  return recs;
}

/** Keys whose value is a record's title. */
const TITLE_KEYS = ['title', 'name', 'paper', 'paper_title', 'papertitle'];
/** Keys of addresses, the paper's own first. */
const URL_KEYS = ['url', 'link', 'href', 'arxiv', 'arxiv_url', 'paper_url', 'pdf', 'pdf_url', 'paper', 'doi', 'openreview', 'code', 'github', 'repo', 'code_url', 'project', 'project_page', 'website', 'homepage', 'demo'];
/** Keys of the paper's own text, preferred to an editor's description. */
const ABSTRACT_KEYS = ['abstract', 'quote', 'summary', 'tldr', 'tl;dr'];
const DESCRIPTION_KEYS = ['description', 'desc', 'notes', 'note', 'comment', 'comments', 'content', 'text', 'review'];
const AUTHOR_KEYS = ['authors', 'author'];
const DATE_KEYS = ['date', 'published', 'publication_date', 'pub_date'];
const VENUE_KEYS = ['venue', 'conference', 'journal', 'booktitle'];

/** `type:` words of records that are not papers. */
const NOT_PAPER_TYPES = ['blog', 'post', 'medium', 'article', 'news', 'github', 'repo', 'repository', 'code', 'tool', 'library', 'video', 'youtube', 'podcast', 'tutorial', 'course', 'book', 'resource', 'talk', 'slides', 'website', 'dataset', 'newsletter', 'thread', 'tweet', 'demo', 'product', 'job', 'event'];

/** Hosts of a paper's own page. */
const PAPER_HOSTS = ['arxiv.org/', 'openreview.net/', 'doi.org/', 'aclanthology.org/', 'aclweb.org/anthology', 'papers.nips.cc/', 'proceedings.neurips.cc/', 'proceedings.mlr.press/', 'openaccess.thecvf.com/', 'ieeexplore.ieee.org/', 'dl.acm.org/doi', 'link.springer.com/', 'biorxiv.org/', 'medrxiv.org/', 'semanticscholar.org/paper', 'huggingface.co/papers/', 'jmlr.org/papers'];

function isPaperUrl(u: string): boolean {
  const low = u.toLowerCase();
  return PAPER_HOSTS.some((h) => low.indexOf(h) >= 0) || low.endsWith('.pdf');
}

/** Words of a paper's own text (its abstract quoted), not of a note about a resource. */
const PAPER_VOICE = ['we propose', 'we present', 'we introduce', 'we describe', 'in this paper', 'in this work', 'our paper', 'this paper', 'we show that', 'we study', 'we develop', 'we investigate'];

function paperVoice(text: string): boolean {
  const low = text.toLowerCase();
  return PAPER_VOICE.some((p) => low.indexOf(p) >= 0);
}

/** The type says the record is something other than a paper (`blog`, `github`, `video`); `paper+github` is a paper. */
function notPaperType(type: string): boolean {
  const low = type.toLowerCase();
  if (low.indexOf('paper') >= 0 || low.indexOf('preprint') >= 0 || low.indexOf('publication') >= 0 || low.indexOf('arxiv') >= 0) return false;
  let w = '';
  for (let i = 0; i <= low.length; i++) {
    const c = low.charCodeAt(i);
    if (c >= 97 && c <= 122) w += low[i];
    else {
      if (w && NOT_PAPER_TYPES.includes(w)) return true;
      w = '';
    }
  }
  return false;
}

/** An address (or an arXiv id) as a field gives it: the URL, else undefined. */
function fieldUrl(v: string): string | undefined {
  const t = v.trim();
  if (t.startsWith('http://') || t.startsWith('https://')) return t.indexOf(' ') < 0 ? t : t.slice(0, t.indexOf(' '));
  const id = t.toLowerCase().startsWith('arxiv:') ? t.slice(6).trim() : t;
  if (RE_ARXIV_ID_NEW.test(id)) return `https://arxiv.org/abs/${id}`;
  if (t.startsWith('www.') && t.indexOf(' ') < 0) return `https://${t}`;
  return undefined;
}

/** A title's leading venue tag (`(NIPS 2018) `, `[CVPR 2018] `) split off. */
function splitVenueTag(title: string): { title: string; venue?: string } {
  const m = RE_LEADING_TAG.exec(title);
  if (!m || m[0].length >= title.length - 2) return { title };
  const inner = m[1]!.trim();
  if (!RE_VENUE_YEAR.test(inner) || inner.split(' ').length > 4) return { title };
  return { title: title.slice(m[0].length).trim(), venue: inner };
}

function entryOf(rec: YamlRecord, ctx: ReaderContext): RawEntry | undefined {
  const get = (keys: readonly string[]) => {
    for (const k of keys) {
      const f = rec.fields.get(k);
      if (f && f.value.trim()) return f;
    }
    return undefined;
  };
  const tf = get(TITLE_KEYS);
  if (!tf) return undefined;
  const plainTitle = fold(htmlInlineText(tf.value).text);
  if (!plainTitle || plainTitle.length > 400 || fieldUrl(plainTitle)) return undefined;
  const { title, venue } = splitVenueTag(plainTitle);
  const links: EntryLink[] = [];
  const seen = new Set<string>();
  const add = (url: string, label?: string, at?: Field) => {
    if (seen.has(url) || seen.size > 100) return;
    seen.add(url);
    const link: EntryLink = { url, origin: 'links' };
    if (label) link.label = label;
    if (at) {
      link.start = at.start;
      link.end = at.end;
    }
    links.push(link);
  };
  let paperLink = false;
  for (const k of URL_KEYS) {
    const f = rec.fields.get(k);
    if (!f || (k === 'paper' && f === tf)) continue;
    for (const v of f.items ?? [f.value]) {
      const u = fieldUrl(v);
      if (!u) continue;
      if (isPaperUrl(u)) paperLink = true;
      add(u, k === 'url' || k === 'link' ? undefined : k, f);
    }
  }
  const own = get(ABSTRACT_KEYS);
  const desc = get(DESCRIPTION_KEYS);
  const type = rec.fields.get('type') ?? rec.fields.get('kind');
  if (type && notPaperType(type.value) && !paperLink && !(own && paperVoice(own.value))) {
    ctx.diagnose('UNCLAIMED_TEXT', `record of type "${type.value.slice(0, 30)}" not read as a paper: "${title.slice(0, 60)}"`, rec.start, rec.end, 'info');
    return undefined;
  }
  const e: RawEntry = { title, links, start: rec.start, end: rec.end };
  if (venue) e.venueText = venue;
  const text = own ?? desc;
  if (text) {
    const h = htmlInlineText(text.value);
    const abs = fold(h.text);
    if (abs) e.abstract = abs;
  }
  // addresses written in the fields' text (`<a href=…>`, markdown links): the record's resources
  // (a bare address in the abstract stays in its text, where the analysis finds it)
  for (const f of [own, desc]) {
    if (!f) continue;
    const h = htmlInlineText(f.value);
    for (const u of f === text ? h.targets : h.urls) add(u);
  }
  const au = get(AUTHOR_KEYS);
  if (au) {
    const names = (au.items ?? splitAuthors(au.value)).map((n) => fold(n)).filter((n) => n && n.length <= 80 && n !== 'et al.' && n !== 'et al');
    if (names.length) e.authors = names.slice(0, 500);
  }
  const df = get(DATE_KEYS);
  const d = df ? parseDate(df.value) : undefined;
  if (d) e.date = d;
  const vf = get(VENUE_KEYS);
  if (vf && !e.venueText) e.venueText = fold(vf.value);
  const arxiv = links.find((l) => l.url.indexOf('arxiv.org/') >= 0);
  if (arxiv) {
    const k = arxiv.url.lastIndexOf('/');
    const id = arxiv.url.slice(k + 1).replace('.pdf', '');
    const m = RE_ARXIV_ID_NEW.exec(id);
    if (m) e.arxivId = m[1]!;
  }
  return e;
}

function readYaml(text: string, ctx: ReaderContext): ReaderResult {
  const recs = yamlRecords(text, splitLines(text));
  const entries: RawEntry[] = [];
  for (const r of recs) {
    const e = entryOf(r, ctx);
    if (e) entries.push(e);
  }
  return { entries };
}

/**
 * Confidence: the text is YAML records: most lines `key: value`, `- key: value`, list items or the lines of a
 * block or quoted scalar, and two or more items open with a title key.
 */
function detect(text: string): number {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  if (head.indexOf('- ') < 0 || head.indexOf(':') < 0) return 0;
  let lines = 0;
  let yamlish = 0;
  let titled = 0;
  /** Items that open with a key (`- title: …`, `- url: …`). */
  let records = 0;
  /** Indentation under which the lines are a block scalar's (-1: none). */
  let block = -1;
  /** Inside a quoted scalar spanning lines. */
  let quoted = '';
  for (const l of splitLines(head)) {
    const t = l.text;
    if (isEmptyLine(t)) continue;
    lines++;
    const ind = indentOf(t);
    if (quoted) {
      yamlish++;
      // the line closes the quote: an unescaped quote mark in it
      if (quoteEnd(quoted + t, 0, 1) >= 0) quoted = '';
      continue;
    }
    if (block >= 0 && ind > block) {
      yamlish++;
      continue;
    }
    block = -1;
    let at = ind;
    let item = false;
    if (t[at] === '-' && (t[at + 1] === ' ' || at + 1 === t.length)) {
      item = true;
      at++;
      while (t[at] === ' ') at++;
    }
    const k = keyAt(t, at);
    if (!k) {
      if (item) yamlish++;
      continue;
    }
    yamlish++;
    if (item) records++;
    if (TITLE_KEYS.includes(k.key)) titled++;
    const v = t.slice(k.value).trim();
    if (v[0] === '|' || v[0] === '>') block = at;
    else if ((v[0] === '"' || v[0] === "'") && quoteEnd(v, 0) < 0) quoted = v[0];
  }
  if (titled < 2 || records < 2 || lines < 6) return 0;
  const share = yamlish / lines;
  if (share >= 0.85) return 0.9;
  if (share >= 0.7) return 0.6;
  return 0;
}

/**
 * Reads a YAML list of records (`- title: "…"` / `  url: …` / `  abstract: |`).
 *
 * @example
 * yamlReader.read('papers:\n  - title: "A Title"\n    url: https://arxiv.org/abs/1706.03762\n    abstract: We …\n', ctx).entries[0]
 * // { title: 'A Title', arxivId: '1706.03762', abstract: 'We …', links: [{ url: 'https://arxiv.org/abs/1706.03762', … }], … }
 */
export const yamlReader: FeedReader = defineReader('yaml', detect, readYaml, { maxConfidence: 0.9 });
