import type { PostingList } from './segment-set';

/** One query term in one field: its summed clause boost, Lunr's idf over the set, and its decoded postings. */
export interface TermList {
  boost: number;
  idf: number;
  postings: PostingList;
}

/** A query ready to score, per field in Lunr's field order: its terms in Lunr's term order, and their norms. */
export interface ScoringField {
  terms: TermList[];
  /** The magnitude of the field's query vector (Lunr divides each field's dot product by it). */
  magnitude: number;
  fieldBoost: number;
  /** Each document's length part of BM25 in the field. */
  norms: Float64Array;
}
