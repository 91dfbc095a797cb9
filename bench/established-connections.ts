import { readFileSync } from 'node:fs';

/**
 * How many TCP connections are ESTABLISHED on the server's side of `port` (Linux only: read from /proc/net/tcp and
 * tcp6; null elsewhere). Used to check that the load generator really holds one keep-alive connection per client.
 */
export function establishedConnections(port: number): number | null {
  const localPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  let found = 0;
  let readAny = false;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    readAny = true;
    for (const line of text.split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      // columns: sl, local_address, rem_address, st, …; state 01 is ESTABLISHED.
      if (columns[1]?.endsWith(localPort) && columns[3] === '01') found += 1;
    }
  }
  return readAny ? found : null;
}
