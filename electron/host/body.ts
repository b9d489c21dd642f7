// Reads one API call from a request body: a JSON object with a string `method`. Anything else (invalid JSON,
// null, a number, an array, a body over the limit) is null, which the host answers with 400 - never a 500.
import type http from 'node:http';

export interface ApiCallBody {
  method: string;
  input: unknown;
}

export async function readCall(req: http.IncomingMessage, maxBytes: number): Promise<ApiCallBody | null> {
  const raw = await readLimited(req, maxBytes);
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const { method, input } = parsed as { method?: unknown; input?: unknown };
  return typeof method === 'string' ? { method, input } : null;
}

/** The body, or null once it passes the limit (the rest is not read; the host closes the connection). */
function readLimited(req: http.IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(null));
  });
}
