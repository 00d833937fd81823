/**
 * Helpers over mdast (the tree remark-parse builds). Every walk is iterative: deep
 * nesting must not overflow the stack. Offsets are into the string given to the parser.
 */
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import {
  RE_HTML_A_CLOSE,
  RE_HTML_A_OPEN,
  RE_HTML_BR,
  RE_HTML_HREF,
  RE_HTML_SKIP_CLOSE,
  RE_HTML_SKIP_OPEN,
  RE_MD_ESCAPE,
} from '../regex/markdown.js';

/** Style bits of a segment: the emphasis it sits in. */
export const STRONG = 1;
export const EM = 2;
export const CODE = 4;

/**
 * One piece of inline content, flattened: a run of text, a link, or a line break.
 * Segments keep their source offsets so that raw text can be sliced when needed.
 */
export interface Seg {
  t: 'text' | 'link' | 'nl';
  text: string;
  style: number;
  start: number;
  end: number;
  /** Links: the destination as written (escapes removed), and where it stands. */
  url?: string;
  urlStart?: number;
  urlEnd?: number;
  /** A reference link (`[x][id]`): the normalised identifier, resolved later. */
  ref?: string;
  /** The link holds only images (a badge, a logo). */
  imageOnly?: boolean;
  /** The link is an autolink (`<https://...>`): its label is its address. */
  auto?: boolean;
  /** A line end written as `<br>` or a hard break inside a source line (not a source line end). */
  br?: boolean;
}

export const startOf = (n: { position?: { start: { offset?: number } } | undefined }): number =>
  n.position?.start.offset ?? 0;
export const endOf = (n: { position?: { end: { offset?: number } } | undefined }): number =>
  n.position?.end.offset ?? 0;

const hasChildren = (n: Nodes): n is Nodes & Parent => Array.isArray((n as Parent).children);

/**
 * Plain text of a node (images give their alt text when `alt` is set, HTML is
 * dropped, `<sup>...</sup>` content skipped). Iterative.
 */
export function nodeText(root: Nodes, alt = false): string {
  let out = '';
  let skip = 0;
  const stack: Nodes[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        if (!skip) out += n.value;
        break;
      case 'break':
        if (!skip) out += ' ';
        break;
      case 'image':
        if (alt && !skip) out += n.alt ?? '';
        break;
      case 'html': {
        const v = n.value;
        if (RE_HTML_SKIP_OPEN.test(v)) skip++;
        else if (RE_HTML_SKIP_CLOSE.test(v)) skip = Math.max(0, skip - 1);
        else if (RE_HTML_BR.test(v) && !skip) out += ' ';
        break;
      }
      default:
        if (hasChildren(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
    }
  }
  return out;
}

/** True when a link's content is images only (white space aside). */
function imagesOnly(link: Parent): boolean {
  let images = 0;
  const stack: Nodes[] = [...(link.children as Nodes[])];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'image' || n.type === 'imageReference') images++;
    else if (n.type === 'text') {
      if (n.value.trim()) return false;
    } else if (n.type === 'html') continue;
    else if (hasChildren(n)) stack.push(...(n.children as Nodes[]));
    else return false;
  }
  return images > 0;
}

/**
 * The destination of an inline link as written in the source (backslash escapes
 * removed), with its offsets. `null` when the source does not show one (reference links).
 */
export function linkDestination(src: string, link: Parent & { url: string }): { url: string; start: number; end: number } | null {
  const s = startOf(link);
  const e = endOf(link);
  if (e <= s) return null;
  if (src.charCodeAt(s) === 60 /* < */) {
    // Autolink `<https://...>`.
    return { url: src.slice(s + 1, e - 1), start: s + 1, end: e - 1 };
  }
  if (src.charCodeAt(e - 1) !== 41 /* ) */) return null;
  // The label ends at the last child's end; `](` follows (the label may be empty).
  const last = link.children[link.children.length - 1] as Nodes | undefined;
  let i = last ? endOf(last) : s + 1;
  if (src.charCodeAt(i) !== 93 /* ] */) {
    const j = src.indexOf('](', i);
    if (j < 0 || j >= e) return null;
    i = j;
  }
  i += 2;
  while (i < e - 1 && isWs(src.charCodeAt(i))) i++;
  let j: number;
  let k: number;
  if (src.charCodeAt(i) === 60 /* < */) {
    k = i + 1;
    j = src.indexOf('>', k);
    if (j < 0 || j > e) return null;
  } else {
    k = i;
    j = k;
    let depth = 0;
    while (j < e - 1) {
      const c = src.charCodeAt(j);
      if (isWs(c)) break;
      if (c === 92 /* \ */) {
        j += 2;
        continue;
      }
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
      j++;
    }
    if (j > e - 1) j = e - 1;
  }
  const raw = src.slice(k, j);
  const url = raw.indexOf('\\') >= 0 ? raw.replace(RE_MD_ESCAPE, '$1') : raw;
  return { url: url.indexOf('&amp;') >= 0 ? url.split('&amp;').join('&') : url, start: k, end: j };
}

