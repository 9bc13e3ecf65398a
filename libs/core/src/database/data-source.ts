import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** The data source of the TypeORM CLI (`npm run migration:*`). */
export default new DataSource(dataSourceOptions(loadAppConfig(process.env).database));
