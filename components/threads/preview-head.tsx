import Head from "next/head";
import { pageTitle } from "@/lib/deploy/site";

/**
 * The <head> of a thread page: its title, canonical address and link preview (Open Graph and
 * Twitter cards, text only), and on thread pages the arrow-key script (public/thread-keys.js).
 */
export function PreviewHead({
  title,
  description,
  url,
  arrowKeys = true,
}: {
  title: string;
  description: string;
  url: string;
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
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {arrowKeys && <script src="/thread-keys.js" defer />}
    </Head>
  );
}
