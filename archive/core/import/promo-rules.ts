// In-article advertising and promotion that Readability keeps: it judges blocks by their text density, and an ad
// or a newsletter box inside the article's own container is dense text too. These rules run on the page before
// Readability, each a small, named pattern; every rule says why it exists, and each has a test.

/** A DOM node as the rules walk it. */
interface PromoNode {
  textContent: string | null;
  nextSibling: PromoNode | null;
}

/** The part of a DOM element the rules read and remove (linkedom's elements have it). */
export interface PromoElement {
  tagName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
  firstChild: PromoNode | null;
  remove(): void;
}

/** What the rules need of a document: every element, in document order. */
export interface PromoDocument {
  querySelectorAll(selector: string): ArrayLike<PromoElement>;
}

interface PromoRule {
  /** Why the rule exists: what it removes, as seen on real pages. */
  why: string;
  matches(element: PromoElement, text: string): boolean;
}

// Class and id words, split where sites join them ("ad-slot", "newsletter_box", "shareBar").
function names(element: PromoElement): string[] {
  const raw = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

const hasName = (element: PromoElement, words: ReadonlySet<string>): boolean =>
  names(element).some((n) => words.has(n));

const AD_NAMES = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'adsbygoogle',
  'sponsored',
  'sponsor',
]);
const NEWSLETTER_NAMES = new Set(['newsletter', 'subscribe', 'subscription', 'signup']);
const SHARE_NAMES = new Set(['share', 'sharing', 'sharebar', 'social']);
// A label that announces a block as paid content, as ad networks label the units they inject into articles. It
// must be the block's whole first line: a paragraph that merely starts with "Sponsored posts..." is kept.
const AD_LABEL =
  /^(sponsored( content| post| by .{1,60})?|advertisement|ad|promoted|paid (post|content|partnership)|partner content)\s*[:·|–—-]?$/i;

/** The text of a block's first child that has any: its label, if it has one. */
function firstLine(element: PromoElement): string {
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '') return text;
  }
  return '';
}
// The sign-up pitch a newsletter box opens with.
const NEWSLETTER_PITCH = /^\s*(sign up|subscribe)\b.{0,80}\bnewsletter\b/i;
/** The longest block a text rule may remove: a label or a pitch is short, an article's own paragraph is not. */
const MAX_LABELLED_BLOCK = 600;
const BLOCKS = new Set(['DIV', 'ASIDE', 'SECTION', 'P', 'FIGURE', 'UL', 'FORM']);

/** The rules, in the order they run. */
export const PROMO_RULES: readonly PromoRule[] = [
  {
    why: 'Ad slots: sites and ad networks name their containers ad, advert, sponsored or adsbygoogle.',
    matches: (element) => element.tagName === 'INS' || hasName(element, AD_NAMES),
  },
  {
    why: 'Newsletter boxes: a sign-up form or pitch placed between paragraphs, named newsletter or subscribe.',
    matches: (element) => hasName(element, NEWSLETTER_NAMES),
  },
  {
    why: 'Share bars: rows of "share on" buttons and counts named share or social, which read as a paragraph.',
    matches: (element) => hasName(element, SHARE_NAMES),
  },
  {
    why: 'Unnamed ad units that label themselves ("Sponsored", "Advertisement", "Paid content") in their first words.',
    matches: (element, text) =>
      BLOCKS.has(element.tagName) && text.length <= MAX_LABELLED_BLOCK && AD_LABEL.test(firstLine(element)),
  },
  {
    why: 'Unnamed newsletter boxes that open with a sign-up pitch ("Sign up for our newsletter").',
    matches: (element, text) =>
      BLOCKS.has(element.tagName) && text.length <= MAX_LABELLED_BLOCK && NEWSLETTER_PITCH.test(text),
  },
];

/**
 * Removes the page's advertising and promotion blocks in place, before Readability reads it. The document
 * element and body are never removed, whatever their names say.
 */
export function removePromotions(document: PromoDocument): void {
  for (const element of Array.from(document.querySelectorAll('body *'))) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (PROMO_RULES.some((rule) => rule.matches(element, text))) element.remove();
  }
}
