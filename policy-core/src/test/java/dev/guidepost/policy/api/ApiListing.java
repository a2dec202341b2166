package dev.guidepost.policy.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Lists what a module offers its users: every public type of every package its {@code module-info}
 * exports to all, with its public and protected members, including those it inherits from classes
 * users cannot name (the Immutables builders). One sorted line per member, so a change to the
 * surface is a change to the file. Packages exported only to named modules are left out: they are
 * not the users' API.
 */
public final class ApiListing {
  private ApiListing() {}

  /**
   * Lists the API of the module compiled to a directory.
   *
   * @param classes the module's compiled classes, such as {@code target/classes}
   * @return the listing, one line per type and member, ending in a line break
   */
  public static String of(Path classes) {
    List<String> lines = new ArrayList<>();
    for (String pkg : exportedPackages(classes)) {
      Path folder = classes.resolve(pkg.replace('.', '/'));
      SortedSet<String> names = new TreeSet<>();
      try (Stream<Path> files = Files.list(folder)) {
        files
            .map(f -> f.getFileName().toString())
            .filter(f -> f.endsWith(".class") && !f.equals("package-info.class"))
            .forEach(f -> names.add(pkg + "." + f.substring(0, f.length() - 6)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (String name : names) {
        Class<?> type = load(name);
        if (isVisible(type)) {
          lines.addAll(describe(type));
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static SortedSet<String> exportedPackages(Path classes) {
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      SortedSet<String> packages = new TreeSet<>();
      ModuleDescriptor.read(in).exports().stream()
          .filter(export -> !export.isQualified())
          .forEach(export -> packages.add(export.source()));
      return packages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiListing.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name + " is not on the test class path", e);
    }
  }

  /** A public type whose enclosing types are public too. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> describe(Class<?> type) {
    String name = type.getName().replace('$', '.');
    SortedSet<String> members = new TreeSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c != type && isVisible(c)) {
        break; // a public superclass is listed on its own
      }
      for (Constructor<?> constructor : c.getDeclaredConstructors()) {
        if (c == type && isApi(constructor)) {
          members.add(signature(constructor, type));
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (isApi(method) && !method.isBridge()) {
          members.add(signature(method, c));
        }
      }
      for (Field field : c.getDeclaredFields()) {
        if (isApi(field)) {
          members.add(clean(field.toGenericString(), c));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(header(type, name));
    members.forEach(member -> lines.add("  " + member));
    return lines;
  }

  private static String header(Class<?> type, String name) {
    StringBuilder header =
        new StringBuilder(
            Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE & ~Modifier.STATIC));
    header.append(
        type.isInterface()
            ? " interface "
            : type.isEnum() ? " enum " : type.isRecord() ? " record " : " class ");
    header.append(name);
    Class<?> superclass = type.getSuperclass();
    if (superclass != null
        && superclass != Object.class
        && superclass != Enum.class
        && superclass != Record.class
        && isVisible(superclass)) {
      header.append(" extends ").append(superclass.getName().replace('$', '.'));
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (isVisible(implemented)) {
        header.append(" : ").append(implemented.getName().replace('$', '.'));
      }
    }
    return header.toString().strip();
  }

  private static boolean isApi(Member member) {
    int modifiers = member.getModifiers();
    return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))
        && !member.isSynthetic();
  }

  private static String signature(Executable executable, Class<?> declaring) {
    return clean(executable.toGenericString(), declaring);
  }

  /** Drops the declaring type's name before a member's name, and nested types' dollar signs. */
  private static String clean(String signature, Class<?> declaring) {
    return signature.replace(declaring.getName() + ".", "").replace('$', '.');
  }
}
