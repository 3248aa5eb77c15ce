package com.example.consumer;

import java.util.Objects;

/**
 * The few checks the app makes. Plain code rather than a test library, so that the consumer's
 * dependency tree holds nothing but the client and what the variant adds.
 */
final class Expect {

  private Expect() {}

  static void isTrue(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("expected " + what);
    }
  }

  static void equal(Object actual, Object expected, String what) {
    if (!Objects.equals(actual, expected)) {
      throw new AssertionError(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  static void contains(String actual, String part, String what) {
    if (actual == null || !actual.contains(part)) {
      throw new AssertionError(what + ": expected to contain <" + part + "> but was <" + actual + ">");
    }
  }

  /** Runs {@code call} and returns what it threw, which must be a {@code type}. */
  static <T extends Throwable> T thrown(Class<T> type, Runnable call, String what) {
    try {
      call.run();
    } catch (Throwable e) {
      if (type.isInstance(e)) {
        return type.cast(e);
      }
      throw new AssertionError(what + ": expected " + type.getName() + " but got " + e, e);
    }
    throw new AssertionError(what + ": expected " + type.getName() + " but nothing was thrown");
  }
}
