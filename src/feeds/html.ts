/**
 * HTML pages (an arXiv listing fetched with curl, a saved Hugging Face page, a newsletter's
 * paper cards): the page is turned into the markdown-like text a reader of this library
 * already knows, the way a browser would show it, and read as that.
 *
 * - Block elements end lines (`<div>`, `<li>`, `<dt>`: one break; `<p>`, headings, lists,
 *   tables: a blank line), white space inside text folds as a browser folds it (`<pre>` kept).
 * - Headings become `#` headings, list items `- ` items, table rows `| a | b |` rows.
 * - A link becomes `[text](address)`, so resource links (a paper's PDF, its code) reach the
 *   readers; a relative one is resolved against the page's own address when it gives one.
 * - `<details>` cards stay `<details>` blocks, as a README writes them; bold is `**bold**`; a
 *   source line break is kept before a line markdown starts on its own (a page rendered from
 *   markdown keeps its lines so), hard-wrapped prose folds.
 * - What a browser does not show is dropped: `<head>`, scripts, styles, SVG, templates,
 *   comments, `<nav>` menus, elements with the `hidden` attribute, and links to nowhere
 *   (`#`, `javascript:`), which are buttons.
 *
 * One linear pass; the result maps each offset of the text back into the page, so
 * diagnostics and sources point into what the caller gave.
 */
import { decodeEntities } from './xml.js';

/** The converted text and the way back to the page's offsets. */
export interface HtmlText {
  text: string;
  /** The page offset of an offset of `text`. */
  toSource(offset: number): number;
}

/** Elements whose content is never shown. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'nav', 'iframe', 'object', 'canvas', 'select', 'button']);
/** Elements whose content is raw text up to their closing tag (an unclosed one runs to the end). */
const RAW_TEXT = new Set(['script', 'style', 'template']);
/** Elements that stand apart from the text around them with a blank line. */
const PARAGRAPH = new Set([
  'p', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'main', 'aside',
  'figure', 'hr', 'form', 'fieldset', 'address', 'body', 'html',
]);
/** Elements that start and end a line. */
const LINE = new Set(['div', 'li', 'dt', 'dd', 'tr', 'figcaption', 'caption', 'option', 'legend', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements without content (no closing tag). */
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);

/** Sample read to decide whether a text is an HTML page. */
const SAMPLE = 20_000;

/**
 * True for an HTML page or a text made of HTML markup: it opens with a doctype or
 * `<html>`, or most of its lines are tags (at least ten of them). XML feeds (Atom, RSS,
 * RDF) are not pages.
 */
export function looksLikeHtmlPage(text: string): boolean {
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length && i < SAMPLE && isSpace(text.charCodeAt(i))) i++;
  const head = text.slice(i, i + 16).toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<feed') || head.startsWith('<rss') || head.startsWith('<rdf')) return false;
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  let lines = 0;
  let tags = 0;
  let marked = 0;
  const end = Math.min(text.length, SAMPLE);
  let start = i;
  while (start < end) {
    let nl = text.indexOf('\n', start);
    if (nl < 0 || nl > end) nl = end;
    let k = start;
    while (k < nl && isSpace(text.charCodeAt(k))) k++;
    if (k < nl) {
      lines++;
      if (text.charCodeAt(k) === 60 /* < */ && isTagStart(text.charCodeAt(k + 1))) tags++;
      else if (startsLine(text, k) || text.startsWith('**', k)) marked++;
    }
    start = nl + 1;
  }
  // markdown with HTML blocks in it (a README of `<details>` cards) is markdown: its own lines
  // (items, headings, bold labels, links) are more than a few
  return tags >= 10 && tags * 10 >= lines * 6 && marked * 10 <= lines;
}

