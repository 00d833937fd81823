/**
 * Markdown paper lists ("awesome" lists): bullet items with `[[pdf]](...)` lines and an
 * author line, `- [Title](url) - Venue 2023 [code](...)` items, `**Title** \` paragraphs,
 * and tables with Title | Venue | Code columns.
 *
 * The document is parsed once by remark-parse; the tree is walked once, iteratively.
 * Raw text (link destinations) is sliced from the source by node offsets.
 */
import { defineReader } from './define.js';
import { paperNote, segmentPlainText } from './generic.js';
import { cardTitle } from './hf-markdown.js';
import { readRefLine, type RefLine } from './ref-lines.js';
import { splitAnnounce } from './rss.js';
import type { Definition, Heading, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import coverage from '../data/coverage-hosts.json' with { type: 'json' };
import { hostOf } from '../extract/url-kind.js';
import { parseDate } from '../lib/dates.js';
import { foldKey, foldSpace, isLetterOrDigit, splitLines } from '../lib/text.js';
import {
  RE_AFFILIATION_WORD,
  RE_LISTING_TAG,
  RE_ARXIV_DOI,
  RE_LEADING_TAG,
  RE_NICKNAME_LABEL_BREAK,
  RE_TAG_ONLY,
  RE_SCHOLAR_TYPE_TAG,
  RE_CLIPPING_SOURCE,
  RE_TRAILING_ELLIPSIS,
  RE_AUTHOR_COUNT_TAIL,
  RE_CUT_SENTENCE_END,
  RE_TASK_BOX,
  RE_QUOTED_TITLE,
  RE_BY_PREFIX,
  RE_TRAILING_PAREN,
  RE_LEADING_PAREN,
  RE_ARTICLE_START,
  RE_NICKNAME_QUOTED,
  RE_TRAILING_TAG,
  RE_INITIAL,
  RE_TITLE_YEAR_TAIL,
  RE_CITATION_NOT_NAME,
  RE_YEAR_MONTH_DIGITS,
  RE_OPEN_QUOTE,
  RE_CLOSE_QUOTE,
  RE_NON_PAPER_LABEL,
  RE_NOT_IN_AUTHORS,
  RE_LABEL_PUNCT,
  RE_LEADING_AND,
  RE_ET_AL_NAME,
  RE_YEAR_ONLY,
  RE_VENUE_FIELD,
  RE_LIST_SEPARATOR,
  RE_SENTENCE_END,
  RE_TRAILING_COLON,
  RE_NAME_TRAILING,
  RE_WHITESPACE_CHAR,
  RE_JSON_NUMBER_START,
  RE_COL_TITLE,
  RE_PAGE_URL,
  RE_COL_PAPER,
  RE_COL_PUBLICATION,
  RE_COL_NAME,
  RE_COL_VENUE,
  RE_COL_YEAR,
  RE_COL_DATE,
  RE_COL_AUTHORS,
  RE_COL_ABSTRACT,
  RE_GENERIC_LABEL,
  RE_LONG_OPEN_BRACKET_RUN,
  RE_LONG_CLOSE_BRACKET_RUN,
  RE_LONG_UNDERSCORE_RUN,
  RE_LONG_STAR_RUN,
  RE_HTML_RAW_CLOSE,
  RE_HTML_BLOCK_START,
  RE_FENCE_OPEN,
  RE_THEMATIC_BREAK,
  RE_CHUNK_BOUNDARY,
  RE_MD_DEFINITION_LINE,
  RE_ARXIV_FIELD_LINE,
  RE_CREDIT_TITLE,
  RE_ARXIV_LINK,
  RE_ARXIV_LISTING_MARK,
  RE_ARXIV_NO_ID,
  RE_ARXIV_LISTING_PAGE,
  RE_REL_ARXIV_PAGE,
  RE_DOC_PART_PREFIX,
  RE_ASCII_PUNCT,
  RE_MD_FIELD_BULLET,
  RE_TITLE_CATEGORY_TAG,
  RE_TITLE_LABEL_HEADING,
  RE_TITLE_LABEL_PREFIX,
  RE_ARXIV_TEXT_ID,
  RE_AUTHOR_AND,
  RE_AUTHOR_SEPARATOR,
  RE_BADGE_URL,
  RE_BARE_URL,
  RE_BRACKETED_LABEL,
  RE_CONTINUED_RUN,
  RE_DEEP_CONTAINERS,
  RE_DEEP_INDENT,
  RE_DOI_LINK,
  RE_EMOJI_SHORTCODE,
  RE_CITATION_LABEL,
  RE_NOTE_LABEL,
  RE_AFFIL_NOTE_TAIL,
  RE_ENCLOSING_QUOTES,
  RE_ET_AL,
  RE_FIELD_LABEL,
  RE_HF_LOGIN_LINK,
  RE_HF_PAPER_HEADING,
  RE_SUMMARY_ABSTRACT,
  RE_FIELD_COLON_END,
  RE_FIELD_COLON_START,
  RE_PROSE_END,
  RE_HTML_TABLE_TAG,
  RE_DETAILS_CLOSE,
  RE_IMAGE_PATH,
  RE_MD_BOLD_START,
  RE_MD_HEADING_LINE,
  RE_MD_INLINE_LINK,
  RE_MD_LIST_LINE,
  RE_MD_RESOURCE_LINK,
  RE_MD_TABLE_DELIMITER,
  RE_MD_TABLE_ARXIV_CELL,
  RE_DATE_LABEL,
  RE_LOWER_SENTENCE_START,
  RE_GITHUB_SITE_PAGE,
  RE_COL_ARXIV,
  RE_ARXIV_ID_CELL,
  RE_MONTH_YEAR,
  RE_NAME_PARTICLE,
  RE_NON_BMP_OR_SYMBOL,
  RE_PAPER_URL,
  RE_NAME_SUFFIX_DOT,
  RE_NAME_TOKEN,
  RE_NAV_SECTION,
  RE_NOT_NEWLINE,
  RE_PICTOGRAPH,
  RE_PLACEHOLDER,
  RE_RESOURCE_LABEL,
  RE_RESOURCE_WORDS,
  RE_RUN_PART_SEPARATOR,
  RE_RUN_EDGE_START,
  RE_SCHEMELESS_WEB,
  RE_SHORT_YEAR,
  RE_SKIP_SECTION,
  RE_PAPERISH_SKIP_SECTION,
  RE_CODE_HOST_URL,
  RE_TOC_SECTION,
  RE_TITLE_NUMBERING,
  RE_URL_SCHEME,
  RE_URL_TRAILING_PUNCT,
  RE_VENUE_NAME,
  RE_WEB_SCHEME,
  RE_YEAR,
} from '../regex/markdown.js';
import type { PaperDate } from '../schema/paper.js';
import { CODE, EM, STRONG, defuseMath, endOf, inlineSegs, nodeText, restoreMath, segLines, startOf, type Seg } from './mdast.js';
import type { EntryLink, FeedReader, RawEntry, ReaderContext, ReaderResult } from './types.js';
import { cardsCovered, headingCards, navigationToHeadings, withCards } from './heading-cards.js';

const processor = unified().use(remarkParse).freeze();

// ---------------------------------------------------------------------------
// Small text helpers

const NBSP = '\u00a0';

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Removes emoji and shortcodes, folds white space. */
function plain(s: string): string {
  let t = s;
  // `Ha-NeRF:laughing:: Title` reads `Ha-NeRF: Title`; a time (`18:04:13`) is no shortcode.
  if (t.indexOf(':') >= 0) t = t.replace(RE_EMOJI_SHORTCODE, (m) => (hasLetter(m) ? '' : m));
  if (RE_NON_BMP_OR_SYMBOL.test(t)) t = t.replace(RE_PICTOGRAPH, ' ');
  return foldSpace(t);
}

/** Separators and openers stripped from the end of a text run. */
const EDGE_END = new Set([...' \t\n\r-–—|,;:\\/[({<•·*']);

function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && EDGE_END.has(s[e - 1]!)) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Strips separators, stray brackets and parentheses from both ends of a text run. */
function trimRun(s: string): string {
  let t = plain(s);
  for (let k = 0; k < 4; k++) {
    const before = t;
    t = trimEnd(t.replace(RE_RUN_EDGE_START, ''));
    if ((t[0] === '(' && t[t.length - 1] === ')') || (t[0] === '[' && t[t.length - 1] === ']')) t = t.slice(1, -1).trim();
    else if (t[0] === '(' && t.indexOf(')') < 0) t = t.slice(1).trim();
    else if (t[t.length - 1] === ')' && t.indexOf('(') < 0) t = t.slice(0, -1).trim();
    if (t === before) break;
  }
  return t;
}

function stripFinalPeriod(s: string): string {
  if (s.endsWith('.') && !s.endsWith('..')) return s.slice(0, -1).trimEnd();
  return s;
}

/** A title as the gold shows it: no markup, no numbering, no final period. */
function cleanTitle(s: string): string {
  let t = trimRun(s);
  t = t.replace(RE_LISTING_TAG, '');
  t = t.replace(RE_TITLE_NUMBERING, '');
  t = t.replace(RE_TITLE_CATEGORY_TAG, '');
  const q = RE_ENCLOSING_QUOTES.exec(t);
  if (q) t = q[1]!.trim();
  t = stripFinalPeriod(t);
  t = trimEnd(t);
  const q2 = RE_ENCLOSING_QUOTES.exec(t);
  if (q2) t = q2[1]!.trim();
  return t;
}

function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length && n < 3; i++) {
    const c = s.charCodeAt(i);
    // not letters: emoji (surrogate pairs), symbols and punctuation of U+2000-U+2BFF (`⭐`, `✨`, `→`), variation selectors
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 0xbf && (c < 0x2000 || c > 0x2bff) && (c < 0xd800 || c > 0xdfff) && (c < 0xfe00 || c > 0xfe0f))) n++;
  }
  return n;
}

const wordCount = (s: string) => (s ? s.split(' ').length : 0);

/** A link label reduced for classification: lower case, no brackets, emoji or counts. */
function labelKey(label: string): string {
  return plain(label).replace(RE_LABEL_PUNCT, '').trim().toLowerCase();
}

/** A label that names a resource (`pdf`, `[code]`, `:octocat:`, `GitHub 131`), not a title. */
export function isResourceLabel(label: string): boolean {
  const k = labelKey(label);
  if (!k) return true; // emoji only, or empty
  if (RE_RESOURCE_LABEL.test(k)) return true;
  return RE_WEB_SCHEME.test(k) || RE_SCHEMELESS_WEB.test(k);
}

/** A wordier resource label (`Official PyTorch implementation`), used for nested items. */
function isResourceish(label: string): boolean {
  const k = labelKey(label);
  return isResourceLabel(label) || (wordCount(k) <= 5 && RE_RESOURCE_WORDS.test(k));
}

// ---------------------------------------------------------------------------
// Venues, dates, authors

export function looksVenue(s: string): boolean {
  if (!s || s.length > 120 || s.indexOf('://') >= 0) return false;
  const w = wordCount(s);
  if (w > 12) return false;
  let commas = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 44) commas++;
  if (commas >= 3) return false;
  return RE_YEAR.test(s) || RE_SHORT_YEAR.test(s) || (w <= 6 && RE_VENUE_NAME.test(s));
}

function readDate(s: string): PaperDate | undefined {
  const d = parseDate(s);
  if (d) return d;
  const m = RE_MONTH_YEAR.exec(s);
  if (m) {
    const p = parseDate(`${m[1]} 1 ${m[2]}`);
    if (p && p.month) return { text: s, year: +m[2]!, month: p.month };
  }
  return undefined;
}

function nameLike(part: string): boolean {
  const tokens = part.split(' ');
  if (tokens.length > 8) return false;
  let real = 0;
  for (const tok of tokens) {
    if (!tok) continue;
    if (RE_NAME_TOKEN.test(tok)) real++;
    else if (!RE_NAME_PARTICLE.test(tok)) return false;
  }
  return real > 0;
}

/** `Yoshua`, `Geoffrey E.`: given names after an inverted surname (one word, then initials). */
function isGivenNames(s: string): boolean {
  const toks = s.split(' ');
  if (!toks[0] || !RE_NAME_TOKEN.test(toks[0]) || toks[0].endsWith('.')) return false;
  for (let i = 1; i < toks.length; i++) if (!RE_INITIAL.test(toks[i]!)) return false;
  return true;
}

/**
 * Splits an author line as the gold does: BibTeX-style `Doersch, Carl and Gupta, Abhinav`,
 * comma lists with or without `and`, `Name, Affiliation; Name, Affiliation`; institutions
 * written among the names go to `affiliations`; `*` marks stay.
 */
export function splitAuthors(raw: string): { names: string[]; affiliations: string[] } {
  let s = trimRun(raw);
  const lab = RE_FIELD_LABEL.exec(s);
  if (lab) s = s.slice(lab[0].length);
  s = s.replace(RE_ET_AL, '').trim();
  const names: string[] = [];
  const affiliations: string[] = [];
  let parts: string[];
  const groups = s.indexOf(';') >= 0 ? s.split(';').map((g) => g.trim()).filter(Boolean) : [s];
  if (groups.length > 1 && groups.some((g) => g.indexOf(',') >= 0) && groups.every((g) => g.split(',').length <= 2)) {
    // `Name, Affiliation; Name, Affiliation; Name` (not `Last, First; Last, First`).
    parts = [];
    for (const g of groups) {
      const c = g.indexOf(',');
      if (c < 0) parts.push(g);
      else if (wordCount(g.slice(0, c).trim()) >= 2) {
        parts.push(g.slice(0, c));
        affiliations.push(foldSpace(g.slice(c + 1)));
      } else parts.push(g);
    }
  } else {
    const byAnd = s.split(RE_AUTHOR_AND);
    const oneComma = (p: string) => {
      const i = p.indexOf(',');
      return i > 0 && i === p.lastIndexOf(',') && p.slice(i + 1).trim().length > 0;
    };
    if (byAnd.length >= 2 && byAnd.every(oneComma)) parts = byAnd;
    else if (byAnd.length === 1 && oneComma(s) && wordCount(s.slice(0, s.indexOf(',')).trim()) === 1 && wordCount(s.slice(s.indexOf(',') + 1).trim()) <= 3) parts = [s];
    else {
      parts = s.split(RE_AUTHOR_SEPARATOR);
      // `Hinton, Geoffrey E., Simon Osindero, and Yee-Whye Teh`: the first name inverted.
      if (parts.length >= 3 && wordCount(parts[0]!.trim()) === 1 && isGivenNames(parts[1]!.trim()) && parts.slice(2).every((p) => wordCount(p.trim()) >= 2)) {
        parts = [`${parts[0]!.trim()}, ${parts[1]!.trim()}`, ...parts.slice(2)];
      }
    }
  }
  for (let p of parts) {
    p = foldSpace(p).replace(RE_LEADING_AND, '');
    p = p.replace(RE_RUN_EDGE_START, '').replace(RE_NAME_TRAILING, '');
    if (p.endsWith('.') && !RE_NAME_SUFFIX_DOT.test(p)) p = p.slice(0, -1).trimEnd();
    if (!p || RE_ET_AL_NAME.test(p)) continue;
    if (RE_AFFILIATION_WORD.test(p)) affiliations.push(p);
    else names.push(p);
  }
  return { names, affiliations };
}

/** Where a full stop after a whole word (not an initial, `Jr.`, `al.`) is followed by more text: its index, else -1. */
function namesEnd(s: string): number {
  for (let i = s.indexOf('. '); i > 0; i = s.indexOf('. ', i + 1)) {
    let j = i;
    while (j > 0 && s[j - 1] !== ' ' && s[j - 1] !== ',') j--;
    const word = s.slice(j, i);
    const low = word.toLowerCase();
    if (word.length < 3 || low === 'jr' || low === 'sr' || low === 'al' || word.indexOf('.') >= 0) continue;
    return i + 2 < s.length ? i : -1;
  }
  return -1;
}

/** The names of a text run that reads as a list of person names, else `null`. */
function authorsOf(s: string, lenient: boolean): { names: string[]; affiliations: string[] } | null {
  if (s.length < 3 || s.length > 3000 || s.indexOf('://') >= 0) return null;
  if (RE_NOT_IN_AUTHORS.test(s.replace(RE_FIELD_LABEL, ''))) return null;
  const split = splitAuthors(s);
  const { names, affiliations } = split;
  const total = names.length + affiliations.length;
  if (!names.length) return null;
  let good = 0;
  let firstGood = false;
  names.forEach((n, i) => {
    const c = n.indexOf(',');
    const ok = c > 0 ? nameLike(n.slice(0, c).trim()) && nameLike(n.slice(c + 1).trim()) : nameLike(n);
    if (ok) good++;
    if (i === 0) firstGood = ok;
  });
  // An author list starts with a name (`evaluates versions of GPT-3.5 and GPT-4` does not); `A Baevski et al` is an
  // initial and a surname, no article.
  const initialEtAl = total === 1 && wordCount(names[0]!) === 2 && RE_ET_AL.test(trimRun(s));
  if (lenient && (!firstGood || (RE_ARTICLE_START.test(names[0]!) && !initialEtAl))) return null;
  // `Mildenhall et al.`: one surname before `et al.` is an author list.
  if (total === 1 && good === 1 && RE_ET_AL.test(trimRun(s))) return split;
  if (total === 1) return lenient && good === 1 && wordCount(names[0]!) >= 2 ? split : null;
  return good / total >= (lenient ? 0.5 : 0.75) ? split : null;
}

/** A citation's year: `2017`, `2020a`. */
function citationYear(s: string): number | undefined {
  const n = s.length;
  if (n < 4 || n > 5 || (n === 5 && !(s[4]! >= 'a' && s[4]! <= 'z'))) return undefined;
  const y = s.slice(0, 4);
  return RE_YEAR_ONLY.test(y) ? +y : undefined;
}

/**
 * A parenthesised author-year citation closing a text (`Title (Aly et al., 2021)`, `(Wang, 2017).`,
 * `(Kotonya and Toni, 2020)`, `(Wadden et al., EMNLP 2020)`, as survey reading lists cite their papers):
 * where its `(` stands, the surnames (no `et al.`), the year and a venue written before the year.
 * Undefined for other text (`(CVPR 2023)`, `(SEM-TAB-FACT)`, `(Oral, 2021)`). `from` is the least index of the `(`.
 */
function authorYearTail(t: string, from: number): { index: number; names: string[]; year: number; venue?: string } | undefined {
  let e = t.length;
  while (e > 0 && (t[e - 1] === ' ' || t[e - 1] === '\t')) e--;
  if (e > 0 && (t[e - 1] === '.' || t[e - 1] === ',' || t[e - 1] === ';')) e--;
  if (e < 2 || t[e - 1] !== ')') return undefined;
  const open = t.lastIndexOf('(', e - 1);
  if (open < from || e - open > 120) return undefined;
  const inner = foldSpace(t.slice(open + 1, e - 1));
  // `Names, [Venue] 2020`: the year closes it; `Aly et al. 2021` needs no comma
  const sp = inner.lastIndexOf(' ');
  const year = sp > 0 ? citationYear(inner.slice(sp + 1)) : undefined;
  if (year === undefined) return undefined;
  let head = inner.slice(0, sp);
  const comma = head.lastIndexOf(',');
  let venue: string | undefined;
  if (comma > 0) {
    venue = head.slice(comma + 1).trim() || undefined;
    head = head.slice(0, comma).trim();
  }
  const etAl = RE_ET_AL.test(head);
  if (etAl) head = head.replace(RE_ET_AL, '').trim();
  else if (comma < 0) return undefined;
  // a venue before the year: one to four capitalised words or numbers (`EMNLP`, `ACL Findings`)
  if (venue && (wordCount(venue) > 4 || !venue.split(' ').every((w) => w[0] !== w[0]!.toLowerCase() || (w[0]! >= '0' && w[0]! <= '9')))) return undefined;
  const parts = head.split(RE_AUTHOR_SEPARATOR).map((x) => x.trim());
  if (!parts.length || parts.length > 3 || (etAl && parts.length > 1)) return undefined;
  for (const p of parts) {
    if (!p || wordCount(p) > 3 || !nameLike(p) || RE_VENUE_NAME.test(p) || RE_NAME_PARTICLE.test(p) || RE_CITATION_NOT_NAME.test(p)) return undefined;
    // an acronym (`ORAL`, `SEM`) is a surname only before `et al.`
    if (!etAl && p.toUpperCase() === p) return undefined;
  }
  return { index: open, names: parts, year, venue };
}

/** Moves a title's closing author-year citation (see authorYearTail) to the draft's authors, date and venue: the title without it. */
function takeCitation(d: Draft, t: string): string {
  // (a bracket of a link line joined to the title, `… (Wang et al., 2021) [`, is no part of it)
  const c = authorYearTail(trimEnd(t), 1);
  if (!c || letters(t.slice(0, c.index)) < 2) return t;
  putCitation(d, c);
  return t.slice(0, c.index);
}

function putCitation(d: Draft, c: { names: string[]; year: number; venue?: string }): void {
  if (!d.authors) d.authors = c.names;
  d.date ??= { text: String(c.year), year: c.year };
  if (c.venue) d.venue ??= `${c.venue} ${c.year}`;
}

/** Whether a text run reads as a list of person names. */
export function looksAuthors(s: string, lenient: boolean): boolean {
  return authorsOf(s, lenient) !== null;
}

// ---------------------------------------------------------------------------
// Links

function isWebUrl(url: string): boolean {
  if (RE_WEB_SCHEME.test(url)) return true;
  if (url.startsWith('//')) return true;
  if (RE_URL_SCHEME.test(url)) return false; // mailto:, javascript:, data:
  return RE_SCHEMELESS_WEB.test(url);
}

/** A relative address into the list's own repository (`summaries/2407.07071.md`, `pruning.md`): no URL of a paper. */
function isRelativeUrl(url: string): boolean {
  return Boolean(url) && url[0] !== '#' && !isWebUrl(url) && !RE_URL_SCHEME.test(url);
}

/**
 * A link text with a paper title's shape: a short name, a colon, then several words
 * (`Lookback Lens: Detecting and Mitigating …`), or a long title. Section pages of a list
 * (`[Network Pruning / Sparsity](pruning.md)`) have neither.
 */
function paperShaped(t: string): boolean {
  if (RE_DOC_PART_PREFIX.test(t)) return false;
  const w = wordCount(t);
  if (w >= 10) return true;
  const c = t.indexOf(': ');
  return c > 0 && wordCount(t.slice(0, c).trim()) <= 4 && wordCount(t.slice(c + 2).trim()) >= 3;
}

/**
 * A short bracketed label before a linked or bold title (`[HUMAN] [Title](…)`, `(Oral) [Title](…)`,
 * `[Oral] **Title**`): no part of the title.
 */
function isLeadTag(s: Seg, next: Seg | undefined): boolean {
  if (s.t !== 'text' || s.style & CODE || !next) return false;
  const bold = next.t === 'text' && (next.style & (STRONG | CODE)) === STRONG;
  if (!bold && (next.t !== 'link' || next.imageOnly || next.auto || isResourceLabel(next.text))) return false;
  if (letters(next.text) < 2 || wordCount(trimRun(next.text)) < 2) return false;
  // one to three tags, nothing else (`[HUMAN] `, `[Survey] [Oral] `)
  let t = s.text.trim();
  for (let k = 0; k < 3 && t; k++) {
    const tag = RE_LEADING_TAG.exec(t);
    if (!tag || tag[1]!.trim().length > 24) return false;
    t = t.slice(tag[0].length).trim();
  }
  return !t;
}

/**
 * A short person name and nothing else (`Markus Gutenberger`, `Liza Shchasnovich`): two or three capitalised name
 * words, as a reading list writes who picked or presents the paper before its linked title.
 */
function shortPersonName(t: string): boolean {
  const toks = t.split(' ');
  if (toks.length < 2 || toks.length > 3) return false;
  for (const tok of toks) if (!RE_NAME_TOKEN.test(tok) || hasDigit(tok) || tok.toUpperCase() === tok) return false;
  return true;
}

/**
 * `Markus Gutenberger [CLEEGN: A Convolutional Neural Network for …](url)`: a short person name, then one link whose
 * label reads as a title (three words or more, no resource label), and nothing after it but decoration: the label is
 * the title. The name is not the paper's author (a reader who picked it, a presenter), so it is dropped.
 */
function nameThenTitleLink(line: readonly Seg[], si: number): boolean {
  const s = line[si];
  const l = line[si + 1];
  if (!s || !l || s.t !== 'text' || s.style & (STRONG | EM | CODE) || l.t !== 'link' || l.imageOnly || l.auto || !l.url) return false;
  for (let k = si + 2; k < line.length; k++) if (line[k]!.t !== 'text' || letters(line[k]!.text) > 0) return false;
  const name = trimRun(s.text);
  const label = foldSpace(l.text);
  if (!shortPersonName(name) || wordCount(label) < 3 || wordCount(label) <= wordCount(name) || isResourceish(label)) return false;
  return letters(label) >= 2 && !looksAuthors(label, false);
}

/**
 * `Kaiming He et al. [Deep Residual Learning …](url)` / `He et al. [Title](url)` / `Kaiming He, Xiangyu Zhang. [Title](url)`:
 * an author list (two names or more, or names closed by `et al.`), then one link whose label reads as a title, and
 * nothing after it but decoration: the label is the title, the names its authors. Null for other lines.
 */
function authorsThenTitleLink(line: readonly Seg[], si: number): { names: string[]; affiliations: string[] } | null {
  const s = line[si];
  const l = line[si + 1];
  if (!s || !l || s.t !== 'text' || s.style & (STRONG | EM | CODE) || l.t !== 'link' || l.imageOnly || l.auto || !l.url) return null;
  // after the link: decoration, or resource links (`[[code](…)]`, `[pdf](…)`)
  for (let k = si + 2; k < line.length; k++) {
    const x = line[k]!;
    if (x.t === 'link' ? !isResourceish(foldSpace(x.text)) : x.t !== 'text' || letters(x.text) > 0) return null;
  }
  const names = stripFinalPeriod(trimRun(s.text));
  if (names.length > 300 || !(RE_ET_AL.test(names) || names.indexOf(',') > 0 || names.indexOf(' and ') > 0)) return null;
  const label = foldSpace(l.text);
  if (wordCount(label) < 3 || letters(label) < 2 || isResourceish(label) || looksAuthors(label, false) || looksVenue(label)) return null;
  return authorsOf(names, false);
}

/**
 * `Bidir CPC: [Learning robust and multilingual speech representations](url)`: a short label ending in `:` (a model's
 * nickname: one to four words, no sentence, no resource word) right before one link whose label reads as a title (four
 * words or more, more than the nickname's): the link label is the title, the nickname no part of it.
 */
function nicknameThenTitleLink(line: readonly Seg[], si: number): boolean {
  const s = line[si];
  const l = line[si + 1];
  if (!s || !l || s.t !== 'text' || s.style & (STRONG | EM | CODE) || l.t !== 'link' || l.imageOnly || l.auto || !l.url) return false;
  const raw = plain(s.text);
  if (!raw.endsWith(':') && !raw.endsWith('：')) return false;
  const name = raw.slice(0, -1).trim();
  if (!name || name.length > 40 || wordCount(name) > 4 || letters(name) < 2 || RE_NICKNAME_LABEL_BREAK.test(name) || isResourceish(name)) return false;
  const label = foldSpace(l.text);
  // three words do when they read as a title (`LLaVA: [Visual Instruction Tuning](…)`): title case, longer than the name
  const w = wordCount(label);
  if (w < 3 || (w === 3 && !(titleCased(label) && label.length > name.length))) return false;
  if (w <= wordCount(name) || isResourceish(label) || label.indexOf('://') >= 0) return false;
  return letters(label) >= 2 && !looksAuthors(label, false) && !looksVenue(label);
}


/**
 * `[AAAI 2021] Data Augmentation for …` as a title link's label (or a bold title's text): a leading venue/year tag is
 * the venue, the rest the title.
 */
function linkLabelTitle(d: Draft, label: string): string {
  const tag = RE_LEADING_TAG.exec(label);
  if (!tag || RE_TASK_BOX.test(tag[1]!) || !looksVenue(tag[1]!.trim())) return label;
  const rest = label.slice(tag[0].length);
  if (wordCount(foldSpace(rest)) < 2 || letters(rest) < 2) return label;
  d.venue ??= stripFinalPeriod(tag[1]!.trim());
  return rest;
}

/**
 * `(Talk #1): Author A, Author B. [Title]` / `Jane Doe, John Roe. [Title]`: an author list, then the title in a bare
 * bracket (no link follows it and no reference definition names it) that closes the text. A session tag before the
 * names (`(Talk #1):`, `(Poster 3)`) is dropped. Undefined for other text (`Title [arXiv 2022]`).
 */
