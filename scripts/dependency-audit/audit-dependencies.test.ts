import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditDependencies } from './audit-dependencies';

const root = join(import.meta.dirname, '../..');

/**
 * A registry on loopback that answers npm audit's one question (the bulk advisory endpoint) the way it is told,
 * and the packument of `idb`, a production dependency of Bureau's lockfile that depends on nothing.
 */
function fakeRegistry(answerBulk: (response: ServerResponse) => void) {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    if (request.method === 'POST' && request.url === '/-/npm/v1/security/advisories/bulk') return answerBulk(response);
    if (request.method === 'GET' && request.url === '/idb') {
      response.setHeader('Content-Type', 'application/json');
      return response.end(JSON.stringify({ name: 'idb', 'dist-tags': { latest: '8.0.4' }, versions: { '8.0.4': { name: 'idb', version: '8.0.4' } } }));
    }
    response.statusCode = 404;
    response.end();
  });
  return {
    async url() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('the fake registry has no port');
      return `http://127.0.0.1:${address.port}/`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function advisories(vulnerableVersions: string) {
  return (response: ServerResponse) => {
    response.setHeader('Content-Type', 'application/json');
    response.end(
      JSON.stringify({
        idb: [{ id: 9001, url: 'https://example.test/9001', title: 'Fake flaw in idb', severity: 'high', vulnerable_versions: vulnerableVersions }],
      }),
    );
  };
}

describe('auditDependencies: npm audit of the lockfile against a registry', () => {
  let project: string;
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'bureau-audit-'));
    await copyFile(join(root, 'package.json'), join(project, 'package.json'));
    await copyFile(join(root, 'package-lock.json'), join(project, 'package-lock.json'));
  });
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  async function auditAgainst(answerBulk: (response: ServerResponse) => void, advisoriesFile?: string) {
    const registry = fakeRegistry(answerBulk);
    try {
      return await auditDependencies({
        cwd: project,
        threshold: 'high',
        registry: await registry.url(),
        ...(advisoriesFile === undefined ? {} : { advisoriesFile }),
      });
    } finally {
      await registry.close();
    }
  }

  it('fails on a high advisory that covers the locked version, naming the package', async () => {
    const result = await auditAgainst(advisories('<=8.0.4'));
    expect(result.status).toBe('failed');
    expect(result.lines.join('\n')).toMatch(/high idb .*Fake flaw in idb/);
  });

  it('passes when the locked version is patched', async () => {
    const result = await auditAgainst(advisories('<8.0.0'));
    expect(result).toMatchObject({ status: 'passed' });
  });

  it('skips, saying why, when the registry has no advisory endpoint', async () => {
    const result = await auditAgainst((response) => {
      response.statusCode = 405;
      response.setHeader('Allow', 'GET, HEAD');
      response.end();
    });
    expect(result).toEqual({
      status: 'skipped',
      lines: ['dependency audit skipped: the registry has no advisory endpoint (405); no offline advisories given (AUDIT_ADVISORIES_FILE)'],
    });
  });

  it('falls back to an offline advisories file: fails on the vulnerable locked version, passes on a patched one', async () => {
    const notAllowed = (response: ServerResponse) => {
      response.statusCode = 405;
      response.end();
    };
    const advisory = { id: 9001, url: 'https://example.test/9001', title: 'Fake flaw in idb', severity: 'critical' };
    const vulnerable = join(project, 'vulnerable.json');
    await writeFile(vulnerable, JSON.stringify({ idb: [{ ...advisory, vulnerable_versions: '>=8.0.0 <8.0.5' }] }));
    const failed = await auditAgainst(notAllowed, vulnerable);
    expect(failed.status).toBe('failed');
    expect(failed.lines.join('\n')).toContain('critical idb@8.0.4 (node_modules/idb) in >=8.0.0 <8.0.5: Fake flaw in idb');
    expect(failed.lines[0]).toContain('since the registry has no advisory endpoint (405)');

    const patched = join(project, 'patched.json');
    await writeFile(patched, JSON.stringify({ idb: [{ ...advisory, vulnerable_versions: '<8.0.4' }] }));
    expect(await auditAgainst(notAllowed, patched)).toMatchObject({ status: 'passed' });
  });

  it('fails when the endpoint is broken rather than missing', async () => {
    const result = await auditAgainst((response) => {
      response.statusCode = 500;
      response.end();
    });
    expect(result.status).toBe('failed');
  });
});
