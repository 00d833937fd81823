/** Regexes for general text handling. */
export const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/**
 * White space to fold: a run of two or more, or one that is not a plain space (JS `\s`
 * covers NBSP, the Unicode spaces, line separators and BOM). Single spaces between
 * words are not matched, so folding prose is cheap.
 */
export const RE_WHITESPACE_RUN = /\s{2,}|[^\S ]/g;
/** White space a folded string cannot hold: any but a space, or two spaces. */
export const RE_UNFOLDED_SPACE = /[^\S ]| {2}/;
/** Pure ASCII (NFKC leaves it as it is). */
export const RE_ASCII = /^[\x00-\x7f]*$/;
/** Anything but an ASCII lower-case letter or digit. */
export const RE_NOT_ALNUM_LOWER = /[^a-z0-9]+/g;
/** A browser's print header on a page printed to PDF: `9/9/26, 10:14 AM` then the page title. */
export const RE_PRINT_HEADER = /^\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?:[ \t]|$)/;
/** A print footer: a page counter (`3/9`, `Page 3 of 9`, `- 3 -`), after the page's address or alone. */
export const RE_PRINT_FOOTER = /^(?:https?:\/\/[^\s]{1,300}[ \t]{1,40})?(?:\d{1,4}[ \t]{0,2}\/[ \t]{0,2}\d{1,4}|Page \d{1,4}(?: of \d{1,4})?|- ?\d{1,4} ?-)$/i;
/** A record marker line of a digest bot (`论文 1：`, `Paper 12:`, `논문 3`), heading marks stripped. */
export const RE_RECORD_MARKER = /^(?:paper|论文|論文|논문|文章|article)[ \t]{0,2}#?\d{1,4}[ \t]{0,2}[:：.]?$/i;
