/** Options schemas: validated at the edge, only when options are given. */
import * as z from 'zod';

/** Default limit on input length, in UTF-16 code units (about 200 MB of text). */
export const DEFAULT_MAX_INPUT_LENGTH = 200_000_000;

export const ReaderSchema = z.custom<{ name: string; detect: (t: string) => number; read: (t: string, c: unknown) => unknown }>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string' && typeof (v as { detect?: unknown }).detect === 'function' && typeof (v as { read?: unknown }).read === 'function',
  { message: 'a reader is { name: string, detect(text): number, read(text, ctx) }' },
);

export const ParseFeedOptionsSchema = z
  .object({
    /** Force a format instead of detecting it (`auto` detects). */
    format: z.string().min(1).optional(),
    /** Texts longer than this throw INPUT_TOO_LARGE. */
    maxInputLength: z.number().int().positive().optional(),
    /** Also return e-mail addresses as links. */
    emails: z.boolean().optional(),
    /** Merge entries that are the same paper (default true). */
    dedupe: z.boolean().optional(),
    /** Topic options, validated by tagTopics itself. */
    topics: z.record(z.string(), z.unknown()).optional(),
    /** Extra readers, tried before the built-in ones. */
    readers: z.array(ReaderSchema).optional(),
  })
  .strict();

export type ParseFeedOptionsInput = z.input<typeof ParseFeedOptionsSchema>;
