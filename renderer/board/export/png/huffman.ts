/**
 * Huffman code lengths limited to DEFLATE's maximum, and the canonical codes
 * they stand for (RFC 1951 §3.2.2), for the band encoder's dynamic blocks.
 */

/** `code` of `length` bits, reversed: DEFLATE packs Huffman codes most-significant bit first into a least-significant-bit-first stream. */
export function reverseBits(code: number, length: number): number {
  let reversed = 0;
  for (let i = 0; i < length; i++) {
    reversed = (reversed << 1) | (code & 1);
    code >>>= 1;
  }
  return reversed;
}

/**
 * Code lengths of at most `maxBits` for symbols of these frequencies (0: unused, no code).
 * A Huffman tree's depths, then, where a depth passes `maxBits`, the counts per length
 * adjusted until the code is complete again (as miniz does): near optimal, and always valid.
 */
export function codeLengths(frequencies: ArrayLike<number>, maxBits: number): Uint8Array {
  const lengths = new Uint8Array(frequencies.length);
  const used: number[] = [];
  for (let symbol = 0; symbol < frequencies.length; symbol++) if (frequencies[symbol]! > 0) used.push(symbol);
  // A code needs two symbols to be complete; a lone symbol gets a one-bit code, and the other one-bit code goes unused.
  if (used.length === 1) lengths[used[0]!] = 1;
  if (used.length < 2) return lengths;
  used.sort((a, b) => frequencies[a]! - frequencies[b]! || a - b);

  // Two queues: the leaves in order of weight, and the inner nodes, which are made in order of weight.
  const leaves = used.length;
  const weight = new Float64Array(2 * leaves - 1);
  const parent = new Int32Array(2 * leaves - 1);
  for (let i = 0; i < leaves; i++) weight[i] = frequencies[used[i]!]!;
  let leaf = 0;
  let inner = leaves;
  for (let node = leaves; node < 2 * leaves - 1; node++) {
    const pick = () => (leaf < leaves && (inner >= node || weight[leaf]! <= weight[inner]!) ? leaf++ : inner++);
    const first = pick();
    const second = pick();
    weight[node] = weight[first]! + weight[second]!;
    parent[first] = node;
    parent[second] = node;
  }
  const depth = new Uint16Array(2 * leaves - 1);
  for (let node = 2 * leaves - 3; node >= 0; node--) depth[node] = depth[parent[node]!]! + 1;

  const count = new Array<number>(maxBits + 1).fill(0);
  for (let i = 0; i < leaves; i++) count[Math.min(depth[i]!, maxBits)]!++;
  // Kraft sum in units of 2^-maxBits: over 2^maxBits when depths were cut. Each step takes a
  // longest code away and splits a shorter one in two, which lowers the sum by exactly one unit.
  let total = 0;
  for (let bits = 1; bits <= maxBits; bits++) total += count[bits]! << (maxBits - bits);
  while (total > 1 << maxBits) {
    count[maxBits]!--;
    for (let bits = maxBits - 1; bits > 0; bits--) {
      if (count[bits]! > 0) {
        count[bits]!--;
        count[bits + 1]! += 2;
        break;
      }
    }
    total--;
  }
  // The rarest symbols take the longest codes.
  let next = 0;
  for (let bits = maxBits; bits > 0; bits--) for (let i = 0; i < count[bits]!; i++) lengths[used[next++]!] = bits;
  return lengths;
}

/** The canonical code of every symbol with a length, bit-reversed for writing. */
export function canonicalCodes(lengths: Uint8Array): Uint32Array {
  const maxBits = Math.max(0, ...lengths);
  const perLength = new Uint32Array(maxBits + 1);
  for (const length of lengths) if (length > 0) perLength[length]!++;
  const next = new Uint32Array(maxBits + 2);
  for (let bits = 1, code = 0; bits <= maxBits; bits++) {
    code = (code + perLength[bits - 1]!) << 1;
    next[bits] = code;
  }
  const codes = new Uint32Array(lengths.length);
  lengths.forEach((length, symbol) => {
    if (length > 0) codes[symbol] = reverseBits(next[length]!++, length);
  });
  return codes;
}
