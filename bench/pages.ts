/**
 * The pages besides `/` and the event page that the bench holds to `/`'s first-load budget
 * (bench/bundle.ts) and to Lighthouse's stricter scores (bench/lighthouse.ts): they ship little
 * or no JavaScript. One of each kind: the list, a thread, a step, the statements.
 */
export const LIGHT_PAGES = [
  { name: "threads", path: "/threads" },
  { name: "thread", path: "/threads/nato-offer-of-assistance" },
  {
    name: "step",
    path: "/threads/nato-offer-of-assistance/2017-02-16-libya-requests-nato-assistance",
  },
  { name: "statements", path: "/statements" },
];
