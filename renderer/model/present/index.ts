/** Present mode's pure part: the path of framed steps, from the shared layout. */
export * from './path';
export * from './dim';
