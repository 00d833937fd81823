/**
 * Links: every web address in a text, with correct boundaries, a `kind` from the
 * address alone and a `role` from the words around it.
 *
 * linkify-it (default, non-fuzzy mode) finds addresses with a scheme; it is a
 * well-kept, well-tested URL matcher and ~30x faster than its fuzzy mode. The
 * academic cases are ours: addresses without a scheme (`github.com/x/y`,
 * `You.com`, `qin.ee/cotta`) by a TLD rule that never takes a file name
 * (`model.py`, `README.md`), `\url{...}`, and addresses wrapped over two lines.
 */
import { expectString } from '../errors.js';
import { LinkifyIt } from 'linkify-it';
import hosts from '../data/hosts.json' with { type: 'json' };
import { RE_ARXIV_SUBJECT_CLASS, RE_BARE_DOMAIN, RE_HOST_CHAR, RE_URL_CONTINUATION, RE_URL_LATEX_ESCAPE, RE_ZERO_WIDTH_ALL } from '../regex/links.js';
import type { Field, Link, LinkKind, LinkOrigin, LinkRole } from '../schema/paper.js';
import { classifyUrl, hostOf } from './url-kind.js';

export { classifyUrl, urlKey } from './url-kind.js';

/** Options of {@link extractUrls}. */
export interface ExtractUrlsOptions {
  /** Also return e-mail addresses (as `mailto:` links). Default false. */
  emails?: boolean;
  /** The field the spans point into. Default `text`. */
  field?: Field;
  /** Where the text came from, recorded on each link. Default `abstract`. */
  origin?: LinkOrigin;
}

let linkify: LinkifyIt | undefined;
function getLinkify(): LinkifyIt {
  if (!linkify) {
    linkify = new LinkifyIt({ urlAuth: true });
  }
  return linkify;
}

/** Whether the run `text[s, e)`, whose first `@` is at `at`, holds a `//` or a `.` after that `@` (an e-mail's domain). */
function holdsAddress(text: string, s: number, at: number, e: number): boolean {
  for (let k = at + 1; k < e; k++) if (text.charCodeAt(k) === 46 /* . */) return true;
  for (let k = s; k + 1 < e; k++) if (text.charCodeAt(k) === 47 && text.charCodeAt(k + 1) === 47) return true;
  return false;
}

type LinkifyMatch = { schema: string; index: number; raw: string; url: string };

/**
 * linkify-it's matches in `text`, found by running it only over the runs of non-space
 * text that hold a `//` or an `@` (a link or an e-mail address never spans white space,
 * and the white space around a run bounds a match the way the start and end of a text
 * do), so a long abstract with one address (or a `pass@1`) is not scanned whole.
 */
function linkifyAround(text: string): LinkifyMatch[] | null {
  const lk = getLinkify();
  const out: LinkifyMatch[] = [];
  let from = 0;
  // the next `//` and `@`, each searched forward once (never rescanned past a run)
  let a = text.indexOf('//');
  let b = text.indexOf('@');
  for (;;) {
    if (a >= 0 && a < from) a = text.indexOf('//', from);
    if (b >= 0 && b < from) b = text.indexOf('@', from);
    const hit = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (hit < 0) break;
    // bounded by ASCII white space: a run may hold other spaces linkify-it also stops at (a wider run, the same matches)
    let s = hit;
    while (s > 0 && text.charCodeAt(s - 1) > 32) s--;
    let e = hit + 1;
    while (e < text.length && text.charCodeAt(e) > 32) e++;
    from = e;
    // a run whose first `@` has no `.` after it (`pass@1`, `R@10`) and that holds no `//` has no address
    if (hit !== a && !holdsAddress(text, s, hit, e)) continue;
    const ms = lk.match(s === 0 && e === text.length ? text : text.slice(s, e));
    if (ms) for (const m of ms) out.push({ schema: m.schema, index: m.index + s, raw: m.raw, url: m.url });
  }
  return out.length ? out : null;
}

