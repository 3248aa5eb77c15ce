package com.example.consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * An application that uses all three clients the way the README shows, against a server it runs
 * itself on loopback. It exits with status 0 only if every call behaved; anything else, a wrong
 * value as much as a missing class or method, exits with 1 and a stack trace.
 */
public final class ConsumerApp {

  /** Something a variant does in the same JVM before the clients run. */
  @FunctionalInterface
  interface Step {
    void run(CannedServer server) throws Exception;
  }

  private ConsumerApp() {}

  public static void main(String[] args) {
    runAndExit(server -> {});
  }

  static void runAndExit(Step before) {
    int status = 1;
    try (CannedServer server = CannedServer.start()) {
      checkJacksonVersion(System.getProperty("consumer.expectedJackson", ""));
      before.run(server);
      PerscomCalls.run(server);
      System.out.println("PERSCOM: create, list and 404 behaved");
      UnipileCalls.run(server);
      System.out.println("Unipile: create, list and 404 behaved");
      TimekitCalls.run(server);
      System.out.println("Timekit: create, list and 422 behaved");
      Expect.equal(server.unexpected(), List.of(), "requests nobody answered");
      status = 0;
    } catch (Throwable e) {
      System.out.println("Consumer app failed:");
      e.printStackTrace(System.out);
    }
    // Exit explicitly: the server's and the HTTP clients' threads must not keep a failed run
    // alive until the build's timeout.
    System.exit(status);
  }

  /**
   * A BOM that did not take effect would let the variant pass on whatever Jackson the client
   * was built with, so the variant's version is checked on the classes actually loaded.
   */
  private static void checkJacksonVersion(String expected) {
    String databind = new ObjectMapper().version().toString();
    String core = new JsonFactory().version().toString();
    String jsr310 = new JavaTimeModule().version().toString();
    System.out.println(
        "Jackson on the classpath: databind " + databind + ", core " + core + ", jsr310 " + jsr310);
    if (!expected.isBlank()) {
      Expect.equal(databind, expected, "jackson-databind version");
      Expect.equal(core, expected, "jackson-core version");
      Expect.equal(jsr310, expected, "jackson-datatype-jsr310 version");
    }
  }
}