/** Turns an HTML page into markdown-like text (see the module comment). */
export function htmlToMarkdown(html: string): HtmlText {
  const base = pageAddress(html);
  const gts = newGtSearch();
  const noClose = new Map<string, number>();
  const out: string[] = [];
  let outLen = 0;
  // (text offset, page offset) at the start of every piece of text taken from the page
  const mapOut: number[] = [0];
  const mapSrc: number[] = [0];
  let lastSrc = 0;
  let breaks = 0; // line breaks owed before the next text (2: a blank line)
  let space = false; // a space owed before the next text
  let atStart = true;
  let pre = 0;
  let heading = false;
  let summary = false; // inside <summary>
  let lists = 0; // lists open
  let items = 0; // list items open
  let prefix = ''; // owed at the start of the next text (`### `, `- `)
  let link: { at: number; href: string } | undefined;
  // an open link to nowhere: where its label starts in `out`, and the state before it
  let control: { from: number; len: number; atStart: boolean; breaks: number; space: boolean } | undefined;
  let cells = -1; // cells of the table row being written (-1: not in a row)
  let headerRow = false;
  let rows = 0;

  const push = (s: string) => {
    out.push(s);
    outLen += s.length;
  };
  /** Writes the breaks, space and prefix owed before text. */
  const flush = () => {
    if (!atStart && breaks > 0) push(breaks >= 2 ? '\n\n' : '\n');
    else if (space && !atStart) push(' ');
    breaks = 0;
    space = false;
    if (prefix) {
      push(prefix);
      prefix = '';
    }
    atStart = false;
  };
  const emit = (s: string, src: number) => {
    if (!s) return;
    flush();
    if (src >= 0) lastSrc = src;
    if (mapOut[mapOut.length - 1] !== outLen) {
      mapOut.push(outLen);
      mapSrc.push(lastSrc);
    }
    push(s);
  };
  const lineBreak = (k: number) => {
    if (k > breaks) breaks = k;
    space = false;
  };

  const text = (from: number, to: number) => {
    const raw = decodeEntities(html.slice(from, to));
    if (pre > 0) {
      emit(raw, from);
      return;
    }
    // white space folds the way a browser shows it, except that a line break the source
    // writes before a line that markdown would start on its own (a list item, a heading, a
    // link, a table row), with no indentation after it, is kept: pages rendered from
    // markdown (a README) keep their markdown's lines that way, and the readers need them.
    // Indented lines are layout, and hard-wrapped prose folds into one line.
    const lines = link === undefined && cells < 0 && !heading;
    let j = 0;
    while (j < raw.length && isSpace(raw.charCodeAt(j))) j++;
    if (j > 0) {
      if (lines && raw.charCodeAt(j - 1) === 10 && (j === raw.length ? opensLinkAt(html, to) : startsLine(raw, j))) lineBreak(1);
      else space = true;
    }
    if (j === raw.length) return;
    let e = raw.length;
    while (isSpace(raw.charCodeAt(e - 1))) e--;
    emit(foldRuns(raw, j, e, lines), from + j);
    if (e < raw.length) {
      if (lines && raw.charCodeAt(raw.length - 1) === 10 && opensLinkAt(html, to)) lineBreak(1);
      else space = true;
    }
  };

  const finishLink = () => {
    const l = link!;
    link = undefined;
    const label = out.slice(l.at + 1).join('');
    // an icon link: the address alone; a link written as its own address, or one around
    // whole blocks (a card), stays as it is
    if (!label.trim()) {
      if (isWebAddress(l.href)) emit(`<${l.href}>`, -1);
    }
    else if (!label.includes('\n') && !sameAddress(label.trim(), l.href)) {
      out[l.at] = '[';
      outLen++;
      push(`](${l.href})`);
    }
  };

  const open = (name: string, attrs: string, at: number) => {
    if (name === 'br') {
      // a break in running text; after a block's end it only adds to the breaks owed
      if (breaks > 0) breaks = 2;
      else if (!atStart) push('\n');
      space = false;
      return;
    }
    if (name === 'pre') pre++;
    if (name === 'table') rows = 0;
    if ((name === 'ul' || name === 'ol') && lists++ > 0) lineBreak(1); // a list inside a list item
    else if (name === 'p' && items > 0) lineBreak(1); // a loose list's paragraphs: the items stay one a line
    else if (PARAGRAPH.has(name)) lineBreak(2);
    else if (LINE.has(name)) lineBreak(isHeading(name) ? 2 : 1);
    if (name === 'details' || name === 'summary') {
      // a collapsed section stays one, as markdown writes it (readers know `<details>` cards)
      emit(`<${name}>`, at);
      if (name === 'details') lineBreak(1);
      else summary = true; // an HTML block in markdown: no markdown marks inside
    } else if (isHeading(name)) {
      prefix = '#'.repeat(name.charCodeAt(1) - 48) + ' ';
      heading = true;
    } else if ((name === 'strong' || name === 'b') && !summary) prefix += '**';
    else if (name === 'li') {
      prefix = '  '.repeat(Math.max(0, lists - 1)) + '- ';
      items++;
    }
    else if (name === 'tr') {
      cells = 0;
      headerRow = false;
    } else if (name === 'td' || name === 'th') {
      if (name === 'th') headerRow = true;
      if (cells >= 0) {
        space = false;
        emit(cells === 0 ? '| ' : ' | ', at);
        cells++;
      } else space = true;
    } else if (name === 'a') {
      if (link) finishLink();
      const href = attribute(attrs, 'href');
      if (href !== undefined && isControl(href)) {
        // a link to nowhere (`#`, `javascript:`) is a button: its label is no text of the page
        control = { from: out.length, len: outLen, atStart, breaks, space };
      } else {
        const url = href ? resolve(href, base) : undefined;
        if (url) {
          // the `[` is written when the link closes with a text: a placeholder keeps its place
          flush();
          link = { at: out.length, href: url };
          out.push('');
        }
      }
    } else if (name === 'img' || name === 'input') space = true;
  };

  const close = (name: string) => {
    if (name === 'a') {
      if (link) finishLink();
      if (control) {
        // drop a short button label (and the spacing written before it); keep a long text (a whole card made clickable)
        const label = out.slice(control.from).join('');
        if (label.length <= 40 && !label.includes('\n')) {
          out.length = control.from;
          outLen = control.len;
          atStart = control.atStart;
          breaks = Math.max(breaks, control.breaks);
          space ||= control.space;
          while (mapOut.length > 1 && mapOut[mapOut.length - 1]! > outLen) {
            mapOut.pop();
            mapSrc.pop();
          }
        }
        control = undefined;
      }
      return;
    }
    if ((name === 'strong' || name === 'b') && !summary) {
      // bold text is marked as markdown marks it (a list's `**Title** - summary`); bold around nothing is not
      if (prefix.endsWith('**')) prefix = prefix.slice(0, -2);
      else if (!atStart) push('**');
      return;
    }
    if (name === 'summary' || name === 'details') {
      if (name === 'details') lineBreak(1);
      else summary = false;
      emit(`</${name}>`, -1);
      lineBreak(name === 'details' ? 2 : 1);
      return;
    }
    if (isHeading(name)) heading = false;
    if (name === 'li' && items > 0) items--;
    if (name === 'p' && items > 0) {
      lineBreak(1);
      return;
    }
    if (name === 'pre' && pre > 0) pre--;
    if ((name === 'ul' || name === 'ol') && lists > 0 && --lists > 0) {
      lineBreak(1);
      return;
    }
    if ((name === 'td' || name === 'th') && cells < 0) space = true;
    if (name === 'tr' && cells >= 0) {
      if (cells > 0) emit(' |', -1);
      const k = cells;
      cells = -1;
      lineBreak(1);
      if (++rows === 1 && headerRow && k > 0) {
        emit(`| ${Array.from({ length: k }, () => '---').join(' | ')} |`, -1);
        lineBreak(1);
      }
      return;
    }
    if (PARAGRAPH.has(name)) lineBreak(2);
    else if (LINE.has(name)) lineBreak(isHeading(name) ? 2 : 1);
    if (name === 'li' || isHeading(name)) prefix = '';
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(i, n);
      break;
    }
    if (lt > i) text(i, lt);
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      // a comment runs to `-->`; a doctype, CDATA or processing instruction to `>`
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      i = end < 0 ? n : end + (comment ? 3 : 1);
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) {
      // a `<` that opens no tag (`a < b`) is text
      text(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    let k = nameStart;
    while (k < n && isNameChar(html.charCodeAt(k))) k++;
    const name = html.slice(nameStart, k).toLowerCase();
    const gt = tagEnd(html, k, gts);
    if (gt < 0) {
      text(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    i = gt + 1;
    if (closing) {
      close(name);
      continue;
    }
    const selfClosing = html.charCodeAt(gt - 1) === 47;
    if (HIDDEN.has(name)) {
      if (selfClosing) continue;
      const end = skipElement(html, name, i, noClose);
      // an unclosed script or style runs to the end, as in a browser; any other hidden element
      // left open (a `<nav>` never closed) hides nothing
      if (end >= 0 || RAW_TEXT.has(name)) {
        i = end >= 0 ? end : n;
        continue;
      }
    }
    const attrs = html.slice(k, gt);
    if (!selfClosing && !VOID.has(name) && hasHiddenAttribute(attrs)) {
      // `<div hidden>`: not shown (left open, it hides nothing)
      const end = skipElement(html, name, i, noClose);
      if (end >= 0) {
        i = end;
        continue;
      }
    }
    open(name, attrs, lt);
    if (selfClosing && !VOID.has(name)) close(name);
  }
  if (link) finishLink();
  const result = out.join('');
  return {
    text: result,
    toSource(offset: number): number {
      let lo = 0;
      let hi = mapOut.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (mapOut[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return Math.max(0, Math.min(html.length, mapSrc[lo]! + Math.max(0, offset - mapOut[lo]!)));
    },
  };
}

/** `raw[from, to)` with every run of white space one space (a line break when `lines` and the run ends a line that {@link startsLine} keeps). */
function foldRuns(raw: string, from: number, to: number, lines: boolean): string {
  let s = '';
  let seg = from;
  for (let j = from; j < to; j++) {
    if (!isSpace(raw.charCodeAt(j))) continue;
    let e = j + 1;
    while (e < to && isSpace(raw.charCodeAt(e))) e++;
    if (e === j + 1 && raw.charCodeAt(j) === 32) continue; // one plain space stays
    s += raw.slice(seg, j) + (lines && raw.charCodeAt(e - 1) === 10 && startsLine(raw, e) ? '\n' : ' ');
    seg = e;
    j = e - 1;
  }
  return seg === from ? raw.slice(from, to) : s + raw.slice(seg, to);
}

/** A link text that writes the link's own address (with or without its scheme). */
function sameAddress(label: string, href: string): boolean {
  const s = label.indexOf('://');
  const bare = s >= 0 && s < 8 ? label.slice(s + 3) : label;
  return label === href || (bare.length >= 4 && href.endsWith(bare));
}

/** Text at `k` that markdown starts a line with: a list item, a heading, a quote, a table row, a link or image. */
function startsLine(s: string, k: number): boolean {
  const c = s[k];
  const n = s[k + 1];
  if (c === '-' || c === '*' || c === '+') return n === ' ';
  if (c === '#' || c === '>' || c === '|' || c === '[') return true;
  if (c === '!') return n === '[';
  let d = k;
  while (d < s.length && d < k + 4 && s.charCodeAt(d) >= 48 && s.charCodeAt(d) <= 57) d++;
  return d > k && (s[d] === '.' || s[d] === ')') && s[d + 1] === ' ';
}

/** A link (`<a …>`) or an image opens at `at`: a line the markdown started with a link. */
function opensLinkAt(html: string, at: number): boolean {
  if (html.charCodeAt(at) !== 60) return false;
  const c = html.charCodeAt(at + 1) | 32;
  if (c === 97 /* a */) return !isNameChar(html.charCodeAt(at + 2));
  return c === 105 && html.slice(at + 1, at + 4).toLowerCase() === 'img' && !isNameChar(html.charCodeAt(at + 4));
}

function isHeading(name: string): boolean {
  return name.length === 2 && name.charCodeAt(0) === 104 && name.charCodeAt(1) >= 49 && name.charCodeAt(1) <= 54;
}

/** The `>` that ends a tag whose name ends at `k`; quoted `>` do not count. -1 when there is none. */
function tagEnd(html: string, k: number, lastGt: GtSearch): number {
  let q = 0;
  const limit = Math.min(html.length, k + 8192);
  for (let j = k; j < limit; j++) {
    const c = html.charCodeAt(j);
    if (q) {
      if (c === q) q = 0;
    } else if (c === 34 || c === 39) q = c;
    else if (c === 62) return j;
    else if (c === 60 && j > k) return -1; // a new tag before this one ended: not a tag
  }
  // an unclosed quote: the first `>` ends it (remembered, so that many such tags do not
  // search the rest of the text again each)
  if (k < lastGt.from || (lastGt.at >= 0 && k > lastGt.at)) {
    lastGt.from = k;
    lastGt.at = html.indexOf('>', k);
  }
  return lastGt.at;
}

/** The last `>` search of {@link tagEnd} in one text: from `from`, the first `>` is at `at` (-1: none). */
interface GtSearch {
  from: number;
  at: number;
}

/** A fresh {@link GtSearch} (nothing searched yet). */
const newGtSearch = (): GtSearch => ({ from: Number.MAX_SAFE_INTEGER, at: -1 });

/**
 * Where the content of a hidden element ends: after its closing tag (case-insensitive);
 * `<head>` also ends where `<body` starts (its closing tag is optional). -1 when there is
 * none: `noClose` remembers, per element name, from where none follows, so that many
 * unclosed elements do not search the rest of the text again each.
 */
function skipElement(html: string, name: string, from: number, noClose: Map<string, number>): number {
  const known = noClose.get(name);
  if (known !== undefined && from >= known) return -1;
  const head = name === 'head';
  let j = from;
  for (;;) {
    const lt = html.indexOf(head ? '<' : '</', j);
    if (lt < 0) {
      noClose.set(name, Math.min(known ?? from, from));
      return -1;
    }
    if (head && html.slice(lt + 1, lt + 5).toLowerCase() === 'body' && !isNameChar(html.charCodeAt(lt + 5))) return lt;
    if (html.charCodeAt(lt + 1) === 47 && html.slice(lt + 2, lt + 2 + name.length).toLowerCase() === name && !isNameChar(html.charCodeAt(lt + 2 + name.length))) {
      const gt = html.indexOf('>', lt);
      return gt < 0 ? html.length : gt + 1;
    }
    j = lt + 1;
  }
}

/** The value of an attribute in a tag's attribute text, entity-decoded. */
function attribute(attrs: string, name: string): string | undefined {
  const low = attrs.toLowerCase();
  let j = 0;
  for (;;) {
    const at = low.indexOf(name, j);
    if (at < 0) return undefined;
    j = at + name.length;
    if (at > 0 && !isSpace(low.charCodeAt(at - 1))) continue;
    let k = j;
    while (k < low.length && isSpace(low.charCodeAt(k))) k++;
    if (low.charCodeAt(k) !== 61 /* = */) continue;
    k++;
    while (k < low.length && isSpace(low.charCodeAt(k))) k++;
    const q = attrs.charCodeAt(k);
    if (q === 34 || q === 39) {
      const e = attrs.indexOf(String.fromCharCode(q), k + 1);
      return decodeEntities(attrs.slice(k + 1, e < 0 ? attrs.length : e)).trim();
    }
    let e = k;
    while (e < attrs.length && !isSpace(attrs.charCodeAt(e)) && attrs.charCodeAt(e) !== 62) e++;
    return decodeEntities(attrs.slice(k, e));
  }
}

/**
 * The address of a link: an absolute web address as written; a relative one resolved
 * against the address the page gives for itself (`<base href>`, its canonical link or
 * `og:url`), never against a guessed one: without it the link stays relative, as a
 * markdown source writes it (the readers never take a relative link for a paper's URL).
 * Undefined for other schemes (`mailto:`, `tel:`).
 */
function resolve(href: string, base: string | undefined): string | undefined {
  const h = href.slice(0, 8).toLowerCase();
  if (h.startsWith('http://') || h.startsWith('https://')) return href;
  if (h.startsWith('//')) return h.length > 2 && h[2] !== '/' ? `https:${href}` : undefined;
  if (href.indexOf(':') >= 0 || href.indexOf(' ') >= 0 || href.indexOf(')') >= 0) return undefined; // mailto:, tel:, data:
  if (!base) return href; // relative, as the markdown it was rendered from wrote it: the readers know such links
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Bytes of the page searched for the address it gives for itself. */
const HEAD_SAMPLE = 65_536;

/** The page's own web address: `<base href>`, else `<link rel="canonical">`, else `<meta property="og:url">`. */
function pageAddress(html: string): string | undefined {
  const end = Math.min(html.length, HEAD_SAMPLE);
  let canonical: string | undefined;
  let og: string | undefined;
  const gts = newGtSearch();
  for (let lt = html.indexOf('<', 0); lt >= 0 && lt < end; lt = html.indexOf('<', lt + 1)) {
    const c = html.charCodeAt(lt + 1);
    if (c !== 98 && c !== 66 && c !== 108 && c !== 76 && c !== 109 && c !== 77) continue; // b, l, m
    let k = lt + 1;
    while (k < end && isNameChar(html.charCodeAt(k))) k++;
    const name = html.slice(lt + 1, k).toLowerCase();
    if (name === 'body') break;
    if (name !== 'base' && name !== 'link' && name !== 'meta') continue;
    const gt = tagEnd(html, k, gts);
    if (gt < 0) break;
    const attrs = html.slice(k, gt);
    if (name === 'base') {
      const href = attribute(attrs, 'href');
      if (href && isWebAddress(href)) return href;
    } else if (name === 'link' && !canonical && (attribute(attrs, 'rel') ?? '').toLowerCase() === 'canonical') {
      const href = attribute(attrs, 'href');
      if (href && isWebAddress(href)) canonical = href;
    } else if (name === 'meta' && !og && (attribute(attrs, 'property') ?? '').toLowerCase() === 'og:url') {
      const content = attribute(attrs, 'content');
      if (content && isWebAddress(content)) og = content;
    }
  }
  return canonical ?? og;
}

function isWebAddress(s: string): boolean {
  const h = s.slice(0, 8).toLowerCase();
  return h.startsWith('http://') || h.startsWith('https://');
}

/** A tag's attributes hold the `hidden` attribute (`<div id="x" hidden>`, `hidden="hidden"`; not `aria-hidden`, not a quoted value). */
function hasHiddenAttribute(attrs: string): boolean {
  if (attrs.length < 6 || attrs.toLowerCase().indexOf('hidden') < 0) return false;
  let j = 0;
  const n = attrs.length;
  while (j < n) {
    while (j < n && (isSpace(attrs.charCodeAt(j)) || attrs.charCodeAt(j) === 47)) j++;
    const start = j;
    while (j < n && !isSpace(attrs.charCodeAt(j)) && attrs.charCodeAt(j) !== 61 && attrs.charCodeAt(j) !== 47) j++;
    if (j - start === 6 && attrs.slice(start, j).toLowerCase() === 'hidden') return true;
    while (j < n && isSpace(attrs.charCodeAt(j))) j++;
    if (attrs.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (j < n && isSpace(attrs.charCodeAt(j))) j++;
    const q = attrs.charCodeAt(j);
    if (q === 34 || q === 39) {
      const e = attrs.indexOf(q === 34 ? '"' : "'", j + 1);
      j = e < 0 ? n : e + 1;
    } else while (j < n && !isSpace(attrs.charCodeAt(j))) j++;
  }
  return false;
}

/** `#`, `#top`, `javascript:…`: a link that goes nowhere on the web. */
function isControl(href: string): boolean {
  return href === '' || href[0] === '#' || href.slice(0, 11).toLowerCase() === 'javascript:';
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isTagStart(c: number): boolean {
  return isNameStart(c) || c === 47 || c === 33;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}
