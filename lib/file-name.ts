/** A file's name without the folders above it (either separator): a published report never shows a local path. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}
