import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { FEED_ALTERNATE_TYPES } from "@/lib/feeds";
import { SITE_NAME, SITE_URL } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: {
    default: SITE_NAME,
    template: "%s · Libya–NATO timeline",
  },
  description:
    "A sourced timeline of NATO security assistance to Libya, 2011–2020: every event traced to the sentence that reports it.",
  // Feed autodiscovery: <link rel="alternate" type="application/atom+xml" href="/feed.xml"> etc.
  alternates: { types: FEED_ALTERNATE_TYPES },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <SiteHeader siteName={SITE_NAME} />
        {children}
      </body>
    </html>
  );
}
