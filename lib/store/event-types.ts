// The fixed vocabularies of events, apart from the zod schemas so the browser bundle needs no zod.
export const EVENT_TYPES = [
  "request",
  "offer",
  "assistance",
  "meeting",
  "statement",
  "decision",
  "agreement",
  "summit",
  "conference",
  "operation",
  "conflict",
] as const;

export const EVENT_STATUSES = ["occurred", "expected"] as const;
