/**
 * The names of the languages a file lists ("fra,eng" as "French, English"), in English like the rest of the app;
 * a code the browser cannot name is shown as written, so nothing the file says is lost.
 */
export function languageNames(tags: string | undefined): string | undefined {
  if (tags === undefined || tags.trim() === '') return undefined;
  const names = new Intl.DisplayNames('en', { type: 'language', fallback: 'code' });
  return tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
    .map((tag) => {
      try {
        return names.of(tag) ?? tag;
      } catch {
        // Not a well-formed language tag (a hostile or careless file): shown as written.
        return tag;
      }
    })
    .join(', ');
}
