/** Every string the UI asks for exists in every language's catalog, and every parse error has its own message. */
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../electron/ipc-contract';
import type { CjmParseError } from '../../../renderer/model/parseErrors';
import { CHANNELS, LANE_KINDS, MAP_TYPES, NOTE_COLORS } from '../../../renderer/model/schema';
import { createI18n } from '../../../renderer/i18n/i18n';
import { LANGUAGES } from '../../../renderer/i18n/languages';
import { parseErrorMessage } from '../../../renderer/ui/parseErrorMessage';
import { flattenCatalog } from './catalogTree';

const ERRORS: CjmParseError[] = [
  { kind: 'notJson', detail: 'Unexpected end of JSON input' },
  { kind: 'notCjm' },
  { kind: 'versionTooNew', fileVersion: 2, supportedVersion: 1 },
  { kind: 'migrationFailed', fromVersion: 1, detail: 'boom' },
  { kind: 'invalidRecords', problems: [{ path: 'map.notes.n1.text', reason: 'Required' }] },
  { kind: 'brokenReferences', references: [{ path: 'map.notes.n1.laneId', missingId: 'l9', collection: 'lanes' }] },
];

describe.each(LANGUAGES)('the %s catalog', async (language) => {
  const i18n = await createI18n(language);
  const t = i18n.t.bind(i18n);
  // Read from this language's own bundle: i18n.exists would also find English through the fallback.
  const own = flattenCatalog(i18n.getResourceBundle(language, 'app') as object);

  it('names every menu command, lane kind, channel, colour and map type', () => {
    const keys = [
      ...MENU_COMMANDS.map((c) => `command.${c}`),
      ...LANE_KINDS.map((k) => `laneKind.${k}`),
      ...CHANNELS.map((c) => `channel.${c}`),
      ...NOTE_COLORS.map((c) => `color.${c}`),
      ...MAP_TYPES.map((m) => `mapType.${m}`),
    ];
    const missing = keys.filter((key) => !own.has(key));
    expect(missing).toEqual([]);
  });

  it('gives five default stages for every map type', () => {
    for (const type of MAP_TYPES) expect(own.get(`defaultStages.${type}`)?.values).toHaveLength(5);
  });

  it('gives each kind of unreadable file its own message, naming the file', () => {
    const messages = ERRORS.map((error) => parseErrorMessage(error, 'journey.cjm', t));
    expect(new Set(messages.map((m) => m.message)).size).toBe(ERRORS.length);
    for (const m of messages) {
      expect(m.title).toContain('journey.cjm');
      expect(m.message).not.toMatch(/openError\./);
    }
    expect(messages[4]!.details).toEqual(['map.notes.n1.text: Required']);
    expect(messages[5]!.details[0]).toContain('l9');
  });
});
