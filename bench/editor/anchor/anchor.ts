import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { roundupBodySchema } from '../../../src/schema/roundup-body';

/** The benchmark runner defines these globals before the page's scripts run. */
const contentGlobal = 'bureauBenchContent';
const readyGlobal = 'bureauBenchReady';

const element = document.getElementById('editor');
if (element === null) throw new Error('anchor page has no #editor');

new Editor({
  element,
  extensions: [StarterKit],
  content: roundupBodySchema.parse(Reflect.get(window, contentGlobal)),
  onCreate: () => Reflect.set(window, readyGlobal, true),
});
