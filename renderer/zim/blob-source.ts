import { ZimError, type ByteSource } from '../../archive/core/zim/byte-source';

/**
 * A ZIM file picked or dropped by the user, read in place: each read slices the File, so a 100 GB archive costs
 * only the bytes read. The browser keeps access to the file for as long as the File object lives.
 */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    async read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > blob.size)
        throw new ZimError(`the file ends before byte ${offset + length}`);
      try {
        return new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
      } catch (error) {
        // A file moved, deleted or changed on disk after it was picked can no longer be read.
        throw new ZimError(
          'the file could not be read; it may have been moved or changed since it was added',
          {
            cause: error,
          },
        );
      }
    },
  };
}
