/** Raised when a raw web capture does not have the shape its parser expects; the message names the capture. */
export class CaptureFormatError extends Error {
  override name = 'CaptureFormatError';
}
