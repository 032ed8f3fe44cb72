import { z } from '$lib/engine/common/zod-nl';

// The Content-Security-Policy (svelte.config.js) forbids eval. Zod 4 probes for it with `Function('')`
// the first time it parses an object, which the browser reports as a CSP violation; `jitless` tells zod
// to use its interpreter and skip the probe. Imported by the root layout before any page parses data.
z.config({ jitless: true });
