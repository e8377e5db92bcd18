package io.mailready.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generic binder against the model it reads. */
class NodeBinderTest {

  @Test
  void readsEveryComponentTypeOfTheModel() {
    // GIVEN every record reachable from Snapshot
    Set<Class<?>> records = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(Snapshot.class);
    while (!todo.isEmpty()) {
      Class<?> record = todo.remove();
      if (!records.add(record)) {
        continue;
      }
      for (RecordComponent component : record.getRecordComponents()) {
        Type type = component.getGenericType();
        Type element =
            type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : type;
        if (element instanceof Class<?> cls && cls.isRecord()) {
          todo.add(cls);
        }

        // WHEN the binder describes what each component must be
        // THEN it knows the type (a model change that the reader cannot read fails here)
        assertThatCode(() -> NodeBinder.expected(type))
            .as("%s.%s", record.getSimpleName(), component.getName())
            .doesNotThrowAnyException();
      }
    }
    assertThat(records).contains(Mailbox.class, MobileDevice.class, PlatformIpAddresses.class);
  }

  @Test
  void describesExpectedValuesForMessages() {
    // GIVEN model types
    // WHEN they are described
    // THEN the description says what to write
    assertThat(NodeBinder.expected(Deployment.class))
        .isEqualTo("one of [exchange-online, exchange-server, hybrid]");
    assertThat(NodeBinder.expected(Boolean.class)).isEqualTo("true or false");
    assertThat(NodeBinder.expected(Network.class)).isEqualTo("a mapping");
  }
}
