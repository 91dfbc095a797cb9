import { request, type Agent, type IncomingHttpHeaders } from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * One HTTP/1.1 exchange over `agent` (keep-alive), the response read to the end and decoded as UTF-8. The body is
 * sent as given, with its Content-Length.
 */
export function httpExchange(
  url: string,
  options: { agent: Agent; method: string; headers: Record<string, string>; body?: Buffer; timeoutMs: number },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers = options.body === undefined ? options.headers : { ...options.headers, 'Content-Length': String(options.body.byteLength) };
    const outgoing = request(url, { method: options.method, agent: options.agent, headers, signal: AbortSignal.timeout(options.timeoutMs) }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}
