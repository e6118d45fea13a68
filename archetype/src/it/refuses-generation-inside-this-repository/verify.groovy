// The build fails with one message saying where to run the command, and the reactor's pom.xml is untouched.
def log = new File(basedir, 'build.log').text
def expected = 'archetype:generate was run inside the dataproduct-maven-plugin repository, where it would add the new product to ' +
    "this reactor's pom.xml. Nothing was generated. Run it in the folder where the new project should go, outside this clone"
assert log.contains(expected) : 'build.log lacks: ' + expected
assert new File(basedir, 'pom.xml').text == new File(basedir, 'pom.xml.before').text : 'pom.xml was changed'
assert !new File(basedir, 'orders').exists() : 'no project was generated'
