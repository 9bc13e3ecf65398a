export * from './match-reason';
export * from './match.entity';
export * from './matching.module';
