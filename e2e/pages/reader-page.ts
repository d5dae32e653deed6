import type { Locator, Page } from '@playwright/test';

/** Colours offered by the highlight toolbar. */
export type Colour = 'yellow' | 'green' | 'blue' | 'pink' | 'purple' | 'orange';

/** The reader: the article text, its highlights, the find bar and the notes sidebar. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  /** The article's title heading. */
  get title(): Locator {
    return this.page.getByTestId('article-title');
  }

  /** The article text. */
  get body(): Locator {
    return this.page.getByTestId('article-body');
  }

  /** Highlights painted in the text (one element per painted segment). */
  get highlights(): Locator {
    return this.body.locator('mark.hl');
  }

  /** Search hits painted in the text when the article was opened from a search. */
  get searchHits(): Locator {
    return this.body.locator('mark.hit-search');
  }

  /** The notes sidebar's cards, in the order shown. */
  get cards(): Locator {
    return this.page.getByTestId('annotation-card');
  }

  /** Selects the first occurrence of `phrase` in the article text, as a user dragging over it would. */
  async select(phrase: string, occurrence = 0): Promise<void> {
    const found = await this.body.evaluate(
      (root, [wanted, nth]) => {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        // Text nodes within one block are contiguous; blocks are joined so phrases never span blocks by accident.
        let all = '';
        const starts: number[] = [];
        for (const node of nodes) {
          starts.push(all.length);
          all += node.data;
        }
        let at = -1;
        for (let i = 0; i <= nth; i++) at = all.indexOf(wanted, at + 1);
        if (at < 0) return false;
        const locate = (offset: number, isEnd: boolean): [Text, number] => {
          for (let i = nodes.length - 1; i >= 0; i--) {
            const start = starts[i] ?? 0;
            if (isEnd ? start < offset : start <= offset) return [nodes[i] as Text, offset - start];
          }
          return [nodes[0] as Text, 0];
        };
        const range = document.createRange();
        // A user selects what is on screen: bring the passage into view first, as scrolling to it would.
        locate(at, false)[0].parentElement?.scrollIntoView({ block: 'center' });
        range.setStart(...locate(at, false));
        range.setEnd(...locate(at + wanted.length, true));
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return true;
      },
      [phrase, occurrence] as const,
    );
    if (!found) throw new Error(`"${phrase}" is not in the article text`);
    await this.page.getByTestId('selection-toolbar').waitFor();
  }

  /** Selects a phrase and highlights it in a colour; returns once its card is in the sidebar. */
  async highlight(phrase: string, colour: Colour = 'yellow'): Promise<void> {
    const before = await this.cards.count();
    await this.select(phrase);
    await this.page.getByTestId(`highlight-${colour}`).click();
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="annotation-card"]').length > n,
      before,
    );
  }

  /** The sidebar card whose quote is exactly `phrase`. */
  card(phrase: string): Locator {
    return this.cards.filter({ has: this.page.locator('.note-quote', { hasText: phrase }) });
  }

  /** Opens a card's editor, sets note and tags (and colour), and saves. */
  async editAnnotation(
    phrase: string,
    change: { note?: string; tags?: string; colour?: Colour },
  ): Promise<void> {
    const card = this.card(phrase);
    await card.getByTestId('edit-annotation').click();
    const editor = this.page.getByTestId('annotation-editor');
    if (change.colour) await editor.getByTestId(`edit-color-${change.colour}`).click();
    if (change.note !== undefined) await editor.getByTestId('note-input').fill(change.note);
    if (change.tags !== undefined) await editor.getByTestId('tags-input').fill(change.tags);
    await editor.getByTestId('save-annotation').click();
    await editor.waitFor({ state: 'detached' });
  }

  /** Text of every highlight in document order, joining the segments of each highlight. */
  async highlightedTexts(): Promise<string[]> {
    return this.highlights.evaluateAll((marks) => {
      const byId = new Map<string, string>();
      for (const m of marks) {
        const id = m.getAttribute('data-annotation-id') ?? '';
        byId.set(id, (byId.get(id) ?? '') + (m.textContent ?? ''));
      }
      return [...byId.values()];
    });
  }

  /**
   * Goes back to the library or results, with the keyboard, and waits until the list is back in place: the app
   * then focuses the row of the article just left (or the view's heading).
   */
  async back(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.waitForFunction(() => {
      const focused = document.activeElement;
      return focused instanceof HTMLElement && focused.matches('main h1, main [data-article-id]');
    });
  }
}
