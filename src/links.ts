/**
 * `paperfeed/links`: the link and identifier extractors alone, for bundles that
 * need nothing else (no zod, no compromise, no remark on this path).
 */
export { extractUrls, type ExtractUrlsOptions } from './extract/links.js';
export { classifyUrl, urlKey, arxivIdFromUrl } from './extract/url-kind.js';
export { extractIdentifiers, arxivAbsUrl, type ArxivMention, type DoiMention, type Identifiers } from './extract/identifiers.js';
