/**
 * The output schemas: the single source of the public types (`z.infer`).
 * Hot paths never import this module; it is used at the edges (validation,
 * JSON Schema, the types).
 */
import * as z from 'zod';

/** Which field of a paper a span points into. */
export const FieldSchema = z.enum(['title', 'abstract', 'comments', 'summary', 'section', 'links', 'text']);

/**
 * Where a mention stands: `paper[field].slice(start, end)` (UTF-16 code units).
 * For `extract*(text)` the field is `text` and the offsets are into the text given.
 */
export const SpanSchema = z.object({
  field: FieldSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const LinkKindSchema = z.enum([
  'code',
  'arxiv-abs',
  'arxiv-pdf',
  'doi',
  'hf-paper',
  'hf-model',
  'hf-dataset',
  'hf-space',
  'openreview',
  'anthology',
  'proceedings',
  'email',
  'other',
]);

export const LinkRoleSchema = z.enum([
  'official-code',
  'third-party-code',
  'project-page',
  'dataset',
  'model',
  'demo',
  'paper',
  'reference',
  'unknown',
]);

export const LinkOriginSchema = z.enum(['title', 'abstract', 'comments', 'links', 'field', 'summary']);

export const LinkSchema = z.object({
  /** The address, with `https://` added where the text wrote none. */
  url: z.string(),
  kind: LinkKindSchema,
  role: LinkRoleSchema,
  origin: LinkOriginSchema,
  confidence: z.number().min(0).max(1),
  /** Where it was written; absent for links from a structured field. */
  span: SpanSchema.optional(),
  /** The label of a markdown link (`[code](...)`), where there was one. */
  label: z.string().optional(),
  /** `org/name` for Hugging Face models, datasets and Spaces; `owner/repo` for code hosts. */
  repo: z.string().optional(),
});

export const DatasetMentionSchema = z.object({
  /** Canonical name from the gazetteer, or the name as written for a dataset found from context. */
  name: z.string(),
  /** The first mention as written. */
  mention: z.string(),
  /** A variant written next to the name: `64x64`, `1K`, `Split`. */
  variant: z.string().optional(),
  /** `gazetteer` when the name is listed, `context` when found from its wording alone. */
  source: z.enum(['gazetteer', 'context']),
  spans: z.array(SpanSchema),
});

export const MetricSchema = z.object({
  /** What is measured, canonical where the lexicon knows it. */
  name: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  dataset: z.string().nullable(),
  /** For a change: increase or decrease; for a score: whether higher is better is in `higherIsBetter`. */
  direction: z.enum(['increase', 'decrease']).nullable(),
  relation: z.enum(['absolute', 'relative-change', 'points-change']),
  qualifier: z.string().nullable(),
  higherIsBetter: z.boolean().nullable(),
  /** The shortest phrase holding the number and its measure. */
  text: z.string(),
  span: SpanSchema,
});

export const TopicEvidenceSchema = z.object({
  term: z.string(),
  field: FieldSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  weight: z.number(),
});

export const TopicTagSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.number().min(0).max(1),
  evidence: z.array(TopicEvidenceSchema),
  /** True when the tag is listed only because a child topic implies it. */
  implied: z.boolean().optional(),
});

