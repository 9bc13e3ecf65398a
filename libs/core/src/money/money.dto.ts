import { ApiProperty } from '@nestjs/swagger';
import { IsISO4217CurrencyCode, IsString, Matches } from 'class-validator';
import { LocalizedDigits } from './localized-digits';

export const DECIMAL_PATTERN = /^\d{1,15}(\.\d{1,4})?$/;

/** Money as a decimal string and an ISO 4217 currency; stored in `numeric` columns, never floats. */
export class MoneyDto {
  @ApiProperty({
    example: '12500.00',
    description: 'Decimal string, up to 15 digits and 4 decimals',
    pattern: DECIMAL_PATTERN.source,
  })
  @LocalizedDigits()
  @IsString()
  @Matches(DECIMAL_PATTERN, {
    message: 'amount must be a non-negative decimal string like "12500.00"',
  })
  amount: string;

  @ApiProperty({ example: 'IRR', description: 'ISO 4217 currency code' })
  @IsString()
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as IRR, TRY or EUR' })
  currency: string;
}

/** TypeORM transformer: `numeric` columns come back from pg as strings; keep them strings. */
export const decimalStringTransformer = {
  to: (value?: string | null) => value ?? null,
  from: (value?: string | null) => value ?? null,
};

/** TypeORM transformer: `numeric` quantities (not money) come back as JSON numbers. */
export const numericNumberTransformer = {
  to: (value?: number | null) => value ?? null,
  from: (value?: string | null) => (value === null || value === undefined ? null : Number(value)),
};
