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