const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Flattens inline content into segments, in order. Text is split at line ends;
 * `break` nodes and `<br>` become line ends; `<sup>`/`<sub>` content is dropped;
 * `<a href>` becomes a link. Iterative.
 */
export function inlineSegs(nodes: readonly RootContent[] | readonly PhrasingContent[], src: string, out: Seg[] = []): Seg[] {
  type Item = { n: Nodes; style: number } | { pop: true };
  const stack: Item[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ n: nodes[i] as Nodes, style: 0 });
  let skip = 0;
  let anchor: Seg | null = null;
  while (stack.length) {
    const it = stack.pop()!;
    if ('pop' in it) continue;
    const { n, style } = it;
    switch (n.type) {
      case 'text':
      case 'inlineCode': {
        if (skip) break;
        const v = n.value;
        const s0 = startOf(n);
        const st = n.type === 'inlineCode' ? style | CODE : style;
        if (anchor) {
          anchor.text += v;
          break;
        }
        if (v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
          out.push({ t: 'text', text: v, style: st, start: s0, end: endOf(n) });
          break;
        }
        // Split at line ends, locating each piece in the source.
        let from = 0;
        let cursor = s0;
        const e0 = endOf(n);
        for (let i = 0; i <= v.length; i++) {
          const c = i < v.length ? v.charCodeAt(i) : 10;
          if (c === 10 || c === 13) {
            const piece = v.slice(from, i);
            if (piece) {
              const at = src.indexOf(piece, cursor);
              const ps = at >= 0 && at < e0 ? at : cursor;
              out.push({ t: 'text', text: piece, style: st, start: ps, end: ps + piece.length });
              cursor = ps + piece.length;
            }
            if (i < v.length) out.push({ t: 'nl', text: '', style: 0, start: cursor, end: cursor });
            if (c === 13 && v.charCodeAt(i + 1) === 10) i++;
            from = i + 1;
          }
        }
        break;
      }
      case 'break':
        if (!skip) out.push({ t: 'nl', text: '', style: 0, start: startOf(n), end: endOf(n) });
        break;
      case 'html': {
        const v = n.value;
        if (RE_HTML_SKIP_OPEN.test(v)) skip++;
        else if (RE_HTML_SKIP_CLOSE.test(v)) skip = Math.max(0, skip - 1);
        else if (skip) break;
        else if (RE_HTML_BR.test(v)) out.push({ t: 'nl', text: '', style: 0, start: startOf(n), end: endOf(n), br: true });
        else {
          const m = RE_HTML_A_OPEN.test(v) ? RE_HTML_HREF.exec(v) : null;
          if (m) {
            const url = m[1]!;
            const at = v.indexOf(url);
            const s0 = startOf(n) + (at >= 0 ? at : 0);
            anchor = { t: 'link', text: '', style, start: startOf(n), end: endOf(n), url, urlStart: s0, urlEnd: s0 + url.length };
            out.push(anchor);
          } else if (RE_HTML_A_CLOSE.test(v) && anchor) {
            anchor.end = endOf(n);
            anchor = null;
          }
        }
        break;
      }
      case 'link': {
        if (skip) break;
        const d = linkDestination(src, n);
        const text = nodeText(n, true);
        const auto = src.charCodeAt(startOf(n)) === 60;
        out.push({
          t: 'link',
          text,
          style,
          start: startOf(n),
          end: endOf(n),
          url: d ? d.url : n.url,
          urlStart: d?.start,
          urlEnd: d?.end,
          imageOnly: imagesOnly(n),
          auto,
        });
        break;
      }
      case 'linkReference': {
        if (skip) break;
        out.push({
          t: 'link',
          text: nodeText(n, true),
          style,
          start: startOf(n),
          end: endOf(n),
          ref: n.identifier,
          imageOnly: imagesOnly(n),
        });
        break;
      }
      case 'image':
      case 'imageReference':
        break;
      case 'strong':
      case 'emphasis':
      case 'delete': {
        const add = n.type === 'strong' ? STRONG : n.type === 'emphasis' ? EM : 0;
        for (let i = n.children.length - 1; i >= 0; i--) stack.push({ n: n.children[i] as Nodes, style: style | add });
        break;
      }
      default:
        if (hasChildren(n)) {
          // A paragraph after another in the same block: a line end between them.
          if (n.type === 'paragraph' && out.length && out[out.length - 1]!.t !== 'nl') {
            out.push({ t: 'nl', text: '', style: 0, start: startOf(n), end: startOf(n) });
          }
          for (let i = n.children.length - 1; i >= 0; i--) stack.push({ n: n.children[i] as Nodes, style });
        }
    }
  }
  return out;
}

