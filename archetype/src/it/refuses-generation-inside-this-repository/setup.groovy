// The repository's own root pom.xml, as a newcomer has it in the clone, and a copy to compare with afterwards.
def root = new File(repositoryRoot, 'pom.xml')
new File(basedir, 'pom.xml').text = root.text
new File(basedir, 'pom.xml.before').text = root.text
return true
