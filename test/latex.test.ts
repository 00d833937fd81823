import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latexToUnicode } from '../src/lib/latex.js';

describe('latexToUnicode', () => {
  it.each([
    // accents as the shared feeds write them
    ['Sol\\`a', 'Solà'],
    ['K\\"{a}hler', 'Kähler'],
    ["Veli\\v{c}kovi\\'c", 'Veličković'],
    ["\\'{\\i}", 'í'],
    ['Isgr\\`o', 'Isgrò'],
    ["Vi\\'egas", 'Viégas'],
    ["Jos\\'e Vin\\'icius de M. Cardoso", 'José Vinícius de M. Cardoso'],
    ['H\\^ong V\\^an L\\^e', 'Hông Vân Lê'],
    ["Jos\\'e I. Segovia-Mart\\'in", 'José I. Segovia-Martín'],
    // braces around the accent, around the letter, or both
    ['{\\"O}zt{\\"u}rk', 'Öztürk'],
    ["D\\'{\\i}az", 'Díaz'],
    ["{\\'{\\i}}", 'í'],
    ["\\'\\i", 'í'],
    ['M\\"uller', 'Müller'],
    ["\\' e", 'é'],
    // letter accents need a group or a space
    ['Erd\\H{o}s', 'Erdős'],
    ['Fran\\c{c}ois', 'François'],
    ['Fran\\c cois', 'François'],
    ['\\v{Z}i\\v{z}ek', 'Žižek'],
    ["Gda\\'nsk and \\k{a}", 'Gdańsk and ą'],
    ['\\r{A}ngstr\\"om', 'Ångström'],
    ['\\~n and \\~{n}', 'ñ and ñ'],
    // special letters; a control word eats the space after it
    ['Pr{\\o}stegaard', 'Prøstegaard'],
    ['\\L ukasz', 'Łukasz'],
    ['Stra\\ss e', 'Straße'],
    ['Gau\\ss{}', 'Gauß'],
    ['\\aa{}ngstr', 'ångstr'],
    ['{\\AE}sir', 'Æsir'],
  ])('%s -> %s', (input, expected) => {
    expect(latexToUnicode(input)).toBe(expected);
  });

  it.each([
    // math is left alone, text around it is converted
    ['$\\"a$ and \\"a', '$\\"a$ and ä'],
    ["$$\\'x$$ \\'e", "$$\\'x$$ é"],
    ["\\(\\'a\\) \\'a", "\\(\\'a\\) á"],
    // LaTeX leftovers and unknown commands stay as written
    ['45\\% and \\url{https://x.org}', '45\\% and \\url{https://x.org}'],
    ['\\textit{\\underline{G}rid}', '\\textit{\\underline{G}rid}'],
    ['$10^{14}$ and $F_{\\beta}$', '$10^{14}$ and $F_{\\beta}$'],
    // incomplete constructs stay as written
    ["O\\'", "O\\'"],
    ['\\v', '\\v'],
    ['\\"{}', '¨'],
    ['US$5 \\"a', 'US$5 ä'],
    ['plain text', 'plain text'],
    ['', ''],
  ])('%s -> %s', (input, expected) => {
    expect(latexToUnicode(input)).toBe(expected);
  });

  it('returns NFC text', () => {
    const out = latexToUnicode("Andr\\'e");
    expect(out).toBe('André');
    expect(out.normalize('NFC')).toBe(out);
    expect(out.length).toBe(5);
  });

  it('never throws and leaves backslash-free strings unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const out = latexToUnicode(s);
        expect(typeof out).toBe('string');
        if (!s.includes('\\')) expect(out).toBe(s);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\\', "'", '"', '{', '}', '$', 'v', 'i', 'a', ' ', 'c', '\\(', '\\)'), { maxLength: 60 }), (parts) => {
        expect(typeof latexToUnicode(parts.join(''))).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  // hang guard (the test timeout); speed and linear growth: `npm run bench`, test/fixtures/pathological/time.ts
  it('finishes on hostile input', () => {
    const hostile = "\\'".repeat(50_000) + '$'.repeat(3) + '\\('.repeat(50_000) + '{\\"'.repeat(50_000) + '\\v{'.repeat(50_000);
    expect(typeof latexToUnicode(hostile)).toBe('string');
  }, 60_000);
});
