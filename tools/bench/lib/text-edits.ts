import type { TextRange } from '../../../archive/core/articles/text-range';

/** A passage followed through edits: where it is now, or null once every character of it was deleted. */
export interface TrackedPassage {
  range: TextRange | null;
}

/**
 * Applies `count` random one-character edits (insertions, deletions and substitutions in equal shares, at
 * uniformly random places) to `text`, moving each tracked passage as the edits move its characters, and returns
 * the edited text. `random` gives numbers in [0, 1), so a seeded generator makes the run repeatable.
 */
export function editRandomly(
  text: string,
  count: number,
  random: () => number,
  passages: readonly TrackedPassage[],
): string {
  const chars = [...text.split('')];
  const letters = 'etaoinshrdlu ,.';
  for (let n = 0; n < count && chars.length > 0; n++) {
    const kind = Math.floor(random() * 3);
    const at = Math.floor(random() * chars.length);
    const letter = letters[Math.floor(random() * letters.length)]!;
    if (kind === 0) {
      chars.splice(at, 0, letter);
      for (const p of passages) {
        if (p.range === null) continue;
        // An insertion at the passage's first character goes before it; one inside it widens it.
        if (at <= p.range.start) p.range = { start: p.range.start + 1, end: p.range.end + 1 };
        else if (at < p.range.end) p.range = { start: p.range.start, end: p.range.end + 1 };
      }
    } else if (kind === 1) {
      chars.splice(at, 1);
      for (const p of passages) {
        if (p.range === null) continue;
        if (at < p.range.start) p.range = { start: p.range.start - 1, end: p.range.end - 1 };
        else if (at < p.range.end)
          p.range = p.range.end - 1 > p.range.start ? { ...p.range, end: p.range.end - 1 } : null;
      }
    } else {
      chars[at] = letter;
    }
  }
  return chars.join('');
}

/** How much two ranges overlap: the shared length over the length of their union (0 to 1). */
export function overlap(a: TextRange, b: TextRange): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : shared / union;
}