function bracketTitleAfterAuthors(t: string): { title: string; authors: { names: string[]; affiliations: string[] } } | undefined {
  const s = t.trimEnd();
  if (!s.endsWith(']') || s.length > 3000) return undefined;
  const open = s.lastIndexOf('[');
  if (open <= 0 || s.indexOf(']', open) !== s.length - 1) return undefined;
  const title = foldSpace(s.slice(open + 1, -1));
  if (wordCount(title) < 2 || letters(title) < 2 || looksVenue(title)) return undefined;
  let head = s.slice(0, open);
  const tag = RE_LEADING_TAG.exec(head);
  if (tag && tag[0].length < head.length) head = head.slice(tag[0].length);
  head = stripFinalPeriod(trimEnd(head.trimEnd()));
  if (!head || head.indexOf('[') >= 0 || head.indexOf(']') >= 0) return undefined;
  const a = authorsOf(head, true);
  if (!a || !a.names.length) return undefined;
  return { title, authors: a };
}

// ---------------------------------------------------------------------------
// Entry drafts

interface Draft {
  title: string;
  titleKind: '' | 'strong' | 'link' | 'em' | 'text' | 'quoted';
  /** The title link points into the list's own repository (a relative link). */
  relTitleLink: boolean;
  /** The title link points to another markdown page of the list (`[Quantization](quantization.md)`). */
  relPage?: boolean;
  /** The entry holds a description: text read as no field. */
  prose?: boolean;
  /** The title link is followed by a news source label (`[Headline](url)(From host.com 2020.10.23)`): a clipping. */
  clipping?: boolean;
  links: EntryLink[];
  seen: Set<string>;
  authors?: string[];
  affiliations?: string[];
  venue?: string;
  date?: PaperDate;
  arxivId?: string;
  arxivVersion?: number;
  doi?: string;
  /** Prose the entry shows as its abstract or summary (a collapsed `<details>` block, the bullets under a title heading). */
  abstract?: string;
  /** A summary shown before the abstract (bullets, a `**Summary:**` field) that a collapsed abstract replaced. */
  summary?: string;
  /** A one-line description written after the title (`**Title** - what it does`): the abstract when none is shown. */
  description?: string;
  /** The announce type of an arXiv RSS description the entry shows (`Announce Type: new`). */
  announceType?: RawEntry['announceType'];
  /** arXiv's comments line (`**Comments:** 12 pages, code at …`). */
  comments?: string;
  /** The entry cites the arXiv listing that announced it (no link of the paper, but a sign of one). */
  listed?: boolean;
  start: number;
  end: number;
}

const newDraft = (start: number, end: number): Draft => ({
  title: '',
  titleKind: '',
  relTitleLink: false,
  links: [],
  seen: new Set(),
  start,
  end,
});

interface PendingRef {
  draft: Draft;
  ref: string;
  label: string;
}

/** Entries made from drafts, so that links resolved later can still set ids. */
const entryOf = new WeakMap<Draft, RawEntry>();

/** State of one read: source, offset base, definitions and pending references. */
interface Reading {
  src: string;
  /** The captured page's own address (front matter `url:`, a `**Source**:` line), lower case, no `#…` or trailing `/`. */
  page?: string;
  base: number;
  defs: Map<string, { url: string; start: number; end: number }>;
  pending: PendingRef[];
}

/** A badge service or an image file: decoration, not a resource of the paper. */
function isBadgeOrImage(url: string): boolean {
  if (RE_BADGE_URL.test(url)) return true;
  let end = url.length;
  const q = url.indexOf('?');
  if (q >= 0) end = q;
  const h = url.indexOf('#');
  if (h >= 0 && h < end) end = h;
  return RE_IMAGE_PATH.test(end === url.length ? url : url.slice(0, end));
}

function addUrl(r: Reading, d: Draft, url: string, label: string | undefined, start: number | undefined, end: number | undefined): void {
  if (!url || url[0] === '#' || !isWebUrl(url) || isBadgeOrImage(url) || RE_ARXIV_NO_ID.test(url) || selfAnchor(r, url)) return;
  // a day's arXiv listing (`([arxiv.org](https://arxiv.org/list/cs.LG/new))`) cited for a paper is no link of it
  if (RE_ARXIV_LISTING_PAGE.test(url)) {
    d.listed = true;
    return;
  }
  const lab = label === undefined ? '' : foldSpace(label).replace(RE_BRACKETED_LABEL, '$1').trim();
  // A citation file (`[bibtex](…/citations/x.txt)`) belongs to the list, not to the paper.
  if (lab && RE_CITATION_LABEL.test(lab.toLowerCase())) return;
  // a reading note on the paper (`[[note]](…)`) is the list author's, no resource of the paper
  if (lab && RE_NOTE_LABEL.test(lab.toLowerCase()) && !RE_PAPER_URL.test(url)) return;
  const key = url.toLowerCase();
  if (d.seen.has(key)) return;
  d.seen.add(key);
  const link: EntryLink = { url, origin: 'links' };
  if (lab) link.label = lab;
  if (start !== undefined && end !== undefined) {
    link.start = start + r.base;
    link.end = end + r.base;
  }
  d.links.push(link);
  if (!d.arxivId) {
    const m = RE_ARXIV_LINK.exec(url) ?? RE_ARXIV_DOI.exec(url);
    if (m) {
      d.arxivId = m[1]!;
      if (m[2]) d.arxivVersion = +m[2];
    }
  }
  if (!d.doi) {
    const m = RE_DOI_LINK.exec(url);
    if (m) d.doi = m[1]!;
  }
}

/** An absolute link to an anchor of the captured page itself (`https://github.com/o/r#section`): navigation, like `#section`. */
function selfAnchor(r: Reading, url: string): boolean {
  if (!r.page) return false;
  const h = url.indexOf('#');
  if (h < 0) return false;
  let base = url.slice(0, h).toLowerCase();
  while (base.endsWith('/')) base = base.slice(0, -1);
  return base === r.page;
}

/**
 * The address of a captured web page, as a crawler writes it at the top: a front matter `url:` (also `source_url:`,
 * `canonical_url:`), or a `Source:` / `URL Source:` line (`**Source**: https://…`) among the first lines.
 */
export function capturedPageUrl(text: string): string | undefined {
  const lines = text.slice(0, 4000).split('\n', 40);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const c = line.indexOf(':');
    if (c <= 0 || c > 24) continue;
    const key = line.slice(0, c).split('*').join('').trim().toLowerCase();
    let v = line.slice(c + 1).split('*').join('').trim();
    if (v[0] === '<' && v.endsWith('>')) v = v.slice(1, -1);
    if (!(key === 'url' || key === 'source_url' || key === 'canonical_url' || key === 'source' || key === 'url source')) continue;
    if (!RE_PAGE_URL.test(v)) continue;
    const h = v.indexOf('#');
    let u = (h >= 0 ? v.slice(0, h) : v).toLowerCase();
    while (u.endsWith('/')) u = u.slice(0, -1);
    return u;
  }
  return undefined;
}

function addLinkSeg(r: Reading, d: Draft, s: Seg, label?: string): void {
  if (s.ref !== undefined) {
    r.pending.push({ draft: d, ref: s.ref, label: label ?? s.text });
    return;
  }
  if (!s.url || s.url.endsWith('...') || s.url.endsWith('…')) return;
  addUrl(r, d, s.url, label ?? (s.auto ? undefined : s.text), s.urlStart, s.urlEnd);
}

/** Finds bare addresses in a text run (remark-parse without GFM leaves them as text). */
function bareUrls(r: Reading, d: Draft, text: string, start: number, end: number): string {
  if (text.indexOf('://') < 0 && text.indexOf('www.') < 0) return text;
  RE_BARE_URL.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = RE_BARE_URL.exec(text); m; m = RE_BARE_URL.exec(text)) {
    let url = m[0];
    // `https://huggingface.co/papers/...`: a placeholder of an example, no address
    const placeholder = url.endsWith('...') || url.endsWith('…');
    const tp = RE_URL_TRAILING_PUNCT.exec(url);
    if (tp) url = url.slice(0, url.length - tp[0].length);
    // A closing parenthesis belongs to the address only when it opened one.
    while (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
    while (url.endsWith('.') || url.endsWith(',')) url = url.slice(0, -1);
    let at = r.src.indexOf(url, start);
    if (at < 0 || at > end) at = -1;
    if (!placeholder) addUrl(r, d, url, undefined, at >= 0 ? at : undefined, at >= 0 ? at + url.length : undefined);
    out += text.slice(last, m.index);
    last = m.index + url.length;
    RE_BARE_URL.lastIndex = last;
  }
  return out + text.slice(last);
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function setAuthors(d: Draft, s: string | { names: string[]; affiliations: string[] }): void {
  const { names, affiliations } = typeof s === 'string' ? splitAuthors(s) : s;
  if (!names.length) return;
  d.authors = names;
  if (affiliations.length) d.affiliations = affiliations;
}

/**
 * Reads one text run (text between links and emphasis on one line): a date, a venue,
 * an author list, or a field with a label.
 */
function classifyRun(r: Reading, d: Draft, raw: string, start: number, end: number, lenient: boolean, styled: boolean): void {
  const text = styled ? raw : bareUrls(r, d, raw, start, end);
  // `Authors - Venue 2023`: parts between dashes are read one by one.
  if (RE_RUN_PART_SEPARATOR.test(text)) {
    for (const part of text.split(RE_RUN_PART_SEPARATOR)) classifyPart(r, d, part, lenient);
    return;
  }
  classifyPart(r, d, text, lenient);
}

function classifyPart(r: Reading, d: Draft, raw: string, lenient: boolean): void {
  let text = raw;
  if (!d.arxivId) {
    const m = RE_ARXIV_TEXT_ID.exec(text);
    if (m) {
      d.arxivId = m[1]!;
      if (m[2]) d.arxivVersion = +m[2];
    }
  }
  // `**Title** (Vaswani et al., 2017).`: an author-year citation after the title gives the authors, the year and a venue
  const cite = d.authors ? undefined : authorYearTail(trimEnd(text.trim()), 0);
  if (cite && cite.index === 0) {
    putCitation(d, cite);
    return;
  }
  text = trimRun(text);
  if (!text || letters(text) === 0) {
    // A bare year (`2023`) is a date, and a year and month in digits (`2026.04`).
    if (!d.date && RE_YEAR_ONLY.test(text)) d.date = { text, year: +text };
    else if (!d.date && text.length <= 10) {
      const ym = RE_YEAR_MONTH_DIGITS.exec(text);
      if (ym) d.date = { text, year: +ym[1]!, month: +ym[2]! };
    }
    return;
  }
  const lab = RE_FIELD_LABEL.exec(text);
  if (lab) {
    const kind = lab[1]!.toLowerCase();
    const value = stripFinalPeriod(text.slice(lab[0].length).trim());
    if (!value) return;
    if (kind.startsWith('author') || kind === 'by') {
      if (!d.authors) setAuthors(d, value);
    } else if (kind === 'date' || kind === 'year') {
      if (!d.date) d.date = readDate(value) ?? (RE_YEAR_ONLY.test(value) ? { text: value, year: +value } : undefined);
    } else if (RE_VENUE_FIELD.test(kind)) {
      if (!d.venue) d.venue = value;
    } else if (kind.startsWith('institution') || kind.startsWith('affiliation')) {
      if (!d.affiliations) d.affiliations = value.split(RE_LIST_SEPARATOR).map((x) => x.trim()).filter(Boolean);
    }
    return;
  }
  // `(2015), G. Hinton et al.`: a year or venue in parentheses before the names.
  const lead = RE_LEADING_PAREN.exec(text);
  if (lead && lead[0].length < text.length) {
    const inner = lead[1]!.trim();
    if (RE_YEAR_ONLY.test(inner)) {
      d.date ??= { text: inner, year: +inner };
      text = text.slice(lead[0].length);
    } else if (looksVenue(inner) && !d.venue) {
      d.venue = stripFinalPeriod(inner);
      text = text.slice(lead[0].length);
    }
  }
  const by = RE_BY_PREFIX.exec(text);
  if (by) text = text.slice(by[0].length);
  // `Jane Doe, John Roe (2021)`, `... (CVPR 2021)`: a year or venue in parentheses at the end.
  const paren = RE_TRAILING_PAREN.exec(text);
  if (paren && paren.index > 0) {
    const inner = paren[1]!.trim();
    if (RE_YEAR_ONLY.test(inner)) {
      d.date ??= { text: inner, year: +inner };
      text = text.slice(0, paren.index);
    } else if (looksVenue(inner) && !d.venue) {
      d.venue = stripFinalPeriod(inner);
      text = text.slice(0, paren.index);
    }
  }
  const digits = hasDigit(text);
  if (!d.date && digits && text.length <= 64) {
    const dt = readDate(stripFinalPeriod(text));
    if (dt) {
      d.date = dt;
      return;
    }
  }
  if (!d.authors && !d.venue && digits) {
    // `Jane Doe, John Roe, CVPR 2020`: an author list, then the venue.
    const cut = Math.max(text.lastIndexOf(', '), text.lastIndexOf('. '));
    if (cut > 0) {
      const tail = stripFinalPeriod(text.slice(cut + 2).trim());
      const a = looksVenue(tail) ? authorsOf(text.slice(0, cut + 1), lenient) : null;
      if (a) {
        d.venue = tail;
        setAuthors(d, a);
        return;
      }
    }
  }
  if (!d.venue && looksVenue(text) && !(digits ? false : looksAuthors(text, false))) {
    d.venue = stripFinalPeriod(text);
    return;
  }
  if (!d.authors && !d.venue) {
    // `Ileana Streinu, Louis Theran. Graphs and Combinatorics`: a full stop after a whole surname ends
    // the names (initials, `Jr.`, `et al.` do not); the rest is where the paper appeared
    const cut = namesEnd(text);
    if (cut > 0) {
      const tail = stripFinalPeriod(text.slice(cut + 2).trim());
      const a = tail && letters(tail) > 1 && !RE_NOT_IN_AUTHORS.test(tail) ? authorsOf(text.slice(0, cut), lenient) : null;
      if (a && (a.names.length >= 2 || looksVenue(tail)) && !(looksAuthors(tail, false) && splitAuthors(tail).names.every((n) => wordCount(n) >= 2))) {
        d.venue = tail;
        setAuthors(d, a);
        return;
      }
    }
  }
  if (!d.authors) {
    const a = authorsOf(text, lenient);
    if (a) {
      setAuthors(d, a);
      return;
    }
  }
  if (!d.authors && !d.venue) {
    // `Authors, Venue 2023`: a venue at the end of an author list.
    const cut = Math.max(text.lastIndexOf(', '), text.lastIndexOf('. '));
    if (cut > 0) {
      const tail = stripFinalPeriod(text.slice(cut + 2).trim());
      const head = text.slice(0, cut + 1);
      const a = looksVenue(tail) ? authorsOf(head, lenient) : null;
      if (a) {
        d.venue = tail;
        setAuthors(d, a);
        return;
      }
    }
  }
  // Text that is no field: a description (`- a benchmark platform for LLMs`). A description
  // of six words or more is the short summary the list shows for the paper: where no abstract
  // is shown, the contract makes it the abstract.
  // `IEEE Trans. …, vol. 30, pp. 4985–5000, 2021, doi: …`: where the paper appeared, no description of it
  const bib = bibliographicTail(text);
  if (bib !== undefined) {
    if (bib && !d.venue) d.venue = bib;
    return;
  }
  if (wordCount(text) >= 3) d.prose = true;
  // text in a script written without spaces (Japanese, Chinese, Korean summaries): counted in its characters
  if ((wordCount(text) >= 6 || cjkChars(text) >= 12) && !d.description) d.description = stripLeadDash(text);
}

/** Han, kana and Hangul syllables in a text (scripts written without spaces between words). */
function cjkChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) n++;
  }
  return n;
}

/** Marks of a reference's bibliographic data (`vol. 30`, `pp. 1–4`, `doi: …`, `Accessed: …`). */
const BIB_MARKS = [' vol. ', ' no. ', ' pp. ', ' p. ', 'doi: ', 'doi:10.', 'accessed: '];

/**
 * A reference's tail after its title (`IEEE Trans. on Image Process., vol. 30, pp. 4985–5000, 2021, doi: …`,
 * `arXiv:1901.05495 [cs], Nov. 2019, Accessed: Dec. 15, 2021.`): bibliographic data with a year and a mark of it.
 * The venue part before the first mark ('' when there is none), or undefined for other text.
 */
function bibliographicTail(text: string): string | undefined {
  if (text.length > 400 || !RE_YEAR.test(text)) return undefined;
  const low = ` ${text.toLowerCase()} `;
  let at = -1;
  for (const m of BIB_MARKS) {
    const k = low.indexOf(m);
    if (k >= 0 && (at < 0 || k < at)) at = k;
  }
  if (at < 0) {
    // `arXiv:1901.05495 [cs], Nov. 2019`: an arXiv reference
    if (!RE_ARXIV_TEXT_ID.test(text) || wordCount(text) > 12) return undefined;
    return '';
  }
  let venue = trimRun(text.slice(0, Math.max(0, at - 1)));
  if (venue.startsWith('in ')) venue = venue.slice(3).trim();
  return RE_ARXIV_TEXT_ID.test(venue) || letters(venue) < 2 ? '' : stripFinalPeriod(venue);
}

/** Initials of a reference's name (`X.`, `M.J.`, `J.-P.`). */
function isInitials(s: string): boolean {
  if (s.length < 2 || s.length > 12 || !s.endsWith('.')) return false;
  for (const part of s.split('.')) {
    const p = part.startsWith('-') ? part.slice(1) : part;
    if (p && !(p.length <= 2 && p[0] !== p[0]!.toLowerCase())) return false;
  }
  return true;
}

/**
 * A reference opening with its authors as `Surname, I.` pairs and a colon (`Fabbri, C., Islam, M.J., Sattar, J.: Title …`,
 * Springer's style): the names (`C. Fabbri`) and the text after the colon. Undefined for other text.
 */
function referenceAuthors(t: string): { names: string[]; rest: string } | undefined {
  const c = t.indexOf(': ');
  if (c < 4 || c > 400) return undefined;
  const parts = t.slice(0, c).split(', ');
  if (parts.length < 2 || parts.length % 2) return undefined;
  const names: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const sur = parts[i]!.trim();
    const ini = parts[i + 1]!.trim();
    if (!isInitials(ini) || !sur || sur.length > 40 || wordCount(sur) > 3 || sur[0] === sur[0]!.toLowerCase() || letters(sur) < 2) return undefined;
    names.push(`${ini} ${sur}`);
  }
  const rest = cleanTitle(t.slice(c + 2));
  return wordCount(rest) >= 3 ? { names, rest } : undefined;
}

/**
 * A detail line that names the authors with their affiliations (`Tianhe Yu (Stanford), Deirdre Quillen (UC Berkeley), …`):
 * the entry's authors, in place of a shorter list read before it (an affiliation line, `Stanford, UC Berkeley`, reads as
 * names too). True when taken.
 */
function parenAuthors(d: Draft, segs: readonly Seg[]): boolean {
  if (segs.some((x) => x.t === 'link') || segLines(segs).length > 2) return false;
  const t = segsText(segs);
  if (t.length > 2000 || count(t, '(') < 2) return false;
  const p = withoutParenGroups(t);
  if (!p || !p.groups.length || !looksAuthors(p.text, false)) return false;
  const { names } = splitAuthors(p.text);
  if (names.length < 2 || count(t, '(') * 2 < names.length || (d.authors && d.authors.length >= names.length)) return false;
  d.authors = names;
  d.affiliations = p.groups;
  return true;
}

/**
 * A nested bullet that labels the points under it (`Implemented Algorithms`, `Some features of X include:`): a few
 * words with no link, no sentence and no name list, or a line ending in a colon.
 */
function labelBullet(segs: readonly Seg[]): boolean {
  if (segs.some((x) => x.t === 'link' && !x.imageOnly)) return false;
  const t = segsText(segs);
  if (!t || t.length > 120) return false;
  if (t.endsWith(':') || t.endsWith('：')) return true;
  return wordCount(t) <= 4 && !RE_PROSE_END.test(t) && t.indexOf(',') < 0 && !hasDigit(t);
}

/** A description after its ` - `, ` – `, ` — `, `: ` or `. ` separator. */
function stripLeadDash(s: string): string {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '-' || s[i] === '\u2013' || s[i] === '\u2014' || s[i] === ':' || s[i] === '.')) i++;
  return s.slice(i).trim();
}

/**
 * `Authors. "Title." Venue (2015).`: a quoted title (plain or bold inside the quotes)
 * after an author list, read from the text segments of a line up to its first link.
 */
function quotedCitation(line: readonly Seg[], si: number): { title: string; authors: { names: string[]; affiliations: string[] }; tail: string; end: number } | null {
  let head = '';
  let j = si;
  for (; j < line.length; j++) {
    const s = line[j]!;
    if (s.t !== 'text' || s.style & CODE) break;
    head += s.text;
  }
  if (head.indexOf('"') < 0 && head.indexOf('\u201c') < 0) return null;
  const qs = head.search(RE_OPEN_QUOTE);
  if (qs <= 0) return null;
  const rest = head.slice(qs + 1);
  const qe = rest.search(RE_CLOSE_QUOTE);
  if (qe < 3) return null;
  const authors = authorsOf(trimRun(head.slice(0, qs)), true);
  if (!authors) return null;
  const title = cleanTitle(rest.slice(0, qe));
  if (letters(title) < 2) return null;
  return { title, authors, tail: rest.slice(qe + 1), end: j };
}

/**
 * A Google Scholar byline under a title, its snippet after the first `<br />`: `AUTHORS - VENUE, YEAR<br />SNIPPET`
 * (authors alone may end in `…`). The line before the `<br />` is read as byline only (the venue is never the
 * abstract); the snippet, its `<br />` read as spaces, is the abstract. False (nothing read) for any other paragraph.
 */
function scholarByline(r: Reading, d: Draft, segs: readonly Seg[]): boolean {
  if (d.abstract) return false;
  const br = segs.findIndex((x) => x.br === true);
  if (br <= 0 || br > 12 || segs.slice(0, br).some((x) => x.t !== 'text' || x.style & CODE)) return false;
  const head = segsText(segs.slice(0, br));
  const sep = RE_RUN_PART_SEPARATOR.exec(head);
  const names = trimRun(sep ? head.slice(0, sep.index) : head).replace(RE_TRAILING_ELLIPSIS, '');
  const who = authorsOf(names, false) ?? authorsOf(names, true);
  if (!who) return false;
  const byline = segs.slice(0, br).map((x, i) => (i === br - 1 && !sep ? { ...x, text: x.text.replace(RE_TRAILING_ELLIPSIS, '') } : x));
  analyze(r, d, byline, false);
  if (!d.authors) setAuthors(d, who);
  if (d.abstract) {
    if (sep) d.venue ??= stripFinalPeriod(d.abstract);
    d.abstract = undefined;
  }
  const snippet = segsText(segs.slice(br + 1)).split('**').join('');
  if (hasLetter(snippet)) d.abstract = foldSpace(snippet).trim().slice(0, MAX_ABSTRACT);
  return true;
}

/** True when a segment carries no title text: emoji, numbering, punctuation, badges. */
/**
 * A bold span that goes on past its line's end: the line's last segment is bold text with no closing `**`/`__` after it
 * in the source, and the next line starts bold.
 */
function strongRunsOn(r: Reading, last: Seg, next: readonly Seg[] | undefined): boolean {
  const head = next?.[0];
  if (!head || !(head.style & STRONG) || head.style & CODE || last.t !== 'text' || !(last.style & STRONG)) return false;
  const after = r.src.slice(last.end, last.end + 3);
  return !after.startsWith('**') && !after.startsWith('__');
}

function isDecoration(s: Seg): boolean {
  if (s.t === 'nl') return true;
  if (s.t === 'link') return s.imageOnly === true;
  if (s.text.indexOf(':') < 0) return letters(s.text) === 0;
  return letters(plain(s.text)) === 0;
}

/**
 * A note bullet under an entry that has its own links (`⭐ SOTA on [ALFRED](https://github.com/…)`): a repository
 * linked by a name in the note's prose is a benchmark, dataset or other work the note cites, not the paper's code
 * (its code is in the entry's resource group); such links are read as their text. A note that speaks of code
 * (`Official code: [DETR](…)`), resource labels and `owner/repo` labels keep their links.
 */
function noteCitations(d: Draft, segs: readonly Seg[]): readonly Seg[] {
  if (!d.links.length) return segs;
  let prose = '';
  for (const s of segs) if (s.t === 'text') prose += s.text;
  if (letters(prose) < 3 || RE_RESOURCE_WORDS.test(prose.toLowerCase())) return segs;
  const cited = (s: Seg) =>
    s.t === 'link' && !s.imageOnly && !s.auto && s.ref === undefined && !!s.url && RE_CODE_HOST_URL.test(s.url) && s.text.indexOf('/') < 0 && !isResourceish(s.text);
  if (!segs.some(cited)) return segs;
  return segs.map((s) => (cited(s) ? { t: 'text', text: s.text, style: s.style, start: s.start, end: s.end } : s));
}

/**
 * `(CVPR 2021 [AI for Content Creation Workshop](url)) **Title**`: a bracket opened in the text run at `si` that
 * holds links and closes in a later run, whose words read as a venue and after which a bold or linked title
 * follows. The venue text (link labels in it) and the index of the run that closes it; the links in it are the
 * venue's pages, no links of the paper.
 */
function linkedVenueTag(line: readonly Seg[], si: number): { venue: string; end: number } | undefined {
  const s = line[si]!;
  if (s.t !== 'text' || s.style & (STRONG | EM | CODE)) return undefined;
  const head = s.text.trimStart();
  const open = head[0];
  if ((open !== '(' && open !== '[') || head.indexOf(open === '(' ? ')' : ']') >= 0) return undefined;
  const close = open === '(' ? ')' : ']';
  let inner = head.slice(1);
  let links = 0;
  for (let k = si + 1; k < line.length && k <= si + 6; k++) {
    const x = line[k]!;
    if (x.style & (STRONG | CODE)) return undefined;
    if (x.t === 'link') {
      links++;
      inner += x.text;
      continue;
    }
    if (x.t !== 'text') return undefined;
    const at = x.text.indexOf(close);
    if (at < 0) {
      inner += x.text;
      continue;
    }
    inner += x.text.slice(0, at);
    const next = line[k + 1];
    const v = trimRun(inner);
    if (!links || x.text.slice(at + 1).trim() || !next || !(next.style & STRONG || next.t === 'link') || !looksVenue(v)) return undefined;
    return { venue: stripFinalPeriod(v), end: k };
  }
  return undefined;
}

/**
 * Reads an entry's inline content. With `withTitle`, the title is found first: a bold
 * run, a title link, an italic run or the text up to the first link; the rest is read
 * as links, venue, authors and dates. Without, everything is detail (nested lines).
 */
