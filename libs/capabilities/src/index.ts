export * from './capability.entity';
export * from './capability-queries';
export * from './capabilities.service';
export * from './capabilities.module';
