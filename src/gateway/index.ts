export { governedCall } from './governed-call.ts';
export { governedEmbed, type GovernedEmbedResult } from './governed-embed.ts';
export { preferredEmbeddingModel } from './preferred-embedding-model.ts';
export { configureGateway, flushGateway, type GatewayOptions } from './runtime.ts';
export {
  ChatMessage,
  ChatRole,
  type GovernedCallRequest,
  type GovernedCallResult,
  type GovernedUsage,
  type LlmCallRequest,
  type LocalCallRequest,
  type PolicyVerdict,
} from './types.ts';
export { OpenAiChatRequest, openAiChat, openAiModels, chatCompletion, chatChunk, completionId, openAiUsage, governanceOf } from './openai-chat.ts';
export { recordRunGain, catalogueChanged, budgetsChanged } from './ledger.ts';
