package dev.dataproduct.codegen;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** The imports of one generated source: a class is imported unless its simple name is taken, then it is written out in full. */
final class JavaImports {

  private final String ownPackage;
  private final Map<String, String> bySimpleName = new HashMap<>();
  private final TreeSet<String> imports = new TreeSet<>();

  /**
   * @param ownPackage the package of the source
   * @param ownClass the simple name of the source's class, which no import may shadow
   */
  JavaImports(String ownPackage, String ownClass) {
    this.ownPackage = ownPackage;
    bySimpleName.put(ownClass, ownPackage + "." + ownClass);
  }

  /** The name to write for {@code className}, importing it when that is possible. */
  String use(String className) {
    int dot = className.lastIndexOf('.');
    String simple = className.substring(dot + 1);
    String taken = bySimpleName.putIfAbsent(simple, className);
    if (taken != null && !taken.equals(className)) {
      return className;
    }
    String pkg = dot < 0 ? "" : className.substring(0, dot);
    if (!pkg.equals(ownPackage) && !pkg.equals("java.lang")) {
      imports.add(className);
    }
    return simple;
  }

  /** The import lines, sorted, each ending with a newline. */
  String lines() {
    StringBuilder out = new StringBuilder();
    imports.forEach(name -> out.append("import ").append(name).append(";\n"));
    return out.toString();
  }
}
