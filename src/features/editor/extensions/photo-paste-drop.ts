import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export interface PhotoPasteDropOptions {
  /** Called with the files pasted or dropped and the document position they landed at. */
  onFiles: (files: File[], position: number | null) => void;
}

function filesOf(transfer: DataTransfer | null): File[] {
  if (transfer === null) return [];
  return Array.from(transfer.files);
}

/** Hands pasted and dropped files to the app, which downscales and uploads images and explains anything else. */
export const PhotoPasteDrop = Extension.create<PhotoPasteDropOptions>({
  name: 'photoPasteDrop',

  addOptions() {
    return { onFiles: () => undefined };
  },

  addProseMirrorPlugins() {
    const { onFiles } = this.options;
    return [
      new Plugin({
        key: new PluginKey('photoPasteDrop'),
        props: {
          handlePaste: (_view, event) => {
            const files = filesOf(event.clipboardData);
            if (files.length === 0) return false;
            onFiles(files, null);
            return true;
          },
          handleDrop: (view, event) => {
            const files = filesOf(event.dataTransfer);
            if (files.length === 0) return false;
            const dropped = view.posAtCoords({ left: event.clientX, top: event.clientY });
            onFiles(files, dropped?.pos ?? null);
            return true;
          },
        },
      }),
    ];
  },
});
