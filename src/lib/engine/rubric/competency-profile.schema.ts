import { z } from '../common/zod-nl';
import { requiredLine, slugId } from '../common/text';
import { Provenance, RubricHeader } from './common.schema';
import { checkUniqueIds } from './unique-ids';
import { SAM_LEVEL_IDS, type SamLevelId } from './sam-scale';

const cell = requiredLine(600);
/** One cell per SAM level, keyed by the level's id: a file must describe every level, and no other. */
const levelCells = Object.fromEntries(SAM_LEVEL_IDS.map((id) => [id, cell])) as Record<SamLevelId, typeof cell>;

/** One observable behaviour, graded in one cell per SAM level. */
export const IndicatorRow = z.strictObject({
	id: slugId,
	behaviour: requiredLine(200),
	levels: z.strictObject(levelCells)
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;

export const CompetencyTier = z.enum(['kern', 'bijkomend', 'extra']);
export type CompetencyTier = z.infer<typeof CompetencyTier>;

export const TIER_LABELS: Record<CompetencyTier, string> = {
	kern: 'Kerncompetenties',
	bijkomend: 'Bijkomende competenties',
	extra: 'Extra competenties'
};

export const Competency = z.strictObject({
	id: slugId,
	name: requiredLine(),
	tier: CompetencyTier,
	definition: requiredLine(1_000),
	provenance: Provenance,
	/** Health-related content (fysieke/medische mogelijkheden): shown with care and only where needed. */
	sensitive: z.boolean().optional(),
	indicators: z.array(IndicatorRow).min(1, 'heeft minstens één gedragsindicator nodig').max(12)
});
export type Competency = z.infer<typeof Competency>;

export const CompetencyProfile = z
	.strictObject({
		kind: z.literal('competency-profile'),
		...RubricHeader,
		scale: z.literal('sam'),
		competencies: z.array(Competency).min(1).max(60)
	})
	.superRefine((profile, ctx) => {
		checkUniqueIds(profile.competencies, ['competencies'], ctx);
		profile.competencies.forEach((c, i) => checkUniqueIds(c.indicators, ['competencies', i, 'indicators'], ctx));
	});
export type CompetencyProfile = z.infer<typeof CompetencyProfile>;
