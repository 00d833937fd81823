import { expectString } from '../errors.js';
import { RE_DAY_MONTH_YEAR, RE_ISO_DATE, RE_MONTH_DAY_YEAR } from '../regex/dates.js';
import type { PaperDate } from '../schema/paper.js';
import { foldSpace } from './text.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function month(name: string): number | undefined {
  const k = name.toLowerCase();
  return MONTHS[k.slice(0, 3)] !== undefined && (k.length <= 4 || FULL.has(k)) ? MONTHS[k.slice(0, 3)] : undefined;
}
const FULL = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'sept']);

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y === undefined) return true;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Reads a date as feeds write it, keeping the text and the parts it shows.
 * The year is never guessed: `Mar 13` gives `{ text, month: 3, day: 13 }`.
 * An ISO form is given only where the year, month and day are all written;
 * a time keeps its zone as written (`GMT` and `UTC` become `Z`).
 *
 * @example
 * parseDate('Thu, 8 Jun 2023 18:04:13 GMT') // { text, year: 2023, month: 6, day: 8, iso: '2023-06-08T18:04:13Z' }
 */
export function parseDate(raw: string): PaperDate | undefined {
  expectString(raw, 'parseDate', 'a date as text');
  const text = foldSpace(raw);
  if (!text || text.length > 64) return undefined;
  let m = RE_ISO_DATE.exec(text);
  if (m) {
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    if (!valid(y, mo, d)) return undefined;
    let iso = `${m[1]}-${m[2]}-${m[3]}`;
    if (m[4]) iso += `T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}`;
    return { text, year: y, month: mo, day: d, iso };
  }
  m = RE_DAY_MONTH_YEAR.exec(text);
  if (m) {
    const mo = month(m[2]!);
    const d = +m[1]!;
    let y = +m[3]!;
    if (m[3]!.length === 2) y += 2000;
    if (mo === undefined || !valid(y, mo, d)) return undefined;
    let iso = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4]) iso += `T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}`;
    return { text, year: y, month: mo, day: d, iso };
  }
  m = RE_MONTH_DAY_YEAR.exec(text);
  if (m) {
    const mo = month(m[1]!);
    const d = +m[2]!;
    const y = m[3] ? +m[3] : undefined;
    if (mo === undefined || !valid(y, mo, d)) return undefined;
    const out: PaperDate = { text, month: mo, day: d };
    if (y !== undefined) {
      out.year = y;
      out.iso = `${y}-${pad(mo)}-${pad(d)}`;
    }
    return out;
  }
  return undefined;
}

function zone(z: string | undefined): string {
  if (!z) return '';
  if (z === 'Z' || z === 'GMT' || z === 'UTC' || z === 'UT') return 'Z';
  if (z[0] === '+' || z[0] === '-') return z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z;
  return ` ${z}`;
}
