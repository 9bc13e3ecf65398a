import { Injectable } from '@nestjs/common';
import { problems } from '@niaz/core';
import type { HsCodeView, HsSuggestionList, HsSuggestQueryDto } from './dto/hs.dto';
import { canonicalHsCode, findHsEntry, hsChildren, hsParents } from './hs-nomenclature';
import { suggestHsCodes } from './hs-suggester';

/** The HS 2022 nomenclature for people: look a code up, suggest codes for a text. */
@Injectable()
export class HsService {
  suggest(query: HsSuggestQueryDto): HsSuggestionList {
    return { items: suggestHsCodes(query.q, 5) };
  }

  describe(code: string): HsCodeView {
    const digits = canonicalHsCode(code);
    if (!digits || ![2, 4, 6, 8, 10].includes(digits.length))
      throw problems.validation([
        {
          field: 'code',
          message: 'code must be an HS code of 2, 4, 6, 8 or 10 digits',
          code: 'hsCode',
        },
      ]);
    const entry = findHsEntry(digits);
    if (!entry) throw problems.notFound('HS code');
    return {
      code: entry.code,
      description: entry.description,
      level: entry.level,
      parents: hsParents(entry).map((p) => ({
        code: p.code,
        description: p.description,
        level: p.level,
      })),
      children: hsChildren(entry).map((c) => ({
        code: c.code,
        description: c.description,
        level: c.level,
      })),
    };
  }
}
