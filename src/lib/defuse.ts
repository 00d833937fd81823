/**
 * Guards put before the markdown parsers (remark's micromark, hf-markdown's link scan),
 * whose resolution of emphasis and labels is quadratic in pathological input. Each returns
 * a string of the same length (offsets stay valid) and real feeds unchanged.
 */

/** Most emphasis delimiter runs (`*`, `_`) one paragraph or list item may hold before they are defused. */
const EMPHASIS_RUNS_PER_BLOCK = 64;
/** A delimiter run longer than this is never emphasis a feed needs (`***` is the most). */
const MAX_DELIMITER_RUN = 3;

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/**
 * Guard for the remark-based markdown-list reader: micromark resolves emphasis in
 * time quadratic in the delimiter runs of one paragraph (`*` x 4000, `x`, `*` x 4000 takes
 * seconds; 10k nested `*_` minutes). Delimiter runs longer than three characters, and
 * every delimiter of a paragraph or list item holding more than EMPHASIS_RUNS_PER_BLOCK
 * runs, become spaces: same length, so every offset stays valid. Intraword `_`
 * (`snake_case`, URLs) is kept: it can never open or close emphasis. Real feeds are
 * returned unchanged (the same string). Linear.
 */
export function defuseEmphasis(text: string): string {
  const n = text.length;
  // quick exit: few delimiters at all
  let total = 0;
  for (let i = text.indexOf('*'); i >= 0 && total <= EMPHASIS_RUNS_PER_BLOCK; i = text.indexOf('*', i + 1)) total++;
  for (let i = text.indexOf('_'); i >= 0 && total <= EMPHASIS_RUNS_PER_BLOCK; i = text.indexOf('_', i + 1)) total++;
  if (total <= EMPHASIS_RUNS_PER_BLOCK) return text;
  const isDelim = (i: number): boolean => {
    const c = text.charCodeAt(i);
    if (c === 42) return true;
    return c === 95 && !(i > 0 && isAlnumCode(text.charCodeAt(i - 1)) && i + 1 < n && isAlnumCode(text.charCodeAt(i + 1)));
  };
  const defuse: [number, number][] = []; // ranges whose delimiters become spaces
  const longRuns: [number, number][] = [];
  let blockStart = 0;
  let runs = 0;
  let lineStart = 0;
  let blank = true;
  const endBlock = (end: number) => {
    if (runs > EMPHASIS_RUNS_PER_BLOCK) defuse.push([blockStart, end]);
    runs = 0;
    blockStart = end;
  };
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (blank) endBlock(i);
      lineStart = i + 1;
      blank = true;
      continue;
    }
    if (blank && c !== 32 && c !== 9) {
      // first character of a line: a list item or heading starts a new inline block
      blank = false;
      const next = text.charCodeAt(i + 1);
      if (((c === 45 || c === 43 || c === 42) && (next === 32 || next === 9)) || c === 35 || (c >= 48 && c <= 57)) endBlock(lineStart);
    }
    if (isDelim(i)) {
      let j = i;
      while (j + 1 < n && text.charCodeAt(j + 1) === c) j++;
      runs++;
      if (j - i + 1 > MAX_DELIMITER_RUN) longRuns.push([i, j + 1]);
      i = j;
    }
  }
  endBlock(n);
  if (!defuse.length && !longRuns.length) return text;
  const chars = text.split('');
  for (const [a, b] of longRuns) for (let i = a; i < b; i++) chars[i] = ' ';
  for (const [a, b] of defuse) for (let i = a; i < b; i++) if (isDelim(i)) chars[i] = ' ';
  return chars.join('');
}

/** Deepest `[` nesting a paragraph may hold before its brackets are defused (real pages: 3). */
const MAX_BRACKET_DEPTH = 32;
/**
 * One line longer than LONG_LINE holding more than MAX_LINE_LABELS `]`: micromark resolves
 * the labels of one paragraph that are no links in time quadratic in their number, and a
 * line cannot be cut into chunks (markdown-list cuts paragraphs between lines).
 */
const LONG_LINE = 2000;
const MAX_LINE_LABELS = 256;

/**
 * Guard for the markdown readers: links nested thousands deep (`[[[…x](u)](u)…`) make
 * the hf-markdown link resolution quadratic. In a paragraph (lines between blank
 * lines) whose `[` nesting passes MAX_BRACKET_DEPTH, and on a line longer than LONG_LINE
 * holding more than MAX_LINE_LABELS `]`, every `[` and `]` becomes a space: same length,
 * offsets valid. Real feeds are returned unchanged. Linear.
 */
export function defuseBrackets(text: string): string {
  // quick exit: no deep nesting anywhere (a `]` closes, a blank line resets)
  const marks: [number, number][] = [];
  let depth = 0;
  let max = 0;
  let paraStart = 0;
  let lineBlank = true;
  let lineStart = 0;
  let lineLabels = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (lineLabels > MAX_LINE_LABELS && i - lineStart > LONG_LINE) marks.push([lineStart, i]);
      lineLabels = 0;
      lineStart = i + 1;
      if (lineBlank || i === n) {
        if (max > MAX_BRACKET_DEPTH) marks.push([paraStart, i]);
        paraStart = i;
        depth = 0;
        max = 0;
      }
      lineBlank = true;
      continue;
    }
    if (c !== 32 && c !== 9) lineBlank = false;
    if (c === 92 /* \ */) i++;
    else if (c === 91) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 93) {
      lineLabels++;
      if (depth > 0) depth--;
    }
  }
  if (!marks.length) return text;
  const chars = text.split('');
  for (const [a, b] of marks) {
    for (let i = a; i < b; i++) if (chars[i] === '[' || chars[i] === ']') chars[i] = ' ';
  }
  return chars.join('');
}
