import { describe, expect, it } from 'vitest';
import { gwangjuRoundupBody, gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import type { RoundupExportOptions } from './export-options';
import { exportFormats, isExportFormat } from './export-format';
import { exportRoundup } from './export-formats';
import { exportNewsMlG2 } from './newsml-g2';
import { exportNinjs } from './ninjs';
import { renderStandaloneHtml } from './render-standalone-html';
import { roundupBuilders as build } from './testing/roundup-builders';
import { exportWireText } from './wire-text';

const input = { meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody, updatedAt: '2017-12-06T18:00:00+09:00' };
const options: RoundupExportOptions = { photoUrl: build.photoUrl, itemUri: 'urn:bureau:roundup:r-1', version: 2 };

describe('exportRoundup', () => {
  it('offers wire text, the HTML page, NewsML-G2 and ninjs', () => {
    expect(exportFormats).toEqual(['wire', 'html', 'newsml', 'ninjs']);
    expect(exportFormats.every(isExportFormat)).toBe(true);
    expect(['pdf', 'WIRE', '', null, 1].some(isExportFormat)).toBe(false);
  });

  it('returns each format with its media type and file extension', () => {
    expect(exportFormats.map((format) => {
      const { mimeType, extension } = exportRoundup(format, input, options);
      return [format, mimeType, extension];
    })).toEqual([
      ['wire', 'text/plain; charset=utf-8', 'txt'],
      ['html', 'text/html; charset=utf-8', 'html'],
      ['newsml', 'application/vnd.iptc.g2.newsitem+xml', 'xml'],
      ['ninjs', 'application/json', 'json'],
    ]);
  });

  it('dispatches to the exporters with the same input and options', () => {
    expect(exportRoundup('wire', input, options).body).toBe(exportWireText(input, options));
    expect(exportRoundup('html', input, options).body).toBe(renderStandaloneHtml(input, options));
    expect(exportRoundup('newsml', input, options).body).toBe(exportNewsMlG2(input, options));
    const ninjs = exportRoundup('ninjs', input, options).body;
    expect(JSON.parse(ninjs)).toEqual(exportNinjs(input, options));
    expect(ninjs.endsWith('}\n')).toBe(true);
  });

  it('gives the same story in every format', () => {
    for (const format of exportFormats) {
      const { body } = exportRoundup(format, input, options);
      expect(body, format).toContain('북부소방서, 퇴직 소방관 초청 간담회');
      expect(body, format).toContain('광주 북부소방서 제공');
    }
  });
});
