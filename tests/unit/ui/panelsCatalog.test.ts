/** The panels speak the facilitator's language: every option they show has a text in every language's catalog. */
import { describe, expect, it } from 'vitest';
import type { FileErrorCode } from '../../../electron/ipc-contract';
import { resources } from '../../../renderer/i18n/i18n';
import { LANGUAGES } from '../../../renderer/i18n/languages';
import { DATA_SOURCES, PURCHASE_FREQUENCIES, RECENCIES } from '../../../renderer/model/schema';
import { SUMMARY_COLUMNS } from '../../../renderer/ui/panels/touchpointSort';
import { flattenCatalog } from './catalogTree';

const FILE_ERRORS: readonly FileErrorCode[] = ['notFound', 'permission', 'tooLarge', 'notAllowed', 'io'];

describe.each(LANGUAGES)('the %s panels catalog', (language) => {
  const own = flattenCatalog(resources[language].panels);

  it('names every behaviour option, data source, summary column, flag and photo error', () => {
    const keys = [
      ...PURCHASE_FREQUENCIES.map((f) => `persona.behaviour.frequency.${f}`),
      ...RECENCIES.map((r) => `persona.behaviour.recencyValue.${r}`),
      ...DATA_SOURCES.map((s) => `persona.dataSources.value.${s}`),
      ...SUMMARY_COLUMNS.map((c) => `summary.column.${c}`),
      ...FILE_ERRORS.map((code) => `photo.fileError.${code}`),
      ...['momentOfTruth', 'dropOff'].flatMap((flag) => [`summary.flag.${flag}`, `touchpoint.${flag}`]),
      ...['needs', 'motivations', 'fears', 'obstacles'].flatMap((list) => [`persona.${list}.heading`, `persona.${list}.add`]),
    ];
    expect(keys.filter((key) => !own.has(key))).toEqual([]);
  });
});
