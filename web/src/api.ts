// The one way the UI talks to the server: /api/v1 with the session cookie,
// the CSRF token on every change, and problem details turned into ApiError.

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    title: string,
    readonly errors: FieldError[] = [],
  ) {
    super(title);
  }
}

let csrfToken = "";
export function setCsrfToken(token: string) {
  csrfToken = token;
}

// The CSRF header for a request the caller builds itself (an upload).
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { "X-CSRF-Token": csrfToken } : {};
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  if (response.status === 204) return undefined as T;
  const kind = response.headers.get("Content-Type") ?? "";
  const data = kind.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const problem = typeof data === "object" && data ? data : {};
    throw new ApiError(
      response.status,
      problem.type ?? "",
      problem.title ?? `Lỗi ${response.status}`,
      problem.errors ?? [],
    );
  }
  return data as T;
}

export interface User {
  login: string;
  role: "admin" | "staff" | "clerk" | "inspector" | "member";
  org: string;
  member: string | null;
}

export interface Session {
  user: User;
  csrf_token: string;
  last_event_on: string | null;
}

export interface Org {
  code: string;
  name: string;
  kind: string;
  sector: string;
  established_on: string;
  life: string;
  ended_on: string | null;
  parent: string | null;
  parent_name: string | null;
  members: number;
  children: number; // in today's tree, dissolved ones included
  live_children: number;
}

export interface MemberListing {
  member: string;
  name: string;
  org: string;
  status: string;
  exempted: boolean;
  born_on?: string;
}

export interface MemberPage {
  total: number;
  offset: number;
  limit: number;
  on: string;
  members: MemberListing[];
}

export interface HistoryEntry {
  seq: number;
  recorded_at: string;
  recorded_by: string;
  event: Record<string, unknown> & { type: string; date: string; doc?: string };
}

export interface MemberRecord {
  record: Record<string, unknown>;
  history: HistoryEntry[];
}
