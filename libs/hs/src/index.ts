export {
  canonicalHsCode,
  findHsEntry,
  hsChildren,
  hsCodeExists,
  hsEntries,
  hsParents,
} from './hs-nomenclature';
export type { HsEntry } from './hs-nomenclature';
export { assertHsCodesExist, unknownHsCodes } from './hs-check';
export { suggestHsCodes } from './hs-suggester';
export type { HsSuggestion } from './hs-suggester';
export { HsService } from './hs.service';
export { HsModule } from './hs.module';
export * from './dto/hs.dto';