const GENERIC = new Set(hosts.genericTlds);
const FILE_EXT = new Set(hosts.fileExtensions);
const KNOWN = hosts.knownHosts;

function isKnownHost(host: string): boolean {
  for (const h of KNOWN) if (host === h || host.endsWith('.' + h)) return true;
  return false;
}

/** Whether a scheme-less address is plainly a web address (not a file name, version or abbreviation). */
function acceptBare(host: string, hasPath: boolean): boolean {
  const h = host.toLowerCase();
  const labels = h.split('.');
  const tld = labels[labels.length - 1]!;
  if (h.startsWith('www.')) return true;
  if (isKnownHost(h)) return true;
  const generic = GENERIC.has(tld);
  const country = tld.length === 2;
  if (!generic && !country) return false;
  // `model.py`, `README.md`, `setup.sh`: a file name, unless it clearly names a host.
  if (FILE_EXT.has(tld) && labels.length === 2 && !hasPath) return false;
  if (FILE_EXT.has(tld) && !generic && labels.length === 2) return false;
  // A country domain that is no file extension (`uhh.de`, `a.ws`, `qin.ee/cotta`).
  return labels.every((l) => l.length > 0);
}

/** Whether a host's last label is written as a capitalised word (`We`, `Com`): an upper-case letter, then lower case only. */
function titleCaseTldAt(host: string): boolean {
  const dot = host.lastIndexOf('.');
  const first = host.charCodeAt(dot + 1);
  if (!(first >= 65 && first <= 90)) return false;
  for (let i = dot + 2; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return host.length - dot > 2;
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Trims sentence punctuation and unbalanced closing brackets from the end of an address. */
function trimEnd(s: string): string {
  let end = s.length;
  for (;;) {
    if (end === 0) break;
    const ch = s[end - 1]!;
    if ('.,;:!?*'.includes(ch)) {
      end--;
      continue;
    }
    if ((ch === '"' || ch === "'") && count(s.slice(0, end), ch) % 2 === 1) {
      end--;
      continue;
    }
    const open = CLOSERS[ch];
    if (open) {
      let depth = 0;
      for (let i = 0; i < end; i++) {
        if (s[i] === open) depth++;
        else if (s[i] === ch) depth--;
      }
      if (depth < 0) {
        end--;
        continue;
      }
    }
    break;
  }
  return s.slice(0, end);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

interface RawMatch {
  start: number;
  end: number;
  url: string;
}

/** Joins an address that the feed's wrapping broke over two lines (`.../` + newline + `rest`). */
function joinWrapped(text: string, m: RawMatch): RawMatch {
  const last = m.url[m.url.length - 1];
  if (last !== '/' && last !== '-' && last !== '_') return m;
  let i = m.end;
  let newlines = 0;
  while (i < text.length && i - m.end < 12) {
    const c = text.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13) break;
    i++;
  }
  if (i === m.end || newlines > 1) return m;
  const cont = RE_URL_CONTINUATION.exec(text.slice(i, i + 502));
  if (!cont) return m;
  const token = trimEnd(cont[0]);
  // After `-` or `_` the address cannot have ended: any continuation is its rest. After
  // `/`, a continuation must look like a path piece, not a word of the sentence, and start
  // with a letter or digit (a `- ` bullet on the next line is no path).
  if (last === '/' && !isAsciiAlnum(token.charCodeAt(0))) return m;
  let pathy = last !== '/';
  for (let k = 0; k < token.length; k++) {
    const ch = token[k]!;
    if ('/._-~%=?&#'.includes(ch) || (ch >= '0' && ch <= '9') || (k > 0 && ch >= 'A' && ch <= 'Z')) {
      pathy = true;
      break;
    }
  }
  if (!pathy || token.length === 0) return m;
  return { start: m.start, end: i + token.length, url: m.url + token };
}

/**
 * The address as its author meant it: LaTeX escapes undone (`\\_` is `_` in
 * `\\url{https://github.com/a\\_b}`), zero-width characters that copying left inside it
 * dropped, and a scheme-relative `//host/...` (left when a full-width colon broke the
 * scheme) given `https:`.
 */
function cleanAddress(url: string): string {
  const u = url.replace(RE_URL_LATEX_ESCAPE, '$1').replace(RE_ZERO_WIDTH_ALL, '');
  return u.startsWith('//') ? 'https:' + u : u;
}

type Cue = 'third' | 'code' | 'avail' | 'project' | 'dataset' | 'model' | 'demo';
/**
 * The words around an address that say what it is for (see `roleOf`), by cue, `|` between
 * phrases; ties are decided in this order (cue by cue, then phrase by phrase).
 */
const CUE_TEXT: Record<Cue, string> = {
  third: 'based on the code|based on the implementation|based on the codebase|based on the official|built on the code|built upon the code|built on top of|builds on|build on|built on|built upon|based on|borrowed from|adapted from|forked from|taken from|modified from|code of|code from|codebase of|implementation of|implementations of|\'s implementation|\u2019s implementation|\'s code|\u2019s code|implementation provided by|implementation by|provided by|released by|we use|we used|we adopt|we utilize|we employ|we leverage|we reuse|using the|following|we follow|compared with|compare with|compared to|compare against|compared against|baseline|baselines|prior work|previous work|original implementation|original code|authors of|official implementation of|official code of|we thank|thanks to|courtesy of|see also|e.g.|such as',
  code: 'official implementation of our|official implementation of this|official implementation of the paper|official code of our|official code of this|official implementation|official code|official repository|official pytorch implementation|our code|our codes|our codebase|our implementation|our implementations|our source code|our repository|our repo|our github|our library|our toolkit|our package|our framework|our method|our approach|source code|code is|code and|codes are|code are|code will|code can|code has|code,|code:|code at|code here|code on|codes:|implementation:|implementation is|implementation at|github:|on github|github repository|repository:|repo:|repository at|repository is|code repository|software|package:',
  avail: 'available at|available on|available from|available here|available via|available:|released at|released on|found at|found in|accessed at|accessible at|hosted at|hosted on|obtained at|downloaded from|download|we release|we open-source|we open source|we publicly release|we make|we provide|we share|is released|are released|open-sourced|open-source|open source|publicly available|at:|see|refer to|here:',
  project: 'project page|project website|project site|project:|website|homepage|home page|webpage|web page|page:|visit|more results|video results|videos|visualizations|supplementary|qualitative results|we present|we introduce',
  dataset: 'dataset|datasets|benchmark|data is|data are|data:|data at|corpus|annotations|our data',
  model: 'model weights|weights|checkpoint|checkpoints|pretrained models|pre-trained models|our models|our model|models:',
  demo: 'demo|demos|demo:|playground|try it|try our|interactive|space:',
};
/** A cue or word with its leading letter run (see `runsOf`). */
type Word = readonly [text: string, run: string, ...cue: Cue[]];
const CUES = (Object.keys(CUE_TEXT) as Cue[]).flatMap((c) => CUE_TEXT[c].split('|').map((p) => [p, leadRun(p), c] as const));
/** Indices into CUES by leading run; the cues without one (they can match anywhere). */
const CUES_BY_RUN = new Map<string, number[]>();
const CUES_ANYWHERE: number[] = [];
CUES.forEach(([, run], k) => {
  if (!run) CUES_ANYWHERE.push(k);
  else {
    const list = CUES_BY_RUN.get(run);
    if (list) list.push(k);
    else CUES_BY_RUN.set(run, [k]);
  }
});

/**
 * The cues that can match in a text whose words are `bRuns` and `aRuns`, in CUES order: a cue
 * with a leading run matches only where that run is a word (see `lastWord` / `firstWord`),
 * so the others are left out without a look.
 */
function candidateCues(bRuns: ReadonlySet<string>, aRuns: ReadonlySet<string>): (typeof CUES)[number][] {
  const idx = CUES_ANYWHERE.slice();
  for (const r of bRuns) {
    const l = CUES_BY_RUN.get(r);
    if (l) for (const k of l) idx.push(k);
  }
  for (const r of aRuns) {
    if (bRuns.has(r)) continue;
    const l = CUES_BY_RUN.get(r);
    if (l) for (const k of l) idx.push(k);
  }
  idx.sort((x, y) => x - y);
  return idx.map((k) => CUES[k]!);
}
const STRONG_THIRD = withRuns('unofficial|third-party|third party|re-implementation|reimplementation|re-implemented|reimplemented|not the official|not official|community implementation|not affiliated');
const ABBREV = 'e.g|i.e|al|etc|cf|vs|fig|eq|sec|no|ref|approx|resp|incl'.split('|');

/** A letter of a cue or of the (lower-cased) words around an address. */
function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c > '\u007f');
}

