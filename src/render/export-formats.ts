import type { RoundupExportOptions } from './export-options';
import type { RoundupRenderInput } from './layout-roundup';
import { exportNewsMlG2 } from './newsml-g2';
import { exportNinjs } from './ninjs';
import { renderStandaloneHtml } from './render-standalone-html';
import { exportWireText } from './wire-text';

export const exportFormats = ['wire', 'html', 'newsml', 'ninjs'] as const;

export type ExportFormat = (typeof exportFormats)[number];

/** The media type to serve each format with and the file extension to save it under (without the dot). */
export const exportFormatFiles = {
  wire: { mimeType: 'text/plain; charset=utf-8', extension: 'txt' },
  html: { mimeType: 'text/html; charset=utf-8', extension: 'html' },
  newsml: { mimeType: 'application/vnd.iptc.g2.newsitem+xml', extension: 'xml' },
  ninjs: { mimeType: 'application/json', extension: 'json' },
} as const satisfies Record<ExportFormat, { mimeType: string; extension: string }>;

export interface ExportedRoundup {
  readonly body: string;
  readonly mimeType: (typeof exportFormatFiles)[ExportFormat]['mimeType'];
  readonly extension: (typeof exportFormatFiles)[ExportFormat]['extension'];
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (exportFormats as readonly string[]).includes(value);
}

function exportBody(format: ExportFormat, input: RoundupRenderInput, options: RoundupExportOptions): string {
  switch (format) {
    case 'wire':
      return exportWireText(input, options);
    case 'html':
      return renderStandaloneHtml(input, options);
    case 'newsml':
      return exportNewsMlG2(input, options);
    case 'ninjs':
      return `${JSON.stringify(exportNinjs(input, options), null, 2)}\n`;
  }
}

/**
 * One roundup in one export format, ready to serve or save. Every format is built from the same layout as the
 * preview. NewsML-G2 and ninjs throw a RangeError when `options.itemUri` or `options.version` cannot identify an item.
 */
export function exportRoundup(
  format: ExportFormat,
  input: RoundupRenderInput,
  options: RoundupExportOptions,
): ExportedRoundup {
  return { body: exportBody(format, input, options), ...exportFormatFiles[format] };
}
