import { deleteSetting, getSetting, setSetting } from '$lib/db/settings.repo';

/**
 * Who is using this device: everything they write carries this id as `authorId`. Kept in the device
 * settings (`currentAssessorId`) so it survives a reload; a shared tablet switches with "Ik ben: …".
 */
class CurrentAssessor {
	#id = $state<string | undefined>(undefined);
	#loaded = $state(false);
	#loading: Promise<void> | undefined;

	get id(): string | undefined {
		return this.#id;
	}

	get loaded(): boolean {
		return this.#loaded;
	}

	load(): Promise<void> {
		this.#loading ??= getSetting('currentAssessorId').then((id) => {
			this.#id = id;
			this.#loaded = true;
		});
		return this.#loading;
	}

	async set(id: string | undefined): Promise<void> {
		this.#id = id;
		this.#loaded = true;
		if (id) await setSetting('currentAssessorId', id);
		else await deleteSetting('currentAssessorId');
	}
}

export const currentAssessor = new CurrentAssessor();
