/**
 * The personal PIN an assessor sets to protect their name on a tablet: choosing that name under "Ik ben" (and so
 * acting as them, and seeing what the blind rule shows only them) asks for it. Digits only, so it can be typed on
 * a tablet's number pad while the other hand holds the tablet.
 */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;
/** After this many wrong PINs in a row for one name, the tablet waits before it accepts another try. */
export const PIN_MAX_ATTEMPTS = 5;
export const PIN_LOCKOUT_MS = 30_000;

/** Why a new PIN cannot be used, in Dutch, or null when it can. */
export function pinProblem(pin: string): string | null {
	if (!/^\d+$/.test(pin)) return 'Een pincode bestaat alleen uit cijfers.';
	if (pin.length < PIN_MIN_DIGITS || pin.length > PIN_MAX_DIGITS) return `Kies een pincode van ${PIN_MIN_DIGITS} tot ${PIN_MAX_DIGITS} cijfers.`;
	if (/^(\d)\1+$/.test(pin)) return 'Kies een pincode die niet uit één herhaald cijfer bestaat.';
	if ('0123456789'.includes(pin) || '9876543210'.includes(pin)) return 'Kies een pincode die geen reeks opeenvolgende cijfers is.';
	return null;
}

/** The Dutch messages of choosing a PIN-protected name. */
export const PIN_MESSAGES = {
	needed: (name: string) => `${name} beveiligde de naam met een pincode. Geef de pincode om verder te gaan als ${name}.`,
	wrong: 'Deze pincode klopt niet. Probeer opnieuw, of vraag de hoofdassessor om de pincode te wissen.',
	lockedOut: (seconds: number) => `Te veel foute pogingen. Wacht ${seconds} seconden en probeer opnieuw.`
} as const;

/** The outcome of choosing a name under "Ik ben": taken, or a PIN is asked (again) before it is. */
export type AssessorChoice = { ok: true } | { ok: false; pin: 'needed' | 'wrong' | 'locked'; message: string };