/** The letter runs (words) of a text: a cue that starts with a letter matches at a word only where its first run is one. */
function runsOf(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) {
    if (!isLetter(s[i])) continue;
    const start = i;
    while (i + 1 < s.length && isLetter(s[i + 1])) i++;
    out.add(s.slice(start, i + 1));
  }
  return out;
}

/** A cue's leading letter run ('' when it starts with no letter). */
function leadRun(p: string): string {
  let i = 0;
  while (isLetter(p[i])) i++;
  return p.slice(0, i);
}

/** Words (`|` between them) with their leading runs. */
function withRuns(words: string): Word[] {
  return words.split('|').map((w) => [w, leadRun(w)]);
}

const CODE_WORDS = withRuns('code|codes|implementation|source|codebase|repository|repo|library|toolkit|package|software');
const DATA_WORDS = withRuns('dataset|datasets|data|benchmark|corpus');
const MODEL_WORDS = withRuns('weights|checkpoints|checkpoint|models|model');
const DEMO_WORDS = withRuns('demo|demos|playground');
const OWN_WORDS = withRuns('our|we release');

/**
 * What an address is for this paper, from the words of its own sentence: before it
 * (`Our code is available at X`, `based on the code of X`) and, where the caller
 * passes it, after it (`X (unofficial)`, `X hosts our demo`). The nearest cue wins;
 * an explicit "unofficial / third-party / re-implementation" anywhere in the
 * sentence makes it someone else's. `kind` (the address alone) decides when no
 * word does. String scans only (no regex), so any text is linear.
 */
