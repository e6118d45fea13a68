// Refuses names that would make an invalid dataproduct.yaml, in batch mode too (where the archetype
// plugin does not apply the validationRegex of archetype-metadata.xml). The half-made project is removed.
def kebab = ~/[a-z][a-z0-9]*(-[a-z0-9]+)*/
def problems = []
['domain', 'name'].each { key ->
  def value = request.properties.get(key)
  if (!(value ==~ kebab)) {
    def suggestion = value.replaceAll(/([a-z0-9])([A-Z])/, '$1-$2').toLowerCase().replaceAll(/[^a-z0-9]+/, '-').replaceAll(/^[-0-9]+|-+$/, '')
    problems << "-D${key}=${value} is not lower-kebab-case (a letter, then lower-case letters, digits and single hyphens)" +
        (suggestion ? "; use -D${key}=${suggestion}" : '') +
        (key == 'name' ? ' (the product name defaults to the artifactId)' : '')
  }
}
def recordStem = request.properties.get('recordStem')
// Derived from the name unless given; only worth a word when the name itself is fine.
if (!problems && !(recordStem ==~ /[A-Z][A-Za-z0-9]*/)) {
  problems << "-DrecordStem=${recordStem} is not a Java and Avro type name; use an UpperCamelCase name such as Orders"
}
if (problems) {
  def project = new File(request.outputDirectory, request.artifactId)
  project.deleteDir()
  throw new IllegalArgumentException('Cannot create data product ' + request.artifactId + ': ' + problems.join('; '))
}

// The archetype plugin does not keep file modes: make the wrapper runnable as ./mvnw.
new File(new File(request.outputDirectory, request.artifactId), 'mvnw').setExecutable(true, false)
