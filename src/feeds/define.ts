/** One place for what every reader promises: detect never throws, read never throws and never loses text silently. */
import type { FeedReader, ReaderContext, ReaderResult } from './types.js';

/**
 * Builds a reader from its detection and reading functions. A confidence outside
 * 0..`maxConfidence` (default 1) is clamped; a detection that throws is 0; a reading that throws (a bug) gives
 * no entries and an error diagnostic saying so, so nothing is lost without a word.
 *
 * @example
 * export const myReader = defineReader('my-format', (t) => (t.startsWith('MYFEED') ? 1 : 0), readMine)
 */
export function defineReader(
  name: string,
  detect: (text: string) => number,
  read: (text: string, ctx: ReaderContext) => ReaderResult,
  options: { maxConfidence?: number } = {},
): FeedReader {
  const max = Math.min(1, options.maxConfidence ?? 1);
  return Object.freeze({
    name,
    maxConfidence: max,
    detect(text: string): number {
      if (typeof text !== 'string' || text.length === 0) return 0;
      try {
        const c = detect(text);
        return c > 0 ? Math.min(max, c) : 0;
      } catch {
        return 0;
      }
    },
    read(text: string, ctx: ReaderContext): ReaderResult {
      if (typeof text !== 'string' || text.length === 0) return { entries: [] };
      try {
        return read(text, ctx);
      } catch (e) {
        ctx.diagnose('UNRECOGNIZED_FORMAT', `The ${name} reader failed on this input (${e instanceof Error ? e.message : String(e)}); no entries were read from it.`, 0, Math.min(text.length, 200), 'error');
        return { entries: [] };
      }
    },
  });
}