export function roleOf(kind: LinkKind, before: string, url: string, after = ''): { role: LinkRole; confidence: number } {
  /** A sentence boundary at i (`.`, `!`, `?` or `;` then space, not after an abbreviation). */
  const boundaryAt = (s: string, i: number): boolean => {
    const ch = s[i];
    if (ch === ';') return true;
    if (ch === '\n' && s[i + 1] === '\n') return true;
    if (ch !== '.' && ch !== '!' && ch !== '?') return false;
    const next = s[i + 1];
    if (next !== ' ' && next !== '\n' && next !== '\t') return false;
    if (ch !== '.') return true;
    let w = i;
    while (w > 0 && s[w - 1] !== ' ' && s[w - 1] !== '(' && s[w - 1] !== '\n') w--;
    const word = s.slice(w, i);
    if (ABBREV.includes(word) || (word.length === 1 && isLetter(word))) return false;
    return true;
  };
  // One sentence is all that counts; longer context is cut so that any input stays cheap.
  const b0 = (typeof before === 'string' ? before.slice(-400) : '').toLowerCase();
  let from = 0;
  for (let i = b0.length - 2; i >= 0; i--) {
    if (boundaryAt(b0, i)) {
      from = i + 1;
      break;
    }
  }
  const b = b0.slice(from);
  let a = (typeof after === 'string' ? after.slice(0, 400) : '').toLowerCase();
  for (let i = 0; i < a.length; i++) {
    if (boundaryAt(a, i) || (i > 0 && (a.startsWith('http', i) || a.startsWith('www.', i) || a[i] === ':'))) {
      a = a.slice(0, i);
      break;
    }
  }
  const wordAt = (s: string, idx: number, p: string): boolean => {
    if (idx > 0 && isLetter(p[0]) && isLetter(s[idx - 1])) return false;
    const endCh = s[idx + p.length];
    return !(isLetter(p[p.length - 1]) && isLetter(endCh));
  };
  // a cue that starts with a letter can match at a word only where its leading run is a word of the text
  const bRuns = runsOf(b);
  const aRuns = runsOf(a);
  const lastWord = (s: string, [p, run]: Word): number => {
    if (run && !bRuns.has(run)) return -1;
    for (let i = s.lastIndexOf(p); i >= 0; i = i === 0 ? -1 : s.lastIndexOf(p, i - 1)) if (wordAt(s, i, p)) return i;
    return -1;
  };
  const firstWord = (s: string, [p, run]: Word): number => {
    if (run && !aRuns.has(run)) return -1;
    for (let i = s.indexOf(p); i >= 0; i = s.indexOf(p, i + 1)) if (wordAt(s, i, p)) return i;
    return -1;
  };
  const inSentence = (words: readonly Word[]) => words.some((w) => lastWord(b, w) >= 0 || firstWord(a, w) >= 0);
  const host = hostOf(url);
  const pageHost = host.endsWith('.github.io') || host.endsWith('.gitlab.io') || host === 'sites.google.com' || host.endsWith('.notion.site');
  const isPaper = kind === 'arxiv-abs' || kind === 'arxiv-pdf' || kind === 'doi' || kind === 'hf-paper' || kind === 'openreview' || kind === 'anthology' || kind === 'proceedings';
  const byKind = (): { role: LinkRole; confidence: number } | undefined => {
    if (kind === 'hf-dataset') return { role: 'dataset', confidence: 0.8 };
    if (kind === 'hf-model') return { role: 'model', confidence: 0.8 };
    if (kind === 'hf-space') return { role: 'demo', confidence: 0.8 };
    if (isPaper) return { role: 'paper', confidence: 0.8 };
    return undefined;
  };
  // Someone else's, said outright anywhere in the sentence.
  if (inSentence(STRONG_THIRD)) {
    if (kind === 'code') return { role: 'third-party-code', confidence: 0.85 };
    return byKind() ?? { role: 'reference', confidence: 0.7 };
  }
  // The nearest cue: before the address (distance from its end), or after it (weighted 1.5x).
  let best: { cue: Cue; d: number; before?: boolean } | undefined;
  const cues = candidateCues(bRuns, aRuns);
  for (const w of cues) {
    const [p, , cue] = w;
    const i = lastWord(b, w);
    if (i >= 0) {
      const d = b.length - (i + p.length);
      if (!best || d < best.d || (d === best.d && cue === 'third')) best = { cue, d, before: true };
    }
    const j = firstWord(a, w);
    if (j >= 0) {
      const d = j * 1.5 + 1;
      if (!best || d < best.d) best = { cue, d };
    }
  }
  // A weak "built on top of PyTorch" set off by commas before the address yields to "we release our code ... at".
  if (best?.cue === 'third' && best.before && best.d > 0 && best.d <= b.length && b.slice(b.length - best.d).includes(',')) {
    let own: { cue: Cue; d: number } | undefined;
    for (const w of cues) {
      const [p, , c] = w;
      if (c !== 'code' && c !== 'avail') continue;
      const i = lastWord(b, w);
      if (i >= 0 && (!own || b.length - (i + p.length) < own.d)) own = { cue: c, d: b.length - (i + p.length) };
    }
    if (own && (lastWord(b, OWN_WORDS[0]!) >= 0 || lastWord(b, OWN_WORDS[1]!) >= 0) && own.d < b.length) best = own;
  }
  const cue = best?.cue;
  const topic = (): LinkRole | undefined => {
    if (inSentence(CODE_WORDS)) return undefined;
    if (inSentence(DATA_WORDS)) return 'dataset';
    if (inSentence(DEMO_WORDS)) return 'demo';
    if (inSentence(MODEL_WORDS)) return 'model';
    return undefined;
  };
  if (kind === 'code') {
    if (cue === 'third') return { role: 'third-party-code', confidence: 0.7 };
    if (cue === 'avail') {
      const t = topic();
      if (t) return { role: t, confidence: 0.6 };
    }
    if (cue === 'code' || cue === 'avail' || cue === 'project') return { role: 'official-code', confidence: 0.9 };
    if ((cue === 'dataset' || cue === 'model' || cue === 'demo') && !inSentence(CODE_WORDS)) return { role: cue, confidence: 0.6 };
    return { role: 'official-code', confidence: cue ? 0.8 : 0.6 };
  }
  const k = byKind();
  if (k) return cue === 'third' && isPaper ? { role: 'reference', confidence: 0.6 } : k;
  if (cue === 'third') return { role: 'reference', confidence: 0.6 };
  if (cue === 'project') return { role: 'project-page', confidence: 0.8 };
  if (cue === 'dataset' || cue === 'model' || cue === 'demo') return { role: cue, confidence: 0.7 };
  if (cue === 'code' || cue === 'avail') {
    // "Code: https://ourlab.org/x" is code written where the paper says so; a page host is a project page.
    if (cue === 'code' && !pageHost) return { role: 'official-code', confidence: 0.6 };
    if (cue === 'avail') {
      if (inSentence(CODE_WORDS)) return pageHost ? { role: 'project-page', confidence: 0.7 } : { role: 'official-code', confidence: 0.6 };
      const t = topic(); // no code word: the data, demo or model word of the sentence
      if (t) return { role: t, confidence: 0.6 };
    }
    return { role: 'project-page', confidence: 0.7 };
  }
  if (pageHost) return { role: 'project-page', confidence: 0.6 };
  return { role: 'unknown', confidence: 0.5 };
}

