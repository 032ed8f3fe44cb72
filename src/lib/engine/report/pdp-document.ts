import type { ActionItem, Pdp } from '../model/plan';
import type { PdpSchema } from '../rubric/pdp-schema.schema';
import { describeHistory, type HistoryRow } from '../plan/action-history';
import { formatDateNl } from '../common/format-nl';

export interface PdpDocumentAction {
	text: string;
	timespan: string;
	who: string;
	statusSymbol: string;
	statusLabel: string;
	remarks: string;
	origin: string;
	history: HistoryRow[];
}

/** A PDP as a printable document: needs, resources and the action table with its follow-up. */
export interface PdpDocument {
	title: string;
	candidateName: string;
	lastChangedOn: string;
	columns: PdpSchema['columns'];
	statusLegend: string;
	needs: { competencyName: string | undefined; text: string; evidence: string }[];
	/** What the job target asks, as the draft's comparison said it; absent without a functieprofiel. */
	target?: { job: string; summary: string };
	/** Where the drafted needs come from. */
	needsBasis?: string;
	resources: string[];
	actions: PdpDocumentAction[];
	coachingQuestions: string[];
}

export const ACTION_ORIGIN_LABELS: Record<ActionItem['source'], string> = {
	consensus: 'uit het assessment',
	toci: 'uit TOCI',
	manual: 'door de coach',
	checklist: 'uit de checklist'
};

export interface PdpDocumentInput {
	pdp: Pdp;
	actions: readonly ActionItem[];
	candidateName: string;
	schema: PdpSchema;
	competencyNames: ReadonlyMap<string, string>;
}

export function buildPdpDocument({ pdp, actions, candidateName, schema, competencyNames }: PdpDocumentInput): PdpDocument {
	const status = new Map(schema.statusScale.map((s) => [s.id, s]));
	const live = actions.filter((a) => !a.deletedAt && a.planId === pdp.id).sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
	const latest = [pdp.updatedAt, ...live.map((a) => a.updatedAt)].sort().at(-1)!;
	return {
		title: pdp.title,
		candidateName,
		lastChangedOn: formatDateNl(latest),
		columns: schema.columns,
		statusLegend: schema.statusScale.map((s) => `${s.symbol} = ${s.label}`).join('   '),
		needs: pdp.needs.map((n) => ({
			competencyName: n.competencyId ? (competencyNames.get(n.competencyId) ?? n.competencyId) : undefined,
			text: n.text,
			evidence: n.evidence
		})),
		...(pdp.target ? { target: pdp.target } : {}),
		...(pdp.needsBasis ? { needsBasis: pdp.needsBasis } : {}),
		resources: pdp.resources.map((r) => r.text).filter((t) => t.trim() !== ''),
		actions: live.map((a) => ({
			text: a.text,
			timespan: a.dueDate ? [a.timespan, `tegen ${formatDateNl(a.dueDate)}`].filter((t) => t.trim() !== '').join(', ') : a.timespan,
			who: a.who,
			statusSymbol: status.get(a.status)?.symbol ?? a.status,
			statusLabel: status.get(a.status)?.label ?? a.status,
			remarks: a.remarks,
			origin: ACTION_ORIGIN_LABELS[a.source],
			history: describeHistory(a, schema)
		})),
		coachingQuestions: schema.coachingQuestions
	};
}
