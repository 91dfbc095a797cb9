import type { TFunction } from 'i18next';

/** The places the server names in a validation issue ("brief 2 › paragraph 3"), read back in the user's language. */
const placeLabels = ['document', 'brief', 'heading', 'paragraph', 'photo', 'caption', 'credit', 'text'] as const;
type PlaceLabel = (typeof placeLabels)[number];

function isPlaceLabel(value: string): value is PlaceLabel {
  return (placeLabels as readonly string[]).includes(value);
}

/** "brief 2 › paragraph 3" in the user's language, or null when it is not a place the app knows how to name. */
export function describeIssueLocation(location: string, t: TFunction): string | null {
  const parts = location.split(' › ').map((part) => {
    const match = /^([a-z]+)(?: (\d+))?$/.exec(part.trim());
    if (match === null || !isPlaceLabel(match[1]!)) return null;
    return t(`apiError.places.${match[1]!}`, { ordinal: match[2] ?? '' });
  });
  return parts.every((part) => part !== null) ? parts.join(' › ') : null;
}
