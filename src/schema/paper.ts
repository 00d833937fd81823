/**
 * The output schemas: the single source of the public types (`z.infer`).
 * Hot paths never import this module; it is used at the edges (validation,
 * JSON Schema, the types).
 */
import * as z from 'zod/mini';

// zod/mini: functions instead of methods, so that a bundle keeps only what it uses.
// `z.infer` of each schema is the same type the classic API gave.
/** An integer in the safe range (classic `z.number().int()`). */
const int = () => z.number().check(z.int());
/** A non-negative integer: offsets, counts. */
const offset = () => z.number().check(z.int(), z.nonnegative());
/** A positive integer: lines, columns, versions. */
const positiveInt = () => z.number().check(z.int(), z.positive());
/** A number in [0, 1]: confidences, scores. */
const unit = () => z.number().check(z.minimum(0), z.maximum(1));

/** Which field of a paper a span points into. */
export const FieldSchema = z.enum(['title', 'abstract', 'comments', 'summary', 'section', 'links', 'text']);

/**
 * Where a mention stands: `paper[field].slice(start, end)` (UTF-16 code units).
 * For `extract*(text)` the field is `text` and the offsets are into the text given.
 */
export const SpanSchema = z.object({
  field: FieldSchema,
  start: offset(),
  end: offset(),
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
  confidence: unit(),
  /** Where it was written; absent for links from a structured field. */
  span: z.optional(SpanSchema),
  /** The label of a markdown link (`[code](...)`), where there was one. */
  label: z.optional(z.string()),
  /** `org/name` for Hugging Face models, datasets and Spaces; `owner/repo` for code hosts. */
  repo: z.optional(z.string()),
});

export const DatasetMentionSchema = z.object({
  /** Canonical name from the gazetteer, or the name as written for a dataset found from context. */
  name: z.string(),
  /** The first mention as written. */
  mention: z.string(),
  /** A variant written next to the name: `64x64`, `1K`, `Split`. */
  variant: z.optional(z.string()),
  /** `gazetteer` when the name is listed, `context` when found from its wording alone. */
  source: z.enum(['gazetteer', 'context']),
  spans: z.array(SpanSchema),
});

export const MetricSchema = z.object({
  /** What is measured, canonical where the lexicon knows it. */
  name: z.string(),
  value: z.number(),
  unit: z.nullable(z.string()),
  dataset: z.nullable(z.string()),
  /** For a change: increase or decrease; for a score: whether higher is better is in `higherIsBetter`. */
  direction: z.nullable(z.enum(['increase', 'decrease'])),
  relation: z.enum(['absolute', 'relative-change', 'points-change']),
  qualifier: z.nullable(z.string()),
  higherIsBetter: z.nullable(z.boolean()),
  /** The shortest phrase holding the number and its measure. */
  text: z.string(),
  span: SpanSchema,
});

export const TopicEvidenceSchema = z.object({
  term: z.string(),
  field: FieldSchema,
  start: offset(),
  end: offset(),
  weight: z.number(),
});

export const TopicTagSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: unit(),
  evidence: z.array(TopicEvidenceSchema),
  /** True when the tag is listed only because a child topic implies it. */
  implied: z.optional(z.boolean()),
});

export const PaperDateSchema = z.object({
  /** As written. */
  text: z.string(),
  year: z.optional(int()),
  month: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(12))),
  day: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(31))),
  /** ISO 8601 where the full date (and time) is known, with the time zone as written. */
  iso: z.optional(z.string()),
});

export const VenueSchema = z.object({
  name: z.string(),
  year: z.nullable(int()),
  status: z.enum(['accepted', 'published', 'submitted', 'workshop', 'unknown']),
  text: z.string(),
});

export const CodeStatusSchema = z.object({
  status: z.enum(['available', 'promised', 'none']),
  url: z.optional(z.string()),
  /** Placeholders or anonymous-review hosts seen instead of a usable address. */
  placeholders: z.optional(z.array(z.string())),
});

export const SourceSchema = z.object({
  format: z.string(),
  /** Offsets of the entry in the raw input (UTF-16 code units). */
  start: offset(),
  end: offset(),
  line: z.optional(positiveInt()),
});

export const ProvenanceSchema = z.object({
  /** Index of the feed (argument of mergeFeeds) the value came from. */
  feed: offset(),
  format: z.string(),
});

export const PaperSchema = z.object({
  /** The arXiv id when known, else the DOI, else a slug of the title. */
  id: z.string(),
  title: z.string(),
  abstract: z.optional(z.string()),
  summary: z.optional(z.string()),
  /** Authors as the feed writes them (LaTeX accents included). */
  authors: z.array(z.string()),
  /** Authors for display, LaTeX accents turned into Unicode; present only where it differs. */
  authorsDisplay: z.optional(z.array(z.string())),
  affiliations: z.optional(z.array(z.string())),
  date: z.optional(PaperDateSchema),
  dates: z.optional(z.object({ submitted: z.optional(PaperDateSchema), updated: z.optional(PaperDateSchema), announced: z.optional(PaperDateSchema) })),
  arxivId: z.optional(z.string()),
  arxivVersion: z.optional(positiveInt()),
  doi: z.optional(z.string()),
  categories: z.optional(z.array(z.string())),
  comments: z.optional(z.string()),
  journalRef: z.optional(z.string()),
  venue: z.optional(VenueSchema),
  announceType: z.optional(z.enum(['new', 'cross', 'replace', 'replace-cross'])),
  /** Section headings a list entry sits under, outermost first. */
  sections: z.optional(z.array(z.string())),
  urls: z.array(LinkSchema),
  datasets: z.array(DatasetMentionSchema),
  metrics: z.array(MetricSchema),
  topics: z.array(TopicTagSchema),
  code: CodeStatusSchema,
  source: z.optional(SourceSchema),
  /** After mergeFeeds: which feed each field's value came from. */
  provenance: z.optional(z.record(z.string(), ProvenanceSchema)),
  /** After mergeFeeds: the records merged into this one. */
  mergedFrom: z.optional(
    z.array(
      z.extend(ProvenanceSchema, {
        id: z.string(),
        arxivVersion: z.optional(positiveInt()),
        start: z.optional(offset()),
        end: z.optional(offset()),
      }),
    ),
  ),
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
    'HTML_PAGE',
  ]),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  /** 1-based line and column of the start in the raw input. */
  line: positiveInt(),
  column: positiveInt(),
  start: offset(),
  end: offset(),
});

export const FeedStatsSchema = z.object({
  entries: offset(),
  papers: offset(),
  duplicatesMerged: offset(),
  /** What the feed itself announces (`showing 3 of 3 entries`, `opensearch:totalResults`). */
  announced: z.optional(offset()),
  truncated: z.boolean(),
  inputLength: offset(),
});

export const FeedResultSchema = z.object({
  format: z.string(),
  confidence: unit(),
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
