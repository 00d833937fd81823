// Pins the exact list of public runtime exports: adding or removing one is a decision.
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as links from '../src/links.js';

describe('public exports', () => {
  it('main entry', () => {
    expect(Object.keys(main).sort()).toMatchInlineSnapshot(`
      [
        "CodeStatusSchema",
        "DatasetMentionSchema",
        "DiagnosticSchema",
        "FeedResultSchema",
        "FeedStatsSchema",
        "LinkSchema",
        "MetricSchema",
        "PaperDateSchema",
        "PaperSchema",
        "PaperfeedError",
        "ProvenanceSchema",
        "SpanSchema",
        "TopicTagSchema",
        "VenueSchema",
        "analyzePaper",
        "arxivAbsUrl",
        "arxivIdFromUrl",
        "citationKeys",
        "classifyUrl",
        "codeStatus",
        "compileTaxonomy",
        "defaultReaders",
        "defaultTaxonomy",
        "detectFormat",
        "explainTopics",
        "extractAbbreviations",
        "extractDatasets",
        "extractIdentifiers",
        "extractMetrics",
        "extractPaperDatasets",
        "extractPaperMetrics",
        "extractUrls",
        "formats",
        "isPaperfeedError",
        "latexToUnicode",
        "mergeFeeds",
        "parseDate",
        "parseFeed",
        "parseFeedStream",
        "parseVenue",
        "streamingFormats",
        "tagTopics",
        "toBibTeX",
        "toCslJson",
        "toMarkdown",
        "urlKey",
      ]
    `);
  });
  it('paperfeed/links holds only the link and identifier extractors', () => {
    expect(Object.keys(links).sort()).toEqual(['arxivAbsUrl', 'arxivIdFromUrl', 'classifyUrl', 'extractIdentifiers', 'extractUrls', 'urlKey']);
  });
  it('every function export is a function, every schema parses', () => {
    for (const [k, v] of Object.entries(main)) {
      if (k.endsWith('Schema')) expect(typeof (v as { safeParse?: unknown }).safeParse).toBe('function');
    }
  });
});
