/** Regexes for JSON paper feeds (`src/feeds/json.ts`). Anchored or bounded; none backtracks super-linearly. */

/** An arXiv id as a JSON field holds it: `2306.05480`, `arXiv:2306.05480v2`, `hep-th/9901001`. Group 1 the id, group 2 the version. */
export const RE_JSON_ARXIV_ID = /^(?:arxiv:[ \t]{0,2})?(\d{4}\.\d{4,5}|[a-z][a-z.-]{1,20}\/\d{7})(?:v(\d{1,3}))?$/i;
/** An arXiv abstract or PDF address inside a field; group 1 the id, group 2 the version. */
export const RE_JSON_ARXIV_URL = /arxiv\.org\/(?:abs|pdf|html)\/(\d{4}\.\d{4,5}|[a-z][a-z.-]{1,20}\/\d{7})(?:v(\d{1,3}))?/i;
/** A web address as a whole field value. */
export const RE_JSON_WEB_URL = /^(?:https?:\/\/|www\.)[^\s]{1,4000}$/i;
/** A DOI as a field holds it (`10.1145/123`, `https://doi.org/10.1145/123`); group 1 the DOI. */
export const RE_JSON_DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:[ \t]{0,2})?(10\.\d{4,9}\/[^\s]{1,300})$/i;
/** The offset V8 reports for a JSON syntax error. */
export const RE_JSON_ERROR_POSITION = /\bposition (\d{1,12})/;
/** `(line 3 column 5)` in newer V8 messages. */
export const RE_JSON_ERROR_LINE_COL = /\bline (\d{1,9}) column (\d{1,9})/;
/** Separators of a category string: `cs.CL cs.AI`, `cs.CL, cs.AI`. */
export const RE_JSON_CATEGORY_SEPARATOR = /[\s,;]{1,20}/;
/** A four-digit year as a whole value. */
export const RE_JSON_YEAR = /^(?:1[89]|20)\d{2}$/;
/** A character after `[` that starts a JSON value (not `[![badge]` or `[Title](url)`). */
export const RE_JSON_VALUE_START = /^[{["\]\d-]|^(?:true|false|null)\b/;
/** A markup tag in a text field: `<jats:p>`, `</p>`, `<i>`, `<br/>`, `<sup>`. Starts with a letter or `/`, bounded. */
export const RE_JSON_MARKUP_TAG = /<\/?[a-z][a-z0-9:-]{0,20}(?:\s[^<>]{0,200})?\/?>/gi;
/** The Hugging Face `AI-generated summary` label between a page's short summary and the abstract (in a body field). */
export const RE_JSON_AI_SUMMARY_LABEL = /(?:^|\s)AI-generated summary(?:\s|$)/;
