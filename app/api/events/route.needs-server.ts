import type { NextRequest } from "next/server";
import { listEvents } from "@/lib/outputs/api/endpoints";
import { jsonResponse, methodNotAllowed, options } from "@/lib/outputs/api/http";
import { getStore } from "@/lib/store/store";

// The answer depends on the query and on If-None-Match: made per request (a filter over the
// store, which is read once per process). Caching is left to HTTP (lib/outputs/api/http.ts).
export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return jsonResponse(request, listEvents(getStore(), request.nextUrl.searchParams));
}

export const OPTIONS = options;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
