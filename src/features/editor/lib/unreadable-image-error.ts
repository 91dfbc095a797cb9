/** A file that says it is an image but that the browser cannot decode or re-encode. */
export class UnreadableImageError extends Error {
  constructor(fileName: string) {
    super(`could not read image ${fileName}`);
    this.name = 'UnreadableImageError';
  }
}
