import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BreakableName from './BreakableName.svelte';

describe('BreakableName', () => {
	it('offers a break after every hyphen and keeps the text as it is', () => {
		const { container } = render(BreakableName, { name: "Zoë O'Brien-Çelik-Peeters" });
		expect(container.textContent).toBe("Zoë O'Brien-Çelik-Peeters");
		expect(container.querySelectorAll('wbr')).toHaveLength(2);
		// Each <wbr> right after a hyphen.
		for (const wbr of container.querySelectorAll('wbr')) expect(wbr.previousSibling?.textContent?.endsWith('-')).toBe(true);
	});

	it('adds nothing to a name without hyphens', () => {
		const { container } = render(BreakableName, { name: 'Youssef El Amrani' });
		expect(container.textContent).toBe('Youssef El Amrani');
		expect(container.querySelector('wbr')).toBeNull();
	});
});
