// A consumer reads its upstream's contract from the producer's jar on the dependency path.
def log = new File(basedir, 'build.log').text
def expect = { String line -> assert log.contains(line) : "build.log lacks: " + line }

// The consumer that reads an existing port and a deprecated one passes with a warning.
expect '[WARNING] dataproduct.yaml:21:11: WARNING [PORT-UPSTREAM-DEPRECATED] Input port "old-customers" reads port "legacy-customers" of crm/customers 3.0.0, but the port is deprecated'
// The consumer that names a port the producer does not have fails, with a suggestion.
expect '[ERROR] dataproduct.yaml:18:11: ERROR [PORT-UPSTREAM-MISSING] Input port "customers" reads port "customer-update" of crm/customers 3.0.0, which has no such port'
expect '    hint: Did you mean "customer-updates"?'
expect 'on project consumer-orders-wrong: dataproduct:check found 1 error in the data product contract'
assert log.count('PORT-UPSTREAM-MISSING') == 1 : 'only the wrong consumer names a missing port'
