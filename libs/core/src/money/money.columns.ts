import { Column } from 'typeorm';
import { decimalStringTransformer, numericNumberTransformer } from './money.dto';

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

/** A quantity (not money): `numeric(18,3)`, read back as a number. */
export function QuantityColumn({ nullable = false } = {}): PropertyDecorator {
  return Column({
    type: 'numeric',
    precision: 18,
    scale: 3,
    nullable,
    transformer: numericNumberTransformer,
  });
}
