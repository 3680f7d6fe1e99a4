export const VEHICLES_MIGRATIONS: Function[] = [];
