import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsObject,
  IsNumber,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LocalizedNumber, MoneyDto, IsOmittable, Field } from '@niaz/core';

export class CreateBidDto {
  @ApiPropertyOptional({
    description: 'The supplier organisation bidding (defaults to your first one)',
  })
  @IsOmittable()
  @IsUUID('4', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiProperty({ type: MoneyDto, example: { amount: '11.80', currency: 'EUR' } })
  @IsObject({ message: 'price must be an object { amount, currency }' })
  @ValidateNested()
  @Type(() => MoneyDto)
  price: MoneyDto;

  @ApiProperty({ example: 5000, minimum: 0.001, maximum: 1e12 })
  @LocalizedNumber()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0.001)
  @Max(1e12)
  quantity: number;

  @ApiProperty({ example: 90, minimum: 1, maximum: 3650 })
  @LocalizedNumber()
  @IsInt()
  @Min(1)
  @Max(3650)
  leadTimeDays: number;

  @ApiPropertyOptional({ example: 65, minimum: 0, maximum: 100 })
  @IsOmittable()
  @LocalizedNumber()
  @IsInt()
  @Min(0)
  @Max(100)
  localContentPercent?: number;

  @Field.Text(
    {
      maxLength: 20000,
      example: 'تولید با فولاد ۵۲۱۰۰ و کنترل کیفی ISO 9001',
      description:
        'Persian, Turkish or English, e.g. ' + '52100 çeliği ile üretim, ISO 9001 kalite kontrol',
    },
    { minLength: 1 },
  )
  proposal: string;

  @ApiPropertyOptional({ example: '2027-03-01T00:00:00Z' })
  @IsOmittable()
  @IsString()
  @IsISO8601({ strict: true }, { message: 'validUntil must be an ISO 8601 date-time' })
  validUntil?: string;
}

export class UpdateBidDto extends PartialType(OmitType(CreateBidDto, ['organizationId'] as const), {
  skipNullProperties: false,
}) {}

export class DecisionDto {
  @Field.OptionalText({ maxLength: 2000 })
  reason?: string;
}

/** POST /needs/:id/award: the need's owner awards one of its bids. */
export class AwardNeedDto extends DecisionDto {
  @ApiProperty({ description: 'The bid to award (one of this need’s live bids)' })
  @IsUUID('4', { message: 'bidId must be a UUID' })
  bidId: string;
}
