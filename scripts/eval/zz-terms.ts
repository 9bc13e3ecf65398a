import { findConceptMatchesInNormalized, findFamilyMatchesInNormalized, normalizeText } from '@niaz/text';
import { orderQueryWords } from '@niaz/search';
import { EVAL_NEEDS } from './fixtures';
for (const n of EVAL_NEEDS) {
  if (process.argv[2] && n.language !== process.argv[2]) continue;
  const t = normalizeText(n.title);
  const f = findFamilyMatchesInNormalized(t).map((m) => 'F:' + m.family.key + '(' + m.normalizedTerm + ')');
  const c = findConceptMatchesInNormalized(t).map((m) => 'C:' + m.entry.key + '/' + m.entry.group + '(' + m.normalizedTerm + ')');
  console.log(n.id.padEnd(30), JSON.stringify(t), '=>', [...f, ...c].join(' '), ' Q:', orderQueryWords(t));
}
