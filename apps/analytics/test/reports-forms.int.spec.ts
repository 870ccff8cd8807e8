import { refusal } from './refusal';
import { randomUUID } from 'node:crypto';
import {
  ABAI,
  ABAI_STAFF,
  ADMIN,
  ANALYST,
  ASTANA,
  ASTANA_STAFF,
  CREATE_FORM,
  CURRENT_MONTH,
  label,
  quarterlyDesign,
  REPORT,
  reportsHarness,
  SAVE,
  SEMEY,
  SHYMKENT,
  SUBMIT,
  UPDATE_FORM,
  type ReportShape,
  type FormShape,
} from './support/reports-harness';

describe('analytics subgraph: periodic report forms and filling reports', () => {
  const h = reportsHarness();
  const { as, createForm, open, save, answer, complete } = h;

  describe('designing forms', () => {
    it('lists every problem of a design at once, each naming its field', async () => {
      const design = quarterlyDesign({
        sections: [
          {
            key: 'figures',
            title: label('Figures'),
            fields: [
              { key: 'events', type: 'NUMBER', label: label('Events'), min: 10, max: 5 },
              { key: 'events', type: 'TEXT', label: label('Again'), prefillSource: 'CONTACTS_LOGGED' },
              { key: 'mood', type: 'CHOICE', label: label('Mood') },
              { key: 'Bad Key', type: 'NUMBER', label: { kk: '  ', ru: 'x', en: 'x' }, prefillSource: 'NO_SUCH_FIGURE' },
            ],
          },
        ],
      });
      const { errors } = await as(ADMIN).request(CREATE_FORM, { input: design });
      expect(refusal(errors)).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          'sections.0.fields.0.max:BOUNDS_INCONSISTENT',
          'sections.0.fields.1.key:DUPLICATE_KEY',
          'sections.0.fields.1.prefillSource:NOT_FOR_TYPE',
          'sections.0.fields.2.choices:REQUIRED',
          'sections.0.fields.3.key:INVALID_KEY',
          'sections.0.fields.3.prefillSource:UNKNOWN_PREFILL_SOURCE',
          'sections.0.fields.3.label.kk:REQUIRED',
        ],
      });
      expect((await h.subgraph.dataSource.query('SELECT count(*)::int AS n FROM analytics.report_form'))[0].n).toBe(0);
    });

    it('lets only republican administrators design forms', async () => {
      const { errors } = await as(ABAI_STAFF).request(CREATE_FORM, { input: quarterlyDesign() });
      expect(refusal(errors)).toEqual({ code: 'FORBIDDEN', reason: 'ADMIN_ONLY' });
      expect(refusal((await as(ANALYST).request(CREATE_FORM, { input: quarterlyDesign() })).errors)).toEqual({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
    });

    it('expects every region when none are named, and names the sources of pre-filled fields', async () => {
      const form = await createForm({ regionCodes: null });
      expect(form.regionCodes).toHaveLength(20);
      expect(form.fields.find((f) => f.key === 'contacts')?.prefillSource).toMatchObject({ key: 'CONTACTS_LOGGED' });
      const sources = await as(ANALYST).data<{ reportPrefillSources: { key: string; label: { kk: string } }[] }>('{ reportPrefillSources { key label { kk } } }');
      expect(sources.reportPrefillSources.map((s) => s.key)).toEqual(
        expect.arrayContaining(['CONTACTS_LOGGED', 'DISTRICTS_CONTACTED', 'ORGANIZATIONS_REGISTERED', 'REQUESTS_SUBMITTED']),
      );
    });

    it('changes a form in place until a report uses it, then makes a new version the report does not follow', async () => {
      const form = await createForm();
      const renamed = quarterlyDesign().sections.map((s) => ({ ...s, fields: s.fields.map((f) => (f.key === 'events' ? { ...f, max: 60 } : f)) }));
      const inPlace = (await as(ADMIN).data<{ updateReportForm: FormShape }>(UPDATE_FORM, { input: { id: form.id, revision: form.revision, sections: renamed } })).updateReportForm;
      expect(inPlace).toMatchObject({ version: 1, versions: [{ version: 1 }] });

      const report = await open(ABAI_STAFF, form.id, ABAI);
      expect(report.formVersion).toBe(1);
      const extended = [...renamed, { key: 'extra', title: label('Extra'), fields: [{ key: 'volunteers', type: 'NUMBER', label: label('Volunteers') }] }];
      const next = (await as(ADMIN).data<{ updateReportForm: FormShape }>(UPDATE_FORM, { input: { id: form.id, revision: inPlace.revision, sections: extended } }))
        .updateReportForm;
      expect(next.version).toBe(2);
      expect(next.versions.map((v) => v.version)).toEqual([1, 2]);

      const kept = (await as(ABAI_STAFF).data<{ report: ReportShape }>(REPORT, { id: report.id })).report;
      expect(kept.formVersion).toBe(1);
      expect(kept.fields.map((f) => f.key)).not.toContain('volunteers');
      const newer = await open(ASTANA_STAFF, form.id, ASTANA);
      expect(newer.formVersion).toBe(2);
      expect(newer.fields.map((f) => f.key)).toContain('volunteers');

      const stale = await as(ADMIN).request(UPDATE_FORM, { input: { id: form.id, revision: inPlace.revision, dueDays: 3 } });
      expect(refusal(stale.errors)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const periodType = await as(ADMIN).request(UPDATE_FORM, { input: { id: form.id, revision: next.revision, periodType: 'YEAR' } });
      expect(refusal(periodType.errors)).toMatchObject({ code: 'CONFLICT', reason: 'FORM_IN_USE' });
    });
  });

  describe('filling', () => {
    it("pre-fills a figure with the region's count for the period, and wants a comment to override it", async () => {
      const form = await createForm();
      const insert = (region: string, day: string) =>
        h.subgraph.dataSource.query(
          `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer) VALUES ($1, $2, $3, $4, 'VISIT', $5, true)`,
          [randomUUID(), randomUUID(), region, region === ABAI ? SEMEY : null, day],
        );
      await insert(ABAI, `${CURRENT_MONTH}-01`);
      await insert(ABAI, `${CURRENT_MONTH}-01`);
      await insert(ABAI, '2024-12-31');
      await insert(ASTANA, `${CURRENT_MONTH}-01`);
      const report = await open(ABAI_STAFF, form.id, ABAI);
      expect(answer(report, 'contacts')).toMatchObject({
        number: 2,
        overridden: false,
        prefill: { figure: 2, source: { key: 'CONTACTS_LOGGED', label: { en: 'Contacts logged' } } },
      });
      expect(report.history).toEqual([expect.objectContaining({ action: 'OPENED', toStatus: 'DRAFT', actorId: 'u-abai' })]);

      const overridden = await save(ABAI_STAFF, await complete(report), [{ fieldKey: 'contacts', number: 5 }]);
      expect(answer(overridden, 'contacts')).toMatchObject({ number: 5, overridden: true, prefill: { figure: 2 } });
      const { errors } = await as(ABAI_STAFF).request(SUBMIT, { input: { id: overridden.id, version: overridden.version } });
      expect(refusal(errors).fields).toEqual(['answers.contacts.comment:OVERRIDE_NEEDS_COMMENT']);
      const explained = await save(ABAI_STAFF, overridden, [{ fieldKey: 'contacts', number: 5, comment: 'Үш кездесу журналға енбей қалды' }]);
      const submitted = (await as(ABAI_STAFF).data<{ submitReport: ReportShape }>(SUBMIT, { input: { id: explained.id, version: explained.version } })).submitReport;
      expect(submitted.status).toBe('SUBMITTED');
    });

    it('pre-fills every source of the registry from the read model, counted over the period in Kazakhstan', async () => {
      const KARAGANDA = '350000000';
      const q = (sql: string, values: unknown[]) => h.subgraph.dataSource.query(sql, values);
      const request = (type: string, status: string, submitted: string, resolved: string | null, rating: number | null) =>
        q(
          `INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, submitted_at, resolved_at, rating)
           VALUES ($1, $2, $3, $4, 'COOPERATION', $5, $6, $7, $8)`,
          [randomUUID(), randomUUID(), KARAGANDA, type, status, submitted, resolved, rating],
        );
      // March 2025 in Kazakhstan runs from 2025-02-28T19:00Z to 2025-03-31T19:00Z.
      await request('ADMINISTRATIVE', 'RESOLVED', '2025-03-05T06:00:00Z', '2025-03-07T06:00:00Z', 4);
      await request('ADMINISTRATIVE', 'RESOLVED', '2025-03-10T06:00:00Z', '2025-03-14T06:00:00Z', null);
      await request('CONSULTATIVE', 'NEW', '2025-03-31T18:59:00Z', null, null);
      await request('CONSULTATIVE', 'NEW', '2025-03-31T19:00:00Z', null, null);
      const organizationId = randomUUID();
      await q(`INSERT INTO analytics.organization_fact (organization_id, kind, region_code, registered_at) VALUES ($1, 'NGO', $2, '2025-03-02T06:00:00Z')`, [
        organizationId,
        KARAGANDA,
      ]);
      await q(
        `INSERT INTO analytics.organization_verification (organization_id, status, verified_at, changed_at) VALUES ($1, 'VERIFIED', '2025-03-03T06:00:00Z', '2025-03-03T06:00:00Z')`,
        [organizationId],
      );
      for (const district of ['351000000', '352000000']) {
        await q(
          `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer) VALUES ($1, $2, $3, $4, 'VISIT', '2025-03-15', true)`,
          [randomUUID(), organizationId, KARAGANDA, district],
        );
      }
      for (const [status, attended] of [
        ['SCHEDULED', 7],
        ['CANCELLED', 0],
      ] as const) {
        await q(
          `INSERT INTO analytics.training_fact (training_id, region_code, starts_at, status, seats, registered, attended, changed_at) VALUES ($1, $2, '2025-03-10T06:00:00Z', $3, 20, 9, $4, now())`,
          [randomUUID(), KARAGANDA, status, attended],
        );
      }
      for (const status of ['CONFIRMED', 'CANCELLED']) {
        await q(
          `INSERT INTO analytics.booking_fact (booking_id, resource_id, resource_kind, organization_id, region_code, starts_at, ends_at, status) VALUES ($1, $2, 'ROOM', $3, $4, '2025-03-12T06:00:00Z', '2025-03-12T08:00:00Z', $5)`,
          [randomUUID(), randomUUID(), organizationId, KARAGANDA, status],
        );
      }

      const { reportPrefillSources } = await as(ADMIN).data<{ reportPrefillSources: { key: string }[] }>('{ reportPrefillSources { key } }');
      const fields = reportPrefillSources.map((source) => ({ key: source.key.toLowerCase(), type: 'NUMBER', label: label(source.key), prefillSource: source.key }));
      const form = await createForm({ regionCodes: [KARAGANDA], sections: [{ key: 'all', title: label('All'), fields }] });
      const report = await open(ADMIN, form.id, KARAGANDA, '2025-03');
      const figures = Object.fromEntries(report.answers.map((a) => [a.prefill?.source.key, a.prefill?.figure]));
      expect(figures).toEqual({
        CONTACTS_LOGGED: 2,
        DISTRICTS_CONTACTED: 2,
        ORGANIZATIONS_REGISTERED: 1,
        ORGANIZATIONS_VERIFIED: 1,
        REQUESTS_SUBMITTED: 3,
        REQUESTS_SUBMITTED_ADMINISTRATIVE: 2,
        REQUESTS_SUBMITTED_CONSULTATIVE: 1,
        REQUESTS_SUBMITTED_INFORMATIONAL: 0,
        REQUESTS_RESOLVED: 2,
        REQUESTS_DECLINED: 0,
        REQUESTS_STILL_OPEN: 1,
        REQUESTS_RESOLVED_IN_PERIOD: 2,
        MEDIAN_DAYS_TO_RESOLUTION: 3,
        REQUEST_RATING_AVERAGE: 4,
        TRAININGS_HELD: 1,
        TRAINING_PARTICIPANTS: 7,
        BOOKINGS: 1,
      });
      // A month without any resolution has no median to tell.
      const empty = await open(ADMIN, form.id, KARAGANDA, '2025-01');
      expect(empty.answers.find((a) => a.prefill?.source.key === 'MEDIAN_DAYS_TO_RESOLUTION')).toMatchObject({ number: null, prefill: { figure: null } });
    });

    it('keeps partial drafts, checks only their shape, and refuses a stale version without losing the stored answers', async () => {
      const form = await createForm();
      const report = await open(ABAI_STAFF, form.id, ABAI);
      const partial = await save(ABAI_STAFF, report, [
        { fieldKey: 'narrative', text: 'Жартылай' },
        { fieldKey: 'events', number: 500 },
      ]);
      expect(answer(partial, 'narrative').text).toBe('Жартылай');
      expect(answer(partial, 'events').number).toBe(500);

      const wrong = await as(ABAI_STAFF).request(SAVE, {
        input: {
          id: partial.id,
          version: partial.version,
          answers: [
            { fieldKey: 'events', text: 'four' },
            { fieldKey: 'mood', choices: ['sad'] },
            { fieldKey: 'nope', number: 1 },
          ],
        },
      });
      expect(refusal(wrong.errors).fields).toEqual(['answers.0.text:WRONG_TYPE', 'answers.1.choices.0:UNKNOWN_CHOICE', 'answers.2.fieldKey:UNKNOWN_FIELD']);
      const stale = await as(ABAI_STAFF).request(SAVE, { input: { id: partial.id, version: report.version, answers: [{ fieldKey: 'events', number: 1 }] } });
      expect(refusal(stale.errors)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const stored = (await as(ABAI_STAFF).data<{ report: ReportShape }>(REPORT, { id: report.id })).report;
      expect(answer(stored, 'events').number).toBe(500);
      expect(answer(stored, 'narrative').text).toBe('Жартылай');

      const otherNeed = (await h.subgraph.dataSource.query(
        `INSERT INTO analytics.need (region_code, theme, kind, narrative, first_noticed_on, status, created_by, version) VALUES ($1, 'FUNDING', 'MOVEMENT', 'x', '2025-01-01', 'OPEN', 'u', 1) RETURNING id`,
        [ASTANA],
      )) as { id: string }[];
      const needs = await as(ABAI_STAFF).request(SAVE, { input: { id: stored.id, version: stored.version, answers: [{ fieldKey: 'needs', needIds: [otherNeed[0].id] }] } });
      expect(refusal(needs.errors).fields).toEqual(['answers.needs.needIds:UNKNOWN_NEED']);
    });

    it("links the region's needs, and follows fresh figures on request without touching an overridden one", async () => {
      const form = await createForm({ regionCodes: [SHYMKENT] });
      const [need] = (await h.subgraph.dataSource.query(
        `INSERT INTO analytics.need (region_code, theme, kind, narrative, first_noticed_on, status, created_by, version) VALUES ($1, 'FUNDING', 'MOVEMENT', 'Қаржы жоқ', '2025-01-01', 'OPEN', 'u', 1) RETURNING id`,
        [SHYMKENT],
      )) as { id: string }[];
      const report = await open(ADMIN, form.id, SHYMKENT);
      expect(answer(report, 'contacts').number).toBe(0);
      const linked = await save(ADMIN, report, [{ fieldKey: 'needs', needIds: [need.id] }]);
      const read = await as(ANALYST).data<{ report: { answers: { fieldKey: string; needs: { id: string; theme: string; narrative: string | null }[] }[] } }>(
        'query($id: ID!) { report(id: $id) { answers { fieldKey needs { id theme narrative } } } }',
        { id: linked.id },
      );
      expect(read.report.answers.find((a) => a.fieldKey === 'needs')?.needs).toEqual([{ id: need.id, theme: 'FUNDING', narrative: null }]);

      await h.subgraph.dataSource.query(
        `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer) VALUES ($1, $2, $3, NULL, 'CALL', $4, true)`,
        [randomUUID(), randomUUID(), SHYMKENT, `${CURRENT_MONTH}-01`],
      );
      const refreshed = (await as(ADMIN).data<{ saveReportDraft: ReportShape }>(SAVE, { input: { id: linked.id, version: linked.version, answers: [], refreshPrefill: true } }))
        .saveReportDraft;
      expect(answer(refreshed, 'contacts')).toMatchObject({ number: 1, overridden: false, prefill: { figure: 1 } });
      const own = await save(ADMIN, refreshed, [{ fieldKey: 'contacts', number: 7, comment: 'Журналға енбеген қоңыраулар' }]);
      await h.subgraph.dataSource.query(
        `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer) VALUES ($1, $2, $3, NULL, 'CALL', $4, true)`,
        [randomUUID(), randomUUID(), SHYMKENT, `${CURRENT_MONTH}-01`],
      );
      const again = (await as(ADMIN).data<{ saveReportDraft: ReportShape }>(SAVE, { input: { id: own.id, version: own.version, answers: [], refreshPrefill: true } }))
        .saveReportDraft;
      expect(answer(again, 'contacts')).toMatchObject({ number: 7, overridden: true, prefill: { figure: 2 } });
    });

    it('refuses a submission on substance, listing every problem and the field keys', async () => {
      const form = await createForm();
      const report = await open(ABAI_STAFF, form.id, ABAI);
      const placeholder = await save(ABAI_STAFF, report, [
        { fieldKey: 'narrative', text: 'нет данных' },
        { fieldKey: 'events', number: 51 },
      ]);
      const { errors } = await as(ABAI_STAFF).request(SUBMIT, { input: { id: placeholder.id, version: placeholder.version } });
      expect(refusal(errors)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPORT_INCOMPLETE', fields: ['answers.events:ABOVE_MAX', 'answers.narrative:PLACEHOLDER'] });
      expect(errors?.[0].extensions?.fieldKeys).toEqual(['events', 'narrative']);

      for (const text of ['ok', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'What happened in the region', 'Lorem ipsum dolor sit amet, consectetur']) {
        const again = (await as(ABAI_STAFF).data<{ report: ReportShape }>(REPORT, { id: report.id })).report;
        const saved = await save(ABAI_STAFF, again, [
          { fieldKey: 'narrative', text },
          { fieldKey: 'events', number: 3 },
        ]);
        const refused = await as(ABAI_STAFF).request(SUBMIT, { input: { id: saved.id, version: saved.version } });
        expect(refusal(refused.errors).fields).toHaveLength(1);
        expect(refusal(refused.errors).fields?.[0]).toMatch(/^answers\.narrative:(PLACEHOLDER|TOO_SHORT|REPEATED_CHARACTERS|COPIES_QUESTION)$/);
      }
      const row = (await h.subgraph.dataSource.query('SELECT status, submission_count FROM analytics.report WHERE id = $1', [report.id]))[0];
      expect(row).toEqual({ status: 'DRAFT', submission_count: 0 });
    });
  });
});
