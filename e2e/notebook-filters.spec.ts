import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

for (const scheme of ['light', 'dark'] as const) {
  test(`the notebook's filter fields are styled alike and show their whole placeholder (${scheme})`, async ({
    app,
  }) => {
    const page = app.page;
    await page.emulateMedia({ colorScheme: scheme });
    await new LibraryPage(page).ready();
    await page.getByTestId('notebook-open').click();
    const filters = page.locator('.notebook-filters');
    await expect(filters).toBeVisible();
    const look = await filters.evaluate((bar) => {
      const style = (el: Element) => {
        const s = getComputedStyle(el);
        return {
          radius: s.borderRadius,
          background: s.backgroundColor,
          border: s.borderTopColor,
          font: s.fontSize,
        };
      };
      const search = bar.querySelector<HTMLInputElement>('input[type="search"]')!;
      // The placeholder's width as drawn in the field's own font.
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(search).font;
      probe.style.position = 'absolute';
      probe.style.whiteSpace = 'pre';
      probe.textContent = search.placeholder;
      document.body.append(probe);
      const placeholder = probe.getBoundingClientRect().width;
      probe.remove();
      const padding =
        parseFloat(getComputedStyle(search).paddingLeft) + parseFloat(getComputedStyle(search).paddingRight);
      return {
        select: style(bar.querySelector('select')!),
        search: style(search),
        date: style(bar.querySelector('input[type="date"]')!),
        placeholderFits: search.clientWidth - padding >= placeholder,
      };
    });
    expect(look.search).toEqual(look.select);
    expect(look.date).toEqual(look.select);
    expect(look.placeholderFits).toBe(true);
  });
}
