import type { Article } from './article';
import { CaptureFormatError } from './capture-error';
import { normalizeSpace, splitParagraphs } from './capture-text';
import { slugify } from './slug';

/** Publication name recorded on every article taken from a DroneDJ listing. */
export const DRONEDJ_SOURCE = 'DroneDJ';

// The listing's "read more" widget; captured either on one line or as three, it always ends a story.
const STORY_END = 'Expand Expanding Close';
// Site navigation above the first story; only stripped there, since a story could mention the same words.
const PAGE_CHROME = new Set(['Skip to main content', 'Data Security', 'See All Stories']);
// Image alt texts are headline-sized; an excerpt paragraph is much longer, so length tells them apart.
const MAX_ALT_TEXT_LENGTH = 160;

/**
 * Parses a captured DroneDJ story listing into one article per story (title plus excerpt paragraphs),
 * leaving out page chrome, image alt texts and the Expand/Close widget; throws CaptureFormatError if the
 * text does not look like a listing.
 */
export function parseDroneDjListing(raw: string): Article[] {
  const stories: string[][] = [];
  let current: string[] = [];
  for (const lines of splitParagraphs(raw)) {
    const text = normalizeSpace(lines.join(' '));
    if (text === STORY_END) {
      stories.push(current);
      current = [];
    } else if (!(stories.length === 0 && current.length === 0 && PAGE_CHROME.has(text))) {
      current.push(text);
    }
  }
  if (current.length > 0) {
    throw new CaptureFormatError(`DroneDJ listing: text after the last "${STORY_END}": "${current[0]}"`);
  }
  if (stories.length === 0) throw new CaptureFormatError(`DroneDJ listing: no stories ending "${STORY_END}"`);
  return stories.map(storyToArticle);
}

function storyToArticle(paragraphs: string[], index: number): Article {
  const [title, ...rest] = paragraphs;
  if (title === undefined || rest.length === 0) {
    throw new CaptureFormatError(`DroneDJ listing: story ${index + 1} has no title and excerpt`);
  }
  const [maybeAlt = '', ...afterAlt] = rest;
  const hasAltText = afterAlt.length > 0 && maybeAlt.length <= MAX_ALT_TEXT_LENGTH;
  const excerpt = hasAltText ? afterAlt : rest;
  return {
    id: slugify(title),
    title,
    source: DRONEDJ_SOURCE,
    blocks: excerpt.map((text) => ({ kind: 'paragraph', text })),
  };
}
