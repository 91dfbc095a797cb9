import type { HouseStyleId } from '@/schema/house-style-id';

/**
 * A line assembled from parts with `{name}` placeholders. A part whose placeholders are not all filled is left out
 * with its separator, so a missing credit or reporter drops `(사진 = …)` or `… 기자 =` instead of leaving `()`.
 */
export interface LineTemplate {
  readonly parts: readonly string[];
  readonly separator: string;
}

/** Where a brief's photos go: above its heading (Newsis) or where the reporter put them. */
export type FigurePlacement = 'before-heading' | 'in-flow';

/**
 * How one outlet publishes a roundup, as data. Placeholders:
 * - dates (`registeredAt` in Korea time): `{yyyy}` `{MM}` `{M}` `{dd}` `{d}` `{HH}` `{mm}` `{ss}`;
 * - `kicker`, `kickerLabel`: `{kicker}`, `{kickerLabel}`, `{headline}`;
 * - `dateline`: `{region}` `{outlet}` `{reporters}`;
 * - `caption`: `{dateline}` `{date}` (formatted with `captionDate`) `{credit}` `{outlet}`.
 */
export interface HouseStyle {
  readonly id: HouseStyleId;
  /** The outlet named in the dateline when the roundup's outlet field is empty. */
  readonly defaultOutlet: string;
  /** `[{kicker}]` → `[광주소식]`. */
  readonly kickerLabel: string;
  /** The document title and wire slug: `{kickerLabel}{headline}`. */
  readonly title: LineTemplate;
  readonly registeredLabel: string;
  readonly updatedLabel: string;
  /** `{yyyy}.{MM}.{dd} {HH}:{mm}:{ss}` for the 등록/수정 lines. */
  readonly dateTimeFormat: string;
  readonly dateline: LineTemplate;
  /** Joins several reporter names inside the dateline (`신대희·홍길동`). */
  readonly reporterSeparator: string;
  /** Rendered before every brief heading; never stored in the document. */
  readonly briefMarker: string;
  readonly figurePlacement: FigurePlacement;
  readonly captionDate: string;
  /** The caption line around the reporter's caption text: `before` + caption + `after`, joined by `separator`. */
  readonly caption: {
    readonly before: readonly string[];
    readonly after: readonly string[];
    readonly separator: string;
  };
  /** Joins the reporters' e-mail addresses on the last line. */
  readonly emailSeparator: string;
  /** A closing mark after the e-mail line, such as Yonhap's `(끝)`; null when the outlet prints none. */
  readonly closingMark: string | null;
}
