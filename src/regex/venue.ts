/** Regexes for venues and code-release statements. Linear: bounded repeats, alternations of literals. */
/** A year next to a venue: `2023`, `'23`, `’23`. */
export const RE_VENUE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)|['’](\d{2})(?!\d)/;
/** Words naming code or artifacts. */
export const RE_CODE_WORD = /\b(?:code|codes|codebase|implementation|source|models?|weights|checkpoints?|repository|repo|github|toolkit|library)\b/i;
/** Phrases that promise something later (checked in a sentence that names code). */
export const RE_FUTURE_RELEASE =
  /\b(?:will|shall|would|to) be (?:made )?(?:publicly |freely |fully )?(?:open[- ]?sourced?|released|available|public|open|shared|accessible)|\b(?:coming soon|upon (?:acceptance|publication|request)|after (?:acceptance|publication|the review))|\b(?:we|authors) (?:will|plan to|intend to) (?:publicly )?(?:release|open[- ]?source|share|publish|make)\b/i;
/** Placeholders that stand where an address was removed or hidden. */
export const RE_URL_PLACEHOLDER =
  /\bthis (?:https?|ftp) URL\b|\[(?:link|url|code|github|repo|anonymous|anonymized|anonymised|hidden|removed)(?: (?:link|url|repo))?\]|\bthis URL\b|\banonymi[sz]ed (?:link|url|repository|repo)\b|<(?:url|link)>/gi;
/**
 * One scan for both: group 1 is a promise (RE_FUTURE_RELEASE), a match without it a
 * placeholder. Their matches start with different words and never hold each other's.
 */
export const RE_CODE_SCAN = new RegExp(`(${RE_FUTURE_RELEASE.source})|${RE_URL_PLACEHOLDER.source}`, 'gi');
