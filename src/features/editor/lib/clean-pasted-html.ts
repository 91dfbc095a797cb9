/**
 * Elements dropped with everything inside: scripts and styles, embedded documents and media, form controls, and
 * markup (SVG, MathML) whose text is not article text.
 */
const droppedElements = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'picture', 'img', 'map', 'area',
  'input', 'select', 'textarea', 'button', 'option', 'optgroup', 'datalist', 'output', 'meter', 'progress', 'keygen',
  'head', 'title', 'meta', 'link', 'base',
]);

/** Elements whose content is kept without them: a form's named controls overwrite its properties (DOM clobbering). */
const unwrappedElements = new Set(['form']);

/**
 * The only attributes the parse rules read: the link's href, inline style (bold and italic from word processors),
 * our own data attributes and ProseMirror's slice marker. No id or name is kept, so nothing pasted can overwrite a
 * property of the document or of an element that ProseMirror reads while it parses.
 */
const keptAttributes = new Set([
  'href', 'style', 'data-type', 'data-brief-id', 'data-photo-id', 'data-alt', 'data-width', 'data-height', 'data-pm-slice',
]);

// Read through the prototypes: a pasted element's own properties may be clobbered (`<form><input name=nodeName>`).
const localNameGetter = Object.getOwnPropertyDescriptor(Element.prototype, 'localName')?.get;
const { getAttributeNames, removeAttribute } = Element.prototype;

function localNameOf(element: Element): string {
  const name: unknown = localNameGetter?.call(element);
  return typeof name === 'string' ? name : '';
}

function unwrap(element: Element, range: Range): void {
  range.selectNodeContents(element);
  const content = range.extractContents();
  range.selectNode(element);
  range.deleteContents();
  range.insertNode(content);
}

function remove(element: Element, range: Range): void {
  range.selectNode(element);
  range.deleteContents();
}

/**
 * Pasted or dropped HTML made safe to hand to ProseMirror's clipboard parser. It is parsed into an inert template
 * (no script runs, nothing loads), walked with a TreeWalker and prototype methods only, and serialised again
 * without the elements and attributes above. This is DOM hygiene; what the document may hold (link addresses,
 * attribute values) is then enforced on the parsed slice by the schema's rules.
 */
export function cleanPastedHtml(html: string, document: Document): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const elements: Element[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node instanceof Element) elements.push(node);
  }
  const range = document.createRange();
  // Parents come before their children: a dropped element takes its descendants with it, whatever is done to them after.
  for (const element of elements) {
    const name = localNameOf(element);
    if (droppedElements.has(name)) {
      remove(element, range);
      continue;
    }
    for (const attribute of getAttributeNames.call(element)) {
      if (!keptAttributes.has(attribute.toLowerCase())) removeAttribute.call(element, attribute);
    }
    if (unwrappedElements.has(name)) unwrap(element, range);
  }
  return template.innerHTML;
}
