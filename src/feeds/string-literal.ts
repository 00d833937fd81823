/**
 * A feed written into program source as a string literal: an XML document (Atom, RSS) held by a
 * JavaScript, TypeScript or Python constant, one document line per literal, the literals joined with
 * `+` or by adjacency (`export const XML = "<?xml version=\"1.0\"?>\n" +` / `"<feed xmlns=\"…\">\n" +`).
 * The literal's text is the feed: its escapes decoded (`\"`, `\n`, `\\`, `\uXXXX`) and, for each
 * character, where it stands in the source.
 */

/** Where a document opens inside a literal (right after its quote). */
const OPENERS = ['<?xml', '<feed', '<rss', '<rdf:RDF'];

/** The fewest characters a decoded document must hold to be read in place of its source. */
const MIN_LENGTH = 200;

/** A decoded literal: its text and, for each of its characters (and its end), the source offset. */
export interface DecodedLiteral {
  text: string;
  toSource(i: number): number;
}

/** The value of a hex digit, or -1. */
function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Escapes that stand for a control character. */
const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * Decodes the run of string literals starting with the quote at `q`: appends the characters and
 * their source offsets, returns where the run ends (after its last closing quote), or -1 when the
 * literal never closes on its line.
 */
function decodeRun(src: string, q: number, chars: string[], at: number[]): { end: number; literals: number } {
  let i = q;
  let literals = 0;
  let end = -1;
  for (;;) {
    const quote = src[i];
    if (quote !== '"' && quote !== "'") break;
    let k = i + 1;
    let closed = false;
    while (k < src.length) {
      const c = src[k]!;
      if (c === quote) {
        closed = true;
        break;
      }
      if (c === '\n' || c === '\r') break;
      if (c !== '\\') {
        chars.push(c);
        at.push(k);
        k++;
        continue;
      }
      const e = src[k + 1];
      if (e === undefined) break;
      if (e === 'u' || e === 'x') {
        const n = e === 'u' ? 4 : 2;
        let v = 0;
        let ok = true;
        for (let j = 0; j < n; j++) {
          const h = hex(src.charCodeAt(k + 2 + j));
          if (h < 0) ok = false;
          v = v * 16 + h;
        }
        if (ok) {
          chars.push(String.fromCharCode(v));
          at.push(k);
          k += 2 + n;
          continue;
        }
      }
      // a line continuation (`\` at the end of the source line)
      if (e === '\n' || e === '\r') {
        k += e === '\r' && src[k + 2] === '\n' ? 3 : 2;
        continue;
      }
      chars.push(SIMPLE[e] ?? e);
      at.push(k);
      k += 2;
    }
    if (!closed) break;
    literals++;
    end = k + 1;
    // `+`, white space and line ends between two literals (or none: adjacent literals)
    let j = end;
    while (j < src.length && (src[j] === ' ' || src[j] === '\t' || src[j] === '\n' || src[j] === '\r' || src[j] === '+')) j++;
    if (src[j] !== '"' && src[j] !== "'") break;
    i = j;
  }
  return { end, literals };
}

/**
 * The feed held by a string literal of program source (`"<?xml …?>\n" + "<feed …>\n" + …`), decoded,
 * or undefined when the text holds none: its literal must open with an XML document's start, run over
 * several literals or escaped line ends, hold at least a few hundred characters and make up half the
 * text or more. The literal is
 * looked for among the first few document starts of the text only.
 *
 * @example
 * embeddedFeedLiteral('export const X = "<?xml version=\\"1.0\\"?>\\n" +\n  "<feed>…</feed>\\n";')?.text // '<?xml version="1.0"?>\n<feed>…'
 */
export function embeddedFeedLiteral(src: string): DecodedLiteral | undefined {
  if (src.length > 50_000_000 || src.indexOf('\\') < 0) return undefined;
  let tries = 0;
  for (let i = src.indexOf('<'); i >= 0 && tries < 8; i = src.indexOf('<', i + 1)) {
    if (!OPENERS.some((o) => src.startsWith(o, i))) continue;
    tries++;
    const q = src[i - 1];
    if (q !== '"' && q !== "'") continue;
    const chars: string[] = [];
    const at: number[] = [];
    const run = decodeRun(src, i - 1, chars, at);
    if (run.end < 0 || chars.length < MIN_LENGTH) continue;
    const text = chars.join('');
    // a document written over lines (several literals, or line ends escaped in one)
    if (run.literals < 3 && text.split('\n').length < 3) continue;
    // the literal is most of the text (a source file holding a feed), not an example inside a page or a feed
    if ((run.end - (i - 1)) * 2 < src.length) continue;
    const end = run.end;
    return {
      text,
      toSource: (k: number) => (k <= 0 ? at[0] ?? 0 : k < at.length ? at[k]! : end),
    };
  }
  return undefined;
}
