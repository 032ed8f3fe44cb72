import type { VersionVector } from '../model';
import { mergeVersionVectors } from './version-vector';

/**
 * The record after a person chose one of two concurrent versions: the chosen content with a vector
 * that has seen both versions and one more change on this device, so it dominates both and wins on
 * every tablet it later reaches.
 */
export function resolveConflict<T extends { vv: VersionVector; updatedAt: string }>(options: {
	chosen: T;
	other: { vv: VersionVector };
	deviceId: string;
	now: string;
}): T {
	const { chosen, other, deviceId, now } = options;
	const vv = mergeVersionVectors(chosen.vv, other.vv);
	vv[deviceId] = (vv[deviceId] ?? 0) + 1;
	return { ...chosen, vv, updatedAt: now };
}
