import Bold from '@tiptap/extension-bold';
import Italic from '@tiptap/extension-italic';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import type { AnyExtension } from '@tiptap/core';
import { Brief } from './nodes/brief';
import { BriefHeading } from './nodes/brief-heading';
import { Figure } from './nodes/figure';
import { FigureCaption } from './nodes/figure-caption';
import { FigureCredit } from './nodes/figure-credit';
import { RoundupDocument } from './nodes/roundup-document';
import { RoundupLink } from './nodes/roundup-link';

/**
 * The one list of extensions that defines a roundup body. The editor, the server-side validator, the renderer and
 * the tests all build from it; the editor only swaps in node views with `.extend({ addNodeView })`.
 */
export const roundupExtensions: readonly AnyExtension[] = [
  RoundupDocument,
  Text,
  Paragraph,
  Brief,
  BriefHeading,
  Figure,
  FigureCaption,
  FigureCredit,
  Bold,
  Italic,
  RoundupLink,
];
