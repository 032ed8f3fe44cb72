// A single-page app: everything runs in the browser against IndexedDB, there is no server.
export const ssr = false;
export const prerender = false;
