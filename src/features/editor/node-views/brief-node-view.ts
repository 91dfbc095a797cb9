import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { iconPaths, type IconName } from '@/components/ui/icons';

export interface BriefControlLabels {
  drag: string;
  moveUp: string;
  moveDown: string;
  duplicate: string;
  remove: string;
  group: string;
}

type BriefAction = 'moveUp' | 'moveDown' | 'duplicate' | 'remove';

const actionIcons: Record<BriefAction, IconName> = {
  moveUp: 'arrowUp',
  moveDown: 'arrowDown',
  duplicate: 'duplicate',
  remove: 'trash',
};

const svgNamespace = 'http://www.w3.org/2000/svg';

function iconElement(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNamespace, 'path');
  path.setAttribute('d', iconPaths[name]);
  svg.append(path);
  return svg;
}

interface BriefNodeViewOptions {
  node: ProseMirrorNode;
  editor: Editor;
  getPos: () => number | undefined;
  labels: () => BriefControlLabels;
  subscribeToLabels: (listener: () => void) => () => void;
}

/**
 * A brief with its gutter controls, in plain DOM rather than React: a long roundup has hundreds of briefs and a
 * React root per brief would cost every keystroke and the first paint. The gutter is outside `contentDOM`, so
 * ProseMirror never sees it as document content; dragging it moves the whole brief (the node is `draggable`).
 */
export class BriefNodeView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly buttons = new Map<BriefAction | 'drag', HTMLElement>();
  private readonly unsubscribe: () => void;
  private node: ProseMirrorNode;

  constructor(private readonly options: BriefNodeViewOptions) {
    this.node = options.node;
    this.dom = document.createElement('section');
    this.dom.className = 'roundup-brief';
    this.dom.dataset.type = 'brief';
    this.dom.setAttribute('role', 'group');

    const gutter = document.createElement('div');
    gutter.className = 'roundup-brief-gutter';
    gutter.contentEditable = 'false';

    const handle = document.createElement('span');
    handle.className = 'roundup-brief-handle';
    handle.dataset.dragHandle = '';
    handle.setAttribute('role', 'img');
    handle.textContent = '⠿';
    // The handle itself must be draggable for the browser to start a drag; ProseMirror's dragstart handler then
    // finds the brief around it and moves it as one node.
    handle.draggable = true;
    handle.addEventListener('dragstart', (event) => event.dataTransfer?.setDragImage(this.dom, 12, 12));
    this.buttons.set('drag', handle);
    gutter.append(handle);

    for (const action of Object.keys(actionIcons) as BriefAction[]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `roundup-brief-action roundup-brief-action-${action}`;
      button.dataset.briefAction = action;
      button.append(iconElement(actionIcons[action]));
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => this.run(action));
      this.buttons.set(action, button);
      gutter.append(button);
    }

    this.contentDOM = document.createElement('div');
    this.contentDOM.className = 'roundup-brief-content';
    this.dom.append(gutter, this.contentDOM);
    this.applyNode();
    this.applyLabels();
    this.unsubscribe = options.subscribeToLabels(() => this.applyLabels());
  }

  private applyNode(): void {
    const id: unknown = this.node.attrs.id;
    if (typeof id === 'string') this.dom.dataset.briefId = id;
  }

  private applyLabels(): void {
    const labels = this.options.labels();
    this.dom.setAttribute('aria-label', labels.group);
    for (const [action, element] of this.buttons) {
      element.setAttribute('aria-label', labels[action]);
      element.title = labels[action];
    }
  }

  private run(action: BriefAction): void {
    const position = this.options.getPos();
    if (position === undefined) return;
    const chain = this.options.editor.chain().focus().setTextSelection(position + 2);
    if (action === 'moveUp') chain.moveBrief('up').run();
    else if (action === 'moveDown') chain.moveBrief('down').run();
    else if (action === 'duplicate') chain.duplicateBrief().run();
    else chain.deleteBrief().run();
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.applyNode();
    return true;
  }

  stopEvent(event: Event): boolean {
    // The action buttons handle their own events; the drag handle is left to ProseMirror so it can drag the brief.
    const target = event.target;
    return target instanceof Element && target.closest('button[data-brief-action]') !== null;
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }

  destroy(): void {
    this.unsubscribe();
  }
}