export const PaperDateSchema = z.object({
  /** As written. */
  text: z.string(),
  year: z.number().int().optional(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  /** ISO 8601 where the full date (and time) is known, with the time zone as written. */
  iso: z.string().optional(),
});

export const VenueSchema = z.object({
  name: z.string(),
  year: z.number().int().nullable(),
  status: z.enum(['accepted', 'published', 'submitted', 'workshop', 'unknown']),
  text: z.string(),
});

export const CodeStatusSchema = z.object({
  status: z.enum(['available', 'promised', 'none']),
  url: z.string().optional(),
  /** Placeholders or anonymous-review hosts seen instead of a usable address. */
  placeholders: z.array(z.string()).optional(),
});

export const SourceSchema = z.object({
  format: z.string(),
  /** Offsets of the entry in the raw input (UTF-16 code units). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive().optional(),
});

export const ProvenanceSchema = z.object({
  /** Index of the feed (argument of mergeFeeds) the value came from. */
  feed: z.number().int().nonnegative(),
  format: z.string(),
});

export const PaperSchema = z.object({
  /** The arXiv id when known, else the DOI, else a slug of the title. */
  id: z.string(),
  title: z.string(),
  abstract: z.string().optional(),
  summary: z.string().optional(),
  /** Authors as the feed writes them (LaTeX accents included). */
  authors: z.array(z.string()),
  /** Authors for display, LaTeX accents turned into Unicode; present only where it differs. */
  authorsDisplay: z.array(z.string()).optional(),
  affiliations: z.array(z.string()).optional(),
  date: PaperDateSchema.optional(),
  dates: z
    .object({ submitted: PaperDateSchema.optional(), updated: PaperDateSchema.optional(), announced: PaperDateSchema.optional() })
    .optional(),
  arxivId: z.string().optional(),
  arxivVersion: z.number().int().positive().optional(),
  doi: z.string().optional(),
  categories: z.array(z.string()).optional(),
  comments: z.string().optional(),
  journalRef: z.string().optional(),
  venue: VenueSchema.optional(),
  announceType: z.enum(['new', 'cross', 'replace', 'replace-cross']).optional(),
  /** Section headings a list entry sits under, outermost first. */
  sections: z.array(z.string()).optional(),
  urls: z.array(LinkSchema),
  datasets: z.array(DatasetMentionSchema),
  metrics: z.array(MetricSchema),
  topics: z.array(TopicTagSchema),
  code: CodeStatusSchema,
  source: SourceSchema.optional(),
  /** After mergeFeeds: which feed each field's value came from. */
  provenance: z.record(z.string(), ProvenanceSchema).optional(),
  /** After mergeFeeds: the records merged into this one. */
  mergedFrom: z
    .array(
      ProvenanceSchema.extend({
        id: z.string(),
        arxivVersion: z.number().int().positive().optional(),
        start: z.number().int().nonnegative().optional(),
        end: z.number().int().nonnegative().optional(),
      }),
    )
    .optional(),
});

export const DiagnosticSchema = z.object({
  code: z.enum([
    'EMPTY_INPUT',
    'UNRECOGNIZED_FORMAT',
    'MISSING_ABSTRACT',
    'TRUNCATED_ENTRY',
    'TRUNCATED_FEED',
    'UNCLAIMED_TEXT',
    'DUPLICATE_MERGED',
    'INVALID_JSON',
    'COUNT_MISMATCH',
    'PLACEHOLDER_URL',
  ]),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  /** 1-based line and column of the start in the raw input. */
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const FeedStatsSchema = z.object({
  entries: z.number().int().nonnegative(),
  papers: z.number().int().nonnegative(),
  duplicatesMerged: z.number().int().nonnegative(),
  /** What the feed itself announces (`showing 3 of 3 entries`, `opensearch:totalResults`). */
  announced: z.number().int().nonnegative().optional(),
  truncated: z.boolean(),
  inputLength: z.number().int().nonnegative(),
});

export const FeedResultSchema = z.object({
  format: z.string(),
  confidence: z.number().min(0).max(1),
  papers: z.array(PaperSchema),
  diagnostics: z.array(DiagnosticSchema),
  stats: FeedStatsSchema,
});

export type Field = z.infer<typeof FieldSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type LinkKind = z.infer<typeof LinkKindSchema>;
export type LinkRole = z.infer<typeof LinkRoleSchema>;
export type LinkOrigin = z.infer<typeof LinkOriginSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type DatasetMention = z.infer<typeof DatasetMentionSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type TopicEvidence = z.infer<typeof TopicEvidenceSchema>;
export type TopicTag = z.infer<typeof TopicTagSchema>;
export type PaperDate = z.infer<typeof PaperDateSchema>;
export type Venue = z.infer<typeof VenueSchema>;
export type CodeStatus = z.infer<typeof CodeStatusSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Paper = z.infer<typeof PaperSchema>;
export type ProvenanceRecord = z.infer<typeof ProvenanceSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type DiagnosticCode = Diagnostic['code'];
export type FeedStats = z.infer<typeof FeedStatsSchema>;
export type FeedResult = z.infer<typeof FeedResultSchema>;
