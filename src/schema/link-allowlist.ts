import { normalizeLinkHref } from './normalize-link-href';

/**
 * True when `href` may be stored as it is: an http, https or mailto address already in its normalised form (see
 * `normalizeLinkHref`). What a person types or pastes goes through `normalizeLinkHref` first.
 */
export function isAllowedLinkHref(href: string): boolean {
  return normalizeLinkHref(href) === href;
}
