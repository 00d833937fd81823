/** Exports of paper records: BibTeX, CSL-JSON and a markdown digest. Pure string work, no zod. */
export { toBibTeX, escapeLatex } from './bibtex.js';
export { toCslJson, type CslItem, type CslName } from './csl.js';
export { toMarkdown, escapeMarkdown, type ToMarkdownOptions } from './markdown.js';
export { citationKeys } from './common.js';
export { splitName, type NameParts } from './names.js';
