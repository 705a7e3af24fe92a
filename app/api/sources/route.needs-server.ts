import type { NextRequest } from "next/server";
import { listSources } from "@/lib/outputs/api/endpoints";
import { jsonResponse, methodNotAllowed, options } from "@/lib/outputs/api/http";
import { getStore } from "@/lib/store/store";

// Made per request, so If-None-Match is answered; caching is left to HTTP (lib/outputs/api/http.ts).
export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return jsonResponse(request, listSources(getStore()));
}

export const OPTIONS = options;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