function analyze(r: Reading, d: Draft, segs: readonly Seg[], withTitle: boolean): void {
  const lines = segLines(segs);
  let li = 0;
  let si = 0;
  if (withTitle && !d.title) {
    /** An emphasised venue tag was read; its closing bracket opens the next text run. */
    let closeTag = false;
    // Skip decoration; resource links before the title are kept.
    outer: for (; li < lines.length; li++) {
      const line = lines[li]!;
      for (si = 0; si < line.length; si++) {
        const s = line[si]!;
        if (s.t === 'link' && (s.imageOnly || s.auto || isResourceLabel(s.text))) {
          addLinkSeg(r, d, s);
          continue;
        }
        if (s.t === 'text' && isDecoration(s)) continue;
        // an emphasised venue in brackets before the title: `(*NeurIPS'23*) Title [[paper](…)]`
        if (s.t === 'text' && s.style & (EM | STRONG) && !(s.style & CODE) && si > 0 && si + 1 < line.length) {
          const open = line[si - 1]!;
          const next = line[si + 1]!;
          const o = open.t === 'text' ? open.text.trimEnd() : '';
          const c = next.t === 'text' && !(next.style & (EM | STRONG | CODE)) ? next.text.trimStart() : '';
          const v = s.text.trim();
          if ((o.endsWith('(') || o.endsWith('[')) && (c[0] === ')' || c[0] === ']') && c[0] === (o.endsWith('(') ? ')' : ']') && wordCount(v) <= 6) {
            if (looksVenue(v)) {
              d.venue ??= stripFinalPeriod(v);
              closeTag = true;
              continue;
            }
            // a bold nickname tag: `[**TransMLA**] TransMLA: Multi-head Latent Attention Is All You Need`
            if (s.style & STRONG && c[0] === ']' && wordCount(trimRun(c.slice(1))) >= 2 && letters(c) >= 3) {
              closeTag = true;
              continue;
            }
          }
        }
        // a venue badge written as code before the title: `` `ICLR 2024` **Title** ``
        if (s.t === 'text' && s.style & CODE && !(s.style & STRONG) && looksVenue(s.text.trim()) && si + 1 < line.length) {
          d.venue ??= stripFinalPeriod(s.text.trim());
          continue;
        }
        if (s.t === 'text') {
          const tag = RE_TAG_ONLY.exec(s.text.trim());
          if (tag && (RE_TASK_BOX.test(tag[1]!) || looksVenue(tag[1]!.trim()))) {
            if (!RE_TASK_BOX.test(tag[1]!)) d.venue ??= stripFinalPeriod(tag[1]!.trim());
            continue;
          }
          if (isLeadTag(s, line[si + 1])) continue;
          // a venue in parentheses holding a link before the title: `(CVPR 2021 [AI for … Workshop](url)) **Title**`
          const vt = linkedVenueTag(line, si);
          if (vt) {
            d.venue ??= vt.venue;
            si = vt.end;
            continue;
          }
          // Scholar's type badge before the title, bold or not (`**[PDF]** [Title](…)`)
          if (RE_SCHOLAR_TYPE_TAG.test(s.text.trim()) && si + 1 < line.length) continue;
        }
        break outer;
      }
    }
    const cited = li < lines.length && lines[li]![si]!.t === 'text' ? quotedCitation(lines[li]!, si) : null;
    if (cited) {
      const line = lines[li]!;
      d.title = cited.title;
      d.titleKind = 'quoted';
      setAuthors(d, cited.authors);
      if (cited.tail.trim()) classifyRun(r, d, cited.tail, line[si]!.start, line[cited.end - 1]!.end, false, false);
      si = cited.end;
    } else if (li < lines.length) {
      let line = lines[li]!;
      const first = line[si]!;
      let listed: { names: string[]; affiliations: string[] } | null = null;
      if (first.style & STRONG && !(first.style & CODE)) {
        let t = '';
        let j = si;
        for (;;) {
          for (; j < line.length && line[j]!.style & STRONG; j++) {
            const s = line[j]!;
            if (s.t === 'link') {
              if (!isResourceLabel(s.text)) {
                t += t.trim() ? s.text : linkLabelTitle(d, s.text);
                addLinkSeg(r, d, s, s.text);
                if (s.url && isRelativeUrl(s.url)) {
                  d.relTitleLink = true;
                  relArxiv(d, s.url);
                }
              } else addLinkSeg(r, d, s);
            } else t += t.trim() ? s.text : linkLabelTitle(d, s.text);
          }
          // A bold title hard-wrapped inside its `**…**` (`**… in Large\n  Language Models**, …`): the bold span did
          // not close on this line, so it goes on to the next, joined with one space.
          if (j < line.length || !strongRunsOn(r, line[j - 1]!, lines[li + 1])) break;
          li++;
          line = lines[li]!;
          j = 0;
          t = `${t.trimEnd()} `;
        }
        d.title = cleanTitle(t);
        d.titleKind = 'strong';
        si = j;
        // `**ViT**: "An Image is Worth 16x16 Words", ICLR, 2021`: a bold nickname, then the quoted title.
        const next = line[j];
        if (next && next.t === 'text' && !(next.style & (STRONG | CODE)) && wordCount(d.title) <= 4) {
          const m = RE_NICKNAME_QUOTED.exec(next.text);
          if (m) {
            d.title = cleanTitle(m[1]!);
            const rest = next.text.slice(m[0].length);
            if (rest.trim()) classifyRun(r, d, rest, next.start + m[0].length, next.end, false, false);
            si = j + 1;
          } else {
            // `**ModuleFormer**: Learning Modular Large Language Models. [[Paper]](…)`: the bold name
            // is the title's head, the text after the colon its rest
            const tail = nicknameTail(d.title, next.text);
            if (tail) {
              d.title = cleanTitle(`${d.title}: ${tail.title}`);
              const rest = next.text.slice(tail.end);
              if (rest.trim()) classifyRun(r, d, rest, next.start + tail.end, next.end, false, false);
              si = j + 1;
            }
          }
        }
      } else if (first.t === 'link') {
        // `**` left in a label is Scholar's keyword bolding that did not parse (`RISC-**V **Evaluation`)
        d.title = cleanTitle(linkLabelTitle(d, first.text.indexOf('**') >= 0 ? first.text.split('**').join('') : first.text));
        d.titleKind = 'link';
        addLinkSeg(r, d, first, first.text);
        if (first.url && isRelativeUrl(first.url)) {
          d.relTitleLink = true;
          if (isMarkdownPage(first.url)) d.relPage = true;
          // a page named by the paper's arXiv id (`summaries/2407.07071.md`) gives the id, never a URL
          relArxiv(d, first.url);
        }
        si++;
        const after = line[si];
        if (after && after.t === 'text' && RE_CLIPPING_SOURCE.test(after.text)) {
          d.clipping = true;
          si++;
        }
      } else if (nameThenTitleLink(line, si) || nicknameThenTitleLink(line, si) || (listed = authorsThenTitleLink(line, si))) {
        const link = line[si + 1]!;
        if (listed) setAuthors(d, listed);
        d.title = cleanTitle(linkLabelTitle(d, link.text));
        d.titleKind = 'link';
        addLinkSeg(r, d, link, d.title);
        si += 2;
      } else if (first.style & EM && !looksVenue(trimRun(first.text))) {
        let t = '';
        let j = si;
        for (; j < line.length && line[j]!.style & EM && line[j]!.t === 'text'; j++) t += line[j]!.text;
        d.title = cleanTitle(t);
        d.titleKind = 'em';
        si = j;
      } else {
        // Plain text up to the first link or emphasis; wrapped lines join while the
        // text does not end a sentence and the next line starts with text.
        // A short code span before the title is a nickname tag (`MagicVideo` MagicVideo: ...).
        if (first.style & CODE && line[si + 1]?.t === 'text' && letters(line[si + 1]!.text) >= 2 && wordCount(first.text.trim()) <= 4) si++;
        let t = '';
        let j = si;
        const li0 = li;
        const si0 = si;
        for (;;) {
          const ln = lines[li]!;
          for (; j < ln.length; j++) {
            const s = ln[j]!;
            if (s.t !== 'text' || (s.style & (STRONG | EM) && !(s.style & CODE))) break;
            t += s.text;
          }
          if (j < ln.length) break;
          const next = lines[li + 1];
          const tt = t.trimEnd();
          if (!next || RE_SENTENCE_END.test(tt) || next[0]!.t !== 'text' || next[0]!.style & (STRONG | EM)) break;
          const nextText = next.map((x) => (x.t === 'text' ? x.text : '\u0000')).join('').split('\u0000')[0]!;
          if (looksAuthors(trimRun(nextText), false)) break;
          li++;
          j = 0;
          t += ' ';
        }
        si = j;
        if (closeTag) {
          const c = t.trimStart();
          if (c[0] === ')' || c[0] === ']') t = c.slice(1);
        }
        // `(Talk #1): Jane Doe, John Roe. [Title]`: the bracket is the title, the names before it the authors
        const bracketed = j >= lines[li]!.length ? bracketTitleAfterAuthors(t) : undefined;
        if (bracketed) {
          setAuthors(d, bracketed.authors);
          t = bracketed.title;
        }
        // A bare address ends the title (`Title. Code: https://...`): the rest is read as detail.
        RE_BARE_URL.lastIndex = 0;
        const bare = t.indexOf('://') >= 0 || t.indexOf('www.') >= 0 ? RE_BARE_URL.exec(t) : null;
        RE_BARE_URL.lastIndex = 0;
        if (bare) {
          const dot = t.lastIndexOf('. ', bare.index);
          const cutAt = dot > 0 && bare.index - dot <= 24 ? dot + 1 : bare.index;
          const firstSeg = lines[li0]![si0]!;
          const lastSeg = lines[li]![Math.max(0, j - 1)] ?? firstSeg;
          classifyRun(r, d, t.slice(cutAt), firstSeg.start, lastSeg.end, false, false);
          t = t.slice(0, cutAt);
        }
        // `Title (Aly et al., 2021).`: an author-year citation after the title (a wrapped one joined above)
        t = takeCitation(d, t);
        // Tags before the title: `[CVPR 2023]`, `(NeurIPS 2021)`, a task box `[x]`, a nickname
        // the title restates (`[DeepSeek-V2] DeepSeek-V2: A Strong, …`). Emoji before them go first.
        if (RE_NON_BMP_OR_SYMBOL.test(t)) t = plain(t);
        for (let k = 0; k < 3; k++) {
          const tag = RE_LEADING_TAG.exec(t);
          if (tag && t[tag.index] !== '(' && !RE_TASK_BOX.test(tag[1]!) && !looksVenue(tag[1]!.trim())) {
            const nick = tag[1]!.trim();
            if (letters(nick) >= 2 && t.slice(tag[0].length).toLowerCase().startsWith(nick.toLowerCase())) {
              t = t.slice(tag[0].length);
              continue;
            }
          }
          if (!tag || !(RE_TASK_BOX.test(tag[1]!) || looksVenue(tag[1]!.trim()))) break;
          if (!RE_TASK_BOX.test(tag[1]!)) d.venue ??= stripFinalPeriod(tag[1]!.trim());
          t = t.slice(tag[0].length);
        }
        // A tag after the title: `Title [arXiv 2022]`, `Title (CVPR 2023)`.
        const tt = trimEnd(t);
        const tail = RE_TRAILING_TAG.exec(tt);
        if (tail && tail.index > 0 && looksVenue(tail[1]!.trim()) && (RE_YEAR.test(tail[1]!) || RE_SHORT_YEAR.test(tail[1]!))) {
          d.venue ??= stripFinalPeriod(tail[1]!.trim());
          t = tt.slice(0, tail.index);
        }
        // `Title, 2019 [[pdf](…)]`: a year after a comma that closes the title before its links is the year
        if (j < lines[li]!.length) {
          const te = trimEnd(t);
          const n = te.length;
          const year = te.slice(n - 4);
          if (n > 12 && te[n - 6] === ',' && te[n - 5] === ' ' && RE_YEAR_ONLY.test(year) && wordCount(te.slice(0, n - 6).trim()) >= 3) {
            d.date ??= { text: year, year: +year };
            t = te.slice(0, n - 6);
          }
        }
        // Broken bold after the title (`… Driving**, ECCV2024**[[Paper](…)]`: delimiters CommonMark cannot pair stay
        // literal): a `**…**` holding only a venue, or a lone `**`, is venue markup, no part of the title.
        const stars = t.indexOf('**');
        if (stars > 0) {
          const rest = trimRun(t.slice(stars).split('*').join(' '));
          if (!rest || (looksVenue(rest) && wordCount(rest) <= 5)) {
            if (rest) d.venue ??= stripFinalPeriod(rest);
            t = t.slice(0, stars);
          }
        }
        // `"Title," Authors, Venue`: the quoted part is the title, the rest detail.
        // A quoted phrase before a colon opens the title (`“Liar, Liar Pants on Fire”: A New Benchmark …`).
        const quoted = RE_QUOTED_TITLE.exec(t);
        const after = quoted ? t.slice(quoted[0].length).trimStart() : '';
        if (quoted && quoted[0].length < t.trimEnd().length && after[0] !== ':' && after[0] !== '：') {
          const firstSeg = lines[li0]![si0]!;
          classifyRun(r, d, t.slice(quoted[0].length), firstSeg.start, lines[li]![Math.max(0, j - 1)]?.end ?? firstSeg.end, true, false);
          t = quoted[1]!;
        }
        // `Title(@DeepSeek-AI)`: an affiliation note, not part of the title.
        const affil = RE_AFFIL_NOTE_TAIL.exec(t.trimEnd());
        if (affil && affil.index > 0) t = t.trimEnd().slice(0, affil.index);
        // `Title. CVPR 2020` / `Title - CVPR 2020`: a venue at the end of the text.
        let title = cleanTitle(t);
        // `Sun, X., Liu, L., Yin, R.: Title. IET Image Processing (2018)`: a reference's author run, its title, its venue
        const ref = d.authors ? undefined : referenceAuthors(title);
        if (ref) {
          setAuthors(d, { names: ref.names, affiliations: [] });
          title = ref.rest;
          const stop = title.indexOf('. ');
          if (stop > 0 && wordCount(title.slice(0, stop)) >= 3) {
            const venue = stripFinalPeriod(trimRun(title.slice(stop + 2)));
            if (venue) d.venue ??= venue;
            // `arXiv preprint arXiv:1801.04011`: the paper's id
            const id = d.arxivId ? null : RE_ARXIV_TEXT_ID.exec(venue);
            if (id) d.arxivId = id[1]!;
            title = cleanTitle(title.slice(0, stop));
          }
        }
        const venueTail = (cut: number): boolean => {
          if (cut <= 0) return false;
          const tail = trimRun(title.slice(cut + 2));
          if (looksVenue(tail) && RE_VENUE_NAME.test(tail) && (RE_YEAR.test(tail) || RE_SHORT_YEAR.test(tail)) && wordCount(tail) <= 5) {
            d.venue = stripFinalPeriod(tail);
            title = cleanTitle(title.slice(0, cut));
            return true;
          }
          return false;
        };
        // the last separator, else the last full stop (`… Daniel Soudry. NeurIPS, 2017`: a comma inside the venue)
        const cut = Math.max(title.lastIndexOf(' - '), title.lastIndexOf(' – '), title.lastIndexOf('. '), title.lastIndexOf(', '));
        if (!venueTail(cut)) {
          const stop = title.lastIndexOf('. ');
          if (stop > 0 && stop < cut && title.length - stop <= 40) venueTail(stop);
        }
        // `Title. Jane Doe, John Roe`: an author list after the last sentence of the text.
        const dot = title.lastIndexOf('. ');
        if (dot > 0 && !d.authors) {
          const a = authorsOf(title.slice(dot + 2), false);
          if (a && a.names.length >= 2) {
            setAuthors(d, a);
            title = cleanTitle(title.slice(0, dot));
          }
        }
        d.title = title;
        d.titleKind = 'text';
      }
    }
  }
  // `Show and tell: A neural image caption generator (2015)`: a year at the end of the title.
  if (withTitle && d.title) {
    d.title = cleanTitle(takeCitation(d, d.title));
    const y = RE_TITLE_YEAR_TAIL.exec(d.title);
    if (y && y.index > 0) {
      d.date ??= { text: y[1]!, year: +y[1]! };
      d.title = d.title.slice(0, y.index);
    }
  }
  // The rest: links, emphasis and text runs, line by line. A run that ends with `,` or
  // `and` continues on the next line (a wrapped author list).
  let run = '';
  let runStart = -1;
  let runEnd = -1;
  let firstRun = true;
  let lenientLine = false;
  const flush = (beforeStyled: boolean) => {
    if (run) {
      classifyRun(r, d, run, runStart, runEnd, lenientLine && (firstRun || beforeStyled), false);
      if (letters(run) > 0) firstRun = false;
    }
    run = '';
    runStart = -1;
  };
  for (; li < lines.length; li++, si = 0) {
    const line = lines[li]!;
    if (!run) {
      firstRun = true;
      lenientLine = Boolean(d.title) && !d.authors;
    }
    for (let j = si; j < line.length; j++) {
      const s = line[j]!;
      if (s.t === 'link') {
        flush(false);
        addLinkSeg(r, d, s);
      } else if (s.style & CODE && !(s.style & (STRONG | EM)) && codeLine(line, s)) {
        // a line that is one code span of bracketed tags (`[VPR] [2-3DoF] [real]`): no author, venue or description text
        flush(false);
      } else if (s.style & (STRONG | EM) && !(s.style & CODE)) {
        const followsRun = letters(run) > 0;
        flush(true);
        let t = s.text;
        const style = s.style;
        while (j + 1 < line.length && line[j + 1]!.t === 'text' && line[j + 1]!.style === style) t += line[++j]!.text;
        // `**Author:** Vicente Opazo`: the label opens the text run after it, which is its value (one name too)
        if (!d.authors && authorLabelOnly(t) && j + 1 < line.length && line[j + 1]!.t === 'text') {
          run = 'Authors: ';
          runStart = s.start;
          runEnd = line[j]!.end;
          continue;
        }
        classifyRun(r, d, t, s.start, line[j]!.end, lenientLine && !followsRun, true);
        firstRun = false;
      } else {
        if (runStart < 0) runStart = s.start;
        run += s.text;
        runEnd = s.end;
      }
    }
    const next = lines[li + 1];
    if (run && next && next[0]!.t === 'text' && !(next[0]!.style & (STRONG | EM)) && RE_CONTINUED_RUN.test(run)) run += ' ';
    else flush(false);
  }
  flush(false);
}

/**
 * A paragraph of resource links only (`[[Dataset](…)]`, brackets and white space around them) that follows the text
 * ending at `end` after one blank line.
 */
function linkLinesAfter(r: Reading, end: number, node: Paragraph): boolean {
  const at = startOf(node);
  if (at < end || at - end > 12 || r.src.slice(end, at).trim() || count(r.src.slice(end, at), '\n') > 2) return false;
  let links = 0;
  for (const x of inlineSegs(node.children, r.src)) {
    if (x.t === 'nl') continue;
    if (x.t === 'link') {
      if (x.imageOnly || x.ref !== undefined || !isResourceLabel(x.text)) return false;
      links++;
    } else if (letters(x.text) > 0) return false;
  }
  return links > 0;
}

/** The code span is all the line holds besides white space, and a run of bracketed tags (`[VPR] [2-3DoF] [real]`). */
function codeLine(line: readonly Seg[], s: Seg): boolean {
  const t = s.text.trim();
  return t.length >= 3 && t[0] === '[' && t[t.length - 1] === ']' && line.every((x) => x === s || (x.t === 'text' && !x.text.trim()));
}

/** A bold run that is only an author label (`Author:`, `Authors：`). */
function authorLabelOnly(t: string): boolean {
  let k = t.trim();
  if (!k.endsWith(':') && !k.endsWith('：')) return false;
  k = k.slice(0, -1).trim().toLowerCase();
  return AUTHOR_FIELDS.has(k);
}

/**
 * A quick look at a nested item: how its title would start (a title link, a bold run,
 * plain text) and whether it holds links. Cheaper than `analyze`.
 */
function probe(segs: readonly Seg[]): { kind: '' | 'link' | 'strong' | 'text'; title: string; links: boolean } {
  let kind: '' | 'link' | 'strong' | 'text' = '';
  let title = '';
  let links = false;
  let i = 0;
  for (; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.t === 'link' && (s.imageOnly || s.auto || isResourceLabel(s.text))) {
      links = true;
      continue;
    }
    if (s.t === 'nl' || (s.t === 'text' && isDecoration(s)) || isLeadTag(s, segs[i + 1])) continue;
    break;
  }
  const first = segs[i];
  if (first) {
    if (first.style & STRONG && !(first.style & CODE)) {
      kind = 'strong';
      for (let j = i; j < segs.length && segs[j]!.style & STRONG; j++) title += segs[j]!.text;
    } else if (first.t === 'link') {
      kind = 'link';
      title = first.text;
    } else if (!(first.style & EM)) {
      kind = 'text';
      for (let j = i; j < segs.length && segs[j]!.t === 'text' && !(segs[j]!.style & (STRONG | EM)); j++) title += segs[j]!.text;
    }
  }
  if (!links) for (const s of segs) if (s.t === 'link' && !s.imageOnly) links = true;
  return { kind, title, links };
}

/** The arXiv id that names a relative page (`summaries/2407.07071.md`), set on the draft when it has none. */
function relArxiv(d: Draft, url: string): void {
  if (d.arxivId) return;
  const m = RE_REL_ARXIV_PAGE.exec(url);
  if (!m) return;
  d.arxivId = m[1]!;
  if (m[2]) d.arxivVersion = +m[2];
}

/** A relative address of a markdown file (`pruning.md`, `./docs/Survey.md#top`). */
function isMarkdownPage(url: string): boolean {
  let end = url.length;
  const q = url.indexOf('?');
  if (q >= 0) end = q;
  const h = url.indexOf('#');
  if (h >= 0 && h < end) end = h;
  const path = url.slice(0, end).toLowerCase();
  return path.endsWith('.md') || path.endsWith('.markdown');
}

function hasSignal(d: Draft): boolean {
  return d.links.length > 0 || Boolean(d.authors?.length) || Boolean(d.venue) || Boolean(d.date) || d.relTitleLink || d.listed === true;
}

const COVERAGE_HOSTS = new Set(coverage.coverageHosts);

/** An address on a news site, social network or forum (src/data/coverage-hosts.json). */
function isCoverageUrl(url: string): boolean {
  let h = hostOf(url);
  if (h.startsWith('www.')) h = h.slice(4);
  else if (h.startsWith('mobile.') || h.startsWith('m.') || h.startsWith('old.')) h = h.slice(h.indexOf('.') + 1);
  return COVERAGE_HOSTS.has(h);
}

function isPaper(d: Draft): boolean {
  if (!d.title || letters(d.title) < 2 || RE_PLACEHOLDER.test(d.title)) return false;
  // `[Smartphone app could help detect … dementia, study finds.](https://www.theguardian.com/…)`: a news story
  // or a post, its title linking a news site or social network and no link to a paper
  if (d.titleKind === 'link' && d.links.length && !d.authors && !d.arxivId && !d.doi && d.links.every((l) => isCoverageUrl(l.url))) return false;
  // `- "[Headline](url)(From host.com 2020.10.23)"`: a news clipping under its source label
  if (d.clipping && !d.links.some((l) => RE_PAPER_URL.test(l.url))) return false;
  // `1. Use the [Gmail API Client Library](https://developers.google.com/…) and create …`: a sentence with a link in it
  // (a setup step, a note), its text up to the link ending in a function word; no paper
  if (d.titleKind === 'text' && !d.authors && !d.venue && RE_CUT_SENTENCE_END.test(d.title) && !d.links.some((l) => RE_PAPER_URL.test(l.url))) return false;
  // `- This page is powered by [Tool](https://github.com/…)`: the page's credit line, no paper
  if (RE_CREDIT_TITLE.test(d.title) && !d.authors) return false;
  // `**Last Updated:** April 21, 2026`: a page's date under its label, no paper
  if (RE_DATE_LABEL.test(d.title) && !d.authors && !d.links.some((l) => RE_PAPER_URL.test(l.url))) return false;
  // `- ✅ **Direct links** to arXiv, PDFs, and GitHub repositories`: a bold phrase opening a sentence, nothing linked
  if (d.titleKind === 'strong' && !d.links.length && !d.authors && !d.date && d.venue && RE_LOWER_SENTENCE_START.test(d.venue)) return false;
  // `[GitHub Actions](https://github.com/features/actions)`: a page of the GitHub site (features, topics,
  // sponsors, marketplace), no repository and no paper
  if (d.links.length && !d.authors && !d.venue && !d.date && d.links.every((l) => RE_GITHUB_SITE_PAGE.test(l.url))) return false;
  // A link to another page of the list, nothing else (`- [Network Pruning / Sparsity](pruning.md)`).
  // A paper's own page in the list is a paper: one named by its arXiv id (`summaries/2407.07071.md`), or a link text
  // with a title's shape.
  if (d.relPage && d.links.length === 0 && !d.authors && !d.venue && !d.date && !d.arxivId && !paperShaped(d.title)) return false;
  // A one-word name with only a link to a tool or site (`[remark](https://github.com/...)`).
  if (wordCount(d.title) === 1 && !d.authors && !d.venue && !d.date && !d.links.some((l) => RE_PAPER_URL.test(l.url))) return false;
  // A two-word name linked to a tool or site, nothing else (`[OpenAI o3-mini](https://openai.com/...) - ...`).
  if (wordCount(d.title) === 2 && d.titleKind === 'link' && d.links.length === 1 && !d.authors && !d.venue && !d.date && !RE_PAPER_URL.test(d.links[0]!.url)) return false;
  // A linked name and a description, nothing else, the link to a tool, model or site
  // (`[Chatbot Arena Leaderboard](https://huggingface.co/spaces/...) - a benchmark platform ...`).
  if (d.titleKind === 'link' && d.prose && d.links.length === 1 && !d.authors && !d.venue && !d.date && !d.relTitleLink && !RE_PAPER_URL.test(d.links[0]!.url)) return false;
  // Only a blog post, a video or documentation (`CLIP: Connecting Text and Images [[blog](...)]`).
  if (d.links.length && !d.authors && !d.venue && !d.date && d.links.every((l) => l.label !== undefined && RE_NON_PAPER_LABEL.test(labelKey(l.label)))) return false;
  return hasSignal(d);
}

function toEntry(r: Reading, d: Draft, sections: string[]): RawEntry {
  const e: RawEntry = { title: d.title, links: d.links, start: d.start + r.base, end: d.end + r.base };
  if (d.authors?.length) e.authors = d.authors;
  if (d.affiliations?.length) e.affiliations = d.affiliations;
  if (d.venue) e.venueText = d.venue;
  if (d.date) e.date = d.date;
  if (d.arxivId) e.arxivId = d.arxivId;
  if (d.arxivVersion) e.arxivVersion = d.arxivVersion;
  if (d.doi) e.doi = d.doi;
  if (d.abstract) e.abstract = d.abstract;
  else if (d.description) e.abstract = d.description;
  if (d.summary && d.abstract) e.summary = d.summary;
  if (d.announceType) e.announceType = d.announceType;
  if (d.comments) e.comments = d.comments;
  if (sections.length) e.sections = sections;
  const names = listedDatasetNames(d, sections);
  if (names) e.datasetNames = names;
  entryOf.set(d, e);
  return e;
}

// ---------------------------------------------------------------------------
// Dataset lists: under a heading naming datasets, an entry's short bold (or linked) name is its dataset

/** Words of a heading naming datasets, benchmarks or corpora (`# Awesome Aerial Localization Datasets`); `data sets` too. */
const DS_LIST_WORDS = new Set(['dataset', 'datasets', 'benchmark', 'benchmarks', 'corpus', 'corpora']);
/** The same in Chinese, Japanese and Korean headings (`## 数据集`). */
const DS_LIST_CJK = ['数据集', '數據集', 'データセット', '데이터셋'];
/** Words of a heading naming other kinds of entries: below it, the list is no dataset list any more. */
const DS_OTHER_WORDS = new Set(
  'paper papers method methods model models approach approaches survey surveys review reviews tool tools toolkit toolkits library libraries code software baseline baselines framework frameworks algorithm algorithms works publication publications tutorial tutorials challenge challenges competition competitions workshop workshops'.split(' '),
);
const DS_OTHER_CJK = ['论文', '方法', '模型', '論文', '手法', 'モデル', '논문', '방법', '모델'];
/** At most this many words in the title of a dataset-list entry that names its dataset. */
const MAX_DS_NAME_WORDS = 5;

/** The lower-cased words (runs of letters and digits) of a text. */
function wordsOf(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of s.toLowerCase()) {
    if (isLetterOrDigit(ch)) cur += ch;
    else if (cur) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur) out.push(cur);
  return out;
}

function namesDatasets(heading: string): boolean {
  if (DS_LIST_CJK.some((w) => heading.includes(w))) return true;
  const ws = wordsOf(heading);
  return ws.some((w, i) => DS_LIST_WORDS.has(w) || (w === 'data' && (ws[i + 1] === 'set' || ws[i + 1] === 'sets')));
}

