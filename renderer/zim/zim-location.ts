import { ZimError, type ByteSource } from '../../archive/core/zim/byte-source';
import { blobSource } from './blob-source';

/**
 * Where a ZIM file's bytes are read from: a File the user picked or dropped (the browser build), or, in the
 * desktop app, the address on the app's own origin where the main process serves ranges of a file it was told
 * to remember (app://airgap/zim/<uuid>). Both are plain data that a worker can be handed.
 */
export type ZimLocation = Blob | { url: string; size: number; name: string };

/** The most bytes one range request asks for; longer reads are split (the main process caps each read). */
const MAX_RANGE = 16 * 1024 * 1024;

/** Reads ranges over fetch with a Range header, each answer checked to be exactly the bytes asked for. */
export function rangeSource(url: string, size: number, fetchRange: typeof fetch = fetch): ByteSource {
  const readOnce = async (offset: number, length: number): Promise<Uint8Array> => {
    let response: Response;
    try {
      response = await fetchRange(url, { headers: { Range: `bytes=${offset}-${offset + length - 1}` } });
    } catch (error) {
      throw new ZimError('the file could not be read; it may have been moved or changed since it was added', {
        cause: error,
      });
    }
    if (response.status !== 206)
      throw new ZimError(
        response.status === 404
          ? 'the file is no longer where it was picked, or it changed; add it again'
          : `the file could not be read (status ${response.status})`,
      );
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length !== length) throw new ZimError(`the file ends before byte ${offset + length}`);
    return bytes;
  };
  return {
    size,
    async read(offset, length) {
      if (offset < 0 || length < 0 || offset + length > size)
        throw new ZimError(`the file ends before byte ${offset + length}`);
      if (length === 0) return new Uint8Array(0);
      if (length <= MAX_RANGE) return readOnce(offset, length);
      const out = new Uint8Array(length);
      for (let at = 0; at < length; at += MAX_RANGE)
        out.set(await readOnce(offset + at, Math.min(MAX_RANGE, length - at)), at);
      return out;
    },
  };
}

/** The byte source of a location. */
export function sourceOf(location: ZimLocation): ByteSource {
  return location instanceof Blob ? blobSource(location) : rangeSource(location.url, location.size);
}

/** The file name of a location, for messages. */
export function locationName(location: ZimLocation): string {
  return location instanceof Blob ? ((location as File).name ?? 'the file') : location.name;
}
