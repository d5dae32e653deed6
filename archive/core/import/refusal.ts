/** Why a file was refused, as a stable code the UI and the build can group and count by. */
export type RefusalCode =
  'empty' | 'too-large' | 'unsupported-type' | 'encoding' | 'binary' | 'no-text' | 'malformed';

/** Raised by a format's parser when a file cannot become an article; `reason` is a plain-words clause. */
export class ImportRefusal extends Error {
  override name = 'ImportRefusal';

  /** `reason` completes "Refused because …", e.g. "it is not UTF-8 text". */
  constructor(
    readonly code: RefusalCode,
    readonly reason: string,
  ) {
    super(reason);
  }
}
