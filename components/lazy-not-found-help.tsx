"use client";

import { lazy, Suspense } from "react";

// The root layout's 404 boundary is part of every page: loaded lazily, the help's code ships only
// with a 404, not in every page's first scripts.
const NotFoundHelp = lazy(() =>
  import("./not-found-help").then((module) => ({ default: module.NotFoundHelp })),
);

export function LazyNotFoundHelp() {
  return (
    <Suspense fallback={null}>
      <NotFoundHelp />
    </Suspense>
  );
}
