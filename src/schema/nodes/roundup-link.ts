import Link from '@tiptap/extension-link';
import { isAllowedLinkHref } from '../link-allowlist';

/** Links limited to http, https and mailto, whether typed, pasted, auto-linked or loaded from a stored document. */
export const RoundupLink = Link.extend({
  inclusive: false,
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  protocols: ['mailto'],
  isAllowedUri: (url) => isAllowedLinkHref(url),
  HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null, class: null },
});
