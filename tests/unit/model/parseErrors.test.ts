/** Every way a `.cjm` text can be refused, with the details the UI shows the facilitator. */
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, parseCjm } from '../../../renderer/model/cjmFormat';
import type { Migration } from '../../../renderer/model/migrations';
import type { CjmParseError, RecordProblem } from '../../../renderer/model/parseErrors';
import { MAX_PHOTO_DATA_URL_CHARS } from '../../../renderer/model/schema';
import { AVATAR_PNG_DATA_URL, MISSING_LANE_ID } from '../../fixtures/fixtureMaps';
import { at, fileJson, type Json, parseErr, parseOk, readFixture, toText } from './helpers';

const minimal = (): Json => fileJson(readFixture('minimal.cjm'));
const full = (): Json => fileJson(readFixture('full.cjm'));

type Kind = CjmParseError['kind'];
function expectKind<K extends Kind>(error: CjmParseError, kind: K): Extract<CjmParseError, { kind: K }> {
  expect(error.kind).toBe(kind);
  return error as Extract<CjmParseError, { kind: K }>;
}

const problemsOf = (text: string): readonly RecordProblem[] => expectKind(parseErr(text), 'invalidRecords').problems;
const pathsOf = (text: string): string[] => problemsOf(text).map((problem) => problem.path);

describe('notJson', () => {
  it.each(['truncated.cjm', 'not-json.cjm'])('%s', (name) => {
    const error = expectKind(parseErr(readFixture(name)), 'notJson');
    expect(error.detail.length).toBeGreaterThan(0);
  });

  it('an empty file', () => {
    expectKind(parseErr(''), 'notJson');
  });
});

describe('notCjm', () => {
  it('foreign.json: valid JSON that is not a journey map', () => {
    expectKind(parseErr(readFixture('foreign.json')), 'notCjm');
  });

  it.each(['format', 'formatVersion', 'schemaVersion', 'map'])('the envelope lacks %s', (field) => {
    const file = minimal();
    delete file[field];
    expectKind(parseErr(toText(file)), 'notCjm');
  });

  it.each([
    ['another format', { format: 'cjm2' }],
    ['a version written as text', { formatVersion: '1' }],
    ['format version 0', { formatVersion: 0 }],
    ['a fractional schema version', { schemaVersion: 1.5 }],
    ['a map that is a list', { map: [] }],
    ['a map that is null', { map: null }],
  ])('%s', (_, patch) => {
    expectKind(parseErr(toText({ ...minimal(), ...patch })), 'notCjm');
  });

  it.each(['[]', 'null', '"cjm"', '42', 'true'])('JSON that is not an object: %s', (text) => {
    expectKind(parseErr(text), 'notCjm');
  });
});

describe('versionTooNew', () => {
  it('future-version.cjm tells which version the file needs and which this build reads', () => {
    const error = expectKind(parseErr(readFixture('future-version.cjm')), 'versionTooNew');
    expect(error).toEqual({ kind: 'versionTooNew', fileVersion: 2, supportedVersion: FORMAT_VERSION });
  });

  it('is reported before the records are looked at, whatever a newer format keeps in `map`', () => {
    const file = { ...minimal(), formatVersion: 7, map: { layers: ['a new world'] } };
    expect(parseErr(toText(file))).toEqual({ kind: 'versionTooNew', fileVersion: 7, supportedVersion: FORMAT_VERSION });
  });
});

describe('migrationFailed', () => {
  const failing = (from: number, fail: () => never): Migration => ({ from, description: 'fails', migrate: fail });
  const identity = (from: number): Migration => ({ from, description: 'no-op', migrate: (map) => map });
  /** minimal.cjm as a v1 app wrote it, so that step 1 runs. */
  const v1File = () => readFixture('minimal.cjm').replace(/"schemaVersion": \d+,/, '"schemaVersion": 1,');

  it('reports the step that threw and its message', () => {
    const steps = [
      failing(1, () => {
        throw new Error('lanes missing');
      }),
    ];
    expect(parseErr(v1File(), steps)).toEqual({
      kind: 'migrationFailed',
      fromVersion: 1,
      detail: 'lanes missing',
    });
  });

  it('names the second step when the first one succeeded', () => {
    const steps = [
      identity(1),
      failing(2, () => {
        throw new TypeError('cannot read notes');
      }),
    ];
    const error = expectKind(parseErr(v1File(), steps), 'migrationFailed');
    expect(error.fromVersion).toBe(2);
    expect(error.detail).toBe('cannot read notes');
  });

  it('keeps a thrown non-Error readable', () => {
    const steps = [
      failing(1, () => {
        throw 'bad data'; // eslint-disable-line no-throw-literal
      }),
    ];
    expect(expectKind(parseErr(v1File(), steps), 'migrationFailed').detail).toBe('bad data');
  });
});

