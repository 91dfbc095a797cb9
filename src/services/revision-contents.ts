import type { BriefContent, StoredRevision } from './stored-revision';

/** The distinct content hashes a revision references, in the order its briefs first name them. */
export function referencedHashes(revision: StoredRevision): string[] {
  return [...new Set(revision.briefRefs.map((ref) => ref.hash))];
}

/**
 * The contents of a revision's briefs among `stored` (looked up by hash), in `referencedHashes` order, as the memory
 * reference hands them out; a hash with no stored content is left out.
 */
export function revisionContents(revision: StoredRevision, stored: Iterable<BriefContent>): BriefContent[] {
  const byHash = new Map<string, string>();
  for (const content of stored) byHash.set(content.hash, content.json);
  return referencedHashes(revision).flatMap((hash) => {
    const json = byHash.get(hash);
    return json === undefined ? [] : [{ hash, json }];
  });
}

/** The first content given under each hash: contents are stored "insert if absent", so later ones never count. */
export function firstContentPerHash(contents: readonly BriefContent[]): BriefContent[] {
  const seen = new Set<string>();
  const first: BriefContent[] = [];
  for (const content of contents) {
    if (seen.has(content.hash)) continue;
    seen.add(content.hash);
    first.push(content);
  }
  return first;
}
