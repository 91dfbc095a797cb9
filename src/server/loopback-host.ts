/**
 * Whether listening on `host` keeps the server on this machine: `localhost`, 127.0.0.0/8 and ::1 (also written in
 * full, or IPv4-mapped). Anything else (`0.0.0.0`, `::`, an interface's address, another name) may be reachable from
 * the network.
 */
export function isLoopbackHost(host: string): boolean {
  const text = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (text === 'localhost' || text === '::1' || /^(0{1,4}:){7}0{0,3}1$/.test(text)) return true;
  return /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(text);
}
