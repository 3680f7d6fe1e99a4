import type { Resolvers } from '../generated/graphql';
import { Query } from './query';
import { Mutation } from './mutation';
import { Subscription } from './subscription';
import { HitNotification } from './hit-notification';
import { InformationRequest, InformationRequestVersion } from './information-request';
import { Document, Person, RecordReference, Seizure, Vehicle } from './record-reference';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Subscription,
  HitNotification,
  InformationRequest,
  InformationRequestVersion,
  RecordReference,
  Person,
  Document,
  Vehicle,
  Seizure,
};
