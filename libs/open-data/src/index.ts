export * from './ocds.mapper';
export * from './ocds-validator';
export * from './ocds.service';
export * from './open-data.module';
