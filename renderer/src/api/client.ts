// A typed client over the one API: window.api in Electron (preload), HTTP to the dev host otherwise.
import type { ApiError, ApiResult, InputOf, MethodName, ResultOf } from '@api/index';

declare global {
  interface Window {
    api?: { call(method: string, input: unknown): Promise<ApiResult<unknown>> };
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
  }
  get code(): string {
    return this.error.code;
  }
}

type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function httpTransport(): Transport {
  const token = document.querySelector<HTMLMetaElement>('meta[name="boai-host-token"]')?.content ?? '';
  return async (method, input) => {
    const response = await fetch('/api/call', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-boai-token': token },
      body: JSON.stringify({ method, input }),
    });
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'HOST_UNREACHABLE', messageKey: 'errors.HOST_UNREACHABLE' } };
    }
  };
}

const transport: Transport = window.api ? (m, i) => window.api!.call(m, i) : httpTransport();

type ErrorListener = (error: ApiCallError) => void;
const errorListeners = new Set<ErrorListener>();

/** Hears every failed call (the shell uses it to go back to the login screen on NOT_SIGNED_IN). */
export function onApiError(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => void errorListeners.delete(listener);
}

function raise(error: ApiCallError): never {
  for (const listener of errorListeners) listener(error);
  throw error;
}

/** Calls one API method; resolves with its value or throws ApiCallError with a translatable key. */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  let result: ApiResult<unknown>;
  try {
    result = await transport(method, input);
  } catch {
    raise(new ApiCallError({ code: 'HOST_UNREACHABLE', messageKey: 'errors.HOST_UNREACHABLE' }));
  }
  if (!result.ok) raise(new ApiCallError(result.error));
  return result.value as ResultOf<M>;
}
