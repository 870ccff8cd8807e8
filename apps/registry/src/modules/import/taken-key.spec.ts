import { QueryFailedError } from 'typeorm';
import { takenKey } from './taken-key';

describe('takenKey: a unique violation of a record key, from COPY or an UPDATE', () => {
  const violation = (constraint: string, detail: string) => Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505', constraint, detail });

  it('names the column and the value of a BIN or Qazvolunteer.kz ID taken meanwhile', () => {
    expect(takenKey(violation('organization_bin_key', 'Key (bin)=(010140000017) already exists.'))).toEqual({ column: 'bin', value: '010140000017' });
    expect(takenKey(violation('organization_qazvolunteer_key', 'Key (qazvolunteer_id)=(QV-7) already exists.'))).toEqual({ column: 'qazvolunteer_id', value: 'QV-7' });
    const wrapped = new QueryFailedError('UPDATE …', [], violation('organization_bin_key', 'Key (bin)=(010140000017) already exists.'));
    expect(takenKey(wrapped)).toEqual({ column: 'bin', value: '010140000017' });
  });

  it('leaves every other error alone', () => {
    expect(takenKey(violation('organization_pkey', 'Key (id)=(x) already exists.'))).toBeNull();
    expect(takenKey(Object.assign(new Error('check'), { code: '23514', constraint: 'organization_bin_key' }))).toBeNull();
    expect(takenKey(new Error('boom'))).toBeNull();
    expect(takenKey(null)).toBeNull();
  });
});
