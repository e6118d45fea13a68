package dev.dataproduct.model.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups schema files into strongly connected components of the "uses a type from" graph (Tarjan's
 * algorithm) and lists them so that every component comes after the components it uses. A component
 * of several files is a cycle of files that use each other's types.
 */
final class FileComponents {

  private final Function<SchemaFile, List<SchemaFile>> dependencies;
  private final Map<SchemaFile, int[]> indexAndLow = new IdentityHashMap<>();
  private final List<SchemaFile> stack = new ArrayList<>();
  private final Map<SchemaFile, Boolean> onStack = new IdentityHashMap<>();
  private final List<List<SchemaFile>> components = new ArrayList<>();
  private int nextIndex;

  private FileComponents(Function<SchemaFile, List<SchemaFile>> dependencies) {
    this.dependencies = dependencies;
  }

  static List<List<SchemaFile>> inDependencyOrder(
      Collection<SchemaFile> files, Function<SchemaFile, List<SchemaFile>> dependencies) {
    FileComponents tarjan = new FileComponents(dependencies);
    for (SchemaFile file : files) {
      if (!tarjan.indexAndLow.containsKey(file)) {
        tarjan.visit(file);
      }
    }
    return tarjan.components;
  }

  private void visit(SchemaFile file) {
    int[] mine = {nextIndex, nextIndex};
    nextIndex++;
    indexAndLow.put(file, mine);
    stack.add(file);
    onStack.put(file, true);
    for (SchemaFile dependency : dependencies.apply(file)) {
      int[] theirs = indexAndLow.get(dependency);
      if (theirs == null) {
        visit(dependency);
        mine[1] = Math.min(mine[1], indexAndLow.get(dependency)[1]);
      } else if (onStack.getOrDefault(dependency, false)) {
        mine[1] = Math.min(mine[1], theirs[0]);
      }
    }
    if (mine[1] == mine[0]) {
      List<SchemaFile> component = new ArrayList<>();
      SchemaFile member;
      do {
        member = stack.remove(stack.size() - 1);
        onStack.put(member, false);
        component.add(0, member);
      } while (member != file);
      components.add(component);
    }
  }
}
