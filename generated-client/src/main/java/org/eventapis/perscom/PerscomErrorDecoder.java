package org.eventapis.perscom;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import org.eventapis.core.ErrorDetails;
import org.eventapis.core.VendorErrorDecoder;
import org.eventapis.perscom.generated.model.ErrorDetail;
import org.eventapis.perscom.generated.model.ErrorEnvelope;

/** Reads PERSCOM's {@code {"error": {message, type, request_id, errors}}} envelope. */
public final class PerscomErrorDecoder extends VendorErrorDecoder {

  private final ObjectMapper mapper;

  public PerscomErrorDecoder(ObjectMapper mapper, Clock clock) {
    super(PerscomClient.API, clock);
    this.mapper = mapper;
  }

  @Override
  protected ErrorDetails parse(int status, byte[] body) throws IOException {
    ErrorDetail error = mapper.readValue(body, ErrorEnvelope.class).getError();
    if (error == null) {
      return null;
    }
    return new ErrorDetails(
        error.getType(),
        error.getMessage(),
        error.getRequestId() == null ? null : error.getRequestId().toString(),
        error.getErrors(),
        true);
  }
}