function namesOtherEntries(heading: string): boolean {
  return DS_OTHER_CJK.some((w) => heading.includes(w)) || wordsOf(heading).some((w) => DS_OTHER_WORDS.has(w));
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/** A word of a name: a digit, an inner capital (`WildNav`), two capitals (`KITTI`, `DenseUAV`) or a hyphen between letters or digits. */
function nameLikeWord(w: string): boolean {
  const chs = [...w];
  for (let i = 0; i < chs.length; i++) {
    const ch = chs[i]!;
    if (isDigitCode(ch.charCodeAt(0))) return true;
    const prev = chs[i - 1];
    if (prev === undefined) continue;
    if (isUpper(ch) && (isLower(prev) || isUpper(prev))) return true;
    if ((ch === '-' || ch === '\u2010' || ch === '\u2011') && isLetterOrDigit(prev) && chs[i + 1] !== undefined && isLetterOrDigit(chs[i + 1]!)) return true;
  }
  return false;
}

/** A title that reads as a sentence or a phrase with a clause: punctuation other than a name's. */
function sentenceLike(t: string): boolean {
  for (const ch of ',:;!?') if (t.includes(ch)) return true;
  return t.endsWith('.') || t.includes('. ');
}

/**
 * The datasets a dataset-list entry presents: its title when it is a short name (at most five
 * words, no sentence) and the innermost heading naming datasets, benchmarks or corpora (or the
 * document title) has no heading naming papers, methods or tools below it. `A / B` names two.
 * A name of several words needs one name-like word (`SUES‑200`, `AerialVL`, `KITTI`) or a
 * dataset word (`Waymo Open Dataset`): `Deep Residual Learning` is a paper's title.
 */
function listedDatasetNames(d: Draft, sections: readonly string[]): string[] | undefined {
  if (d.titleKind !== 'strong' && d.titleKind !== 'link') return undefined;
  let at = -1;
  for (let i = sections.length - 1; i >= 0; i--) {
    if (namesDatasets(sections[i]!)) {
      at = i;
      break;
    }
  }
  if (at < 0) return undefined;
  for (let i = at + 1; i < sections.length; i++) if (namesOtherEntries(sections[i]!)) return undefined;
  const title = foldSpace(d.title);
  if (!title || title.split(' ').length > MAX_DS_NAME_WORDS || sentenceLike(title)) return undefined;
  const out: string[] = [];
  for (const part of title.split(' / ')) {
    const name = part.trim();
    const first = [...name][0];
    if (!first || !isLetterOrDigit(first) || ![...name].some((ch) => isUpper(ch) || isDigitCode(ch.charCodeAt(0)))) continue;
    const words = name.split(' ');
    if (words.length > 1 && !words.some(nameLikeWord) && !namesDatasets(name)) continue;
    out.push(name);
  }
  return out.length ? out : undefined;
}

// ---------------------------------------------------------------------------
// Tables (CommonMark leaves them as paragraphs: cells are split at `|`)

function isDelimiterRow(line: readonly Seg[]): boolean {
  let dash = 0;
  let pipe = 0;
  for (const s of line) {
    if (s.t !== 'text') return false;
    for (let i = 0; i < s.text.length; i++) {
      const c = s.text.charCodeAt(i);
      if (c === 45) dash++;
      else if (c === 124) pipe++;
      else if (c !== 58 && c !== 32 && c !== 9) return false;
    }
  }
  return dash >= 1 && pipe >= 1;
}

function splitCells(line: readonly Seg[]): Seg[][] {
  const cells: Seg[][] = [[]];
  for (const s of line) {
    if (s.t !== 'text' || s.text.indexOf('|') < 0) {
      cells[cells.length - 1]!.push(s);
      continue;
    }
    const parts = s.text.split('|');
    let off = s.start;
    parts.forEach((p, k) => {
      if (k > 0) cells.push([]);
      if (p) cells[cells.length - 1]!.push({ ...s, text: p, start: off, end: off + p.length });
      off += p.length + 1;
    });
  }
  const blank = (c: Seg[]) => c.every((s) => s.t === 'text' && !s.text.trim());
  if (cells.length > 1 && blank(cells[0]!)) cells.shift();
  if (cells.length > 1 && blank(cells[cells.length - 1]!)) cells.pop();
  return cells;
}

type Col = 'title' | 'venue' | 'year' | 'date' | 'authors' | 'abstract' | 'arxiv' | 'other';

function columnRole(h: string): { role: Col; rank: number } {
  const k = labelKey(h);
  if (RE_COL_TITLE.test(k)) return { role: 'title', rank: 0 };
  if (RE_COL_PAPER.test(k)) return { role: 'title', rank: 1 };
  if (RE_COL_PUBLICATION.test(k)) return { role: 'title', rank: 2 };
  if (RE_COL_NAME.test(k)) return { role: 'title', rank: 3 };
  if (RE_COL_VENUE.test(k)) return { role: 'venue', rank: 0 };
  if (RE_COL_YEAR.test(k)) return { role: 'year', rank: 0 };
  if (RE_COL_DATE.test(k)) return { role: 'date', rank: 0 };
  if (RE_COL_AUTHORS.test(k)) return { role: 'authors', rank: 0 };
  if (RE_COL_ABSTRACT.test(k)) return { role: 'abstract', rank: 0 };
  if (RE_COL_ARXIV.test(k)) return { role: 'arxiv', rank: 0 };
  return { role: 'other', rank: 0 };
}

function cellText(c: readonly Seg[]): string {
  return trimRun(c.map((s) => s.text).join(' '));
}

/**
 * A cell with a title's shape: text (plain, or one link's label) of 4 to 40 words, mostly Latin letters, no sentence
 * ending in a full stop, no code; not a date, an id or a resource label.
 */
function titleShapedCell(c: readonly Seg[]): boolean {
  const body = c.filter((s) => !(s.t === 'text' && !s.text.trim()));
  if (!body.length || body.some((s) => s.t === 'nl' || (s.style & CODE) !== 0)) return false;
  const links = body.filter((s) => s.t === 'link');
  if (links.length > 1 || (links.length === 1 && (body.length > 1 || links[0]!.imageOnly || isResourceLabel(links[0]!.text)))) return false;
  const t = cellText(body);
  const w = wordCount(t);
  // a link's label may end in a newsletter's full stop (`|[Title.](url) |summary|`); plain text so ending is a sentence
  if (w < 4 || w > 40 || (t.endsWith('.') && !links.length)) return false;
  let latin = 0;
  let other = 0;
  for (const ch of t) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) latin++;
    else if (ch !== ' ' && !(ch >= '0' && ch <= '9')) other++;
  }
  return latin >= 12 && latin >= 3 * other;
}

/**
 * With no header naming a title (`| 日期 | 英文标题 | 中文标题 | 链接 |` in a script not known here), the one column whose
 * cells have a title's shape in most rows is the title column; none, or two such columns, give no title column.
 */
function titleShapedColumn(lines: Seg[][], at: number, roles: readonly { role: Col }[]): number {
  const hits = new Array<number>(roles.length).fill(0);
  let rows = 0;
  for (let li = at + 1; li < lines.length && rows < 50; li++) {
    const cells = splitCells(lines[li]!);
    rows++;
    cells.forEach((c, i) => {
      if (i < roles.length && roles[i]!.role === 'other' && titleShapedCell(c)) hits[i]!++;
    });
  }
  if (rows < 2) return -1;
  const cols = hits.flatMap((h, i) => (h * 10 >= rows * 7 ? [i] : []));
  return cols.length === 1 ? cols[0]! : -1;
}

/** Characters LaTeX puts after a backslash as an accent (`na\"ive`, `C\'esar`), besides those it escapes. */
const LATEX_ACCENTS = new Set(['"', "'", '`']);

/**
 * An abstract cell's text. Where the source differs from the parsed text only by the backslashes of LaTeX escapes
 * and accents (`na\"ive`, `81\%`: an arXiv abstract copied into the table), the text as written.
 */
function cellProse(r: Reading, c: readonly Seg[]): string {
  const t = cellText(c);
  if (!t || !c.length) return t;
  // each run as written, joined as `cellText` joins them (the tags between them are no text)
  const raw = c.map((s) => r.src.slice(s.start, s.end)).join(' ');
  if (raw.indexOf('\\') < 0 || raw.length > 50_000) return t;
  let unescaped = '';
  for (let k = 0; k < raw.length; k++) {
    const ch = raw[k]!;
    const n = raw[k + 1];
    if (ch === '\\' && n !== undefined && RE_ASCII_PUNCT.test(n)) {
      if (!LATEX_ESCAPED.has(n) && !LATEX_ACCENTS.has(n)) return t;
      unescaped += n;
      k++;
    } else unescaped += ch;
  }
  return trimRun(foldSpace(unescaped)) === t ? trimRun(foldSpace(raw)) : t;
}

/** Labels of a `<summary>` that only opens its `<details>` (`Show`, `Click to expand`): no text of the cell. */
const BUTTON_LABELS = new Set(['show', 'show abstract', 'show more', 'abstract', 'more', 'expand', 'details', 'click to expand', 'click to show', 'read more', 'view', 'view abstract', 'toggle', 'open', '展开', '摘要', '查看', '显示']);

/** A cell's text run that is the label of a `<summary>` (`<details><summary>Show</summary>`) and a button label. */
function summaryLabel(r: Reading, s: Seg): boolean {
  if (s.start < 9 || !BUTTON_LABELS.has(trimRun(s.text).toLowerCase())) return false;
  const open = r.src.lastIndexOf('<summary', s.start);
  return open >= 0 && s.start - open <= 40 && r.src.slice(open, s.start).indexOf('>') >= 0 && r.src.startsWith('</summary', s.end + (r.src.slice(s.end, s.end + 8).length - r.src.slice(s.end, s.end + 8).trimStart().length));
}

/**
 * A row's cells with a cell that opens a `<details>` (or `<p>`) and does not close it joined to the cells after it up to
 * its closing tag: a `|` inside LaTeX (`$m_p=E[|x-\mu|^p]$`) in a collapsed abstract split it. Only when the row has
 * more cells than the header.
 */
const MAX_JOINED = 16;

function joinOpenCells(r: Reading, line: readonly Seg[], cells: Seg[][], want: number): Seg[][] {
  if (cells.length <= want || want < 1) return cells;
  const out: Seg[][] = [];
  // a stray `|` inside LaTeX splits an abstract into a few pieces, not thousands: at most
  // MAX_JOINED cells are joined back, which keeps a hostile row linear
  let extra = Math.min(cells.length - want, MAX_JOINED);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (!c.length || extra <= 0) {
      out.push(c);
      continue;
    }
    const from = c[0]!.start;
    let j = i;
    const openAt = (k: number) => {
      // up to the next cell (the closing tags of this one are no segments)
      const next = cells[k + 1]?.[0];
      const raw = r.src.slice(from, next ? next.start : line[line.length - 1]!.end).toLowerCase();
      return count(raw, '<details') > count(raw, '</details') || count(raw, '<p>') > count(raw, '</p>');
    };
    while (j + 1 < cells.length && j - i < extra && openAt(j)) j++;
    if (j === i || openAt(j)) {
      out.push(c);
      continue;
    }
    const last = cells[j]!;
    const to = last.length ? last[last.length - 1]!.end : from;
    const merged: Seg[] = [];
    for (const x of line) {
      if (x.end <= from || x.start >= to) continue;
      if (x.t !== 'text' || (x.start >= from && x.end <= to)) merged.push(x);
      else {
        const a = Math.max(x.start, from);
        const b = Math.min(x.end, to);
        merged.push({ ...x, text: x.text.slice(a - x.start, b - x.start), start: a, end: b });
      }
    }
    out.push(merged);
    extra -= j - i;
    i = j;
  }
  return out;
}

function readTable(r: Reading, lines: Seg[][], at: number, sections: string[], out: RawEntry[]): void {
  const header = splitCells(lines[at - 1]!).map(cellText);
  const roles = header.map(columnRole);
  let titleCol = -1;
  roles.forEach((x, i) => {
    if (x.role === 'title' && (titleCol < 0 || x.rank < roles[titleCol]!.rank)) titleCol = i;
  });
  if (titleCol < 0) titleCol = titleShapedColumn(lines, at, roles);
  if (titleCol < 0) return;
  for (let li = at + 1; li < lines.length; li++) {
    const line = lines[li]!;
    const cells = joinOpenCells(r, line, splitCells(line), header.length);
    const first = line[0]!;
    const last = line[line.length - 1]!;
    const d = newDraft(first.start, last.end);
    const tc = cells[titleCol];
    if (!tc) continue;
    // `| thinkingmachines/Inkling | 13.5k | …`: a model's repository id under `Model` or `Name`, no paper's title
    if (roles[titleCol]!.rank === 3 && isRepoId(cellText(tc))) continue;
    analyze(r, d, tc, true);
    if (!d.title) continue;
    let year = '';
    cells.forEach((c, i) => {
      if (i === titleCol) return;
      const role = roles[i]?.role ?? 'other';
      const text = cellText(c.filter((s) => s.t === 'text'));
      if (role === 'venue' && text) d.venue = stripFinalPeriod(text);
      else if (role === 'year' && RE_YEAR_ONLY.test(text)) year = text;
      else if (role === 'date' && text) d.date = readDate(text) ?? (RE_YEAR_ONLY.test(text) ? { text, year: +text } : d.date);
      else if (role === 'authors' && text) setAuthors(d, text);
      else if (role === 'abstract' && text && !d.abstract) d.abstract = withoutStatusFlag(cellProse(r, c.filter((s) => s.t === 'text' && !summaryLabel(r, s))) || text);
      else if (role === 'arxiv' && text && !d.arxivId) {
        const m = RE_ARXIV_ID_CELL.exec(text);
        if (m) {
          d.arxivId = m[1]!;
          if (m[2]) d.arxivVersion = +m[2];
        }
      }
      if (role === 'other' && c.length) {
        // Bare addresses in a cell (no GFM autolinks): labelled by the column.
        const raw = c.map((s) => (s.t === 'text' ? s.text : ' ')).join('');
        if (raw.indexOf('://') >= 0 || raw.indexOf('www.') >= 0) {
          const before = d.links.length;
          bareUrls(r, d, raw, c[0]!.start, c[c.length - 1]!.end);
          for (let k = before; k < d.links.length; k++) if (header[i]) d.links[k]!.label = header[i];
        }
      }
      for (const s of c) {
        if (s.t !== 'link') continue;
        const generic = !labelKey(s.text) || RE_GENERIC_LABEL.test(labelKey(s.text));
        addLinkSeg(r, d, s, generic && header[i] ? header[i] : s.text);
      }
    });
    if (year) {
      if (!d.venue) d.date ??= { text: year, year: +year };
      else if (!RE_YEAR.test(d.venue)) d.venue = `${d.venue} ${year}`;
    }
    // a row naming its paper by a bare arXiv id (`| Title | arXiv |` with `2607.14076`): a paper with no link
    // `| 論文 | 一言 |` over `| [Short name](papers/x.md) | summary |`: a column the header names as the papers' and
    // a summary beside it; the name links the paper's page in the list (or nothing), never a site
    const described = roles[titleCol]!.rank <= 1 && Boolean(d.abstract) && !d.links.length && letters(d.title) >= 2 && !RE_PLACEHOLDER.test(d.title);
    if (isPaper(d) || described || (d.arxivId && wordCount(d.title) >= 2 && letters(d.title) >= 2 && !RE_PLACEHOLDER.test(d.title))) out.push(toEntry(r, d, sections));
  }
}

/** `owner/name` (a Hugging Face or GitHub repository id): no spaces, one slash inside. */
function isRepoId(t: string): boolean {
  const k = t.indexOf('/');
  return k > 0 && k < t.length - 1 && t.indexOf('/', k + 1) < 0 && t.indexOf(' ') < 0 && t.length <= 120;
}

/**
 * A cell's text without a tracker's status flag at its end (`… unbounded interaction [ongoing]`,
 * `[ongoing — low engagement]`): lower-case words in brackets, no link, no number, no citation.
 */
function withoutStatusFlag(t: string): string {
  if (!t.endsWith(']')) return t;
  const k = t.lastIndexOf('[');
  if (k <= 0) return t;
  const inner = t.slice(k + 1, -1).trim();
  if (!inner || inner.length > 40 || wordCount(inner) > 5) return t;
  for (const ch of inner) if (!((ch >= 'a' && ch <= 'z') || ch === ' ' || ch === '-' || ch === '—' || ch === '–')) return t;
  return t.slice(0, k).trimEnd();
}

// ---------------------------------------------------------------------------
// The walk

function headingText(h: Heading): string {
  return cleanHeading(nodeText(h));
}

function cleanHeading(s: string): string {
  return trimRun(s).replace(RE_TRAILING_COLON, '').trim();
}

/** Items of the lists directly inside a list item. */
function nestedItems(item: ListItem): ListItem[] {
  const out: ListItem[] = [];
  for (const c of item.children) if (c.type === 'list') for (const it of c.children) out.push(it);
  return out;
}

function headNodes(item: ListItem): RootContent[] {
  return item.children.filter((c) => c.type === 'paragraph' || c.type === 'heading' || c.type === 'html') as RootContent[];
}

/** Reads a raw definition destination (`[id]: <url> "title"`). */
function definitionUrl(src: string, def: Definition): { url: string; start: number; end: number } {
  const s = startOf(def);
  const e = endOf(def);
  let i = src.indexOf(']:', s);
  if (i < 0 || i >= e) return { url: def.url, start: s, end: e };
  i += 2;
  while (i < e && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\r')) i++;
  let j = i;
  if (src[i] === '<') {
    i++;
    j = src.indexOf('>', i);
    if (j < 0 || j > e) j = e;
  } else while (j < e && !RE_WHITESPACE_CHAR.test(src[j]!)) j++;
  return { url: src.slice(i, j), start: i, end: j };
}


// ---------------------------------------------------------------------------
// Abstracts: collapsed `<details>` blocks and prose under a title heading

/** The most text taken as one entry's abstract (characters). */
const MAX_ABSTRACT = 20_000;

/** Appends prose to an abstract (a draft's or an entry's). */
function appendAbstract(prev: string | undefined, text: string): string | undefined {
  const t = foldSpace(text).trim();
  if (!t) return prev;
  if (!prev) return t.slice(0, MAX_ABSTRACT);
  if (prev.length >= MAX_ABSTRACT) return prev;
  return `${prev} ${t}`.slice(0, MAX_ABSTRACT);
}

/** Where an abstract starts in raw markup: just after `<summary>Abstract</summary>`, or -1. */
function summaryEnd(v: string): number {
  if (v.indexOf('<') < 0) return -1;
  const m = RE_SUMMARY_ABSTRACT.exec(v);
  return m ? m.index + m[0].length : -1;
}

/** The text of raw markup from `from` up to `</details>` (or its end), tags dropped. */
function htmlProse(v: string, from: number): { text: string; closed: boolean } {
  const m = RE_DETAILS_CLOSE.exec(from ? v.slice(from) : v);
  const to = m ? from + m.index : v.length;
  return { text: dropTags(v, from, to), closed: Boolean(m) };
}

/** Text between `from` and `to` with tags dropped (a `<` with no `>` near it stays), entities decoded, spaces folded. */
function dropTags(v: string, from: number, to: number): string {
  let out = '';
  let i = from;
  let gt = -1;
  while (i < to) {
    const lt = v.indexOf('<', i);
    const stop = lt < 0 || lt >= to ? to : lt;
    out += v.slice(i, stop);
    if (stop >= to) break;
    // the next `>` is looked up only when passed: the scan stays linear
    if (gt <= stop) gt = v.indexOf('>', stop);
    if (gt < 0 || gt >= to || gt - stop > 2000) {
      out += '<';
      i = stop + 1;
    } else {
      out += ' ';
      i = gt + 1;
    }
  }
  return foldSpace(decodeCellEntities(out)).trim();
}

/** A paragraph's or an HTML block's text as abstract prose, up to a `</details>` in it. */
function blockProse(r: Reading, n: RootContent): { text: string; closed: boolean } {
  if (n.type === 'html') return htmlProse(n.value, 0);
  const raw = r.src.slice(startOf(n), endOf(n));
  if (RE_DETAILS_CLOSE.test(raw)) {
    const m = RE_DETAILS_CLOSE.exec(raw)!;
    return { text: foldSpace(nodeText(n as Nodes)).replace(RE_DETAILS_CLOSE, '').trim() || htmlProse(raw.slice(0, m.index), 0).text, closed: true };
  }
  return { text: foldSpace(nodeText(n as Nodes)).trim(), closed: false };
}

/**
 * A list item's collapsed abstract (`- **Title**  ` / authors / `<details><summary>Abstract</summary>` /
 * the abstract / `</details>`): where the marker stands (absolute offset) and the text after it.
 */
function itemAbstract(r: Reading, item: ListItem): { at: number; text: string } | undefined {
  const kids = item.children;
  for (let k = 0; k < kids.length; k++) {
    const c = kids[k]!;
    if (c.type !== 'paragraph' && c.type !== 'html') continue;
    const s0 = startOf(c);
    const raw = r.src.slice(s0, endOf(c));
    const e = summaryEnd(raw);
    if (e < 0) continue;
    const first = htmlProse(raw, e);
    let text = first.text;
    let closed = first.closed;
    for (let j = k + 1; j < kids.length && !closed; j++) {
      const n = kids[j]!;
      if (n.type !== 'paragraph' && n.type !== 'html') break;
      const b = blockProse(r, n);
      text = appendAbstract(text, b.text) ?? '';
      closed = b.closed;
    }
    const open = raw.lastIndexOf('<details', e);
    return { at: s0 + (open >= 0 ? open : e), text };
  }
  return undefined;
}

/** A list item's segments that stand before its collapsed abstract. */
/**
 * An item's labelled abstract or summary written as plain text (`Summary: …`, `Abstract: …`, `TL;DR: …`) opening a line
 * of the item after its first: a continuation paragraph (`- **Title** [[Paper](…)]` / blank / `    Summary: …`) or a lazy
 * line under the item's first line. Each runs from its label to the end of its paragraph; the label is no part of it.
 */
function itemLabelledFields(r: Reading, item: ListItem, segs: readonly Seg[]): { start: number; end: number; kind: 'abstract' | 'summary'; text: string }[] {
  const out: { start: number; end: number; kind: 'abstract' | 'summary'; text: string }[] = [];
  let firstLine = true;
  for (const c of item.children) {
    if (c.type !== 'paragraph') {
      if (c.type !== 'html') firstLine = false;
      continue;
    }
    const p0 = startOf(c);
    const p1 = endOf(c);
    for (let at = p0; at < p1; ) {
      const nl = r.src.indexOf('\n', at);
      const lineEnd = nl < 0 || nl > p1 ? p1 : nl;
      if (!firstLine) {
        let i = at;
        while (i < lineEnd && (r.src[i] === ' ' || r.src[i] === '\t')) i++;
        const line = r.src.slice(i, lineEnd);
        const l = plainLabelEnd(line);
        const kind = l > 0 ? ABSTRACT_FIELDS.get(line.slice(0, l).trim().toLowerCase()) : undefined;
        if (kind) {
          const all = segsText(segs.filter((x) => x.start >= i && x.end <= p1));
          const cut = plainLabelEnd(all);
          const text = cut > 0 ? all.slice(cut + 1).trim() : '';
          if (wordCount(text) >= 3) out.push({ start: i, end: p1, kind, text });
          break;
        }
      }
      firstLine = false;
      at = lineEnd + 1;
    }
    firstLine = false;
  }
  return out;
}

function segsBefore(segs: Seg[], at: number): Seg[] {
  const out: Seg[] = [];
  for (const x of segs) if (x.start < at) out.push(x);
  return out;
}

/** A list item as a labelled field: `**Label**: value` (the label short, bold, a colon after it). */
function fieldItem(segs: readonly Seg[]): { label: string; value: Seg[] } | undefined {
  let i = 0;
  while (i < segs.length && segs[i]!.t === 'text' && !segs[i]!.text.trim()) i++;
  const f = segs[i];
  if (!f || f.t !== 'text' || !(f.style & STRONG)) return undefined;
  let label = f.text;
  let j = i + 1;
  while (j < segs.length && segs[j]!.t === 'text' && segs[j]!.style & STRONG) label += segs[j++]!.text;
  label = label.trim();
  let colon = RE_FIELD_COLON_END.test(label);
  if (colon) label = label.slice(0, -1).trim();
  let value = segs.slice(j);
  // `**分类: cs.CL**` / `**Link: [pdf](…)**`: the colon inside the bold run, after a known field label
  if (!colon) {
    let c = 0;
    while (c < f.text.length && c <= 24 && f.text[c] !== ':' && f.text[c] !== '：') c++;
    const lab = c > 0 && c < f.text.length && c <= 24 ? f.text.slice(0, c).trim() : '';
    if (lab && KNOWN_FIELD_LABELS.has(lab.toLowerCase())) {
      let k = c + 1;
      while (k < f.text.length && (f.text[k] === ' ' || f.text[k] === '\t')) k++;
      const rest: Seg[] = k < f.text.length ? [{ ...f, text: f.text.slice(k), start: f.start + k }] : [];
      value = rest.concat(segs.slice(i + 1));
      label = lab;
      colon = true;
    }
  }
  if (!colon && value[0] && value[0].t === 'text' && RE_FIELD_COLON_START.test(value[0].text)) {
    colon = true;
    value[0] = { ...value[0], text: value[0].text.replace(RE_FIELD_COLON_START, '') };
  }
  // `**Abstract**` alone on its line, the value on the lines below (daily-arXiv digests): a field
  // without a colon when the label is a known field's
  // `**Abstract** Speech is produced …` (the page of such a digest, its lines folded): the value on
  // the label's own line, when it is a sentence or more
  if (!colon && label && BARE_FIELD_LABELS.has(label.toLowerCase())) {
    let k = 0;
    while (k < value.length && value[k]!.t === 'text' && !value[k]!.text.trim()) k++;
    colon = k >= value.length || value[k]!.t === 'nl' || (value[k]!.t === 'text' && segsText(value).trim().length >= (AUTHOR_FIELDS.has(label.toLowerCase()) ? 3 : 60));
  }
  if (!colon || !label || label.length > 40 || wordCount(label) > 4) return undefined;
  return { label, value };
}

/** Labels of a field (`Abstract`, `Category`, `链接`): read as such even when the colon is inside the bold run (`**分类: cs.CL**`). */
const KNOWN_FIELD_LABELS = new Set([
  'abstract', 'summary', 'tl;dr', 'tldr', 'authors', 'author', 'category', 'categories', 'subjects', 'link', 'links', 'url', 'pdf',
  'code', 'comments', 'comment', 'note', 'notes', 'keywords', 'venue', 'date', 'published',
  '摘要', '作者', '分类', '类别', '主题', '简介', '概要', '链接', '地址', '代码', '备注', '评论', '关键词', '发布日期', '日期',
]);

/** Labels of a field holding an entry's comments (arXiv's `Comments:` line: pages, venue, code and data links). */
const COMMENT_FIELDS = new Set(['comments', 'comment', '备注', '評論', '评论', '注释', '비고', 'コメント']);

/** Labels read as a field's even without a colon, when the value starts on the next line (`**Abstract**`). */
const BARE_FIELD_LABELS = new Set(['abstract', 'summary', 'tl;dr', 'tldr', 'authors', 'author', '摘要', '作者']);

/** Labels of a field that holds an entry's authors (`- **Authors**: …`). */
const AUTHOR_FIELDS = new Set(['authors', 'author', '作者', '著者', '저자']);
/** Labels of a field that holds an entry's venue (`- **Venue**: NeurIPS 2024`). */
const VENUE_FIELDS = new Set(['venue', 'conference', 'journal', 'published in', 'publication', '会议', '期刊', '发表']);

/** Labels of a field that repeats the entry's title (`제목: …` under `### N. [Title](…)`). */
const TITLE_FIELDS = new Set(['title', 'paper title', '标题', '题目', '題目', '標題', '제목', '논문 제목', 'タイトル']);

/** The value of a paragraph opening with a title field (`제목: Title`, `Title: …`; no emphasis), else undefined. */
function titleFieldValue(segs: readonly Seg[]): Seg[] | undefined {
  let i = 0;
  while (i < segs.length && segs[i]!.t === 'text' && !segs[i]!.text.trim()) i++;
  const x = segs[i];
  if (!x || x.t !== 'text' || x.style & (STRONG | CODE)) return undefined;
  let c = 0;
  while (c < x.text.length && c <= 16 && x.text[c] !== ':' && x.text[c] !== '：') c++;
  if (c > 16 || c >= x.text.length || !TITLE_FIELDS.has(x.text.slice(0, c).trim().toLowerCase())) return undefined;
  let k = c + 1;
  while (k < x.text.length && (x.text[k] === ' ' || x.text[k] === '\t')) k++;
  return k < x.text.length ? [{ ...x, text: x.text.slice(k), start: x.start + k }, ...segs.slice(i + 1)] : segs.slice(i + 1);
}

/** The text repeats the title (folded; a title with a tail after it, `… - Technical Preview`, included). */
function sameTitle(value: string, title: string | undefined): boolean {
  if (!title) return false;
  const a = foldSpace(value).toLowerCase().trim();
  const b = foldSpace(title).toLowerCase().trim();
  if (a.length < 4) return false;
  return a === b || (b.startsWith(a) && a.length * 2 >= b.length) || (a.startsWith(b) && b.length * 2 >= a.length);
}

/** Headings naming a part of a paper (a generator's per-paper summary sections), not a section of the page. */
const BODY_SECTIONS = new Set(['introduction', 'method', 'methods', 'methodology', 'approach', 'results', 'experiments', 'conclusion', 'conclusions', 'discussion', 'background', 'motivation', 'contributions', 'key contributions', 'limitations', '서론', '방법', '결과', '결론', '引言', '方法', '结果', '結果', '结论', '結論']);

/**
 * The text a paper's body section holds: a paragraph's (a bare address kept as text), or a list's items
 * (markers dropped, labels kept), joined by spaces; '' for blocks with links of their own or nested lists.
 */
function bodyText(r: Reading, node: Nodes): string {
  const texts: string[] = [];
  const blocks: Seg[][] = [];
  if (node.type === 'paragraph') blocks.push(inlineSegs(node.children, r.src));
  else if (node.type === 'list') {
    if (node.children.length > 40 || node.children.some((it) => nestedItems(it).length > 0)) return '';
    for (const it of node.children) blocks.push(inlineSegs(headNodes(it), r.src));
  } else return '';
  for (const sg of blocks) {
    if (sg.some((x) => x.t === 'link' && !x.imageOnly && x.text !== x.url)) return '';
    const t = segsText(sg);
    if (t) texts.push(t);
  }
  const t = texts.join(' ');
  return hasLetter(t) && t.length >= 20 ? t : '';
}

/** Labels of a field that holds an entry's abstract or its summary (`**Summary:** …`). */
const ABSTRACT_FIELDS = new Map<string, 'abstract' | 'summary'>([
  ['abstract', 'abstract'],
  ['摘要', 'abstract'],
  ['초록', 'abstract'],
  ['summary', 'summary'],
  ['tl;dr', 'summary'],
  ['简介', 'summary'],
  ['tldr', 'summary'],
  ['要約', 'summary'],
  ['요약', 'summary'],
  ['概要', 'summary'],
  // an aggregator's original description beside its LLM-written summary (`- **原始摘要**:` / `- **AI 摘要**:`)
  ['原始摘要', 'abstract'],
  ['原文摘要', 'abstract'],
  ['论文摘要', 'abstract'],
  ['original abstract', 'abstract'],
  ['ai 摘要', 'summary'],
  ['ai摘要', 'summary'],
  ['ai 总结', 'summary'],
  ['ai summary', 'summary'],
]);

/** Where the colon of a short plain label stands at the start of a line (`TL;DR: …`, `Motivation: …`), or -1. */
function plainLabelEnd(t: string): number {
  let c = 0;
  let words = 1;
  while (c < t.length && c <= 24 && t[c] !== ':' && t[c] !== '：' && t[c] !== '\n') {
    if (t[c] === ' ' && ++words > 3) return -1;
    c++;
  }
  if (c > 24 || c >= t.length || (t[c] !== ':' && t[c] !== '：')) return -1;
  // (a CJK label is a field's when known: `摘要：…`)
  return (hasLetter(t.slice(0, c)) || ABSTRACT_FIELDS.has(t.slice(0, c).trim()) || AUTHOR_FIELDS.has(t.slice(0, c).trim())) && t.slice(c + 1, c + 3) !== '//' ? c : -1;
}

/**
 * A labelled line inside a field's text starts the next field when its label is an abstract's or a
 * summary's, or a capitalised word or two after a line that ended a sentence (`Method: …` after
 * `…。`); not a wrapped line that happens to hold a colon (`present Q2E: a …`).
 */
function startsField(label: string, prev: string): boolean {
  if (ABSTRACT_FIELDS.has(label.toLowerCase())) return true;
  const c = label[0]!;
  return c !== c.toLowerCase() && label.indexOf(' ', label.indexOf(' ') + 1) < 0 && RE_PROSE_END.test(prev.trimEnd());
}

/**
 * A paragraph of plainly labelled lines (`TL;DR: …`, `Abstract: …` with no bold, as digests write
 * them inside `<details>`): each label with its value (its rest of line and the unlabelled lines
 * after it). Empty unless the first line is labelled.
 */
function plainFields(segs: readonly Seg[]): { label: string; value: Seg[]; at: number }[] {
  const out: { label: string; value: Seg[]; at: number }[] = [];
  let cur: { label: string; value: Seg[]; at: number } | undefined;
  let lineStart = true;
  let prev = '';
  for (const x of segs) {
    if (x.t === 'nl') {
      if (cur) cur.value.push(x);
      lineStart = true;
      continue;
    }
    if (lineStart) {
      if (x.t === 'text' && !x.text.trim()) continue;
      lineStart = false;
      const c = x.t === 'text' && !(x.style & (STRONG | CODE)) ? plainLabelEnd(x.text) : -1;
      if (c >= 0 && (!cur || startsField(x.text.slice(0, c).trim(), prev))) {
        let k = c + 1;
        while (k < x.text.length && (x.text[k] === ' ' || x.text[k] === '\t')) k++;
        cur = { label: x.text.slice(0, c).trim(), value: k < x.text.length ? [{ ...x, text: x.text.slice(k), start: x.start + k }] : [], at: x.start };
        out.push(cur);
        continue;
      }
      if (!cur) return out;
    }
    if (cur) cur.value.push(x);
    prev = x.text;
  }
  return out;
}

/** What a nested bullet shows of its entry's description (see `bulletDescription`). */
interface BulletDescription {
  fields: { kind: 'abstract' | 'summary'; text: string }[];
  /** The head of an arXiv RSS description, when the bullet opens with one. */
  announce?: NonNullable<ReturnType<typeof splitAnnounce>>;
}

/**
 * A nested bullet of a list item that shows the entry's description: a labelled abstract or summary
 * (`- Abstract: …`, `- **Summary:** …`, the lazy continuation lines under it included), or an arXiv RSS
 * description as clipped from the feed (`- arXiv:ID Announce Type: new` / `Abstract: …`): its head is
 * skipped and the rest is the abstract, as the RSS reader takes it. Undefined for any other bullet.
 */
function bulletDescription(r: Reading, segs: readonly Seg[]): BulletDescription | undefined {
  let i = 0;
  while (i < segs.length && (segs[i]!.t === 'nl' || !segs[i]!.text.trim())) i++;
  const f = segs[i];
  if (!f) return undefined;
  const end = segs[segs.length - 1]!.end;
  if (f.t === 'text' && !(f.style & (STRONG | EM | CODE)) && f.text.trimStart().startsWith('arXiv:')) {
    const ann = splitAnnounce(fieldText(r, segs.slice(i), end));
    if (ann && !ann.preface) return { fields: hasLetter(ann.abstract) ? [{ kind: 'abstract', text: ann.abstract.slice(0, MAX_ABSTRACT) }] : [], announce: ann };
  }
  const bold = fieldItem(segs);
  const fs: { label: string; value: Seg[]; at?: number }[] = bold ? [bold] : plainFields(segs);
  const fields: BulletDescription['fields'] = [];
  let announce: BulletDescription['announce'];
  fs.forEach((x, k) => {
    let kind = ABSTRACT_FIELDS.get(x.label.toLowerCase());
    if (!kind) return;
    let t = fieldText(r, x.value, fs[k + 1]?.at ?? end);
    // `- Summary: arXiv:ID v1 Announce Type: new Abstract: …` (an RSS description under a label): the abstract after its head
    const ann = t.startsWith('arXiv:') ? splitAnnounce(t) : undefined;
    if (ann && !ann.preface && hasLetter(ann.abstract)) {
      t = ann.abstract;
      kind = 'abstract';
      announce ??= ann;
    }
    // a link under an abstract label (`- **Abstract:** [arXiv](…)`) is no abstract
    if ((hasLetter(t) || letters(t) >= 3) && (isProseText(t) || !x.value.some((v) => v.t === 'link' && !v.imageOnly))) fields.push({ kind, text: t.slice(0, MAX_ABSTRACT) });
  });
  if (!fields.length) return undefined;
  return announce ? { fields, announce } : { fields };
}

/**
 * Puts a nested bullet's description on a list item's draft: a labelled abstract is the abstract (a
 * summary read before it is kept as the summary), a summary is the abstract while there is none.
 * The bullet's links join the entry; its text is no author, venue or date line.
 */
function putDescription(r: Reading, d: Draft, desc: BulletDescription, segs: readonly Seg[], state: { summaryOnly: boolean }): void {
  const a = desc.announce;
  if (a?.id && !d.arxivId) {
    d.arxivId = a.id.id;
    if (a.id.version) d.arxivVersion = a.id.version;
  }
  if (a?.type) d.announceType ??= a.type;
  for (const x of desc.fields) {
    if (x.kind === 'abstract' && (!d.abstract || state.summaryOnly)) {
      if (d.abstract) d.summary ??= d.abstract;
      d.abstract = x.text;
      state.summaryOnly = false;
    } else if (x.kind === 'summary') {
      if (!d.abstract) {
        d.abstract = x.text;
        state.summaryOnly = true;
      } else d.summary ??= x.text;
    }
  }
  for (const s of segs) if (s.t === 'link') addLinkSeg(r, d, s);
}

/**
 * The labelled lines of a raw HTML block (`<details>` / `<summary>Details</summary>` /
 * `TL;DR: …` / `Abstract: …` written without blank lines): the abstract and summary fields.
 * Empty unless the block's first line of text is labelled.
 */
function htmlFields(v: string): { kind: 'abstract' | 'summary'; text: string }[] {
  const out: { kind: 'abstract' | 'summary'; text: string }[] = [];
  if (v.length > 200_000) return out;
  let cur: { kind?: 'abstract' | 'summary' | undefined; text: string } | undefined;
  let seen = false;
  const flush = () => {
    if (cur?.kind) {
      const t = dropTags(cur.text, 0, cur.text.length);
      if (t) out.push({ kind: cur.kind, text: t });
    }
    cur = undefined;
  };
  for (const line of v.split('\n')) {
    let t = line.trim();
    if (t[0] === '<') {
      // tag lines (`<details>`, `<summary>Details</summary>`) end a field; text after leading tags starts a line
      flush();
      if (t[t.length - 1] === '>') continue;
      while (t[0] === '<') {
        const gt = t.indexOf('>');
        if (gt < 0 || gt > MAX_TAG) break;
        t = t.slice(gt + 1).trim();
      }
    }
    if (!t || t[0] === '<') continue;
    const c = plainLabelEnd(t);
    if (c >= 0 && (!seen || !cur || startsField(t.slice(0, c).trim(), cur.text))) {
      flush();
      seen = true;
      cur = { kind: ABSTRACT_FIELDS.get(t.slice(0, c).trim().toLowerCase()), text: t.slice(c + 1) };
    } else if (!seen) return out;
    else if (cur) cur.text += '\n' + t;
  }
  flush();
  return out;
}

/** A heading that is a field label of the entry above it (`#### Abstract`, `#### TL;DR:`): the field's kind. */
function fieldHeadingKind(t: string): 'abstract' | 'summary' | undefined {
  return t.length <= 12 ? ABSTRACT_FIELDS.get(t.toLowerCase()) : undefined;
}

/** A heading line that is an authors (1), abstract (2) or links (8) label (`### Authors`), else 0. */
function fieldHeadingBit(line: string): number {
  let k = 0;
  while (k < line.length && k < 8 && (line[k] === '#' || line[k] === ' ')) k++;
  const t = line.slice(k).trim();
  if (t.length > 16) return 0;
  const h = cleanHeading(t).toLowerCase();
  if (AUTHOR_FIELDS.has(h)) return 1;
  if (ABSTRACT_FIELDS.get(h) === 'abstract') return 2;
  return LINK_HEADINGS.has(h) ? 8 : 0;
}

/** A heading line of the source (`#### Abstract`) that is a field label, not a section. */
function isFieldHeadingLine(line: string): boolean {
  let k = 0;
  while (k < line.length && k < 8 && (line[k] === '#' || line[k] === ' ')) k++;
  const t = line.slice(k).trim();
  return t.length <= 16 && fieldHeadingKind(cleanHeading(t)) !== undefined;
}

/** A title written in brackets with no link (`### 1. **[EvoArena: …]**`). */
function unbracket(t: string): string {
  if (t.length > 2 && t[0] === '[' && t[t.length - 1] === ']' && t.indexOf('[', 1) < 0 && t.indexOf(']') === t.length - 1) return t.slice(1, -1).trim();
  return t;
}

/** Plain text of segments (links by their labels). */
function segsText(segs: readonly Seg[]): string {
  return foldSpace(segs.map((x) => (x.t === 'nl' ? ' ' : x.text)).join('')).trim();
}

/**
 * A text with its parenthesised groups (nested ones included) cut out, and the groups with
 * letters in them (without duplicates): `A (X, Y (Z)), B (1)` gives `A , B ` and `X, Y (Z)`.
 * Undefined when the parentheses do not balance.
 */
function withoutParenGroups(s: string): { text: string; groups: string[] } | undefined {
  let depth = 0;
  let text = '';
  let open = 0;
  const groups: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(') {
      if (depth++ === 0) open = i;
    } else if (c === ')') {
      if (depth === 0) return undefined;
      if (--depth === 0) {
        const g = foldSpace(s.slice(open + 1, i)).trim();
        if (letters(g) >= 2 && !groups.includes(g)) groups.push(g);
      }
    } else if (depth === 0) text += c;
  }
  return depth === 0 ? { text: foldSpace(text).split(' ,').join(',').trim(), groups } : undefined;
}

