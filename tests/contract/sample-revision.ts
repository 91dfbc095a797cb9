import { sha256Hex } from '../../src/services/sha256';
import type { BriefContent, RevisionWrite, StoredRevision } from '../../src/services/stored-revision';
import { sampleBrief } from './sample-bodies';

/** A brief's stored content under the hash of its JSON; `text` makes two contents differ (Korean and an emoji kept as written). */
export function sampleBriefContent(text: string): BriefContent {
  const json = JSON.stringify(sampleBrief(`b-${text}`, `소제목 ${text}`, `본문 ${text} 📷`));
  return { hash: sha256Hex(json), json };
}

/**
 * A revision as storage holds it, for the storage tests of every adapter: brief `b-1`, `b-2`, … referencing
 * `contents` in order (a content may be referenced twice); override what a test is about.
 */
export function sampleRevision(
  roundupId: string,
  version: number,
  contents: readonly BriefContent[],
  overrides: Partial<StoredRevision> = {},
): StoredRevision {
  return {
    roundupId,
    version,
    at: new Date(Date.UTC(2026, 2, 2, 9, version)).toISOString(),
    author: { id: 'u-reporter', name: '신대희' },
    kind: version === 1 ? 'created' : 'saved',
    briefs: contents.map((_, index) => ({ briefId: `b-${index + 1}`, heading: `소제목 ${index + 1}`, change: 'edited' as const })),
    reordered: false,
    metaChanged: version === 1,
    status: 'draft',
    schemaVersion: 1,
    meta: { kicker: '광주소식', headline: `헤드라인 ${roundupId}`, reporters: [{ name: '신대희', email: 'sdh@newsis.com' }] },
    briefRefs: contents.map((content, index) => ({ id: `b-${index + 1}`, hash: content.hash })),
    ...overrides,
  };
}

/** The write of `sampleRevision`, carrying every content it references. */
export function sampleRevisionWrite(
  roundupId: string,
  version: number,
  contents: readonly BriefContent[],
  overrides: Partial<StoredRevision> = {},
): RevisionWrite {
  return { revision: sampleRevision(roundupId, version, contents, overrides), contents };
}
