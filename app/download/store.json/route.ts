import { storeJson } from "@/lib/outputs/export";
import { getStore } from "@/lib/store/store";

// The whole store changes only on deploy: made once at build time.
export const dynamic = "force-static";

export function GET() {
  return Response.json(storeJson(getStore()), {
    headers: { "Content-Disposition": 'attachment; filename="libya-nato-store.json"' },
  });
}
