import { getSchema } from '@tiptap/core';
import { roundupExtensions } from './extensions';

/** The ProseMirror schema of a roundup body, built from the shared extension list (no editor, no DOM). */
export const proseMirrorSchema = getSchema([...roundupExtensions]);
