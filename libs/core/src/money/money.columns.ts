import { Column } from 'typeorm';
import { decimalStringTransformer } from './money.dto';

/** A money amount as every table stores it: `numeric(19,4)`, read back as a decimal string. */
export function MoneyAmountColumn({ nullable = false } = {}): PropertyDecorator {
  return Column({
    type: 'numeric',
    precision: 19,
    scale: 4,
    nullable,
    transformer: decimalStringTransformer,
  });
}
