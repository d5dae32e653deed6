import { useEffect, useState } from 'react';

/**
 * An image of the article, read from the archive the article is in (never from the network) and shown from a
 * blob: URL that is let go when the image leaves the page.
 */
export function ArticleImage({
  src,
  alt,
  load,
}: {
  src: string;
  alt: string | undefined;
  /** Reads the image's bytes from the archive; undefined where the article's archive has no images. */
  load: ((src: string) => Promise<Blob>) | undefined;
}) {
  const [state, setState] = useState<{ url?: string; failed?: string }>({});
  useEffect(() => {
    if (!load) return;
    let url: string | undefined;
    let live = true;
    load(src).then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setState({ url });
      },
      (error: unknown) =>
        live && setState({ failed: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [src, load]);
  if (state.url) return <img className="article-image" src={state.url} alt={alt ?? ''} />;
  const why = !load ? 'not kept with this article' : state.failed ? 'not found in its file' : 'loading';
  return (
    <span className="article-image-missing muted" data-testid="image-missing">
      [Image{alt ? `: ${alt}` : ''} ({why})]
    </span>
  );
}
