package org.eventapis.timekit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.eventapis.core.ErrorDetails;
import org.eventapis.core.VendorErrorDecoder;
import org.eventapis.timekit.generated.model.LooseError;
import org.eventapis.timekit.generated.model.NotFoundError;
import org.eventapis.timekit.generated.model.ValidationError;

/**
 * Reads Timekit's error bodies: {@code {"errors": {field: [..]}}} on 422, {@code {"error": ..,
 * "model": ..}} on 404, and a loose {@code {"error": ..}} otherwise (the other shapes are not
 * published).
 */
public final class TimekitErrorDecoder extends VendorErrorDecoder {

  private final ObjectMapper mapper;

  public TimekitErrorDecoder(ObjectMapper mapper, Clock clock) {
    super(TimekitClient.API, clock);
    this.mapper = mapper;
  }

  @Override
  protected ErrorDetails parse(int status, byte[] body) throws IOException {
    if (status == 422) {
      ValidationError error = mapper.readValue(body, ValidationError.class);
      return error.getErrors() == null
          ? null
          : new ErrorDetails(null, "validation failed", null, error.getErrors(), true);
    }
    if (status == 404) {
      NotFoundError error = mapper.readValue(body, NotFoundError.class);
      if (error.getError() == null) {
        return null;
      }
      String message =
          error.getModel() == null ? error.getError() : error.getError() + " (" + error.getModel() + ")";
      return new ErrorDetails(null, message, null, Map.of(), true);
    }
    LooseError error = mapper.readValue(body, LooseError.class);
    return error.getError() == null
        ? null
        : new ErrorDetails(null, error.getError(), null, Map.of(), true);
  }
}
