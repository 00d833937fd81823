/**
 * Regexes used around the XML tokenizer (`src/feeds/xml.ts`). The tokenizer
 * itself scans characters; these only check short, isolated pieces.
 */

/** A named or numeric entity body (between `&` and `;`): `amp`, `#38`, `#x26`. */
export const RE_XML_ENTITY = /^(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31})$/;

/** An XML name: `entry`, `arxiv:primary_category`, `opensearch:totalResults`. */
export const RE_XML_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,200}$/;

/** The Atom namespace declaration. */
export const RE_ATOM_NAMESPACE = /xmlns(?::[A-Za-z0-9_-]{1,40})?\s{0,4}=\s{0,4}["']http:\/\/www\.w3\.org\/2005\/Atom["']/;

/** The RSS 1.0 namespace declaration. */
export const RE_RSS1_NAMESPACE = /["']http:\/\/purl\.org\/rss\/1\.0\/["']/;
