// The whole store schema; drizzle-kit generates migrations from this module.
export * from './enums.ts';
export * from './pcs.ts';
export * from './monitor.ts';
export * from './catalog.ts';
export * from './artifacts.ts';
export * from './proposals.ts';
export * from './conversations.ts';
export * from './alarms.ts';
export * from './auth.ts';
