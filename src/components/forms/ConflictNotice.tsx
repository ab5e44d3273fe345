import type { EditConflict, VersionedState } from '@/lib/portal/edit-conflict'
import { baselineFieldName, versionFieldName } from '@/lib/portal/edit-conflict'

/** The version a form was loaded from and its answers then, sent back with every save. */
export const VersionFields = ({ state }: { state: VersionedState }) =>
  state.version ? (
    <>
      <input type="hidden" name={versionFieldName} value={state.version} />
      <input type="hidden" name={baselineFieldName} value={JSON.stringify(state.baseline ?? {})} />
    </>
  ) : null

const Shown = ({ value }: { value: string }) =>
  value ? <>{value}</> : <span className="cell-note">Not given</span>

/**
 * What someone else saved while this person was editing: their answer, and this person's (kept in
 * the form). The error summary above it carries the message and takes focus.
 */
export const ConflictNotice = ({ conflict }: { conflict: EditConflict }) => (
  <section className="conflict" aria-labelledby="conflict-heading">
    <h2 id="conflict-heading">Changes saved by someone else</h2>
    {conflict.changes.length === 0 ? (
      <p>
        Their save did not change any answer you see here. Your answers are in the form: save again
        to apply them.
      </p>
    ) : (
      <>
        <p>
          Answers you did not change now show their version. Where you both changed an answer, the
          form keeps yours; saving again replaces theirs with it.
        </p>
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Answer</th>
                <th scope="col">Saved by the other person</th>
                <th scope="col">In your form now</th>
              </tr>
            </thead>
            <tbody>
              {conflict.changes.map((change) => (
                <tr key={change.label}>
                  <th scope="row">{change.label}</th>
                  <td className="conflict__saved">
                    <Shown value={change.saved} />
                  </td>
                  <td>
                    <Shown value={change.bothChanged ? change.yours : change.saved} />
                    {change.bothChanged ? (
                      <strong className="conflict__badge">
                        {' '}
                        Yours: replaces theirs if you save
                      </strong>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    )}
  </section>
)
