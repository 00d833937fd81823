/** Regexes for venues and code-release statements. Linear: bounded repeats, alternations of literals. */
/** A year next to a venue: `2023`, `'23`, `’23`. */
export const RE_VENUE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)|['’](\d{2})(?!\d)/;
/** Words naming code or artifacts. */
export const RE_CODE_WORD = /\b(?:code|codes|implementation|source|models?|weights|checkpoints?|repository|toolkit|library)\b/i;
/** Phrases that promise something later (checked in a sentence that names code). */
export const RE_FUTURE_RELEASE =
  /\b(?:will|shall|would|to) be (?:made )?(?:publicly |freely )?(?:open[- ]?sourced?|released|available|public|open|shared)|\b(?:coming soon|upon (?:acceptance|publication|request)|after (?:acceptance|publication|the review))/i;
/** Placeholders that stand where an address was removed or hidden. */
export const RE_URL_PLACEHOLDER = /\bthis (?:https?|ftp) URL\b|\[(?:link|url|URL|Link)\]|\bthis URL\b/g;
