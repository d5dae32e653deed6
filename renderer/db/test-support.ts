import type { NewAnnotation } from './annotation-input';

/** A highlight of `exact` at `start` in article `articleId`, as the reader would create it (tests only). */
export function passage(articleId: string, start: number, exact = 'drone data'): NewAnnotation {
  return {
    articleId,
    color: 'yellow',
    textHash: 'fnv1a64:0',
    quote: { type: 'TextQuoteSelector', exact, prefix: 'the ', suffix: ' went' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}
