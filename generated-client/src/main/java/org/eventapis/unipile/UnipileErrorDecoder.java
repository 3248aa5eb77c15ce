package org.eventapis.unipile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.eventapis.core.ErrorDetails;
import org.eventapis.core.VendorErrorDecoder;
import org.eventapis.unipile.generated.model.ErrorBody;

/** Reads Unipile's {@code {title, detail, instance, type, status}} error body. */
public final class UnipileErrorDecoder extends VendorErrorDecoder {

  private final ObjectMapper mapper;

  public UnipileErrorDecoder(ObjectMapper mapper, Clock clock) {
    super(UnipileClient.API, clock);
    this.mapper = mapper;
  }

  @Override
  protected ErrorDetails parse(int status, byte[] body) throws IOException {
    ErrorBody error = mapper.readValue(body, ErrorBody.class);
    if (error.getType() == null && error.getTitle() == null) {
      return null;
    }
    String message = error.getDetail() != null ? error.getDetail() : error.getTitle();
    return new ErrorDetails(error.getType(), message, null, Map.of(), true);
  }
}
