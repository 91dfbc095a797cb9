import { describe, expect, it } from 'vitest';
import { fileNameFromContentDisposition } from './content-disposition-file-name';

describe('fileNameFromContentDisposition', () => {
  it('reads a quoted file name', () => {
    expect(fileNameFromContentDisposition('attachment; filename="gwangju-2017-12-06-v3.txt"')).toBe('gwangju-2017-12-06-v3.txt');
  });

  it('reads a bare token', () => {
    expect(fileNameFromContentDisposition('attachment; filename=roundup.xml')).toBe('roundup.xml');
  });

  it('prefers the UTF-8 name of filename*', () => {
    expect(
      fileNameFromContentDisposition(`attachment; filename="roundup.html"; filename*=UTF-8''${encodeURIComponent('광주소식.html')}`),
    ).toBe('광주소식.html');
  });

  it('keeps only the last path segment and answers null when nothing is named', () => {
    expect(fileNameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromContentDisposition('attachment')).toBeNull();
    expect(fileNameFromContentDisposition(null)).toBeNull();
  });
});
