/**
 * LaTeX accents and special letters to Unicode, for display (author names,
 * titles). A single left-to-right scan: no regex, linear time, never throws.
 *
 * Converted: the text accents `` \` \' \^ \" \~ \= \. `` (`\'e`, `\'{e}`, `{\'e}`,
 * `\' e`), the letter accents `\u \v \H \c \k \r \d \b` (`\v{c}`, `\c c`), the
 * dotless `\i`/`\j` under an accent (`\'{\i}` -> í), and the special letters
 * `\o \O \aa \AA \ae \AE \oe \OE \ss \l \L \i \j \dh \DH \th \TH \ng \NG \dj \DJ`.
 * Braces that only group a converted letter (`{\"a}`, `K\"{a}hler`) are dropped.
 *
 * Left alone: math (`$...$`, `$$...$$`, `\(...\)`, `\[...\]`), unknown commands
 * (`\textit{...}`, `\url{...}`), escaped characters (`45\%`) and any construct
 * that cannot be read completely (`\'` at the end of the text).
 *
 * @example
 * latexToUnicode("Veli\\v{c}kovi\\'c") // 'Veličković'
 * latexToUnicode('K\\"{a}hler $\\"a$') // 'Kähler $\\"a$'
 */

/** Symbol accents: the command is one non-letter character. */
const SYMBOL_ACCENTS: Record<string, string> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  '"': '\u0308',
};

/** Letter accents: the command is one letter and needs a brace group or a space. */
const LETTER_ACCENTS: Record<string, string> = {
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
  b: '\u0331',
};

/** Control words that stand for a letter. */
const LETTERS: Record<string, string> = {
  o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', ss: 'ß',
  l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ', dh: 'ð', DH: 'Ð', th: 'þ', TH: 'Þ', ng: 'ŋ', NG: 'Ŋ',
  dj: 'đ', DJ: 'Đ', SS: 'SS',
};

/** Bases as they take an accent: the dotless letters become plain letters. */
const ACCENT_BASE: Record<string, string> = { i: 'i', j: 'j' };

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

interface Parsed {
  out: string;
  end: number;
}

/** Reads one control word at `i` (pointing at `\`); returns the name and the index after it. */
function controlWord(s: string, i: number): { name: string; end: number } | undefined {
  let j = i + 1;
  while (j < s.length && j - i <= 8 && isAsciiLetter(s.charCodeAt(j))) j++;
  if (j === i + 1) return undefined;
  return { name: s.slice(i + 1, j), end: j };
}

/**
 * Reads the argument of an accent at `i`: a letter, `{letter}`, `{}`, `\i`,
 * `{\i}`, or a nested accent (`\~{\"a}`). Returns the base text (unaccented) or
 * undefined when the argument is not a single letter-like unit.
 */
function accentArgument(s: string, i: number, depth: number): Parsed | undefined {
  if (i >= s.length || depth > 3) return undefined;
  const c = s.charCodeAt(i);
  if (c === 123 /* { */) {
    // `{x}`, `{\i}`, `{\'e}`, `{}`
    let j = i + 1;
    if (s.charCodeAt(j) === 125) return { out: '', end: j + 1 };
    let inner: Parsed | undefined;
    if (s.charCodeAt(j) === 92 /* \ */) inner = command(s, j, depth + 1, true);
    else if (j < s.length && !isSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== 125) {
      const cp = s.codePointAt(j)!;
      const ch = String.fromCodePoint(cp);
      inner = { out: ch, end: j + ch.length };
    }
    if (!inner) return undefined;
    j = inner.end;
    if (s.charCodeAt(j) !== 125 /* } */) return undefined;
    return { out: inner.out, end: j + 1 };
  }
  if (c === 92 /* \ */) return command(s, i, depth + 1, true);
  if (isSpace(c) || c === 125 || c === 36 /* $ */) return undefined;
  const cp = s.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return { out: ch, end: i + ch.length };
}

/**
 * Reads a command at `i` (pointing at `\`) that converts to text; returns
 * undefined for anything else (the caller then copies the backslash as written).
 */
