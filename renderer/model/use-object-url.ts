import { useEffect, useMemo } from 'react';

// Decodes an image data URL into a blob: URL; undefined for anything that is not a base64 image.
function objectUrl(dataUrl: string | undefined): string | undefined {
  const match = dataUrl && /^data:(image\/[\w.+-]+);base64,([A-Za-z0-9+/=]*)$/.exec(dataUrl);
  if (!match) return undefined;
  const binary = atob(match[2]!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: match[1] }));
}

/**
 * A blob: URL for an image kept as a data URL (a ZIM file's illustration), so it shows under the app's CSP,
 * which allows blob: images but no data: URLs. Revoked when the image changes or the view goes.
 */
export function useObjectUrl(dataUrl: string | undefined): string | undefined {
  const url = useMemo(() => objectUrl(dataUrl), [dataUrl]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
