package io.mailready.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What differs between the texts of several subjects that share a requirement: each text field
 * (message, fix summary, command...) as one template with named {@code {placeholders}}, and the
 * value of each placeholder per subject.
 *
 * <p>Texts are compared word by word: when every subject's text has the same words and punctuation
 * but for some words, those words become placeholders. A placeholder is named after the subject
 * when its values are the subjects, after an evidence value when they are equal to it, and {@code
 * value N} otherwise; placeholders with the same values per subject share a name. A field whose
 * texts differ in shape (another number of words, other punctuation) has no template: its text is
 * then given per subject.
 */
final class Variation {
  /** A placeholder: its name and its value per subject. */
  record Slot(String name, List<String> values) {}

  private final List<String> templates;
  private final List<Slot> slots;
  private final List<Integer> varyingFields;

  private Variation(List<String> templates, List<Slot> slots, List<Integer> varyingFields) {
    this.templates = templates;
    this.slots = slots;
    this.varyingFields = varyingFields;
  }

  /**
   * Finds the templates of the fields.
   *
   * @param subjectLabel the placeholder name of values equal to the subject, e.g. {@code mailbox}
   * @param subjects the subjects, one per member
   * @param fields per field, the text of each member (null when the member has none)
   * @param evidenceName given a member index and a value, the name of an evidence entry with that
   *     value, or null
   */
  static Variation of(
      String subjectLabel,
      List<String> subjects,
      List<List<String>> fields,
      BiFunction<Integer, String, String> evidenceName) {
    List<String> templates = new ArrayList<>();
    List<Integer> varying = new ArrayList<>();
    // Distinct value columns in order of appearance, each with its placeholder name.
    Map<List<String>, String> names = new LinkedHashMap<>();
    int unnamed = 0;
    for (int f = 0; f < fields.size(); f++) {
      List<String> texts = fields.get(f);
      List<List<String>> tokens = new ArrayList<>(texts.size());
      boolean sameShape = true;
      for (String text : texts) {
        List<String> t = text == null ? null : tokens(text);
        tokens.add(t);
        if (!sameShape(tokens.get(0), t)) {
          sameShape = false;
        }
      }
      if (!sameShape) {
        templates.add(null);
        varying.add(f);
        continue;
      }
      List<String> first = tokens.get(0);
      if (first == null) {
        templates.add(null); // no member has this field
        continue;
      }
      StringBuilder template = new StringBuilder();
      for (int i = 0; i < first.size(); i++) {
        String word = first.get(i);
        boolean same = true;
        List<String> column = new ArrayList<>(texts.size());
        for (List<String> t : tokens) {
          column.add(t.get(i));
          same &= t.get(i).equals(word);
        }
        if (same || i % 2 == 0) {
          template.append(word);
          continue;
        }
        String withSubject = aroundSubject(column, subjects);
        if (withSubject != null) {
          // A URL or path that holds the subject: the subject is the placeholder, not the word.
          template.append(withSubject.replace(MARK, "{" + subjectLabel + "}"));
          continue;
        }
        String name = names.get(column);
        if (name == null) {
          name = column.equals(subjects) ? subjectLabel : commonName(column, evidenceName);
          if (name == null || names.containsValue(name)) {
            name = "value " + ++unnamed;
          }
          names.put(column, name);
        }
        template.append('{').append(name).append('}');
      }
      templates.add(template.toString());
    }
    List<Slot> slots = new ArrayList<>();
    names.forEach(
        (values, name) -> {
          if (!name.equals(subjectLabel)) {
            slots.add(new Slot(name, List.copyOf(values)));
          }
        });
    return new Variation(templates, slots, varying);
  }

  /** The template of a field, or null when its texts differ in shape or it has none. */
  String template(int field) {
    return templates.get(field);
  }

  /** The placeholders other than the subject, in order of appearance. */
  List<Slot> slots() {
    return slots;
  }

  /** The fields whose texts have no common template, in field order. */
  List<Integer> varyingFields() {
    return varyingFields;
  }

  private static final String MARK = "\u0000";

  /**
   * The word with its subject marked, when every member's word is the same around its own subject,
   * e.g. {@code https://host/users/<subject>?$select}; null otherwise.
   */
  private static String aroundSubject(List<String> column, List<String> subjects) {
    String shape = null;
    for (int m = 0; m < column.size(); m++) {
      String subject = subjects.get(m);
      if (subject.isEmpty() || !column.get(m).contains(subject)) {
        return null;
      }
      String marked = column.get(m).replace(subject, MARK);
      if (shape == null) {
        shape = marked;
      } else if (!shape.equals(marked)) {
        return null;
      }
    }
    return shape;
  }

  /** The name of an evidence entry that every member has with its value in {@code column}. */
  private static String commonName(
      List<String> column, BiFunction<Integer, String, String> evidenceName) {
    String name = evidenceName.apply(0, column.get(0));
    if (name == null) {
      return null;
    }
    for (int m = 1; m < column.size(); m++) {
      if (!name.equals(evidenceName.apply(m, column.get(m)))) {
        return null;
      }
    }
    return name;
  }

  private static boolean sameShape(List<String> a, List<String> b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i += 2) {
      if (!a.get(i).equals(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text as separators (even indexes, maybe empty) and words (odd indexes). A word is a run of
   * characters other than spaces and punctuation that delimits values in prose and commands; a full
   * stop, colon, question or exclamation mark at its end belongs to the separator, so that an
   * address at the end of a sentence is the address.
   */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder separator = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        separator.append(text.charAt(i++));
        continue;
      }
      int end = i;
      while (end < n && isWordChar(text.charAt(end))) {
        end++;
      }
      int wordEnd = end;
      while (wordEnd > i && ".:?!".indexOf(text.charAt(wordEnd - 1)) >= 0) {
        wordEnd--;
      }
      if (wordEnd == i) {
        separator.append(text, i, end);
      } else {
        tokens.add(separator.toString());
        tokens.add(text.substring(i, wordEnd));
        separator = new StringBuilder(text.substring(wordEnd, end));
      }
      i = end;
    }
    tokens.add(separator.toString());
    return tokens;
  }

  private static boolean isWordChar(char c) {
    return !Character.isWhitespace(c) && "()[]{},;'\"`=|<>".indexOf(c) < 0;
  }

  @Override
  public String toString() {
    return "Variation" + Objects.toString(templates) + slots;
  }
}
