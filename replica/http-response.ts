/** What a route answers; the server core sends it, after faults have had their say. */
export interface ReplicaResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** True for JSON bodies, which the "malformed" fault can break. */
  json?: boolean;
}

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): ReplicaResponse {
  return {
    status,
    headers: { 'content-type': 'application/json;charset=UTF-8', ...headers },
    body: JSON.stringify(value),
    json: true,
  };
}

export function htmlResponse(
  status: number,
  html: string,
  headers: Record<string, string> = {},
): ReplicaResponse {
  return { status, headers: { 'content-type': 'text/html;charset=UTF-8', ...headers }, body: html };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): ReplicaResponse {
  return { status, headers, body: '' };
}

/** The real API's error body for a bad parameter. */
export function apiError(status: number, message: string): ReplicaResponse {
  return jsonResponse(status, { codeErreur: String(status), codeHttp: status, message });
}
