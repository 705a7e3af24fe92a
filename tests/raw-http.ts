import http from "node:http";
import https from "node:https";

/** One HTTP/1.1 exchange exactly as written: any method, any target (`*`, an absolute URL). */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function rawRequest({
  host = "127.0.0.1",
  port,
  tls = false,
  method = "GET",
  target,
  headers = {},
}: {
  host?: string;
  port: number;
  tls?: boolean;
  method?: string;
  target: string;
  headers?: Record<string, string>;
}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = (tls ? https : http).request(
      {
        host,
        port,
        method,
        path: target,
        headers: { connection: "close", ...headers },
        rejectUnauthorized: false,
        // The request's own Host header (when given) is sent as it is.
        setHost: !("host" in headers),
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(response.headers).map(([key, value]) => [
                key,
                [value ?? ""].flat().join(", "),
              ]),
            ),
            body,
          }),
        );
      },
    );
    request.setTimeout(15_000, () => request.destroy(new Error(`${method} ${target} timed out`)));
    request.on("error", reject);
    request.end();
  });
}
