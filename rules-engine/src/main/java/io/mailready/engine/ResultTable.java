package io.mailready.engine;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import io.mailready.Result;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.spi.ImmutableResultList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable list of results stored by column: a tenant of a million mailboxes has some twenty
 * million results, and as objects they would be most of the memory a check needs (and most of the
 * garbage collector's work). {@link #get} makes the {@link Result} on demand; the list equals any
 * list of equal results. A {@link io.mailready.Report} keeps it without a copy, as an {@link
 * ImmutableResultList}.
 */
final class ResultTable extends ImmutableResultList {
  private static final SubjectKind[] KINDS = SubjectKind.values();
  private static final Status[] STATUSES = Status.values();

  // Distinct (requirement, pack) pairs; a result holds the index of its pair.
  private final List<String[]> heads;
  private final short[] head;
  private final byte[] kind;
  private final String[] subject;
  private final byte[] status;
  private final String[] reason;
  private final int size;

  private ResultTable(Builder builder) {
    this.heads = List.copyOf(builder.heads);
    this.size = builder.size;
    this.head = Arrays.copyOf(builder.head, size);
    this.kind = Arrays.copyOf(builder.kind, size);
    this.subject = Arrays.copyOf(builder.subject, size);
    this.status = Arrays.copyOf(builder.status, size);
    this.reason = Arrays.copyOf(builder.reason, size);
  }

  /** A table of {@code results}, in order. */
  static ResultTable of(List<Result> results) {
    if (results instanceof ResultTable table) {
      return table;
    }
    Builder builder = builder(results.size());
    results.forEach(builder::add);
    return builder.build();
  }

  /** A builder with room for {@code expectedSize} results (it grows as needed). */
  static Builder builder(int expectedSize) {
    return new Builder(expectedSize);
  }

  @Override
  public Result get(int index) {
    checkElementIndex(index, size);
    String[] pair = heads.get(head[index]);
    return new Result(
        pair[0],
        KINDS[kind[index]],
        subject[index],
        STATUSES[status[index]],
        reason[index],
        pair[1]);
  }

  @Override
  public int size() {
    return size;
  }

  /** The requirement of the result at {@code index}, without making the result. */
  String requirement(int index) {
    checkElementIndex(index, size);
    return heads.get(head[index])[0];
  }

  /** The status of the result at {@code index}, without making the result. */
  Status status(int index) {
    checkElementIndex(index, size);
    return STATUSES[status[index]];
  }

  /** Collects results; not thread-safe. */
  static final class Builder {
    private final List<String[]> heads = new ArrayList<>();
    private final Map<List<String>, Short> headIndex = new HashMap<>();
    private short[] head;
    private byte[] kind;
    private String[] subject;
    private byte[] status;
    private String[] reason;
    private int size;
    // Results come grouped by requirement: the last pair is reused without a lookup.
    private String lastRequirement;
    private String lastPack;
    private short lastHead;

    private Builder(int expectedSize) {
      int capacity = Math.max(expectedSize, 8);
      head = new short[capacity];
      kind = new byte[capacity];
      subject = new String[capacity];
      status = new byte[capacity];
      reason = new String[capacity];
    }

    /** Appends a result. */
    Builder add(Result result) {
      checkNotNull(result, "result");
      return add(
          result.requirement(),
          result.subjectKind(),
          result.subject(),
          result.status(),
          result.reason(),
          result.pack());
    }

    /** Appends a result given by its fields (as {@link Result}'s), without making one. */
    Builder add(
        String requirement,
        SubjectKind subjectKind,
        String subjectName,
        Status resultStatus,
        String resultReason,
        String pack) {
      checkNotNull(requirement, "requirement");
      checkNotNull(subjectKind, "subjectKind");
      checkNotNull(subjectName, "subject");
      checkNotNull(resultStatus, "status");
      ensure(size + 1);
      head[size] = headOf(requirement, pack);
      kind[size] = (byte) subjectKind.ordinal();
      subject[size] = subjectName;
      status[size] = (byte) resultStatus.ordinal();
      reason[size] = resultReason;
      size++;
      return this;
    }

    /** Appends every result of {@code results}. */
    Builder addAll(List<Result> results) {
      if (results instanceof ResultTable table) {
        ensure(size + table.size);
        short[] mapped = new short[table.heads.size()];
        for (int i = 0; i < mapped.length; i++) {
          mapped[i] = headOf(table.heads.get(i)[0], table.heads.get(i)[1]);
        }
        for (int i = 0; i < table.size; i++) {
          head[size + i] = mapped[table.head[i]];
        }
        System.arraycopy(table.kind, 0, kind, size, table.size);
        System.arraycopy(table.subject, 0, subject, size, table.size);
        System.arraycopy(table.status, 0, status, size, table.size);
        System.arraycopy(table.reason, 0, reason, size, table.size);
        size += table.size;
      } else {
        ensure(size + results.size());
        results.forEach(this::add);
      }
      return this;
    }

    /** How many results were added. */
    int size() {
      return size;
    }

    /** The requirement of the result at {@code index}. */
    String requirement(int index) {
      checkElementIndex(index, size);
      return heads.get(head[index])[0];
    }

    /** The subject of the result at {@code index}. */
    String subject(int index) {
      checkElementIndex(index, size);
      return subject[index];
    }

    /** Replaces the status and reason of the result at {@code index} (e.g. WAIVED). */
    Builder set(int index, Status newStatus, String newReason) {
      checkElementIndex(index, size);
      status[index] = (byte) checkNotNull(newStatus, "newStatus").ordinal();
      reason[index] = newReason;
      return this;
    }

    /** The table; the builder may still be used after. */
    ResultTable build() {
      return new ResultTable(this);
    }

    private short headOf(String requirement, String pack) {
      if (requirement == lastRequirement && pack == lastPack && !heads.isEmpty()) {
        return lastHead;
      }
      lastRequirement = requirement;
      lastPack = pack;
      lastHead =
          headIndex.computeIfAbsent(
              Arrays.asList(requirement, pack),
              key -> {
                if (heads.size() == Short.MAX_VALUE) {
                  throw new IllegalStateException("more than 32767 requirements");
                }
                heads.add(new String[] {requirement, pack});
                return (short) (heads.size() - 1);
              });
      return lastHead;
    }

    private void ensure(int needed) {
      if (needed > head.length) {
        int capacity = Math.max(needed, head.length + (head.length >> 1));
        head = Arrays.copyOf(head, capacity);
        kind = Arrays.copyOf(kind, capacity);
        subject = Arrays.copyOf(subject, capacity);
        status = Arrays.copyOf(status, capacity);
        reason = Arrays.copyOf(reason, capacity);
      }
    }
  }
}
