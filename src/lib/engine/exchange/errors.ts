import { UserMessageError } from '../common/user-message-error';

/** Why a bundle was refused; each has its own Dutch message so the user knows what to do. */
export type BundleErrorCode =
	| 'too-large'
	| 'empty'
	| 'not-json'
	| 'truncated'
	| 'foreign'
	| 'older-version'
	| 'newer-version'
	| 'wrong-passphrase'
	| 'damaged-encryption'
	| 'hostile'
	| 'too-deep'
	| 'string-too-long'
	| 'invalid'
	| 'duplicate-id'
	| 'missing-reference'
	| 'impossible-date'
	| 'wrong-kind';

/** Its message is written for the person importing: screens show it as it is. */
export class BundleError extends UserMessageError {
	readonly code: BundleErrorCode;
	constructor(code: BundleErrorCode, message: string) {
		super(message);
		this.name = 'BundleError';
		this.code = code;
	}
}

export function isBundleError(e: unknown): e is BundleError {
	return e instanceof BundleError;
}
