// The rule catalogue, as users list it from the command line.
evaluate(new File(verifyHelpers))
expect 'NAMING: names of the product, its ports and topics'
expect 'NAMING-KEBAB-CASE'
expect 'Product, domain and port names are lower-kebab-case.'
expect '[INFO]   GOVERNANCE-FIELD-DOC               warning  validate none       Every schema field has a doc.'
expect '[INFO]   breaking   breaks consumers of the previous release: allowed in a new major version, an error otherwise'
assert (log =~ /\[INFO\] \d+ rules\. Change one with <rules><RULE-ID>off\|info\|warning\|error<\/RULE-ID><\/rules>\./).find()
