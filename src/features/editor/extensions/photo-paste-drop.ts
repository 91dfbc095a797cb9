import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Fired on the editor's DOM element when files are pasted or dropped; the page downscales and uploads them. */
export const photoFilesEvent = 'bureau:photo-files';

export interface PhotoFilesDetail {
  files: File[];
  /** Where they were dropped; null for a paste (insert at the selection). */
  position: number | null;
}

function filesOf(transfer: DataTransfer | null): File[] {
  return transfer === null ? [] : Array.from(transfer.files);
}

/**
 * Takes pasted and dropped files away from ProseMirror (which would otherwise drop them or paste a file name) and
 * hands them to the page as a DOM event, so the schema layer never needs to know about uploads.
 */
export const PhotoPasteDrop = Extension.create({
  name: 'photoPasteDrop',

  addProseMirrorPlugins() {
    function announce(dom: HTMLElement, detail: PhotoFilesDetail): void {
      dom.dispatchEvent(new CustomEvent<PhotoFilesDetail>(photoFilesEvent, { detail }));
    }
    return [
      new Plugin({
        key: new PluginKey('photoPasteDrop'),
        props: {
          handlePaste: (view, event) => {
            const files = filesOf(event.clipboardData);
            if (files.length === 0) return false;
            announce(view.dom, { files, position: null });
            return true;
          },
          handleDrop: (view, event) => {
            const files = filesOf(event.dataTransfer);
            if (files.length === 0) return false;
            event.preventDefault();
            const dropped = view.posAtCoords({ left: event.clientX, top: event.clientY });
            announce(view.dom, { files, position: dropped?.pos ?? null });
            return true;
          },
        },
      }),
    ];
  },
});
