/**
 * Wide screens: from Tailwind's `lg` breakpoint the explorer draws vis-timeline as the page
 * starts (components/timeline/timeline-box.tsx); below it the server's overview strip is the
 * timeline, and the first screen is text.
 */
export const WIDE_SCREEN = "(min-width: 64rem)";
