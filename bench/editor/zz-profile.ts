import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server';
import { generateRoundupFixture } from './roundup-fixture-generator';
const server = await startStaticServer('/tmp/bureau-bench/app-unminified');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.setDefaultTimeout(60_000);
await page.goto(server.origin);
await page.getByRole('button', { name: /^기자 .+\(으\)로 로그인/ }).click();
await page.getByRole('heading', { name: '기사 목록' }).waitFor();
const fixture = generateRoundupFixture(200);
const created = await page.evaluate(async (roundup) => { const r = await fetch('/api/roundups', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Bureau-Client': 'web' }, body: JSON.stringify(roundup) }); return r.json(); }, { meta: fixture.meta, body: fixture.body });
await page.goto(`${server.origin}/roundups/${created.id}`);
await page.locator('section[data-type="brief"]').nth(199).waitFor();
const block = page.locator('section[data-type="brief"]').nth(100).locator('.roundup-brief-content > p:not([data-type])').nth(1);
await block.scrollIntoViewIfNeeded(); await block.click();
await new Promise((r) => setTimeout(r, 2500));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (const c of 'abcdefghijklmnopqrst') { await page.keyboard.down(c); await page.keyboard.up(c); await new Promise((r) => setTimeout(r, 250)); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = profile.timeDeltas ?? [];
const self = new Map<string, number>(); const incl = new Map<string, number>();
(profile.samples ?? []).forEach((id, i) => {
  const ms = (dt[i + 1] ?? 0) / 1000;
  const n = byId.get(id)!; const name = (f: typeof n) => `${f.callFrame.functionName || '(anon)'} ${f.callFrame.url.replace(/.*\/(assets|node_modules)\//, '')}:${f.callFrame.lineNumber}`;
  self.set(name(n), (self.get(name(n)) ?? 0) + ms);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) { const k = name(byId.get(cur)!); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + ms); } }
});
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${f}`).join('\n');
console.log('SELF\n' + top(self, 25)); console.log('INCLUSIVE\n' + top(incl, 60));
await browser.close(); await server.close();
