import { describe, expect, it } from 'vitest';
import { emailBlocks, isProse } from './email-prose';

describe('isProse', () => {
  it('accepts ordinary sentences and rejects addresses, code and shouting', () => {
    expect(isProse("I'd prefer not to write a script myself, but I'll try.", 8)).toBe(true);
    expect(isProse('See http://www.linux.ie/mailman/listinfo/ilug for more information today', 8)).toBe(
      false,
    );
    expect(isProse('if ($range =~ /^\\d+$/) { print $x; } else { die "bad range here"; }', 8)).toBe(false);
    expect(isProse('CLICK HERE NOW TO CLAIM YOUR FREE PRIZE BEFORE IT IS GONE', 8)).toBe(false);
    expect(isProse('Too short to count.', 8)).toBe(false);
  });
});

describe('emailBlocks', () => {
  it('keeps the writer’s paragraphs and lists, not quoted replies, attributions or what follows a signature', () => {
    const body = [
      'On Monday, Ann wrote:',
      '> a quoted line that is not the writer’s own prose at all',
      '',
      'I have tried the new build on two machines and it works well on both of them.',
      '',
      '- first item here',
      '- second item here',
      '',
      '-- ',
      'A signature line that is long enough to look like a sentence of prose.',
    ].join('\n');
    expect(emailBlocks(body)).toEqual([
      {
        kind: 'paragraph',
        text: 'I have tried the new build on two machines and it works well on both of them.',
      },
      { kind: 'list-item', text: 'first item here' },
      { kind: 'list-item', text: 'second item here' },
    ]);
  });
});
