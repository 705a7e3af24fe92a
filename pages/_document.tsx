import { Head, Html, Main, NextScript } from "next/document";
import { BODY_CLASS } from "@/components/site-header";

/** The pages router's frame: the same <html> and <body> as app/layout.tsx. */
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body className={BODY_CLASS}>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
