import { assertAdmin, decodeTimeIdCursor, groupByKeys, NotFoundError, pageSize, toConnection, type ConnectionShape, type LoaderRegistry } from '@birge/server-kit';
import { type Identity, isUuid, kazakhstanDay, REPORT_LIMITS } from '@birge/shared-reference';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../needs/need-clock';
import { conflict, staleVersion } from '../needs/need-errors';
import { parsePeriod, periodContaining } from '../reports/report-period';
import { ReportEntity } from '../reports/report.entity';
import { ReportPeriodType } from './report-enums';
import { ReportFormVersionEntity } from './report-form-version.entity';
import { ReportFormEntity } from './report-form.entity';
import { toReportForm, toReportFormVersion } from './report-form.mapper';
import { checkLabel, checkRegions, checkSections } from './report-form.rules';
import type { ReportForm, ReportFormVersion } from './report-form.type';
import type { CreateReportFormInput, UpdateReportFormInput } from './dto/report-form.input';
import type { ReportFormFilter } from './dto/report-form-filter.input';

/** A form with the version a caller needs: the current one, or a report's own. */
export interface LoadedForm {
  form: ReportFormEntity;
  version: ReportFormVersionEntity;
}

/**
 * Report forms: designed by republican administrators, read by everyone who reads analytics.
 * Changing the fields of a form whose current version a report uses makes a new version in the
 * same transaction (the form row locked, so two designers cannot both make version n + 1).
 */
