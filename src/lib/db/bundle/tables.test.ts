import { describe, expect, it } from 'vitest';
import { isDeviceLocalSetting } from './tables';

describe('isDeviceLocalSetting', () => {
	it.each([
		['deviceId', true],
		['openNotes:ex-1:assessor-1', true],
		['currentAssessorId', false],
		['lastBackupAt', false],
		['retentionMonths', false]
	])('%s stays on this device: %s', (key, local) => {
		expect(isDeviceLocalSetting(key)).toBe(local);
	});
});
