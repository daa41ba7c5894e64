/**
 * The tests' HTTP client for the server's API: a JSON body (a string is sent as it is), the key
 * as a bearer token.
 */

/** The keys of a workspace (or map) the API just made. */
export interface CreatedKeys {
  readonly id: string;
  readonly ownerKey: string;
  readonly editKey: string;
  readonly viewKey: string;
}

/** One call; the answer as it came. */
export function callApi(baseUrl: string, method: string, path: string, key?: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** One call whose answer must be a success; its JSON. */
export async function apiJson<T>(baseUrl: string, method: string, path: string, key: string | undefined, body?: unknown): Promise<T> {
  const res = await callApi(baseUrl, method, path, key, body);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
