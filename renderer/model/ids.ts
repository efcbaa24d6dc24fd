/** Record ids: short, URL-safe and random, so two facilitators' maps can later merge without clashes. */
import { nanoid } from 'nanoid';

export type IdGenerator = () => string;

export const randomId: IdGenerator = () => nanoid(12);
