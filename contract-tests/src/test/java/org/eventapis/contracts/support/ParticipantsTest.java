package org.eventapis.contracts.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParticipantsTest {

  @Test
  void selected_whenNothingNamed_isEveryProvider() {
    assertThat(Participants.selected(" ")).containsExactly("perscom", "unipile", "timekit");
  }

  @Test
  void selected_whenOneNamed_isThatProviderOnly() {
    assertThat(Participants.selected("timekit")).containsExactly("timekit");
  }

  @Test
  void selected_whenAnUnknownNameIsGiven_refusesIt() {
    assertThatThrownBy(() -> Participants.selected("timekit,calendly"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calendly");
  }
}
