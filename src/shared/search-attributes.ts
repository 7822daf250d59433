import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

// Custom search attributes of call workflows, so ops can find calls in Temporal Web.
export const CALL_ORG_ID = defineSearchAttributeKey('CallOrgId', SearchAttributeType.KEYWORD);
export const CALLER_NUMBER = defineSearchAttributeKey('CallerNumber', SearchAttributeType.KEYWORD);
export const CAMPAIGN_ID = defineSearchAttributeKey('CampaignId', SearchAttributeType.KEYWORD);

/** Every custom attribute as `name=Type`, the form `temporal server start-dev --search-attribute` takes. */
export const SEARCH_ATTRIBUTE_DECLARATIONS = [CALL_ORG_ID, CALLER_NUMBER, CAMPAIGN_ID].map(
  (key) => `${key.name}=Keyword`,
);