/** A field value that is an address or two (`https://arxiv.org/abs/2506.09231`), a few words at most besides. */
function isLinkValue(t: string): boolean {
  if (t.indexOf('://') < 0 && t.indexOf('www.') < 0) return false;
  let words = 0;
  for (const w of t.split(' ')) if (w && w.indexOf('://') < 0 && !w.startsWith('www.') && ++words > 4) return false;
  return true;
}

/** Characters LaTeX escapes with a backslash (and `\\`, its line break), which markdown writers seldom do. */
const LATEX_ESCAPED = new Set(['\\', '%', '$', '&', '#', '{', '}', '~', '^']);

/**
 * A field value's text. Where the source differs from the parsed text only by backslash
 * escapes LaTeX writes (`\\` as a line break, `81\%`: an arXiv abstract copied into
 * markdown), the text as written.
 */
function fieldText(r: Reading, v: readonly Seg[], end: number): string {
  const t = segsText(v);
  let i = 0;
  while (i < v.length && (v[i]!.t === 'nl' || !v[i]!.text.trim())) i++;
  const first = v[i];
  if (!t || !first || end <= first.start) return t;
  const raw = r.src.slice(first.start, end);
  // LaTeX quotes (` ``Sentinels'' `): CommonMark reads the text between two of them as code, their backticks lost
  const quotes = raw.indexOf('``') >= 0 && raw.indexOf("''") >= 0;
  if (raw.indexOf('\\') < 0 && !quotes) return t;
  let unescaped = '';
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k]!;
    const n = raw[k + 1];
    if (c === '\\' && n !== undefined && RE_ASCII_PUNCT.test(n)) {
      if (!LATEX_ESCAPED.has(n)) return t;
      unescaped += n;
      k++;
    } else if (c !== '`' || !quotes) unescaped += c;
  }
  const bare = quotes ? foldSpace(t.split('`').join('')).trim() : t;
  return foldSpace(unescaped).trim() === bare ? foldSpace(raw).trim() : t;
}

/** Prose, not a title or a name list: long enough, or a sentence. */
function isProseText(t: string): boolean {
  return t.length >= 25 && (RE_PROSE_END.test(t) || t.length >= 80 || wordCount(t) >= 12);
}

/**
 * The list under a title heading, when it describes that one paper: labelled fields
 * (`- **论文链接**: [url](url)`, `- ***What's New***: …`) or prose bullets (a summary
 * sentence a line). Links join the entry, prose becomes its abstract. False when the
 * list holds entries of its own.
 */
/** An indented code block (four spaces or a tab), not a fenced one. */
function isIndentedCode(r: Reading, node: Nodes): boolean {
  if (node.type !== 'code' || node.lang) return false;
  const at = startOf(node);
  return r.src.charCodeAt(at) === 9 /* tab */ || r.src.startsWith('    ', at);
}

/** The last non-blank line before `at` is a field label alone (`**Key Contributions:**`, `Highlights:`). */
function labelLineBefore(src: string, at: number): boolean {
  let e = at;
  while (e > 0 && (src.charCodeAt(e - 1) === 10 || src.charCodeAt(e - 1) === 13 || src.charCodeAt(e - 1) === 32 || src.charCodeAt(e - 1) === 9)) e--;
  let b = e;
  while (b > 0 && src.charCodeAt(b - 1) !== 10 && e - b < 200) b--;
  let t = src.slice(b, e).trim();
  if (t.startsWith('**') && (t.endsWith(':**') || t.endsWith('**:'))) t = t.slice(2, -3); // `**Label:**` or `**Label**:`
  else if (t.endsWith(':')) t = t.slice(0, -1);
  else return false;
  t = t.trim();
  return t.length > 0 && t.length <= 40 && wordCount(t) <= 4 && t.indexOf('*') < 0 && t.indexOf('[') < 0 && t.indexOf(':') < 0;
}

/** A quote whose first block is a labelled field of a paper (`> **Authors:** …`, `> **摘要:** …`). */
function quotedFields(r: Reading, node: Nodes): boolean {
  if (node.type !== 'blockquote') return false;
  const p = node.children[0];
  if (!p || p.type !== 'paragraph') return false;
  const f = fieldItem(inlineSegs(p.children, r.src));
  if (!f) return false;
  const k = f.label.toLowerCase();
  return KNOWN_FIELD_LABELS.has(k) || AUTHOR_FIELDS.has(k) || ABSTRACT_FIELDS.has(k) || COMMENT_FIELDS.has(k);
}

/** A list whose items hold a link (not a badge image). */
function listHasLinks(r: Reading, list: Nodes): boolean {
  if (list.type !== 'list') return false;
  return list.children.some((it) => inlineSegs(headNodes(it), r.src).some((x) => x.t === "link" && !x.imageOnly));
}

/** Labels of a field naming what kind of item an entry is (`- **类型**: forum`, `- Type: news`). */
const TYPE_FIELDS = new Set(['type', 'kind', 'item type', 'content type', '类型', '類型', '种类', '種類', 'タイプ', '유형']);
/** Kinds of item that are no paper (an aggregator's forum threads, news, videos, blog posts). */
const NON_PAPER_TYPES = new Set(['forum', 'news', 'video', 'videos', 'blog', 'blog post', 'podcast', 'discussion', 'tweet', 'social', 'reddit', 'newsletter', '新闻', '新聞', '论坛', '論壇', '视频', '視頻', '博客', '讨论', 'ニュース', '動画', '뉴스']);

/** A type field saying the entry is no paper (`- **类型**: forum`): it is dropped unless it links a paper. */
function nonPaperType(label: string, value: string): boolean {
  return TYPE_FIELDS.has(label) && NON_PAPER_TYPES.has(foldSpace(value).toLowerCase());
}

function absorbList(r: Reading, h: { d: Draft; linked: boolean; fields?: boolean; nonPaper?: boolean }, list: Nodes): boolean {
  if (list.type !== 'list' || !list.children.length || list.children.length > 40) return false;
  const items = list.children;
  if (items.some((it) => nestedItems(it).length > 0)) return false;
  const segsOf = items.map((it) => inlineSegs(headNodes(it), r.src));
  const fields = segsOf.map(fieldItem);
  if (fields.every(Boolean)) {
    let prose = '';
    // `- **Abstract**: …` / `- **Summary**: …`: the labelled text is the abstract, other prose is not
    let labelled: { text: string; kind: 'abstract' | 'summary' } | undefined;
    let summary: string | undefined;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const v = f!.value;
      const label = f!.label.toLowerCase();
      const kind = ABSTRACT_FIELDS.get(label);
      if (kind && !v.some((x) => x.t === 'link' && !x.imageOnly)) {
        const hn = headNodes(items[i]!);
        const t = fieldText(r, v, hn.length ? endOf(hn[hn.length - 1]!) : endOf(items[i]!));
        if (!t) continue;
        if (!labelled) labelled = { text: t, kind };
        else if (kind === 'abstract' && labelled.kind === 'summary') {
          summary = labelled.text;
          labelled = { text: t, kind };
        }
        continue;
      }
      if (v.some((x) => x.t === 'link' && !x.imageOnly)) analyze(r, h.d, v, false);
      else {
        const t = segsText(v);
        // `- **Authors**: A, B`: the names
        const paren = !h.d.authors && AUTHOR_FIELDS.has(label) && t.indexOf('(') >= 0 ? withoutParenGroups(t) : undefined;
        if (!h.d.authors && AUTHOR_FIELDS.has(label) && looksAuthors(t, true)) setAuthors(h.d, t);
        // `Jose Bermudez (1), Zilong Zhong (1) ((1) McMaster University, …)`, `Name (Affil, Affil), Name`:
        // arXiv's affiliations in parentheses
        else if (paren && looksAuthors(paren.text, true)) {
          setAuthors(h.d, paren.text);
          if (paren.groups.length && !h.d.affiliations) h.d.affiliations = paren.groups;
        } else if (!h.d.venue && VENUE_FIELDS.has(label) && t.length <= 120) h.d.venue = t;
        else if (nonPaperType(label, t)) h.nonPaper = true;
        // `- **Arxiv link:** https://arxiv.org/abs/…` (an address left as text): the entry's link
        else if (isLinkValue(t)) {
          const first = v.find((x) => x.t === 'text' && x.text.trim());
          const last = v[v.length - 1]!;
          if (first) bareUrls(r, h.d, r.src.slice(first.start, last.end), first.start, last.end);
        } else if (isProseText(t)) prose = appendAbstract(prose, t) ?? '';
      }
    }
    if (labelled) {
      // an arXiv RSS description (`arXiv:ID vN Announce Type: new Abstract: …`): its head is no abstract
      if (labelled.text.startsWith('arXiv:')) labelled.text = announceStripped(h.d, labelled.text);
      h.d.abstract = appendAbstract(h.d.abstract, labelled.text);
      if (summary) h.d.summary = summary;
    } else if (prose) h.d.abstract = appendAbstract(h.d.abstract, prose);
    h.fields = true;
    h.d.end = endOf(list);
    return true;
  }
  // prose bullets: only under a heading that links its paper
  if (!h.linked) return false;
  let sentences = 0;
  const texts: string[] = [];
  for (const sg of segsOf) {
    // a bare address inside a sentence is no link of its own
    if (sg.some((x) => x.t === 'link' && !x.imageOnly && x.text !== x.url)) return false;
    const t = segsText(sg);
    if (t.length < 15 || looksAuthors(t, false)) return false;
    if (RE_PROSE_END.test(t)) sentences++;
    texts.push(t);
  }
  if (sentences * 2 < texts.length || !texts.some(isProseText)) return false;
  for (const t of texts) h.d.abstract = appendAbstract(h.d.abstract, t);
  h.d.end = endOf(list);
  return true;
}

/**
 * A paragraph of `**Label**: value` lines under a title heading (`**链接**: https://…` / `**作者**: A, B 等 (10 人)` /
 * `**来源**: cs.AI` / `**摘要**:`, each on its own line, no bullets): the same fields as such bullets give. A last
 * abstract label with no value opens that field (its text follows: a quote, a paragraph); its kind is returned.
 * Undefined (nothing read) unless every line is such a field and there are two or more, or one empty abstract label.
 */
function fieldLines(r: Reading, h: { d: Draft; fields?: boolean; nonPaper?: boolean }, node: Paragraph): { open?: 'abstract' | 'summary' } | undefined {
  const segs = inlineSegs(node.children, r.src);
  const lines: Seg[][] = [[]];
  for (const x of segs) if (x.t === 'nl' && !x.br) lines.push([]); else lines[lines.length - 1]!.push(x);
  if (lines.length > 40) return undefined;
  const fields = lines.filter((l) => l.some((x) => x.t !== 'text' || x.text.trim())).map(fieldItem);
  if (!fields.length || !fields.every(Boolean)) return undefined;
  const lastKind = ABSTRACT_FIELDS.get(fields[fields.length - 1]!.label.toLowerCase());
  const emptyLast = Boolean(lastKind) && !segsText(fields[fields.length - 1]!.value);
  if (fields.length < 2 && !emptyLast) return undefined;
  for (let i = 0; i < fields.length; i++) {
    const { label, value: v } = fields[i]!;
    const lab = label.toLowerCase();
    const t = segsText(v);
    if (!t) continue;
    const kind = ABSTRACT_FIELDS.get(lab);
    if (kind && !v.some((x) => x.t === 'link' && !x.imageOnly)) {
      if (!h.d.abstract) h.d.abstract = t.slice(0, MAX_ABSTRACT);
    } else if (v.some((x) => x.t === 'link' && !x.imageOnly)) analyze(r, h.d, v, false);
    else if (AUTHOR_FIELDS.has(lab)) {
      if (h.d.authors) continue;
      // `A, B 等 (10 人)` (and N more), `A, B - Venue, 2027` (a Scholar byline), `Name (Affil), Name`
      let names = t.replace(RE_AUTHOR_COUNT_TAIL, '');
      const sep = RE_RUN_PART_SEPARATOR.exec(names);
      if (sep && !h.d.venue) {
        h.d.venue = trimRun(names.slice(sep.index + sep[0].length));
        names = names.slice(0, sep.index);
      } else if (sep) names = names.slice(0, sep.index);
      const paren = names.indexOf('(') >= 0 ? withoutParenGroups(names) : undefined;
      if (paren && looksAuthors(paren.text, true)) {
        setAuthors(h.d, paren.text);
        if (paren.groups.length && !h.d.affiliations) h.d.affiliations = paren.groups;
      } else if (looksAuthors(names, true)) setAuthors(h.d, names);
    } else if (!h.d.venue && VENUE_FIELDS.has(lab) && t.length <= 120) h.d.venue = t;
    else if (nonPaperType(label, t)) h.nonPaper = true;
    else if (isLinkValue(t)) {
      const first = v.find((x) => x.t === 'text' && x.text.trim());
      const last = v[v.length - 1]!;
      if (first) bareUrls(r, h.d, r.src.slice(first.start, last.end), first.start, last.end);
    }
  }
  h.fields = true;
  h.d.end = endOf(node);
  return emptyLast ? { open: lastKind } : {};
}

/**
 * The bullets under a plain title heading that describe its one paper (`##### [DCGAN title]` / `- Title [[arXiv]](…)` /
 * `- *A, B, C*` / `` - `2015-11-19` ``): a first bullet with the title (the heading's or a part of it) and resource
 * links, then only author lines in italics, dates, or resource links. The longer of the two titles is the title
 * (a bullet may shorten it); the bullets' links, authors and date are the heading's paper's. False for any other list.
 */
function absorbTitleBullets(r: Reading, h: { d: Draft; linked: boolean; fields?: boolean }, list: Nodes): boolean {
  if (list.type !== 'list' || !list.children.length || list.children.length > 8 || !h.d.title) return false;
  const items = list.children;
  if (items.some((it) => nestedItems(it).length > 0)) return false;
  const segs = items.map((it) => inlineSegs(headNodes(it), r.src).filter((x) => !(x.t === 'text' && !x.text.trim())));
  const first = segs[0]!;
  const k = first.findIndex((x) => x.t !== 'text');
  if (k <= 0 || first.slice(0, k).some((x) => x.style & (CODE | EM))) return false;
  const rest = first.slice(k);
  if (!rest.every((x) => (x.t === 'link' && (x.imageOnly || isResourceLabel(x.text))) || (x.t === 'text' && !letters(x.text)))) return false;
  if (!rest.some((x) => x.t === 'link' && !x.imageOnly)) return false;
  const bullet = cleanTitle(trimRun(first.slice(0, k).map((x) => x.text).join('')));
  const bk = foldKey(bullet);
  const hk = foldKey(h.d.title);
  if (bk.length < 6 || hk.length < 6 || (hk.indexOf(bk) < 0 && bk.indexOf(hk) < 0)) return false;
  // the other bullets: authors in italics, a date, resource links
  let authors: string | undefined;
  let date: PaperDate | undefined;
  for (let i = 1; i < segs.length; i++) {
    const sg = segs[i]!;
    if (!sg.length) continue;
    if (sg.every((x) => x.t === 'link' && (x.imageOnly || isResourceLabel(x.text)))) continue;
    if (sg.some((x) => x.t !== 'text')) return false;
    const t = trimRun(sg.map((x) => x.text).join(''));
    if (sg.every((x) => x.style & EM) && !authors && looksAuthors(t, true)) authors = t;
    else if (!date && (date = readDate(t.replace(RE_TRAILING_COLON, '')))) continue;
    else return false;
  }
  if (bk.length > hk.length) h.d.title = bullet;
  for (const sg of segs) for (const x of sg) if (x.t === 'link' && !x.imageOnly) addLinkSeg(r, h.d, x);
  if (authors && !h.d.authors) setAuthors(h.d, authors);
  if (date && !h.d.date) h.d.date = date;
  h.fields = true;
  h.d.end = endOf(list);
  return true;
}

/**
 * An author field's value on a draft (`A, B, C`, `A (Affil), B`, `A *et al.* (44 authors)`): true when
 * it read as names.
 */
function authorsField(d: Draft, raw: string): boolean {
  let t = raw.trim();
  // `… et al. (44 authors)`: the count is no name
  const cnt = t.lastIndexOf(' (');
  if (cnt > 0 && t.endsWith(' authors)') && t.length - cnt < 24) t = t.slice(0, cnt).trim();
  if (!t) return false;
  // `Name (Affiliation, City, … et al.`: a parenthesis never closed holds no more names
  const open = t.indexOf('(');
  if (open > 0 && !withoutParenGroups(t)) t = t.slice(0, open).trim();
  if (t.indexOf('(') < 0 && looksAuthors(t, true)) {
    setAuthors(d, t);
    return true;
  }
  const paren = t.indexOf('(') >= 0 ? withoutParenGroups(t) : undefined;
  if (paren && looksAuthors(paren.text, true)) {
    setAuthors(d, paren.text);
    if (paren.groups.length && !d.affiliations) d.affiliations = paren.groups;
    return true;
  }
  return false;
}

/** A sub-section of a heading card: its authors, its links, or other text about the paper (no abstract). */
interface SubField {
  kind: 'authors' | 'links' | 'other';
}

/** Sub-headings that name a card's links (`### Links`, `### Resources`). */
const LINK_HEADINGS = new Set(['links', 'link', 'resources', 'urls', 'url', '链接', '相关链接', 'リンク']);

/**
 * A sub-heading of a heading card that is a field of it (`### Authors`, `### Links`); with `inCard` (the
 * card already has a field sub-heading) any sub-heading is a section of it.
 */
function subFieldHeading(t: string, inCard: boolean): SubField | undefined {
  const k = t.toLowerCase();
  if (AUTHOR_FIELDS.has(k)) return { kind: 'authors' };
  if (LINK_HEADINGS.has(k)) return { kind: 'links' };
  return inCard ? { kind: 'other' } : undefined;
}

