import * as z from 'zod';
import { dutchIssueMessage } from './zod-messages';

// Users read validation messages (a bundle from another tablet, a setting): in plain Dutch, without zod's
// type names ("verwacht string, ontving undefined").
z.config({ localeError: dutchIssueMessage });
// The app's Content-Security-Policy forbids eval. Zod's JIT would probe for it with `new Function` when the
// first object schema is built; set before any schema exists, `jitless` makes zod interpret instead.
z.config({ jitless: true });

export { z };
