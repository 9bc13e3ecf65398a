import { Column, ValueTransformer } from 'typeorm';
import { decimalStringTransformer, numericNumberTransformer } from './money.dto';

/** A `numeric(precision, scale)` column read back through `transformer`. */
const numericColumn =
  (precision: number, scale: number, transformer: ValueTransformer) =>
  ({ nullable = false } = {}): PropertyDecorator =>
    Column({ type: 'numeric', precision, scale, nullable, transformer });

/** A money amount as every table stores it: `numeric(19,4)`, read back as a decimal string. */
export const MoneyAmountColumn = numericColumn(19, 4, decimalStringTransformer);

/** A quantity (not money): `numeric(18,3)`, read back as a number. */
export const QuantityColumn = numericColumn(18, 3, numericNumberTransformer);
