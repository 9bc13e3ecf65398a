import 'reflect-metadata';
import { scorePair } from '@niaz/matching';
import { EVAL_CAPABILITIES, EVAL_NEEDS } from './fixtures';
import { evalCapabilityDocument, evalNeedDocument } from './matching-eval';
const need = EVAL_NEEDS.find((n) => n.id === process.argv[2])!;
const nd = evalNeedDocument(need);
for (const id of process.argv.slice(3)) {
  const c = EVAL_CAPABILITIES.find((x) => x.id === id)!;
  const r = scorePair(nd, evalCapabilityDocument(c));
  console.log(id, r.score, r.topical.toFixed(3), c.title, '|', JSON.stringify(r.reasons.map((x) => x.text)));
}
