import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from './slug';

const SLUG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

describe('slugify', () => {
  it('drops typographic apostrophes instead of splitting the word', () => {
    expect(slugify('We’re not a data company, we just make drones: DJI')).toBe(
      'were-not-a-data-company-we-just-make-drones-dji',
    );
    expect(slugify("DJI's official response")).toBe('djis-official-response');
  });

  it('keeps initialisms such as U.S. together', () => {
    expect(slugify('DJI responds to drone order from the U.S. Department of Interior')).toBe(
      'dji-responds-to-drone-order-from-the-us-department-of-interior',
    );
  });

  it('turns accented letters into plain ASCII and other symbols into single hyphens', () => {
    expect(slugify('  Café Zürich — Amazon… by invitation!  ')).toBe('cafe-zurich-amazon-by-invitation');
  });

  it('cuts a long headline at the last whole word within the limit', () => {
    const title =
      'Kivu’s report on DJI’s UAV Data Transmission and Storage practices – Are DJI drones really spying for China?';
    expect(slugify(title)).toBe(
      'kivus-report-on-djis-uav-data-transmission-and-storage-practices-are-dji-drones',
    );
    expect(slugify(title).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  it('hard-cuts a single word longer than the limit', () => {
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });

  it('returns an empty slug when nothing in the title is a letter or digit', () => {
    expect(slugify('… — ’!?')).toBe('');
  });

  it('always yields lowercase ASCII words joined by single hyphens, within the length limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (title) => {
        const slug = slugify(title);
        expect(slug).toMatch(SLUG);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });

  it('keeps the leading whole words of an ASCII title, in order', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (words) => {
        const full = words.join('-');
        const slug = slugify(words.join(' '));
        if (full.length <= MAX_SLUG_LENGTH) expect(slug).toBe(full);
        else expect(`${full}-`.startsWith(`${slug}-`)).toBe(true);
      }),
    );
  });

  it('keeps letters of every script for file names when asked, cut by code points', () => {
    expect(slugify('أمن بيانات الطائرات: DJI', { keep: 'letters' })).toBe('أمن-بيانات-الطائرات-dji');
    expect(slugify('无人机 数据', { keep: 'letters' })).toBe('无人机-数据');
    expect(slugify('𝒜𝒜𝒜 b', { keep: 'letters', maxLength: 2 })).toBe('𝒜𝒜');
    expect(slugify('Café', { keep: 'letters' })).toBe('café');
  });
});
