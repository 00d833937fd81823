/** Regexes that find entry boundaries in a stream: one per format whose entries stand alone. Each is a literal alternation, linear. */
/** The end of an arXiv digest entry: its dashed separator line. */
export const RE_STREAM_DIGEST_CUT = /\n-{20,200}[ \t]{0,10}\r?\n/g;
/** The start of an arXiv listing entry: an `[N]` marker line. */
export const RE_STREAM_LISTING_CUT = /\n[ \t]{0,20}\[\d{1,6}\][ \t]{0,20}\r?\n/g;
/** The end of an Atom entry. */
export const RE_STREAM_ATOM_CUT = /<\/(?:atom:)?entry\s{0,20}>/g;
/** The end of an RSS item. */
export const RE_STREAM_RSS_CUT = /<\/(?:rss:)?item\s{0,20}>/g;
