/**
 * The key under which a client address is throttled. IPv4 (also written IPv4-mapped, `::ffff:10.0.0.1`) is the address
 * itself; IPv6 is its /64 network, because one subscriber routinely holds a whole /64 and could otherwise take a fresh
 * address for every try. Anything else (a mock's fixed name) is used as it is, lower-cased.
 */
export function clientAddressKey(address: string): string {
  const text = address.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped !== null) return mapped[1]!;
  if (!text.includes(':')) return text;
  const groups = expandIpv6(text);
  return groups === null ? text : `${groups.slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros, or null when it is not one. */
function expandIpv6(text: string): string[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => '0'), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}
