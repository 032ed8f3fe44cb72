import type { TociAnswer } from '../model/toci-evaluation';
import { levelRank, type TociScale } from './compare';

export interface TociEvaluationInput {
	id: string;
	date: string;
	self: Readonly<Record<string, TociAnswer>>;
	mentor: Readonly<Record<string, TociAnswer>>;
	mastered: readonly string[];
	decision?: { outcome: string; phase: string } | undefined;
	deletedAt?: string | undefined;
}

export interface TociProgressPoint {
	evaluationId: string;
	date: string;
	self?: number | undefined;
	mentor?: number | undefined;
	mastered: boolean;
}

export interface TociProgressRow {
	competencyId: string;
	name: string;
	points: TociProgressPoint[];
	/** Mentor level of the last evaluation minus that of the first evaluation that had one. */
	mentorChange?: number | undefined;
	/** Date of the first evaluation where the competency was marked as mastered. */
	masteredSince?: string | undefined;
}

export interface TociProgress {
	dates: { evaluationId: string; date: string; masteredCount: number; phase?: string | undefined; outcome?: string | undefined }[];
	rows: TociProgressRow[];
}

/** Evaluations of one youth over time, oldest first: how each competency evolved and when it was mastered. */
export function buildTociProgress(scale: TociScale, evaluations: readonly TociEvaluationInput[]): TociProgress {
	const ordered = evaluations.filter((e) => !e.deletedAt).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	const rows = scale.competencies.map((c): TociProgressRow => {
		const points = ordered.map((e) => ({
			evaluationId: e.id,
			date: e.date,
			self: levelRank(scale, e.self[c.id]?.levelId),
			mentor: levelRank(scale, e.mentor[c.id]?.levelId),
			mastered: e.mastered.includes(c.id)
		}));
		const mentorValues = points.flatMap((p) => (p.mentor === undefined ? [] : [p.mentor]));
		const mentorChange = mentorValues.length >= 2 ? mentorValues[mentorValues.length - 1]! - mentorValues[0]! : undefined;
		return { competencyId: c.id, name: c.name, points, mentorChange, masteredSince: points.find((p) => p.mastered)?.date };
	});
	const known = new Set(scale.competencies.map((c) => c.id));
	return {
		dates: ordered.map((e) => ({
			evaluationId: e.id,
			date: e.date,
			masteredCount: e.mastered.filter((id) => known.has(id)).length,
			phase: e.decision?.phase,
			outcome: e.decision?.outcome
		})),
		rows
	};
}
