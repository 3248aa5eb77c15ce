package org.eventapis.contracts.support;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The pact files the consumer tests wrote. */
public final class Pacts {

  private Pacts() {}

  /** Where Pact writes; set by the build as {@code pact.rootDir}. */
  public static Path directory() {
    String dir = System.getProperty("pact.rootDir");
    if (dir == null) {
      throw new IllegalStateException("system property pact.rootDir is not set; run through Maven");
    }
    return Path.of(dir);
  }

  public static Path file(String provider) {
    return directory().resolve(Participants.CONSUMER + "-" + provider + ".json");
  }

  /** The HTTP interactions of one provider's pact. */
  public static List<SynchronousRequestResponse> interactions(String provider) {
    Path file = file(provider);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "no pact for " + provider + " at " + file + "; the consumer tests (surefire) write it");
    }
    Pact pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
    return pact.getInteractions().stream()
        .map(interaction -> interaction.asSynchronousRequestResponse())
        .toList();
  }
}
