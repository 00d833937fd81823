/**
 * Regexes for Hugging Face papers pages (plain text, markdown and text-browser
 * captures) and for the page furniture the generic reader skips. Each is
 * anchored or bounded and has no nested quantifier over overlapping classes;
 * most of the readers' work is done by scanning lines, not by these.
 */

/**
 * The HF paper page, absolute: `https://huggingface.co/papers/2606.00683`,
 * with an optional `#community` or query. Group 1 is the id, group 2 the rest.
 */
export const RE_HF_PAPER_URL = /^https?:\/\/(?:www\.)?huggingface\.co\/papers\/(\d{4}\.\d{4,5})(?:v\d{1,3})?([?#][^\s]{0,300})?\/?$/i;

/** The HF paper page, relative: `/papers/2606.00683`. Group 1 is the id. */
export const RE_HF_PAPER_PATH = /^\/papers\/(\d{4}\.\d{4,5})(?:v\d{1,3})?([?#][^\s]{0,300})?$/;

/** An upvote (log-in) link target: `https://huggingface.co/login?next=%2Fpapers%2F2606.00683`. Group 1 is the id. */
export const RE_HF_LOGIN_NEXT = /^(?:https?:\/\/(?:www\.)?huggingface\.co)?\/login\?next=%2Fpapers%2F(\d{4}\.\d{4,5})/i;

/** An arXiv abstract or PDF page: `https://arxiv.org/abs/2503.07365v2`. Group 1 is the id. */
export const RE_ARXIV_PAGE_URL = /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d{1,3})?(?:\.pdf)?\/?$/i;

/** An author-count line: `3 authors`, `- 1 authors`, `* 12 authors`, `· 7 authors`. */
export const RE_AUTHOR_COUNT = /^(?:[-*•·]\s{0,3})?(?:·\s{0,3})?\d{1,5}\s{1,3}authors?$/i;

/** An upvote or comment count on its own line: `117`, `1.2k`, `-`. */
export const RE_COUNT_LINE = /^(?:\d{1,7}|\d{1,4}(?:\.\d)?[kKmM]|[-–—])$/;

/** `Submitted by`, `Submitted by akhaliq`. Group 1 is the user. */
export const RE_SUBMITTED_BY = /^submitted\s{1,3}by(?:\s{1,3}(\S.{0,100}))?$/i;

/** `Published on Mar 13, 2025` (also `· Published on …`). Group 1 is the date text. */
export const RE_PUBLISHED_ON = /^(?:·\s{0,3})?published\s{1,3}on\s{1,3}(.{3,40})$/i;

/** A code-host star button as a label: `GitHub 131`, `GitHub 1.2k`. */
export const RE_GITHUB_STARS = /^github\s{0,3}(?:\d{1,7}|\d{1,4}(?:\.\d{1,2})?[kK])$/i;

/**
 * A line that is a code-host star button linked to its repository: `[GitHub 18.6k](https://github.com/…)`,
 * also with a converter's `LINK: ` mark (`[LINK: GitHub 283](…)`). A trending card's resource line.
 */
export const RE_STAR_LINK_LINE = /^\[(?:link:\s{0,3})?github\s{0,3}(?:\d{1,7}|\d{1,4}(?:\.\d{1,2})?[kK])\]\(https?:\/\//i;

/** A reference-style link target: `[32]: https://…` (html2text), with an optional title. Group 1 is the number, group 2 the address. */
export const RE_REF_TARGET = /^\s{0,8}\[(\d{1,6})\]:\s{0,8}(\S{1,4000})(?:\s{1,8}\S.{0,300})?$/;

/** A numbered reference in a lynx-style `References` list: `  32. https://…`. */
export const RE_NUMBERED_REF = /^\s{0,8}(\d{1,6})\.\s{1,8}((?:https?|ftp):\/\/\S{1,4000})$/i;

/** A reference-style link closing a line: `…][33]` (trailing spaces allowed). Group 1 is the number. */
export const RE_REF_CLOSE = /\]\[(\d{1,6})\]\s{0,8}$/;

/** A capture header field at the top of a text-browser capture: `URL: …`, `Title: …`, `Captured: …`. */
export const RE_CAPTURE_HEADER = /^(?:#\s{1,3})?(?:url(?: source)?|title|captured|fetched|retrieved|date|source|published time|markdown content|browser|width|user-agent|status|status ?code)\s{0,3}:/i;

/** A line break: CRLF, CR or LF. For splitting a block's text into lines. */
export const RE_LINE_BREAK = /\r\n?|\n/;

/** An author line's field label (`Authors:`, `Author(s):`, `By:`), anchored at the line start. */
export const RE_AUTHOR_LABEL = /^(?:authors?|author\(s\)|by)\s{0,3}[:：]\s{0,3}/i;

/**
 * Marks before a pasted title that are no part of it: a markdown heading (`### `), a
 * bullet (`- `, `* `, `• `), or an arXiv id (`arXiv:2401.01234v2 `, group 1 the id, group 2
 * the version). Anchored at the start.
 */
export const RE_TITLE_LEAD = /^(?:#{1,6}[ \t]{1,4}|[-*•][ \t]{1,4}|arxiv[ \t]{0,2}:[ \t]{0,2}(\d{4}\.\d{4,5})(?:v(\d{1,3}))?[ \t]{1,4}(?:[-–—:|][ \t]{1,4})?)(?=\S)/i;

/** An enumeration before a title in a pasted list: `1. `, `12) `, `[3] `, `(4) `. */
export const RE_ENUM_PREFIX = /^(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\))[ \t]{1,4}(?=\S)/;

/** The emphasis marks that close a bold label before its value (`**👥 Authors:** A, B`). */
export const RE_EMPHASIS_LEAD = /^[*_]{1,4}/;

/** Separators of a written author list: `,`, `;`, ` and `. */
export const RE_NAME_SEPARATOR = /,|;| and /;
