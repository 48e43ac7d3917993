import { removeTemporaryFoldersWhenFileEnds } from './temporary-folder.ts';

/**
 * Vitest setup file of both configs, run before each test file (again for each file even where
 * modules are shared, `isolate: false`): the folders that file makes with temporary-folder.ts
 * are removed when it ends.
 */
removeTemporaryFoldersWhenFileEnds();