describe('invalidRecords', () => {
  it('invalid-records.cjm points at the emotion score of 7 and at the note without text', () => {
    const problems = problemsOf(readFixture('invalid-records.cjm'));
    expect(problems.map((problem) => problem.path).sort()).toEqual(['map.emotionPoints.e0001.score', 'map.notes.n0002.text']);
    for (const problem of problems) expect(problem.reason.length).toBeGreaterThan(0);
  });

  it('every emotion score from -3 to +3 is accepted, and -4, +4 and 0.5 are not', () => {
    const withScore = (score: number) => {
      const file = minimal();
      at(file, 'map').emotionPoints = {
        e0001: { id: 'e0001', personaId: 'p0001', stageId: 's0001', curve: 'current', score, label: '' },
      };
      return toText(file);
    };
    for (const score of [-3, -2, -1, 0, 1, 2, 3]) expect(parseOk(withScore(score)).document.map.emotionPoints.e0001?.score).toBe(score);
    for (const score of [-4, 4, 0.5]) expect(pathsOf(withScore(score))).toEqual(['map.emotionPoints.e0001.score']);
  });

  it('a record whose key is not its id', () => {
    const file = minimal();
    at(file, 'map', 'notes', 'n0001').id = 'n0009';
    const [problem, ...rest] = problemsOf(toText(file));
    expect(rest).toEqual([]);
    expect(problem?.path).toBe('map.notes.n0001.id');
    expect(problem?.reason).toContain('n0009');
  });

  it('two emotion points for the same persona, stage and curve', () => {
    const file = full();
    const points = at(file, 'map', 'emotionPoints');
    points.e0099 = { ...at(points, 'e0002'), id: 'e0099', score: 3 };
    const [problem, ...rest] = problemsOf(toText(file));
    expect(rest).toEqual([]);
    expect(problem?.path).toBe('map.emotionPoints.e0099');
    expect(problem?.reason).toContain('e0002');
  });

  it('the same persona and stage on the current and the target curve is fine', () => {
    const file = full();
    const points = at(file, 'map', 'emotionPoints');
    points.e0099 = { ...at(points, 'e0002'), id: 'e0099', curve: 'target' };
    expect(Object.keys(parseOk(toText(file)).document.map.emotionPoints)).toContain('e0099');
  });

  it('a persona photo above the size limit', () => {
    const file = full();
    const padding = 'A'.repeat(MAX_PHOTO_DATA_URL_CHARS);
    at(file, 'map', 'personas', 'p0001').photo = `data:image/png;base64,${padding}`;
    const [problem] = problemsOf(toText(file));
    expect(problem?.path).toBe('map.personas.p0001.photo');
    expect(problem?.reason).toContain('larger than the limit');
  });

  it('a photo just under the limit is accepted', () => {
    const file = full();
    const prefix = 'data:image/png;base64,';
    const photo = prefix + 'A'.repeat(MAX_PHOTO_DATA_URL_CHARS - prefix.length);
    at(file, 'map', 'personas', 'p0001').photo = photo;
    expect(parseOk(toText(file)).document.map.personas.p0001?.photo).toBe(photo);
  });

  it.each([
    ['a web address', 'https://example.com/anna.png'],
    ['a local path', 'C:\\Users\\anna\\photo.jpg'],
    ['an SVG, which may carry script', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['a data URL that is not base64', 'data:image/png,rawbytes'],
  ])('a photo that is %s', (_, photo) => {
    const file = full();
    at(file, 'map', 'personas', 'p0002').photo = photo;
    const [problem] = problemsOf(toText(file));
    expect(problem?.path).toBe('map.personas.p0002.photo');
    expect(problem?.reason).toBe('not an embedded image');
  });

  it('the real avatar photo is accepted', () => {
    expect(parseOk(readFixture('full.cjm')).document.map.personas.p0001?.photo).toBe(AVATAR_PNG_DATA_URL);
  });

  it('map fields and whole collections are checked too', () => {
    const file = minimal();
    const map = at(file, 'map');
    delete map.title;
    map.mapType = 'poster';
    map.notes = [];
    expect(pathsOf(toText(file)).sort()).toEqual(['map.mapType', 'map.notes', 'map.title']);
  });

  it('at most 20 problems are reported, so the dialog stays readable', () => {
    const file = minimal();
    const notes = at(file, 'map', 'notes');
    for (let i = 0; i < 50; i++) notes[`bad${i}`] = { id: `bad${i}` };
    expect(problemsOf(toText(file)).length).toBe(20);
  });

  it.each(['__proto__', 'constructor'])('a record keyed %s is refused, never silently dropped', (id) => {
    const file = minimal();
    // JSON.parse makes "__proto__" an own key, as a crafted file would.
    const text = toText(file).replace('"n0001": {', `"${id}": {`).replace('"id": "n0001"', `"id": "${id}"`);
    expect(Object.keys(JSON.parse(text).map.notes as object)).toContain(id);
    const result = parseCjm(text);
    if (result.ok) {
      // If such an id is ever allowed, the note must come back as an own record.
      expect(Object.hasOwn(result.value.document.map.notes, id)).toBe(true);
      expect(Object.getPrototypeOf(result.value.document.map.notes)).toBe(Object.prototype);
    } else {
      expect(result.error.kind).toBe('invalidRecords');
    }
  });
});

describe('brokenReferences', () => {
  it('broken-references.cjm names the note field and the missing lane id', () => {
    const error = expectKind(parseErr(readFixture('broken-references.cjm')), 'brokenReferences');
    expect(error.references).toEqual([{ path: 'map.notes.n0002.laneId', missingId: MISSING_LANE_ID, collection: 'lanes' }]);
  });

  it('checks every reference: lane → persona, emotion point → persona and stage, touchpoint → lane and stage', () => {
    const file = full();
    const map = at(file, 'map');
    at(map, 'lanes', 'l0001').personaId = 'p0404';
    at(map, 'emotionPoints', 'e0001').personaId = 'p0405';
    at(map, 'emotionPoints', 'e0002').stageId = 's0406';
    at(map, 'touchpoints', 't0001').laneId = 'l0407';
    at(map, 'touchpoints', 't0002').stageId = 's0408';
    at(map, 'notes', 'n0001').stageId = 's0409';
    const error = expectKind(parseErr(toText(file)), 'brokenReferences');
    expect([...error.references].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'map.emotionPoints.e0001.personaId', missingId: 'p0405', collection: 'personas' },
      { path: 'map.emotionPoints.e0002.stageId', missingId: 's0406', collection: 'stages' },
      { path: 'map.lanes.l0001.personaId', missingId: 'p0404', collection: 'personas' },
      { path: 'map.notes.n0001.stageId', missingId: 's0409', collection: 'stages' },
      { path: 'map.touchpoints.t0001.laneId', missingId: 'l0407', collection: 'lanes' },
      { path: 'map.touchpoints.t0002.stageId', missingId: 's0408', collection: 'stages' },
    ]);
  });

  it('a shared lane (personaId null) is not a broken reference', () => {
    const map = parseOk(readFixture('full.cjm')).document.map;
    expect(Object.values(map.lanes).some((lane) => lane.personaId === null)).toBe(true);
  });

  it('deleting a persona whose lanes stay behind is refused', () => {
    const file = minimal();
    delete at(file, 'map', 'personas').p0001;
    const error = expectKind(parseErr(toText(file)), 'brokenReferences');
    expect(error.references.map((ref) => ref.missingId)).toEqual(Array(6).fill('p0001'));
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'an id named like a built-in object property (%s) is still a missing lane',
    (name) => {
      const file = minimal();
      at(file, 'map', 'notes', 'n0001').laneId = name;
      const error = expectKind(parseErr(toText(file)), 'brokenReferences');
      expect(error.references).toEqual([{ path: 'map.notes.n0001.laneId', missingId: name, collection: 'lanes' }]);
    },
  );
});
