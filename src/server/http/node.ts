import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

type FetchHandler = (request: Request) => Promise<Response>;

function refuse(res: ServerResponse, status: number, message: string) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { message } }));
}

/**
 * Mounts a Fetch API handler (such as `createAgentHandler`'s) on Node's `http` server or Express:
 * `(req, res) => void`. The request's path and query are taken as they came, under a fixed origin
 * (so neither a request line like `//[` nor a forged `Host` can make it throw or point elsewhere);
 * the body is streamed, not buffered; a client that goes away aborts the request's signal, which
 * stops its query or its stream. Nothing it does throws out of the listener.
 *
 * @example
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(createAgentHandler({ store, getViewer }))).listen(8787);
 * // Express: app.use('/api/agents', toNodeListener(handler)) — or app.all('/api/agents{*rest}', …)
 */
export function toNodeListener(handler: FetchHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      // Express strips its mount path from req.url; originalUrl keeps the path the client asked for.
      const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
      if (!path.startsWith('/')) return refuse(res, 400, 'The request URL is malformed.');
      const controller = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) controller.abort();
      });
      let request: Request;
      try {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value === undefined || name.startsWith(':')) continue;
          for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
        }
        const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
        request = new Request(`http://localhost${path}`, {
          method: req.method ?? 'GET',
          headers,
          signal: controller.signal,
          ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
        } as RequestInit);
      } catch {
        return refuse(res, 400, 'The request is malformed.');
      }
      let response: Response;
      try {
        response = await handler(request);
      } catch {
        return refuse(res, 500, 'The server could not answer this request.');
      }
      const headers: Record<string, string | string[]> = {};
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const cookies = response.headers.getSetCookie?.() ?? [];
      if (cookies.length > 0) headers['set-cookie'] = cookies;
      res.writeHead(response.status, headers);
      if (!response.body) return void res.end();
      res.flushHeaders();
      const reader = response.body.getReader();
      controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (!res.write(value))
            await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
        }
        res.end();
      } catch {
        res.destroy();
      }
    })().catch(() => res.destroy());
  };
}