/** An ASCII character of a host run: letter, digit, `.` or `-`. */
function isHostAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/**
 * The first RE_BARE_DOMAIN match at or after `from`, as a global scan would find it.
 * A match holds only host characters up to the `.` before its TLD letter, and its
 * look-behind rejects a host character before it: so a match can start only where a
 * run of host characters holding a `.` + letter starts, and the sticky regex is tried
 * there alone. `run` (the last dot walked and its run's start) lets each run be walked once.
 */
function nextBare(text: string, from: number, run: { dot: number; start: number }): RegExpExecArray | null {
  for (let d = text.indexOf('.', from); d >= 0; d = text.indexOf('.', d + 1)) {
    const c = text.charCodeAt(d + 1);
    if (c < 0x80 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) continue;
    let s = d;
    for (;;) {
      if (s - 1 <= run.dot) {
        s = run.start; // joined the run of the previous dot
        break;
      }
      const b = text.charCodeAt(s - 1);
      if (b < 0x80) {
        if (!isHostAscii(b)) break;
        s--;
        continue;
      }
      const w = b >= 0xdc00 && b <= 0xdfff && s >= 2 && (text.charCodeAt(s - 2) & 0xfc00) === 0xd800 ? 2 : 1;
      if (!RE_HOST_CHAR.test(text.slice(s - w, s))) break;
      s -= w;
    }
    const tried = run.dot >= 0 && s === run.start;
    run.dot = d;
    run.start = s;
    if (tried || s < from) continue;
    RE_BARE_DOMAIN.lastIndex = s;
    const m = RE_BARE_DOMAIN.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * Finds every web address in a text: with a scheme (`https://...`), `www.` names,
 * known code and paper hosts, and names ending in a generic TLD (returned with
 * `https://`). Trailing sentence punctuation is not part of an address; balanced
 * parentheses inside one are. File names, versions and abbreviations never count.
 * E-mail addresses only with `{ emails: true }`. Spans are offsets into `text`.
 *
 * @example
 * extractUrls('Code: https://github.com/harryjo97/GDSS.')[0].url // 'https://github.com/harryjo97/GDSS'
 */
export function extractUrls(text: string, options: ExtractUrlsOptions = {}): Link[] {
  expectString(text, 'extractUrls');
  const field = options.field ?? 'text';
  const origin = options.origin ?? 'abstract';
  const found: RawMatch[] = [];
  if (text.length === 0) return [];
  if (text.indexOf('.') < 0 && text.indexOf(':') < 0 && text.indexOf('/') < 0) return [];
  // linkify-it finds only `scheme://`, `//` and e-mail addresses: without `//` or `@` it finds nothing.
  const at = text.indexOf('@') >= 0;
  const matches = at || (text.indexOf('//') >= 0 && text.indexOf(':') >= 0) ? linkifyAround(text) : null;
  if (matches) {
    for (const m of matches) {
      if (m.schema === 'mailto:' && !options.emails) continue;
      let raw = m.raw;
      let url = m.url;
      // linkify leaves a closing quote or bracket it could not pair; trim the same way for both.
      const trimmed = trimEnd(raw);
      if (trimmed.length !== raw.length) {
        url = url.slice(0, url.length - (raw.length - trimmed.length));
        raw = trimmed;
      }
      if (m.schema === 'mailto:' && !url.startsWith('mailto:')) url = 'mailto:' + url;
      found.push({ start: m.index, end: m.index + raw.length, url });
    }
  }
  // Addresses without a scheme, outside the ones already found.
  let k = 0;
  const run = { dot: -1, start: 0 };
  for (let m = nextBare(text, 0, run); m; m = nextBare(text, m.index + m[0].length, run)) {
    const start = m.index;
    while (k < found.length && found[k]!.end <= start) k++;
    if (k < found.length && found[k]!.start <= start) continue;
    const raw = trimEnd(m[0]);
    const host = m[1]!;
    // An invalid port (`google.com:500000`) makes it no address at all.
    if (raw.length === host.length && text[start + raw.length] === ':' && isDigit(text.charCodeAt(start + raw.length + 1))) continue;
    const hasPath = raw.length > host.length + 1 && raw.indexOf('/') >= 0;
    if (!hasPath && RE_ARXIV_SUBJECT_CLASS.test(raw)) continue; // `cs.AI`, `eess.AS`: a subject class
    if (raw.length === host.length && titleCaseTldAt(host)) {
      // `assimilation.We show`, `arxiv.org.We`: a sentence that starts without a space; the
      // capitalised word is no TLD, and what comes before it is an address only when it is one.
      const cut = host.lastIndexOf('.');
      const rest = host.slice(0, cut);
      if (rest.indexOf('.') < 0 || !acceptBare(rest, false)) continue;
      found.push({ start, end: start + rest.length, url: 'https://' + rest });
      continue;
    }
    if (!acceptBare(host, hasPath)) continue;
    found.push({ start, end: start + raw.length, url: 'https://' + raw });
  }
  found.sort((a, b) => a.start - b.start);
  const out: Link[] = [];
  for (const f0 of found) {
    const f = joinWrapped(text, f0);
    // `https://huggingface.co/papers/...`: a placeholder of a template, no address
    if (f.url.endsWith('/') && (text.startsWith('...', f.end) || text.charCodeAt(f.end) === 0x2026)) continue;
    f.url = cleanAddress(f.url);
    const { kind, repo } = classifyUrl(f.url);
    const { role, confidence } = roleOf(kind, text.slice(Math.max(0, f.start - 160), f.start), f.url, text.slice(f.end, f.end + 160));
    const link: Link = { url: f.url, kind, role, origin, confidence, span: { field, start: f.start, end: f.end } };
    if (repo) link.repo = repo;
    out.push(link);
  }
  return out;
}

