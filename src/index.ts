/**
 * paperfeed: raw text of machine-learning paper feeds in, typed paper records out.
 * Named exports only; the work lives in the modules re-exported here.
 */
export { parseFeed, type ParseFeedOptions } from './parse.js';
export { parseFeedStream, streamingFormats, type FeedStreamSource } from './stream.js';
export { analyzePaper, type PaperInput, type AnalyzeOptions } from './analyze.js';
export { detectFormat, defaultReaders, formats, type DetectedFormat } from './feeds/registry.js';
export type { FeedReader, RawEntry, EntryLink, ReaderContext, ReaderResult } from './feeds/types.js';
export { extractUrls, type ExtractUrlsOptions } from './extract/links.js';
export { classifyUrl, urlKey, arxivIdFromUrl } from './extract/url-kind.js';
export { extractIdentifiers, arxivAbsUrl, type ArxivMention, type DoiMention, type Identifiers } from './extract/identifiers.js';
export { extractDatasets, extractPaperDatasets, type ExtractDatasetsOptions } from './extract/datasets.js';
export { extractMetrics, extractPaperMetrics, type ExtractMetricsOptions, type ExtractPaperMetricsOptions } from './extract/metrics.js';
export { parseVenue } from './extract/venue.js';
export { mergeFeeds, type MergedPaper, type Provenance } from './merge.js';
export { toBibTeX, toCslJson, toMarkdown, citationKeys, type CslItem, type ToMarkdownOptions } from './export/index.js';
export { codeStatus } from './extract/code.js';
export { parseDate } from './lib/dates.js';
export { latexToUnicode } from './lib/latex.js';
export { tagTopics, explainTopics, extractAbbreviations, compileTaxonomy, defaultTaxonomy } from './topics/index.js';
export type { TagTopicsOptions, TopicDefinition, Taxonomy, Abbreviation, TopicExplanation, TopicCandidate } from './topics/index.js';
export { PaperfeedError, isPaperfeedError, type PaperfeedErrorCode } from './errors.js';
export {
  PaperSchema,
  FeedResultSchema,
  LinkSchema,
  DatasetMentionSchema,
  MetricSchema,
  TopicTagSchema,
  DiagnosticSchema,
  SpanSchema,
  VenueSchema,
  PaperDateSchema,
  CodeStatusSchema,
  FeedStatsSchema,
  ProvenanceSchema,
  type Paper,
  type FeedResult,
  type Link,
  type LinkKind,
  type LinkRole,
  type LinkOrigin,
  type DatasetMention,
  type Metric,
  type TopicTag,
  type TopicEvidence,
  type Diagnostic,
  type DiagnosticCode,
  type Span,
  type Field,
  type Venue,
  type PaperDate,
  type CodeStatus,
  type FeedStats,
} from './schema/paper.js';
