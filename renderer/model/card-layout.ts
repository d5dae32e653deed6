/** One card to lay out: where its passage starts (null for a card with no passage on the page) and its height. */
export interface CardSlot {
  anchor: number | null;
  height: number;
}

/** Space kept between two cards, in pixels. */
export const CARD_GAP = 10;

/**
 * The top of each card, in list order, so each sits level with its passage: a card whose passage is higher up
 * than the previous card's bottom is pushed down below it (never overlapping), and a card with no passage
 * follows the previous one. Returns the tops and the height the list needs.
 */
export function layoutCards(slots: readonly CardSlot[]): { tops: number[]; height: number } {
  const tops: number[] = [];
  let bottom = -CARD_GAP;
  for (const slot of slots) {
    const earliest = bottom + CARD_GAP;
    const top = slot.anchor === null ? earliest : Math.max(earliest, slot.anchor);
    tops.push(top);
    bottom = top + slot.height;
  }
  return { tops, height: Math.max(0, bottom) };
}
