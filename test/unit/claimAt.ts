// Shared by the attribution tests: find the claim that covers a fragment of the text.
import { strict as assert } from 'assert';
import type { Analysis, Claim } from '../../src/core/model';

/** The claim containing `fragment`, or a failure listing what was found. */
export function claimWith(a: Analysis, text: string, fragment: string): Claim {
  const at = text.indexOf(fragment);
  assert.ok(at >= 0, `fragment not in text: ${fragment}`);
  const c = a.claims.find((x) => x.start <= at && at < x.end);
  assert.ok(c, `no claim covers «${fragment}»; claims: ${a.claims.map((x) => `${x.source}: ${x.text}`).join(' | ')}`);
  return c!;
}
