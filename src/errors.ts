/**
 * One base error class for every typed error paperfeed throws.
 *
 * Text never throws: any string gives a result. Errors are for misuse only:
 * a non-string input, invalid options, an invalid custom taxonomy or data file,
 * or text over the configured size limit.
 */

/** Every error code paperfeed uses. */
export type PaperfeedErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'INVALID_TAXONOMY'
  | 'INPUT_TOO_LARGE'
  | 'UNKNOWN_FORMAT';

const BRAND = Symbol.for('paperfeed.error');

/**
 * Base class of every typed error. `code` says what went wrong; `details` holds
 * machine-readable facts (the offending path, the limit, ...).
 *
 * @example
 * try { parseFeed(42 as any) } catch (e) { if (isPaperfeedError(e)) console.log(e.code) }
 */
export class PaperfeedError extends Error {
  readonly code: PaperfeedErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(code: PaperfeedErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'PaperfeedError';
    this.code = code;
    this.details = Object.freeze({ ...details });
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * True for any paperfeed error, also one thrown in another realm (an iframe,
 * a worker, a second copy of the package), where `instanceof` fails.
 *
 * @example
 * if (isPaperfeedError(err) && err.code === 'INPUT_TOO_LARGE') split(text)
 */
export function isPaperfeedError(value: unknown): value is PaperfeedError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // the brand is a registered symbol: the same in every realm of the process
    return (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    // a revoked proxy or a throwing getter is not our error, and a guard never throws
    return false;
  }
}

/**
 * Throws `INVALID_INPUT` unless `value` is a string: the check every public function
 * that takes text makes first, so misuse never surfaces as a TypeError.
 */
export function expectString(value: unknown, fn: string, what = 'a string of text'): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new PaperfeedError('INVALID_INPUT', `${fn} expects ${what}, got ${got}. Pass the text itself (for a file, read it first, e.g. fs.readFileSync(path, 'utf8')).`, { received: got });
  }
}
