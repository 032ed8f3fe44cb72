import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/**
 * The build served by a server the test itself can stop: WebKit's WebDriver cannot switch the network off, so a test
 * of the app offline stops the server instead. Files as they are in build/, any other path gets the SPA's
 * index.html, as `vite preview` and adapter-static's fallback do.
 */

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ttf': 'font/ttf',
	'.woff2': 'font/woff2'
};

const ROOT = 'build';

export interface BuildServer {
	url: string;
	/** Stops answering at once, open connections included: the tablet is offline. */
	stop(): Promise<void>;
}

export async function serveBuild(): Promise<BuildServer> {
	const server: Server = createServer((request, response) => {
		void (async () => {
			const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
			const file = path.endsWith('/') ? join(ROOT, path, 'index.html') : join(ROOT, path);
			let body: Buffer;
			let type = TYPES[extname(file)] ?? 'application/octet-stream';
			try {
				body = await readFile(file);
			} catch {
				body = await readFile(join(ROOT, 'index.html'));
				type = TYPES['.html']!;
			}
			response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
			response.end(body);
		})().catch((error: unknown) => {
			response.writeHead(500);
			response.end(String(error));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (typeof address !== 'object' || !address) throw new Error('the build server has no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		stop: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
