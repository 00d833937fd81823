/**
 * Source-tagged reference lines, as research-report generators write their reference lists:
 * `[N] Title. <source>. URL (date)` — a bracketed ordinal opening the line, the title, a one-word
 * source tag (`arxiv`, `web`, `hf-search`, a venue), exactly one address, and at most a short
 * parenthetical (a date) after it. Each such line is one entry: its title and its address.
 */
import { RE_REF_ORDINAL } from '../regex/markdown.js';

/** One reference line read: its title and address, with offsets inside the line. */
export interface RefLine {
  title: string;
  url: string;
  urlStart: number;
  urlEnd: number;
}

/** Characters a source tag is made of (`arxiv`, `hf-search`, `NeurIPS_2024`). */
function isTagChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;
}

/**
 * A line `[N] Title. tag. URL (date)`: its title (the text before the final `. tag. URL`) and its
 * address; undefined for any other line (no ordinal, no tag, two addresses, text after the address).
 */
export function readRefLine(line: string): RefLine | undefined {
  if (line.length > 2000 || line[0] !== '[') return undefined;
  const m = RE_REF_ORDINAL.exec(line);
  if (!m) return undefined;
  const at = line.indexOf('://');
  if (at < 0 || line.indexOf('://', at + 3) >= 0) return undefined;
  let us = at;
  while (us > 0 && line.charCodeAt(us - 1) >= 97 && line.charCodeAt(us - 1) <= 122) us--;
  const scheme = line.slice(us, at);
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  let ue = at + 3;
  while (ue < line.length && line[ue] !== ' ' && line[ue] !== '\t') ue++;
  let url = line.slice(us, ue);
  while (url.endsWith('.') || url.endsWith(',') || url.endsWith(';')) url = url.slice(0, -1);
  if (url.length <= scheme.length + 4) return undefined;
  // after the address: nothing, or one short parenthetical (`(2026-05-28)`)
  const after = line.slice(us + url.length).trim();
  if (after && !(after[0] === '(' && after.endsWith(')') && after.length <= 40 && after.indexOf('(', 1) < 0)) return undefined;
  // before it: `Title. tag. `
  let e = us;
  while (e > 0 && (line[e - 1] === ' ' || line[e - 1] === '\t')) e--;
  if (line[e - 1] !== '.') return undefined;
  e--;
  let ts = e;
  while (ts > 0 && isTagChar(line.charCodeAt(ts - 1))) ts--;
  if (ts === e || e - ts > 24) return undefined;
  const c0 = line.charCodeAt(ts);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return undefined;
  let b = ts;
  while (b > 0 && (line[b - 1] === ' ' || line[b - 1] === '\t')) b--;
  if (b === ts || line[b - 1] !== '.') return undefined;
  const title = line.slice(m[0].length, b - 1).trim();
  if (title.length < 3 || title.indexOf(' ') < 0) return undefined;
  return { title, url, urlStart: us, urlEnd: us + url.length };
}
