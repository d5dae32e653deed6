import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

// Every window width from 800 px up, in 20 px steps: the search box was squeezed to 30-142 px between 1,060 and
// 1,180 px, where the toolbar still fitted on the first line beside it.
const WIDTHS = Array.from({ length: (1920 - 800) / 20 + 1 }, (_, i) => 800 + i * 20);

test('the search box keeps at least 240 px and the top bar stays whole at every width from 800 px', async ({
  app,
}) => {
  const page = app.page;
  await new LibraryPage(page).ready();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const layout = await page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('.topbar')!;
      const search = document
        .querySelector<HTMLElement>('[data-testid="search-input"]')!
        .getBoundingClientRect();
      const overlaps = Array.from(bar.querySelectorAll<HTMLElement>('.toolbar button, .brand')).filter(
        (el) => {
          const r = el.getBoundingClientRect();
          return (
            r.left < search.right && r.right > search.left && r.top < search.bottom && r.bottom > search.top
          );
        },
      );
      return {
        search: search.width,
        overflows: bar.scrollWidth > bar.clientWidth || document.documentElement.scrollWidth > innerWidth,
        overlaps: overlaps.map((el) => el.textContent),
      };
    });
    expect(layout, `at ${width} px`).toEqual({ search: expect.any(Number), overflows: false, overlaps: [] });
    expect(layout.search, `search box width at ${width} px`).toBeGreaterThanOrEqual(240);
  }
});