function command(s: string, i: number, depth: number, asBase: boolean): Parsed | undefined {
  if (depth > 4) return undefined;
  const next = s[i + 1];
  if (next === undefined) return undefined;
  const symbol = SYMBOL_ACCENTS[next];
  if (symbol !== undefined) {
    let j = i + 2;
    // `\' e` is valid LaTeX; allow at most a few spaces
    let k = j;
    while (k < s.length && k - j < 3 && s.charCodeAt(k) === 32) k++;
    if (k > j && s.charCodeAt(k) === 123) return undefined; // `\' {` is not an accent we can trust
    j = k;
    const arg = accentArgument(s, j, depth);
    if (!arg) return undefined;
    if (arg.out === '') return { out: next === '"' ? '¨' : next, end: arg.end };
    return { out: applyAccent(arg.out, symbol), end: arg.end };
  }
  const word = controlWord(s, i);
  if (!word) return undefined;
  const letterAccent = word.name.length === 1 ? LETTER_ACCENTS[word.name] : undefined;
  if (letterAccent !== undefined) {
    let j = word.end;
    if (s.charCodeAt(j) === 123) {
      const arg = accentArgument(s, j, depth);
      if (!arg || arg.out === '') return undefined;
      return { out: applyAccent(arg.out, letterAccent), end: arg.end };
    }
    // `\v c`: spaces, then a letter or a command
    let k = j;
    while (k < s.length && k - j < 3 && s.charCodeAt(k) === 32) k++;
    if (k === j) return undefined;
    const arg = accentArgument(s, k, depth);
    if (!arg || arg.out === '') return undefined;
    return { out: applyAccent(arg.out, letterAccent), end: arg.end };
  }
  const letter = LETTERS[word.name];
  if (letter !== undefined) {
    let j = word.end;
    // a control word eats the spaces after it; `\ss{}` ends with an empty group
    if (s.charCodeAt(j) === 123 && s.charCodeAt(j + 1) === 125) j += 2;
    else if (!asBase) {
      let k = j;
      while (k < s.length && s.charCodeAt(k) === 32 && k - j < 3) k++;
      if (k > j && k < s.length && isAsciiLetter(s.charCodeAt(k))) j = k;
    }
    const out = asBase ? (ACCENT_BASE[word.name] ?? letter) : letter;
    return { out, end: j };
  }
  return undefined;
}

function applyAccent(base: string, mark: string): string {
  if (base.length === 0) return mark;
  // the mark goes on the first character; NFC composes where Unicode has a precomposed form
  const cp = base.codePointAt(0)!;
  const first = String.fromCodePoint(cp);
  return (first + mark + base.slice(first.length)).normalize('NFC');
}

/** Finds the end of a math span opened at `i`; -1 when it never closes. */
function mathEnd(s: string, i: number, open: string, close: string): number {
  const k = s.indexOf(close, i + open.length);
  return k < 0 ? -1 : k + close.length;
}

/**
 * Converts LaTeX accents and special letters to Unicode outside math.
 * Never throws; linear in the length of the input.
 */
export function latexToUnicode(input: string): string {
  if (typeof input !== 'string' || input.indexOf('\\') < 0) return typeof input === 'string' ? input : '';
  const s = input;
  let out = '';
  let i = 0;
  // once a closing delimiter is known to be missing, it stays missing: keeps the scan linear
  let noDollar = false;
  let noParen = false;
  let noBracket = false;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 36 /* $ */ && !noDollar) {
      const dbl = s.charCodeAt(i + 1) === 36;
      const end = mathEnd(s, i, dbl ? '$$' : '$', dbl ? '$$' : '$');
      if (end < 0) {
        noDollar = true;
        out += s[i];
        i++;
        continue;
      }
      out += s.slice(i, end);
      i = end;
      continue;
    }
    if (c === 92 /* \ */) {
      const n = s[i + 1];
      if (n === '$' || n === '\\' || n === '{' || n === '}' || n === '%' || n === '&' || n === '#' || n === '_') {
        out += s.slice(i, i + 2);
        i += 2;
        continue;
      }
      if ((n === '(' && !noParen) || (n === '[' && !noBracket)) {
        const end = mathEnd(s, i, n === '(' ? '\\(' : '\\[', n === '(' ? '\\)' : '\\]');
        if (end < 0) {
          if (n === '(') noParen = true;
          else noBracket = true;
        } else {
          out += s.slice(i, end);
          i = end;
          continue;
        }
      }
      const r = command(s, i, 0, false);
      if (r) {
        out += r.out;
        i = r.end;
        continue;
      }
      out += '\\';
      i++;
      continue;
    }
    if (c === 123 /* { */ && s.charCodeAt(i + 1) === 92) {
      // `{\"a}`, `{\o}`: a group holding one converted unit loses its braces
      const r = command(s, i + 1, 0, false);
      if (r && s.charCodeAt(r.end) === 125) {
        out += r.out;
        i = r.end + 1;
        continue;
      }
    }
    out += s[i];
    i++;
  }
  return out.normalize('NFC');
}
