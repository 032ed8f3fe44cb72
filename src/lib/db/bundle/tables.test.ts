import { describe, expect, it } from 'vitest';
import { isDeviceLocalSetting } from './tables';

describe('isDeviceLocalSetting', () => {
	it.each([
		['deviceId', true],
		['openNotes:ex-1:assessor-1', true],
		['ikBen:0b6a2e4c-1f43-4d7e-9a55-3c2d1e0f9a71', true],
		['currentAssessorId', true],
		['lastBackupAt', false],
		['retentionMonths', false]
	])('%s stays on this device: %s', (key, local) => {
		expect(isDeviceLocalSetting(key)).toBe(local);
	});
});
