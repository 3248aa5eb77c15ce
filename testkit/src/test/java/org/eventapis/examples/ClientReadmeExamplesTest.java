package org.eventapis.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.eventapis.core.RetryPolicy;
import org.eventapis.perscom.PerscomClient;
import org.eventapis.testkit.Fault;
import org.eventapis.testkit.PerscomStub;
import org.eventapis.testkit.UnipileStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client's README examples (generated-client/src/test/java/org/eventapis/examples, copied
 * here by the build) run against the stubs, so that they are run, not only compiled, and their
 * requests are held to the specs. The PERSCOM and Timekit usage examples build clients for the
 * production URLs and stay compile-only.
 */
class ClientReadmeExamplesTest {

  @RegisterExtension static PerscomStub perscom = PerscomStub.create();
  @RegisterExtension static UnipileStub unipile = UnipileStub.create();

  @Test
  void unipileExample_createsTwoEventsReadsTheFirstBackAndListsJune() {
    UnipileReadmeExample.unipile(unipile.baseUrl(), unipile.apiKey(), "acc-1");

    unipile.verify().createCalendarEvent().called(2).withQuery("account_id", "acc-1");
    assertThat(unipile.verify().getCalendarEvent().calledOnce().requests().get(0).pathParameters())
        .containsEntry("calendar_id", "primary")
        .containsEntry("event_id", "r8t4k1m2n6p0q3s5v7w9x1y2z4");    // the id the create answered
    // One page read directly, then the same list paged: the stub's list is a single page.
    unipile.verify().listCalendarEvents().called(2).withQuery("account_id", "acc-1");
    unipile.verify().noOtherRequests();
  }

  @Test
  void errorsExample_handlesEveryErrorItShows() {
    try (PerscomClient once = perscom.clientBuilder().retryPolicy(RetryPolicy.disabled()).build()) {
      ErrorsReadmeExample.errors(once);                                   // no error
      perscom.onGetEvent(12).failsWith(404).once();
      ErrorsReadmeExample.errors(once);
      perscom.onGetEvent(12).failsWith(422, "include", "The selected include is invalid.").once();
      ErrorsReadmeExample.errors(once);
      perscom.onGetEvent(12).fails(Fault.rateLimited(Duration.ofSeconds(30))).once();
      ErrorsReadmeExample.errors(once);
      perscom.onGetEvent(12).fails(Fault.unavailable()).once();
      ErrorsReadmeExample.errors(once);
    }

    perscom.verify().getEvent().called(5);
  }

  @Test
  void retriesExample_buildsItsClients() {
    ErrorsReadmeExample.retries(perscom.apiKey());

    assertThat(perscom.requests()).isEmpty();
  }
}
