import { Mark } from '@tiptap/core';
import { normalizeLinkHref } from '../normalize-link-href';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    roundupLink: {
      /** Links the selection with the normalised form of `href`; refused (false) for an address outside the allow-list. */
      setLink: (attributes: { href: string }) => ReturnType;
      /** Removes the link around the cursor or from the selection. */
      unsetLink: () => ReturnType;
    };
  }
}

/** Set on a transaction that made or removed a link on purpose, so that auto-linking leaves it alone. */
export const preventAutolinkMeta = 'preventAutolink';

/**
 * The `rel` every link is drawn with. Fixed, never stored: a link opened from the editor (by a desk, a designer) must
 * not hand the Bureau tab to the page it opens nor tell that page where it came from.
 */
export const editorLinkRel = 'noopener noreferrer';

/**
 * Links limited to http, https and mailto, whether typed, pasted or loaded from a stored document. Our own mark
 * rather than `@tiptap/extension-link`: that one brings linkify (~10 KiB gzip) into the editor's first load for
 * auto-linking, which the editor does with a URL pattern instead (see `link-autolink.ts` in the editor feature).
 * A link carries its address and nothing else (see `attribute-rules.ts`): pasted HTML brings no class, target, rel,
 * title or style, its href is stored normalised (`normalizeLinkHref`), and it is drawn with a fixed `rel` and no
 * target, whatever a document holds.
 */
export const RoundupLink = Mark.create({
  name: 'link',
  priority: 1000,
  inclusive: false,
  keepOnSplit: false,
  exitable: true,

  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element) => normalizeLinkHref(element.getAttribute('href') ?? ''),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (element) => (normalizeLinkHref(element.getAttribute('href') ?? '') === null ? false : null),
      },
    ];
  },

  renderHTML({ mark }) {
    const href: unknown = mark.attrs.href;
    const normalized = typeof href === 'string' ? normalizeLinkHref(href) : null;
    return ['a', normalized === null ? { rel: editorLinkRel } : { href: normalized, rel: editorLinkRel }, 0];
  },

  addCommands() {
    return {
      setLink:
        (attributes) =>
        ({ chain }) => {
          const href = normalizeLinkHref(attributes.href);
          return href !== null && chain().setMark(this.name, { href }).setMeta(preventAutolinkMeta, true).run();
        },
      unsetLink:
        () =>
        ({ chain }) =>
          chain().unsetMark(this.name, { extendEmptyMarkRange: true }).setMeta(preventAutolinkMeta, true).run(),
    };
  },
});
