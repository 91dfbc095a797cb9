import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { apiRoutes } from '@/contract/routes';

export interface FigureLabels {
  noPhoto: string;
  altLabel: string;
  altPlaceholder: string;
  flagsLabel: string;
  missingAlt: string;
  missingCredit: string;
  remove: string;
  /** The figure's accessible name while its caption is empty. */
  untitled: string;
}

interface FigureNodeViewOptions {
  node: ProseMirrorNode;
  editor: Editor;
  getPos: () => number | undefined;
  labels: () => FigureLabels;
  subscribeToLabels: (listener: () => void) => () => void;
  subscribeToEditable: (listener: () => void) => () => void;
}

const formControlTags = new Set(['INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);
/** Events inside the photo's controls area that ProseMirror still handles: selecting the figure, dropping on it, clipboard. */
const eventsLeftToEditor = new Set(['mousedown', 'dragover', 'dragenter', 'drop', 'copy', 'paste', 'cut']);

let altFieldCount = 0;

function setAttribute(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Puts `child` into `parent` (before `before`, or last) or takes it out, leaving it alone when already so. */
function setPresent(parent: Element, child: Element, present: boolean, before: Element | null = null): void {
  if (!present) {
    child.remove();
    return;
  }
  if (child.parentNode === parent) return;
  parent.insertBefore(child, before !== null && before.parentNode === parent ? before : null);
}

/**
 * A photo in the editor: the image, its alt text (an attribute, edited in a field) and, as editable document
 * content below, its caption and credit. Missing alt text or credit is flagged where the reporter is looking.
 * Plain DOM rather than React: a roundup can hold hundreds of photos, and a React root per photo cost the first
 * paint and every keystroke.
 */
export class FigureNodeView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly media: HTMLElement;
  private readonly image: HTMLImageElement;
  private readonly missingPhoto: HTMLElement;
  private readonly meta: HTMLElement;
  private readonly altLabel: HTMLLabelElement;
  private readonly altInput: HTMLInputElement;
  private readonly flags: HTMLUListElement;
  private readonly missingAltFlag: HTMLLIElement;
  private readonly missingCreditFlag: HTMLLIElement;
  private readonly removeButton: HTMLButtonElement;
  private readonly unsubscribers: (() => void)[];
  private node: ProseMirrorNode;
  private selected = false;

  constructor(private readonly options: FigureNodeViewOptions) {
    this.node = options.node;
    this.dom = document.createElement('figure');
    this.dom.className = 'roundup-figure';
    this.dom.dataset.type = 'figure';

    this.media = document.createElement('div');
    this.media.className = 'roundup-figure-media';
    this.media.setAttribute('contenteditable', 'false');

    this.image = document.createElement('img');
    this.image.draggable = false;
    this.missingPhoto = document.createElement('div');
    this.missingPhoto.className = 'roundup-figure-missing';

    this.meta = document.createElement('div');
    this.meta.className = 'roundup-figure-meta';
    altFieldCount += 1;
    const altId = `figure-alt-${altFieldCount}`;
    this.altLabel = document.createElement('label');
    this.altLabel.htmlFor = altId;
    this.altLabel.className = 'roundup-figure-label';
    this.altInput = document.createElement('input');
    this.altInput.id = altId;
    this.altInput.className = 'roundup-figure-alt';
    this.altInput.type = 'text';
    this.altInput.maxLength = 500;
    this.altInput.addEventListener('input', () => this.updateAttributes({ alt: this.altInput.value }));
    this.flags = document.createElement('ul');
    this.flags.className = 'roundup-figure-flags';
    this.missingAltFlag = document.createElement('li');
    this.missingAltFlag.setAttribute('role', 'status');
    this.missingCreditFlag = document.createElement('li');
    this.missingCreditFlag.setAttribute('role', 'status');
    this.removeButton = document.createElement('button');
    this.removeButton.type = 'button';
    this.removeButton.className = 'roundup-figure-remove';
    this.removeButton.addEventListener('click', () => this.deleteNode());
    this.meta.append(this.altLabel, this.altInput);
    this.media.append(this.meta);

    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'roundup-figure-fields';
    this.dom.append(this.media, this.contentDOM);

    this.applyLabels();
    this.applyNode();
    this.unsubscribers = [options.subscribeToLabels(() => this.applyLabels()), options.subscribeToEditable(() => this.applyNode())];
  }

  private applyLabels(): void {
    const labels = this.options.labels();
    this.missingPhoto.textContent = labels.noPhoto;
    this.altLabel.textContent = labels.altLabel;
    this.altInput.placeholder = labels.altPlaceholder;
    this.flags.setAttribute('aria-label', labels.flagsLabel);
    this.missingAltFlag.textContent = labels.missingAlt;
    this.missingCreditFlag.textContent = labels.missingCredit;
    this.removeButton.textContent = labels.remove;
    this.applyName();
  }

  /**
   * Names the figure by its caption. The caption is a figcaption, but inside the fields wrapper rather than a direct
   * child of the figure, so browsers would not take the name from it on their own.
   */
  private applyName(): void {
    const caption = this.node.childCount > 0 ? this.node.child(0).textContent.trim() : '';
    this.dom.setAttribute('aria-label', caption === '' ? this.options.labels().untitled : caption);
  }

  /** Brings the DOM in line with the node's attributes and content, the selection and editability. */
  private applyNode(): void {
    const { attrs } = this.node;
    const photoId = typeof attrs.photoId === 'string' ? attrs.photoId : null;
    const alt = typeof attrs.alt === 'string' ? attrs.alt : '';
    const width = typeof attrs.width === 'number' ? String(attrs.width) : null;
    const height = typeof attrs.height === 'number' ? String(attrs.height) : null;
    const credit = this.node.childCount > 1 ? this.node.child(1).textContent.trim() : '';
    const missingAlt = alt.trim() === '';
    const missingCredit = credit === '';
    const editable = this.options.editor.isEditable;

    this.applyName();
    this.dom.classList.toggle('is-selected', this.selected);
    this.dom.classList.toggle('needs-attention', missingAlt || missingCredit);
    this.dom.classList.toggle('ProseMirror-selectednode', this.selected);
    setAttribute(this.dom, 'data-photo-id', photoId);

    if (photoId !== null) {
      setAttribute(this.image, 'src', apiRoutes.photo(photoId));
      setAttribute(this.image, 'alt', alt);
      setAttribute(this.image, 'width', width);
      setAttribute(this.image, 'height', height);
    }
    setPresent(this.media, this.missingPhoto, photoId === null, this.meta);
    setPresent(this.media, this.image, photoId !== null, this.meta);

    // Only undo or a remote change gets here with another value: typing in the field already updated the attribute.
    if (this.altInput.value !== alt) this.altInput.value = alt;
    setAttribute(this.altInput, 'aria-invalid', String(missingAlt));
    this.altInput.readOnly = !editable;

    setPresent(this.flags, this.missingAltFlag, missingAlt, this.missingCreditFlag);
    setPresent(this.flags, this.missingCreditFlag, missingCredit);
    setPresent(this.meta, this.flags, missingAlt || missingCredit, this.removeButton);
    setPresent(this.meta, this.removeButton, editable);
  }

  private updateAttributes(attributes: Record<string, unknown>): void {
    this.options.editor.commands.command(({ tr }) => {
      const position = this.options.getPos();
      if (position === undefined) return false;
      tr.setNodeMarkup(position, undefined, { ...this.node.attrs, ...attributes });
      return true;
    });
  }

  private deleteNode(): void {
    const from = this.options.getPos();
    if (from === undefined) return;
    this.options.editor.commands.deleteRange({ from, to: from + this.node.nodeSize });
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    if (node !== this.node) {
      this.node = node;
      this.applyNode();
    }
    return true;
  }

  selectNode(): void {
    this.selected = true;
    this.applyNode();
  }

  deselectNode(): void {
    this.selected = false;
    this.applyNode();
  }

  /**
   * Events in the photo's controls belong to them (typing alt text, pressing remove); a click there still selects
   * the figure, and drops and clipboard events still reach the editor. Caption and credit are ordinary content.
   */
  stopEvent(event: Event): boolean {
    const target = event.target;
    if (!(target instanceof Node) || !this.dom.contains(target) || this.contentDOM.contains(target)) return false;
    const isDrag = event.type.startsWith('drag');
    const isControl = target instanceof HTMLElement && (formControlTags.has(target.tagName) || target.isContentEditable);
    if (isControl && !isDrag && event.type !== 'drop') return true;
    if (isDrag && target === this.dom) {
      event.preventDefault();
      return false;
    }
    return !eventsLeftToEditor.has(event.type);
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    if (mutation.target === this.contentDOM && mutation.type === 'attributes') return true;
    return !this.contentDOM.contains(mutation.target);
  }

  destroy(): void {
    for (const unsubscribe of this.unsubscribers) unsubscribe();
  }
}
