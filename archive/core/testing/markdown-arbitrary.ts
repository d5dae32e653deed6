import fc from 'fast-check';

/** Notes built from the pieces that break documents: fences, rules, YAML, HTML, line endings and emoji. */
export const hazardousNote = fc
  .array(
    fc.constantFrom(
      '```',
      '````js',
      '~~~',
      '---',
      '===',
      '# ',
      '## Heading',
      '<!--',
      '<script>',
      '<pre>',
      '<div>',
      '%%',
      '$$',
      'title: x',
      'key: [a, {b}]',
      '> ',
      '- ',
      '**bold**',
      '[[Link]]',
      '#tag',
      '😀',
      'text',
      ' ',
      '\n',
      '\r\n',
      '\n\n',
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** The text a browser would show for CommonMark's HTML: tags dropped, line breaks kept, entities decoded. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<br \/>\n?/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}
