/** What a facilitator reads when a file cannot be opened: one message per parse error kind, checked exhaustively. */
import type { TFunction } from 'i18next';
import type { CjmParseError } from '../model/parseErrors';

export interface UserMessage {
  readonly title: string;
  readonly message: string;
  readonly details: readonly string[];
}

export function parseErrorMessage(error: CjmParseError, fileName: string, t: TFunction): UserMessage {
  const title = t('openError.title', { name: fileName });
  switch (error.kind) {
    case 'notJson':
      return { title, message: t('openError.notJson'), details: [error.detail] };
    case 'notCjm':
      return { title, message: t('openError.notCjm'), details: [] };
    case 'versionTooNew':
      return {
        title,
        message: t('openError.versionTooNew', { fileVersion: error.fileVersion, supportedVersion: error.supportedVersion }),
        details: [],
      };
    case 'migrationFailed':
      return { title, message: t('openError.migrationFailed', { version: error.fromVersion }), details: [error.detail] };
    case 'invalidRecords':
      return {
        title,
        message: t('openError.invalidRecords', { count: error.problems.length }),
        details: error.problems.map((p) => `${p.path}: ${p.reason}`),
      };
    case 'brokenReferences':
      return {
        title,
        message: t('openError.brokenReferences', { count: error.references.length }),
        details: error.references.map((r) => t('openError.brokenReference', { path: r.path, id: r.missingId })),
      };
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}
