package id.go.pemda.bandwidth.support;

import id.go.pemda.bandwidth.process.ProcessVariable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The process contracts as the tests read them: every class of {@code process.contract} that
 * names a process ({@code KEY}), found in the source folder so that a new contract is checked
 * without being listed here, and its constants.
 */
public final class ProcessContracts {

  public static final String PACKAGE = "id.go.pemda.bandwidth.process.contract";

  private ProcessContracts() {}

  /** Every contract class, in name order. */
  public static List<Class<?>> all() {
    return classesIn(PACKAGE).stream().filter(type -> constants(type, String.class).containsKey("KEY")).toList();
  }

  /** The top-level classes of a package of {@code src/main/java}, in name order. */
  public static List<Class<?>> classesIn(String packageName) {
    try (Stream<Path> files = Files.list(Path.of("src/main/java", packageName.split("\\.")))) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".java") && !name.equals("package-info.java"))
          .sorted()
          .<Class<?>>map(name -> load(packageName + "." + name.substring(0, name.length() - ".java".length())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contract's public static constants of one type, by field name, in declaration order. */
  public static <T> Map<String, T> constants(Class<?> contract, Class<T> type) {
    Map<String, T> constants = new LinkedHashMap<>();
    for (Field field : contract.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == type) {
        try {
          constants.put(field.getName(), type.cast(field.get(null)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return constants;
  }

  /** Every typed variable the contracts declare, by name. */
  public static Map<String, Class<?>> variables() {
    Map<String, Class<?>> variables = new LinkedHashMap<>();
    for (Class<?> contract : all()) {
      for (ProcessVariable<?> variable : constants(contract, ProcessVariable.class).values()) {
        variables.put(variable.name(), variable.type());
      }
    }
    return variables;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Contract source without its class: " + name, e);
    }
  }
}
