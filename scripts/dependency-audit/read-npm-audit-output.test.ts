import { describe, expect, it } from 'vitest';
import { readNpmAuditOutput } from './read-npm-audit-output';

const report = (vulnerabilities: Record<string, unknown>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: {} } });

describe('readNpmAuditOutput', () => {
  it('returns the findings of high severity or worse, with their advisories and the dependencies that carry them', () => {
    const stdout = report({
      'left-pad': {
        name: 'left-pad',
        severity: 'critical',
        range: '<1.3.0',
        via: [{ source: 1, name: 'left-pad', title: 'Prototype pollution', url: 'https://example.test/1', severity: 'critical', range: '<1.3.0' }],
      },
      wrapper: { name: 'wrapper', severity: 'high', range: '2.0.0', via: ['left-pad'] },
      noisy: { name: 'noisy', severity: 'moderate', range: '*', via: [{ title: 'ReDoS', url: 'https://example.test/2' }] },
    });
    expect(readNpmAuditOutput(stdout, 'high')).toEqual({
      kind: 'report',
      packagesWithAdvisories: 3,
      findings: [
        { name: 'left-pad', severity: 'critical', range: '<1.3.0', via: ['Prototype pollution (https://example.test/1)'] },
        { name: 'wrapper', severity: 'high', range: '2.0.0', via: ['depends on left-pad'] },
      ],
    });
  });

  it('passes a report with moderate findings only, or none', () => {
    expect(readNpmAuditOutput(report({}), 'high')).toEqual({ kind: 'report', findings: [], packagesWithAdvisories: 0 });
  });

  it('reads a registry without an advisory endpoint, or one that cannot be reached, as a reason to skip', () => {
    const notAllowed = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(readNpmAuditOutput(notAllowed, 'high')).toEqual({ kind: 'no-endpoint', reason: 'the registry has no advisory endpoint (405)' });
    const refused = JSON.stringify({ message: 'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9' });
    expect(readNpmAuditOutput(refused, 'high')).toEqual({
      kind: 'no-endpoint',
      reason: "the registry's advisory endpoint cannot be reached (ECONNREFUSED)",
    });
  });

  it('reads a broken endpoint or output it does not know as a failure, never as a pass or a skip', () => {
    expect(readNpmAuditOutput(JSON.stringify({ message: '500 Internal Server Error', statusCode: 500 }), 'high').kind).toBe('error');
    expect(readNpmAuditOutput('npm ERR! something', 'high').kind).toBe('error');
    expect(readNpmAuditOutput(JSON.stringify({ unexpected: true }), 'high').kind).toBe('error');
  });
});
