/**
 * The export formats and how each is served and saved. Kept apart from the renderers so that the editor's Export
 * menu can list them without loading the renderers (the server builds the files).
 */
export const exportFormats = ['wire', 'html', 'newsml', 'ninjs'] as const;

export type ExportFormat = (typeof exportFormats)[number];

/** The media type to serve each format with and the file extension to save it under (without the dot). */
export const exportFormatFiles = {
  wire: { mimeType: 'text/plain; charset=utf-8', extension: 'txt' },
  html: { mimeType: 'text/html; charset=utf-8', extension: 'html' },
  newsml: { mimeType: 'application/vnd.iptc.g2.newsitem+xml', extension: 'xml' },
  ninjs: { mimeType: 'application/json', extension: 'json' },
} as const satisfies Record<ExportFormat, { mimeType: string; extension: string }>;

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (exportFormats as readonly string[]).includes(value);
}
