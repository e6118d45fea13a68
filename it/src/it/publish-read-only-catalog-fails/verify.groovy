// A read-only catalog: a one-line build error that names the catalog and says what to do; nothing changed.
def catalog = new File(basedir, 'catalog')
// Undo prebuild.groovy first, so that a failed assertion below does not leave an undeletable folder.
if (['id', '-u'].execute().text.trim() == '0') {
  def chattr = ['chattr', '-i', catalog.path].execute()
  chattr.waitFor()
} else {
  catalog.setWritable(true, false)
}

evaluate(new File(verifyHelpers))
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal dev.dataproduct:dataproduct-maven-plugin') }
assert error != null : 'no publish error in build.log'
assert error.contains("Cannot publish sales/read-only-orders 1.0.0 to the catalog ${catalog.canonicalPath}: ")
assert error.contains('the catalog is unchanged. Check that the directory is writable, or set dataproduct.catalog to another directory')
assert log.contains('MojoExecutionException')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
// The catalog is as it was: only the file that was there before.
assert catalog.list() as List == ['README.txt']