export class ReportFormService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  create(input: CreateReportFormInput, identity: Identity | null): Promise<ReportForm> {
    const actor = assertAdmin(identity, 'report forms');
    const title = checkLabel(input.title, 'title', REPORT_LIMITS.titleMaxLength);
    const description = input.description ? checkLabel(input.description, 'description', REPORT_LIMITS.helpMaxLength) : null;
    const regionCodes = checkRegions(input.regionCodes);
    const sections = checkSections(input.sections);
    const firstPeriod = input.firstPeriod
      ? parsePeriod(input.periodType, input.firstPeriod, 'firstPeriod').key
      : periodContaining(input.periodType, kazakhstanDay(this.clock.now())).key;
    return this.dataSource.transaction(async (manager) => {
      const form = await manager.getRepository(ReportFormEntity).save(
        manager.getRepository(ReportFormEntity).create({
          title,
          description,
          periodType: input.periodType,
          firstPeriod,
          regionCodes,
          dueDays: input.dueDays,
          onTimeWindowDays: input.onTimeWindowDays ?? 0,
          currentVersion: 1,
          createdBy: actor.userId,
          updatedBy: null,
        }),
      );
      const version = await manager
        .getRepository(ReportFormVersionEntity)
        .save(manager.getRepository(ReportFormVersionEntity).create({ formId: form.id, version: 1, sections, createdBy: actor.userId }));
      return toReportForm(form, version);
    });
  }

  update(input: UpdateReportFormInput, identity: Identity | null): Promise<ReportForm> {
    const actor = assertAdmin(identity, 'report forms');
    return this.dataSource.transaction(async (manager) => {
      const form = await manager.getRepository(ReportFormEntity).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!form) throw new NotFoundError('ReportForm', input.id, 'id');
      if (form.revision !== input.revision) throw staleVersion(form.id, input.revision, form.revision);
      const reports = manager.getRepository(ReportEntity);
      if (input.title) form.title = checkLabel(input.title, 'title', REPORT_LIMITS.titleMaxLength);
      if (input.description !== undefined) form.description = input.description ? checkLabel(input.description, 'description', REPORT_LIMITS.helpMaxLength) : null;
      if (input.regionCodes) form.regionCodes = checkRegions(input.regionCodes);
      if (input.dueDays !== undefined && input.dueDays !== null) form.dueDays = input.dueDays;
      if (input.onTimeWindowDays !== undefined && input.onTimeWindowDays !== null) form.onTimeWindowDays = input.onTimeWindowDays;
      if (input.periodType && input.periodType !== form.periodType) {
        if (await reports.exists({ where: { formId: form.id } })) {
          throw conflict('FORM_IN_USE', 'the form has reports, whose periods are of its period type: make a new form for another period type', { field: 'periodType' });
        }
        form.periodType = input.periodType;
        form.firstPeriod = periodContaining(input.periodType, kazakhstanDay(this.clock.now())).key;
      }
      if (input.firstPeriod) form.firstPeriod = parsePeriod(form.periodType as ReportPeriodType, input.firstPeriod, 'firstPeriod').key;
      const versions = manager.getRepository(ReportFormVersionEntity);
      let current = await versions.findOneByOrFail({ formId: form.id, version: form.currentVersion });
      if (input.sections) {
        const sections = checkSections(input.sections);
        if (await reports.exists({ where: { formId: form.id, formVersion: form.currentVersion } })) {
          // In use: the reports keep the version they were filled on; new ones take the next.
          form.currentVersion += 1;
          current = await versions.save(versions.create({ formId: form.id, version: form.currentVersion, sections, createdBy: actor.userId }));
        } else {
          current.sections = sections;
          current = await versions.save(current);
        }
      }
      form.updatedBy = actor.userId;
      const saved = await manager.getRepository(ReportFormEntity).save(form);
      return toReportForm(saved, current);
    });
  }

  async get(id: string): Promise<ReportForm | null> {
    if (!isUuid(id)) return null;
    const loaded = await this.load(this.dataSource.manager, id);
    return loaded ? toReportForm(loaded.form, loaded.version) : null;
  }

  /** A form with one of its versions (the current one when none is named); null when there is no such form. */
  async load(manager: EntityManager, id: string, version?: number): Promise<LoadedForm | null> {
    const form = await manager.getRepository(ReportFormEntity).findOneBy({ id });
    if (!form) return null;
    const found = await manager.getRepository(ReportFormVersionEntity).findOneByOrFail({ formId: id, version: version ?? form.currentVersion });
    return { form, version: found };
  }

  async list(filter: ReportFormFilter | null | undefined, args: { first?: number | null; after?: string | null }): Promise<ConnectionShape<ReportForm>> {
    const limit = pageSize(args.first);
    const cursor = decodeTimeIdCursor(args.after);
    const query = this.dataSource.getRepository(ReportFormEntity).createQueryBuilder('f');
    if (filter?.periodType) query.andWhere('f.period_type = :periodType', { periodType: filter.periodType });
    const total = await query.clone().getCount();
    if (cursor) query.andWhere('(f.created_at, f.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    const forms = await query
      .orderBy('f.created_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .take(limit + 1)
      .getMany();
    const versions = forms.length
      ? await this.dataSource.getRepository(ReportFormVersionEntity).find({ where: forms.map((form) => ({ formId: form.id, version: form.currentVersion })) })
      : [];
    const byForm = new Map(versions.map((version) => [version.formId, version]));
    const rows = forms.map((form) => toReportForm(form, byForm.get(form.id) as ReportFormVersionEntity));
    return toConnection(rows, limit, total, (form) => [form.createdAt.toISOString(), form.id]);
  }

  /** Every version of a form, oldest first, batched across the forms of a request. */
  async versionsOf(loaders: LoaderRegistry, formId: string): Promise<ReportFormVersion[]> {
    const loader = loaders.get<string, ReportFormVersionEntity[]>('reportForm.versions', async (ids) => {
      const rows = await this.dataSource.getRepository(ReportFormVersionEntity).find({ where: { formId: In([...ids]) }, order: { version: 'ASC' } });
      return groupByKeys(ids, rows, (row) => row.formId);
    });
    return (await loader.load(formId)).map(toReportFormVersion);
  }

  /** A form by id, with its current version, batched across a request (reports name their form). */
  formLoader(loaders: LoaderRegistry) {
    return loaders.get<string, ReportForm | null>('reportForm.byId', async (ids) => {
      const forms = await this.dataSource.getRepository(ReportFormEntity).find({ where: { id: In([...ids]) } });
      const versions = forms.length
        ? await this.dataSource.getRepository(ReportFormVersionEntity).find({ where: forms.map((form) => ({ formId: form.id, version: form.currentVersion })) })
        : [];
      return ids.map((id) => {
        const form = forms.find((f) => f.id === id);
        const version = versions.find((v) => v.formId === id);
        return form && version ? toReportForm(form, version) : null;
      });
    });
  }

  /** A form's version by (form id, version), batched: the sections a report is filled on. */
  versionLoader(loaders: LoaderRegistry) {
    return loaders.get<string, ReportFormVersionEntity | null>('reportForm.version', async (keys) => {
      const pairs = keys.map((k) => k.split('#'));
      const rows = await this.dataSource.getRepository(ReportFormVersionEntity).find({ where: pairs.map(([formId, version]) => ({ formId, version: Number(version) })) });
      return keys.map((k) => rows.find((row) => `${row.formId}#${row.version}` === k) ?? null);
    });
  }
}
