import { createAssessor } from '$lib/db/assessors.repo';
import {
	getCalibrationThreshold,
	getPractisingAssessorId,
	setCalibrationThreshold,
	setPractisingAssessorId,
	startCalibrationAttempt
} from '$lib/db/calibration.repo';
import { DEFAULT_CALIBRATION_THRESHOLD, type CalibrationThreshold } from '$lib/engine/calibration';
import { loadAssessorCalibrations, loadCalibrationCatalogue, type AssessorCalibration, type CalibrationCatalogue } from './calibration-catalogue';

const LOAD_FAILED = 'De kalibratie kon niet geladen worden op deze tablet. Herlaad de pagina; je ingediende oefeningen blijven bewaard.';

/** The Kalibratie page: the cases, who practises, everyone's profile and the organisation's threshold. */
export class CalibrationHomeState {
	catalogue = $state<CalibrationCatalogue | undefined>(undefined);
	calibrations = $state<AssessorCalibration[]>([]);
	assessorId = $state<string | undefined>(undefined);
	threshold = $state<CalibrationThreshold>(DEFAULT_CALIBRATION_THRESHOLD);
	problems = $state<string[]>([]);

	async load(): Promise<void> {
		try {
			const catalogue = await loadCalibrationCatalogue();
			const [calibrations, assessorId, threshold] = await Promise.all([loadAssessorCalibrations(catalogue), getPractisingAssessorId(), getCalibrationThreshold()]);
			this.catalogue = catalogue;
			this.calibrations = calibrations;
			this.assessorId = calibrations.some((c) => c.assessor.id === assessorId) ? assessorId : undefined;
			this.threshold = threshold ?? DEFAULT_CALIBRATION_THRESHOLD;
		} catch {
			this.problems = [LOAD_FAILED];
		}
	}

	async chooseAssessor(id: string): Promise<void> {
		this.assessorId = id;
		await setPractisingAssessorId(id);
	}

	async addAssessor(name: string): Promise<void> {
		const created = await createAssessor(name);
		if (!created.ok) {
			this.problems = created.problems;
			return;
		}
		this.problems = [];
		await setPractisingAssessorId(created.value.id);
		await this.load();
	}

	/** Starts a case for the chosen assessor; gives the new attempt's id. */
	async start(caseKey: string): Promise<string | undefined> {
		if (!this.assessorId) {
			this.problems = ['Kies eerst je naam.'];
			return undefined;
		}
		const started = await startCalibrationAttempt(caseKey, this.assessorId);
		if (!started.ok) {
			this.problems = started.problems;
			return undefined;
		}
		return started.value.id;
	}

	async setThreshold(threshold: CalibrationThreshold): Promise<void> {
		await setCalibrationThreshold(threshold);
		this.threshold = threshold;
	}
}
