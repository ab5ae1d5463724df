/**
 * Errors shaped like OfficeExtension.Error: a `code` the gateway (or a test) can
 * switch on, and a message.
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidObjectPath'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function fakeError(code: FakeErrorCode, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}
