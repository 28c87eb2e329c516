import { URI } from 'vscode-uri';
import { isFactFileName } from '../core';

/** The core's path for a document URI (absolute, forward slashes). Untitled documents get a path under their scheme. */
export function pathOf(uri: string): string {
  const parsed = URI.parse(uri);
  if (parsed.scheme === 'file') return parsed.fsPath.replace(/\\/g, '/');
  return `/${parsed.scheme}${parsed.path.startsWith('/') ? '' : '/'}${parsed.path}`;
}

/** The file URI of a core path. */
export function uriOf(path: string): string {
  return URI.file(path).toString();
}

/** Whether a core path is a fact file by its name (SPEC section 1). */
export function isFactFilePath(path: string): boolean {
  return isFactFileName(path);
}

/** Whether a core path is inside a folder. */
export function isInside(path: string, folder: string): boolean {
  const f = folder.endsWith('/') ? folder : `${folder}/`;
  return path === folder || path.startsWith(f);
}
