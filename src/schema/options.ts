/** Options schemas: validated at the edge, only when options are given. */
import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';

/** Default limit on input length, in UTF-16 code units (about 200 MB of text). */
export const DEFAULT_MAX_INPUT_LENGTH = 200_000_000;

// zod/mini loads no locale, so its issues all read "Invalid input". The option errors
// quote issue.message, so each schema and check here carries the English messages of
// classic zod ("Invalid input: expected boolean, received string", "Too small: ...")
// without touching zod's global config.
const e = { error: en().localeError };

export const ReaderSchema = z.custom<{ name: string; detect: (t: string) => number; read: (t: string, c: unknown) => unknown }>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string' && typeof (v as { detect?: unknown }).detect === 'function' && typeof (v as { read?: unknown }).read === 'function',
  { message: 'a reader is { name: string, detect(text): number, read(text, ctx) }' },
);

export const ParseFeedOptionsSchema = z.strictObject(
  {
    /** Force a format instead of detecting it (`auto` detects). */
    format: z.optional(z.string(e).check(z.minLength(1, e))),
    /** Texts longer than this throw INPUT_TOO_LARGE. */
    maxInputLength: z.optional(z.number(e).check(z.int(e), z.positive(e))),
    /** Also return e-mail addresses as links. */
    emails: z.optional(z.boolean(e)),
    /** Merge entries that are the same paper (default true). */
    dedupe: z.optional(z.boolean(e)),
    /** Topic options, validated by tagTopics itself. */
    topics: z.optional(z.record(z.string(e), z.unknown(), e)),
    /** Extra readers, tried before the built-in ones. */
    readers: z.optional(z.array(ReaderSchema, e)),
  },
  e,
);

export type ParseFeedOptionsInput = z.input<typeof ParseFeedOptionsSchema>;
