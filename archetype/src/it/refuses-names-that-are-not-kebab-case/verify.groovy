// Both bad names are refused in one message naming the property and a kebab-case replacement; nothing is left behind.
def log = new File(basedir, 'build.log').text
def expected = 'Cannot create data product Orders_Service: -Ddomain=Sales is not lower-kebab-case (a letter, then lower-case letters, digits and single hyphens); use -Ddomain=sales; ' +
    '-Dname=Orders_Service is not lower-kebab-case (a letter, then lower-case letters, digits and single hyphens); use -Dname=orders-service (the product name defaults to the artifactId)'
assert log.contains(expected) : 'build.log lacks: ' + expected
assert !new File(basedir, 'Orders_Service').exists() : 'the refused project was removed'
