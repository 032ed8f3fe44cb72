import * as z from 'zod';

// Users read validation messages (a rubric they import, a bundle from another tablet): in Dutch.
z.config(z.locales.nl());

export { z };
