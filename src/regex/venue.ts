/** Regexes for venues and code-release statements. Linear: bounded repeats, alternations of literals. */
/** A year next to a venue: `2023`, `'23`, `’23`. */
export const RE_VENUE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)|['’](\d{2})(?!\d)/;
/** Phrases that promise code later. */
export const RE_CODE_PROMISED =
  /\b(?:code|codes|implementation|source code|models?|weights|repository|dataset and code|data and code)\b[^.]{0,80}?\b(?:will be|would be|shall be|to be|is going to be|are going to be)\s(?:made\s)?(?:publicly\s|open[- ]?sourced?\s|released|available|public|open)|\b(?:coming soon|upon (?:acceptance|publication)|after (?:acceptance|publication|the review))/i;
/** Placeholders that stand where an address was removed or hidden. */
export const RE_URL_PLACEHOLDER = /\bthis (?:https?|ftp) URL\b|\[(?:link|url|URL|Link)\]|\bthis URL\b/g;
