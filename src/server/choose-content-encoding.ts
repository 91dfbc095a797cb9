export type ContentEncoding = 'br' | 'gzip' | 'identity';

/**
 * The first of `offered` (in the server's order of preference) that the `Accept-Encoding` header accepts with a
 * q-value above 0, `*` included; `identity` when none is (or the header is absent, RFC 9110 §12.5.3).
 */
export function chooseContentEncoding(acceptEncoding: string | null, offered: readonly Exclude<ContentEncoding, 'identity'>[]): ContentEncoding {
  if (acceptEncoding === null) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (name === '') continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const wildcard = accepted.get('*');
  let best: { encoding: ContentEncoding; weight: number } = { encoding: 'identity', weight: 0 };
  for (const encoding of offered) {
    const weight = accepted.get(encoding) ?? wildcard ?? 0;
    if (weight > best.weight) best = { encoding, weight };
  }
  return best.encoding;
}
