/** jsdom has <dialog> but not its modal methods; these do what Bureau's dialogs rely on. */
export function installModalDialogPolyfill(): void {
  if (typeof HTMLDialogElement.prototype.showModal === 'function') return;
  Object.defineProperty(HTMLDialogElement.prototype, 'showModal', {
    configurable: true,
    value(this: HTMLDialogElement) {
      this.open = true;
    },
  });
  Object.defineProperty(HTMLDialogElement.prototype, 'close', {
    configurable: true,
    value(this: HTMLDialogElement) {
      if (!this.open) return;
      this.open = false;
      this.dispatchEvent(new Event('close'));
    },
  });
}
