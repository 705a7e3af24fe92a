import { SITE_URL, siteUrlOf } from "@/lib/deploy/site";

/**
 * When `next start` starts: SITE_URL was fixed by the build (lib/deploy/site.ts); a different one given
 * now would change nothing, so say so rather than let an operator believe it took effect.
 */
/** A variable as the process has it now (`process.env.SITE_URL` itself is the build's value). */
const runtimeEnv = (name: string): string | undefined => process.env[name];

export function register() {
  const given = runtimeEnv("SITE_URL");
  if (given !== undefined && siteUrlOf(given) !== SITE_URL) {
    console.warn(
      `SITE_URL is ${siteUrlOf(given)} here, but this build was made with ${SITE_URL}, which every page keeps. Build again with the new SITE_URL to change it.`,
    );
  }
}
