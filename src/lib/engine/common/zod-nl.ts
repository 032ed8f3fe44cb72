import * as z from 'zod';

// Users read validation messages (a rubric they import, a bundle from another tablet): in Dutch.
z.config(z.locales.nl());
// The app's Content-Security-Policy forbids eval. Zod's JIT would probe for it with `new Function` when the
// first object schema is built; set before any schema exists, `jitless` makes zod interpret instead.
z.config({ jitless: true });

export { z };
