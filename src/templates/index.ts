// Rendering of outgoing webhook URL, headers and body from call data: tokens, Liquid, context-aware escaping.
export {
  compileHeaders,
  compileTemplate,
  compileUrl,
  compileWebhookTemplates,
  renderBody,
  renderHeaders,
  renderUrl,
} from './compile';
export type {
  BodyFormat,
  CompiledHeaders,
  CompiledTemplate,
  CompiledWebhook,
  RenderedWebhook,
  WebhookTemplates,
} from './compile';
export { RENDER_BUDGET, RenderBudget } from './engine';
export { TemplateError } from './errors';
export { inRenderTurn } from './render-turns';
export { WEBHOOK_PRESETS } from './presets';
export type { WebhookPreset } from './presets';
export { sampleRenderContext } from './sample';
export { CALL_FIELD_TOKENS } from './tokens';
export type { TokenInfo } from './tokens';
export { validateWebhookTemplates } from './validate';
export type { TemplateProblem, ValidationOptions } from './validate';
