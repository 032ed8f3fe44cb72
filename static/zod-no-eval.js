// Runs before the app's modules. The Content-Security-Policy forbids eval; zod 4 would probe for it
// with Function('') while building its schemas (reported as a CSP violation). Zod reads this shared
// config object when it loads (zod/v4/core: globalThis.__zod_globalConfig); `jitless` makes it use its
// interpreter and skip the probe. The app's own z.config (locale) is merged into the same object.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
