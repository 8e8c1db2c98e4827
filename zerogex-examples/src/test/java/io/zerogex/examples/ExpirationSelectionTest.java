package io.zerogex.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpirationSelectionTest {

  @Test
  void parsesDatesAndInclusiveRanges() {
    ExpirationSelection s = ExpirationSelection.parse("2024-01-08..2024-01-10, 2024-02-16");
    assertThat(s.isAll()).isFalse();
    assertThat(s.contains(LocalDate.of(2024, 1, 8))).isTrue();
    assertThat(s.contains(LocalDate.of(2024, 1, 10))).isTrue();
    assertThat(s.contains(LocalDate.of(2024, 1, 11))).isFalse();
    assertThat(s.contains(LocalDate.of(2024, 2, 16))).isTrue();
    assertThat(s.contains(LocalDate.of(2024, 1, 7))).isFalse();
  }

  @Test
  void allSelectsEverything() {
    assertThat(ExpirationSelection.parse("ALL").isAll()).isTrue();
    assertThat(ExpirationSelection.parse("all").contains(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void rejectsBadTextNamingIt() {
    assertThatThrownBy(() -> ExpirationSelection.parse("2024-01-08,19-Jan"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'19-Jan'");
    assertThatThrownBy(() -> ExpirationSelection.parse("2024-01-10..2024-01-08"))
        .hasMessageContaining("ends before it starts");
  }
}
