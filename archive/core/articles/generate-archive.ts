import type { Article } from './article';
import { parseDroneDjListing } from './capture-dronedj';
import { CaptureFormatError } from './capture-error';
import { parseHeliguyArticle } from './capture-heliguy';

/** The raw captured texts the bundled archive is generated from. */
export interface ArchiveSources {
  dronedj: string;
  heliguy: string;
}

/**
 * Builds the bundled archive from its raw captures, heliguy article first; throws CaptureFormatError when a
 * capture is malformed, an article has an empty id, or two articles would share an id (and so a file).
 */
export function generateArchive(sources: ArchiveSources): Article[] {
  const articles = [parseHeliguyArticle(sources.heliguy), ...parseDroneDjListing(sources.dronedj)];
  const seen = new Map<string, string>();
  for (const article of articles) {
    if (article.id === '') {
      throw new CaptureFormatError(`article "${article.title}" has no letters or digits to make an id from`);
    }
    const clash = seen.get(article.id);
    if (clash !== undefined) {
      throw new CaptureFormatError(`articles "${clash}" and "${article.title}" share the id "${article.id}"`);
    }
    seen.set(article.id, article.title);
  }
  return articles;
}
