/**
 * The browser tests' servers (playwright.config.ts): `next start` bound to loopback as in
 * production (E2E_PORT), the static export served by nginx (+1), nginx with TLS in front of
 * `next start` (+2 for HTTPS, +3 for the plain-HTTP listener that redirects to it); the deploy
 * tests start servers of their own from +10 on.
 */
export const port = Number(process.env.E2E_PORT ?? 3100);
export const exportPort = port + 1;
export const proxyPort = port + 2;
export const proxyHttpPort = port + 3;
export const ownServersFrom = port + 10;