/** Reads a block under a card's sub-heading: the names under `### Authors`, the links under `### Links`. */
function readSubField(r: Reading, h: { d: Draft }, sub: SubField, node: Nodes): void {
  if (sub.kind === 'other') return;
  const blocks: Seg[][] = [];
  if (node.type === 'paragraph') blocks.push(inlineSegs(node.children, r.src));
  else if (node.type === 'list') for (const it of node.children) blocks.push(inlineSegs(headNodes(it), r.src));
  else return;
  for (const segs of blocks) {
    if (!segs.length) continue;
    if (sub.kind === 'authors') {
      if (!h.d.authors) authorsField(h.d, segsText(segs));
      continue;
    }
    // `- Abstract: http://arxiv.org/abs/…` / `- PDF: https://…`: the links (a label names the link, it is no field)
    for (const x of segs) if (x.t === 'link' && !x.imageOnly) addLinkSeg(r, h.d, x);
    for (const x of segs) if (x.t === 'text' && !(x.style & CODE) && (x.text.indexOf('://') >= 0 || x.text.indexOf('www.') >= 0)) bareUrls(r, h.d, x.text, x.start, x.end);
  }
}

/** Labels of a paper's plain field bullets besides the bold ones' (`- Source: arxiv`, `- arXiv ID: …`). */
const PLAIN_FIELD_LABELS = new Set(['source', 'arxiv id', 'id', 'relevance', 'score', 'date', 'published', 'categories', 'category', 'doi', 'url', 'pdf', 'abs', 'comments']);

/**
 * A list of plainly labelled single-line fields under a title heading (`- Source: arxiv`, `- arXiv ID: 2610.06889`,
 * `- Relevance: 4.5`): the entry's fields. Links and addresses join the entry, authors and an arXiv id are read;
 * the rest (scores, sources) is kept out of the title and abstract. False unless every item is such a field.
 */
function absorbPlainFields(r: Reading, h: { d: Draft; fields?: boolean; nonPaper?: boolean }, list: Nodes): boolean {
  if (list.type !== 'list' || list.children.length < 2 || list.children.length > 20) return false;
  const items = list.children;
  if (items.some((it) => nestedItems(it).length > 0)) return false;
  const all = items.map((it) => inlineSegs(headNodes(it), r.src));
  const fields: { label: string; value: Seg[] }[] = [];
  let known = false;
  for (const segs of all) {
    // `- Nick: Title [[paper]](…)`: entries, no fields
    if (segLines(segs).length !== 1 || segs.some((x) => x.t === 'link' && !x.imageOnly)) return false;
    const fs = plainFields(segs);
    if (fs.length !== 1) return false;
    const v = segsText(fs[0]!.value);
    const label = fs[0]!.label.toLowerCase();
    // (a title field holds a whole title: `- Title: Long-Horizon-Terminal-Bench: Testing the Limits of …`)
    if (!v || v.length > (TITLE_FIELDS.has(label) ? 400 : 200) || wordCount(v) > (TITLE_FIELDS.has(label) ? 60 : 15)) return false;
    if (PLAIN_FIELD_LABELS.has(label) || FIELD_LABELS.has(label) || AUTHOR_FIELDS.has(label) || VENUE_FIELDS.has(label)) known = true;
    fields.push(fs[0]!);
  }
  if (!known) return false;
  for (const f of fields) {
    const label = f.label.toLowerCase();
    const t = segsText(f.value);
    for (const x of f.value) if (x.t === 'link' && !x.imageOnly) addLinkSeg(r, h.d, x);
    if (AUTHOR_FIELDS.has(label)) {
      if (!h.d.authors) authorsField(h.d, t);
    } else if (TITLE_FIELDS.has(label) && h.d.titleKind === 'text' && letters(t) >= 2) {
      // `## Selected Signal` / `- Title: …`: the field names the paper, the heading only the block
      h.d.title = cleanTitle(foldSpace(t));
    } else if (nonPaperType(label, t)) h.nonPaper = true;
    else if (isLinkValue(t)) {
      for (const x of f.value) if (x.t === 'text' && !(x.style & CODE)) bareUrls(r, h.d, x.text, x.start, x.end);
    } else if (!h.d.arxivId && (label === 'arxiv id' || label === 'arxiv' || label === 'id')) {
      const m = RE_ARXIV_TEXT_ID.exec(t.toLowerCase().startsWith('arxiv') ? t : 'arXiv:' + t);
      if (m) h.d.arxivId = m[1]!;
    }
  }
  h.fields = true;
  h.d.end = endOf(list);
  return true;
}

type Work = { node: Nodes; extra: string[] };

/** Walk state carried from one chunk to the next. */
interface WalkState {
  headings: string[];
  skipLevel: number;
  /** The skipped section is a table of contents. */
  skipToc: boolean;
  pseudo: string;
  out: RawEntry[];
  /** Inside a collapsed abstract (`<details><summary>Abstract</summary>` … `</details>`): where its text goes. */
  details?: ((text: string) => void) | undefined;
  /** A `### Title:` heading just read: its title is the next block (absolute start, depth, sections). */
  titleLabel?: { start: number; depth: number; sections: string[] } | undefined;
  /** List items read as entries so far. */
  itemEntries?: number;
  /** Paragraphs read as no entry (absolute offsets). */
  loose?: { start: number; end: number }[];
}

/** The title under a `### Title:` heading: a short paragraph or an indented (code) line, one to three lines. */
function labelledTitle(r: Reading, node: Nodes): string | undefined {
  let t: string;
  if (node.type === 'code') {
    // an indented line, not a fenced block
    if (node.lang || r.src.charCodeAt(startOf(node)) === 96 || r.src.charCodeAt(startOf(node)) === 126 || r.src.slice(startOf(node), startOf(node) + 4).trim()) return undefined;
    const lines = node.value.split('\n').map((x) => x.trim()).filter(Boolean);
    if (!lines.length || lines.length > 3) return undefined;
    t = lines.join(' ');
  } else if (node.type === 'paragraph') {
    const segs = inlineSegs(node.children, r.src);
    if (segLines(segs).length > 3 || segs.some((x) => x.t === 'link' && !x.imageOnly)) return undefined;
    t = segsText(segs);
  } else return undefined;
  t = cleanTitle(foldSpace(t));
  const w = wordCount(t);
  return w >= 1 && w <= 60 && letters(t) >= 2 ? t : undefined;
}

/**
 * A section skipped by its name that can hold papers (`### Talks`, `### Links` on an accepted-papers page): read
 * when its list items, up to the next heading of its level or above, are papers' — two or more of them, and half of
 * all, link a paper address or a `[Paper]` label, or name two or more authors.
 */
function sectionHoldsPapers(root: Root, heading: Heading, segsOf: (item: ListItem) => Seg[]): boolean {
  const at = root.children.indexOf(heading);
  if (at < 0) return false;
  let items = 0;
  let papers = 0;
  for (let i = at + 1; i < root.children.length && items < 200; i++) {
    const n = root.children[i]!;
    if (n.type === 'heading' && n.depth <= heading.depth) break;
    if (n.type !== 'list') continue;
    for (const item of n.children) {
      items++;
      const segs = segsOf(item);
      const paper = segs.some((x) =>
        x.t === 'link'
          ? (!!x.url && RE_PAPER_URL.test(x.url)) || isPaperLabel(x.text)
          : x.t === 'text' && looksAuthors(trimRun(x.text), false) && splitAuthors(trimRun(x.text)).names.length >= 2,
      );
      if (paper) papers++;
    }
  }
  return papers >= 2 && papers * 2 >= items;
}

function walk(r: Reading, root: Root, st: WalkState): void {
  const { headings, out } = st;
  const sectionsFor = (extra: string[]) => {
    const s = headings.filter(Boolean);
    if (st.pseudo) s.push(st.pseudo);
    return extra.length ? s.concat(extra) : s;
  };
  const segCache = new Map<ListItem, Seg[]>();
  const segsOf = (item: ListItem) => {
    let s = segCache.get(item);
    if (!s) {
      s = inlineSegs(headNodes(item), r.src);
      segCache.set(item, s);
    }
    return s;
  };
  // A heading can be an entry: `### [Title](https://arxiv.org/abs/...)`, or a plain
  // `### Title` whose paragraphs give its links (`[[paper]](...)`), authors and venue.
  // Its paragraphs are gathered until the next heading or list. A plain heading becomes
  // an entry only when they link a paper under a resource label (`[pdf]`, `[arXiv]`); a
  // list, a deeper heading or an entry read from a paragraph before the next heading
  // makes it a section instead.
  // A heading whose link is no paper address (`### [Title](2301.00066.md)`), or a plain one, is an entry too
  // when a collapsed abstract follows it, or a list of labelled fields linking its paper.
  // `field`: the entry's abstract or summary under a field sub-heading (`#### Abstract`), its paragraphs still coming
  let headEntry:
    | { d: Draft; depth: number; linked: boolean; fields?: boolean; nonPaper?: boolean; abstractLabelled?: boolean; titled?: boolean; sections: string[]; field?: { kind: 'abstract' | 'summary'; target?: 'abstract' | 'summary' | '' }; body?: boolean; sub?: SubField }
    | undefined;
  /**
   * A labelled field's text on the heading entry: an abstract replaces a summary read before it
   * (kept as the summary); a summary is the abstract while there is none, else kept as the summary
   * beside a labelled abstract. Where the text went.
   */
  const putField = (h: NonNullable<typeof headEntry>, kind: 'abstract' | 'summary', t: string): 'abstract' | 'summary' | '' => {
    if (!t) return '';
    if (kind === 'abstract') {
      if (h.abstractLabelled) return '';
      if (h.d.abstract && !h.d.summary) h.d.summary = h.d.abstract;
      h.d.abstract = t.slice(0, MAX_ABSTRACT);
      h.abstractLabelled = true;
      return 'abstract';
    }
    if (!h.d.abstract) {
      h.d.abstract = t.slice(0, MAX_ABSTRACT);
      return 'abstract';
    }
    if (h.abstractLabelled && !h.d.summary) {
      h.d.summary = t.slice(0, MAX_ABSTRACT);
      return 'summary';
    }
    return '';
  };
  const closeHeadEntry = (section: boolean) => {
    const h = headEntry;
    headEntry = undefined;
    if (st.details) st.details = undefined;
    // an abstract makes a heading an entry when something else names a paper (authors, a link, a date)
    // (a title under a `### Title:` label is a title however short)
    const described = Boolean(h?.d.abstract) && hasSignal(h!.d) && (wordCount(h!.d.title) >= 3 || h!.titled === true);
    if (!h || (section && !h.linked) || !(isPaper(h.d) || described)) return;
    // `- **类型**: forum` / `- Type: news` and no paper address: a thread or a news item, no paper
    if (h.nonPaper && !h.d.links.some((l) => RE_PAPER_URL.test(l.url))) return;
    if (
      !h.linked &&
      !described &&
      !(h.fields && h.d.links.some((l) => RE_PAPER_URL.test(l.url))) &&
      !h.d.links.some((l) => RE_PAPER_URL.test(l.url) && l.label !== undefined && isResourceLabel(l.label))
    )
      return;
    out.push(toEntry(r, h.d, h.sections));
  };
  // Where a collapsed abstract outside any list item goes: the open heading entry, else the entry read last.
  const abstractSink = (): ((text: string) => void) | undefined => {
    if (headEntry) {
      const h = headEntry;
      // a collapsed abstract replaces a summary read before it (bullets, a `**Summary:**` field)
      let first = true;
      return (t) => {
        // an arXiv RSS description (`arXiv:ID Announce Type: cross Abstract: …`): its head is no abstract
        if (first && t.startsWith('arXiv:')) t = announceStripped(h.d, t);
        if (first && !h.abstractLabelled && h.d.abstract) {
          h.d.summary = h.d.abstract;
          h.d.abstract = undefined;
        }
        first = false;
        h.abstractLabelled = true;
        h.d.abstract = appendAbstract(h.d.abstract, t);
      };
    }
    const e = out[out.length - 1];
    if (!e || e.abstract) return undefined;
    return (t) => void (e.abstract = appendAbstract(e.abstract, t));
  };
  /** A body section's heading (`## Method`) under the open entry, no text read under it yet. */
  let bodyHead: Heading | undefined;
  /** The paper of the open `<details>` card titled in its `<summary>` (`<b>1. Title</b> ⭐ 0`), until `</details>`. */
  let card: { d: Draft; sections: string[] } | undefined;
  /** The draft of the list item read last as an entry (see linkLinesAfter). */
  let lastItem: Draft | undefined;
  const closeCard = () => {
    const c = card;
    card = undefined;
    if (c && isPaper(c.d)) out.push(toEntry(r, c.d, c.sections));
  };
  const stack: Work[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i] as Nodes, extra: [] });
  while (stack.length) {
    const { node, extra } = stack.pop()!;
    // the blocks of a `<details>` card up to its `</details>`: links, `**👥 Authors:** …`, the quoted summary
    if (card) {
      if (node.type === 'html' && RE_DETAILS_CLOSE.test(node.value)) {
        card.d.end = endOf(node);
        closeCard();
        continue;
      }
      if (node.type === 'heading' || node.type === 'thematicBreak' || (node.type === 'html' && cardSummaryTitle(node.value) !== undefined)) closeCard();
      else {
        readCardBlock(r, card.d, node);
        continue;
      }
    }
    // `### Title:` and the title on the line below it (indented: a code block to CommonMark)
    if (st.titleLabel) {
      const tl = st.titleLabel;
      st.titleLabel = undefined;
      const title = labelledTitle(r, node);
      if (title) {
        const d = newDraft(tl.start - r.base, endOf(node));
        d.title = title;
        d.titleKind = 'text';
        headEntry = { d, depth: tl.depth, linked: false, titled: true, sections: tl.sections };
        continue;
      }
    }
    // the content of a sub-section of a heading card (`### Links` bullets, `### Authors` line, `### TL;DR` text)
    if (headEntry?.sub && node.type !== 'heading' && node.type !== 'definition' && node.type !== 'thematicBreak' && !st.skipLevel) {
      readSubField(r, headEntry, headEntry.sub, node);
      headEntry.d.end = endOf(node);
      continue;
    }
    // `- Source: arxiv` / `- arXiv ID: …` under a title heading: plainly labelled fields of the entry
    if (headEntry && node.type === 'list' && !st.skipLevel && absorbPlainFields(r, headEntry, node)) continue;
    // the list under a title heading that describes its paper (fields, summary bullets)
    if (headEntry && node.type === 'list' && !st.skipLevel && absorbList(r, headEntry, node)) continue;
    // `##### [Title]` / `- Title [[arXiv]](…)` / `- *authors*` / `` - `date` ``: the heading's paper described by bullets
    if (headEntry && !headEntry.linked && node.type === 'list' && !st.skipLevel && absorbTitleBullets(r, headEntry, node)) continue;
    // a list of plain points right under a field label of the entry (`**Key Contributions:**` / `1. …`): that
    // field's value, not the entry's end (the fields after it, an `**Abstract:**`, are still the entry's)
    if (headEntry && headEntry.linked && node.type === 'list' && !st.skipLevel && labelLineBefore(r.src, startOf(node)) && !listHasLinks(r, node)) {
      headEntry.d.end = endOf(node);
      continue;
    }
    // a deeper heading that is a field label (`#### Abstract` under `### N. [Title](…)`): the entry's field, not its end
    if (headEntry && node.type === 'heading' && node.depth > headEntry.depth && !st.skipLevel) {
      const kind = fieldHeadingKind(headingText(node));
      if (kind) {
        st.details = undefined;
        headEntry.field = { kind };
        headEntry.d.end = endOf(node);
        if (headEntry.sub) headEntry.sub = undefined;
        continue;
      }
      // `### Authors` / `### Links` under `## N. Title`: a sub-section of the paper's card; once the card has
      // one, its other sub-headings (`### English TL;DR`, `### 局限性`) are its sections too, no entries
      // (a sub-heading linking somewhere is an entry or a section as before)
      const sub = subFieldHeading(headingText(node), (headEntry.sub !== undefined || headEntry.field !== undefined) && !node.children.some((c) => c.type === 'link'));
      if (sub) {
        st.details = undefined;
        headEntry.field = undefined;
        headEntry.sub = sub;
        headEntry.d.end = endOf(node);
        continue;
      }
    }
    // a heading with a paper section's name (`## Introduction`, `## Method`) under a linked title heading that
    // shows no abstract yet, at any level (a generator writing the paper's summary with its own headings): the
    // entry's body, its plain lists and paragraphs the abstract; not the entry's end, no section of the page
    if (headEntry && node.type === 'heading' && !st.skipLevel && headEntry.linked && (headEntry.body || !headEntry.d.abstract) && BODY_SECTIONS.has(cleanHeading(headingText(node)).toLowerCase())) {
      st.details = undefined;
      headEntry.field = undefined;
      headEntry.body = true;
      headEntry.d.end = endOf(node);
      bodyHead = node;
      continue;
    }
    if (headEntry?.body && !st.skipLevel && (node.type === 'list' || node.type === 'paragraph')) {
      const t = bodyText(r, node);
      if (t) {
        headEntry.d.abstract = appendAbstract(headEntry.d.abstract, t);
        headEntry.d.end = endOf(node);
        bodyHead = undefined;
        continue;
      }
    }
    // the body heading holds no plain text (a list of links, a table): a section of the page after all
    if (bodyHead) {
      const bh = bodyHead;
      bodyHead = undefined;
      if (headEntry) headEntry.body = false;
      headings.length = Math.max(0, bh.depth - 1);
      while (headings.length < bh.depth - 1) headings.push('');
      headings.push(headingText(bh));
      st.pseudo = '';
    }
    // a quote of labelled fields under a title heading (`> **作者:** A; B` / `> **摘要:** …`): the entry's fields
    if (headEntry && node.type === 'blockquote' && !st.skipLevel && quotedFields(r, node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, extra });
      headEntry.d.end = endOf(node);
      continue;
    }
    // a quoted paragraph right after a title link heading's byline (a Scholar alert's summary), or under an open
    // abstract label (`**摘要**:` / `> …`): its abstract
    if (headEntry && (headEntry.linked || headEntry.field) && node.type === 'blockquote' && !st.skipLevel && (headEntry.d.authors || headEntry.field) && !headEntry.d.abstract && node.children.length && node.children.every((c) => c.type === 'paragraph')) {
      const t = node.children.map((c) => segsText(inlineSegs((c as Paragraph).children, r.src))).join(' ');
      if (hasLetter(t) && isProseText(t)) {
        if (headEntry.field) putField(headEntry, headEntry.field.kind, t);
        else headEntry.d.abstract = t.slice(0, MAX_ABSTRACT);
        headEntry.field = undefined;
        headEntry.d.end = endOf(node);
        continue;
      }
    }
    // an HTML block under a title heading (a video, an image, a collapsed abstract) leaves it open; a table does not
    // and so does an indented block (a field's points indented with a tab, read as code), not a fenced one
    const keepsHead = node.type === 'paragraph' || node.type === 'definition' || (node.type === 'html' && !RE_HTML_TABLE_TAG.test(node.value)) || (node.type === 'code' && isIndentedCode(r, node));
    if (headEntry && !keepsHead) closeHeadEntry(node.type === 'list' || (node.type === 'heading' && node.depth > headEntry.depth));
    const outBefore = out.length;
    switch (node.type) {
      case 'heading': {
        st.details = undefined;
        const t = headingText(node);
        const dep = node.depth;
        headings.length = Math.max(0, dep - 1);
        while (headings.length < dep - 1) headings.push('');
        headings.push(t);
        st.pseudo = '';
        // A table of contents ends at the next heading of any level (lists put their
        // sections one level below `## Contents`); other skipped sections end at a
        // heading of their own level or above.
        if (st.skipLevel && (dep <= st.skipLevel || st.skipToc)) {
          // The contents heading is no section of what follows it.
          if (dep > st.skipLevel) headings[st.skipLevel - 1] = '';
          st.skipLevel = 0;
        }
        if (!st.skipLevel && RE_SKIP_SECTION.test(t) && !(RE_PAPERISH_SKIP_SECTION.test(t) && sectionHoldsPapers(root, node, segsOf))) {
          st.skipLevel = dep;
          st.skipToc = RE_TOC_SECTION.test(t);
        }
        // A heading that is a title link to a paper (`### [Title](https://arxiv.org/abs/...)`)
        // is an entry as well as a section.
        if (st.skipLevel || dep < 2) break;
        // `### Title:`: the label of the title on the next line, no section
        if (RE_TITLE_LABEL_HEADING.test(t)) {
          headings[dep - 1] = '';
          st.titleLabel = { start: startOf(node) + r.base, depth: dep, sections: headings.slice(0, -1).filter(Boolean) };
          break;
        }
        if (node.children.some((c) => c.type === 'link')) {
          const segs = inlineSegs(node.children, r.src);
          const first = segs.find((x) => !(x.t === 'text' && (isDecoration(x) || RE_SCHOLAR_TYPE_TAG.test(x.text.trim()))));
          if (first && first.t === 'link' && !first.imageOnly && first.url && wordCount(trimRun(first.text)) >= 3 && !isResourceLabel(first.text)) {
            const d = newDraft(startOf(node), endOf(node));
            analyze(r, d, segs, true);
            // a heading linking a paper, or a page of the list about one (`#### [Title](summaries/2407.07071.md)`)
            const linked = RE_PAPER_URL.test(first.url) || (d.relTitleLink && (Boolean(d.arxivId) || paperShaped(d.title)));
            headEntry = { d, depth: dep, linked, sections: headings.slice(0, -1).filter(Boolean) };
          }
        } else if (wordCount(t) >= 2 && wordCount(t) <= 40) {
          const d = newDraft(startOf(node), endOf(node));
          // `### Title: …`: the label is no part of the title
          const lab = RE_TITLE_LABEL_PREFIX.exec(t);
          d.title = cleanTitle(unbracket(cleanTitle(lab ? t.slice(lab[0].length) : t)));
          d.titleKind = 'text';
          headEntry = { d, depth: dep, linked: false, sections: headings.slice(0, -1).filter(Boolean) };
        }
        break;
      }
      case 'definition': {
        if (!r.defs.has(node.identifier)) {
          const d = definitionUrl(r.src, node);
          r.defs.set(node.identifier, { url: d.url, start: d.start + r.base, end: d.end + r.base });
        }
        break;
      }
      case 'blockquote':
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, extra });
        break;
      case 'list':
        if (st.skipLevel) break;
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, extra });
        break;
      case 'listItem': {
        if (st.skipLevel) break;
        const item = node;
        const d = newDraft(startOf(item), endOf(item));
        // a collapsed abstract inside the item: its text is no title, author or link line
        const ab = itemAbstract(r, item);
        let headSegs = ab ? segsBefore(segsOf(item), ab.at) : segsOf(item);
        // `- Summary: …` / `- **Abstract:** …` as an item of its own (an entry's sub-bullet left outside it): the
        // abstract of the entry just above when that has none, never an entry
        if (!ab && !nestedItems(item).length && !segsText(headSegs).trimStart().startsWith('arXiv:')) {
          const desc = bulletDescription(r, headSegs);
          if (desc?.fields.length) {
            const prev = out[out.length - 1];
            if (prev && !prev.abstract && startOf(item) + r.base - prev.end <= 1000) {
              prev.abstract = desc.fields[0]!.text;
              prev.end = endOf(item) + r.base;
            }
            break;
          }
        }
        // `Summary: …` opening a paragraph or a lazy line of the item: its abstract, no author or venue text
        const labelled = itemLabelledFields(r, item, headSegs);
        if (labelled.length) headSegs = headSegs.filter((x) => !labelled.some((f) => x.start >= f.start && x.end <= f.end) || (x.t === 'link' && !x.imageOnly));
        analyze(r, d, headSegs, true);
        for (const f of labelled) {
          if (f.kind === 'abstract' && d.abstract && !d.summary) {
            d.summary = d.abstract;
            d.abstract = undefined;
          }
          if (!d.abstract) d.abstract = f.text.slice(0, MAX_ABSTRACT);
          else if (!d.summary && f.kind === 'summary') d.summary = f.text.slice(0, MAX_ABSTRACT);
        }
        if (ab && ab.text) d.abstract = appendAbstract(d.abstract, ab.text);
        const nested = nestedItems(item);
        // Definitions and deeper containers inside the item.
        for (const c of item.children) if (c.type === 'definition' || c.type === 'blockquote') stack.push({ node: c as Nodes, extra });
        if (!nested.length) {
          if (isPaper(d)) {
            out.push(toEntry(r, d, sectionsFor(extra)));
            lastItem = d;
          }
          break;
        }
        const parentHasLinks = d.links.length > 0;
        // nested bullets showing the entry's description (`- Abstract: …`, an arXiv RSS description): no sub-entries
        const descs = nested.map((n) => bulletDescription(r, segsOf(n)));
        const sub = nested.some((n, k) => {
          if (descs[k]) return false;
          const pr = probe(segsOf(n));
          const deeper = nestedItems(n).length > 0;
          if (!pr.kind) return deeper;
          if (pr.kind === 'link' || pr.kind === 'strong') return !(d.title && isResourceish(pr.title));
          if (pr.kind === 'text' && pr.links && !parentHasLinks) return !looksAuthors(trimRun(pr.title), false);
          return deeper && !looksAuthors(trimRun(pr.title), true);
        });
        if (sub) {
          let ex = extra;
          if (isPaper(d) && (parentHasLinks || d.authors)) out.push(toEntry(r, d, sectionsFor(extra)));
          else if (d.title) ex = extra.concat(d.title);
          for (let i = nested.length - 1; i >= 0; i--) stack.push({ node: nested[i]!, extra: ex });
          break;
        }
        // Details: author lines, link lines, venue lines, at any depth below.
        const queue = nested.slice();
        const described = { summaryOnly: false };
        // the points under a label bullet (`* Implemented Algorithms` / `* **Policy Gradient** A2C, PPO.`): notes, no details
        const notes = new Set<ListItem>();
        for (let q = 0; q < queue.length; q++) {
          const n = queue[q]!;
          const desc = q < descs.length ? descs[q] : undefined;
          const kids = nestedItems(n);
          const noted = notes.has(n) || (kids.length > 0 && labelBullet(segsOf(n)));
          if (noted) {
            for (const x of segsOf(n)) if (x.t === 'link' && !x.imageOnly) addLinkSeg(r, d, x);
            for (const m of kids) notes.add(m);
          } else if (desc) putDescription(r, d, desc, segsOf(n), described);
          else if (!parenAuthors(d, segsOf(n))) analyze(r, d, noteCitations(d, segsOf(n)), false);
          for (const m of kids) queue.push(m);
        }
        if (isPaper(d)) {
          out.push(toEntry(r, d, sectionsFor(extra)));
          lastItem = d;
        }
        break;
      }
      case 'paragraph': {
        if (st.skipLevel) break;
        if (st.details) {
          const b = blockProse(r, node);
          st.details(b.text);
          if (b.closed) st.details = undefined;
          break;
        }
        // `* Title (Shu et al., 2018).` / `[[Paper](…)]` / blank / `[[Dataset](…)]`: a blank line among an item's
        // unindented link lines ends the list; a paragraph of resource links right after it is still the item's
        if (!headEntry && lastItem && entryOf.get(lastItem) === out[out.length - 1] && linkLinesAfter(r, lastItem.end, node)) {
          for (const x of inlineSegs(node.children, r.src)) if (x.t === 'link') addLinkSeg(r, lastItem, x);
          lastItem.end = endOf(node);
          // the entry again from its draft (a link may give its arXiv id)
          out[out.length - 1] = toEntry(r, lastItem, out[out.length - 1]!.sections ?? []);
          break;
        }
        // `**Summary:** …` / `**Abstract:** …` (or plain `Abstract: …`, `TL;DR: …`) under a title heading:
        // its abstract (an abstract replaces a summary, which is kept as the summary)
        if (headEntry) {
          const fl = headEntry.field ? undefined : fieldLines(r, headEntry, node);
          if (fl) {
            if (fl.open) headEntry.field = { kind: fl.open };
            break;
          }
          const segs = inlineSegs(node.children, r.src);
          const bold = fieldItem(segs);
          const fs: { label: string; value: Seg[]; at?: number }[] = bold ? [bold] : plainFields(segs);
          // `제목: Title` / `Title: …` repeating the heading's title (wrapped again, `arXiv: URL` under it): metadata,
          // never the abstract; the fields after it are read as usual
          const tv = bold ? undefined : titleFieldValue(segs);
          // the title's value ends at a line opening with a label of its own (`arXiv: https://…`)
          const tEnd = tv ? tv.findIndex((x, i) => i > 0 && tv[i - 1]!.t === 'nl' && x.t === 'text' && plainLabelEnd(x.text) >= 0) : -1;
          if (tv && sameTitle(segsText(tEnd >= 0 ? tv.slice(0, tEnd) : tv), headEntry.d.title)) {
            const restAt = tEnd >= 0 ? tv[tEnd]!.start : fs[1]?.at;
            const rest = restAt !== undefined ? segs.filter((x) => x.start >= restAt) : [];
            if (rest.length) analyze(r, headEntry.d, rest, false);
            headEntry.d.end = endOf(node);
            break;
          }
          const f = fs[0];
          const hf = headEntry.field;
          headEntry.field = undefined;
          if (fs.some((x) => ABSTRACT_FIELDS.has(x.label.toLowerCase()))) {
            // a field's text runs up to the next label (line pieces after a backslash escape are not placed exactly)
            fs.forEach((x, i) => {
              const kind = ABSTRACT_FIELDS.get(x.label.toLowerCase());
              if (kind) putField(headEntry!, kind, fieldText(r, x.value, fs[i + 1]?.at ?? endOf(node)));
            });
            headEntry.d.end = endOf(node);
            break;
          }
          // `**Authors:** A, B, C` under a title heading: its authors
          // (a value with links or lines after it is read as before)
          if (bold && AUTHOR_FIELDS.has(bold.label.toLowerCase()) && !headEntry.d.authors && !bold.value.some((x) => x.t === 'link' || x.t === 'nl') && authorsField(headEntry.d, segsText(bold.value))) {
            headEntry.d.end = endOf(node);
            break;
          }
          // `**Comments:** 12 pages. Code: https://…` (arXiv's comments line): the entry's comments, its addresses resource links
          if (bold && COMMENT_FIELDS.has(bold.label.toLowerCase())) {
            for (const x of bold.value) {
              if (x.t === 'link' && !x.imageOnly) addLinkSeg(r, headEntry.d, x);
              else if (x.t === 'text' && !(x.style & CODE) && (x.text.indexOf('://') >= 0 || x.text.indexOf('www.') >= 0)) bareUrls(r, headEntry.d, x.text, x.start, x.end);
            }
            const c = foldSpace(segsText(bold.value));
            if (c && !headEntry.d.comments) headEntry.d.comments = c;
            headEntry.d.end = endOf(node);
            break;
          }
          // the prose under a field sub-heading (`#### Abstract`): that field, paragraph after paragraph
          if (hf && !f) {
            const t = fieldText(r, segs, endOf(node));
            if (hasLetter(t) && (isProseText(t) || !segs.some((x) => x.t === 'link' && !x.imageOnly && x.text !== x.url))) {
              if (hf.target === undefined) hf.target = putField(headEntry, hf.kind, t);
              else if (hf.target) headEntry.d[hf.target] = appendAbstract(headEntry.d[hf.target], t);
              headEntry.field = hf;
              headEntry.d.end = endOf(node);
              break;
            }
          }
        }
        const before = out.length;
        // `**KDD 2026 status.** KDD is in …`: on a page whose entries are list items, a paragraph opening with a
        // bold run-in lead is prose (news, a note), no entry
        if (st.itemEntries && runInProse(inlineSegs(node.children, r.src))) {
          if (headEntry) headEntry.d.end = endOf(node);
          break;
        }
        readParagraph(r, node, sectionsFor(extra), out, (t) => (st.pseudo = t));
        // a paragraph that gave no entry: maybe text pasted from a paper's page (see pastedPapers)
        if (out.length === before) (st.loose ??= []).push({ start: startOf(node) + r.base, end: endOf(node) + r.base });
        if (!headEntry) break;
        if (out.length > before) {
          // The paragraph held entries of its own: the heading is their section.
          const made = out.splice(before);
          closeHeadEntry(true);
          out.push(...made);
        } else {
          const segs = inlineSegs(node.children, r.src);
          if (!scholarByline(r, headEntry.d, segs)) analyze(r, headEntry.d, segs, false);
          headEntry.d.end = endOf(node);
        }
        break;
      }
      case 'html': {
        if (st.skipLevel || node.value.length > 500_000) break;
        // `<details>` / `<summary><b>1. Title</b> ⭐ 0</summary>` (the card's blocks follow, up to `</details>`)
        if (!st.details && !RE_DETAILS_CLOSE.test(node.value)) {
          const ct = cardSummaryTitle(node.value);
          if (ct !== undefined) {
            if (headEntry) closeHeadEntry(true);
            const d = newDraft(startOf(node), endOf(node));
            d.title = ct;
            d.titleKind = 'strong';
            card = { d, sections: sectionsFor(extra) };
            break;
          }
        }
        // a collapsed abstract (`<details><summary>Abstract</summary>`), its text in this block or in the paragraphs after it
        const se = summaryEnd(node.value);
        if (se >= 0) {
          const sink = abstractSink();
          if (!sink) break;
          const p = htmlProse(node.value, se);
          if (p.text) sink(p.text);
          st.details = p.closed ? undefined : sink;
          break;
        }
        if (st.details) {
          const p = htmlProse(node.value, 0);
          if (p.text) st.details(p.text);
          if (p.closed) st.details = undefined;
          break;
        }
        // `<details>` / `<summary>Details</summary>` / `TL;DR: …` / `Abstract: …` in one block under a title heading
        if (headEntry) {
          const fs = htmlFields(node.value);
          if (fs.length) {
            for (const x of fs) putField(headEntry, x.kind, x.text);
            headEntry.d.end = endOf(node);
            break;
          }
        }
        // an HTML table written into the markdown (`<table><tr><td>Title</td>…`): read as a pipe table
        const rows = htmlTableRows(node.value, startOf(node));
        if (rows) readTable(r, rows, 1, sectionsFor(extra), out);
        break;
      }
      default:
        break;
    }
    if (node.type === 'listItem' && out.length > outBefore) st.itemEntries = (st.itemEntries ?? 0) + out.length - outBefore;
  }
  closeHeadEntry(false);
  closeCard();
}

