import type { Tag } from '../api/types';
import { invalidateCatalog } from '../catalog';
import { ResourceListPage } from '../components/ResourceListPage';
import { Badge } from '../components/ui';
import { TAG_SOURCE_LABELS } from '../format';
import { Link } from '../router';

export function TagsPage() {
  return (
    <ResourceListPage<Tag>
      path="/tags"
      pageSize={100}
      title="Tags"
      subtitle="Create custom tags from multiple sources to categorize and track your calls for better analytics and reporting."
      intro={<AboutTags />}
      createLabel="Create tag"
      createAlways
      tableLabel="Tags"
      columns={['Tag Name', 'Display Name', 'Description']}
      empty={{
        title: 'No tags yet',
        text: 'Values seen on calls are kept even without a definition; define a tag to give it a display name and sources.',
      }}
      deleteErrorTitle="Could not delete the tag."
      onDeleted={invalidateCatalog}
      cells={(t, href) => (
        <>
          <td>
            <Link to={href}>
              <code>{t.name}</code>
            </Link>
            {t.sources?.length ? (
              <div className="badge-list">
                {t.sources.map((s, i) => (
                  <Badge key={i} tone="gray" title={`${TAG_SOURCE_LABELS[s.type] ?? s.type}: ${s.key}`}>
                    {TAG_SOURCE_LABELS[s.type] ?? s.type}: {s.key}
                  </Badge>
                ))}
              </div>
            ) : null}
          </td>
          <td>{t.display_name}</td>
          <td>{t.description ? t.description : '-'}</td>
        </>
      )}
    />
  );
}

function AboutTags() {
  return (
    <section className="card about">
      <h2>About Tags</h2>
      <p>These tags are attached to calls and can come from multiple sources including:</p>
      <ul>
        <li>Inbound RTB (Real-Time Bidding)</li>
        <li>Landing Pages</li>
        <li>SIP Headers</li>
        <li>Incoming Webhooks</li>
      </ul>
      <p className="muted">
        Use these tags to categorize and track your calls for better analytics and reporting. Reference them in outgoing
        payloads as <code>[TAG_NAME]</code>.
      </p>
    </section>
  );
}
