export declare const DESIGN_DOC_ID: string;
export declare function organisationRoles(db: string): { member: string; lead: string };
export declare function assessorRole(assessorId: string): string;
export declare function validateSource(): string;
export declare function designDoc(db: string): { _id: string; language: 'javascript'; validate_doc_update: string; wakker: { database: string } };
export declare function securityFor(db: string): { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } };
