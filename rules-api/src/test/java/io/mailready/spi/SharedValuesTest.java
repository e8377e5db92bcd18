package io.mailready.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedValuesTest {
  @Test
  void once_computes_a_value_once_for_every_thread_of_the_check() throws Exception {
    // GIVEN one check's values shared by eight threads, each asking for the same aggregate
    SharedValues shared = new SharedValues();
    AtomicInteger computed = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> values = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        values.add(
            threads.submit(
                () -> shared.once("aggregate", () -> 40 + computed.incrementAndGet() + 1)));
      }
      // THEN every thread gets the value of the one computation
      for (Future<Integer> value : values) {
        assertThat(value.get()).isEqualTo(42);
      }
      assertThat(computed).hasValue(1);
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void once_may_use_other_shared_values_and_keys_are_compared_by_equality() {
    // GIVEN an aggregate computed from another one
    SharedValues shared = new SharedValues();
    // WHEN both are asked for, the outer first
    int outer = shared.once(List.of("outer", 1), () -> shared.once("inner", () -> 20) + 1);
    // THEN the inner value is shared, and an equal key finds the outer one
    assertThat(outer).isEqualTo(21);
    assertThat(shared.<Integer>once("inner", () -> 0)).isEqualTo(20);
    assertThat(shared.<Integer>once(List.of("outer", 1), () -> 0)).isEqualTo(21);
  }

  @Test
  void a_new_check_computes_again() {
    // GIVEN two checks
    AtomicInteger computed = new AtomicInteger();
    new SharedValues().once("aggregate", computed::incrementAndGet);
    new SharedValues().once("aggregate", computed::incrementAndGet);
    // THEN each computed its own value
    assertThat(computed).hasValue(2);
  }
}
