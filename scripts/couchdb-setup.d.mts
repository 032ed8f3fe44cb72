export declare class SetupError extends Error {}
export interface SetupUser {
	name: string;
	lead: boolean;
	assessorIds: string[];
}
export declare function databaseOf(organisation: string): string;
export declare function parseUser(spec: string): SetupUser;
export declare function adminOf(rawUrl: string, env?: Record<string, string | undefined>): { url: string; auth: string };
export declare function setUpOrganisation(options: { url: string; auth: string; organisation: string; users?: SetupUser[]; fetch?: typeof fetch }): Promise<{ database: string; done: string[]; passwords: Record<string, string> }>;
export declare function purgeDeleted(options: { url: string; auth: string; database: string; fetch?: typeof fetch }): Promise<{ purged: string[] }>;
