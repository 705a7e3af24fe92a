import type { AppProps } from "next/app";
import Head from "next/head";
import { SiteHeader } from "@/components/site-header";
import { feedLinks } from "@/lib/views/page-head";
import { absoluteUrl, SITE_NAME } from "@/lib/deploy/site";
import "../app/globals.css";

// Event pages are the only pages-router pages (see pages/events/[id].tsx); everything the root
// layout gives app pages, they get here: the stylesheet, the header, the feeds and the icon.
export default function App({ Component, pageProps }: AppProps) {
  return (
    <>
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {feedLinks().map((feed) => (
          <link
            key={feed.url}
            rel="alternate"
            type={feed.type}
            href={absoluteUrl(feed.url)}
            title={feed.title}
          />
        ))}
        <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
      </Head>
      <SiteHeader siteName={SITE_NAME} />
      <Component {...pageProps} />
    </>
  );
}
