import type { ChecklistMeasurement } from '../model/organisation-data';

/**
 * The nulmeting of an organisation: the measurement marked as baseline, else the earliest one (by date,
 * then creation), so deleting the first measurement still leaves a baseline to compare with.
 */
export function pickBaselineMeasurement(measurements: readonly ChecklistMeasurement[]): ChecklistMeasurement | undefined {
	const live = measurements.filter((m) => m.deletedAt === undefined);
	return live.find((m) => m.isBaseline) ?? sortMeasurements(live)[0];
}

/** Oldest first: by date, then by creation time. */
export function sortMeasurements(measurements: readonly ChecklistMeasurement[]): ChecklistMeasurement[] {
	return [...measurements].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}
