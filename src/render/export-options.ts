import type { LayoutOptions } from './layout-roundup';

/** What NewsML-G2 and ninjs say about where the item stands; `usable` unless told otherwise. */
export type ExportPublicationStatus = 'usable' | 'withheld' | 'canceled';

/** Options of every export: the layout's, plus what a news exchange format needs to identify the item. */
export interface RoundupExportOptions extends LayoutOptions {
  /**
   * The roundup's globally unique, permanent identifier as an absolute URI (`urn:bureau:roundup:<id>` or its
   * canonical URL): the NewsML-G2 `guid` and the ninjs `uri`. The same roundup must keep the same value.
   */
  readonly itemUri: string;
  /** The stored version the export was made from (NewsML-G2 `version`, ninjs `version`); 1 when absent. */
  readonly version?: number;
  /** The base that relative photo URLs from `photoUrl` are resolved against (the server's origin). */
  readonly baseUrl?: string;
  /** The version's time when the roundup has neither a 수정 nor a 등록 time; defaults to the moment of export. */
  readonly now?: Date;
  readonly publicationStatus?: ExportPublicationStatus;
}
