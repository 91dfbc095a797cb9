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

interface SerialisedChild {
  json: string;
  bytes: number;
}

// Stored bodies are never mutated, and a partial save reuses the unchanged briefs' objects, so a brief is
// serialised and measured once however many saves carry it.
const serialisedChildren = new WeakMap<object, SerialisedChild>();

function serialisedChild(child: JSONContent): SerialisedChild {
  let serialised = serialisedChildren.get(child);
  if (serialised === undefined) {
    const json = JSON.stringify(child);
    serialised = { json, bytes: utf8ByteLength(json) };
    serialisedChildren.set(child, serialised);
  }
  return serialised;
}

/** `JSON.stringify(child)`, cached per object like the bodies' serialisation. */
export function serialiseChild(child: JSONContent): string {
  return serialisedChild(child).json;
}

/** The children of a doc node of exactly `{ type: 'doc', content }`, or null for any other shape. */
export function plainDocChildren(body: JSONContent): JSONContent[] | null {
  if (body.type !== 'doc' || !Array.isArray(body.content)) return null;
  for (const key of Object.keys(body)) if (key !== 'type' && key !== 'content' && body[key] !== undefined) return null;
  return body.content;
}

const docPrefix = '{"type":"doc","content":[';
const docSuffix = ']}';

/**
 * Exactly `JSON.stringify(body)`, built brief by brief from a cache, so a save that changed one brief of sixty
 * serialises one. Bodies must not be mutated after they are first serialised (the service never does).
 */
export function serialiseBody(body: JSONContent): string {
  const children = plainDocChildren(body);
  if (children === null) return JSON.stringify(body);
  return docPrefix + children.map(serialiseChild).join(',') + docSuffix;
}

/** Exactly `utf8ByteLength(JSON.stringify(body))`, measured brief by brief like `serialiseBody`. */
export function serialisedBodyBytes(body: JSONContent): number {
  const children = plainDocChildren(body);
  if (children === null) return utf8ByteLength(JSON.stringify(body));
  let bytes = docPrefix.length + docSuffix.length + Math.max(0, children.length - 1);
  for (const child of children) bytes += serialisedChild(child).bytes;
  return bytes;
}
