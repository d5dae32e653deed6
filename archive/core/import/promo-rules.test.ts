import { describe, expect, it } from 'vitest';
import { parseHtmlFile } from './html-format';
import { PROMO_RULES } from './promo-rules';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the audit: the packets were captured for forty hours and compared with the expected destinations, and none went anywhere unexpected.</p>`;

function pageWith(...inserts: string[]): string {
  return `<!doctype html><html><head><title>Audit</title></head><body><article><h1>Audit</h1>
${paragraph(1)}${inserts[0] ?? ''}${paragraph(2)}${inserts[1] ?? ''}${paragraph(3)}${inserts[2] ?? ''}${paragraph(4)}
</article></body></html>`;
}

const text = (html: string): string =>
  parseHtmlFile(html, 'page.html')
    .blocks.map((b) => b.text)
    .join('\n');

describe('promotion rules', () => {
  it('each say why they exist', () => {
    for (const rule of PROMO_RULES) expect(rule.why.length).toBeGreaterThan(30);
  });

  it('remove ad slots, newsletter boxes and share bars named as such', () => {
    const html = pageWith(
      '<div class="ad-slot"><p>Buy the new X9 drone today, now with twice the range of any other drone.</p></div>',
      '<section id="newsletterBox"><h3>Stay informed</h3><p>Get the week in drones in your inbox, every Friday.</p></section>',
      '<div class="share_bar"><p>Share on Facebook · Share on X · Email this story to a friend</p></div>',
    );
    const kept = text(html);
    expect(kept).not.toMatch(/X9|inbox|Share on/);
    for (let n = 1; n <= 4; n++) expect(kept).toContain(`Paragraph ${n} of the audit`);
  });

  it('remove unnamed blocks that label themselves as paid, or pitch a newsletter', () => {
    const html = pageWith(
      '<div><span>Sponsored</span><p>This drone insurance covers every flight you will ever take.</p></div>',
      '<aside><p>Advertisement</p><p>Cheap batteries for every drone, delivered tomorrow.</p></aside>',
      '<div><p>Sign up for our free newsletter and never miss a drone story again.</p></div>',
    );
    expect(text(html)).not.toMatch(/insurance|batteries|never miss/);
  });

  it('keep the article’s own words that merely mention sponsors, ads or sharing', () => {
    const own =
      '<p>Sponsored posts now make up a fifth of drone coverage, the audit notes, and advertisement budgets grew.</p>' +
      '<p>Shared data never left the phone.</p>';
    const kept = text(pageWith(own));
    expect(kept).toContain('Sponsored posts now make up a fifth of drone coverage');
    expect(kept).toContain('Shared data never left the phone.');
  });
});
