import type { FileError, FileErrorCode } from '../ipc-contract';

/** A refusal decided by our own code (as opposed to one the OS reported). */
export class FileProblem extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FileProblem';
  }
}

const CODE_BY_ERRNO: Readonly<Record<string, FileErrorCode>> = {
  ENOENT: 'notFound',
  ENOTDIR: 'notFound',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'permission',
  EFBIG: 'tooLarge',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
};

function errnoCode(error: Error): string | undefined {
  const code: unknown = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps anything a file operation threw to the contract's FileError; unknown causes become 'io'. */
export function toFileError(error: unknown): FileError {
  if (error instanceof FileProblem) return { code: error.code, detail: error.message };
  if (error instanceof Error) {
    const errno = errnoCode(error);
    return { code: (errno && CODE_BY_ERRNO[errno]) || 'io', detail: error.message };
  }
  return { code: 'io', detail: String(error) };
}

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && errnoCode(error) === 'ENOENT';
}
