import { readBuildId } from "@/lib/deploy/build-output";

/**
 * For a load balancer: 200 while this replica serves, with the id of the build it runs, so an
 * operator can see that every replica runs the same one (README, "Deploying").
 */
let build: string | undefined;

export function GET() {
  build ??= readBuildId();
  return Response.json({ status: "ok", build }, { headers: { "Cache-Control": "no-store" } });
}
