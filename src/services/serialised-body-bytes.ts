import type { JSONContent } from '@tiptap/core';

/** UTF-8 length of a string, counted without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else {
        bytes += 3;
      }
    } else bytes += 3;
  }
  return bytes;
}

// Stored bodies are never mutated, and a partial save reuses the unchanged briefs' objects, so a brief's size is
// measured once however many saves carry it.
const childBytes = new WeakMap<object, number>();

function bytesOfChild(child: JSONContent): number {
  let bytes = childBytes.get(child);
  if (bytes === undefined) {
    bytes = utf8ByteLength(JSON.stringify(child));
    childBytes.set(child, bytes);
  }
  return bytes;
}

/** Exactly `utf8ByteLength(JSON.stringify(body))` for a doc node of `{ type, content }`, measured brief by brief. */
export function serialisedBodyBytes(body: JSONContent): number {
  const keys = Object.keys(body).filter((key) => body[key] !== undefined);
  const plain = keys.length === 2 && body.type === 'doc' && Array.isArray(body.content);
  if (!plain || body.content === undefined) return utf8ByteLength(JSON.stringify(body));
  const children = body.content;
  // {"type":"doc","content":[ … , … ]}
  let bytes = '{"type":"doc","content":[]}'.length + Math.max(0, children.length - 1);
  for (const child of children) bytes += bytesOfChild(child);
  return bytes;
}