/**
 * Splits segments into lines (at `nl` segments); empty lines are dropped. With
 * `sourceLines`, `<br>` inside a line does not end it (table rows).
 */
export function segLines(segs: readonly Seg[], sourceLines = false): Seg[][] {
  const lines: Seg[][] = [];
  let cur: Seg[] = [];
  for (const s of segs) {
    if (s.t === 'nl' && sourceLines && s.br) continue;
    if (s.t === 'nl') {
      if (cur.length) lines.push(cur);
      cur = [];
    } else cur.push(s);
  }
  if (cur.length) lines.push(cur);
  return lines;
}

// ---------------------------------------------------------------------------
// Math spans: `$…$` protects its content from emphasis, as remark-math would.

const MATH_STAR = '\uE000';
const MATH_LOW = '\uE001';

/**
 * The text with `*` and `_` inside balanced `$…$` / `$$…$$` spans on one line replaced by private-use
 * placeholders of the same length (offsets are kept), so that `$D_s^{**}\ell\nu$` does not open or close
 * emphasis. Pandoc's rules tell math from money: the opening `$` has no space after it, the closing one no
 * space before it and no digit after it (`$5 and $10` is no span). `restoreMath` puts the characters back
 * into the parsed tree. Text that already holds a placeholder is returned as it is.
 */
export function defuseMath(src: string): string {
  if (src.indexOf('$') < 0 || (src.indexOf('*') < 0 && src.indexOf('_') < 0)) return src;
  if (src.indexOf(MATH_STAR) >= 0 || src.indexOf(MATH_LOW) >= 0) return src;
  let out: string[] | null = null;
  let open = -1;
  let openLen = 0;
  const space = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 10 || c === 13) {
      open = -1;
      continue;
    }
    if (c === 92) {
      // a backslash escapes the next character (`\$` is no delimiter), never a line end
      const n = src.charCodeAt(i + 1);
      if (n !== 10 && n !== 13) i++;
      continue;
    }
    if (c !== 36) continue;
    const len = src.charCodeAt(i + 1) === 36 ? 2 : 1;
    const next = src.charCodeAt(i + len);
    if (open >= 0 && len === openLen && i > open && !space(src.charCodeAt(i - 1)) && !(next >= 48 && next <= 57)) {
      for (let k = open; k < i; k++) {
        const ch = src.charCodeAt(k);
        if (ch === 42 || ch === 95) {
          out ??= src.split('');
          out[k] = ch === 42 ? MATH_STAR : MATH_LOW;
        }
      }
      open = -1;
    } else if (open < 0 || i - open > 400) {
      open = space(next) ? -1 : i + len;
      openLen = len;
    }
    i += len - 1;
  }
  return out ? out.join('') : src;
}

/** Puts back the `*` and `_` that defuseMath replaced, in every text, address and title of the tree. */
export function restoreMath(root: Nodes): void {
  const fix = (s: string) => (s.indexOf(MATH_STAR) >= 0 || s.indexOf(MATH_LOW) >= 0 ? s.split(MATH_STAR).join('*').split(MATH_LOW).join('_') : s);
  const stack: Nodes[] = [root];
  while (stack.length) {
    const n = stack.pop()! as Nodes & { value?: unknown; url?: unknown; title?: unknown; alt?: unknown; label?: unknown };
    if (typeof n.value === 'string') n.value = fix(n.value);
    if (typeof n.url === 'string') n.url = fix(n.url);
    if (typeof n.title === 'string') n.title = fix(n.title);
    if (typeof n.alt === 'string') n.alt = fix(n.alt);
    if (typeof n.label === 'string') n.label = fix(n.label);
    if (hasChildren(n)) for (const k of n.children) stack.push(k as Nodes);
  }
}
