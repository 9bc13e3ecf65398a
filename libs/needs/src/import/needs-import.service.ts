import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  FieldError,
  flattenValidationErrors,
  localizeFieldError,
  MessageLanguage,
  MultipartFile,
  problems,
  ProblemException,
} from '@niaz/core';
import { unknownHsCodes } from '@niaz/hs';
import { Principal } from '@niaz/identity';
import { CreateNeedDto } from '../dto/create-need.dto';
import { timeZoneErrors } from '../need-time-zone';
import { NeedsService } from '../needs.service';
import {
  columnLetter,
  columnOf,
  columnOfField,
  NEED_COLUMNS,
  NeedColumn,
  payloadOf,
} from './need-columns';
import { ImportPreviewRow, ImportRowError, NeedsImportResponse } from './needs-import.dto';
import { readSheet, SheetUnreadable } from './need-sheet';

/** A file of needs may be this large and hold this many rows. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 1000;

function fileProblem(code: string, message: string, params?: Record<string, number>) {
  return problems.validation([{ field: 'file', code, message, ...(params ? { params } : {}) }]);
}

/**
 * `POST /needs/import`: needs from an XLSX or CSV template. Every row is read and checked as
 * `POST /needs` would; a dry run answers the preview and the refused cells by row and column;
 * otherwise every row becomes a draft in one transaction, or, if any row is refused, none.
 */
@Injectable()
export class NeedsImportService {
  constructor(private readonly needs: NeedsService) {}

  async import(
    principal: Principal,
    file: MultipartFile | undefined,
    options: { dryRun?: boolean; organizationId?: string },
    lang: MessageLanguage,
  ): Promise<NeedsImportResponse> {
    const organizationId = principal.actingOrganization('manufacturer', options.organizationId);
    if (!organizationId)
      throw problems.forbidden('Only members of a manufacturer organisation import its needs.');
    return this.importFor(principal, organizationId, file, !!options.dryRun, lang);
  }

  /**
   * The import for `organizationId`, which the caller may import for: a member, or (libs/meetings)
   * an organiser of a fair the manufacturer takes part in and let import on its behalf.
   */
  async importFor(
    principal: Principal,
    organizationId: string,
    file: MultipartFile | undefined,
    dryRun: boolean,
    lang: MessageLanguage,
  ): Promise<NeedsImportResponse> {
    if (!file) throw fileProblem('fileMissing', 'Send the XLSX or CSV file in the field "file".');
    if (file.data.length > IMPORT_MAX_BYTES)
      throw fileProblem('fileTooLarge', `The file may be at most ${IMPORT_MAX_BYTES} bytes.`, {
        limit: IMPORT_MAX_BYTES,
      });
    const grid = await readSheet(file.data, IMPORT_MAX_ROWS).catch((error: unknown) => {
      if (error instanceof SheetUnreadable)
        throw fileProblem(
          error.code,
          error.message,
          error.code === 'fileTooManyRows' ? { limit: IMPORT_MAX_ROWS } : undefined,
        );
      throw error;
    });

    const errors: ImportRowError[] = [];
    const push = (e: ImportRowError & { params?: FieldError['params'] }, header: string) => {
      const worded = localizeFieldError(
        { field: header, code: e.code, message: e.message, params: e.params },
        lang,
      );
      errors.push({
        row: e.row,
        column: e.column,
        cell: e.cell,
        code: e.code,
        message: worded.message,
      });
    };

    // The header row: every column known, once; the required ones present.
    const at = new Map<NeedColumn, number>();
    grid.header.forEach((header, i) => {
      if (!header) return;
      const column = columnOf(header);
      const cell = `${columnLetter(i)}1`;
      if (!column)
        push(
          {
            row: 1,
            column: header,
            cell,
            code: 'columnUnknown',
            message: `Column "${header}" is not in the needs template`,
          },
          header,
        );
      else if (at.has(column))
        push(
          {
            row: 1,
            column,
            cell,
            code: 'columnDuplicate',
            message: `Column "${header}" appears twice`,
          },
          header,
        );
      else at.set(column, i);
    });
    for (const c of NEED_COLUMNS)
      if ('required' in c && c.required && !at.has(c.key))
        push(
          {
            row: 1,
            column: c.key,
            code: 'columnMissing',
            message: `Column "${c.key}" is required`,
          },
          c.key,
        );

    const good: Array<{ row: number; dto: CreateNeedDto }> = [];
    if (!errors.length)
      for (const { row, cells } of grid.rows) {
        const byColumn: Partial<Record<NeedColumn, string>> = {};
        for (const [column, i] of at) byColumn[column] = cells[i] ?? '';
        const dto = plainToInstance(CreateNeedDto, payloadOf(byColumn));
        const fieldErrors = [
          ...flattenValidationErrors(
            await validate(dto, {
              whitelist: true,
              forbidNonWhitelisted: true,
              validationError: { target: false, value: false },
            }),
          ),
          ...unknownHsCodes(Array.isArray(dto.hsCodes) ? dto.hsCodes : []),
          ...timeZoneErrors(dto.timeZone),
        ];
        for (const fe of fieldErrors) {
          const column = columnOfField(fe.field) ?? 'title';
          const i = at.get(column);
          const header = i === undefined ? column : grid.header[i];
          push(
            {
              row,
              column,
              cell: i === undefined ? undefined : `${columnLetter(i)}${row}`,
              code: fe.code ?? 'invalid',
              message: `Row ${row}, ${fe.message}`,
              params: fe.params,
            },
            header,
          );
        }
        if (!fieldErrors.length) good.push({ row, dto });
      }

    const preview: ImportPreviewRow[] = good.map(({ row, dto }) => ({
      row,
      title: dto.title,
      hsCodes: dto.hsCodes,
      bidDeadline: dto.bidDeadline,
      ...(dto.quantityPerYear !== undefined ? { quantityPerYear: dto.quantityPerYear } : {}),
      ...(dto.unit !== undefined ? { unit: dto.unit } : {}),
    }));
    const base = { rows: grid.rows.length, preview, errors };
    if (dryRun) return { dryRun: true, created: 0, needIds: [], ...base };
    if (errors.length) throw importRefused(errors);
    const needIds = await this.needs.createDrafts(
      principal,
      organizationId,
      good.map((g) => g.dto),
    );
    return { dryRun: false, created: needIds.length, needIds, ...base };
  }
}

/** 400 naming every refused cell as `rows.<row>.<column>`; nothing was written. */
function importRefused(errors: ImportRowError[]): ProblemException {
  return problems.validation(
    errors.map((e) => ({
      field: `rows.${e.row}.${e.column}`,
      row: e.row,
      column: e.column,
      code: e.code,
      message: e.message,
      params: { row: e.row, column: e.column, ...(e.cell ? { cell: e.cell } : {}) },
    })),
    'Some rows of the file are refused; no need was written.',
  );
}
