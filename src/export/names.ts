/** Author names for the exports: split into given and family, ASCII-folded for citation keys. String work only. */
import { latexToUnicode } from '../lib/latex.js';

/** A person's name in parts; `literal` for a name that is not split (one word, an organisation). */
export interface NameParts {
  given?: string;
  family?: string;
  /** `Jr.`, `III`. */
  suffix?: string;
  literal?: string;
}

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'zu', 'vander', 'vanden']);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'v']);
const ORG_WORDS = ['team', 'consortium', 'collaboration', 'group', 'laboratory', 'university', 'institute', 'inc.', 'corporation', 'research', 'project', 'committee', 'initiative', 'community'];

/** True for "et al.", "others", an ellipsis: not a name. */
export function isEtAl(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n === '' || n === 'et al' || n === 'et al.' || n === 'others' || n === '...' || n === '…' || n === 'and others';
}

/** The display form of an author as a feed writes it: LaTeX accents to Unicode, spaces folded. */
export function displayName(name: string): string {
  let s = typeof name === 'string' ? name : '';
  if (s.includes('\\') || s.includes('{')) {
    try {
      s = latexToUnicode(s);
    } catch {
      /* keep as written */
    }
  }
  let out = '';
  let space = false;
  for (const ch of s) {
    if (ch === '{' || ch === '}') continue;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0') {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

/**
 * Splits "Given Family" and "Family, Given" (and "Family, Jr., Given"). Particles
 * (`van`, `de`, `von der`) stay with the family name; `Jr.`/`III` become `suffix`;
 * one word or an organisation ("OpenAI Team") is `literal`.
 *
 * @example
 * splitName('Ludwig van Beethoven') // { given: 'Ludwig', family: 'van Beethoven' }
 * splitName('Smith, John')          // { given: 'John', family: 'Smith' }
 */
export function splitName(raw: string): NameParts {
  const name = displayName(raw);
  if (!name) return { literal: '' };
  const lower = name.toLowerCase();
  if (ORG_WORDS.some((w) => lower.split(' ').includes(w))) return { literal: name };
  const comma = name.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (comma.length >= 2) {
    // Family, Given  |  Family, Jr., Given  |  Given Family, Jr.
    if (comma.length === 2 && SUFFIXES.has(comma[1]!.toLowerCase())) {
      const p = splitName(comma[0]!);
      return { ...p, suffix: comma[1]! };
    }
    const out: NameParts = { family: comma[0]!, given: comma[comma.length - 1]! };
    if (comma.length >= 3) out.suffix = comma[1]!;
    return out;
  }
  const words = name.split(' ');
  let suffix: string | undefined;
  if (words.length > 2 && SUFFIXES.has(words[words.length - 1]!.toLowerCase())) suffix = words.pop();
  if (words.length === 1) return suffix ? { family: words[0]!, suffix } : { literal: words[0]! };
  // The family name starts at the first particle after the first word, else it is the last word.
  let f = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (PARTICLES.has(words[i]!.toLowerCase()) && words[i]! === words[i]!.toLowerCase()) {
      f = i;
      break;
    }
  }
  const out: NameParts = { given: words.slice(0, f).join(' '), family: words.slice(f).join(' ') };
  if (suffix) out.suffix = suffix;
  return out;
}

const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-case ASCII letters and digits only: accents dropped (`Kähler` -> `kahler`), the rest removed. */
export function asciiKey(s: string): string {
  const n = (typeof s === 'string' ? s : '').normalize('NFD');
  let out = '';
  for (const ch of n) {
    const c = ch.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) out += ch;
    else if (c >= 65 && c <= 90) out += ch.toLowerCase();
    else if (FOLD[ch]) out += FOLD[ch]!.toLowerCase();
  }
  return out;
}
