import { CopyButton } from '../CodeBlock';

/** A new signing secret, shown once: after creating the webhook, turning signing on or rotating the secret. */
export function SigningSecretNotice({ secret, onDismiss }: { secret: string; onDismiss: () => void }) {
  return (
    <div className="alert alert-warning" role="alert" data-testid="signing-secret">
      <strong>Signing secret — copy it now.</strong> It will not be shown again. Use it to verify the{' '}
      <code>webhook-signature</code> header (Standard Webhooks).
      <div className="secret-row">
        <code className="break">{secret}</code> <CopyButton text={secret} label="Copy secret" />
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDismiss}>
          I have saved it
        </button>
      </div>
    </div>
  );
}
