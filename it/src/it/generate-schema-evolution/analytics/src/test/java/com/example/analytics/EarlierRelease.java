package com.example.analytics;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The jar of an earlier release of an upstream product, loaded as an application that still runs it
 * would load it: its own classes (the same names as the newer release's on the test classpath),
 * with Avro and kafka-clients, but without the newer jar and its contract. Its classes are used
 * through reflection, since they are not the test's.
 */
final class EarlierRelease implements AutoCloseable {

  private final URLClassLoader libraries;
  private final URLClassLoader release;

  private EarlierRelease(URLClassLoader libraries, URLClassLoader release) {
    this.libraries = libraries;
    this.release = release;
  }

  /** Loads {@code jar} over the test classpath minus {@code newerJarName}. */
  static EarlierRelease load(Path jar, String newerJarName) throws MalformedURLException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (!entry.isBlank() && !Path.of(entry).getFileName().toString().equals(newerJarName)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    URLClassLoader libraries = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    return new EarlierRelease(libraries, new URLClassLoader(new URL[] {jar.toUri().toURL()}, libraries));
  }

  /** A new instance of the generated Avro class {@code className}, its fields set by name. */
  Object record(String className, Map<String, Object> fields) throws ReflectiveOperationException {
    Object record = release.loadClass(className).getConstructor().newInstance();
    Method put = record.getClass().getMethod("put", String.class, Object.class);
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      invoke(put, record, field.getKey(), field.getValue());
    }
    return record;
  }

  /** Calls the public static method {@code name} of {@code className}. */
  Object callStatic(String className, String name, Object... args) throws ReflectiveOperationException {
    return invoke(method(release.loadClass(className), name, args.length), null, args);
  }

  /** Calls the public method {@code name} of {@code target}, an object of this or another release. */
  static Object call(Object target, String name, Object... args) throws ReflectiveOperationException {
    return invoke(method(target.getClass(), name, args.length), target, args);
  }

  /** An {@code UndecodableRecordHandler} of the release's runtime package that adds each record to {@code handled}. */
  Object handler(String runtimePackage, List<Object> handled) throws ClassNotFoundException {
    Class<?> type = release.loadClass(runtimePackage + ".UndecodableRecordHandler");
    return Proxy.newProxyInstance(release, new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getName().equals("handle")) {
        handled.add(args[0]);
        return null;
      }
      throw new UnsupportedOperationException(method.getName());
    });
  }

  @Override
  public void close() throws Exception {
    release.close();
    libraries.close();
  }

  private static Method method(Class<?> type, String name, int arity) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge())
        .filter(m -> arity == 0 || m.getParameterTypes()[0] != java.util.Properties.class)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no method " + name + " with " + arity + " parameters"));
  }

  /**
   * Calls {@code method} with the context class loader set to the method's own, as in the
   * application that runs the release: Kafka loads the classes its configuration names through it.
   */
  private static Object invoke(Method method, Object target, Object... args) throws ReflectiveOperationException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(method.getDeclaringClass().getClassLoader());
    try {
      method.setAccessible(true);
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
