export const DOCUMENTS_MIGRATIONS: Function[] = [];
