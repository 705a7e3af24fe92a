import type { Thing, WithContext } from "schema-dts";

/**
 * JSON for a `<script>` element: `<` becomes `\u003c` (the same string to a JSON parser), so
 * text such as "</script>" or "<!--" in a quote cannot end the script or open a comment.
 */
export const jsonLdScript = (data: unknown) => JSON.stringify(data).replace(/</g, "\\u003c");

/** Structured data for search engines and link previews; renders nothing visible. */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return (
    <script
      type="application/ld+json"
      // React would escape the text as HTML; JSON needs its own escaping, done above.
      dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }}
    />
  );
}
