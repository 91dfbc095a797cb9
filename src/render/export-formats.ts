import { exportFormatFiles, type ExportFormat } from './export-format';
import type { RoundupExportOptions } from './export-options';
import type { RoundupRenderInput } from './layout-roundup';
import { exportNewsMlG2 } from './newsml-g2';
import { exportNinjs } from './ninjs';
import { renderStandaloneHtml } from './render-standalone-html';
import { exportWireText } from './wire-text';

export interface ExportedRoundup {
  readonly body: string;
  readonly mimeType: (typeof exportFormatFiles)[ExportFormat]['mimeType'];
  readonly extension: (typeof exportFormatFiles)[ExportFormat]['extension'];
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