/**
 * The title of a `<details>` card's `<summary>` written as a paper's (`<b>1. Title</b> ⭐ 0`): an ordinal before it or a
 * count after it, three words or more; undefined for a disclosure label (`Abstract`, `Show`), a year or a topic.
 */
function cardSummaryTitle(v: string): string | undefined {
  const low = v.length > 4000 ? v.slice(0, 4000).toLowerCase() : v.toLowerCase();
  const lead = low.trimStart();
  if (!lead.startsWith('<details') && !lead.startsWith('<summary')) return undefined;
  const open = low.indexOf('<summary');
  const gt = open < 0 ? -1 : low.indexOf('>', open);
  const close = gt < 0 ? -1 : low.indexOf('</summary>', gt);
  if (close < 0) return undefined;
  const raw = dropTags(v, gt + 1, close);
  const t = cardTitle(raw);
  if (t === raw.trim() || wordCount(t) < 3 || BUTTON_LABELS.has(t.toLowerCase()) || RE_SUMMARY_ABSTRACT.test(v.slice(open, close + 10))) return undefined;
  return cleanTitle(t);
}

/** A block of an open `<details>` card: its links, a `**Authors:** …` line, the first prose or quoted text its abstract. */
function readCardBlock(r: Reading, d: Draft, node: Nodes): void {
  if (node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'list') {
    const quoted = node.type === 'blockquote';
    let links = 0;
    const visit = (n: Nodes) => {
      if (n.type === 'paragraph') {
        const segs = inlineSegs(n.children, r.src);
        for (const x of segs) {
          if (x.t !== 'link' || x.imageOnly) continue;
          addLinkSeg(r, d, x);
          links++;
        }
        const t = trimRun(segsText(segs));
        let i = 0;
        // (emoji and symbols before the label: `👥 Authors:`)
        while (i < t.length && i < 8 && t[i]!.toLowerCase() === t[i]!.toUpperCase()) i++;
        const rest = t.slice(i);
        const colon = rest.indexOf(':');
        const label = colon > 0 && colon <= 12 ? rest.slice(0, colon).trim().toLowerCase() : '';
        if (label === 'authors' || label === 'author') {
          const names = trimRun(rest.slice(colon + 1));
          if (!d.authors && looksAuthors(names, true)) setAuthors(d, names);
        } else if (!d.abstract && !links && (quoted || (!label && isProseText(t)))) d.abstract = appendAbstract(d.abstract, t);
      } else if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
    };
    visit(node);
  }
  d.end = endOf(node);
}

/** `&amp;` and the other entities a table cell shows most. */
function decodeCellEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.split('&amp;').join('&').split('&lt;').join('<').split('&gt;').join('>').split('&quot;').join('"').split('&#39;').join("'").split('&nbsp;').join(' ');
}

/** The longest tag looked at (characters): a `<` with no `>` this close is text. */
const MAX_TAG = 2000;

/** The `>` finder of the table being read (its searches only go forward). */
let findGt: (from: number) => number = () => -1;

/** The end of the tag opening at `i` (the index after its `>`); -1 when none is near. */
function tagEnd(_v: string, i: number): number {
  const e = findGt(i);
  return e < 0 || e - i > MAX_TAG ? -1 : e + 1;
}

/**
 * Finds a needle at or after a position, for positions that never go back: each
 * search starts where the last one found, so a whole scan stays linear.
 */
function forwardFinder(low: string, needle: string): (from: number) => number {
  let pos = -2;
  let asked = -1;
  return (from) => {
    if (pos === -1 && from >= asked) return -1;
    if (pos < from || from < asked) pos = low.indexOf(needle, from);
    asked = from;
    return pos;
  };
}

/** The `href` of an `<a …>` tag, with where it stands in the tag. */
function hrefOf(tag: string): { url: string; at: number } | undefined {
  const low = tag.toLowerCase();
  const h = low.indexOf('href=');
  if (h < 0) return undefined;
  const q = tag[h + 5];
  if (q !== '"' && q !== "'") return undefined;
  const e = tag.indexOf(q, h + 6);
  if (e < 0) return undefined;
  return { url: decodeCellEntities(tag.slice(h + 6, e)), at: h + 6 };
}

/** Text between `from` and `to` with tags dropped. */
function stripTags(v: string, from: number, to: number): string {
  let out = '';
  let i = from;
  while (i < to) {
    const lt = v.indexOf('<', i);
    const stop = lt < 0 || lt >= to ? to : lt;
    out += v.slice(i, stop);
    if (stop >= to) break;
    const e = tagEnd(v, stop);
    if (e < 0 || e > to) {
      out += '<';
      i = stop + 1;
    } else i = e;
  }
  return foldSpace(decodeCellEntities(out));
}

/** A cell's content as segments: text outside tags, `<a href>` as links, other tags dropped. */
function cellSegs(v: string, from: number, to: number, base: number, closeA: (from: number) => number): Seg[] {
  const out: Seg[] = [];
  let i = from;
  let text = '';
  let textStart = from;
  const flushText = () => {
    const t = decodeCellEntities(text).split('|').join('/');
    if (t.trim()) out.push({ t: 'text', text: t, style: 0, start: base + textStart, end: base + textStart + text.length });
    text = '';
  };
  while (i < to) {
    const lt = v.indexOf('<', i);
    const stop = lt < 0 || lt >= to ? to : lt;
    if (stop > i) {
      if (!text) textStart = i;
      text += v.slice(i, stop);
    }
    if (stop >= to) break;
    const end = tagEnd(v, stop);
    if (end < 0 || end > to) {
      // a `<` that opens no tag: text
      if (!text) textStart = stop;
      text += '<';
      i = stop + 1;
      continue;
    }
    const tag = v.slice(stop, end);
    const name = tag.slice(1, 3).toLowerCase();
    if (name === 'a ' || name === 'a\t' || name === 'a\n') {
      flushText();
      const close = closeA(end);
      const labelEnd = close < 0 || close > to ? to : close;
      const label = stripTags(v, end, labelEnd);
      const href = hrefOf(tag);
      if (href) {
        const us = base + stop + href.at;
        out.push({ t: 'link', text: label, style: 0, start: base + stop, end: base + labelEnd, url: href.url, urlStart: us, urlEnd: us + href.url.length });
      } else if (label) out.push({ t: 'text', text: label, style: 0, start: base + end, end: base + labelEnd });
      const after = labelEnd >= to ? -1 : tagEnd(v, labelEnd);
      i = after < 0 || after > to ? to : after;
      textStart = i;
      continue;
    }
    if (name === 'br') text += ' ';
    i = end;
  }
  flushText();
  return out;
}

/**
 * The rows of an HTML table as pipe-table lines: the first row its header, then a
 * delimiter row, then the body rows. Null when the block holds no table with a header
 * and a body row. Index scanning with searches that only go forward: linear in the block.
 */
function htmlTableRows(v: string, base: number): Seg[][] | null {
  const low = v.toLowerCase();
  if (low.indexOf('<table') < 0 || low.indexOf('<tr') < 0) return null;
  const findTr = forwardFinder(low, '<tr');
  const findTd = forwardFinder(low, '<td');
  const findTh = forwardFinder(low, '<th');
  const findClose = forwardFinder(low, '</t');
  const closeA = forwardFinder(low, '</a');
  findGt = forwardFinder(low, '>');
  const rows: Seg[][] = [];
  let lastC = 0;
  let at = findTr(0);
  while (at >= 0) {
    const next = findTr(at + 3);
    const rowEnd = next < 0 ? v.length : next;
    const line: Seg[] = [];
    let c = Math.max(at, lastC);
    for (;;) {
      let td = findTd(c);
      let th = findTh(c);
      // `<thead>` is no cell
      while (th >= 0 && low[th + 3] !== '>' && low[th + 3] !== ' ') th = findTh(th + 1);
      if (th >= 0 && (td < 0 || th < td)) td = th;
      if (td < 0 || td >= rowEnd) break;
      const open = tagEnd(v, td);
      if (open < 0 || open > rowEnd) break;
      let close = findClose(open);
      if (close < 0 || close > rowEnd) close = rowEnd;
      const nextCell = findTd(open);
      if (nextCell >= 0 && nextCell < close) close = nextCell;
      line.push({ t: 'text', text: '|', style: 0, start: base + td, end: base + td });
      line.push(...cellSegs(v, open, close, base, closeA));
      c = close + 1;
    }
    lastC = c;
    if (line.length) {
      line.push({ t: 'text', text: '|', style: 0, start: base + rowEnd, end: base + rowEnd });
      rows.push(line);
      if (rows.length === 1) rows.push([{ t: 'text', text: '|---|', style: 0, start: base + rowEnd, end: base + rowEnd }]);
    }
    at = next;
  }
  findGt = () => -1;
  return rows.length >= 3 ? rows : null;
}

/** Reference links resolved once every definition is known (offsets are absolute). */
function resolvePending(r: Reading): void {
  const abs: Reading = { ...r, base: 0 };
  for (const p of r.pending) {
    const def = r.defs.get(p.ref);
    if (!def) continue;
    addUrl(abs, p.draft, def.url, p.label, def.start, def.end);
    const e = entryOf.get(p.draft);
    if (e) {
      if (p.draft.arxivId && !e.arxivId) e.arxivId = p.draft.arxivId;
      if (p.draft.arxivVersion && !e.arxivVersion) e.arxivVersion = p.draft.arxivVersion;
      if (p.draft.doi && !e.doi) e.doi = p.draft.doi;
    }
  }
}

/** An arXiv RSS description's text without its head (`arXiv:ID Announce Type: new Abstract:`); its id goes on the draft. */
function announceStripped(d: Draft, t: string): string {
  const ann = splitAnnounce(t);
  if (!ann || ann.preface || !hasLetter(ann.abstract)) return t;
  if (ann.id && !d.arxivId) {
    d.arxivId = ann.id.id;
    if (ann.id.version) d.arxivVersion = ann.id.version;
  }
  if (ann.type) d.announceType ??= ann.type;
  return ann.abstract;
}

/**
 * A paragraph with a bold run-in lead and prose after it on the same line (`**KDD 2026 status.** KDD is in its
 * final …`): the lead ends a sentence inside the bold, and a sentence of twelve words or more follows it.
 */
function runInProse(segs: readonly Seg[]): boolean {
  let i = 0;
  while (i < segs.length && segs[i]!.t === 'text' && !segs[i]!.text.trim()) i++;
  let lead = '';
  for (; i < segs.length && segs[i]!.t === 'text' && segs[i]!.style & STRONG; i++) lead += segs[i]!.text;
  lead = lead.trim();
  if (!lead || !lead.endsWith('.') || lead.endsWith('..')) return false;
  let rest = '';
  for (; i < segs.length && segs[i]!.t !== 'nl'; i++) rest += segs[i]!.text;
  rest = rest.trim();
  return wordCount(foldSpace(rest)) >= 12 && (rest.indexOf('. ') > 0 || RE_PROSE_END.test(rest)) && letters(rest) >= 3;
}

/** A text run that is only a venue tag: `(ArXiv 2025) `, `[CVPR 2023]`. */
function venueTagOnly(t: string): boolean {
  const m = RE_TAG_ONLY.exec(t.trim());
  return m !== null && looksVenue(m[1]!.trim());
}

/** Function words that end a sentence fragment before a link (`… is described in`), never a title. */
const TRAILING_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'in', 'of', 'at', 'by', 'to', 'on', 'for', 'from', 'with', 'and', 'or', 'see', 'is', 'are', 'here']);

/** Text in title case: most words of four letters or more capitalised, the last no function word. */
function titleCased(t: string): boolean {
  const words = trimRun(t).split(' ').filter(Boolean);
  const last = words[words.length - 1];
  if (words.length < 3 || !last || TRAILING_FUNCTION_WORDS.has(last.toLowerCase())) return false;
  let long = 0;
  let caps = 0;
  for (const w of words) {
    if (w.length < 4) continue;
    long++;
    if (w[0] !== w[0]!.toLowerCase()) caps++;
  }
  return long > 0 && caps * 3 >= long * 2;
}

/** A link label naming the paper itself (`[Paper]`, `PDF`, `arXiv`), not its code or a page about it. */
function isPaperLabel(label: string): boolean {
  const k = labelKey(label);
  return k === 'paper' || k === 'pdf' || k === 'arxiv' || k === 'abs' || k === 'full paper';
}

/** A line that opens with a bold label, a colon and a sentence of three words or more (`**Note**: This list …`). */
function labelSentence(line: readonly Seg[]): boolean {
  let i = 0;
  while (i < line.length && !(line[i]!.style & STRONG)) i++;
  while (i < line.length && line[i]!.style & STRONG) i++;
  const next = line[i];
  if (!next || next.t !== 'text') return false;
  const t = next.text.trimStart();
  return t[0] === ':' && wordCount(trimRun(t.slice(1))) >= 3;
}

/**
 * A bold run that is a label and its value (`Relevance: 9/10`, `Score: 8.5`, `Date: 2026-03-10`): a short
 * label, a colon, and a value with no word of letters in it. Never a title.
 */
function boldLabelValue(t: string): boolean {
  const c = plainLabelEnd(t);
  if (c < 0) return false;
  const v = t.slice(c + 1).trim();
  if (!v || v.length > 40) return false;
  for (const w of v.split(' ')) if (letters(w) >= 2) return false;
  return true;
}

/**
 * A paragraph of source-tagged reference lines (`[N] Title. tag. URL (date)`, see ./ref-lines.ts): an entry per
 * line, its title and address. True when read so: two such lines or more and no more than a third of the lines
 * of other shape (a label line), or one line that is the whole paragraph.
 */
function readRefParagraph(r: Reading, p: Paragraph, sections: string[], out: RawEntry[]): boolean {
  const from = startOf(p);
  const to = endOf(p);
  if (to - from > 500_000 || r.src.charCodeAt(from) !== 91) return false;
  const found: { ref: RefLine; at: number; end: number }[] = [];
  let other = 0;
  for (let i = from; i < to; ) {
    let j = r.src.indexOf('\n', i);
    if (j < 0 || j > to) j = to;
    const raw = r.src.slice(i, j);
    const line = raw.trim();
    if (line) {
      const ref = readRefLine(line);
      if (ref) {
        const lead = raw.indexOf(line);
        found.push({ ref: { ...ref, urlStart: ref.urlStart + i + lead, urlEnd: ref.urlEnd + i + lead }, at: i + lead, end: i + lead + line.length });
      } else other++;
    }
    i = j + 1;
  }
  if (!found.length || (found.length === 1 && other > 0) || other * 2 > found.length) return false;
  // the same arXiv paper cited twice (its abstract page and its HTML page): one entry, both addresses
  const byId = new Map<string, Draft>();
  const drafts: Draft[] = [];
  for (const f of found) {
    const d = newDraft(f.at, f.end);
    d.title = cleanTitle(f.ref.title);
    d.titleKind = 'text';
    addUrl(r, d, f.ref.url, undefined, f.ref.urlStart, f.ref.urlEnd);
    const twin = d.arxivId ? byId.get(d.arxivId) : undefined;
    if (twin) {
      addUrl(r, twin, f.ref.url, undefined, f.ref.urlStart, f.ref.urlEnd);
      continue;
    }
    if (d.arxivId) byId.set(d.arxivId, d);
    drafts.push(d);
  }
  for (const d of drafts) if (isPaper(d)) out.push(toEntry(r, d, sections));
  return true;
}

function readParagraph(r: Reading, p: Paragraph, sections: string[], out: RawEntry[], setPseudo: (t: string) => void): void {
  const first = p.children[0];
  if (!first) return;
  const segs = inlineSegs(p.children, r.src);
  const lines = segLines(segs);
  if (!lines.length) return;
  // A table: a header row with `|`, then a delimiter row. A label line right above the header
  // (`**Hugging Face Papers:**`, no blank line between) is no row of it.
  const head = lines[0]!.map((s) => s.text).join('');
  if (head.indexOf('|') >= 0 || (lines.length > 2 && lines[1]!.some((s) => s.t === 'text' && s.text.indexOf('|') >= 0))) {
    // Rows are source lines: a `<br>` inside a cell does not split its row.
    const rows = segs.some((s) => s.br) ? segLines(segs, true) : lines;
    for (let i = 1; i < Math.min(rows.length, 4); i++) {
      if (!isDelimiterRow(rows[i]!)) continue;
      if (!rows[i - 1]!.some((s) => s.t === 'text' && s.text.indexOf('|') >= 0)) break;
      // the lines above the header: a label (no link), else no table read here
      if (rows.slice(0, i - 1).some((l) => l.some((s) => s.t === 'link'))) break;
      readTable(r, rows, i, sections, out);
      return;
    }
  }
  // `[N] Title. arxiv. https://… (2026-05-28)` lines (a report's source-tagged reference list): an entry each
  if (readRefParagraph(r, p, sections, out)) return;
  // Entries that start with a bold title (`**Title** \`), or with a title link.
  const starts: number[] = [];
  const cites = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const fi = lines[i]!.findIndex((s) => !(s.t === 'text' && isDecoration(s)));
    let f = fi < 0 ? undefined : lines[i]![fi];
    // `(ArXiv 2025) **Title**[[Paper]](…)`: a venue tag before a bold title
    const afterTag = f && f.t === 'text' && !(f.style & (STRONG | CODE)) && venueTagOnly(f.text) ? lines[i]![fi + 1] : undefined;
    if (afterTag && afterTag.style & STRONG && afterTag.t === 'text') f = afterTag;
    // (a bold title wrapped inside its `**…**` goes on here: no new entry)
    const prev = i > 0 ? lines[i - 1]! : undefined;
    if (f && f.style & STRONG && prev && fi === 0 && strongRunsOn(r, prev[prev.length - 1]!, lines[i])) continue;
    if (f && f.style & STRONG) starts.push(i);
    else if (f && f.t === 'text' && lines[i]!.some((x) => x.t === 'link') && quotedCitation(lines[i]!, lines[i]!.indexOf(f))) starts.push(i);
    else if (i === 0 && f && f.t === 'link' && !f.imageOnly && !isResourceLabel(f.text)) starts.push(i);
    // a citation line out of a list: `Title. Authors. Venue, Year. [[pdf](…)]`
    // (on the paragraph's first line, or on a line after another such line: not a detail line of an entry above)
    else if (
      (i === 0 || cites.has(i - 1)) && f && f.t === 'text' && !(f.style & (CODE | EM)) && f.text.indexOf('. ') > 0 &&
      lines[i]!.some((x) => x.t === 'link' && !x.imageOnly && isResourceLabel(x.text))
    ) {
      starts.push(i);
      cites.add(i);
    }
    // `(ArXiv 2025) Title [[Paper]](…)`: a plain title and a link to the paper, the paragraph's one line
    // (no venue tag: a title's shape, not a sentence leading to its link: `The benchmark is described in [[paper]](…)`)
    else if (
      i === 0 && lines.length === 1 && f && f.t === 'text' && !(f.style & (CODE | EM)) &&
      lines[i]!.some((x) => x.t === 'link' && !x.imageOnly && isPaperLabel(x.text)) &&
      (afterTag !== undefined || titleCased(f.text))
    )
      starts.push(i);
  }
  if (!starts.length || starts[0] !== 0) return;
  // A bold line alone is a pseudo-heading for the lists that follow.
  if (lines.length === 1 && lines[0]!.every((s) => s.style & STRONG && s.t === 'text')) {
    const t = cleanHeading(lines[0]!.map((s) => s.text).join(''));
    if (t && wordCount(t) <= 10) setPseudo(t);
    return;
  }
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    const group = lines.slice(from, to);
    const firstSeg = group[0]![0]!;
    const lastLine = group[group.length - 1]!;
    // The entry starts at its markup (`**`), not at the text inside it.
    let start = k === 0 ? startOf(p) : firstSeg.start;
    while (k > 0 && start > 0 && (r.src[start - 1] === '*' || r.src[start - 1] === '_')) start--;
    const d = newDraft(start, lastLine[lastLine.length - 1]!.end);
    const flat: Seg[] = [];
    group.forEach((ln, i) => {
      if (i) flat.push({ t: 'nl', text: '', style: 0, start: ln[0]!.start, end: ln[0]!.start });
      flat.push(...ln);
    });
    analyze(r, d, flat, true);
    if (d.titleKind === 'strong') {
      if (wordCount(d.title) < 2 || RE_TRAILING_COLON.test(d.title) || RE_FIELD_LABEL.test(d.title + ':')) continue;
      // `**Relevance: 9/10** | Published: …`: a bold label and its value, no title
      if (boldLabelValue(d.title)) continue;
      // `**📖 Related Survey**: This repository is based on … [link](…)`: a short bold label opening a sentence
      if (wordCount(d.title) <= 3 && labelSentence(group[0]!)) continue;
    } else if (d.titleKind === 'quoted') {
      if (!(d.links.length || d.venue || d.date)) continue;
    } else if (d.titleKind === 'link') {
      if (wordCount(d.title) < 3 || !(d.links.length > 1 || d.authors || d.venue || d.date)) continue;
    } else if (d.titleKind === 'text') {
      if (wordCount(d.title) < 3 || !d.links.length || !(d.authors || d.links.some((l) => l.label !== undefined && isPaperLabel(l.label)))) continue;
    } else continue;
    if (isPaper(d)) out.push(toEntry(r, d, sections));
  }
}

// ---------------------------------------------------------------------------
// Guards and the reader

/**
 * A bullet list right under an ordered item (one blank line between at most), indented by two spaces or more
 * but less than the item's content column (`10. [Title](…)` / `   - Summary: …`, the three spaces that
 * nest under `9.`): CommonMark ends the item and starts a list of its own, where the writer meant the
 * item's sub-list. Such a list is moved into the item (the tree is changed in place).
 */
function adoptUnderIndentedLists(parent: { children: RootContent[] }, src: string): void {
  const kids = parent.children;
  for (let i = 1; i < kids.length; i++) {
    const prev = kids[i - 1]!;
    const cur = kids[i]!;
    if (cur.type === 'blockquote') adoptUnderIndentedLists(cur, src);
    if (prev.type !== 'list' || !prev.ordered || cur.type !== 'list' || cur.ordered || !cur.position || !prev.position) continue;
    const item = prev.children[prev.children.length - 1];
    const first = item?.children[0];
    if (!item || !first || !item.position) continue;
    // at most one blank line between the item's last line and the list
    let k = endOf(item);
    let breaks = 0;
    for (; k < startOf(cur); k++) {
      const c = src.charCodeAt(k);
      if (c === 10) breaks++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
    }
    if (k !== startOf(cur) || breaks < 1 || breaks > 2) continue;
    const col = (at: number) => at - (src.lastIndexOf('\n', at - 1) + 1);
    const indent = col(startOf(cur));
    if (indent < 2 || indent <= col(startOf(item)) || indent >= col(startOf(first))) continue;
    item.children.push(cur);
    item.position.end = cur.position.end;
    prev.position.end = cur.position.end;
    kids.splice(i, 1);
    i--;
  }
}

/** Same-length rewrites before parsing: NBSP as space, runaway nesting and runs blanked. */
/**
 * A Jekyll/Hugo front matter block opening the text (`---` / `layout: page` / `title: …` / `---`) blanked (its
 * characters spaces, its line breaks kept): page settings, which CommonMark reads as a setext heading.
 */
function blankFrontMatter(s: string): string {
  if (!s.startsWith('---\n') && !s.startsWith('---\r\n')) return s;
  const end = s.indexOf('\n---', 3);
  if (end < 0 || end > 8000) return s;
  let close = end + 4;
  while (close < s.length && (s[close] === ' ' || s[close] === '\t' || s[close] === '\r')) close++;
  if (close < s.length && s[close] !== '\n') return s;
  const body = s.slice(4, end);
  // every line of it a `key: value` setting (or blank, or an indented / listed value)
  for (const line of body.split('\n')) {
    const l = line.trimEnd();
    if (!l || l[0] === ' ' || l[0] === '\t' || l[0] === '-' || l[0] === '#') continue;
    const c = l.indexOf(':');
    if (c <= 0 || l.slice(0, c).indexOf(' ') >= 0) return s;
  }
  let out = '';
  for (let i = 0; i < close; i++) out += s[i] === '\n' ? '\n' : ' ';
  return out + s.slice(close);
}

