/**
 * The device key the demo writes in every version vector. A record carrying it is demo data (also after it
 * was edited, and on another tablet that imported it). Kept apart from the generator so screens that only
 * need to recognise demo data do not load the generator and its note bank.
 */
export const DEMO_DEVICE = 'demo';

export function isDemoRecord(record: { vv: Record<string, number> }): boolean {
	return Object.hasOwn(record.vv, DEMO_DEVICE);
}
