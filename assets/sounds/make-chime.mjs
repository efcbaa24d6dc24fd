// Writes timer-chime.wav: three soft sine tones (E5, G#5, B5) with a bell-like decay,
// 22.05 kHz 16-bit mono. Run `node assets/sounds/make-chime.mjs`; the bytes are committed
// so the app ships the sound and never fetches one.
import { writeFileSync } from 'node:fs';

const RATE = 22050;
const notes = [659.25, 830.61, 987.77];
const noteSeconds = 0.45;
const samples = new Int16Array(Math.round(RATE * noteSeconds * (notes.length + 1)));
notes.forEach((frequency, n) => {
  const start = Math.round(n * noteSeconds * RATE);
  for (let i = 0; start + i < samples.length; i++) {
    const t = i / RATE;
    const envelope = Math.min(1, t / 0.01) * Math.exp(-t * 3.2);
    const value = 0.3 * envelope * (Math.sin(2 * Math.PI * frequency * t) + 0.25 * Math.sin(4 * Math.PI * frequency * t));
    samples[start + i] = Math.max(-32767, Math.min(32767, samples[start + i] + value * 32767));
  }
});
const data = Buffer.from(samples.buffer);
const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + data.length, 4);
header.write('WAVEfmt ', 8);
header.writeUInt32LE(16, 16);
header.writeUInt16LE(1, 20);
header.writeUInt16LE(1, 22);
header.writeUInt32LE(RATE, 24);
header.writeUInt32LE(RATE * 2, 28);
header.writeUInt16LE(2, 32);
header.writeUInt16LE(16, 34);
header.write('data', 36);
header.writeUInt32LE(data.length, 40);
writeFileSync(new URL('./timer-chime.wav', import.meta.url), Buffer.concat([header, data]));