function prepare(text: string): string {
  let s = blankFrontMatter(text);
  if (s.indexOf(NBSP) >= 0) s = s.split(NBSP).join(' ');
  const blank = (re: RegExp, f: (m: string, ...g: string[]) => string) => {
    re.lastIndex = 0;
    if (re.test(s)) {
      re.lastIndex = 0;
      s = s.replace(re, f as (m: string) => string);
    }
    re.lastIndex = 0;
  };
  if (s.indexOf('<') >= 0) s = blankTagLinesOverLists(s);
  blank(RE_DEEP_CONTAINERS, (_m, keep, marker) => keep! + NBSP.repeat(marker!.length));
  blank(RE_DEEP_INDENT, (_m, keep, rest) => keep! + NBSP.repeat(rest!.length));
  if (s.indexOf('*'.repeat(33)) >= 0) blank(RE_LONG_STAR_RUN, (m) => m.slice(0, 32) + NBSP.repeat(m.length - 32));
  if (s.indexOf('_'.repeat(33)) >= 0) blank(RE_LONG_UNDERSCORE_RUN, (m) => m.slice(0, 32) + NBSP.repeat(m.length - 32));
  if (s.indexOf('['.repeat(33)) >= 0) blank(RE_LONG_OPEN_BRACKET_RUN, (m) => m.slice(0, 32) + NBSP.repeat(m.length - 32));
  if (s.indexOf(']'.repeat(33)) >= 0) blank(RE_LONG_CLOSE_BRACKET_RUN, (m) => m.slice(0, 32) + NBSP.repeat(m.length - 32));
  if (s.indexOf('#') >= 0 && s.indexOf('](') >= 0) s = joinBrokenHeadingLinks(s);
  return s;
}

/** Unescaped `[` minus unescaped `]` of a line, starting from `depth`; -1 once a `]` closes below zero. */
function bracketBalance(line: string, depth: number): { depth: number; closedAt: number } {
  let d = depth;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '[') d++;
    else if (c === ']') {
      d--;
      if (d === 0 && depth > 0) return { depth: 0, closedAt: i };
      if (d < 0) return { depth: -1, closedAt: -1 };
    }
  }
  return { depth: d, closedAt: -1 };
}

/**
 * A heading whose link text a generator hard-wrapped with a blank line inside it
 * (`### 1. [Pref-GRPO: … for Stable` / `` / `Text-to-Image …](https://arxiv.org/abs/…)`): CommonMark ends the
 * heading at its line end and leaves the link open. The line breaks between the heading and the line that
 * closes its bracket with `](` become spaces (lengths kept), so the heading holds its whole link.
 */
function joinBrokenHeadingLinks(text: string): string {
  const lines = splitLines(text);
  let out: string[] | undefined;
  let from = 0;
  for (let k = 0; k + 2 < lines.length; k++) {
    const h = lines[k]!;
    const t = h.text;
    if (t.length > 600 || t.indexOf('[') < 0) continue;
    let i = 0;
    while (i < 3 && t[i] === ' ') i++;
    let n = 0;
    while (t[i + n] === '#') n++;
    if (n < 1 || n > 6 || t[i + n] !== ' ') continue;
    const open = bracketBalance(t, 0);
    if (open.depth !== 1) continue;
    if (lines[k + 1]!.text.trim()) continue;
    const next = lines[k + 2]!.text;
    if (next.length > 600 || next.trim() === '' || next.trimStart()[0] === '#') continue;
    const close = bracketBalance(next, 1);
    if (close.closedAt < 0 || next[close.closedAt + 1] !== '(') continue;
    out ??= [];
    out.push(text.slice(from, h.end), ' '.repeat(lines[k + 2]!.start - h.end));
    from = lines[k + 2]!.start;
    k += 2;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** Block tags whose line, written right over a list, would swallow the list into an HTML block. */
const WRAPPER_TAGS = ['details', 'summary', 'div', 'p', 'center'];

/** A line of wrapper tags only (`<details>`, `<summary>2022</summary>`, `</div>`). */
function isWrapperTagLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 200 || t[0] !== '<' || t[t.length - 1] !== '>') return false;
  const low = t.toLowerCase();
  const name = low.slice(low[1] === '/' ? 2 : 1);
  return WRAPPER_TAGS.some((w) => name.startsWith(w) && (name[w.length] === '>' || name[w.length] === ' '));
}

/** A list item or heading line (`- [`, `* `, `1. `, `#`), up to three spaces in. */
function opensBlock(line: string): boolean {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  const c = line[i];
  if ((c === '-' || c === '*' || c === '+') && line[i + 1] === ' ') return true;
  if (c === '#') return true;
  let j = i;
  while (j < i + 3 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
  return j > i && (line[j] === '.' || line[j] === ')') && line[j + 1] === ' ';
}

/**
 * `<summary>2022</summary>` straight over `- [Title](…)`: without a blank line the list
 * is part of the HTML block and never parsed. The tag line is blanked (same length), so
 * the list is markdown again; the tags carried no entry.
 */
function blankTagLinesOverLists(s: string): string {
  let out = '';
  let from = 0;
  let at = 0;
  while (at < s.length) {
    let e = s.indexOf('\n', at);
    if (e < 0) e = s.length;
    const ne = e < s.length ? s.indexOf('\n', e + 1) : -1;
    const next = e < s.length ? s.slice(e + 1, ne < 0 ? s.length : ne) : '';
    if (s[at] === '<' || s[at] === ' ') {
      const line = s.slice(at, e);
      if (opensBlock(next) && isWrapperTagLine(line)) {
        out += s.slice(from, at) + ' '.repeat(line.length);
        from = e;
      }
    }
    at = e + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const CHUNK = 4096;
/** `]` a paragraph may hold before it is cut into chunks between its lines (see chunkStarts). */
const MAX_PARAGRAPH_LABELS = 256;

/**
 * Offsets where the document can be cut into independently parsed chunks: a heading or
 * a list item at column 0, outside code fences and HTML blocks, about every 4 KB.
 * remark-parse splices its event list on every container close, so one parse of a long
 * list is quadratic; chunks keep it linear. Documents with reference definitions are
 * parsed whole (a chunk would not see a definition in another).
 */
function chunkStarts(src: string): number[] {
  const starts = [0];
  const n = src.length;
  if (n < 2 * CHUNK || RE_MD_DEFINITION_LINE.test(src)) return starts;
  let fenceChar = 0;
  let fenceLen = 0;
  /** The depth of the field sub-headings of the heading card being passed (0 outside one). */
  let cardDepth = 0;
  let html: '' | 'blank' | 'comment' | 'raw' = '';
  let last = 0;
  let i = 0;
  /** `]` in the paragraph since its start or the last cut, and whether the last line was a table row. */
  let labels = 0;
  let tableRow = false;
  while (i < n) {
    let e = i;
    let lineLabels = 0;
    while (e < n) {
      const c = src.charCodeAt(e);
      if (c === 10 || c === 13) break;
      if (c === 93) lineLabels++;
      e++;
    }
    const next = e < n && src.charCodeAt(e) === 13 && src.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
    let blankLine = true;
    for (let k = i; k < e; k++) {
      const c = src.charCodeAt(k);
      if (c !== 32 && c !== 9) {
        blankLine = false;
        break;
      }
    }
    if (fenceChar) {
      let k = i;
      while (k < e && k - i < 3 && src.charCodeAt(k) === 32) k++;
      let run = 0;
      while (k < e && src.charCodeAt(k) === fenceChar) {
        k++;
        run++;
      }
      if (run >= fenceLen && src.slice(k, e).trim() === '') fenceChar = 0;
    } else if (html) {
      if (html === 'blank' && blankLine) html = '';
      else if (html === 'comment' && src.slice(i, e).indexOf('-->') >= 0) html = '';
      else if (html === 'raw') {
        RE_HTML_RAW_CLOSE.lastIndex = 0;
        if (RE_HTML_RAW_CLOSE.test(src.slice(i, e))) html = '';
      }
    } else if (blankLine) {
      labels = 0;
      tableRow = false;
    } else {
      const c0 = src.charCodeAt(i);
      // A paragraph with hundreds of `]` (a reference list, a line of `[1] [2]`): micromark
      // resolves labels that are no links in time quadratic in their number per paragraph,
      // so the paragraph is cut between lines (never inside a table: its rows need the header).
      const isTableRow = c0 === 124;
      if (labels >= MAX_PARAGRAPH_LABELS && i - last >= 1024 && !isTableRow && !tableRow) {
        starts.push(i);
        last = i;
        labels = 0;
      }
      labels += lineLabels;
      tableRow = isTableRow;
      // inside a heading card with field sub-headings (`### Links` / `### Authors` under `## N. Title`): no cut before
      // a shallower heading (a sub-section or a bullet of the card is no entry of its own)
      if (c0 === 35) cardDepth = cardAt(src.slice(i, Math.min(e, i + 80)), cardDepth);
      if (i - last >= CHUNK && (c0 === 35 || c0 === 45 || c0 === 42 || c0 === 43 || (c0 >= 48 && c0 <= 57)) && (!cardDepth || i - last >= 4 * CHUNK)) {
        RE_CHUNK_BOUNDARY.lastIndex = i;
        // a field sub-heading (`#### Abstract`) belongs to the entry above it: no cut there
        if (RE_CHUNK_BOUNDARY.test(src) && !RE_THEMATIC_BREAK.test(src.slice(i, e)) && !(c0 === 35 && isFieldHeadingLine(src.slice(i, e)))) {
          starts.push(i);
          last = i;
          labels = lineLabels;
        }
      }
      RE_FENCE_OPEN.lastIndex = i;
      const f = RE_FENCE_OPEN.exec(src);
      if (f && f.index === i) {
        fenceChar = f[1]!.charCodeAt(0);
        fenceLen = f[1]!.length;
      } else {
        RE_HTML_BLOCK_START.lastIndex = i;
        const h = RE_HTML_BLOCK_START.exec(src);
        if (h && h.index === i) {
          html = h[1] ? 'raw' : h[2] ? 'comment' : 'blank';
          const rest = src.slice(i, e);
          if (html === 'comment' && rest.indexOf('-->') >= 0) html = '';
          else if (html === 'raw') {
            RE_HTML_RAW_CLOSE.lastIndex = 0;
            if (RE_HTML_RAW_CLOSE.test(rest)) html = '';
          }
        }
      }
    }
    i = next;
  }
  return starts;
}

/** The card depth after a heading line: a field sub-heading's depth (`### Authors`), 0 past a shallower heading. */
function cardAt(line: string, depth: number): number {
  let d = 0;
  while (d < line.length && d < 7 && line.charCodeAt(d) === 35) d++;
  if (d === 0 || d > 6 || (line[d] !== ' ' && line[d] !== '\t')) return depth;
  if (fieldHeadingBit(line)) return d;
  return depth && d < depth ? 0 : depth;
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff || c === 0xa0) i++;
    else break;
  }
  return i;
}

/** JSON text (another reader's format): `[{`, `["`, `{"`. */
function looksJson(text: string): boolean {
  const i = firstNonSpace(text);
  const c = text[i];
  if (c !== '[' && c !== '{') return false;
  const j = firstNonSpace(text.slice(i + 1, i + 200)) + i + 1;
  const n = text[j];
  return n === '{' || n === '"' || n === '[' || n === ']' || n === '}' || (c === '[' && n !== undefined && RE_JSON_NUMBER_START.test(n));
}

/** A heading or item line whose first link is a relative page about one paper (`#### [Title](summaries/2407.07071.md)`). */
function relPaperLine(line: string): boolean {
  const open = line.indexOf('[');
  const close = line.indexOf('](', open + 1);
  if (open < 0 || close < 0) return false;
  const end = line.indexOf(')', close + 2);
  if (end < 0) return false;
  const url = line.slice(close + 2, end).trim();
  if (!isRelativeUrl(url) || url.indexOf(' ') >= 0) return false;
  return RE_REL_ARXIV_PAGE.test(url) || (isMarkdownPage(url) && paperShaped(foldSpace(line.slice(open + 1, close))));
}

/** A table header row naming a paper (title) column and a summary column (`| 論文 | 一言 |`, `| Paper | TL;DR |`). */
function describedHeader(line: string): boolean {
  if (line.indexOf('|') < 0 || line.length > 400) return false;
  let title = false;
  let summary = false;
  for (const cell of line.split('|')) {
    const k = labelKey(cell);
    if (!k) continue;
    if (RE_COL_TITLE.test(k) || RE_COL_PAPER.test(k)) title = true;
    else if (RE_COL_ABSTRACT.test(k)) summary = true;
  }
  return title && summary;
}

/** A bullet `- **Label**: <paper address>` (or `- **Label:** …`): a field giving a paper's bare address. */
function boldFieldPaperLink(line: string): boolean {
  if (line.length > 600) return false;
  let i = 0;
  while (i < 4 && (line[i] === ' ' || line[i] === '\t')) i++;
  // a bullet (`- **链接**: …`) or a plain line of such fields (`**链接**: …`)
  if ('-*+'.includes(line[i] ?? 'x') && line[i + 1] === ' ') i += 2;
  while (line[i] === ' ') i++;
  if (!line.startsWith('**', i)) return false;
  const close = line.indexOf('**', i + 2);
  if (close < 0 || close - i > 40) return false;
  let k = close + 2;
  while (line[k] === ' ' || line[k] === ':' || line[k] === '：') k++;
  const rest = line.slice(k);
  return rest.startsWith('http') && rest.indexOf(' ') < 0 && RE_PAPER_URL.test(rest);
}

export function detectMarkdownList(text: string): number {
  if (!text || looksJson(text)) return 0;
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  let hf = 0;
  for (let i = head.indexOf('huggingface.co/'); i >= 0 && hf < 3; i = head.indexOf('huggingface.co/', i + 15)) {
    const ls = head.lastIndexOf('\n', i) + 1;
    if (RE_HF_LOGIN_LINK.test(head.slice(Math.max(0, i - 30), i + 40)) || RE_HF_PAPER_HEADING.test(head.slice(ls, i + 200))) hf++;
  }
  if (hf >= 2) return 0.05;
  let headings = 0;
  let listLinks = 0;
  let resLinks = 0;
  let bold = 0;
  let delim = 0;
  let pipeLinks = 0;
  let arxiv = 0;
  let links = 0;
  let headLinks = 0;
  let summaries = 0;
  /** Headings with an author or abstract field bullet a few lines under them (`#### Title`, ` - **Authors:** …`). */
  let headFields = 0;
  /** Headings with both an author and an abstract field bullet under them: one paper's card. */
  let cards = 0;
  /** Headings with a bold-labelled bullet giving a paper's bare address under them (`- **链接**: https://arxiv.org/abs/…`). */
  let linkCards = 0;
  let linkCounted = false;
  /** Headings with both an `### Authors` and an `### Abstract` sub-heading under them (a card of sub-sections). */
  let subCards = 0;
  /** Field sub-headings seen since the last other heading: 1 authors, 2 abstract, 4 counted. */
  let subFields = 0;
  /** Non-blank lines since the last heading (-1 before the first). */
  let sinceHeading = -1;
  /** Field bullets seen under the last heading: 1 authors, 2 abstract, 4 counted. */
  let cardFields = 0;
  // the lines of the whole text are shared with the other detectors: split the head only when cut
  /** The line before (a table's header row over its delimiter row), and whether the current table's header names papers and summaries. */
  let prev = '';
  let described = false;
  /** Link-less items whose next line lists their authors (`- [ ] Title` / `Jane Doe · John Roe`), and items `Names. [Title]`. */
  let authoredItems = 0;
  for (const { text: line } of splitLines(head)) {
    if (!line) continue;
    const before = prev;
    prev = line;
    if (authoredItems < 64) {
      const item = RE_MD_LIST_LINE.exec(line);
      if (item && line.indexOf('](') < 0 && line.length <= 3000 && bracketTitleAfterAuthors(line.slice(item[0].length)) !== undefined) authoredItems++;
      else if (!item && line.length <= 3000 && RE_MD_LIST_LINE.test(before) && before.indexOf('](') < 0 && !RE_MD_HEADING_LINE.test(line)) {
        const a = authorsOf(line.trim(), false);
        if (a && a.names.length >= 2) authoredItems++;
      }
    }
    if (described && !line.trimStart().startsWith('|')) described = false;
    if (RE_ARXIV_FIELD_LINE.test(line) || RE_ARXIV_LISTING_MARK.test(line)) arxiv++;
    const heading = RE_MD_HEADING_LINE.test(line);
    if (heading) headings++;
    if (heading) {
      sinceHeading = 0;
      cardFields = 0;
      linkCounted = false;
      // `### Authors` and `### Abstract` sub-headings under one heading: a paper's card
      const bit = fieldHeadingBit(line);
      if (!bit) subFields = 0;
      else if (subFields !== 4 && ((subFields |= bit) & 3) === 3) {
        subCards++;
        subFields = 4;
      }
    } else if (sinceHeading >= 0 && ++sinceHeading <= 12 && line.indexOf('**') >= 0) {
      if (!linkCounted && boldFieldPaperLink(line)) {
        linkCards++;
        linkCounted = true;
      }
      const fm = RE_MD_FIELD_BULLET.exec(line);
      if (fm) {
        if (!cardFields && sinceHeading <= 3) headFields++;
        cardFields |= fm[1]!.toLowerCase().startsWith('author') || fm[1] === '作者' || fm[1] === '著者' || fm[1] === '저자' ? 1 : 2;
        if (cardFields === 3) {
          cards++;
          cardFields = 4;
        }
      }
    }
    // both link patterns end in `](`: test them only on lines that hold it
    const close = line.indexOf('](') >= 0;
    const link = close && RE_MD_INLINE_LINK.test(line);
    if (link) links++;
    // `### [Title](https://arxiv.org/abs/…)`: a title heading
    const relPaper = close && !link && relPaperLine(line);
    if (heading && (link ? RE_PAPER_URL.test(line) : relPaper)) headLinks++;
    // `<summary>Abstract</summary>`: a collapsed abstract
    if (line.indexOf('<summary') >= 0 && RE_SUMMARY_ABSTRACT.test(line)) summaries++;
    if ((link || relPaper) && RE_MD_LIST_LINE.test(line)) listLinks++;
    if (close && RE_MD_RESOURCE_LINK.test(line)) resLinks++;
    if (RE_MD_BOLD_START.test(line)) bold++;
    if (RE_MD_TABLE_DELIMITER.test(line)) {
      delim++;
      // `| 論文 | 一言 |` / `| Paper | Summary |`: a header naming a paper column and a summary column
      described = describedHeader(before);
    } else if (described && line.trimStart().startsWith('|')) pipeLinks++;
    else if (link && line.indexOf('|') >= 0) pipeLinks++;
    // `| [Short name](papers/x.md) | summary |`: a table row linking its paper's page in the list's own repository
    else if (close && line.trimStart().startsWith('|')) pipeLinks++;
    // `| 407 | Title | 2607.14076 | … |`: a table row naming its paper by a bare arXiv id
    else if (line.indexOf('|') >= 0 && RE_MD_TABLE_ARXIV_CELL.test(line)) pipeLinks++;
  }
  const signal = listLinks + resLinks + (delim ? pipeLinks : 0) + (bold >= 2 && resLinks ? bold : 0) + 2 * headLinks + summaries + (headFields >= 2 ? headFields : 2 * cards) + (subCards >= 2 ? 2 * subCards : 0) + (linkCards >= 2 ? linkCards : 0) + (authoredItems >= 3 ? authoredItems : 0);
  if (arxiv >= 3 && arxiv * 2 > signal) return 0.05;
  if (signal >= 3) return headings ? 0.95 : 0.92;
  if (signal >= 1) return headings ? 0.65 : 0.5;
  if (headings && links) return 0.3;
  return headings ? 0.15 : 0.02;
}

export function readMarkdownList(text: string, ctx: ReaderContext): ReaderResult {
  void ctx;
  if (!text) return { entries: [] };
  try {
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const src = prepare(bom ? text.slice(1) : text);
    const st: WalkState = { headings: [], skipLevel: 0, skipToc: false, pseudo: '', out: [] };
    const shared: Reading = { src, base: bom, defs: new Map(), pending: [] };
    // (read before the front matter is blanked: its `url:` names the captured page)
    const page = capturedPageUrl(bom ? text.slice(1) : text);
    if (page) shared.page = page;
    const starts = chunkStarts(src);
    for (let k = 0; k < starts.length; k++) {
      const from = starts[k]!;
      const chunk = starts.length === 1 ? src : src.slice(from, starts[k + 1] ?? src.length);
      let root: Root;
      try {
        // `*` / `_` inside `$…$` math do not open or close emphasis (same offsets; put back in the tree)
        const defused = defuseMath(chunk);
        root = processor.parse(defused) as Root;
        if (defused !== chunk) restoreMath(root);
      } catch {
        continue;
      }
      adoptUnderIndentedLists(root, chunk);
      walk({ ...shared, src: chunk, base: bom + from }, root, st);
    }
    resolvePending(shared);
    // headings that each carry an arXiv link line (a report's cards) win over list items that miss their papers
    const cards = headingCards(text);
    if (cards && !cardsCovered(cards, st.out)) return { entries: withCards(cards, st.out) };
    // a link item repeated under every heading (`- [Full report](relative)`) is the heading's link, not an entry
    st.out = navigationToHeadings(st.out);
    st.out = withoutNavigationSections(st.out);
    // paper pages pasted between the lists (title, authors, abstract, address lines)
    const pasted = pastedPapers(src, bom, st.loose, st.out);
    if (pasted.length) st.out = st.out.concat(pasted).sort((a, b) => a.start - b.start);
    // no list entry: one paper's note (`# Title`, `**Authors**: …`, `## Abstract`)
    if (!st.out.length) {
      const note = paperNote(text);
      if (note) return { entries: [note] };
    }
    return { entries: st.out };
  } catch {
    return { entries: [] };
  }
}

/**
 * A section of bare links above a page's list of papers (`# Reference` / `- [2023 Paper awards](blog…)` /
 * `- [2023 oral papers](…/events/oral)`, then the papers with their authors): the page's sources, no papers.
 * A section goes when every entry of it is a link and nothing else (no authors, venue, date, abstract, id),
 * none links a paper's address, its labels are short (five words at most) or its heading names links or
 * references, and the page's other sections hold at least three papers with authors and twice as many as it.
 */
function withoutNavigationSections(entries: RawEntry[]): RawEntry[] {
  if (entries.length < 4) return entries;
  const key = (e: RawEntry) => (e.sections ?? []).join('\u0000');
  const bare = (e: RawEntry) =>
    !e.authors?.length && !e.abstract && !e.venueText && !e.date && !e.arxivId && !e.doi && e.links.length >= 1 && e.links.length <= 2 && !e.links.some((l) => RE_PAPER_URL.test(l.url)) && e.links.some((l) => l.label !== undefined && foldKey(l.label) === foldKey(e.title));
  const bySection = new Map<string, RawEntry[]>();
  for (const e of entries) {
    const k = key(e);
    const list = bySection.get(k);
    if (list) list.push(e);
    else bySection.set(k, [e]);
  }
  const drop = new Set<string>();
  for (const [k, list] of bySection) {
    if (!list.every(bare)) continue;
    const heading = list[0]!.sections?.[list[0]!.sections.length - 1] ?? '';
    if (!(list.every((e) => wordCount(foldSpace(e.title)) <= 5) || RE_NAV_SECTION.test(cleanHeading(heading)))) continue;
    const authored = entries.filter((e) => key(e) !== k && e.authors?.length && !bare(e)).length;
    if (authored >= 3 && authored >= 2 * list.length) drop.add(k);
  }
  return drop.size ? entries.filter((e) => !drop.has(key(e))) : entries;
}

/** Whether a range overlaps one of the entries' spans (sorted starts and running greatest ends, binary search). */
function spanIndex(entries: readonly RawEntry[]): (start: number, end: number) => boolean {
  const sorted = entries.map((e) => [e.start, e.end] as const).sort((a, b) => a[0] - b[0]);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const [, e] of sorted) maxEnd.push((m = Math.max(m, e)));
  return (start, end) => {
    // the entries starting before `end`
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > start;
  };
}

/** The least length of a paragraph of prose that makes the loose paragraphs of a list page worth reading as pasted pages. */
const MIN_PASTED_PROSE = 300;

/**
 * Paper pages pasted as plain text into a list page, outside its lists (reading notes: a title line, an author line, an
 * abstract, the page's address on a line of its own or after `From`): the paragraphs that gave no entry, read by the
 * generic title/abstract reader on their own (the rest of the text blanked, offsets kept). A paper found there needs an
 * abstract of some length, a title of three words or more, and authors, a link or an id.
 */
function pastedPapers(src: string, bom: number, loose: readonly { start: number; end: number }[] | undefined, entries: readonly RawEntry[]): RawEntry[] {
  if (!loose?.length || !loose.some((l) => l.end - l.start >= MIN_PASTED_PROSE)) return [];
  const overlaps = spanIndex(entries);
  const spans = loose
    .filter((l) => !overlaps(l.start, l.end))
    .map((l) => ({ start: l.start - bom, end: l.end - bom }))
    .filter((l) => l.start >= 0 && l.end <= src.length);
  if (!spans.some((l) => l.end - l.start >= MIN_PASTED_PROSE)) return [];
  spans.sort((a, b) => a.start - b.start);
  const blank = (t: string) => t.replace(RE_NOT_NEWLINE, ' ');
  let masked = '';
  let at = 0;
  for (const l of spans) {
    if (l.start < at) continue;
    masked += blank(src.slice(at, l.start)) + src.slice(l.start, l.end);
    at = l.end;
  }
  masked += blank(src.slice(at));
  const quiet: ReaderContext = { diagnose: () => undefined };
  let found: RawEntry[];
  try {
    found = segmentPlainText(masked, quiet).entries;
  } catch {
    return [];
  }
  const out: RawEntry[] = [];
  for (const e of found) {
    if (!e.abstract || e.abstract.length < 200 || wordCount(foldSpace(e.title)) < 3) continue;
    // (an address written in the abstract is no sign of a paper: an intro paragraph has them too)
    if (!e.authors?.length && !e.arxivId && !e.links.some((l) => l.origin !== 'abstract')) continue;
    if (overlaps(e.start + bom, e.end + bom)) continue;
    if (bom) {
      e.start += bom;
      e.end += bom;
      for (const l of e.links) {
        if (l.start !== undefined) l.start += bom;
        if (l.end !== undefined) l.end += bom;
      }
    }
    out.push(e);
  }
  return out;
}

export const markdownListReader: FeedReader = defineReader('markdown-list', detectMarkdownList, readMarkdownList, { maxConfidence: 0.95 });

/** Bold labels of a field list (`**Paper**: …`), not a paper's short name. */
const FIELD_LABELS = new Set(['title', 'paper', 'papers', 'authors', 'author', 'venue', 'code', 'abstract', 'tl;dr', 'tldr', 'note', 'notes', 'keywords', 'link', 'links', 'summary', 'project', 'year', 'conference', 'journal', 'pdf', 'arxiv', 'github', 'demo', 'website', 'data', 'dataset', 'datasets', 'description', 'status', 'new', 'update', 'updates', 'news']);

/** Words that open a sentence of prose, never the rest of a paper title after `**Name**:`. */
const SENTENCE_OPENERS = new Set(['This', 'These', 'That', 'Those', 'We', 'Our', 'Here', 'You', 'Your', 'If', 'For', 'They', 'There', 'I']);

/**
 * The rest of a title after a bold short name and a colon (`: Learning Modular … Data.`): the
 * text up to a sentence end or a ` - ` part separator, when it reads as a title (a capital
 * first, at least two words). `end` is where the rest of the segment starts.
 */
function nicknameTail(name: string, text: string): { title: string; end: number } | undefined {
  if (name.endsWith(':') || FIELD_LABELS.has(name.toLowerCase())) return undefined;
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 58 /* : */) return undefined;
  i++;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (!(c >= 65 && c <= 90) && !(c >= 48 && c <= 57)) return undefined;
  // `**Related Survey**: This repository is based on …`: a sentence after a bold label, no title
  const sp = text.indexOf(' ', i);
  if (SENTENCE_OPENERS.has(text.slice(i, sp < 0 ? text.length : sp))) return undefined;
  let end = text.length;
  for (const sep of ['. ', ' - ', ' – ', ' — ', ' | ']) {
    const k = text.indexOf(sep, i);
    if (k >= 0 && k < end) end = k;
  }
  let t = text.slice(i, end).trim();
  if (t.endsWith('.')) t = t.slice(0, -1).trimEnd();
  if (t.split(' ').length < 2 || t.length > 400) return undefined;
  return { title: t, end: end < text.length && text.charCodeAt(end) === 46 ? end + 1 : end };
}
