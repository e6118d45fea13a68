// Makes the catalog directory read-only, with one published file in it that must survive. The
// builds run as root on CI, and root ignores permission bits, so chmod alone would not stop a
// write: as root the directory is made immutable (chattr +i); otherwise its write bit is removed.
def catalog = new File(basedir, 'catalog')
catalog.mkdirs()
new File(catalog, 'README.txt').text = 'A catalog nobody may write to.\n'
def uid = ['id', '-u'].execute().text.trim()
if (uid == '0') {
  def chattr = ['chattr', '+i', catalog.path].execute()
  chattr.waitFor()
  assert chattr.exitValue() == 0 : 'chattr +i failed (the test needs a file system with immutable attributes when run as root): ' + chattr.err.text
} else {
  assert catalog.setWritable(false, false)
}
// Prove the directory is read-only for this user before the build relies on it.
try {
  new File(catalog, 'probe').createNewFile()
  assert false : 'the catalog directory is still writable'
} catch (IOException expected) {
}
// Invoker takes anything but true or nothing as a failed hook.
true
