import type { NextRequest } from "next/server";
import { getThread } from "@/lib/outputs/api/endpoints";
import { jsonResponse, methodNotAllowed, options } from "@/lib/outputs/api/http";
import { getStore } from "@/lib/store/store";

// Made per request, so an unknown id gets the API's JSON 404 and If-None-Match is answered.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return jsonResponse(request, getThread(getStore(), (await params).id));
}

export const OPTIONS = options;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
