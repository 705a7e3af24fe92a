import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BODY_CLASS, SiteHeader } from "@/components/site-header";
import { FEED_ALTERNATE_TYPES } from "@/lib/views/page-head";
import { pageTitle, SITE_NAME, SITE_URL } from "@/lib/deploy/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: {
    default: SITE_NAME,
    template: pageTitle("%s"),
  },
  description:
    "A sourced timeline of NATO security assistance to Libya, 2011–2020: every event traced to the sentence that reports it.",
  // Feed autodiscovery: <link rel="alternate" type="application/atom+xml" href="/feed.xml"> etc.
  alternates: { types: FEED_ALTERNATE_TYPES },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className={BODY_CLASS}>
        <SiteHeader siteName={SITE_NAME} />
        {children}
      </body>
    </html>
  );
}
