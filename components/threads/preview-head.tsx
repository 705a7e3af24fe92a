import Head from "next/head";
import { pageTitle } from "@/lib/deploy/site";
import type { ThreadImage } from "@/lib/views/thread-pages";

/**
 * The <head> of a thread page: its title, canonical address and link preview (Open Graph and
 * Twitter cards, with the thread's image where there is one), and on thread pages the arrow-key
 * script (public/thread-keys.js).
 */
export function PreviewHead({
  title,
  description,
  url,
  image,
  arrowKeys = true,
}: {
  title: string;
  description: string;
  url: string;
  image?: ThreadImage;
  arrowKeys?: boolean;
}) {
  return (
    <Head>
      <title>{pageTitle(title)}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={url} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:type" content="article" />
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {image && (
        <>
          <meta property="og:image" content={image.url} />
          <meta property="og:image:type" content={image.type} />
          <meta property="og:image:width" content={image.width} />
          <meta property="og:image:height" content={image.height} />
          <meta property="og:image:alt" content={image.alt} />
          <meta name="twitter:image" content={image.url} />
          <meta name="twitter:image:alt" content={image.alt} />
        </>
      )}
      {arrowKeys && <script src="/thread-keys.js" defer />}
    </Head>
  );
}
