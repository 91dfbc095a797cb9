import { Mark, mergeAttributes } from '@tiptap/core';
import { isAllowedLinkHref } from '../link-allowlist';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    roundupLink: {
      /** Links the selection; refused (false) for an href outside the allow-list. */
      setLink: (attributes: { href: string }) => ReturnType;
      /** Removes the link around the cursor or from the selection. */
      unsetLink: () => ReturnType;
    };
  }
}

/** Set on a transaction that made or removed a link on purpose, so that auto-linking leaves it alone. */
export const preventAutolinkMeta = 'preventAutolink';

const defaultRel = 'noopener noreferrer nofollow';

/**
 * Links limited to http, https and mailto, whether typed, pasted or loaded from a stored document. Our own mark
 * rather than `@tiptap/extension-link`: that one brings linkify (~10 KiB gzip) into the editor's first load for
 * auto-linking, which the editor does with a URL pattern instead (see `link-autolink.ts` in the editor feature).
 * The attributes are the ones stored documents already carry.
 */
export const RoundupLink = Mark.create({
  name: 'link',
  priority: 1000,
  inclusive: false,
  keepOnSplit: false,
  exitable: true,

  addAttributes() {
    return {
      href: { default: null, parseHTML: (element) => element.getAttribute('href') },
      target: { default: null },
      rel: { default: defaultRel },
      class: { default: null },
      title: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (element) => {
          const href = element.getAttribute('href');
          return href !== null && isAllowedLinkHref(href) ? null : false;
        },
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    const href: unknown = HTMLAttributes.href;
    const safe = typeof href === 'string' && isAllowedLinkHref(href);
    return ['a', mergeAttributes(HTMLAttributes, { href: safe ? href : '' }), 0];
  },

  addCommands() {
    return {
      setLink:
        (attributes) =>
        ({ chain }) =>
          isAllowedLinkHref(attributes.href) &&
          chain().setMark(this.name, attributes).setMeta(preventAutolinkMeta, true).run(),
      unsetLink:
        () =>
        ({ chain }) =>
          chain().unsetMark(this.name, { extendEmptyMarkRange: true }).setMeta(preventAutolinkMeta, true).run(),
    };
  },
});
