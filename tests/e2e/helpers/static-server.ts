import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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

/**
 * Requests under `prefix` go to `target` (the prefix taken off), as an organisation's reverse proxy puts its
 * CouchDB behind the app's own origin: the tablets' sync then talks to the same origin as the app.
 */
export interface ProxyOption {
	prefix: string;
	target: string;
}

function proxy(option: ProxyOption, request: IncomingMessage, response: ServerResponse) {
	const target = new URL(option.target);
	const path = (request.url ?? '/').slice(option.prefix.length) || '/';
	const outgoing = forward(
		{ host: target.hostname, port: target.port, method: request.method, path: `${target.pathname.replace(/\/$/, '')}${path}`, headers: { ...request.headers, host: target.host } },
		(answer) => {
			response.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(response);
		}
	);
	outgoing.on('error', () => {
		if (!response.headersSent) response.writeHead(502);
		response.end();
	});
	request.pipe(outgoing);
}

export async function serveBuild(options: { proxy?: ProxyOption } = {}): Promise<BuildServer> {
	const server: Server = createServer((request, response) => {
		if (options.proxy && (request.url ?? '').startsWith(`${options.proxy.prefix}/`)) return proxy(options.proxy, request, response);
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
