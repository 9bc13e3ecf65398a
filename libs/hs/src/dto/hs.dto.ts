import { LANGUAGES, Field } from '@niaz/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';

export const HS_SUGGEST_LANGUAGES = LANGUAGES;

export class HsSuggestQueryDto {
  @Field.Text({
    description: "A need's or capability's title and description, in Persian, Turkish or English",
    minLength: 2,
    maxLength: 2000,
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  q: string;

  @ApiPropertyOptional({
    enum: HS_SUGGEST_LANGUAGES,
    description: 'Language of the text, when known (the suggestions read all three anyway)',
  })
  @IsOptional()
  @IsIn(HS_SUGGEST_LANGUAGES)
  lang?: (typeof HS_SUGGEST_LANGUAGES)[number];
}

export class HsSuggestionView {
  @ApiProperty({ example: '8482', description: 'HS 2022 heading (4 digits) or subheading (6)' })
  code: string;
  @ApiProperty({ example: 'Ball or roller bearings', description: 'English description (HS 2022)' })
  description: string;
  @ApiProperty({ example: 1, description: 'Relative likelihood in [0, 1], the first is 1' })
  score: number;
  @ApiProperty({
    type: [String],
    example: ['بلبرینگ'],
    description: 'The words of the text behind the suggestion',
  })
  why: string[];
}

export class HsSuggestionList {
  @ApiProperty({ type: [HsSuggestionView], description: 'At most five, most likely first' })
  items: HsSuggestionView[];
}

export class HsCodeParentView {
  @ApiProperty({ example: '84' })
  code: string;
  @ApiProperty()
  description: string;
  @ApiProperty({ enum: [2, 4, 6], example: 2 })
  level: number;
}

export class HsCodeView {
  @ApiProperty({ example: '848210' })
  code: string;
  @ApiProperty({ example: 'Ball bearings' })
  description: string;
  @ApiProperty({ enum: [2, 4, 6], example: 6, description: 'Chapter 2, heading 4, subheading 6' })
  level: number;
  @ApiProperty({ type: [HsCodeParentView], description: 'Heading then chapter (nearest first)' })
  parents: HsCodeParentView[];

  @ApiProperty({
    type: [HsCodeParentView],
    description: 'The codes one level below (headings of a chapter, subheadings of a heading)',
  })
  children: HsCodeParentView[];
}
