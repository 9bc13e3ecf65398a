import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class UnsubscribeQueryDto {
  @ApiProperty({ description: 'The signed token from the e-mail' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token: string;
}
