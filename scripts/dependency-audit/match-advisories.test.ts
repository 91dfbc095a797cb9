import { describe, expect, it } from 'vitest';
import { lockfilePackages } from './lockfile-packages';
import { matchAdvisories, type AdvisoryDatabase } from './match-advisories';

const lockfile = {
  name: 'project',
  lockfileVersion: 3,
  packages: {
    '': { name: 'project', version: '1.0.0' },
    'node_modules/left-pad': { version: '1.2.0' },
    'node_modules/wrapper/node_modules/left-pad': { version: '1.3.0' },
    'node_modules/wrapper': { version: '2.0.0' },
    'node_modules/test-only': { version: '0.1.0', dev: true },
    'node_modules/aliased': { name: 'real-name', version: '3.0.0' },
    'node_modules/local': { resolved: 'packages/local', link: true },
  },
};

const leftPadAdvisory = {
  id: 1001,
  title: 'Prototype pollution in left-pad',
  url: 'https://example.test/advisories/1001',
  severity: 'high' as const,
  vulnerable_versions: '<1.3.0',
};

describe('lockfilePackages', () => {
  it('lists every installed copy by name and version, without the project, links and (asked) dev-only packages', () => {
    expect(lockfilePackages(lockfile, { omitDev: true })).toEqual([
      { name: 'left-pad', version: '1.2.0', location: 'node_modules/left-pad' },
      { name: 'left-pad', version: '1.3.0', location: 'node_modules/wrapper/node_modules/left-pad' },
      { name: 'wrapper', version: '2.0.0', location: 'node_modules/wrapper' },
      { name: 'real-name', version: '3.0.0', location: 'node_modules/aliased' },
    ]);
    expect(lockfilePackages(lockfile, { omitDev: false }).map(({ name }) => name)).toContain('test-only');
  });

  it('refuses a lockfile v1, which lists no packages tree', () => {
    expect(() => lockfilePackages({ lockfileVersion: 1, dependencies: {} }, { omitDev: true })).toThrow();
  });
});

describe('matchAdvisories', () => {
  const packages = lockfilePackages(lockfile, { omitDev: true });

  it('finds the copy at a vulnerable version and not the patched one', () => {
    const database: AdvisoryDatabase = { 'left-pad': [leftPadAdvisory] };
    expect(matchAdvisories(packages, database, 'high')).toEqual([
      {
        name: 'left-pad',
        version: '1.2.0',
        location: 'node_modules/left-pad',
        severity: 'high',
        title: 'Prototype pollution in left-pad',
        url: 'https://example.test/advisories/1001',
        vulnerableVersions: '<1.3.0',
      },
    ]);
  });

  it('passes when every locked version is patched', () => {
    const database: AdvisoryDatabase = { 'left-pad': [{ ...leftPadAdvisory, vulnerable_versions: '<1.2.0' }] };
    expect(matchAdvisories(packages, database, 'high')).toEqual([]);
  });

  it('ignores advisories below the threshold, and counts critical above high', () => {
    expect(matchAdvisories(packages, { 'left-pad': [{ ...leftPadAdvisory, severity: 'moderate' }] }, 'high')).toEqual([]);
    expect(matchAdvisories(packages, { 'left-pad': [{ ...leftPadAdvisory, severity: 'critical' }] }, 'high')).toHaveLength(1);
  });

  it('matches compound ranges and an aliased package by its real name, never dev-only packages', () => {
    const database: AdvisoryDatabase = {
      'real-name': [{ ...leftPadAdvisory, vulnerable_versions: '>=2.0.0 <3.0.1 || 4.x' }],
      'test-only': [{ ...leftPadAdvisory, vulnerable_versions: '*' }],
    };
    expect(matchAdvisories(packages, database, 'high').map(({ location }) => location)).toEqual(['node_modules/aliased']);
  });
});
