import Head from "next/head";
import type { ReactNode } from "react";
import { pageTitle } from "@/lib/deploy/site";
import { previewMeta, type PreviewImage } from "@/lib/views/page-head";

/**
 * The <head> of a Pages Router page (event and thread pages): its title, canonical address and
 * link preview (lib/views/page-head.ts), then the page's own scripts (`children`).
 */
export function PreviewHead({
  title,
  description,
  url,
  image,
  children,
}: {
  title: string;
  description: string;
  url: string;
  image?: PreviewImage;
  children?: ReactNode;
}) {
  return (
    <Head>
      <title>{pageTitle(title)}</title>
      <link rel="canonical" href={url} />
      {previewMeta({ title, description, url, image }).map((tag) => (
        <meta key={"property" in tag ? tag.property : tag.name} {...tag} />
      ))}
      {children}
    </Head>
  );
}
