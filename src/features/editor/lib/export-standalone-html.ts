import { apiRoutes } from '@/contract/routes';
import type { RoundupMetadata } from '@/schema/roundup-metadata';
import type { JSONContent } from '@tiptap/core';
import { renderStandaloneHtml } from '@/render/render-standalone-html';
import { saveBlob } from '@/lib/save-blob';

function photoIdsOf(node: JSONContent, found = new Set<string>()): Set<string> {
  if (node.type === 'figure' && typeof node.attrs?.photoId === 'string') found.add(node.attrs.photoId);
  for (const child of node.content ?? []) photoIdsOf(child, found);
  return found;
}

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(blob);
  });
}

/** Photos are embedded as data URLs so the exported page shows them anywhere, without Bureau's API. */
async function embedPhotos(body: JSONContent): Promise<Map<string, string>> {
  const embedded = new Map<string, string>();
  await Promise.all(
    [...photoIdsOf(body)].map(async (id) => {
      const response = await fetch(apiRoutes.photo(id));
      if (response.ok) embedded.set(id, await readAsDataUrl(await response.blob()));
    }),
  );
  return embedded;
}

function fileNameFor(meta: RoundupMetadata): string {
  const base = [meta.kicker, meta.headline].filter(Boolean).join(' ').trim() || 'roundup';
  return `${base.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80)}.html`;
}

/** Builds the standalone HTML page (the published layout, no script) and hands it to the browser as a download. */
export async function exportStandaloneHtml(input: {
  meta: RoundupMetadata;
  body: JSONContent;
  updatedAt: string | null;
}): Promise<void> {
  const photos = await embedPhotos(input.body);
  const html = renderStandaloneHtml(input, { photoUrl: (id) => photos.get(id) ?? null });
  saveBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), fileNameFor(input.meta));
}
