import { describe, expect, it } from 'vitest';
import { routeScripts, type ViteManifest } from './route-scripts';

const manifest: ViteManifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['src/editor.tsx', 'src/mock.ts'] },
  _react: { file: 'assets/unused.js' },
  '_react.js': { file: 'assets/react.js' },
  'src/editor.tsx': { file: 'assets/editor.js', isDynamicEntry: true, imports: ['_tiptap.js', '_react.js'], dynamicImports: ['src/preview.tsx'] },
  '_tiptap.js': { file: 'assets/tiptap.js', imports: ['_react.js'] },
  'src/preview.tsx': { file: 'assets/preview.js', isDynamicEntry: true, imports: ['_render.js'] },
  '_render.js': { file: 'assets/render.js' },
  'src/mock.ts': { file: 'assets/mock.js', isDynamicEntry: true },
  'style.css': { file: 'assets/style.css' },
};

describe('routeScripts', () => {
  it('takes the entries and their static imports, once each, and leaves dynamic imports out', () => {
    expect(routeScripts(manifest, ['index.html', 'src/editor.tsx'])).toEqual([
      'assets/editor.js',
      'assets/index.js',
      'assets/react.js',
      'assets/tiptap.js',
    ]);
  });

  it('counts only scripts', () => {
    expect(routeScripts({ ...manifest, 'index.html': { file: 'assets/index.js', imports: ['style.css'] } }, ['index.html'])).toEqual([
      'assets/index.js',
    ]);
  });

  it('names an entry the build does not have', () => {
    expect(() => routeScripts(manifest, ['src/gone.tsx'])).toThrow('the build manifest has no chunk for "src/gone.tsx"');
  });
});
