/**
 * The child process of the kill test: saves a map again and again through the
 * real file service, writing a draft before each save, until it is killed.
 *
 *   node saveLoop.mjs <map path> <recovery folder> <template path> <first version>
 *
 * Version n is the template with its title placeholder replaced by `v<n>`, so
 * the parent can tell exactly which complete version any file holds.
 */
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { createDraftStore } from '../../../electron/drafts/draftStore';
import { createFileService, nodeFsPort } from '../../../electron/files/fileService';
import { versionText } from './versions';

const [path, recoveryFolder, templatePath, firstVersion] = process.argv.slice(2);
if (!path || !recoveryFolder || !templatePath || !firstVersion) throw new Error('usage: saveLoop <map> <recovery> <template> <first>');

const template = readFileSync(templatePath, 'utf8');
const files = createFileService();
const drafts = createDraftStore({ folder: recoveryFolder, files, fs: { ...nodeFsPort, mkdir: fs.mkdir, readFile: fs.readFile }, now: Date.now });

// Like the app after a crash: open the file (which sweeps leftovers), then keep saving.
let base = (await files.readDocument(path)).stamp;
process.stdout.write('ready\n');
for (let version = Number(firstVersion); ; version++) {
  const text = versionText(template, version);
  await drafts.write({ draftId: 'killtest0001', path, base, text });
  const result = await files.writeDocument(path, text, { base, overwriteConflict: false });
  if (result.kind !== 'written') {
    process.stderr.write('unexpected conflict\n');
    process.exit(3);
  }
  base = result.stamp;
}
