/** Node module hook for the boot test: `electron` resolves to the stand-in, everything else as usual. */
const STAND_IN = new URL('./electronStandIn.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true };
  return nextResolve(specifier, context);
}
