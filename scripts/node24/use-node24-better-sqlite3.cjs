/* eslint-disable @typescript-eslint/no-require-imports -- a --require preload is CommonJS */
// Preloaded with `node --require` (through NODE_OPTIONS) by the unit-node24 stage: better-sqlite3's addon in
// node_modules is built for Node 20's ABI, so under Node 24 its require() is pointed at the copy built for Node 24
// (BUREAU_BETTER_SQLITE3_ADDON). A --require preload, unlike an --import one, also runs in worker threads (the
// SQLite checkpoint worker), and sync hooks cover require() as well as import.
const nodeModule = require('node:module');
const { pathToFileURL } = require('node:url');

const addon = process.env.BUREAU_BETTER_SQLITE3_ADDON;
const defaultAddon = /\/better-sqlite3\/build\/Release\/better_sqlite3\.node$/;

// Child processes inherit NODE_OPTIONS, and one may be a Node 20 (npm, through PATH): it has no registerHooks and
// needs no redirection.
if (addon && process.versions.modules === process.env.BUREAU_BETTER_SQLITE3_ABI && nodeModule.registerHooks) {
  nodeModule.registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      return defaultAddon.test(resolved.url) ? { ...resolved, url: pathToFileURL(addon).href } : resolved;
    },
  });
}
