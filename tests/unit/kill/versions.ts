/** The kill test's versions: the template with its title placeholder replaced by `v<n>`. */
export const TITLE_PLACEHOLDER = 'KILL-TEST-TITLE';

export const versionText = (template: string, version: number): string => template.replace(TITLE_PLACEHOLDER, `v${version}`);
