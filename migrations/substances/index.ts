export const SUBSTANCES_MIGRATIONS: Function[] = [];
