// Three more products, each deployed and published by its own Maven process, started here and
// left running: they race the reactor build (four threads) for the same catalog. verify.groovy
// waits for them. Each uses the same settings and local repository as invoker's own builds.
def settings = new File(basedir, 'separate-settings.xml')
settings.text = new File(itSettings).text.replace('@userLocalRepositoryUrl@', userLocalRepositoryUrl)
def mvn = new File(mavenHome, 'bin/mvn').path
def builds = ['separate-e', 'separate-f', 'separate-g'].collect { name ->
  def dir = new File(basedir, name)
  new ProcessBuilder(mvn, '-B', '-s', settings.path, "-Dmaven.repo.local=${localRepositoryPath}",
          "-Ddataproduct.plugin.version=${pluginVersion}", 'deploy', '-Dmaven.install.skip=true')
      .directory(dir)
      .redirectErrorStream(true)
      .redirectOutput(new File(dir, 'build.log'))
      .start()
}
context.put('separateBuilds', builds)
// Invoker takes anything but true or nothing as a failed hook.
true
