import { apiRoutes } from '../contract/routes';
import type { ExportFormat } from '../render/export-format';
import { exportRoundup } from '../render/export-formats';
import type { ExportPublicationStatus } from '../render/export-options';
import type { Roundup } from '../schema/roundup';
import type { RoundupStatus } from '../schema/roundup-status';

export interface RoundupExportFile {
  body: string;
  mimeType: string;
  /** What to save it as: the roundup id, its version and the format's extension. */
  fileName: string;
}

/** Only a published roundup is usable by the systems it goes to; a withdrawn one is canceled, anything else withheld. */
function publicationStatusOf(status: RoundupStatus): ExportPublicationStatus {
  if (status === 'published') return 'usable';
  if (status === 'withdrawn') return 'canceled';
  return 'withheld';
}

/**
 * A stored roundup in one exchange format, as the API serves it and the CLI writes it. Photos are referred to by
 * their URL on `origin`; the item is identified by a URN that stays the same wherever Bureau runs.
 */
export function exportRoundupFile(roundup: Roundup, format: ExportFormat, origin: string): RoundupExportFile {
  const base = origin.replace(/\/+$/, '');
  const exported = exportRoundup(format, roundup, {
    photoUrl: (photoId) => `${base}${apiRoutes.photo(photoId)}`,
    itemUri: `urn:bureau:roundup:${roundup.id}`,
    version: roundup.version,
    baseUrl: base,
    publicationStatus: publicationStatusOf(roundup.status),
  });
  return { body: exported.body, mimeType: exported.mimeType, fileName: `${roundup.id}-v${roundup.version}.${exported.extension}` };
}
