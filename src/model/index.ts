export * from './types.ts';
export * from './errors.ts';
export * from './profile-check.ts';
export * from './spelling.ts';
