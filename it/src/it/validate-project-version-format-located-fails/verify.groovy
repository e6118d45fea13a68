// The version comes from the POM (the descriptor has none), so the finding points at its <version> text.
def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }
expect '[ERROR] pom.xml:8:12: ERROR [DESCRIPTOR-VERSION-FORMAT] The project\'s version "1.0.0~rc1" cannot name the contract\'s files and catalog folder'
expect 'dataproduct:validate found 1 error in the data product contract'
